/**
 * Evidence citations the reviewer used on earlier items (the evidence-hierarchy path), offered
 * again so the MTUS-silent path is quick to fill. Kept in localStorage on this machine only, most
 * recent first. Storage failures (private mode, quota) just mean no suggestions.
 */

/** Never rename without carrying the list over: reviewers lose their suggestions. */
export const RECENT_CITATIONS_KEY = 'imr-workbench:recent-citations';
export const RECENT_CITATIONS_LIMIT = 20;

export function readRecentCitations(storage: Pick<Storage, 'getItem'> = localStorage): string[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(RECENT_CITATIONS_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((entry): entry is string => typeof entry === 'string') : [];
  } catch {
    return [];
  }
}

/** Puts a citation first (once), keeping the list short. Returns the new list. */
export function rememberCitation(
  citation: string,
  storage: Pick<Storage, 'getItem' | 'setItem'> = localStorage,
): string[] {
  const text = citation.trim().replace(/\s+/g, ' ');
  const current = readRecentCitations(storage);
  if (text === '' || text.length > 500) return current;
  const next = [text, ...current.filter((entry) => entry !== text)].slice(0, RECENT_CITATIONS_LIMIT);
  try {
    storage.setItem(RECENT_CITATIONS_KEY, JSON.stringify(next));
  } catch {
    // No room or no storage: suggestions are a convenience, never worth an error.
  }
  return next;
}

/** Where a case stands, for the case list. Derived from the draft, never stored. */
import type { CaseDraft } from './case-schema';
import { emptyCaseDraft } from './empty-case';

export type CaseStatus = 'not_started' | 'in_progress' | 'decided';

export const CASE_STATUS_LABELS: Record<CaseStatus, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  decided: 'Decided',
};

/**
 * - decided: there is at least one disputed item and every one has a reviewer decision;
 * - not_started: nothing differs from a freshly created case;
 * - in_progress: anything else.
 */
export function caseStatus(draft: CaseDraft): CaseStatus {
  const items = draft.disputedItems;
  if (items.length > 0 && items.every((item) => item.review.decision !== '')) return 'decided';
  if (isSameValue(draft, emptyCaseDraft(draft.id))) return 'not_started';
  return 'in_progress';
}

/** Structural equality of JSON-like values; object key order does not matter. */
function isSameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((value, index) => isSameValue(value, b[index]))
    );
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const aRecord = a as Record<string, unknown>;
  const bRecord = b as Record<string, unknown>;
  const keys = Object.keys(aRecord);
  return (
    keys.length === Object.keys(bRecord).length &&
    keys.every((key) => Object.hasOwn(bRecord, key) && isSameValue(aRecord[key], bRecord[key]))
  );
}

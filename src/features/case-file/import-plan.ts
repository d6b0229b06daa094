/**
 * What importing a case file would do to the cases already in this browser. Pure: the caller reads
 * the stored cases and asks the reviewer. A case is never overwritten without the reviewer choosing
 * "Replace existing".
 */
import type { CaseDraft } from '@/domain/case/case-schema';
import type { CaseSummary } from '@/storage/cases-repo';

/** 'import': nothing matches; 'replace' / 'keep-both': the reviewer's answer when a case matches. */
export type ImportChoice = 'import' | 'replace' | 'keep-both';

export interface ImportPlan {
  draft: CaseDraft;
  /** The stored case this file would replace, when one matches: the reviewer must choose. */
  match: CaseSummary | null;
  /** Why the stored case matches. */
  matchReason: 'same-case' | 'same-case-number' | null;
}

/** Case numbers compare without surrounding space and case ("cm14-1" is "CM14-1"). */
export function sameCaseNumber(a: string, b: string): boolean {
  const left = a.trim().toLowerCase();
  return left !== '' && left === b.trim().toLowerCase();
}

/**
 * Finds the stored case the imported one would collide with: the same case (same id, e.g. an older
 * export of it) first, else the newest case with the same case number.
 */
export function planImport(draft: CaseDraft, existing: readonly CaseSummary[]): ImportPlan {
  const sameId = existing.find((stored) => stored.id === draft.id);
  if (sameId) return { draft, match: sameId, matchReason: 'same-case' };
  const sameNumber = existing.find((stored) =>
    sameCaseNumber(stored.draft.imr.caseNumber, draft.imr.caseNumber),
  );
  if (sameNumber) return { draft, match: sameNumber, matchReason: 'same-case-number' };
  return { draft, match: null, matchReason: null };
}

/**
 * The draft to store. "replace" takes the matched case's id (its links keep working); "keep-both",
 * and any import whose id is taken (by a case or by a damaged record), gets a fresh id.
 */
export function draftToStore(
  plan: ImportPlan,
  choice: ImportChoice,
  takenIds: ReadonlySet<string>,
  newId: () => string,
): CaseDraft {
  if (choice === 'replace' && plan.match) return { ...plan.draft, id: plan.match.id };
  if (choice === 'keep-both' || takenIds.has(plan.draft.id))
    return { ...plan.draft, id: freshId(takenIds, newId) };
  return plan.draft;
}

function freshId(takenIds: ReadonlySet<string>, newId: () => string): string {
  for (;;) {
    const id = newId();
    if (!takenIds.has(id)) return id;
  }
}

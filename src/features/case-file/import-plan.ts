/**
 * What importing a case file would do to the cases already in this browser. Pure: the caller reads
 * the stored cases and asks the reviewer. A case is never overwritten without the reviewer choosing
 * "Replace existing".
 */
import type { CaseDraft } from '@/domain/case/case-schema';
import { copyCaseNumber } from '@/domain/case/copy-case-number';
import type { CaseSummary } from '@/storage/cases-repo';
import { errorMessage, RevisionConflictError } from '@/storage/storage-errors';

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
 * and any import whose id is taken (by a case or by a damaged record), gets a fresh id. "keep-both"
 * also marks the case number " (copy)", as Duplicate does, so the two list rows can be told apart.
 */
export function draftToStore(
  plan: ImportPlan,
  choice: ImportChoice,
  takenIds: ReadonlySet<string>,
  newId: () => string,
): CaseDraft {
  if (choice === 'replace' && plan.match) return { ...plan.draft, id: plan.match.id };
  if (choice === 'keep-both') {
    return {
      ...plan.draft,
      id: freshId(takenIds, newId),
      imr: { ...plan.draft.imr, caseNumber: copyCaseNumber(plan.draft.imr.caseNumber) },
    };
  }
  if (takenIds.has(plan.draft.id)) return { ...plan.draft, id: freshId(takenIds, newId) };
  return plan.draft;
}

/**
 * The question asked when the file's case is already here. `lastChanged` is the stored case's
 * last change, already formatted for the reader.
 */
export function matchQuestion(plan: ImportPlan, lastChanged: string): string {
  if (!plan.match) return '';
  const where =
    plan.matchReason === 'same-case'
      ? `this case (as “${plan.match.draft.imr.caseNumber.trim() || 'Untitled case'}”, last changed ${lastChanged})`
      : `a case with the number ${plan.draft.imr.caseNumber.trim()} (last changed ${lastChanged})`;
  return `This browser already has ${where}. Replace it with the file, or keep both?`;
}

/**
 * Why storing the file failed, in the import screen's words. A conflict here means the stored case
 * changed after the file was chosen (in another tab or window): nothing of the reviewer's is lost on
 * this screen, so the advice is to import again and compare, not the case page's "reload".
 */
export function importFailureMessage(error: unknown): string {
  if (error instanceof RevisionConflictError) {
    return error.storedRevision === 0
      ? 'The case was not imported: the case it was to replace was deleted (in another tab or window, or ' +
          'all local data was cleared) after the file was chosen. Import the file again to add it.'
      : 'The case was not imported: the case it was to replace was changed (in another tab or window) ' +
          'after the file was chosen, so it was not replaced. Import the file again to compare it with the ' +
          'current version.';
  }
  return `The case was not imported: ${errorMessage(error)}`;
}

function freshId(takenIds: ReadonlySet<string>, newId: () => string): string {
  for (;;) {
    const id = newId();
    if (!takenIds.has(id)) return id;
  }
}

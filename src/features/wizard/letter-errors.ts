/**
 * The letter's must-fix problems for a case snapshot, shared by the Review step and the stepper so
 * both say the same thing and the letter is built once per snapshot (it is too much work to build
 * for every keystroke, hence settled snapshots only).
 */
import type { CaseDraft } from '@/domain/case/case-schema';
import { GUIDELINE_LIBRARY } from '@/domain/guidelines';
import type { LetterProblem } from '@/domain/letter/pre-issue-check';
import { preIssueProblems } from '@/domain/letter/pre-issue-problems';

const cache = new WeakMap<CaseDraft, { today: string; errors: LetterProblem[] }>();

function letterErrorsOf(draft: CaseDraft, today: string): LetterProblem[] {
  const cached = cache.get(draft);
  if (cached && cached.today === today) return cached.errors;
  const errors = preIssueProblems(draft, GUIDELINE_LIBRARY, today).filter(
    (problem) => problem.severity === 'error',
  );
  cache.set(draft, { today, errors });
  return errors;
}

/** Letter errors the case's own list does not already show (same field path): listed once. */
export function letterErrorsBeyond(
  draft: CaseDraft,
  today: string,
  shownPaths: ReadonlySet<string>,
): LetterProblem[] {
  return letterErrorsOf(draft, today).filter(
    (problem) => !(problem.fieldPath && shownPaths.has(problem.fieldPath)),
  );
}

/**
 * The pre-issue check of the letter a case would produce today, from the case alone: what the
 * wizard's Review step shows beside the case's own problems, so "nothing missing" there means the
 * letter page has nothing it must fix either.
 */
import type { CaseDraft } from '../case/case-schema';
import { evaluate } from '../evaluator/evaluate';
import type { GuidelineLibrary } from '../guidelines/guideline-schema';
import { buildLetterModel } from './build-letter-model';
import { checkLetter, type LetterProblem } from './pre-issue-check';

export function preIssueProblems(
  draft: CaseDraft,
  library: GuidelineLibrary,
  today: string,
): LetterProblem[] {
  const evaluation = evaluate(draft, library, { asOf: today });
  const model = buildLetterModel(draft, evaluation, { issuedOn: draft.imr.decisionDate || today });
  return checkLetter(draft, evaluation, model, { today });
}

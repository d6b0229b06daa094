/**
 * Everything the letter page shows, derived from the stored case on each render and never stored:
 * evaluation -> letter model -> plain text (and its hash) -> pre-issue problems.
 */
import { useMemo } from 'react';
import type { CaseDraft } from '@/domain/case/case-schema';
import { evaluate } from '@/domain/evaluator/evaluate';
import type { Evaluation } from '@/domain/evaluator/evaluation-types';
import type { GuidelineLibrary } from '@/domain/guidelines/guideline-schema';
import { buildLetterModel } from '@/domain/letter/build-letter-model';
import { letterHash } from '@/domain/letter/letter-hash';
import type { LetterModel } from '@/domain/letter/letter-model';
import { checkLetter, type LetterProblem } from '@/domain/letter/pre-issue-check';
import { renderLetterText } from '@/domain/letter/render-letter-text';

export interface LetterData {
  evaluation: Evaluation;
  model: LetterModel;
  /** The letter as plain text: what "Copy as plain text" copies and what the hash identifies. */
  text: string;
  hash: string;
  problems: LetterProblem[];
}

/** The running header printed at the top of every page (same words as the PDF and Word files). */
export function runningHeaderFor(model: LetterModel): string {
  return model.caseNumber === '' ? 'IMR Final Determination' : `IMR Case Number: ${model.caseNumber}`;
}

export function deriveLetterData(draft: CaseDraft, library: GuidelineLibrary, today: string): LetterData {
  const evaluation = evaluate(draft, library, { asOf: today });
  const model = buildLetterModel(draft, evaluation, { issuedOn: draft.imr.decisionDate || today });
  const text = renderLetterText(model);
  return {
    evaluation,
    model,
    text,
    hash: letterHash(text),
    problems: checkLetter(draft, evaluation, model, { today }),
  };
}

export function useLetterData(draft: CaseDraft, library: GuidelineLibrary, today: string): LetterData {
  return useMemo(() => deriveLetterData(draft, library, today), [draft, library, today]);
}

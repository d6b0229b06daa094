/**
 * A machine-readable summary of the determination (case number, dates, each item's decision and
 * guideline cited), for filing systems and for checking a letter against its data. It carries no
 * clinical narrative, and never the reviewer's name.
 */
import type { CaseDraft } from '../case/case-schema';
import type { Evaluation } from '../evaluator/evaluation-types';
import { findItemEvaluation } from './build-letter-model';
import { letterHash } from './letter-hash';
import { type LetterDecision, type LetterModel, letterItems } from './letter-model';
import { renderLetterText } from './render-letter-text';

export const DETERMINATION_SUMMARY_FORMAT = 'imr-determination-summary';

export interface DeterminationSummaryItem {
  itemId: string;
  requestedAs: string;
  serviceType: string;
  decision: LetterDecision | null;
  /** Overturned = medically necessary; null while undecided. */
  medicallyNecessary: boolean | null;
  decisionSource: 'recommendation' | 'reviewer' | 'none';
  recommendation: 'overturn' | 'uphold' | null;
  path: 'mtus' | 'evidence_hierarchy' | null;
  /** What the letter prints after "IMR guideline: ". */
  guidelineCited: string;
  claimsAdministratorGuideline: string;
}

export interface DeterminationSummary {
  format: typeof DETERMINATION_SUMMARY_FORMAT;
  formatVersion: 1;
  caseNumber: string;
  priority: string;
  dates: {
    determination: string;
    urDetermination: string;
    application: string;
    assignment: string;
    dateOfInjury: string;
  };
  items: DeterminationSummaryItem[];
  /** letterHash of the plain-text letter these decisions appear in. */
  letterHash: string;
}

export function buildDeterminationSummary(
  draft: CaseDraft,
  evaluation: Evaluation,
  model: LetterModel,
): DeterminationSummary {
  const items = letterItems(model).map((item): DeterminationSummaryItem => {
    const source = draft.disputedItems.find((entry) => entry.id === item.itemId);
    const itemEvaluation = findItemEvaluation(evaluation, item.itemId);
    return {
      itemId: item.itemId,
      requestedAs: source?.requestedAs ?? '',
      serviceType: source?.serviceType ?? '',
      decision: item.decision,
      medicallyNecessary: item.decision === null ? null : item.decision === 'overturned',
      decisionSource: itemEvaluation?.decisionSource ?? (item.decision === null ? 'none' : 'reviewer'),
      recommendation: itemEvaluation?.recommendation ?? null,
      path: itemEvaluation?.path ?? null,
      guidelineCited: item.imrGuideline,
      claimsAdministratorGuideline: item.claimsAdministratorGuideline,
    };
  });
  return {
    format: DETERMINATION_SUMMARY_FORMAT,
    formatVersion: 1,
    caseNumber: model.caseNumber,
    priority: draft.imr.priority,
    dates: {
      determination: model.determinationDate,
      urDetermination: draft.imr.urDeterminationDate,
      application: draft.imr.applicationDate,
      assignment: draft.imr.assignmentDate,
      dateOfInjury: draft.injury.dateOfInjury,
    },
    items,
    letterHash: letterHash(renderLetterText(model)),
  };
}

/** Stable JSON text (fixed key order from the builder, two-space indent, trailing newline). */
export function determinationSummaryJson(summary: DeterminationSummary): string {
  return `${JSON.stringify(summary, null, 2)}\n`;
}

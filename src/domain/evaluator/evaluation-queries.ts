/** Read helpers over an evaluation, for the panel, the letter and tests. */
import type { CriterionResult, CriterionStatus, Evaluation, ItemEvaluation } from './evaluation-types';

/** The result of one criterion of an item, or undefined. */
export function criterionResult(item: ItemEvaluation, criterionId: string): CriterionResult | undefined {
  return item.criteria.find((result) => result.criterionId === criterionId);
}

/** Status of one criterion, or undefined when the item's set does not have it. */
export function criterionStatus(item: ItemEvaluation, criterionId: string): CriterionStatus | undefined {
  return criterionResult(item, criterionId)?.status;
}

/** The evaluation of the item with this id. */
export function itemEvaluation(evaluation: Evaluation, itemId: string): ItemEvaluation | undefined {
  return evaluation.items.find((item) => item.itemId === itemId);
}

/** Criteria whose status came from an override, with the computed status they replaced. */
export function overriddenCriteria(item: ItemEvaluation): CriterionResult[] {
  return item.criteria.filter((result) => result.source === 'overridden');
}

/** Unconfirmed rules among those that decide the item (for an "unconfirmed" notice). */
export function unconfirmedDrivingCriteria(item: ItemEvaluation): CriterionResult[] {
  const driving = new Set(item.drivingCriteria);
  return item.criteria.filter((result) => driving.has(result.criterionId) && !result.confirmed);
}

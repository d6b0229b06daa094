/**
 * Items that read the outcome of other disputed items of the same review (a PPI falls with the
 * NSAID it protects against when this review upholds that NSAID, confirmed catalogue 3.3 NEW). A
 * fact declares it (`outcomesRead` in the fact registry: the ids of the items it reads); a set
 * reads outcomes when a fact its criteria test or its computed facts show declares it. The
 * evaluator then decides the items read first and passes their outcomes to the reader.
 *
 * Generic: nothing here knows a set, a criterion, a fact or a drug class by name. Which set judges
 * an item never depends on outcomes (selection is made without them), so the plan is known before
 * any item is evaluated. An item whose outcome, through such reads, would depend on itself is
 * evaluated without outcomes, with a warning.
 */
import type { CaseDraft } from '../case/case-schema';
import { itemAsUsed } from '../case/service-types';
import { type FactDefinition, getFact, type ItemOutcome } from '../guidelines/facts';
import { factsUsedBy, type GuidelineLibrary, type GuidelineSet } from '../guidelines/guideline-schema';
import { joinAnd } from './conditions';
import type { ItemEvaluation } from './evaluation-types';
import { itemAsJudged, selectGuidelineSet, selectionDate } from './select-set';

const outcomeFactsBySet = new WeakMap<GuidelineSet, FactDefinition[]>();

/** The facts the set's criteria test or its computed facts show that read other items' outcomes. */
export function outcomeFactsOf(set: GuidelineSet): FactDefinition[] {
  let found = outcomeFactsBySet.get(set);
  if (found === undefined) {
    const names = new Set([
      ...set.criteria.flatMap((criterion) => [
        ...factsUsedBy(criterion.condition),
        ...(criterion.appliesWhen ? factsUsedBy(criterion.appliesWhen.condition) : []),
      ]),
      ...(set.displayFacts ?? []),
    ]);
    found = [...names].flatMap((name) => {
      const fact = getFact(name);
      return fact?.outcomesRead ? [fact] : [];
    });
    outcomeFactsBySet.set(set, found);
  }
  return found;
}

export const setReadsOutcomes = (set: GuidelineSet): boolean => outcomeFactsOf(set).length > 0;

const readingServices = new WeakMap<GuidelineLibrary, Set<string>>();

/** Service types with some set that reads outcomes: only their items need a set chosen to plan. */
function servicesReadingOutcomes(library: GuidelineLibrary): Set<string> {
  let services = readingServices.get(library);
  if (services === undefined) {
    services = new Set(library.sets.filter(setReadsOutcomes).flatMap((set) => set.services));
    // A type whose set may send it to a reading type's guideline reads through it.
    for (const set of library.sets)
      if (set.judgedAsWhen && services.has(set.judgedAsWhen.serviceType))
        for (const service of set.services) services.add(service);
    readingServices.set(library, services);
  }
  return services;
}

/**
 * The item's outcome as another item reads it: its final decision (the reviewer's, else the
 * recommendation, overrides included), provisional when an uphold rests only on judgments the
 * reviewer has not answered yet.
 */
export function itemOutcome(result: ItemEvaluation): ItemOutcome {
  const awaiting = (id: string) =>
    result.criteria.find((criterion) => criterion.criterionId === id)?.source === 'unanswered';
  const provisional =
    result.decision === 'upheld' &&
    result.decisionSource === 'recommendation' &&
    result.drivingCriteria.length > 0 &&
    result.drivingCriteria.every(awaiting);
  return { decision: result.decision, provisional };
}

export interface EvaluationPlan {
  /** Item indexes in evaluation order: every item after the items whose outcome it reads. */
  order: number[];
  /** By item index: the indexes of the other items whose outcome it reads. */
  reads: number[][];
  /** Items whose outcome, through the reads, would depend on itself: evaluated without outcomes. */
  circular: ReadonlySet<number>;
}

/** The set that judges the item, as evaluate chooses it (none when the reviewer set the MTUS aside). */
function judgingSet(draft: CaseDraft, index: number, library: GuidelineLibrary, asOf: string) {
  const entered = draft.disputedItems[index];
  if (entered === undefined) return null;
  if (entered.review.mtusNotApplicableReason.trim() !== '') return null;
  const item = itemAsUsed(entered);
  const selection = selectGuidelineSet(library, draft, item, selectionDate(draft, asOf).date, asOf);
  return selection.set ? { set: selection.set, item: itemAsJudged(item, selection) } : null;
}

export function planEvaluation(draft: CaseDraft, library: GuidelineLibrary, asOf: string): EvaluationPlan {
  const items = draft.disputedItems;
  const services = servicesReadingOutcomes(library);
  const indexById = new Map<string, number>();
  items.forEach((item, index) => {
    if (!indexById.has(item.id)) indexById.set(item.id, index);
  });
  const reads = items.map((entered, index): number[] => {
    if (!services.has(entered.serviceType)) return [];
    const judged = judgingSet(draft, index, library, asOf);
    if (!judged) return [];
    const ctx = { draft, item: judged.item, asOf };
    const ids = outcomeFactsOf(judged.set).flatMap((fact) => fact.outcomesRead?.(ctx) ?? []);
    const indexes = ids.flatMap((id) => {
      const other = indexById.get(id);
      return other === undefined || other === index ? [] : [other];
    });
    return [...new Set(indexes)].sort((a, b) => a - b);
  });
  // Items whose reads are all decided go next, in case order; what never gets there reads a circle.
  const order: number[] = [];
  const done = new Set<number>();
  for (let progress = true; progress; ) {
    progress = false;
    reads.forEach((from, index) => {
      if (done.has(index) || !from.every((other) => done.has(other))) return;
      order.push(index);
      done.add(index);
      progress = true;
    });
  }
  const circular = new Set(items.map((_, index) => index).filter((index) => !done.has(index)));
  return { order: [...order, ...circular], reads, circular };
}

/** What an item is evaluated with: the outcomes it reads, or why it reads none. */
export interface OutcomeReading {
  outcomes?: ReadonlyMap<string, ItemOutcome> | undefined;
  /** For an item left in a circle of reads. */
  circularWarning?: string | undefined;
}

/** The reading of item `index`, from the results of the items evaluated before it. */
export function readingFor(
  plan: EvaluationPlan,
  index: number,
  draft: CaseDraft,
  results: readonly (ItemEvaluation | undefined)[],
): OutcomeReading {
  const from = plan.reads[index] ?? [];
  if (from.length === 0) return {};
  const numbers = from.map((other) => `${other + 1}`);
  if (plan.circular.has(index))
    return {
      circularWarning: `The criteria read the outcome of disputed item${numbers.length === 1 ? '' : 's'} ${joinAnd(numbers)}, but the items' outcomes read one another in a circle: this item is evaluated without the other items' outcomes. Check it against their decisions.`,
    };
  const outcomes = new Map<string, ItemOutcome>();
  for (const other of from) {
    const id = draft.disputedItems[other]?.id;
    const result = results[other];
    if (id !== undefined && result) outcomes.set(id, itemOutcome(result));
  }
  return { outcomes };
}

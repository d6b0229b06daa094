/**
 * evaluate() for a live panel: re-evaluates only the disputed items whose inputs changed since the
 * last call, and returns the previous result object for every other item, so a memoised panel
 * re-renders just the item being edited. Relies on drafts being replaced, never mutated in place
 * (the wizard's snapshots share unchanged parts).
 *
 * An item's inputs are the item itself, its position, asOf, the case-level parts facts read (imr,
 * patient, injury, work, treatment) and, when its guideline set reads them (regimen facts, such as
 * the total morphine equivalents), the medication and service type of the other items, and the
 * outcome of the other items its set reads (a PPI reads whether this review upholds the NSAID it
 * protects against): items are evaluated in the same order as evaluate() does, so an edit to the
 * NSAID re-evaluates the PPI when the NSAID's decision changes (or its drug, which the PPI reads
 * anyway), not on every keystroke in the NSAID. Reports, the reviewer and the letter feed no
 * criterion. The result always equals evaluate(draft, library, { asOf }); every
 * part of a fresh result that equals the previous one (the whole item, a criterion) keeps the
 * previous object.
 */
import type { CaseDraft } from '../case/case-schema';
import { getFact } from '../guidelines/facts';
import { factsUsedBy, type GuidelineLibrary, type GuidelineSet } from '../guidelines/guideline-schema';
import { type EvaluateOptions, evaluateInOrder, evaluateItemReading } from './evaluate';
import type { Evaluation, ItemEvaluation } from './evaluation-types';
import { type OutcomeReading, setReadsOutcomes } from './outcome-dependencies';

export type IncrementalEvaluate = (draft: CaseDraft, options: EvaluateOptions) => Evaluation;

const readsWholeList = (facts: readonly string[]) =>
  facts.some((name) => getFact(name)?.fieldPaths.includes('disputedItems') ?? true);

/** Facts that decide whether a set is chosen for an item at all. */
const selectionFacts = (set: GuidelineSet) => [
  ...(set.appliesOnlyWhen ? factsUsedBy(set.appliesOnlyWhen) : []),
  ...(set.excludedWhen ?? []).flatMap((exclusion) => factsUsedBy(exclusion.condition)),
  ...(set.judgedAsWhen ? factsUsedBy(set.judgedAsWhen.condition) : []),
];

/**
 * Whether an item judged by `set` reads the other disputed items: some fact its criteria test or
 * its computed facts show is fed by the whole list (the regimen's morphine equivalents). Read from
 * the facts' declared field paths, so no set or fact is named here.
 */
function setReadsOtherItems(set: GuidelineSet): boolean {
  if (setReadsOutcomes(set)) return true;
  return readsWholeList([
    ...selectionFacts(set),
    ...set.criteria.flatMap((criterion) => [
      ...factsUsedBy(criterion.condition),
      ...(criterion.appliesWhen ? factsUsedBy(criterion.appliesWhen.condition) : []),
    ]),
    ...(set.displayFacts ?? []),
  ]);
}

/**
 * An item's inputs. The other items' medication and service type count only when the item's set
 * reads them (or no set was chosen yet, where choosing may depend on anything of the case); the
 * outcomes it reads, as `readingKey` gives them.
 */
function itemInputs(
  draft: CaseDraft,
  index: number,
  asOf: string,
  readsOthers: boolean,
  reading: string,
): readonly unknown[] {
  const item = draft.disputedItems[index];
  const others = readsOthers
    ? draft.disputedItems.flatMap((other, otherIndex) =>
        otherIndex === index ? [] : [other.id, other.serviceType, other.medication],
      )
    : [];
  return [item, index, asOf, reading, ...caseParts(draft), ...others];
}

/** The case-level parts facts read (reports, the reviewer and the letter feed no criterion). */
const caseParts = (draft: CaseDraft): readonly unknown[] => [
  draft.imr,
  draft.patient,
  draft.injury,
  draft.work,
  draft.treatment,
];

/** The outcomes an item is evaluated with, as one comparable value (item ids, decisions, circle warning). */
const readingKey = (reading: OutcomeReading): string =>
  reading.outcomes === undefined && reading.circularWarning === undefined
    ? ''
    : JSON.stringify([reading.circularWarning ?? null, [...(reading.outcomes ?? [])]]);

const sameInputs = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((value, i) => Object.is(value, b[i]));

/**
 * `next`, with every part that equals the same part of `previous` replaced by the previous object
 * (plain data: objects, arrays, primitives). Answers `previous` itself when the two are equal, so a
 * memoised view of an unchanged part (a criterion row) does not re-render when its item changes.
 */
export function reuseEqualParts<T>(previous: unknown, next: T): T {
  if (Object.is(previous, next)) return next;
  if (typeof previous !== 'object' || typeof next !== 'object' || previous === null || next === null)
    return next;
  if (Array.isArray(previous) !== Array.isArray(next)) return next;
  if (Array.isArray(next)) {
    const before = previous as unknown[];
    let same = before.length === next.length;
    const merged = next.map((value, index) => {
      const part = reuseEqualParts(before[index], value);
      if (part !== before[index]) same = false;
      return part;
    });
    return (same ? previous : merged) as T;
  }
  const before = previous as Record<string, unknown>;
  const after = next as Record<string, unknown>;
  const keys = Object.keys(after);
  let same = keys.length === Object.keys(before).length;
  const entries = keys.map((key): [string, unknown] => {
    const part = Object.hasOwn(before, key) ? reuseEqualParts(before[key], after[key]) : after[key];
    if (!Object.hasOwn(before, key) || part !== before[key]) same = false;
    return [key, part];
  });
  // Built from entries, so a key named "__proto__" stays an own key instead of setting the prototype.
  return (same ? previous : Object.fromEntries(entries)) as T;
}

export function createIncrementalEvaluate(library: GuidelineLibrary): IncrementalEvaluate {
  const readsOthersBySet = new Map<string, boolean>();
  const setReads = (set: GuidelineSet) => {
    let reads = readsOthersBySet.get(set.id);
    if (reads === undefined) {
      reads = setReadsOtherItems(set);
      readsOthersBySet.set(set.id, reads);
    }
    return reads;
  };
  // Choosing among a service's sets may itself read the list (a set that applies only above some MED).
  const selectionReadsOthers = new Map<string, boolean>();
  const choiceReads = (serviceType: string) => {
    let reads = selectionReadsOthers.get(serviceType);
    if (reads === undefined) {
      reads = library.sets.some(
        (set) =>
          (set.services as readonly string[]).includes(serviceType) && readsWholeList(selectionFacts(set)),
      );
      selectionReadsOthers.set(serviceType, reads);
    }
    return reads;
  };
  const readsOtherItems = (result: ItemEvaluation): boolean => {
    const setId = result.guidelineSet?.id;
    const set = setId === undefined ? undefined : library.sets.find((candidate) => candidate.id === setId);
    if (choiceReads(result.serviceType)) return true;
    if (result.judgedAs && choiceReads(result.judgedAs.serviceType)) return true;
    if (!set) return result.path !== 'evidence_hierarchy';
    return setReads(set);
  };
  type Entry = { inputs: readonly unknown[]; result: ItemEvaluation; readsOthers: boolean };
  let cache = new Map<string, Entry>();
  let last: Evaluation | null = null;
  let lastCaseInputs: readonly unknown[] = [];
  return (draft, options) => {
    // Every item's inputs come from these parts: when none changed (typing in a report), neither did
    // the evaluation, and even the order of evaluation need not be planned again.
    const caseInputs = [options.asOf, draft.disputedItems, ...caseParts(draft)];
    if (last !== null && sameInputs(caseInputs, lastCaseInputs)) return last;
    lastCaseInputs = caseInputs;
    const next = new Map<string, Entry>();
    const evaluateOne = (index: number, reading: OutcomeReading): ItemEvaluation | null => {
      const item = draft.disputedItems[index];
      if (!item) return null;
      const key = readingKey(reading);
      const cached = cache.get(item.id);
      let entry: Entry;
      if (
        cached &&
        sameInputs(cached.inputs, itemInputs(draft, index, options.asOf, cached.readsOthers, key))
      )
        entry = cached;
      else {
        const fresh = evaluateItemReading(draft, index, library, options, reading) as ItemEvaluation;
        // An edit usually changes a few criteria of one item (or none: another item's drug): keep the
        // old objects for everything that stayed the same, so only the changed rows re-render.
        const result = cached ? reuseEqualParts(cached.result, fresh) : fresh;
        const readsOthers = readsOtherItems(result);
        entry = { inputs: itemInputs(draft, index, options.asOf, readsOthers, key), result, readsOthers };
      }
      // Duplicate ids (never made by the app) simply are not cached.
      if (!next.has(item.id)) next.set(item.id, entry);
      return entry.result;
    };
    // Items are evaluated after the items whose outcome they read, as evaluate() does.
    const items = evaluateInOrder(draft, library, options, evaluateOne).filter(
      (item): item is ItemEvaluation => item !== undefined,
    );
    cache = next;
    // Typing where no criterion looks (a report's text) answers the very same evaluation object.
    const unchanged =
      last !== null &&
      last.asOf === options.asOf &&
      last.items.length === items.length &&
      items.every((item, index) => item === last?.items[index]);
    if (!unchanged || last === null) last = { asOf: options.asOf, items };
    return last;
  };
}

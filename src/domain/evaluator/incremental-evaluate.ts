/**
 * evaluate() for a live panel: re-evaluates only the disputed items whose inputs changed since the
 * last call, and returns the previous result object for every other item, so a memoised panel
 * re-renders just the item being edited. Relies on drafts being replaced, never mutated in place
 * (the wizard's snapshots share unchanged parts).
 *
 * An item's inputs are the item itself, its position, asOf, the case-level parts facts read (imr,
 * patient, injury, work, treatment) and the medication and service type of the other items
 * (regimen facts, such as the total morphine equivalents, read them). Reports, the reviewer and
 * the letter feed no criterion. The result always equals evaluate(draft, library, { asOf }); an
 * item whose fresh result equals the previous one keeps the previous object.
 */
import type { CaseDraft } from '../case/case-schema';
import type { GuidelineLibrary } from '../guidelines/guideline-schema';
import { type EvaluateOptions, evaluateItem } from './evaluate';
import type { Evaluation, ItemEvaluation } from './evaluation-types';

export type IncrementalEvaluate = (draft: CaseDraft, options: EvaluateOptions) => Evaluation;

function itemInputs(draft: CaseDraft, index: number, asOf: string): readonly unknown[] {
  const item = draft.disputedItems[index];
  const others = draft.disputedItems.flatMap((other, otherIndex) =>
    otherIndex === index ? [] : [other.id, other.serviceType, other.medication],
  );
  return [item, index, asOf, draft.imr, draft.patient, draft.injury, draft.work, draft.treatment, ...others];
}

const sameInputs = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((value, i) => Object.is(value, b[i]));

/** Structural equality of plain evaluation data (objects, arrays, primitives). */
function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every(
    (key) =>
      Object.hasOwn(b, key) &&
      sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

export function createIncrementalEvaluate(library: GuidelineLibrary): IncrementalEvaluate {
  let cache = new Map<string, { inputs: readonly unknown[]; result: ItemEvaluation }>();
  return (draft, options) => {
    const next = new Map<string, { inputs: readonly unknown[]; result: ItemEvaluation }>();
    const items = draft.disputedItems.map((item, index) => {
      const inputs = itemInputs(draft, index, options.asOf);
      const cached = cache.get(item.id);
      let result: ItemEvaluation;
      if (cached && sameInputs(cached.inputs, inputs)) result = cached.result;
      else {
        const fresh = evaluateItem(draft, index, library, options) as ItemEvaluation;
        // An edit elsewhere (another item's drug) often leaves this item's result as it was: keep
        // the old object so its card does not re-render.
        result = cached && sameValue(cached.result, fresh) ? cached.result : fresh;
      }
      // Duplicate ids (never made by the app) simply are not cached.
      if (!next.has(item.id)) next.set(item.id, { inputs, result });
      return result;
    });
    cache = next;
    return { asOf: options.asOf, items };
  };
}

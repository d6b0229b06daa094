/**
 * What a guideline set shows beside its criteria, from its metadata: the "computed facts" it lists
 * (registry facts in words, with their arithmetic, e.g. the MED per drug) and the sentences it adds
 * to the letter rationale for a decision. Generic: nothing here knows a service or a fact by name.
 */
import { type FactContext, formatFactValue, getFact } from '../guidelines/facts';
import type { GuidelineSet } from '../guidelines/guideline-schema';
import type { ComputedFact, ItemEvaluation } from './evaluation-types';

/** The set's computed facts and rationale notes; what a fact asks the reviewer to check joins `warnings`. */
export function setExtras(
  set: GuidelineSet,
  ctx: FactContext,
  warnings: string[],
): Pick<ItemEvaluation, 'computedFacts' | 'rationaleNotes'> {
  const computedFacts = (set.displayFacts ?? []).flatMap((name): ComputedFact[] => {
    const fact = getFact(name);
    if (!fact) return [{ label: name, value: 'unknown fact (guideline data error)' }];
    if (fact.explain) {
      const { value, detail, warnings: checks = [] } = fact.explain(ctx);
      for (const check of checks) if (!warnings.includes(check)) warnings.push(check);
      return [{ label: fact.label, value, ...(detail ? { detail } : {}) }];
    }
    const value = fact.get(ctx);
    return [
      { label: fact.label, value: value === undefined ? 'not documented' : formatFactValue(fact, value) },
    ];
  });
  const notes = set.rationaleNotes ?? [];
  return {
    ...(computedFacts.length > 0 ? { computedFacts } : {}),
    ...(notes.length > 0 ? { rationaleNotes: notes.map((note) => ({ ...note })) } : {}),
  };
}

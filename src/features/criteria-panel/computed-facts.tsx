import type { ComputedFact } from '@/domain/evaluator/evaluation-types';

/**
 * What the evaluator computed for an item before judging it (the MED with its arithmetic per drug,
 * weeks on a drug, urine drug tests in the last 12 months, each ingredient of a compound), shown
 * above the criteria so the reviewer can check the numbers the criteria use.
 */
export function ComputedFacts({ facts, itemId }: { facts: ComputedFact[] | undefined; itemId: string }) {
  if (!facts || facts.length === 0) return null;
  const headingId = `computed-facts-${itemId}`;
  return (
    <div className="mt-2 rounded border border-slate-300 bg-slate-50 p-2">
      <h4 id={headingId} className="text-sm font-semibold text-slate-900">
        Computed facts
      </h4>
      <dl aria-labelledby={headingId} className="mt-1 space-y-1 text-sm">
        {facts.map((fact) => (
          <div key={fact.label}>
            <dt className="font-medium text-slate-800">{fact.label}</dt>
            <dd className="text-slate-900">
              {fact.value}
              {fact.detail ? <span className="block text-xs text-slate-700">{fact.detail}</span> : null}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

import type { ReactNode } from 'react';

export interface ReadOnlyFact {
  label: string;
  value: ReactNode;
}

/** Computed facts shown beside the inputs they come from (never editable, never stored). */
export function ReadOnlyFacts({ facts, label }: { facts: ReadOnlyFact[]; label: string }) {
  if (facts.length === 0) return null;
  return (
    <dl
      aria-label={label}
      className="grid gap-x-4 gap-y-1 rounded-md bg-slate-100 p-3 text-sm sm:grid-cols-[auto_1fr]"
    >
      {facts.map((fact) => (
        <div key={fact.label} className="contents">
          <dt className="font-medium text-slate-700">{fact.label}</dt>
          <dd className="text-slate-900">{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * The sample cases (real public IMR decisions) a demo or a new reviewer starts from. The samples'
 * data loads when the panel first opens, so the case list's first load does not carry it.
 */
import { useQuery } from '@tanstack/react-query';
import type { KeyboardEvent } from 'react';
import type { CaseDraft } from '@/domain/case/case-schema';

const loadSamples = () => import('@/domain/case/sample-cases').then((module) => module.SAMPLE_CASES);

const DECISION_LABELS = { upheld: 'Upheld', overturned: 'Overturned' } as const;

export interface SampleCasesPanelProps {
  id: string;
  busy: boolean;
  /** Creates a case from the sample and opens it. */
  onLoad: (build: (id: string) => CaseDraft) => void;
  /** Escape: the panel closes and focus returns to the button that opened it. */
  onClose: () => void;
  loadButtonClass: string;
}

export function SampleCasesPanel({ id, busy, onLoad, onClose, loadButtonClass }: SampleCasesPanelProps) {
  const samples = useQuery({ queryKey: ['sample-cases'], queryFn: loadSamples, staleTime: Infinity });

  function closeOnEscape(event: KeyboardEvent) {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    onClose();
  }

  return (
    <section
      id={id}
      aria-labelledby={`${id}-heading`}
      onKeyDown={closeOnEscape}
      className="rounded-lg border border-slate-300 bg-white p-4 shadow-sm"
    >
      <h2 id={`${id}-heading`} className="text-lg font-semibold text-slate-900">
        Sample cases
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        Real public IMR decisions, entered from their published facts. Each loads as a new case of its own;
        the workbench reaches the decision the real letter did.
      </p>
      {samples.isError ? (
        <p role="alert" className="mt-3 rounded-md border border-red-300 bg-red-50 p-3 text-red-900">
          The sample cases could not be loaded. Reload the page and try again.
        </p>
      ) : samples.isPending ? (
        <p role="status" className="mt-3 text-slate-700">
          Loading sample cases…
        </p>
      ) : (
        <ul className="mt-3 grid gap-3 md:grid-cols-2">
          {samples.data.map((sample) => (
            <li
              key={sample.key}
              className="flex flex-col justify-between gap-3 rounded-md border border-slate-200 p-3"
            >
              <div>
                <h3 className="font-medium text-slate-900">{sample.title}</h3>
                <p className="mt-1 text-sm text-slate-800">
                  Real decision: <strong>{DECISION_LABELS[sample.realDecision]}</strong>
                </p>
                <p className="mt-1 text-sm text-slate-700">{sample.shows}</p>
                <p className="mt-1 text-xs text-slate-600">{sample.source}</p>
              </div>
              <button
                type="button"
                disabled={busy}
                aria-label={`Load sample: ${sample.title}`}
                onClick={() => onLoad(sample.build)}
                className={`${loadButtonClass} self-start`}
              >
                Load
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

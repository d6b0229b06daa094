import { useId } from 'react';
import { EVIDENCE_SOURCES, type FreeCriterion, type ItemReview } from '@/domain/case/case-schema';
import { emptyFreeCriterion } from '@/domain/case/empty-case';

export const EVIDENCE_SOURCE_LABELS: Record<(typeof EVIDENCE_SOURCES)[number], string> = {
  odg: 'Official Disability Guidelines (ODG)',
  acoem: 'ACOEM Practice Guidelines (current)',
  other_guideline: 'Other evidence-based guideline',
  peer_reviewed: 'Peer-reviewed study',
  expert_opinion: 'Nationally recognized standard / expert opinion',
};

interface EvidencePathEditorProps {
  itemLabel: string;
  review: ItemReview;
  onChange: (review: ItemReview) => void;
  recentCitations: string[];
  /** The reviewer finished typing a citation (blur): it is offered again on later items. */
  onCitationUsed?: ((citation: string) => void) | undefined;
}

/**
 * The evidence-hierarchy path (8 CCR 9792.21.1) for services the MTUS does not address: the
 * reviewer names the source used, its citation and the criteria applied. Inputs are uncontrolled
 * (defaultValue) so typing is never fought by a re-render with a lagging value.
 */
export function EvidencePathEditor({
  itemLabel,
  review,
  onChange,
  recentCitations,
  onCitationUsed,
}: EvidencePathEditorProps) {
  const id = useId();
  const set = (patch: Partial<ItemReview>) => onChange({ ...review, ...patch });
  const setCriterion = (index: number, patch: Partial<FreeCriterion>) =>
    set({
      freeCriteria: review.freeCriteria.map((criterion, i) =>
        i === index ? { ...criterion, ...patch } : criterion,
      ),
    });

  return (
    <div className="mt-3 rounded border border-slate-300 bg-slate-50 p-3">
      <p className="text-sm text-slate-800">
        The MTUS does not address this service. Record the source you relied on, in the order of the evidence
        hierarchy, and the criteria you applied.
      </p>
      <label htmlFor={`${id}-source`} className="mt-2 block text-sm font-medium text-slate-900">
        Source used
      </label>
      <select
        id={`${id}-source`}
        className="mt-1 w-full rounded border border-slate-400 bg-white p-1 text-sm"
        value={review.evidenceSource}
        onChange={(event) => set({ evidenceSource: event.target.value as ItemReview['evidenceSource'] })}
      >
        <option value="">Choose a source</option>
        {EVIDENCE_SOURCES.map((source) => (
          <option key={source} value={source}>
            {EVIDENCE_SOURCE_LABELS[source]}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-citation`} className="mt-2 block text-sm font-medium text-slate-900">
        Citation (guideline, chapter, topic or study)
      </label>
      <input
        id={`${id}-citation`}
        className="mt-1 w-full rounded border border-slate-400 bg-white p-1 text-sm"
        list={`${id}-recent`}
        defaultValue={review.evidenceCitation}
        onChange={(event) => set({ evidenceCitation: event.target.value })}
        onBlur={(event) => onCitationUsed?.(event.target.value)}
      />
      <datalist id={`${id}-recent`}>
        {recentCitations.map((citation) => (
          <option key={citation} value={citation} />
        ))}
      </datalist>
      <label htmlFor={`${id}-why`} className="mt-2 block text-sm font-medium text-slate-900">
        Why the MTUS did not apply
      </label>
      <textarea
        id={`${id}-why`}
        rows={2}
        className="mt-1 w-full rounded border border-slate-400 bg-white p-1 text-sm"
        defaultValue={review.mtusNotApplicableReason}
        onChange={(event) => set({ mtusNotApplicableReason: event.target.value })}
      />
      <h4 className="mt-3 text-sm font-semibold text-slate-900">Criteria applied</h4>
      <ol className="mt-1 space-y-2">
        {review.freeCriteria.map((criterion, index) => (
          <li key={criterion.id} className="rounded border border-slate-300 bg-white p-2">
            <label htmlFor={`${id}-fc-${criterion.id}`} className="block text-xs font-medium text-slate-900">
              Criterion {index + 1}
            </label>
            <input
              id={`${id}-fc-${criterion.id}`}
              className="mt-1 w-full rounded border border-slate-400 p-1 text-sm"
              defaultValue={criterion.text}
              onChange={(event) => setCriterion(index, { text: event.target.value })}
            />
            <fieldset className="mt-1 flex gap-4 text-sm">
              <legend className="sr-only">
                Criterion {index + 1} of {itemLabel}: met or not met
              </legend>
              {(['met', 'not_met'] as const).map((value) => (
                <label key={value} className="inline-flex items-center gap-1">
                  <input
                    type="radio"
                    name={`${id}-fc-${criterion.id}-answer`}
                    // Radios are uncontrolled: the form updates a frame later, and a controlled radio would flick back.
                    defaultChecked={criterion.answer === value}
                    onChange={() => setCriterion(index, { answer: value })}
                  />
                  {value === 'met' ? 'Met' : 'Not met'}
                </label>
              ))}
            </fieldset>
            <label
              htmlFor={`${id}-fc-${criterion.id}-note`}
              className="mt-1 block text-xs font-medium text-slate-900"
            >
              What the records show
            </label>
            <textarea
              id={`${id}-fc-${criterion.id}-note`}
              rows={2}
              className="mt-1 w-full rounded border border-slate-400 p-1 text-sm"
              defaultValue={criterion.note}
              onChange={(event) => setCriterion(index, { note: event.target.value })}
            />
            <button
              type="button"
              className="mt-1 text-xs text-red-800 underline"
              onClick={() => set({ freeCriteria: review.freeCriteria.filter((_, i) => i !== index) })}
            >
              Remove criterion {index + 1}
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="mt-2 rounded border border-blue-800 px-2 py-1 text-sm text-blue-900 hover:bg-blue-50"
        onClick={() =>
          set({ freeCriteria: [...review.freeCriteria, emptyFreeCriterion(crypto.randomUUID())] })
        }
      >
        Add criterion
      </button>
    </div>
  );
}

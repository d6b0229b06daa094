import { useEffect, useId, useRef, useState } from 'react';
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
  /** The parts of the review that changed, each built on the editor's own latest change. */
  onChange: (patch: Partial<ItemReview>) => void;
  recentCitations: string[];
  /** The reviewer finished typing a citation (blur): it is offered again on later items. */
  onCitationUsed?: ((citation: string) => void) | undefined;
}

/**
 * Keys of the criteria rows, kept by the editor itself: a criterion's `id` may be empty or repeated
 * (a hand-edited case file), and rows keyed by it would share one radio group and keep the wrong
 * inputs after a removal. The change the editor makes (remove row i, add a row) is recorded as
 * pending and adopted when the list comes back with the expected length; any other change of length
 * gives every row a new key, so each remounts with its own values.
 */
interface RowKeys {
  count: number;
  keys: string[];
  /** Next fresh key number. */
  serial: number;
  pending: { count: number; keys: string[] } | null;
}

function initialRowKeys(count: number): RowKeys {
  return { count, keys: Array.from({ length: count }, (_, i) => `row-${i}`), serial: count, pending: null };
}

function rowKeysFor(rows: RowKeys, count: number): RowKeys {
  if (rows.count === count) return rows;
  if (rows.pending?.count === count) return { ...rows, count, keys: rows.pending.keys, pending: null };
  const keys = Array.from({ length: count }, (_, i) => `row-${rows.serial + i}`);
  return { count, keys, serial: rows.serial + count, pending: null };
}

/** The rows as the editor last changed them: a change still on its way back counts. */
const latestRows = (rows: RowKeys) => rows.pending ?? { count: rows.count, keys: rows.keys };

function withRemovalPending(rows: RowKeys, index: number): RowKeys {
  const { count, keys } = latestRows(rows);
  return { ...rows, pending: { count: count - 1, keys: keys.filter((_, i) => i !== index) } };
}

function withAdditionPending(rows: RowKeys): RowKeys {
  const { count, keys } = latestRows(rows);
  return {
    ...rows,
    serial: rows.serial + 1,
    pending: { count: count + 1, keys: [...keys, `row-${rows.serial}`] },
  };
}

/**
 * The evidence-hierarchy path (8 CCR 9792.21.1) for services the MTUS does not address: the
 * reviewer names the source used, its citation and the criteria applied. Inputs are uncontrolled
 * (defaultValue) so typing is never fought by a re-render with a lagging value.
 *
 * Each control carries `data-scoped-field`, its path within the disputed item (field-paths.ts
 * `PANEL_FIELD_PATHS`): the panel's card declares the item (`data-field-scope`), so a criterion's
 * "Go to field" finds the control here without this editor knowing the item's index.
 */
export function EvidencePathEditor({
  itemLabel,
  review,
  onChange,
  recentCitations,
  onCitationUsed,
}: EvidencePathEditorProps) {
  const id = useId();
  const criteriaCount = review.freeCriteria.length;
  const [storedRows, setRows] = useState(() => initialRowKeys(criteriaCount));
  const rows = rowKeysFor(storedRows, criteriaCount);
  if (rows !== storedRows) setRows(rows);

  // The pressed Remove button goes with its row: focus moves to the criterion that took its place,
  // else the one before, else Add, once the shorter list is on screen (never left on the page).
  // Add moves focus into the new row (it appears above the button), as the wizard's lists do.
  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const focusRowAfterCountChange = useRef<number | null>(null);
  useEffect(() => {
    const removed = focusRowAfterCountChange.current;
    if (removed === null) return;
    focusRowAfterCountChange.current = null;
    const target = Math.min(removed, criteriaCount - 1);
    const row = target >= 0 ? listRef.current?.children[target] : undefined;
    (row?.querySelector<HTMLElement>('input, textarea') ?? addRef.current)?.focus();
  }, [criteriaCount]);

  // The review comes back as a prop a task after a change (the wizard batches changes made by code):
  // each change builds on the last one made here, so two quick clicks both count.
  const latest = useRef({ received: review, current: review });
  if (latest.current.received !== review) latest.current = { received: review, current: review };
  const set = (patch: Partial<ItemReview>) => {
    latest.current.current = { ...latest.current.current, ...patch };
    onChange(patch);
  };
  const setCriterion = (index: number, patch: Partial<FreeCriterion>) =>
    set({
      freeCriteria: latest.current.current.freeCriteria.map((criterion, i) =>
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
        data-scoped-field="review.evidenceSource"
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
        data-scoped-field="review.evidenceCitation"
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
        data-scoped-field="review.mtusNotApplicableReason"
        rows={2}
        className="mt-1 w-full rounded border border-slate-400 bg-white p-1 text-sm"
        defaultValue={review.mtusNotApplicableReason}
        onChange={(event) => set({ mtusNotApplicableReason: event.target.value })}
      />
      <h4 className="mt-3 text-sm font-semibold text-slate-900">Criteria applied</h4>
      <ol ref={listRef} className="mt-1 space-y-2">
        {review.freeCriteria.map((criterion, index) => {
          const rowId = `${id}-fc-${rows.keys[index] ?? index}`;
          const path = `review.freeCriteria.${index}`;
          // Go to field lands on the current answer, else the first choice.
          const answerAnchor = criterion.answer === 'not_met' ? 'not_met' : 'met';
          return (
            <li key={rowId} className="rounded border border-slate-300 bg-white p-2">
              <label htmlFor={rowId} className="block text-xs font-medium text-slate-900">
                Criterion {index + 1}
              </label>
              <input
                id={rowId}
                data-scoped-field={`${path}.text`}
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
                      name={`${rowId}-answer`}
                      data-scoped-field={value === answerAnchor ? `${path}.answer` : undefined}
                      // Radios are uncontrolled: the form updates a frame later, and a controlled radio would flick back.
                      defaultChecked={criterion.answer === value}
                      onChange={() => setCriterion(index, { answer: value })}
                    />
                    {value === 'met' ? 'Met' : 'Not met'}
                  </label>
                ))}
              </fieldset>
              <label htmlFor={`${rowId}-note`} className="mt-1 block text-xs font-medium text-slate-900">
                What the records show
              </label>
              <textarea
                id={`${rowId}-note`}
                data-scoped-field={`${path}.note`}
                rows={2}
                className="mt-1 w-full rounded border border-slate-400 p-1 text-sm"
                defaultValue={criterion.note}
                onChange={(event) => setCriterion(index, { note: event.target.value })}
              />
              <button
                type="button"
                className="mt-1 text-xs text-red-800 underline"
                onClick={() => {
                  // The row on screen may sit elsewhere in a list changed since it was drawn.
                  const criteria = latest.current.current.freeCriteria;
                  const found = criteria.indexOf(criterion);
                  const at = found >= 0 ? found : index;
                  focusRowAfterCountChange.current = at;
                  setRows((current) => withRemovalPending(current, at));
                  set({ freeCriteria: criteria.filter((_, i) => i !== at) });
                }}
              >
                Remove criterion {index + 1}
              </button>
            </li>
          );
        })}
      </ol>
      <button
        ref={addRef}
        type="button"
        className="mt-2 rounded border border-blue-800 px-2 py-1 text-sm text-blue-900 hover:bg-blue-50"
        onClick={() => {
          const criteria = latest.current.current.freeCriteria;
          setRows(withAdditionPending);
          focusRowAfterCountChange.current = criteria.length;
          set({ freeCriteria: [...criteria, emptyFreeCriterion(crypto.randomUUID())] });
        }}
      >
        Add criterion
      </button>
    </div>
  );
}

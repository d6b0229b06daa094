import { memo, useEffect, useId, useRef, useState } from 'react';
import type { CriterionReview } from '@/domain/case/case-schema';
import type { CriterionResult } from '@/domain/evaluator/evaluation-types';
import { SOURCE_LABEL, STATUS_DISPLAY } from './status-labels';

interface CriterionRowProps {
  result: CriterionResult;
  review: CriterionReview | undefined;
  onReviewChange: (criterionId: string, review: CriterionReview | null) => void;
  onGoToField: (path: string) => void;
}

/** "MTUS CPMTG (2009), p. 125"; an empty part is left out, never shown as "()" or ", ,". */
function formatCitation(result: CriterionResult): string {
  const { guideline, edition, pages, section } = result.citation;
  const source = [guideline.trim(), edition.trim() ? `(${edition.trim()})` : ''].filter(Boolean).join(' ');
  return [source, section?.trim(), pages?.trim() ? `p. ${pages.trim()}` : ''].filter(Boolean).join(', ');
}

/**
 * "Go to field: <statement>" as one accessible name. Visually hidden text inside the control would
 * be read with a space before the colon ("Go to field : …"): Chromium adds one around the hidden
 * span, which its absolute positioning makes a block.
 */
const namedFor = (action: string, statement: string) => `${action}: ${statement}`;

/** One criterion: status with text, evidence, citation, provenance, and the reviewer's controls. */
export const CriterionRow = memo(function CriterionRow({
  result,
  review,
  onReviewChange,
  onGoToField,
}: CriterionRowProps) {
  const id = useId();
  const status = STATUS_DISPLAY[result.status];
  const isJudgment = result.kind === 'judgment';
  const [overriding, setOverriding] = useState(result.source === 'overridden' || Boolean(review));
  // A criterion that does not apply to this case has nothing to judge or override: change the facts.
  const canOverride = result.status !== 'not_applicable';
  const showControls = (isJudgment && canOverride) || overriding;
  // The button pressed is replaced: focus moves to what took its place, never to the page.
  const focusAfterToggle = useRef(false);
  const fieldsetRef = useRef<HTMLFieldSetElement>(null);
  const overrideButtonRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!focusAfterToggle.current) return;
    focusAfterToggle.current = false;
    if (overriding) fieldsetRef.current?.querySelector<HTMLInputElement>('input')?.focus();
    else overrideButtonRef.current?.focus();
  }, [overriding]);
  const toggleOverride = (next: boolean) => {
    focusAfterToggle.current = true;
    setOverriding(next);
  };
  const answer = review?.answer ?? '';
  const note = review?.note ?? '';

  const update = (patch: Partial<CriterionReview>) =>
    onReviewChange(result.criterionId, { answer, note, ...patch });

  return (
    <li
      className="relative border-b border-slate-200 py-3 last:border-b-0"
      data-criterion-id={result.criterionId}
    >
      <div className="flex items-start gap-2">
        <span
          className={`inline-flex shrink-0 items-center gap-1 rounded border px-1.5 py-0.5 text-xs font-semibold ${status.className}`}
        >
          <span aria-hidden="true">{status.icon}</span>
          <span>{status.label}</span>
        </span>
        <div className="min-w-0 flex-1">
          <p className="text-sm font-medium text-slate-900">
            {result.statement}
            {result.required ? '' : ' (informative)'}
          </p>
          <p className="mt-0.5 text-sm text-slate-700">{result.evidence}</p>
          {result.note && result.source !== 'computed' ? (
            <p className="mt-0.5 text-sm text-slate-700">
              <span className="font-medium">Reviewer note:</span> {result.note}
            </p>
          ) : null}
          <p className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-600">
            <span>{formatCitation(result)}</span>
            <span className="rounded bg-slate-100 px-1 text-slate-700">{SOURCE_LABEL[result.source]}</span>
            {result.source === 'overridden' ? (
              <span className="text-slate-700">
                (computed: {STATUS_DISPLAY[result.computedStatus].label})
              </span>
            ) : null}
            {result.confirmed ? null : (
              <span
                className="rounded border border-amber-700 px-1 text-amber-900"
                title={result.confirmationNote ?? 'Not yet checked against real letters'}
              >
                unconfirmed{result.confirmationNote ? `: ${result.confirmationNote}` : ''}
              </span>
            )}
          </p>
          <div className="mt-1 flex flex-wrap gap-2">
            {result.fieldPaths.length > 0 ? (
              <button
                type="button"
                className="text-xs text-blue-800 underline hover:text-blue-950"
                aria-label={namedFor('Go to field', result.statement)}
                onClick={() => onGoToField(result.fieldPaths[0] as string)}
              >
                Go to field
              </button>
            ) : null}
            {!isJudgment && !overriding && canOverride ? (
              <button
                ref={overrideButtonRef}
                type="button"
                className="text-xs text-blue-800 underline hover:text-blue-950"
                aria-label={namedFor('Override', result.statement)}
                onClick={() => toggleOverride(true)}
              >
                Override
              </button>
            ) : null}
            {!isJudgment && overriding ? (
              <button
                type="button"
                className="text-xs text-blue-800 underline hover:text-blue-950"
                aria-label={namedFor('Remove override', result.statement)}
                onClick={() => {
                  toggleOverride(false);
                  onReviewChange(result.criterionId, null);
                }}
              >
                Remove override
              </button>
            ) : null}
          </div>
          {showControls ? (
            <fieldset
              ref={fieldsetRef}
              aria-label={namedFor(
                isJudgment ? 'Your judgment' : 'Override (a note is required)',
                result.statement,
              )}
              className="mt-2 rounded border border-slate-300 p-2"
            >
              <legend className="px-1 text-xs font-semibold text-slate-800">
                {isJudgment ? 'Your judgment' : 'Override (a note is required)'}
              </legend>
              <div className="flex gap-4 text-sm">
                {(['met', 'not_met'] as const).map((value) => (
                  <label key={value} className="inline-flex items-center gap-1">
                    <input
                      type="radio"
                      name={`${id}-answer`}
                      value={value}
                      // Go to field lands on the current answer, or the first choice while there is none.
                      data-scoped-field={
                        answer === value || (answer === '' && value === 'met')
                          ? `review.criteria.${result.criterionId}.answer`
                          : undefined
                      }
                      // Radios are uncontrolled: the form updates a frame later, and a controlled radio would flick back.
                      defaultChecked={answer === value}
                      onChange={() => update({ answer: value })}
                    />
                    {STATUS_DISPLAY[value].label}
                  </label>
                ))}
              </div>
              <label htmlFor={`${id}-note`} className="mt-2 block text-xs font-medium text-slate-800">
                Note{isJudgment ? ' (optional)' : ' (required)'}
              </label>
              <textarea
                id={`${id}-note`}
                className="mt-1 w-full rounded border border-slate-400 p-1 text-sm"
                rows={2}
                defaultValue={note}
                aria-invalid={!isJudgment && answer !== '' && note.trim() === ''}
                aria-describedby={
                  !isJudgment && answer !== '' && note.trim() === '' ? `${id}-note-error` : undefined
                }
                onChange={(event) => update({ note: event.target.value })}
              />
              {!isJudgment && answer !== '' && note.trim() === '' ? (
                <p id={`${id}-note-error`} className="mt-1 text-xs font-medium text-red-800">
                  An override is applied only with a note saying why.
                </p>
              ) : null}
            </fieldset>
          ) : null}
        </div>
      </div>
    </li>
  );
});

import { memo, useId } from 'react';
import type { ItemReview } from '@/domain/case/case-schema';
import type { ItemEvaluation } from '@/domain/evaluator/evaluation-types';

interface DecisionControlProps {
  itemLabel: string;
  /** Whether the reviewer's decision goes against the recommendation, and that recommendation. */
  contradicts: boolean;
  recommendation: ItemEvaluation['recommendation'];
  review: ItemReview;
  /** The parts of the review that changed. */
  onChange: (patch: Partial<ItemReview>) => void;
}

/**
 * The reviewer's final decision: defaults to the recommendation; a contradiction needs a reason.
 * Memoised on plain props, so a keystroke that changes other criteria of the item leaves it alone.
 */
export const DecisionControl = memo(function DecisionControl({
  itemLabel,
  contradicts,
  recommendation,
  review,
  onChange,
}: DecisionControlProps) {
  const id = useId();
  const reasonMissing = contradicts && review.decisionReason.trim() === '';
  const options = [
    { value: '', label: 'Follow the recommendation' },
    { value: 'upheld', label: 'Upheld (not medically necessary)' },
    { value: 'overturned', label: 'Overturned (medically necessary)' },
  ] as const;
  return (
    <fieldset className="mt-3 rounded border border-slate-300 p-2">
      <legend className="px-1 text-sm font-semibold text-slate-900">
        Final decision<span className="sr-only"> for {itemLabel}</span>
      </legend>
      <div className="flex flex-col gap-1 text-sm">
        {options.map((option) => (
          <label key={option.value} className="inline-flex items-center gap-2">
            <input
              type="radio"
              name={`${id}-decision`}
              // Go to field lands on the current answer (field-paths.ts PANEL_FIELD_PATHS).
              data-scoped-field={review.decision === option.value ? 'review.decision' : undefined}
              // Radios are uncontrolled: the form updates a frame later, and a controlled radio would flick back.
              defaultChecked={review.decision === option.value}
              onChange={() => onChange({ decision: option.value })}
            />
            {option.label}
          </label>
        ))}
      </div>
      {contradicts ? (
        // Only the warning is the alert: the reason typed below must not be re-read on every key.
        <div className="mt-2 rounded border border-amber-700 bg-amber-50 p-2">
          <p role="alert" className="text-sm font-semibold text-amber-900">
            This decision contradicts the criteria (recommendation:{' '}
            {recommendation === 'overturn' ? 'Overturn' : 'Uphold'}). Give the reason.
          </p>
          <label htmlFor={`${id}-reason`} className="mt-1 block text-sm font-medium text-slate-900">
            Reason for the decision (required)
          </label>
          <textarea
            id={`${id}-reason`}
            data-scoped-field="review.decisionReason"
            rows={3}
            className="mt-1 w-full rounded border border-slate-400 bg-white p-1 text-sm"
            defaultValue={review.decisionReason}
            aria-invalid={reasonMissing}
            aria-describedby={reasonMissing ? `${id}-reason-missing` : undefined}
            onChange={(event) => onChange({ decisionReason: event.target.value })}
          />
          {reasonMissing ? (
            <p id={`${id}-reason-missing`} className="mt-1 text-xs font-medium text-red-800">
              A reason is required.
            </p>
          ) : null}
        </div>
      ) : null}
    </fieldset>
  );
});

import { memo, useMemo } from 'react';
import { letterErrorsBeyond } from './letter-errors';
import { describeStepStatus, type StepState, stepStatuses } from './step-status';
import { type StepId, WIZARD_STEPS } from './steps';
import { useSettledDraft, useWizard } from './wizard-context';

const STATE_MARK: Record<StepState, { symbol: string; className: string }> = {
  'not-started': { symbol: '○', className: 'text-slate-600' },
  complete: { symbol: '✓', className: 'text-green-800' },
  problems: { symbol: '!', className: 'text-red-800' },
};

/** The stepper: every step with its state in words; any step can be opened directly. */
export const StepNav = memo(function StepNav({
  step,
  visited,
  onStepChange,
}: {
  step: StepId;
  visited: ReadonlySet<StepId>;
  onStepChange: (step: StepId) => void;
}) {
  const draft = useSettledDraft();
  const { issuesOf, today } = useWizard();
  const statuses = useMemo(() => {
    const seen = step === 'review' ? new Set([...visited, step]) : visited;
    const issues = issuesOf(draft);
    // The letter is built only once Review has been seen: until then its state is "Not started".
    const letterErrors = seen.has('review')
      ? letterErrorsBeyond(draft, today, new Set(issues.map((issue) => issue.path))).length
      : 0;
    return stepStatuses(draft, issues, seen, letterErrors);
  }, [draft, issuesOf, visited, step, today]);

  return (
    <nav aria-label="Wizard steps">
      <ol className="grid grid-cols-2 gap-2 sm:grid-cols-4 lg:grid-cols-7">
        {WIZARD_STEPS.map((meta, index) => {
          const status = statuses[meta.id];
          const current = meta.id === step;
          const mark = STATE_MARK[status.state];
          return (
            <li key={meta.id}>
              <button
                type="button"
                aria-current={current ? 'step' : undefined}
                onClick={() => onStepChange(meta.id)}
                data-step-state={status.state}
                className={`flex h-full w-full flex-col rounded-md border px-2 py-1.5 text-left text-sm ${
                  current
                    ? 'border-blue-800 bg-blue-50 ring-1 ring-blue-800'
                    : 'border-slate-400 bg-white hover:bg-slate-100'
                }`}
              >
                <span className="font-semibold text-slate-900">
                  {index + 1}. {meta.title}
                </span>
                {/* Two lines kept for the state whatever it says: a state that grows a line while the
                    reviewer types would push the form down under a click in progress. */}
                <span className={`flex min-h-10 items-start gap-1 ${mark.className}`}>
                  <span aria-hidden="true">{mark.symbol}</span>
                  {describeStepStatus(status)}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
});

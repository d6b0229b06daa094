import { useSyncExternalStore } from 'react';
import { Button } from '@/components/button';
import type { StepId } from './steps';
import { useWizard } from './wizard-context';

/**
 * The step's problems, shown once the reviewer has tried to leave it. Blocking problems are
 * announced (role="alert"); each entry focuses its field.
 */
export function ErrorSummary({ step, attempt }: { step: StepId; attempt: number }) {
  const { issues, goToField } = useWizard();
  const shown = useSyncExternalStore(
    issues.subscribe,
    () => issues.issuesOfStep(step),
    () => issues.issuesOfStep(step),
  );
  if (attempt === 0 && !issues.wasAttempted(step)) return null;
  const blocking = shown.filter((issue) => issue.kind === 'invalid');
  const missing = shown.filter((issue) => issue.kind === 'missing');
  if (shown.length === 0) return null;

  return (
    <div
      // A new attempt remounts the alert so the same problems are announced again.
      key={attempt}
      role={blocking.length > 0 ? 'alert' : undefined}
      className={`space-y-2 rounded-md border-2 p-3 ${blocking.length > 0 ? 'border-red-700 bg-red-50' : 'border-amber-700 bg-amber-50'}`}
    >
      <h3 className="font-semibold text-slate-900">
        {blocking.length > 0
          ? `Fix ${blocking.length} ${blocking.length === 1 ? 'problem' : 'problems'} before moving on`
          : 'Still needed for the letter (you can fill these in later)'}
      </h3>
      {blocking.length > 0 && <IssueLinks issues={blocking} onOpen={goToField} />}
      {blocking.length > 0 && missing.length > 0 && (
        <h4 className="font-semibold text-slate-900">Needed for the letter (does not block)</h4>
      )}
      {missing.length > 0 && <IssueLinks issues={missing} onOpen={goToField} />}
    </div>
  );
}

function IssueLinks({
  issues,
  onOpen,
}: {
  issues: { path: string; message: string }[];
  onOpen: (path: string) => void;
}) {
  return (
    <ul className="list-disc space-y-1 pl-5">
      {issues.map((issue) => (
        <li key={issue.path}>
          <Button variant="quiet" size="sm" className="px-0 text-left" onClick={() => onOpen(issue.path)}>
            {issue.message}
          </Button>
        </li>
      ))}
    </ul>
  );
}

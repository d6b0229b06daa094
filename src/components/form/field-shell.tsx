import type { ReactNode } from 'react';
import { type FieldIssue, fieldId, useFieldIssue } from './field-issues';

/** Attributes every input of a field carries: its id, validity and what describes it. */
export interface FieldControlProps {
  id: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

export interface FieldShellProps {
  path: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Extra read-only text under the input (e.g. a derived fact), also used to describe it. */
  note?: ReactNode;
  /** The id of text outside the field that describes it too (a hint shared by two fields). */
  describedBy?: string | undefined;
  className?: string;
  children: (control: FieldControlProps) => ReactNode;
}

export const inputClasses =
  'mt-1 block w-full rounded-md border bg-white px-3 py-2 text-slate-900 placeholder:text-slate-600';

export function inputBorder(issue: FieldIssue | undefined): string {
  if (issue?.kind === 'invalid') return 'border-red-700 border-2';
  if (issue?.kind === 'missing') return 'border-amber-700';
  return 'border-slate-500';
}

/** Label, hint, input and its message: the one layout every single-input field uses. */
export function FieldShell({
  path,
  label,
  hint,
  note,
  describedBy: sharedDescription,
  className = '',
  children,
}: FieldShellProps) {
  const issue = useFieldIssue(path);
  const id = fieldId(path);
  const describedBy = describedByIds(id, {
    hint: Boolean(hint),
    note: Boolean(note),
    issue,
    shared: sharedDescription,
  });
  // Its own paint layer (`relative`): typing repaints this field, not the page around it.
  return (
    <div className={`relative ${className}`} data-field={path}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      {children({
        id,
        'aria-invalid': issue?.kind === 'invalid' ? true : undefined,
        'aria-describedby': describedBy,
      })}
      {note && (
        <p id={`${id}-note`} className="mt-1 text-sm text-slate-700">
          {note}
        </p>
      )}
      <FieldMessage id={id} issue={issue} />
    </div>
  );
}

export function describedByIds(
  id: string,
  parts: { hint: boolean; note: boolean; issue: FieldIssue | undefined; shared?: string | undefined },
): string | undefined {
  const ids = [
    parts.issue ? `${id}-issue` : null,
    parts.hint ? `${id}-hint` : null,
    parts.shared || null,
    parts.note ? `${id}-note` : null,
  ].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** The message under a field; says in words whether it blocks, never by colour alone. */
export function FieldMessage({ id, issue }: { id: string; issue: FieldIssue | undefined }) {
  if (!issue) return null;
  return (
    <p
      id={`${id}-issue`}
      data-issue-kind={issue.kind}
      className={`mt-1 text-sm ${issue.kind === 'invalid' ? 'text-red-800' : 'text-amber-900'}`}
    >
      <span className="font-semibold">
        {issue.kind === 'invalid' ? 'Error: ' : 'Needed for the letter: '}
      </span>
      {issue.message}
    </p>
  );
}

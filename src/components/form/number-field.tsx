import type { ChangeEvent } from 'react';
import { useFormContext } from 'react-hook-form';
import { useFieldIssue, useFieldIssueSource } from './field-issues';
import { FieldShell, type FieldShellProps, inputBorder, inputClasses } from './field-shell';

export interface NumberFieldProps extends Pick<FieldShellProps, 'label' | 'hint' | 'note' | 'className'> {
  name: string;
  /** Shown after the input ("lbs", "minutes", "per week"). */
  unit?: string;
}

/** Empty input means "not entered" (null), never 0 and never NaN. */
export function toNullableNumber(value: unknown): number | null {
  if (value === '' || value === null || value === undefined) return null;
  const number = typeof value === 'number' ? value : Number(String(value).trim());
  return Number.isFinite(number) ? number : null;
}

/**
 * For text the browser cannot read as a number ("1e", "1e400", which overflows): says what to type
 * and that the last readable number is the one kept, so nothing is lost silently.
 */
export function unreadableNumberMessage(label: string, kept: unknown): string {
  const keptText = typeof kept === 'number' ? `the last number, ${kept}, is kept` : 'nothing is saved for it';
  return `${label} is not a number as typed (use digits such as 12 or 2.5); ${keptText}`;
}

export function NumberField({ name, unit, ...shell }: NumberFieldProps) {
  const { register, getValues } = useFormContext();
  const issues = useFieldIssueSource();
  const issue = useFieldIssue(name);
  // No react-hook-form onBlur: it re-reads the input, which shows '' for text it cannot parse.
  const {
    onChange,
    onBlur: _readsDomValue,
    ...registered
  } = register(name, { setValueAs: toNullableNumber });

  // Text the browser cannot read as a number ("1e") would arrive as an empty value: keep the saved
  // number and say what is wrong instead of silently clearing it.
  function handleChange(event: ChangeEvent<HTMLInputElement>) {
    if (event.target.validity.badInput) return;
    issues.setInputProblem(name, null);
    return onChange(event);
  }
  function handleBlur(event: ChangeEvent<HTMLInputElement>) {
    issues.setInputProblem(
      name,
      event.target.validity.badInput ? unreadableNumberMessage(issues.labelFor(name), getValues(name)) : null,
    );
    issues.revealInvalid(name);
  }

  return (
    <FieldShell path={name} {...shell}>
      {(control) => (
        <div className="flex items-center gap-2">
          <input
            {...registered}
            {...control}
            onChange={handleChange}
            onBlur={handleBlur}
            type="number"
            inputMode="decimal"
            step="any"
            className={`${inputClasses} ${inputBorder(issue)} max-w-40`}
          />
          {unit && <span className="mt-1 text-sm text-slate-700">{unit}</span>}
        </div>
      )}
    </FieldShell>
  );
}

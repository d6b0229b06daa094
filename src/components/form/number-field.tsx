import type { ChangeEvent } from 'react';
import { useFormContext } from 'react-hook-form';
import { useFieldIssue, useFieldIssueSource } from './field-issues';
import { FieldShell, type FieldShellProps, inputBorder, inputClasses } from './field-shell';

export interface NumberFieldProps extends Pick<FieldShellProps, 'label' | 'hint' | 'note' | 'className'> {
  name: string;
  /** Shown after the input ("lbs", "minutes", "per week"). */
  unit?: string;
}

/**
 * Reads what was typed in a number field: null when empty, the number for a plain decimal (12, -3,
 * 2.5, .5, 1e6; spaces around it are ignored), 'unreadable' for anything else, including numbers
 * too large to represent (1e400) and forms a number input would refuse (0x10, 1,200, 12 weeks).
 */
export function readNumberText(text: string): number | null | 'unreadable' {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i.test(trimmed)) return 'unreadable';
  const number = Number(trimmed);
  return Number.isFinite(number) ? number : 'unreadable';
}

/** Empty input means "not entered" (null), never 0 and never NaN. */
export function toNullableNumber(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const read = readNumberText(String(value));
  return read === 'unreadable' ? null : read;
}

/**
 * For text that is not a number ("1e", "1e400", which overflows): says what to type and that the
 * last readable number is the one kept, so nothing is lost silently.
 */
export function unreadableNumberMessage(label: string, kept: unknown): string {
  const keptText = typeof kept === 'number' ? `the last number, ${kept}, is kept` : 'nothing is saved for it';
  return `${label} is not a number as typed (use digits such as 12 or 2.5); ${keptText}`;
}

/**
 * A text input with a decimal keypad rather than `type="number"`: Chromium steps a focused number
 * input when the mouse wheel scrolls over it (even while the page scrolls too), which silently
 * changed "6 weeks" to "3 weeks" and could flip a criterion; and a number input hides what was
 * typed when it cannot read it. Here the text is read by `readNumberText`.
 */
export function NumberField({ name, unit, ...shell }: NumberFieldProps) {
  const { register, getValues } = useFormContext();
  const issues = useFieldIssueSource();
  const issue = useFieldIssue(name);
  // No react-hook-form onBlur: it would store the text read again, null for text that is unreadable.
  const {
    onChange,
    onBlur: _readsDomValue,
    ...registered
  } = register(name, { setValueAs: toNullableNumber });

  // Unreadable text ("1e" on the way to "1e6", "12 weeks") keeps the saved number; leaving the
  // field says what is wrong instead of silently clearing it.
  function handleChange(event: ChangeEvent<HTMLInputElement>) {
    if (readNumberText(event.target.value) === 'unreadable') return;
    issues.setInputProblem(name, null);
    return onChange(event);
  }
  function handleBlur(event: ChangeEvent<HTMLInputElement>) {
    issues.setInputProblem(
      name,
      readNumberText(event.target.value) === 'unreadable'
        ? unreadableNumberMessage(issues.labelFor(name), getValues(name))
        : null,
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
            type="text"
            inputMode="decimal"
            autoComplete="off"
            spellCheck={false}
            className={`${inputClasses} ${inputBorder(issue)} max-w-40`}
          />
          {unit && <span className="mt-1 text-sm text-slate-700">{unit}</span>}
        </div>
      )}
    </FieldShell>
  );
}

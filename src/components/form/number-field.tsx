import { type ChangeEvent, useCallback, useEffect, useRef } from 'react';
import { useFormContext } from 'react-hook-form';
import { useFieldIssue, useFieldIssueSource } from './field-issues';
import { FieldShell, type FieldShellProps, inputBorder, inputClasses } from './field-shell';

export interface NumberFieldProps
  extends Pick<FieldShellProps, 'label' | 'hint' | 'note' | 'describedBy' | 'className'> {
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
 * For text that is not a number ("12 weeks", "1e400", which overflows): says what to type and that
 * the saved number is kept, so nothing is lost or replaced silently.
 */
export function unreadableNumberMessage(label: string, saved: unknown): string {
  const keptText =
    typeof saved === 'number' ? `the saved number, ${saved}, is kept` : 'nothing is saved for it';
  return `${label} is not a number as typed (use digits such as 12 or 2.5); ${keptText}`;
}

/**
 * A text input with a decimal keypad rather than `type="number"`: Chromium steps a focused number
 * input when the mouse wheel scrolls over it (even while the page scrolls too), which silently
 * changed "6 weeks" to "3 weeks" and could flip a criterion; and a number input hides what was
 * typed when it cannot read it. Here the text is read by `readNumberText`.
 *
 * Unreadable text never stores a fragment of itself ("4" of "4-6"): the value the field had when
 * the reviewer started editing it is stored back, and the problem blocks Next and shows once the
 * field is left.
 */
export function NumberField({ name, unit, ...shell }: NumberFieldProps) {
  const { register, getValues } = useFormContext();
  const issues = useFieldIssueSource();
  const issue = useFieldIssue(name);
  const inputRef = useRef<HTMLInputElement | null>(null);
  const valueBeforeEdit = useRef<{ value: unknown } | null>(null);
  // No react-hook-form onBlur: it would store the text read again, null for text that is unreadable.
  const {
    onChange,
    onBlur: _readsDomValue,
    ref: registerRef,
    ...registered
  } = register(name, { setValueAs: toNullableNumber });
  const setRefs = useCallback(
    (input: HTMLInputElement | null) => {
      registerRef(input);
      inputRef.current = input;
    },
    [registerRef],
  );

  // The problem belongs to the text in this input: checked again when the input mounts or its path
  // changes (its row moved), and dropped with the input.
  useEffect(() => {
    const input = inputRef.current;
    if (input && readNumberText(input.value) === 'unreadable')
      issues.setInputProblem(name, unreadableNumberMessage(issues.labelFor(name), getValues(name)));
    return () => issues.setInputProblem(name, null);
  }, [issues, name, getValues]);

  const savedBeforeEdit = () => (valueBeforeEdit.current ?? { value: getValues(name) }).value;

  function handleFocus() {
    valueBeforeEdit.current = { value: getValues(name) };
  }
  function handleChange(event: ChangeEvent<HTMLInputElement>) {
    if (readNumberText(event.target.value) !== 'unreadable') {
      issues.setInputProblem(name, null);
      return onChange(event);
    }
    const saved = savedBeforeEdit();
    // A target without a type: react-hook-form stores this value as given, leaving the text alone.
    if (getValues(name) !== saved) void onChange({ target: { name, value: saved }, type: 'change' });
    issues.setInputProblem(name, unreadableNumberMessage(issues.labelFor(name), saved), { reveal: false });
  }
  function handleBlur() {
    valueBeforeEdit.current = null;
    issues.revealInvalid(name);
  }

  return (
    <FieldShell path={name} {...shell}>
      {(control) => (
        <div className="flex items-center gap-2">
          <input
            {...registered}
            {...control}
            ref={setRefs}
            onChange={handleChange}
            onFocus={handleFocus}
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

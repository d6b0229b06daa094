import {
  type ChangeEvent,
  type ClipboardEvent,
  type FocusEvent,
  useCallback,
  useEffect,
  useRef,
} from 'react';
import { useFormContext } from 'react-hook-form';
import { isValidIsoDate } from '@/domain/dates/dates';
import { useFieldIssue, useFieldIssueSource } from './field-issues';
import { FieldShell, type FieldShellProps, inputBorder, inputClasses } from './field-shell';

export interface DateFieldProps extends Pick<FieldShellProps, 'label' | 'hint' | 'note' | 'className'> {
  name: string;
}

/**
 * A two-digit year as records write them ("DOI 08/01/13"): 00-69 is 2000-2069, 70-99 is 1970-1999
 * (the POSIX pivot). A date that lands in the future is then named by validation.
 */
function fullYear(year: string): string {
  if (year.length === 4) return year;
  const twoDigits = Number(year);
  return String(twoDigits < 70 ? 2000 + twoDigits : 1900 + twoDigits);
}

/**
 * Reads a pasted date as written in records: ISO `2014-08-01` or US `08/01/2014` or `08/01/14` (also with
 * - or .).
 * Answers it in ISO form even when it is not a real date (2014-02-30), so validation can name it;
 * null when the text is not shaped like a date at all.
 */
export function parsePastedDate(text: string): string | null {
  const trimmed = text.trim();
  const pad = (part: string) => part.padStart(2, '0');
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  if (iso) return `${iso[1]}-${pad(iso[2] ?? '')}-${pad(iso[3] ?? '')}`;
  const us = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/.exec(trimmed);
  if (us) return `${fullYear(us[3] ?? '')}-${pad(us[1] ?? '')}-${pad(us[2] ?? '')}`;
  return null;
}

/**
 * A native date input holding an ISO date ('' when empty). A date the browser cannot represent
 * (typed 02/30, or pasted 2014-02-30) never wipes the saved value: the field says what is wrong.
 */
export function DateField({ name, ...shell }: DateFieldProps) {
  const { register, setValue, getValues } = useFormContext();
  const issues = useFieldIssueSource();
  const issue = useFieldIssue(name);
  const label = issues.labelFor(name);
  const inputRef = useRef<HTMLInputElement | null>(null);
  // No react-hook-form onBlur: it re-reads the input, which shows '' for a date it cannot display.
  const { onChange, onBlur: _readsDomValue, ref: registerRef, ...registered } = register(name);
  const setRefs = useCallback(
    (input: HTMLInputElement | null) => {
      registerRef(input);
      inputRef.current = input;
    },
    [registerRef],
  );
  const incompleteMessage = `${label} is incomplete or not a real date; check the month, day and year`;

  // The problem belongs to what this input holds: checked again when it mounts or its path changes
  // (its row moved), and dropped with the input.
  useEffect(() => {
    if (inputRef.current?.validity.badInput) issues.setInputProblem(name, incompleteMessage);
    return () => issues.setInputProblem(name, null);
  }, [issues, name, incompleteMessage]);

  // A stored date the input cannot display (imported or pasted earlier) is named as soon as it shows.
  useEffect(() => {
    const stored: unknown = getValues(name);
    if (typeof stored === 'string' && stored !== '' && !isValidIsoDate(stored)) issues.revealInvalid(name);
  }, [getValues, issues, name]);

  function handleChange(event: ChangeEvent<HTMLInputElement>) {
    // Half-typed or impossible dates read as '' with badInput: keep the saved value meanwhile, and
    // block Next (a click on Next leaves the field focused, so blur alone would miss it).
    if (event.target.validity.badInput) {
      issues.setInputProblem(name, incompleteMessage, { reveal: false });
      return;
    }
    issues.setInputProblem(name, null);
    return onChange(event);
  }
  function handleBlur(event: FocusEvent<HTMLInputElement>) {
    // Typing a first part into an empty date may fire no change event: read the input as it is left.
    issues.setInputProblem(name, event.target.validity.badInput ? incompleteMessage : null);
    issues.revealInvalid(name);
  }
  function handlePaste(event: ClipboardEvent<HTMLInputElement>) {
    const text = event.clipboardData.getData('text');
    event.preventDefault();
    const pasted = parsePastedDate(text);
    if (pasted === null) {
      issues.setInputProblem(name, `${label}: “${text.trim()}” is not a date; enter it as month/day/year`);
      return;
    }
    issues.setInputProblem(name, null);
    setValue(name, pasted, { shouldDirty: true });
    issues.revealInvalid(name);
  }

  return (
    <FieldShell path={name} {...shell}>
      {(control) => (
        <input
          {...registered}
          {...control}
          ref={setRefs}
          onChange={handleChange}
          onBlur={handleBlur}
          onPaste={handlePaste}
          type="date"
          min="1900-01-01"
          max="2199-12-31"
          className={`${inputClasses} ${inputBorder(issue)} max-w-52`}
        />
      )}
    </FieldShell>
  );
}

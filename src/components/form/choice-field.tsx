import type { ReactNode } from 'react';
import { useController } from 'react-hook-form';
import { fieldId, useFieldIssue, useFieldIssueSource } from './field-issues';
import { describedByIds, FieldMessage } from './field-shell';

export interface ChoiceOption<V> {
  value: V;
  label: string;
}

export interface ChoiceFieldProps<V> {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  options: readonly ChoiceOption<V>[];
  className?: string;
}

/**
 * A radio group (arrow keys move and choose). The checked radio (the first while none is) carries the
 * field id and the form's ref, so links to the field land on the current answer, which is where
 * Tab enters the group and what a screen reader then announces.
 */
export function ChoiceField<V extends string | boolean | null>({
  name,
  label,
  hint,
  options,
  className = '',
}: ChoiceFieldProps<V>) {
  const { field } = useController({ name });
  const issues = useFieldIssueSource();
  const issue = useFieldIssue(name);
  const id = fieldId(name);
  const describedBy = describedByIds(id, { hint: Boolean(hint), note: false, issue });
  const anchorIndex = Math.max(
    0,
    options.findIndex((option) => Object.is(field.value, option.value)),
  );
  return (
    <fieldset className={className} data-field={name} aria-describedby={describedBy}>
      <legend className="text-sm font-medium text-slate-800">{label}</legend>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      <div
        className={`mt-1 flex flex-wrap gap-x-5 gap-y-1 rounded-md ${issue?.kind === 'invalid' ? 'border-2 border-red-700 px-2' : ''}`}
      >
        {options.map((option, index) => {
          const optionId = index === anchorIndex ? id : `${id}--${index}`;
          return (
            <label
              key={String(option.value)}
              htmlFor={optionId}
              className="flex items-center gap-2 py-1 text-slate-900"
            >
              <input
                id={optionId}
                ref={index === anchorIndex ? field.ref : undefined}
                type="radio"
                name={name}
                value={String(option.value)}
                checked={Object.is(field.value, option.value)}
                onChange={() => field.onChange(option.value)}
                onBlur={() => {
                  field.onBlur();
                  issues.revealInvalid(name);
                }}
                aria-invalid={issue?.kind === 'invalid' ? true : undefined}
                aria-describedby={describedBy}
                className="size-4 accent-blue-700"
              />
              {option.label}
            </label>
          );
        })}
      </div>
      <FieldMessage id={id} issue={issue} />
    </fieldset>
  );
}

export const TRI_STATE_OPTIONS: readonly ChoiceOption<boolean | null>[] = [
  { value: true, label: 'Yes' },
  { value: false, label: 'No' },
  { value: null, label: 'Not documented' },
];

/** Yes / No / Not documented: "not documented" is a fact of its own for the criteria. */
export function TriStateField(props: Omit<ChoiceFieldProps<boolean | null>, 'options'>) {
  return <ChoiceField {...props} options={TRI_STATE_OPTIONS} />;
}

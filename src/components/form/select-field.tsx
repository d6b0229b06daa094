import { useFormContext } from 'react-hook-form';
import { useFieldIssue, useFieldIssueSource } from './field-issues';
import { FieldShell, type FieldShellProps, inputBorder, inputClasses } from './field-shell';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldProps extends Pick<FieldShellProps, 'label' | 'hint' | 'note' | 'className'> {
  name: string;
  options: readonly SelectOption[];
  /** The text of the empty choice (value ''). */
  emptyLabel?: string;
}

export function SelectField({ name, options, emptyLabel = 'Not chosen', ...shell }: SelectFieldProps) {
  const { register } = useFormContext();
  const issues = useFieldIssueSource();
  const issue = useFieldIssue(name);
  const registered = register(name, { onBlur: () => issues.revealInvalid(name) });
  return (
    <FieldShell path={name} {...shell}>
      {(control) => (
        <select {...registered} {...control} className={`${inputClasses} ${inputBorder(issue)}`}>
          <option value="">{emptyLabel}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

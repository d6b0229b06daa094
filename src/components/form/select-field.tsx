import { useFormContext } from 'react-hook-form';
import { useFieldIssue, useFieldIssueSource } from './field-issues';
import { FieldShell, type FieldShellProps, inputBorder, inputClasses } from './field-shell';

export interface SelectOption {
  value: string;
  label: string;
  /** Options that share a group are listed under it (an optgroup), groups in order of first use. */
  group?: string;
}

/** The options in runs to render: ungrouped ones alone, grouped ones gathered under their group. */
export function groupOptions(
  options: readonly SelectOption[],
): { group: string | undefined; options: SelectOption[] }[] {
  const runs: { group: string | undefined; options: SelectOption[] }[] = [];
  for (const option of options) {
    const run = option.group === undefined ? undefined : runs.find((entry) => entry.group === option.group);
    if (run) run.options.push(option);
    else runs.push({ group: option.group, options: [option] });
  }
  return runs;
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
          {groupOptions(options).map(({ group, options: run }) => {
            const rendered = run.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ));
            return group === undefined ? (
              rendered
            ) : (
              <optgroup key={group} label={group}>
                {rendered}
              </optgroup>
            );
          })}
        </select>
      )}
    </FieldShell>
  );
}

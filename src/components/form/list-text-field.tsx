import { useState } from 'react';
import { useController } from 'react-hook-form';
import { useFieldIssue, useFieldIssueSource } from './field-issues';
import { FieldShell, type FieldShellProps, inputBorder, inputClasses } from './field-shell';

export interface ListTextFieldProps extends Pick<FieldShellProps, 'label' | 'hint' | 'note' | 'className'> {
  name: string;
  /** 'lines': one entry per line (a textarea); 'commas': entries separated by commas. */
  separator: 'lines' | 'commas';
}

function split(text: string, separator: 'lines' | 'commas'): string[] {
  return text
    .split(separator === 'lines' ? /\r?\n/ : ',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

/** A list of short strings (body parts, licensure states) edited as text. */
export function ListTextField({ name, separator, ...shell }: ListTextFieldProps) {
  const { field } = useController({ name });
  const issues = useFieldIssueSource();
  const issue = useFieldIssue(name);
  const entries: string[] = Array.isArray(field.value) ? field.value : [];
  const joiner = separator === 'lines' ? '\n' : ', ';
  const [text, setText] = useState(() => entries.join(joiner));
  // The text is the reviewer's; follow the stored list only when it changed from elsewhere.
  if (split(text, separator).join('\u0000') !== entries.join('\u0000')) setText(entries.join(joiner));

  const common = {
    name: field.name,
    ref: field.ref,
    value: text,
    onChange: (event: { target: { value: string } }) => {
      setText(event.target.value);
      field.onChange(split(event.target.value, separator));
    },
    onBlur: () => {
      field.onBlur();
      issues.revealInvalid(name);
    },
    className: `${inputClasses} ${inputBorder(issue)}`,
  };
  return (
    <FieldShell path={name} {...shell}>
      {(control) =>
        separator === 'lines' ? (
          <textarea {...common} {...control} rows={3} />
        ) : (
          <input {...common} {...control} type="text" />
        )
      }
    </FieldShell>
  );
}

import { useFormContext } from 'react-hook-form';
import { useFieldIssue, useFieldIssueSource } from './field-issues';
import { FieldShell, type FieldShellProps, inputBorder, inputClasses } from './field-shell';

export interface TextFieldProps extends Pick<FieldShellProps, 'label' | 'hint' | 'note' | 'className'> {
  name: string;
  /** A textarea for long text (findings, plans); a single line otherwise. */
  multiline?: boolean;
  rows?: number;
  placeholder?: string;
}

/** Free text. Whatever is typed is kept as typed and always shown as text, never as markup. */
export function TextField({ name, multiline = false, rows = 3, placeholder, ...shell }: TextFieldProps) {
  const { register } = useFormContext();
  const issues = useFieldIssueSource();
  const issue = useFieldIssue(name);
  const registered = register(name, { onBlur: () => issues.revealInvalid(name) });
  const className = `${inputClasses} ${inputBorder(issue)}`;
  return (
    <FieldShell path={name} {...shell}>
      {(control) =>
        multiline ? (
          <textarea
            {...registered}
            {...control}
            rows={rows}
            placeholder={placeholder}
            className={className}
          />
        ) : (
          <input {...registered} {...control} type="text" placeholder={placeholder} className={className} />
        )
      }
    </FieldShell>
  );
}

// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import { afterEach, describe, expect, it } from 'vitest';
import { groupOptions, SelectField } from './select-field';

afterEach(cleanup);

function Form({ children }: { children: ReactNode }) {
  const form = useForm<{ kind: string }>({ defaultValues: { kind: '' } });
  return <FormProvider {...form}>{children}</FormProvider>;
}

function Value() {
  return <output aria-label="Value">{useWatch<{ kind: string }>({ name: 'kind' })}</output>;
}

describe('SelectField', () => {
  it('lists grouped options under their group, ungrouped ones on their own, the empty choice first', () => {
    render(
      <Form>
        <SelectField
          name="kind"
          label="Kind"
          options={[
            { value: 'pt', label: 'Physical therapy', group: 'Physical medicine' },
            { value: 'nsaid', label: 'NSAID', group: 'Medications' },
            { value: 'chiro', label: 'Chiropractic', group: 'Physical medicine' },
            { value: 'other', label: 'Other service' },
          ]}
        />
        <Value />
      </Form>,
    );
    const select = screen.getByLabelText('Kind') as HTMLSelectElement;
    expect(select.options[0]?.textContent).toBe('Not chosen');
    const groups = [...select.querySelectorAll('optgroup')];
    expect(groups.map((group) => group.label)).toEqual(['Physical medicine', 'Medications']);
    expect([...(groups[0]?.querySelectorAll('option') ?? [])].map((option) => option.value)).toEqual([
      'pt',
      'chiro',
    ]);
    expect(select.querySelector(':scope > option[value="other"]')).not.toBeNull();
    // Choosing an option in a group stores its value as any other option does.
    fireEvent.change(select, { target: { value: 'chiro' } });
    expect(within(document.body).getByLabelText('Value').textContent).toBe('chiro');
  });
});

describe('groupOptions', () => {
  it('keeps the order of first use and gathers a group that recurs', () => {
    const runs = groupOptions([
      { value: 'a', label: 'A', group: 'One' },
      { value: 'b', label: 'B' },
      { value: 'c', label: 'C', group: 'Two' },
      { value: 'd', label: 'D', group: 'One' },
    ]);
    expect(runs.map((run) => [run.group, run.options.map((option) => option.value)])).toEqual([
      ['One', ['a', 'd']],
      [undefined, ['b']],
      ['Two', ['c']],
    ]);
  });
});

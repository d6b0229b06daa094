// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { afterEach, describe, expect, it } from 'vitest';
import { TriStateField } from './choice-field';
import { fieldId } from './field-issues';

afterEach(cleanup);

function Form({ value, children }: { value: boolean | null | undefined; children: ReactNode }) {
  const form = useForm<{ facts: { done: boolean | null | undefined } }>({
    defaultValues: { facts: { done: value } },
  });
  return <FormProvider {...form}>{children}</FormProvider>;
}

const radio = (label: string) => screen.getByRole('radio', { name: label }) as HTMLInputElement;

describe('ChoiceField', () => {
  it('gives the field id to the checked radio, so a link to the field lands on the current answer', () => {
    render(
      <Form value={false}>
        <TriStateField name="facts.done" label="Screening done" />
      </Form>,
    );
    const anchor = document.getElementById(fieldId('facts.done'));
    expect(anchor).toBe(radio('No'));
    expect(radio('No').checked).toBe(true);
    // Every radio keeps its own label and a distinct id.
    const ids = ['Yes', 'No', 'Not documented'].map((label) => radio(label).id);
    expect(new Set(ids).size).toBe(3);
  });

  it('moves the field id with the answer, and leaves it on the first radio while nothing is chosen', () => {
    render(
      <Form value={undefined}>
        <TriStateField name="facts.done" label="Screening done" />
      </Form>,
    );
    expect(document.getElementById(fieldId('facts.done'))).toBe(radio('Yes'));
    fireEvent.click(radio('Not documented'));
    expect(document.getElementById(fieldId('facts.done'))).toBe(radio('Not documented'));
    expect(radio('Not documented').checked).toBe(true);
  });
});

// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { evaluate } from '@/domain/evaluator/evaluate';
import { GUIDELINE_LIBRARY } from '@/domain/guidelines';
import { med, medicationCase, NORCO_QID } from '@/domain/guidelines/sets/medications-test-support';
import { CriteriaPanel } from './criteria-panel';

afterEach(cleanup);

function renderPanel(draft: ReturnType<typeof medicationCase>) {
  const evaluation = evaluate(draft, GUIDELINE_LIBRARY, { asOf: '2017-03-01' });
  render(
    <CriteriaPanel
      evaluation={evaluation}
      items={draft.disputedItems}
      onReviewChange={vi.fn()}
      onGoToField={vi.fn()}
    />,
  );
  return screen.getByRole('article');
}

describe('computed facts in the criteria panel', () => {
  it('shows the MED with its arithmetic above the criteria', () => {
    const card = renderPanel(
      medicationCase({
        service: 'opioid',
        medication: NORCO_QID,
        history: [med('h', { ...NORCO_QID, startDate: '2016-01-04' })],
      }),
    );
    const heading = within(card).getByRole('heading', { name: 'Computed facts' });
    const list = within(card).getAllByRole('definition')[0]?.closest('dl');
    expect(list?.getAttribute('aria-labelledby')).toBe(heading.id);
    const terms = within(card)
      .getAllByRole('term')
      .map((term) => term.textContent);
    expect(terms).toContain('Morphine equivalent dose (MED)');
    const med40 = within(card).getByText('Morphine equivalent dose (MED)').nextElementSibling;
    expect(med40?.textContent).toContain('40 MME/day');
    expect(med40?.textContent).toContain('hydrocodone 10 mg x 4/day x 1 = 40 MME/day');
    // Above the criteria list.
    const criteria = within(card).getAllByRole('list').at(-1);
    expect(heading.compareDocumentPosition(criteria!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('renders nothing for a set that lists no computed facts', () => {
    const card = renderPanel(medicationCase({ service: 'physical_therapy' }));
    expect(within(card).queryByRole('heading', { name: 'Computed facts' })).toBeNull();
  });

  it('shows what to check as a warning, e.g. a dose to confirm', () => {
    const card = renderPanel(
      medicationCase({
        service: 'opioid',
        medication: { ...NORCO_QID, dose: '1-2 tablets', frequency: 'every 4-6 hours as needed' },
      }),
    );
    expect(within(card).getByText(/Confirm the daily dose of Norco/)).toBeTruthy();
    expect(within(card).getByText('40-120 MME/day (a sig range: confirm the daily dose)')).toBeTruthy();
  });
});

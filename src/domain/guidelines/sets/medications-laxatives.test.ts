import { describe, expect, it } from 'vitest';
import {
  evaluateFirst,
  factOf,
  med,
  medicationCase,
  NORCO_QID,
  otherDrugItem,
} from './medications-test-support';

const COLACE = { name: 'Colace', strength: '100 mg', frequency: 'twice a day', quantity: 60 };
const norcoTaken = med('history-norco', { ...NORCO_QID, startDate: '2016-01-20' });
const naproxenTaken = med('history-naproxen', {
  name: 'Naproxen',
  strength: '550 mg',
  startDate: '2016-01-20',
});

const colace = (spec: Omit<Parameters<typeof medicationCase>[0], 'service' | 'medication'> = {}) =>
  medicationCase({ service: 'laxative', medication: COLACE, ...spec });

const statusOf = (draft: ReturnType<typeof colace>) =>
  evaluateFirst(draft).criteria.find((criterion) => criterion.criterionId === 'laxative-with-opioid');

describe('laxatives with opioid therapy (CPMTG, not in the catalogue)', () => {
  it('with an opioid taken, constipation prophylaxis is supported: overturned', () => {
    const result = evaluateFirst(colace({ history: [norcoTaken] }));
    expect(result.guidelineSet?.id).toBe('cpmtg-2016-laxatives');
    expect(result.criteria.map((criterion) => [criterion.criterionId, criterion.status])).toEqual([
      ['laxative-with-opioid', 'met'],
    ]);
    expect(result.recommendation).toBe('overturn');
    expect(result.guidelineLine).toBe(
      'MTUS Chronic Pain Medical Treatment 2016, Section(s): Opioids, criteria for use',
    );
  });

  it('without an opioid it is not: upheld, and before the medications are entered it is not documented', () => {
    expect(statusOf(colace({ history: [naproxenTaken] }))?.status).toBe('not_met');
    expect(evaluateFirst(colace({ history: [naproxenTaken] })).recommendation).toBe('uphold');
    expect(statusOf(colace())?.status).toBe('not_documented');
  });

  it('falls with an opioid this review upholds, even one already taken', () => {
    // The Norco refill lacks every monitoring fact, so it is upheld; the Colace goes with it.
    const draft = colace({
      history: [norcoTaken],
      otherItems: [otherDrugItem('opioid', { ...NORCO_QID, quantity: 120 })],
    });
    const result = evaluateFirst(draft);
    const criterion = result.criteria.find((entry) => entry.criterionId === 'laxative-with-opioid');
    expect(criterion?.status).toBe('not_met');
    expect(criterion?.evidence).toContain('is not medically necessary in this review');
    expect(result.recommendation).toBe('uphold');
    // Before any decision (the fact on its own), the requested opioid counts.
    expect(factOf('item.concurrentOpioid', draft)).toBe(true);
  });

  it('is judged under the 2009 guideline for requests before 07/29/2016', () => {
    const result = evaluateFirst(
      colace({ history: [norcoTaken], requestDate: '2015-03-02', dateOfInjury: '2014-01-04' }),
      '2015-04-01',
    );
    expect(result.guidelineSet?.id).toBe('cpmtg-2009-laxatives');
    expect(result.guidelineLine).toBe(
      'MTUS Chronic Pain Medical Treatment Guidelines (2009), Opioids, criteria for use, Page(s): 77',
    );
    expect(result.recommendation).toBe('overturn');
  });
});

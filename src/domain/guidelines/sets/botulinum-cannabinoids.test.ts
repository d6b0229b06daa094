import { describe, expect, it } from 'vitest';
import { suggestServiceTypes } from '../../case/service-suggestion';
import { DATES, run } from './procedure-test-support';

const withDiagnoses =
  (...texts: string[]) =>
  (draft: Parameters<NonNullable<Parameters<typeof run>[0]['edit']>>[0]) => {
    draft.injury.diagnoses = texts.map((text, index) => ({ id: `dx-${index}`, text, icd10: '' }));
  };

describe('botulinum toxin (CPMTG, not in the catalogue)', () => {
  it.each([
    [
      DATES.cpmtg2016,
      'MTUS Chronic Pain Medical Treatment 2016, Section(s): Botulinum toxin (Botox, Myobloc)',
    ],
    [
      DATES.cpmtg2009,
      'MTUS Chronic Pain Medical Treatment Guidelines (2009), Botulinum toxin (Botox, Myobloc), Page(s): 25-26',
    ],
  ])('for myofascial neck pain it is not recommended, so upheld (%j)', (dates, line) => {
    const result = run({
      service: 'botulinum_toxin',
      item: { requestedAs: 'Botox 200 units to the cervical paraspinals', quantity: 1 },
      edit: withDiagnoses('Cervical strain', 'Myofascial pain syndrome'),
      ...dates,
    });
    expect(result.criteria.map((criterion) => [criterion.criterionId, criterion.status])).toEqual([
      ['botulinum-cervical-dystonia', 'not_met'],
    ]);
    expect(result.recommendation).toBe('uphold');
    expect(result.guidelineLine).toBe(line);
  });

  it('for cervical dystonia in the diagnoses it is an option, so overturned', () => {
    const result = run({
      service: 'botulinum_toxin',
      item: { requestedAs: 'Botox injections, cervical', quantity: 1 },
      edit: withDiagnoses('Spasmodic torticollis'),
      ...DATES.cpmtg2016,
    });
    expect(result.criteria[0]?.status).toBe('met');
    expect(result.recommendation).toBe('overturn');
  });

  it('with no diagnoses entered the indication is not documented, and unconfirmed says so', () => {
    const result = run({ service: 'botulinum_toxin', item: { quantity: 1 }, ...DATES.cpmtg2016 });
    expect(result.criteria[0]?.status).toBe('not_documented');
    expect(result.recommendation).toBe('uphold');
    expect(result.criteria[0]?.confirmed).toBe(false);
  });
});

describe('cannabinoids (CPMTG, not in the catalogue)', () => {
  it.each([
    [DATES.cpmtg2016, 'MTUS Chronic Pain Medical Treatment 2016, Section(s): Cannabinoids'],
    [DATES.cpmtg2009, 'MTUS Chronic Pain Medical Treatment Guidelines (2009), Cannabinoids, Page(s): 28'],
  ])('are not recommended for pain, so upheld (%j)', (dates, line) => {
    const result = run({
      service: 'cannabinoid',
      item: { requestedAs: 'Dronabinol 5 mg #60', quantity: 60 },
      ...dates,
    });
    expect(result.criteria.map((criterion) => [criterion.criterionId, criterion.status])).toEqual([
      ['cannabinoids-not-recommended', 'not_met'],
    ]);
    expect(result.recommendation).toBe('uphold');
    expect(result.guidelineLine).toBe(line);
  });
});

describe("the requests' words point to the new service types", () => {
  it.each([
    ['Botox 100 units, bilateral trapezius', 'botulinum_toxin'],
    ['Botulinum toxin trigger point injections', 'botulinum_toxin'],
    ['Myobloc injection', 'botulinum_toxin'],
    ['Trigger point injections x3', 'trigger_point_injection'],
    ['Medical marijuana', 'cannabinoid'],
    ['Dronabinol (Marinol) 2.5 mg #60', 'cannabinoid'],
    ['CBD oil', 'cannabinoid'],
  ])('%j -> %s', (words, expected) => {
    expect(suggestServiceTypes(words)[0]).toBe(expected);
  });
});

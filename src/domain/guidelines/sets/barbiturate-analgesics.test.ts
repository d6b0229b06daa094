import { describe, expect, it } from 'vitest';
import { DATES, run } from './procedure-test-support';

describe('barbiturate-containing analgesics (butalbital compounds)', () => {
  it.each([
    [
      DATES.cpmtg2016,
      'MTUS Chronic Pain Medical Treatment 2016, Section(s): Barbiturate-containing analgesic agents (BCAs)',
    ],
    [
      DATES.cpmtg2009,
      'MTUS Chronic Pain Medical Treatment Guidelines (2009), Barbiturate-containing analgesic agents (BCAs), Page(s): 23',
    ],
  ])('CM17-0012593: not recommended, so upheld (%j)', (dates, line) => {
    const result = run({
      service: 'barbiturate_analgesic',
      item: { requestedAs: 'Fioricet 50/325/40 mg #60', quantity: 60 },
      ...dates,
    });
    expect(result.criteria.map((criterion) => [criterion.criterionId, criterion.status])).toEqual([
      ['bca-not-recommended', 'not_met'],
    ]);
    expect(result.recommendation).toBe('uphold');
    expect(result.guidelineLine).toBe(line);
  });
});

import { describe, expect, it } from 'vitest';
import { DATES, run, statusOf } from './procedure-test-support';

describe('biofeedback (CPMTG "Biofeedback")', () => {
  const biofeedback = (
    quantity: number | null,
    facts: { cbtWeeksCompleted?: number | null; functionalImprovementAfterPrior?: boolean | null },
    dates: { doi: string; rfa: string } = DATES.cpmtg2016,
  ) =>
    run({
      service: 'biofeedback',
      ...dates,
      item: { requestedAs: 'Biofeedback', quantity, bodyPart: 'low back', facts },
    });

  it.each([
    // [visits, facts, with-CBT status, visits status, recommendation]
    [4, { cbtWeeksCompleted: 6 }, 'met', 'met', 'overturn'],
    // CM16-0235869: on its own, without 4 weeks of CBT, it is upheld.
    [4, { cbtWeeksCompleted: 0 }, 'not_met', 'met', 'uphold'],
    [4, { cbtWeeksCompleted: 3 }, 'not_met', 'met', 'uphold'],
    [4, { cbtWeeksCompleted: null }, 'not_documented', 'met', 'uphold'],
    [8, { cbtWeeksCompleted: 6, functionalImprovementAfterPrior: true }, 'met', 'met', 'overturn'],
    [8, { cbtWeeksCompleted: 6, functionalImprovementAfterPrior: false }, 'met', 'not_met', 'uphold'],
    [8, { cbtWeeksCompleted: 6, functionalImprovementAfterPrior: null }, 'met', 'not_documented', 'uphold'],
    [12, { cbtWeeksCompleted: 6, functionalImprovementAfterPrior: true }, 'met', 'not_met', 'uphold'],
  ] as const)('%i visits, %j -> %s / %s, %s', (quantity, facts, withCbt, visits, recommendation) => {
    const result = biofeedback(quantity, facts);
    expect(result.guidelineSet?.id).toBe('cpmtg-2016-biofeedback');
    expect(statusOf(result, 'biofeedback-with-cbt')).toBe(withCbt);
    expect(statusOf(result, 'biofeedback-visits')).toBe(visits);
    expect(result.recommendation).toBe(recommendation);
  });

  it('cites the 2016 section, or the 2009 pages, as the letters print them', () => {
    expect(biofeedback(4, { cbtWeeksCompleted: 0 }).guidelineLine).toBe(
      'MTUS Chronic Pain Medical Treatment 2016, Section(s): Biofeedback',
    );
    const result2009 = biofeedback(4, { cbtWeeksCompleted: 0 }, DATES.cpmtg2009);
    expect(result2009.guidelineSet?.id).toBe('cpmtg-2009-biofeedback');
    expect(result2009.guidelineLine).toBe(
      'MTUS Chronic Pain Medical Treatment Guidelines (2009), Biofeedback, Page(s): 24-25',
    );
    expect(result2009.criteria.every((criterion) => !criterion.confirmed)).toBe(true);
  });

  it('says in the letter what is missing, not "not met"', () => {
    const [withCbt] = biofeedback(4, { cbtWeeksCompleted: 0 }).criteria;
    expect(withCbt?.evidence).not.toMatch(/not met/i);
  });
});

describe('infrared thermography (CPMTG 2016 "Thermography")', () => {
  it('CM16-0235869: not recommended, so the request is upheld', () => {
    const result = run({
      service: 'thermography',
      item: { requestedAs: 'Infrared thermography', quantity: 1 },
    });
    expect(result.guidelineSet?.id).toBe('cpmtg-2016-thermography');
    expect(statusOf(result, 'thermography-not-recommended')).toBe('not_met');
    expect(result.recommendation).toBe('uphold');
    expect(result.guidelineLine).toBe(
      'MTUS Chronic Pain Medical Treatment 2016, Section(s): Thermography (infrared stress thermography)',
    );
  });

  it.each([
    ['2012-06-01', 'the 2009 text has no such section'],
    ['2017-12-01', 'From 12/01/2017'],
  ])('a request dated %s goes to the evidence hierarchy with the reason', (rfa, reason) => {
    const result = run({ service: 'thermography', item: { quantity: 1 }, doi: '2011-01-10', rfa });
    expect(result.path).toBe('evidence_hierarchy');
    expect(result.evidencePathReason).toContain(reason);
  });
});

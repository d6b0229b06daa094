import { describe, expect, it } from 'vitest';
import type { ItemSpec } from '../../evaluator/case-builders';
import { DATES, run, statusOf, withItem } from './procedure-test-support';

const READY: ItemSpec['facts'] = {
  scsIndication: true,
  conservativeCareFailed: true,
  psychClearanceDone: true,
};

const stimulator = (facts: ItemSpec['facts'] = {}, dates: { doi: string; rfa: string } = DATES.cpmtg2016) =>
  run({
    service: 'spinal_cord_stimulator',
    item: withItem(
      { requestedAs: 'Spinal cord stimulator trial', bodyPart: 'low back', quantity: 1, facts: READY },
      { facts },
    ),
    ...dates,
  });

describe('spinal cord stimulator (CPMTG "Spinal cord stimulators (SCS)")', () => {
  it('supports a trial for a listed condition after failed care and a psychological evaluation', () => {
    const result = stimulator();
    expect(result.guidelineSet?.id).toBe('cpmtg-2016-spinal-cord-stimulator');
    expect(statusOf(result, 'scs-successful-trial')).toBe('not_applicable');
    expect(result.recommendation).toBe('overturn');
    expect(result.guidelineLine).toBe(
      'MTUS Chronic Pain Medical Treatment 2016, Section(s): Spinal cord stimulators (SCS), Psychological evaluations, IDDS & SCS (intrathecal drug delivery systems & spinal cord stimulators)',
    );
    expect(result.criteria.every((criterion) => !criterion.confirmed)).toBe(true);
  });

  it.each([
    [{ scsIndication: false }, 'scs-indication', 'not_met'],
    [{ conservativeCareFailed: null }, 'scs-less-invasive-failed', 'not_documented'],
    [{ psychClearanceDone: false }, 'scs-psych-evaluation', 'not_met'],
    [{ permanentImplant: true }, 'scs-successful-trial', 'not_documented'],
    [{ permanentImplant: true, functionalImprovementAfterPrior: false }, 'scs-successful-trial', 'not_met'],
  ] as const)('%j -> %s %s, upheld', (facts, id, status) => {
    const result = stimulator(facts);
    expect(statusOf(result, id)).toBe(status);
    expect(result.recommendation).toBe('uphold');
  });

  it('a permanent implant after a trial that worked is supported; 2009 cites the pages', () => {
    expect(stimulator({ permanentImplant: true, functionalImprovementAfterPrior: true }).recommendation).toBe(
      'overturn',
    );
    expect(stimulator({}, DATES.cpmtg2009).guidelineLine).toBe(
      'MTUS Chronic Pain Medical Treatment Guidelines (2009), Spinal cord stimulators (SCS), Psychological evaluations, IDDS & SCS, Page(s): 105-107, 101',
    );
  });
});

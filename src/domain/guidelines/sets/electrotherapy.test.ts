import { describe, expect, it } from 'vitest';
import type { ItemSpec } from '../../evaluator/case-builders';
import { DATES, run, statusOf } from './procedure-test-support';

const unit = (bodyPart: string, facts: ItemSpec['facts'], dates = { doi: '2016-01-10', rfa: '2016-12-01' }) =>
  run({ service: 'tens', item: { requestedAs: 'Stimulation unit', bodyPart, quantity: 1, facts }, ...dates });

describe('the kind of unit chooses the section', () => {
  it.each([
    ['', 'cpmtg-2016-tens'],
    ['TENS', 'cpmtg-2016-tens'],
    ['IF unit', 'cpmtg-2016-interferential'],
    ['Interferential stimulator', 'cpmtg-2016-interferential'],
    ['H-wave unit', 'cpmtg-2016-h-wave'],
    ['EMS unit', 'cpmtg-2016-nmes-unit'],
    ['NMES', 'cpmtg-2016-nmes-unit'],
  ])('%j -> %s', (stimulationUnit, setId) => {
    expect(unit('low back', { stimulationUnit }).guidelineSet?.id).toBe(setId);
  });

  it('keeps the ACOEM neck rule for a TENS unit only', () => {
    const dates = { doi: '2016-10-20', rfa: '2016-12-01' };
    expect(unit('neck', { stimulationUnit: '' }, dates).guidelineSet?.id).toBe('acoem-2004-neck-tens');
    expect(unit('neck', { stimulationUnit: 'interferential' }, dates).guidelineSet?.id).toBe(
      'cpmtg-2016-interferential',
    );
  });

  it('uses the 2009 pages before 07/29/2016', () => {
    const result = unit('low back', { stimulationUnit: 'H-wave' }, { doi: '2011-01-10', rfa: '2012-06-01' });
    expect(result.guidelineLine).toBe(
      'MTUS Chronic Pain Medical Treatment Guidelines (2009), H-wave stimulation (HWT), Page(s): 117-118',
    );
  });
});

describe('interferential current stimulation', () => {
  const TRIAL: ItemSpec['facts'] = {
    stimulationUnit: 'interferential',
    adjunctToActiveTherapy: true,
    medicationReducedOrNotTolerated: true,
    rentalOrPurchase: 'rental',
    rentalDays: 30,
  };

  it('supports a one-month rental with exercise and medication when medication does not control the pain', () => {
    const result = unit('low back', TRIAL);
    expect(result.recommendation).toBe('overturn');
    expect(result.guidelineLine).toBe(
      'MTUS Chronic Pain Medical Treatment 2016, Section(s): Interferential current stimulation (ICS)',
    );
  });

  it.each([
    [{ adjunctToActiveTherapy: false }, 'ics-not-alone', 'not_met'],
    [{ medicationReducedOrNotTolerated: false }, 'ics-selection', 'not_documented'],
    [
      { medicationReducedOrNotTolerated: false, postoperative: false, conservativeCareFailed: false },
      'ics-selection',
      'not_met',
    ],
    [{ rentalDays: 60 }, 'unit-rental-trial', 'not_met'],
    [
      { rentalOrPurchase: 'purchase', functionalImprovementAfterPrior: false },
      'unit-purchase-after-trial',
      'not_met',
    ],
  ] as const)('%j -> %s %s, upheld', (change, id, status) => {
    const result = unit('low back', { ...TRIAL, ...change });
    expect(statusOf(result, id)).toBe(status);
    expect(result.recommendation).toBe('uphold');
  });

  it('words an isolated unit as the rule, not "<statement>: not met"', () => {
    const result = unit('low back', { ...TRIAL, adjunctToActiveTherapy: false });
    expect(result.criteria.find((c) => c.criterionId === 'ics-not-alone')?.whenNotMet).toMatch(
      /does not support interferential stimulation as an isolated treatment/,
    );
  });
});

describe('H-wave and NMES units', () => {
  it('H-wave needs functional restoration, failed care with a TENS trial, and the reviewer judging the condition', () => {
    const facts: ItemSpec['facts'] = {
      stimulationUnit: 'H-wave',
      adjunctToActiveTherapy: true,
      conservativeCareFailed: true,
      tensTrialCompleted: false,
      rentalOrPurchase: 'rental',
      rentalDays: 30,
    };
    const result = unit('low back', facts);
    expect(statusOf(result, 'hwave-after-tens')).toBe('not_met');
    expect(statusOf(result, 'hwave-condition')).toBe('not_documented');
    expect(result.recommendation).toBe('uphold');
  });

  it('H-wave: a diagnosis of soft-tissue inflammation or diabetic neuropathy settles the condition', () => {
    const withDiagnosis = (text: string) =>
      run({
        service: 'tens',
        item: {
          requestedAs: 'H-wave unit',
          bodyPart: 'right shoulder',
          quantity: 1,
          facts: { stimulationUnit: 'H-wave' },
        },
        ...DATES.cpmtg2016,
        edit: (draft) => {
          draft.injury.diagnoses = [{ id: 'd1', text, icd10: '' }];
        },
      });
    expect(
      statusOf(
        withDiagnosis('chronic right shoulder strain with rotator cuff tendinitis'),
        'hwave-condition',
      ),
    ).toBe('met');
    expect(statusOf(withDiagnosis('diabetic peripheral neuropathy'), 'hwave-condition')).toBe('met');
    expect(statusOf(withDiagnosis('lumbar myofascial pain syndrome'), 'hwave-condition')).toBe('met');
    expect(statusOf(withDiagnosis('lumbar sprain/strain'), 'hwave-condition')).toBe('not_documented');
    expect(statusOf(withDiagnosis('shoulder pain, rule out tendinitis'), 'hwave-condition')).toBe(
      'not_documented',
    );
  });

  it('an NMES unit is not recommended, as the modality is', () => {
    const result = unit('knee', { stimulationUnit: 'EMS unit' });
    expect(result.criteria.map((c) => [c.criterionId, c.status])).toEqual([
      ['nmes-not-recommended', 'not_met'],
    ]);
    expect(result.recommendation).toBe('uphold');
  });
});

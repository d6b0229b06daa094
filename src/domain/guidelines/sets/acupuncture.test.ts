import { describe, expect, it } from 'vitest';
import type { TherapyCourse } from '../../case/case-schema';
import { caseWith, disputedItem, type ItemSpec, therapyCourse } from '../../evaluator/case-builders';
import { evaluate } from '../../evaluator/evaluate';
import { criterionStatus } from '../../evaluator/evaluation-queries';
import { GUIDELINE_LIBRARY } from '../index';

function acupuncture(spec: ItemSpec, courses: TherapyCourse[] = [], rfa = '2016-11-23') {
  const item = disputedItem('acupuncture', {
    frequencyPerWeek: 3,
    durationWeeks: 2,
    bodyPart: 'low back',
    ...spec,
    facts: { adjunctToActiveTherapy: true, ...spec.facts },
  });
  const draft = caseWith({ dateOfInjury: '2016-11-01', requestDate: rfa, courses, items: [item] });
  return evaluate(draft, GUIDELINE_LIBRARY, { asOf: '2026-01-15' }).items[0]!;
}

describe('acupuncture (8 CCR 9792.24.1)', () => {
  it('overturns a 6-treatment trial at 3 a week as an adjunct', () => {
    const result = acupuncture({});
    expect(result.recommendation).toBe('overturn');
    expect(result.guidelineLine).toBe('MTUS Acupuncture Treatment 2007');
  });

  it.each([
    [0, 'not_met'],
    [1, 'met'],
    [3, 'met'],
    [4, 'not_met'],
  ])('%i treatments/week -> frequency %s', (frequencyPerWeek, expected) => {
    expect(criterionStatus(acupuncture({ frequencyPerWeek, durationWeeks: 1 }), 'ac-frequency')).toBe(
      expected,
    );
  });

  it.each([
    [8, 'met'],
    [9, 'not_met'],
  ])('%i weeks -> duration %s', (durationWeeks, expected) => {
    expect(criterionStatus(acupuncture({ frequencyPerWeek: 1, durationWeeks }), 'ac-duration')).toBe(
      expected,
    );
  });

  it.each([
    [6, 'met'],
    [7, 'not_met'],
  ])('%i treatments as a first trial -> %s', (quantity, expected) => {
    const result = acupuncture({ frequencyPerWeek: null, durationWeeks: null, quantity });
    expect(criterionStatus(result, 'ac-initial-trial')).toBe(expected);
  });

  it('extends treatment only with documented functional improvement', () => {
    const prior = (fi: boolean | null) => [
      therapyCourse('acupuncture', 6, { functionalImprovementDocumented: fi }),
    ];
    expect(acupuncture({ frequencyPerWeek: 2, durationWeeks: 3 }, prior(true)).recommendation).toBe(
      'overturn',
    );
    expect(acupuncture({ frequencyPerWeek: 2, durationWeeks: 3 }, prior(false)).recommendation).toBe(
      'uphold',
    );
    expect(acupuncture({ frequencyPerWeek: 2, durationWeeks: 3 }, prior(null)).drivingCriteria).toEqual([
      'ac-initial-trial',
      'ac-extension-improvement',
    ]);
  });

  it.each([
    [true, null, 'met'],
    [null, true, 'met'],
    [false, false, 'not_met'],
    [false, null, 'not_documented'],
  ])('adjunct %s, medication reduced %s -> purpose %s', (adjunct, reduced, expected) => {
    const result = acupuncture({
      facts: { adjunctToActiveTherapy: adjunct, medicationReducedOrNotTolerated: reduced },
    });
    expect(criterionStatus(result, 'ac-purpose')).toBe(expected);
  });

  it('upholds a request that names no body part, whichever path it takes (cross-cutting rule 10)', () => {
    // CM16-0235869: incomplete requests are upheld; the rule sits outside the trial and extension paths.
    const blank = acupuncture({ bodyPart: '' });
    expect(blank.recommendation).toBe('uphold');
    expect(blank.drivingCriteria).toEqual(['request-body-part-stated']);
    expect(blank.decisionPaths?.find((path) => path.id === 'initial-trial')?.satisfied).toBe(true);
    expect(criterionStatus(acupuncture({}), 'request-body-part-stated')).toBe('met');
  });

  it('still applies after the 2017 ACOEM adoption', () => {
    expect(acupuncture({}, [], '2018-03-01').guidelineSet?.id).toBe('mtus-acupuncture-2007');
  });
});

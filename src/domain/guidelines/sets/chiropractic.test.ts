import { describe, expect, it } from 'vitest';
import type { TherapyCourse } from '../../case/case-schema';
import { answer, caseWith, disputedItem, type ItemSpec, therapyCourse } from '../../evaluator/case-builders';
import { evaluate } from '../../evaluator/evaluate';
import { criterionStatus } from '../../evaluator/evaluation-queries';
import { GUIDELINE_LIBRARY } from '../index';

/** A low-back manipulation request with the plan-of-care judgment answered "met". */
function manipulation(spec: ItemSpec, courses: TherapyCourse[] = [], rfa = '2016-12-20') {
  const item = disputedItem('chiropractic', {
    bodyPart: 'low back',
    ...spec,
    facts: { maintenanceCare: false, ...spec.facts },
    review: { criteria: { 'ch-plan-of-care': answer('met'), ...spec.review?.criteria } },
  });
  const draft = caseWith({ dateOfInjury: '2016-11-14', requestDate: rfa, courses, items: [item] });
  return evaluate(draft, GUIDELINE_LIBRARY, { asOf: '2026-01-15' }).items[0]!;
}

const satisfied = (result: ReturnType<typeof manipulation>) =>
  result.decisionPaths?.filter((p) => p.satisfied).map((p) => p.id);

describe('initial trial: up to 6 visits', () => {
  it.each([
    [6, 'met', 'overturn'],
    [7, 'not_met', 'uphold'],
  ])('%i visits with no prior care -> trial %s, %s', (quantity, trial, recommendation) => {
    const result = manipulation({ quantity });
    expect(criterionStatus(result, 'ch-trial-visits')).toBe(trial);
    expect(result.recommendation).toBe(recommendation);
  });

  it('counts prior chiropractic visits in the trial', () => {
    const result = manipulation({ quantity: 2 }, [therapyCourse('chiropractic', 5)]);
    expect(criterionStatus(result, 'ch-trial-visits')).toBe('not_met');
  });
});

describe('continued care: up to 18 visits with functional improvement', () => {
  const improved = (visits: number, fi: boolean | null = true) => [
    therapyCourse('chiropractic', visits, { functionalImprovementDocumented: fi }),
  ];

  it.each([
    [6, 12, true, 'overturn'],
    [6, 13, true, 'uphold'],
    [12, 6, true, 'overturn'],
    [6, 6, false, 'uphold'],
    [6, 6, null, 'uphold'],
  ])('%i completed + %i requested, improvement %s -> %s', (prior, quantity, fi, recommendation) => {
    const result = manipulation({ quantity }, improved(prior, fi));
    expect(result.recommendation).toBe(recommendation);
    if (recommendation === 'overturn') expect(satisfied(result)).toEqual(['continued-care']);
  });

  it('flags care longer than 8 weeks as advice', () => {
    const result = manipulation({ frequencyPerWeek: 1, durationWeeks: 9 }, improved(6));
    expect(criterionStatus(result, 'ch-course-weeks')).toBe('not_met');
    expect(result.recommendation).toBe('overturn');
  });
});

describe('flare-up: 1-2 visits after earlier success', () => {
  it.each([
    [2, 'overturn'],
    [3, 'uphold'],
  ])('%i visits for a flare-up after 18 successful visits -> %s', (quantity, recommendation) => {
    const result = manipulation({ quantity, facts: { flareUp: true } }, [
      therapyCourse('chiropractic', 18, { functionalImprovementDocumented: true }),
    ]);
    expect(result.recommendation).toBe(recommendation);
    if (recommendation === 'overturn') expect(satisfied(result)).toEqual(['flare-up']);
  });
});

describe('criteria every path needs', () => {
  it.each([
    ['right knee', 'not_met'],
    ['right elbow and right knee', 'not_met'],
    ['left wrist', 'not_met'],
    ['ankle', 'not_met'],
    ['low back', 'met'],
    ['right elbow', 'met'],
    ['', 'not_documented'],
  ])('body part %j -> region %s', (bodyPart, expected) => {
    expect(criterionStatus(manipulation({ quantity: 6, bodyPart }), 'ch-body-region')).toBe(expected);
  });

  it('does not cover maintenance care, and needs the plan-of-care judgment', () => {
    expect(manipulation({ quantity: 6, facts: { maintenanceCare: true } }).drivingCriteria).toEqual([
      'ch-not-maintenance',
    ]);
    const unanswered = manipulation({ quantity: 6, review: { criteria: { 'ch-plan-of-care': answer('') } } });
    expect(unanswered.drivingCriteria).toEqual(['ch-plan-of-care']);
  });

  it('cites the 2009 pages before 07/29/2016 and the 2016 section after', () => {
    expect(manipulation({ quantity: 6 }, [], '2016-07-28').guidelineLine).toBe(
      'MTUS Chronic Pain Medical Treatment Guidelines (2009), Manual therapy & manipulation, Page(s): 58-60',
    );
    expect(manipulation({ quantity: 6 }).guidelineLine).toBe(
      'MTUS Chronic Pain Medical Treatment 2016, Section(s): Manual therapy & manipulation',
    );
  });
});

import { describe, expect, it } from 'vitest';
import type { TherapyCourse } from '../../case/case-schema';
import { caseWith, disputedItem, type ItemSpec, therapyCourse } from '../../evaluator/case-builders';
import { evaluate } from '../../evaluator/evaluate';
import { criterionResult, criterionStatus } from '../../evaluator/evaluation-queries';
import { GUIDELINE_LIBRARY } from '../index';

/** A low-back manipulation request, therapeutic, with a plan of care for manipulation documented. */
function manipulation(
  spec: ItemSpec,
  courses: TherapyCourse[] = [],
  rfa = '2016-12-20',
  dateOfInjury = '2016-11-14',
) {
  const item = disputedItem('chiropractic', {
    bodyPart: 'low back',
    ...spec,
    facts: { maintenanceCare: false, manipulationPlanOfCare: true, ...spec.facts },
  });
  const draft = caseWith({ dateOfInjury, requestDate: rfa, courses, items: [item] });
  return evaluate(draft, GUIDELINE_LIBRARY, { asOf: '2026-01-15' }).items[0]!;
}

const evaluateFirst = (draft: ReturnType<typeof caseWith>) =>
  evaluate(draft, GUIDELINE_LIBRARY, { asOf: '2026-01-15' }).items[0]!;

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
});

describe('therapeutic care: stated, or the course the guideline calls therapeutic', () => {
  const course = (visits: number, fi: boolean | null) => [
    therapyCourse('chiropractic', visits, { functionalImprovementDocumented: fi }),
  ];
  const unstated = { maintenanceCare: null };

  it.each([
    ['6 that improved function, 6 more (12 in all)', 6, true, 6, 'met'],
    ['6 that improved function, 13 more (19 in all)', 6, true, 13, 'not_documented'],
    ['6 that did not improve function', 6, false, 6, 'not_documented'],
    ['no visits yet', 0, null, 6, 'not_documented'],
  ] as const)('unstated, after %s: %s', (_name, prior, fi, quantity, status) => {
    const result = manipulation({ quantity, facts: unstated }, prior > 0 ? course(prior, fi) : []);
    expect(criterionStatus(result, 'ch-not-maintenance')).toBe(status);
  });

  it('a continued course that improved function is overturned without the question answered', () => {
    const result = manipulation({ quantity: 6, facts: unstated }, course(6, true));
    expect(criterionResult(result, 'ch-not-maintenance')?.evidence).toContain(
      'the 6 visits completed improved function, and 12 in all stay within the 18-visit course',
    );
    expect(result.recommendation).toBe('overturn');
  });

  it('a new flare-up after care that worked, treated with 1-2 visits, is therapeutic past 18 visits', () => {
    const visitsForFlareUp = (quantity: number, flareUp: boolean | null) =>
      manipulation({ quantity, facts: { ...unstated, flareUp } }, course(20, true));
    expect(criterionStatus(visitsForFlareUp(2, true), 'ch-not-maintenance')).toBe('met');
    expect(criterionResult(visitsForFlareUp(2, true), 'ch-not-maintenance')?.evidence).toContain(
      'a new flare-up',
    );
    expect(visitsForFlareUp(2, true).recommendation).toBe('overturn');
    // More than the flare-up allowance, or no flare-up: not shown to be therapeutic.
    expect(criterionStatus(visitsForFlareUp(4, true), 'ch-not-maintenance')).toBe('not_documented');
    expect(criterionStatus(visitsForFlareUp(2, null), 'ch-not-maintenance')).toBe('not_documented');
  });

  it('care stated as maintenance is never therapeutic, whatever the course', () => {
    const result = manipulation({ quantity: 6, facts: { maintenanceCare: true } }, course(6, true));
    expect(criterionStatus(result, 'ch-not-maintenance')).toBe('not_met');
    expect(result.recommendation).toBe('uphold');
  });
});

describe('duration: at most 8 weeks, longer only for chronic pain that keeps improving', () => {
  const improved = [therapyCourse('chiropractic', 6, { functionalImprovementDocumented: true })];
  // Low back strain 5 weeks old: 6 visits helped; 10 more asked at 1/week for 10 weeks (16 in all).
  const tenWeeks = { quantity: 10, frequencyPerWeek: 1, durationWeeks: 10 };

  it('upholds care past 8 weeks for an acute injury, even within 18 visits', () => {
    const result = manipulation(tenWeeks, improved);
    expect(criterionResult(result, 'ch-course-weeks')).toMatchObject({ status: 'not_met', required: true });
    expect(criterionStatus(result, 'ch-total-visits-18')).toBe('met');
    expect(result.recommendation).toBe('uphold');
    expect(result.drivingCriteria).toEqual(['ch-course-weeks']);
  });

  it('allows it for a chronic pain patient (3 months or more) whose function keeps improving', () => {
    const chronic = manipulation(tenWeeks, improved, '2016-12-20', '2016-05-02');
    expect(criterionStatus(chronic, 'ch-course-weeks')).toBe('met');
    expect(chronic.recommendation).toBe('overturn');
    const notImproving = manipulation(
      tenWeeks,
      [therapyCourse('chiropractic', 6, { functionalImprovementDocumented: null })],
      '2016-12-20',
      '2016-05-02',
    );
    expect(criterionStatus(notImproving, 'ch-course-weeks')).toBe('not_met');
  });

  it.each([
    [{ quantity: 6, frequencyPerWeek: 1, durationWeeks: 8 }, 'met'],
    [{ quantity: 6 }, 'not_applicable'],
  ] as const)('%j -> %s', (spec, expected) => {
    expect(criterionStatus(manipulation(spec, improved), 'ch-course-weeks')).toBe(expected);
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

  it('holds a flare-up after a successful 12-visit course to 1-2 visits, not to the 18 of continued care', () => {
    const course = [therapyCourse('chiropractic', 12, { functionalImprovementDocumented: true })];
    const flare = manipulation({ quantity: 4, facts: { flareUp: true } }, course);
    expect(criterionStatus(flare, 'ch-total-visits-18')).toBe('met');
    expect(criterionStatus(flare, 'ch-continued-not-flare-up')).toBe('not_met');
    expect(flare.recommendation).toBe('uphold');
    // Without a flare-up the same visits extend the course.
    const extension = manipulation({ quantity: 4, facts: { flareUp: null } }, course);
    expect(criterionStatus(extension, 'ch-continued-not-flare-up')).toBe('not_applicable');
    expect(satisfied(extension)).toContain('continued-care');
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

  it('does not support elbow manipulation (CM17-0003192, CM16-0243453)', () => {
    // Right lateral epicondylitis, a first trial of 6 visits: within the trial, but the elbow.
    const elbow = manipulation({ quantity: 6, bodyPart: 'right elbow' });
    expect(criterionStatus(elbow, 'ch-body-region')).toBe('met');
    expect(criterionStatus(elbow, 'ch-elbow-not-supported')).toBe('not_met');
    expect(elbow.recommendation).toBe('uphold');
    expect(elbow.drivingCriteria).toEqual(['ch-elbow-not-supported']);
    expect(criterionResult(elbow, 'ch-elbow-not-supported')?.citation).toEqual({
      guideline: 'MTUS Elbow Complaints',
      edition: '2007',
    });
    // The letter line stays the Chronic Pain section the letters print.
    expect(elbow.guidelineLine).toBe(
      'MTUS Chronic Pain Medical Treatment 2016, Section(s): Manual therapy & manipulation',
    );
    expect(criterionStatus(manipulation({ quantity: 6 }), 'ch-elbow-not-supported')).toBe('met');
  });

  it('upholds a request that names no body part (cross-cutting rule 10), the region rules then undocumented too', () => {
    // CM16-0235869: an incomplete request is upheld; IMR cannot complete it (CM16-0237844).
    const blank = manipulation({ quantity: 6, bodyPart: '' });
    expect(blank.recommendation).toBe('uphold');
    expect(criterionStatus(blank, 'request-body-part-stated')).toBe('not_documented');
    expect(blank.drivingCriteria).toEqual([
      'ch-body-region',
      'ch-elbow-not-supported',
      'request-body-part-stated',
    ]);
    expect(criterionStatus(manipulation({ quantity: 6 }), 'request-body-part-stated')).toBe('met');
  });

  it('does not cover maintenance care, and needs a plan of care for manipulation', () => {
    expect(manipulation({ quantity: 6, facts: { maintenanceCare: true } }).drivingCriteria).toEqual([
      'ch-not-maintenance',
    ]);
    const undocumented = manipulation({ quantity: 6, facts: { manipulationPlanOfCare: null } });
    expect(undocumented.drivingCriteria).toEqual(['ch-plan-of-care']);
    expect(criterionStatus(undocumented, 'ch-plan-of-care')).toBe('not_documented');
    const planWithoutManipulation = manipulation({ quantity: 6, facts: { manipulationPlanOfCare: false } });
    expect(criterionStatus(planWithoutManipulation, 'ch-plan-of-care')).toBe('not_met');
    expect(planWithoutManipulation.recommendation).toBe('uphold');
    // A fact now, not a judgment: nothing waits on the reviewer's answer.
    expect(criterionResult(undocumented, 'ch-plan-of-care')?.kind).toBe('computed');
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

describe('paths that cannot be the request', () => {
  const FOLLOW_UP = ['ch-total-visits-18', 'ch-functional-improvement', 'ch-flare-up', 'ch-flare-up-visits'];

  it('a first request is an initial trial: the continued-care and flare-up criteria do not apply', () => {
    // CM16-0243453 shape: a first chiropractic request, 2x/week for 4 weeks, no visits given yet.
    const result = evaluateFirst(
      caseWith({
        dateOfInjury: '2016-11-14',
        urDate: '2016-12-28',
        items: [
          disputedItem('chiropractic', { frequencyPerWeek: 2, durationWeeks: 4, bodyPart: 'low back' }),
        ],
      }),
    );
    for (const id of FOLLOW_UP) {
      const found = result.criteria.find((c) => c.criterionId === id);
      expect(found?.status, id).toBe('not_applicable');
      expect(found?.evidence, id).toBe(
        'Not applicable: applies to continued care or a flare-up, after visits of the same therapy already given; not to a first request.',
      );
    }
    expect(result.recommendation).toBe('uphold');
    expect(result.drivingCriteria).toEqual(['ch-not-maintenance', 'ch-plan-of-care', 'ch-trial-visits']);
    // Paths whose criteria all do not apply carry nothing.
    expect(result.decisionPaths?.map((path) => [path.id, path.satisfied])).toEqual([
      ['initial-trial', false],
      ['continued-care', false],
      ['flare-up', false],
    ]);
  });

  it('after visits already given, the follow-up criteria apply again', () => {
    const result = evaluateFirst(
      caseWith({
        dateOfInjury: '2016-11-14',
        urDate: '2016-12-28',
        courses: [therapyCourse('chiropractic', 6, { functionalImprovementDocumented: true })],
        items: [
          disputedItem('chiropractic', {
            frequencyPerWeek: 2,
            durationWeeks: 3,
            bodyPart: 'low back',
            facts: { maintenanceCare: false, manipulationPlanOfCare: true },
          }),
        ],
      }),
    );
    expect(FOLLOW_UP.map((id) => result.criteria.find((c) => c.criterionId === id)?.status)).toEqual([
      'met',
      'met',
      'not_documented',
      'not_met',
    ]);
    expect(result.recommendation).toBe('overturn');
  });
});

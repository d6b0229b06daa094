import { describe, expect, it } from 'vitest';
import type { CaseDraft } from '../../case/case-schema';
import { caseWith, disputedItem, type ItemSpec } from '../../evaluator/case-builders';
import { evaluate } from '../../evaluator/evaluate';
import { criterionResult, criterionStatus } from '../../evaluator/evaluation-queries';
import { GUIDELINE_LIBRARY } from '../index';

/** A work hardening request meeting every criterion, changed by `spec` and `edit`. */
function request(
  spec: ItemSpec = {},
  edit?: (draft: CaseDraft) => void,
  dates = { doi: '2013-08-01', rfa: '2014-11-11' },
) {
  const draft = caseWith({
    dateOfInjury: dates.doi,
    requestDate: dates.rfa,
    items: [
      disputedItem('work_hardening', {
        frequencyPerWeek: 5,
        hoursPerDay: 4,
        durationWeeks: 4,
        ...spec,
        facts: {
          functionalLimitsPreventJob: true,
          priorTherapyPlateau: true,
          surgicalCandidate: false,
          screeningDone: true,
          likelyToBenefit: true,
          ...spec.facts,
        },
      }),
    ],
    edit: (d) => {
      d.patient.jobPhysicalDemand = 'medium';
      d.work.returnToWorkGoal = 'on_the_job_training';
      d.work.rtwGoalAgreedByEmployer = true;
      edit?.(d);
    },
  });
  return evaluate(draft, GUIDELINE_LIBRARY, { asOf: '2026-01-15' }).items[0]!;
}

describe('work hardening: the baseline request meets every criterion', () => {
  it('is overturned', () => {
    const result = request();
    expect(result.recommendation).toBe('overturn');
    const failing = result.criteria.filter((c) => c.status === 'not_met' || c.status === 'not_documented');
    // Only the advisory FCE criterion is open (no FCE recorded).
    expect(failing.map((c) => [c.criterionId, c.required])).toEqual([['wh-fce-done', false]]);
  });
});

describe('work hardening boundaries', () => {
  it.each([
    [2, 4, 'not_met'],
    [3, 4, 'met'],
    [5, 4, 'met'],
    [6, 4, 'not_met'],
    [5, 3.5, 'not_met'],
    [3, 8, 'met'],
    [5, null, 'not_documented'],
  ])('%s days/week at %s hours/day -> attendance %s', (frequencyPerWeek, hoursPerDay, expected) => {
    expect(criterionStatus(request({ frequencyPerWeek, hoursPerDay }), 'wh-attendance')).toBe(expected);
  });

  it.each([
    [4, 'met'],
    [5, 'not_met'],
    [1, 'met'],
    [null, 'not_documented'],
  ])('%s weeks -> duration %s', (durationWeeks, expected) => {
    expect(criterionStatus(request({ durationWeeks }), 'wh-duration')).toBe(expected);
  });

  it.each([
    ['2015-08-01', 'met'],
    ['2015-08-02', 'not_met'],
    ['2013-08-01', 'met'],
  ])('injury 08/01/2013, request %s -> within 2 years %s', (rfa, expected) => {
    expect(criterionStatus(request({}, undefined, { doi: '2013-08-01', rfa }), 'wh-within-2-years')).toBe(
      expected,
    );
  });

  it.each([
    ['sedentary', 'not_met'],
    ['light', 'not_met'],
    ['medium', 'met'],
    ['very_heavy', 'met'],
    ['', 'not_documented'],
  ] as const)('job demand level %s -> %s', (level, expected) => {
    expect(
      criterionStatus(
        request({}, (d) => (d.patient.jobPhysicalDemand = level)),
        'wh-job-demand-level',
      ),
    ).toBe(expected);
  });
});

describe('the return-to-work goal', () => {
  it.each([
    ['on_the_job_training', true, null, 'met'],
    ['specific_job_exceeds_abilities', true, null, 'met'],
    ['', true, true, 'met'],
    ['none', true, false, 'not_met'],
    ['none', true, null, 'not_documented'],
    ['on_the_job_training', false, null, 'not_met'],
    ['on_the_job_training', null, null, 'not_documented'],
  ] as const)(
    'goal %j, agreed %s, job demands exceed abilities %s -> %s',
    (goal, agreed, exceeds, expected) => {
      const result = request({ facts: { jobDemandsExceedAbilities: exceeds } }, (d) => {
        d.work.returnToWorkGoal = goal;
        d.work.rtwGoalAgreedByEmployer = agreed;
      });
      expect(criterionStatus(result, 'wh-return-to-work-goal')).toBe(expected);
    },
  );
});

describe('FCE, continuation and repetition', () => {
  it('treats "FCE done" as advisory and checks its results only when one was done', () => {
    const none = request({}, (d) => (d.treatment.fce.done = false));
    expect(criterionResult(none, 'wh-fce-done')).toMatchObject({ status: 'not_met', required: false });
    expect(criterionStatus(none, 'wh-fce-results')).toBe('not_applicable');
    expect(none.recommendation).toBe('overturn');

    const invalid = request({}, (d) => {
      d.treatment.fce = { done: true, date: '2014-10-01', validEffort: false, belowJobDemands: true };
    });
    expect(criterionStatus(invalid, 'wh-fce-results')).toBe('not_met');
    expect(invalid.recommendation).toBe('uphold');
  });

  it.each([
    [null, null, 'not_applicable'],
    [0, null, 'not_applicable'],
    [1, null, 'not_documented'],
    [2, false, 'not_met'],
    [2, true, 'met'],
  ])(
    '%s weeks completed, gains %s -> continuation %s',
    (weeksCompletedInProgram, measurableGainsDocumented, expected) => {
      const result = request({ facts: { weeksCompletedInProgram, measurableGainsDocumented } });
      expect(criterionStatus(result, 'wh-continuation-gains')).toBe(expected);
    },
  );

  it('does not repeat a completed program for the same injury', () => {
    const repeated = request({}, (d) => {
      d.treatment.rehabPrograms = [
        { id: 'p1', type: 'Work conditioning', startDate: '2014-01-01', endDate: '2014-02-01' },
      ];
    });
    expect(criterionStatus(repeated, 'wh-no-repeat-program')).toBe('not_met');
  });

  it('applies to work conditioning requests too', () => {
    const draft = caseWith({ requestDate: '2014-11-11', items: [disputedItem('work_conditioning')] });
    expect(evaluate(draft, GUIDELINE_LIBRARY, { asOf: '2026-01-15' }).items[0]!.guidelineSet?.id).toBe(
      'cpmtg-2009-work-hardening',
    );
  });
});

describe('the 2016 edition', () => {
  it('keeps the criteria, cites the section without pages and flags them unconfirmed', () => {
    const result = request({}, undefined, { doi: '2016-01-04', rfa: '2016-09-01' });
    expect(result.guidelineSet?.id).toBe('cpmtg-2016-work-hardening');
    expect(result.guidelineLine).toBe(
      'MTUS Chronic Pain Medical Treatment 2016, Section(s): Work conditioning, work hardening',
    );
    expect(result.recommendation).toBe('overturn');
    expect(result.criteria.every((c) => !c.confirmed && c.citation.pages === undefined)).toBe(true);
  });
});

describe('evidence sentences count in words', () => {
  const evidenceOf = (result: ReturnType<typeof request>, id: string) =>
    criterionResult(result, id)?.evidence;

  it('uses the singular for a request of one day, one hour and one week', () => {
    const result = request({ frequencyPerWeek: 1, hoursPerDay: 1, durationWeeks: 1 });
    expect(evidenceOf(result, 'wh-attendance')).toContain('Requested 1 day/week;');
    expect(evidenceOf(result, 'wh-attendance')).toContain('Requested 1 hour/day;');
    expect(evidenceOf(result, 'wh-duration')).toContain('Requested 1 week;');
    expect(evidenceOf(request(), 'wh-duration')).toContain('Requested 4 weeks;');
  });

  it.each([
    [0, 'No rehabilitation program is recorded for this injury;'],
    [1, '1 rehabilitation program is recorded for this injury;'],
    [2, '2 rehabilitation programs are recorded for this injury;'],
  ])('says how many rehabilitation programs are recorded (%s)', (count, expected) => {
    const result = request({}, (d) => {
      d.treatment.rehabPrograms = Array.from({ length: count }, (_, index) => ({
        id: `p${index}`,
        type: 'Work conditioning',
        startDate: '2014-01-01',
        endDate: '2014-02-01',
      }));
    });
    const evidence = evidenceOf(result, 'wh-no-repeat-program');
    expect(evidence).toContain(expected);
    expect(evidence).not.toContain('(s)');
  });
});

import { describe, expect, it } from 'vitest';
import type { ItemSpec } from '../../evaluator/case-builders';
import { answer } from '../../evaluator/case-builders';
import {
  DATES,
  FRP_FIRST_TWO_WEEKS,
  failing,
  run,
  type Scenario,
  statusOf,
  withDiagnoses,
  withItem,
} from './procedure-test-support';

const EDITIONS = [
  ['2009', DATES.cpmtg2009],
  ['2016', DATES.cpmtg2016],
] as const;

/** A first 2-week functional restoration program meeting every admission criterion. */
const FRP: ItemSpec = {
  ...FRP_FIRST_TWO_WEEKS,
  review: { criteria: { 'frp-no-other-options': answer('met'), 'frp-functional-loss': answer('met') } },
};

describe.each(EDITIONS)('functional restoration programs, %s edition', (edition, dates) => {
  const frp = (change: ItemSpec = {}) =>
    run({ service: 'functional_restoration_program', item: withItem(FRP, change), ...dates });

  it('admits a first 2-week program meeting every criterion (all required)', () => {
    const result = frp();
    expect(result.guidelineSet?.id).toBe(`cpmtg-${edition}-functional-restoration`);
    expect(failing(result)).toEqual([]);
    expect(statusOf(result, 'frp-continuation-gains')).toBe('not_applicable');
  });

  it.each([
    ['frp-baseline-evaluation', { frpBaselineEvaluation: false }],
    ['frp-prior-treatment-failed', { conservativeCareFailed: false }],
    ['frp-not-surgical-candidate', { surgicalCandidate: true }],
    ['frp-motivation', { motivationToChange: false }],
    ['frp-negative-predictors', { negativePredictorsAddressed: false }],
  ] as const)('%s fails with %j', (id, facts) => {
    const result = frp({ facts });
    expect(statusOf(result, id)).toBe('not_met');
    expect(result.recommendation).toBe('uphold');
  });

  it('settles the two judgments from the records where they answer them, else waits for the reviewer', () => {
    const source = (result: ReturnType<typeof frp>, id: string) =>
      result.criteria.find((c) => c.criterionId === id)?.source;
    // Prior care failed and no surgery pending: no other option is left.
    const settled = frp({ review: { criteria: {} } });
    expect(statusOf(settled, 'frp-no-other-options')).toBe('met');
    expect(source(settled, 'frp-functional-loss')).toBe('unanswered');
    // Surgery pending, or care that helped: the reviewer weighs the other options.
    for (const facts of [{ surgicalCandidate: null }, { conservativeCareFailed: false }]) {
      const open = frp({ facts, review: { criteria: {} } });
      expect(source(open, 'frp-no-other-options')).toBe('unanswered');
    }
    // Kept off work by the pain is a significant loss of function.
    const offWork = run({
      service: 'functional_restoration_program',
      item: withItem(FRP, { review: { criteria: {} } }),
      ...dates,
      edit: (draft) => {
        draft.work.status = 'ttd';
      },
    });
    expect(statusOf(offWork, 'frp-functional-loss')).toBe('met');
    // So is pain the records say limits daily function.
    const limited = frp({ facts: { functionLimitedByPain: true }, review: { criteria: {} } });
    expect(statusOf(limited, 'frp-functional-loss')).toBe('met');
  });

  it("judges a request for the admission evaluation on the worker's candidacy alone", () => {
    const evaluation = frp({
      requestedAs: 'Functional restoration program, initial multidisciplinary evaluation',
      durationWeeks: null,
      frequencyPerWeek: null,
      facts: { frpBaselineEvaluation: null, motivationToChange: null, negativePredictorsAddressed: null },
    });
    for (const id of [
      'frp-baseline-evaluation',
      'frp-motivation',
      'frp-negative-predictors',
      'frp-two-weeks-before-gains',
      'frp-20-sessions',
    ])
      expect(statusOf(evaluation, id), id).toBe('not_applicable');
    expect(evaluation.recommendation).toBe('overturn');
    // A candidate still needs failed care and no surgery pending.
    const surgical = frp({ requestedAs: 'FRP evaluation', facts: { surgicalCandidate: true } });
    expect(surgical.recommendation).toBe('uphold');
  });

  it.each([
    [2, {}, 'met'],
    [3, {}, 'not_met'],
    [
      4,
      { weeksCompletedInProgram: 2, sessionsCompletedInProgram: 10, measurableGainsDocumented: true },
      'met',
    ],
  ] as const)('%s weeks requested with %j -> 2 weeks before gains %s', (durationWeeks, facts, expected) => {
    expect(statusOf(frp({ durationWeeks, facts }), 'frp-two-weeks-before-gains')).toBe(expected);
  });

  it.each([
    [
      { weeksCompletedInProgram: 2, sessionsCompletedInProgram: 10, measurableGainsDocumented: false },
      'not_met',
    ],
    [{ weeksCompletedInProgram: 1, sessionsCompletedInProgram: 5, measurableGainsDocumented: true }, 'met'],
  ] as const)('continuation %j -> gains %s', (facts, expected) => {
    expect(statusOf(frp({ facts }), 'frp-continuation-gains')).toBe(expected);
  });

  it('judges a continuation on the gains since admission, not on admission again', () => {
    const unsaid = {
      frpBaselineEvaluation: null,
      conservativeCareFailed: null,
      motivationToChange: null,
      negativePredictorsAddressed: null,
    };
    const continued = frp({
      review: { criteria: {} },
      facts: {
        ...unsaid,
        functionLimitedByPain: true,
        weeksCompletedInProgram: 2,
        sessionsCompletedInProgram: 10,
        measurableGainsDocumented: true,
      },
    });
    for (const id of [
      'frp-baseline-evaluation',
      'frp-prior-treatment-failed',
      'frp-no-other-options',
      'frp-motivation',
      'frp-negative-predictors',
    ])
      expect(statusOf(continued, id), id).toBe('met');
    expect(continued.recommendation).toBe('overturn');
    // Without gains it is still upheld; before admission, the unsaid admission facts stay open.
    const noGains = frp({
      facts: {
        ...unsaid,
        weeksCompletedInProgram: 2,
        sessionsCompletedInProgram: 10,
        measurableGainsDocumented: false,
      },
    });
    expect(noGains.recommendation).toBe('uphold');
    const admission = frp({ facts: { ...unsaid, weeksCompletedInProgram: 0 } });
    expect(statusOf(admission, 'frp-prior-treatment-failed')).toBe('not_documented');
  });

  it.each([
    [10, 'met'],
    [11, 'not_met'],
    [null, 'not_documented'],
  ] as const)('10 sessions requested + %s completed -> 20-session cap %s', (completed, expected) => {
    const result = frp({ facts: { sessionsCompletedInProgram: completed, measurableGainsDocumented: true } });
    expect(statusOf(result, 'frp-20-sessions')).toBe(expected);
  });
});

describe.each(EDITIONS)('home health services, %s edition', (edition, dates) => {
  const homeHealth = (change: ItemSpec = {}) =>
    run({
      service: 'home_health',
      item: withItem(
        {
          frequencyPerWeek: 5,
          hoursPerDay: 7,
          durationWeeks: 4,
          facts: { homebound: true, homeHealthMedicalCare: true },
        },
        change,
      ),
      ...dates,
    });

  it('35 hours a week of medical care for a homebound patient is overturned', () => {
    const result = homeHealth();
    expect(result.guidelineSet?.id).toBe(`cpmtg-${edition}-home-health`);
    expect(result.recommendation).toBe('overturn');
  });

  it.each([
    [{ hoursPerDay: 8 }, 'hh-35-hours', 'not_met'],
    [{ hoursPerDay: null }, 'hh-35-hours', 'not_documented'],
    [{ facts: { homebound: false } }, 'hh-homebound', 'not_met'],
    [{ facts: { homeHealthMedicalCare: false } }, 'hh-medical-treatment', 'not_met'],
  ] as const)('%j -> %s %s', (change, id, expected) => {
    const result = homeHealth(change);
    expect(statusOf(result, id)).toBe(expected);
    expect(result.recommendation).toBe('uphold');
  });
});

describe('home health asked as visits (session 37)', () => {
  const visits = (change: ItemSpec) =>
    run({
      service: 'home_health',
      item: withItem(
        {
          requestedAs: 'Home health skilled nursing visits, 2x/week for 4 weeks',
          frequencyPerWeek: 2,
          hoursPerDay: null,
          durationWeeks: 4,
          facts: { homebound: true, homeHealthMedicalCare: true },
        },
        change,
      ),
      ...DATES.cpmtg2016,
    });

  it('skilled nursing visits twice a week are intermittent care: no hours per day are needed', () => {
    const result = visits({});
    expect(statusOf(result, 'hh-35-hours')).toBe('met');
    expect(result.recommendation).toBe('overturn');
  });

  it.each([
    [{ hoursPerDay: 8, frequencyPerWeek: 5 }, 'not_met'],
    [{ requestedAs: 'Home health aide 2x/week for 4 weeks' }, 'not_documented'],
    [{ frequencyPerWeek: 14 }, 'not_documented'],
  ] as const)('%j -> %s', (change, expected) => {
    expect(statusOf(visits(change), 'hh-35-hours')).toBe(expected);
  });
});

describe('functional capacity evaluation: one purpose, and not already at full duty', () => {
  const fce = (facts: ItemSpec['facts'], edit?: Scenario['edit']) =>
    run({
      service: 'fce',
      item: { quantity: 1, facts },
      ...DATES.cpmtg2016,
      edit: (draft) => {
        draft.work.status = 'tpd';
        edit?.(draft);
      },
    });

  it.each([
    ['delayedRecovery'],
    ['failedReturnToWork'],
    ['conflictingWorkReports'],
    ['nearMmi'],
    ['workHardeningPlanned'],
  ] as const)('%s alone is a path to overturn', (key) => {
    const result = fce({ [key]: true });
    expect(result.recommendation).toBe('overturn');
    expect(result.decisionPaths?.filter((p) => p.satisfied)).toHaveLength(1);
  });

  it("ODG's complex case waits for its timing: a worker stated short of MMI (an operation ahead) is upheld", () => {
    for (const key of ['failedReturnToWork', 'conflictingWorkReports'] as const) {
      const early = fce({ [key]: true, nearMmi: false });
      expect(statusOf(early, 'fce-odg-timing')).toBe('not_met');
      expect(early.recommendation).toBe('uphold');
      expect(statusOf(fce({ [key]: true }), 'fce-odg-timing')).toBe('not_applicable');
    }
    // ACOEM's delayed recovery is itself a worker short of MMI.
    expect(fce({ delayedRecovery: true, nearMmi: false }).recommendation).toBe('overturn');
  });

  it('none of the purposes documented -> upheld', () => {
    const result = fce({ delayedRecovery: false, failedReturnToWork: false });
    expect(result.recommendation).toBe('uphold');
    expect(result.decisionRule).toContain('delayed recovery, or failed return-to-work attempts');
  });

  it.each([
    ['full_duty', 'not_met', 'uphold'],
    ['permanent_stationary', 'met', 'overturn'],
    ['', 'not_documented', 'uphold'],
  ] as const)('work status %j -> %s, %s', (status, expected, recommendation) => {
    const result = fce({ nearMmi: true }, (draft) => {
      draft.work.status = status;
    });
    expect(statusOf(result, 'fce-not-at-full-duty')).toBe(expected);
    expect(result.recommendation).toBe(recommendation);
  });

  it('a return to work that failed is a worker not back at full duty, whatever status is recorded', () => {
    const result = fce({ failedReturnToWork: true }, (draft) => {
      draft.work.status = '';
    });
    expect(statusOf(result, 'fce-not-at-full-duty')).toBe('met');
    expect(result.recommendation).toBe('overturn');
  });

  it('cites MTUS General Approaches 2004 by section, and ODG Fitness for Duty when an ODG purpose decides', () => {
    expect(fce({ nearMmi: true }).guidelineLine).toBe(
      'MTUS General Approaches 2004, Section(s): Cornerstones of Disability Prevention and Management, General Approach to Initial Assessment and Documentation. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Fitness for Duty, Functional capacity evaluation (FCE)',
    );
    // Delayed recovery is the ACOEM purpose: the line names no ODG section.
    expect(fce({ delayedRecovery: true }).guidelineLine).not.toContain('Non-MTUS');
  });
});

describe.each(EDITIONS)('psychological evaluation and psychotherapy, %s edition', (edition, dates) => {
  it.each([
    [{ psychEvalBeforeProcedure: true }, 'overturn'],
    [{ delayedRecovery: true }, 'overturn'],
    [{ psychEvalBeforeProcedure: false, delayedRecovery: false }, 'uphold'],
    [{}, 'uphold'],
  ] as const)('evaluation with %j -> %s', (facts, expected) => {
    const result = run({ service: 'psychological_evaluation', item: { quantity: 1, facts }, ...dates });
    expect(result.guidelineSet?.id).toBe(`cpmtg-${edition}-psychological-evaluation`);
    expect(result.recommendation).toBe(expected);
  });

  const CBT: ItemSpec = {
    quantity: 4,
    facts: {
      delayedRecovery: true,
      conservativeCareWeeks: 4,
      conservativeCareFailed: true,
      priorPsychotherapyVisits: 0,
    },
  };
  const cbt = (change: ItemSpec = {}) =>
    run({ service: 'psychotherapy', item: withItem(CBT, change), ...dates });

  it('an initial trial of 4 visits after 4 weeks of physical medicine is overturned', () => {
    const result = cbt();
    expect(result.guidelineSet?.id).toBe(`cpmtg-${edition}-psychotherapy`);
    expect(failing(result)).toEqual([]);
    expect(statusOf(result, 'cbt-functional-improvement')).toBe('not_applicable');
  });

  it.each([
    [{ quantity: 5 }, 'cbt-initial-trial', 'not_met'],
    [{ frequencyPerWeek: 2, durationWeeks: 2 }, 'cbt-initial-trial', 'met'],
    [{ facts: { conservativeCareWeeks: 3 } }, 'cbt-after-physical-medicine', 'not_met'],
    // A course under way was referred already: it is judged on its gains and the visit total.
    [
      { facts: { conservativeCareWeeks: 3, priorPsychotherapyVisits: 4 } },
      'cbt-after-physical-medicine',
      'not_applicable',
    ],
    [{ facts: { delayedRecovery: false } }, 'cbt-risk-screened', 'not_met'],
    [{ facts: { priorPsychotherapyVisits: null } }, 'cbt-total-10-visits', 'not_documented'],
  ] as const)('%j -> %s %s', (change, id, expected) => {
    expect(statusOf(cbt(change), id)).toBe(expected);
  });

  it.each([
    [4, 6, true, 'met', 'overturn'],
    [4, 7, true, 'not_met', 'uphold'],
    [4, 6, false, 'met', 'uphold'],
  ] as const)(
    '%s completed + %s requested, improved %s -> total %s, %s',
    (prior, requested, improved, total, recommendation) => {
      const result = cbt({
        quantity: requested,
        facts: { priorPsychotherapyVisits: prior, functionalImprovementAfterPrior: improved },
      });
      expect(statusOf(result, 'cbt-total-10-visits')).toBe(total);
      expect(statusOf(result, 'cbt-initial-trial')).toBe('not_applicable');
      expect(result.recommendation).toBe(recommendation);
    },
  );
});

describe('psychotherapy for a diagnosed depressive, anxiety or stress disorder: ODG Mental Illness & Stress', () => {
  const therapy = (
    diagnoses: string[],
    change: ItemSpec = {},
    dates: { doi: string; rfa: string } = DATES.cpmtg2016,
  ) =>
    run({
      service: 'psychotherapy',
      item: withItem({ quantity: 6, facts: { priorPsychotherapyVisits: 0 } }, change),
      ...dates,
      edit: withDiagnoses(...diagnoses),
    });

  it.each(EDITIONS)('%s: a first trial of 6 visits for major depression is overturned', (_edition, dates) => {
    const result = therapy(['Major depressive disorder, single episode, moderate'], {}, dates);
    expect(result.guidelineSet?.id).toBe('odg-mental-illness-psychotherapy');
    expect(result.guidelineLine).toBe(
      'Non-MTUS Citation Official Disability Guidelines (ODG) Mental Illness & Stress, Cognitive therapy for depression',
    );
    expect(failing(result)).toEqual([]);
    expect(result.recommendation).toBe('overturn');
  });

  it.each([
    [{ quantity: 7 }, 'psy-initial-trial-6', 'not_met'],
    [
      { quantity: 8, facts: { priorPsychotherapyVisits: 12, functionalImprovementAfterPrior: true } },
      'psy-total-20-visits',
      'met',
    ],
    [
      { quantity: 9, facts: { priorPsychotherapyVisits: 12, functionalImprovementAfterPrior: true } },
      'psy-total-20-visits',
      'not_met',
    ],
    [
      { quantity: 6, facts: { priorPsychotherapyVisits: 6, functionalImprovementAfterPrior: null } },
      'cbt-functional-improvement',
      'not_documented',
    ],
  ] as const)('%j -> %s %s', (change, id, expected) => {
    expect(statusOf(therapy(['Post-traumatic stress disorder'], change), id)).toBe(expected);
  });

  it('chronic pain alone, or a depression ruled out, stays with the CPMTG behavioral interventions', () => {
    expect(therapy(['Chronic low back pain']).guidelineSet?.id).toBe('cpmtg-2016-psychotherapy');
    expect(therapy(['Lumbar strain', 'rule out depression']).guidelineSet?.id).toBe(
      'cpmtg-2016-psychotherapy',
    );
    expect(therapy([]).guidelineSet?.id).toBe('cpmtg-2016-psychotherapy');
  });
});

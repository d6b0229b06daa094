import { describe, expect, it } from 'vitest';
import type { ItemSpec } from '../../evaluator/case-builders';
import { answer } from '../../evaluator/case-builders';
import { DATES, failing, run, type Scenario, statusOf, withItem } from './procedure-test-support';

const EDITIONS = [
  ['2009', DATES.cpmtg2009, 'cpmtg-2009-epidural-steroid-injections'],
  ['2016', DATES.cpmtg2016, 'cpmtg-2016-epidural-steroid-injections'],
] as const;

/** A first lumbar transforaminal ESI meeting every criterion. */
const ESI: ItemSpec = {
  requestedAs: 'Lumbar transforaminal ESI L4-5, L5-S1',
  bodyPart: 'lumbar spine',
  quantity: 1,
  facts: {
    neuroDeficit: true,
    imagingCorroborates: true,
    conservativeCareFailed: true,
    fluoroscopyGuided: true,
    injectionApproach: 'transforaminal',
    levelsRequested: 2,
  },
};

const esi = (dates: { doi: string; rfa: string }, change: ItemSpec = {}, rest: Partial<Scenario> = {}) =>
  run({ service: 'epidural_steroid_injection', item: withItem(ESI, change), ...dates, ...rest });

describe.each(EDITIONS)('epidural steroid injections, %s edition', (_edition, dates, setId) => {
  it('a first request meeting every criterion is overturned by the all-required rule', () => {
    const result = esi(dates);
    expect(result.guidelineSet?.id).toBe(setId);
    expect(result.decisionRule).toBe('All required criteria must be met.');
    expect(failing(result)).toEqual([]);
    expect(result.recommendation).toBe('overturn');
    expect(result.criteria.find((c) => c.criterionId === 'esi-repeat-after-relief')?.status).toBe(
      'not_applicable',
    );
  });

  it.each([
    ['esi-radiculopathy-on-exam', 'neuroDeficit'],
    ['esi-corroborated', 'imagingCorroborates'],
    ['esi-conservative-care-failed', 'conservativeCareFailed'],
    ['esi-fluoroscopy', 'fluoroscopyGuided'],
  ] as const)('%s reads %s: yes met, no not met, blank not documented', (id, key) => {
    expect(statusOf(esi(dates, { facts: { [key]: true } }), id)).toBe('met');
    const no = esi(dates, { facts: { [key]: false } });
    expect(statusOf(no, id)).toBe('not_met');
    expect(no.recommendation).toBe('uphold');
    expect(no.drivingCriteria).toEqual([id]);
    expect(statusOf(esi(dates, { facts: { [key]: null } }), id)).toBe('not_documented');
  });

  it.each([
    ['transforaminal', 2, 'met'],
    ['transforaminal', 3, 'not_met'],
    ['TFESI', 1, 'met'],
    ['interlaminar', 1, 'met'],
    ['interlaminar', 2, 'not_met'],
    ['caudal', 1, 'not_documented'],
    ['', 1, 'not_documented'],
    ['transforaminal', null, 'not_documented'],
  ] as const)('%j approach at %s level(s) -> %s', (approach, levels, expected) => {
    const result = esi(dates, { facts: { injectionApproach: approach, levelsRequested: levels } });
    expect(statusOf(result, 'esi-levels-by-approach')).toBe(expected);
  });

  it.each([
    [2, 'met'],
    [3, 'not_met'],
    [null, 'not_documented'],
  ] as const)('%s injections requested at once -> no series of three %s', (quantity, expected) => {
    expect(statusOf(esi(dates, { quantity }), 'esi-no-series')).toBe(expected);
  });
});

/** A date four months before the request: prior history inside the 12-month window. */
const fourMonthsBefore = (rfa: string) =>
  `${rfa.slice(0, 4)}-${String(Number(rfa.slice(5, 7)) - 4).padStart(2, '0')}-01`;

describe('a repeat ESI needs the response to the last one (both editions)', () => {
  const repeat = (dates: { doi: string; rfa: string }, prior: object, facts: ItemSpec['facts'] = {}) =>
    esi(
      dates,
      { facts: { priorInjectionMedicationReduced: true, functionalImprovementAfterPrior: true, ...facts } },
      { injections: [{ type: 'Lumbar ESI', level: 'L5-S1', date: fourMonthsBefore(dates.rfa), ...prior }] },
    );

  it.each(EDITIONS)('%s: at 50% for 6 weeks with less medication and better function -> met', (_e, dates) => {
    expect(statusOf(repeat(dates, { reliefPercent: 50, reliefWeeks: 6 }), 'esi-repeat-after-relief')).toBe(
      'met',
    );
  });

  it.each([
    [{ reliefPercent: 49, reliefWeeks: 8 }, {}, 'not_met'],
    [{ reliefPercent: 80, reliefWeeks: 5 }, {}, 'not_met'],
    [{ reliefPercent: 80, reliefWeeks: 8 }, { priorInjectionMedicationReduced: false }, 'not_met'],
    [{ reliefPercent: 80, reliefWeeks: 8 }, { functionalImprovementAfterPrior: null }, 'not_documented'],
    [{ reliefPercent: null, reliefWeeks: 8 }, {}, 'not_documented'],
  ] as const)('prior %j with %j -> %s', (prior, facts, expected) => {
    expect(statusOf(repeat(DATES.cpmtg2016, prior, facts), 'esi-repeat-after-relief')).toBe(expected);
  });

  it('a repeat is judged by the response to the last one, not by the care that came before it', () => {
    // "Initially unresponsive": the first injection followed that trial of conservative care.
    const unstated = repeat(
      DATES.cpmtg2016,
      { reliefPercent: 70, reliefWeeks: 12 },
      { conservativeCareFailed: null },
    );
    expect(statusOf(unstated, 'esi-conservative-care-failed')).toBe('met');
    expect(unstated.recommendation).toBe('overturn');
    // A first injection still needs it.
    expect(
      statusOf(
        esi(DATES.cpmtg2016, { facts: { conservativeCareFailed: null } }),
        'esi-conservative-care-failed',
      ),
    ).toBe('not_documented');
  });

  it('a request for two, with none before, asks for a second before the first response is known', () => {
    const two = esi(DATES.cpmtg2016, { quantity: 2 });
    expect(statusOf(two, 'esi-repeat-after-relief')).toBe('not_documented');
    expect(two.recommendation).toBe('uphold');
    expect(statusOf(esi(DATES.cpmtg2016, { quantity: 1 }), 'esi-repeat-after-relief')).toBe('not_applicable');
  });

  it('a prior injection of another kind or another spinal region is not a prior ESI', () => {
    const neck = esi(
      DATES.cpmtg2016,
      {},
      { injections: [{ type: 'Cervical ESI', level: 'C5-6', date: '2016-08-01' }] },
    );
    expect(statusOf(neck, 'esi-repeat-after-relief')).toBe('not_applicable');
    const facet = esi(
      DATES.cpmtg2016,
      {},
      { injections: [{ type: 'Facet injection', level: 'L4-5', date: '2016-08-01' }] },
    );
    expect(statusOf(facet, 'esi-repeat-after-relief')).toBe('not_applicable');
  });

  it('uses the most recent prior ESI, whatever order they were entered in', () => {
    const result = esi(
      DATES.cpmtg2016,
      { facts: { priorInjectionMedicationReduced: true, functionalImprovementAfterPrior: true } },
      {
        injections: [
          { type: 'ESI', level: 'L5', date: '2016-09-01', reliefPercent: 30, reliefWeeks: 1 },
          { type: 'ESI', level: 'L5', date: '2016-03-01', reliefPercent: 90, reliefWeeks: 12 },
        ],
      },
    );
    expect(statusOf(result, 'esi-repeat-after-relief')).toBe('not_met');
    expect(result.criteria.find((c) => c.criterionId === 'esi-repeat-after-relief')?.evidence).toContain(
      '30% relief',
    );
  });
});

describe('no more than 4 blocks per region in 12 months, counting the request', () => {
  const withPrior = (dates: string[], quantity = 1) =>
    esi(
      DATES.cpmtg2016,
      { quantity },
      { injections: dates.map((date) => ({ type: 'epidural steroid injection', level: 'L4-5', date })) },
    );

  it.each([
    [['2016-03-01', '2016-06-01', '2016-09-01'], 1, 'met'],
    [['2016-01-01', '2016-03-01', '2016-06-01', '2016-09-01'], 1, 'not_met'],
    [['2016-03-01', '2016-06-01'], 2, 'met'],
    [['2015-12-02', '2016-03-01', '2016-06-01', '2016-09-01'], 1, 'not_met'],
    [['2015-12-01', '2016-03-01', '2016-06-01', '2016-09-01'], 1, 'met'],
  ] as const)('prior %j plus %s requested -> %s', (dates, quantity, expected) => {
    expect(statusOf(withPrior([...dates], quantity), 'esi-four-per-year')).toBe(expected);
  });

  it('an undated prior ESI makes the count not documented; one after the request is not history', () => {
    expect(statusOf(withPrior(['']), 'esi-four-per-year')).toBe('not_documented');
    const later = withPrior(['2016-12-15', '2016-12-20', '2017-01-05', '2017-01-10', '2017-01-15']);
    expect(statusOf(later, 'esi-four-per-year')).toBe('met');
  });
});

describe('the ESI edition follows the request date', () => {
  it.each([
    ['2009-07-17', null],
    ['2009-07-18', 'cpmtg-2009-epidural-steroid-injections'],
    ['2016-07-28', 'cpmtg-2009-epidural-steroid-injections'],
    ['2016-07-29', 'cpmtg-2016-epidural-steroid-injections'],
    ['2017-11-30', 'cpmtg-2016-epidural-steroid-injections'],
    ['2017-12-01', null],
  ])('request %s -> %s', (rfa, setId) => {
    const result = esi({ doi: '2008-01-01', rfa });
    expect(result.guidelineSet?.id ?? null).toBe(setId);
    if (setId === null) expect(result.path).toBe('evidence_hierarchy');
  });

  it('prints the guideline line each edition uses', () => {
    expect(esi(DATES.cpmtg2009).guidelineLine).toBe(
      'MTUS Chronic Pain Medical Treatment Guidelines (2009), Epidural steroid injections (ESIs), Page(s): 46',
    );
    expect(esi(DATES.cpmtg2016).guidelineLine).toBe(
      'MTUS Chronic Pain Medical Treatment 2016, Section(s): Epidural steroid injections (ESIs)',
    );
  });
});

/** A diagnostic lumbar medial branch block meeting every criterion. */
const MBB: ItemSpec = {
  requestedAs: 'Bilateral L4-5 medial branch blocks',
  bodyPart: 'low back',
  quantity: 1,
  facts: {
    diagnosticBlock: true,
    radicularSymptoms: false,
    levelsRequested: 2,
    conservativeCareWeeks: 6,
    surgicalCandidate: false,
    previouslyFusedLevel: false,
  },
};

describe.each(['facet_injection', 'medial_branch_block'] as const)(
  '%s: diagnostic block criteria',
  (service) => {
    const block = (change: ItemSpec = {}, rest: Partial<Scenario> = {}) =>
      run({ service, item: withItem(MBB, change), ...DATES.cpmtg2016, ...rest });

    it('meets the all-required rule; the technique criterion is advisory', () => {
      const result = block();
      expect(result.guidelineSet?.id).toBe('acoem-2004-facet-blocks');
      expect(result.recommendation).toBe('overturn');
      expect(statusOf(result, 'facet-technique')).toBe('not_documented');
      // The ODG rules that carry the overturn are named as the letters name a non-MTUS source.
      expect(result.guidelineLine).toBe(
        'MTUS Low Back Complaints 2004, Section(s): Summary. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Low Back, Facet joint diagnostic blocks (injections)',
      );
    });

    it.each([
      ['facet-diagnostic-only', { diagnosticBlock: false }, 'not_met'],
      ['facet-non-radicular', { radicularSymptoms: true }, 'not_met'],
      ['facet-levels-2', { levelsRequested: 3 }, 'not_met'],
      ['facet-levels-2', { levelsRequested: 2 }, 'met'],
      ['facet-conservative-care-4-weeks', { conservativeCareWeeks: 3 }, 'not_met'],
      ['facet-conservative-care-4-weeks', { conservativeCareWeeks: 4 }, 'met'],
      ['facet-no-surgery-planned', { surgicalCandidate: true }, 'not_met'],
      ['facet-not-fused-level', { previouslyFusedLevel: true }, 'not_met'],
      ['facet-not-fused-level', { previouslyFusedLevel: null }, 'not_documented'],
    ] as const)('%s with %j -> %s', (id, facts, expected) => {
      const result = block({ facts });
      expect(statusOf(result, id)).toBe(expected);
      expect(result.recommendation).toBe(expected === 'met' ? 'overturn' : 'uphold');
    });

    it('one set of diagnostic blocks: a recorded block for the region fails it, an ESI does not', () => {
      const again = block(
        {},
        { injections: [{ type: 'medial branch block', level: 'L4-5', date: '2016-10-01' }] },
      );
      expect(statusOf(again, 'facet-one-set')).toBe('not_met');
      const esiBefore = block(
        {},
        { injections: [{ type: 'lumbar epidural', level: 'L4-5', date: '2016-10-01' }] },
      );
      expect(statusOf(esiBefore, 'facet-one-set')).toBe('met');
    });
  },
);

describe('radiofrequency neurotomy', () => {
  const POSITIVE_BLOCK = {
    type: 'Medial branch block',
    level: 'L4-5',
    date: '2016-09-01',
    reliefPercent: 80,
  };
  const rfa = (change: ItemSpec = {}, injections: Scenario['injections'] = [POSITIVE_BLOCK]) =>
    run({
      service: 'radiofrequency_ablation',
      item: withItem(
        {
          bodyPart: 'lumbar',
          quantity: 1,
          facts: { radicularSymptoms: false, levelsRequested: 2 },
          review: { criteria: { 'rfa-conservative-care-plan': answer('met') } },
        },
        change,
      ),
      ...DATES.cpmtg2016,
      injections,
    });

  it('a first neurotomy after a positive block with a care plan is overturned', () => {
    const result = rfa();
    expect(result.guidelineSet?.id).toBe('acoem-2004-radiofrequency-neurotomy');
    expect(failing(result)).toEqual([]);
    expect(statusOf(result, 'rfa-repeat-interval')).toBe('not_applicable');
  });

  it.each([
    [70, 'met'],
    [69, 'not_met'],
    [null, 'not_documented'],
  ] as const)('medial branch block relief %s%% -> %s', (reliefPercent, expected) => {
    expect(statusOf(rfa({}, [{ ...POSITIVE_BLOCK, reliefPercent }]), 'rfa-positive-block')).toBe(expected);
  });

  it('without a recorded block the diagnosis is not documented', () => {
    expect(statusOf(rfa({}, []), 'rfa-positive-block')).toBe('not_documented');
  });

  it('the conservative care plan is the reviewer’s judgment', () => {
    const unanswered = rfa({ review: { criteria: {} } });
    expect(statusOf(unanswered, 'rfa-conservative-care-plan')).toBe('not_documented');
    expect(unanswered.recommendation).toBe('uphold');
  });

  it('active therapy planned beside the neurotomy settles the care plan until the reviewer answers', () => {
    const planned = rfa({ review: { criteria: {} }, facts: { adjunctToActiveTherapy: true } });
    expect(statusOf(planned, 'rfa-conservative-care-plan')).toBe('met');
    expect(planned.recommendation).toBe('overturn');
    // A plan not stated leaves the question open; the reviewer's answer always wins.
    expect(
      statusOf(
        rfa({ review: { criteria: {} }, facts: { adjunctToActiveTherapy: false } }),
        'rfa-conservative-care-plan',
      ),
    ).toBe('not_documented');
    expect(
      statusOf(
        rfa({
          review: { criteria: { 'rfa-conservative-care-plan': answer('not_met') } },
          facts: { adjunctToActiveTherapy: true },
        }),
        'rfa-conservative-care-plan',
      ),
    ).toBe('not_met');
  });

  it.each([
    ['2016-06-01', 50, 12, 'met', 'met'],
    ['2016-06-02', 50, 12, 'not_met', 'met'],
    ['2016-06-01', 49, 12, 'met', 'not_met'],
    ['2016-06-01', 60, 11, 'met', 'not_met'],
  ] as const)(
    'prior neurotomy on %s with %s%% for %s weeks -> interval %s, relief %s',
    (date, pct, weeks, interval, relief) => {
      const result = rfa({}, [
        POSITIVE_BLOCK,
        { type: 'RFA', level: 'L4-5', date, reliefPercent: pct, reliefWeeks: weeks },
      ]);
      expect(statusOf(result, 'rfa-repeat-interval')).toBe(interval);
      expect(statusOf(result, 'rfa-repeat-relief')).toBe(relief);
    },
  );

  it.each([
    [2, 'met'],
    [3, 'not_met'],
  ] as const)('%s neurotomies in the 12 months before, plus the request -> %s', (count, expected) => {
    const prior = ['2016-01-10', '2016-03-10', '2016-05-10']
      .slice(0, count)
      .map((date) => ({ type: 'radiofrequency ablation', level: 'L4', date }));
    expect(statusOf(rfa({}, [POSITIVE_BLOCK, ...prior]), 'rfa-three-per-year')).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import type { ItemSpec } from '../../evaluator/case-builders';
import { answer } from '../../evaluator/case-builders';
import {
  DATES,
  failing,
  run,
  type Scenario,
  statusOf,
  withDiagnoses,
  withItem,
} from './procedure-test-support';

const TPI: ItemSpec = {
  bodyPart: 'trapezius',
  quantity: 3,
  facts: { triggerPointsDocumented: true, conservativeCareFailed: true, neuroDeficit: false },
};

describe.each([
  ['2009', DATES.cpmtg2009, 'cpmtg-2009-trigger-point-injections', '2012-02-01'],
  ['2016', DATES.cpmtg2016, 'cpmtg-2016-trigger-point-injections', '2016-08-01'],
] as const)('trigger point injections, %s edition', (_edition, dates, setId, priorDate) => {
  const tpi = (change: ItemSpec = {}, rest: Partial<Scenario> = {}) =>
    run({ service: 'trigger_point_injection', item: withItem(TPI, change), ...dates, ...rest });

  it('a first request meeting every criterion is overturned (all required)', () => {
    const result = tpi();
    expect(result.guidelineSet?.id).toBe(setId);
    expect(failing(result)).toEqual([]);
    expect(result.recommendation).toBe('overturn');
  });

  it.each([
    ['tpi-trigger-points', { triggerPointsDocumented: false }, 'not_met'],
    ['tpi-medical-management-failed', { conservativeCareFailed: null }, 'not_documented'],
    ['tpi-no-radiculopathy', { neuroDeficit: true }, 'not_met'],
  ] as const)('%s with %j -> %s', (id, facts, expected) => {
    expect(statusOf(tpi({ facts }), id)).toBe(expected);
  });

  it.each([
    [4, 'met'],
    [5, 'not_met'],
  ] as const)('%s injections in the session -> %s', (quantity, expected) => {
    expect(statusOf(tpi({ quantity }), 'tpi-per-session')).toBe(expected);
  });

  it('symptoms of exactly 3 months (whole months from the injury) meet the duration; a day less does not', () => {
    const threeMonthsBefore = `${dates.rfa.slice(0, 5)}${String(Number(dates.rfa.slice(5, 7)) - 3).padStart(2, '0')}-01`;
    const aDayLater = `${threeMonthsBefore.slice(0, 8)}02`;
    expect(statusOf(tpi({}, { doi: threeMonthsBefore }), 'tpi-symptoms-3-months')).toBe('met');
    expect(statusOf(tpi({}, { doi: aDayLater }), 'tpi-symptoms-3-months')).toBe('not_met');
  });

  it('a repeat needs more than 50% relief for 6 weeks with better function, 2 months apart', () => {
    const prior = (spec: object) => ({ type: 'trigger point injection', date: priorDate, ...spec });
    const good = tpi(
      { facts: { functionalImprovementAfterPrior: true } },
      { injections: [prior({ reliefPercent: 50, reliefWeeks: 6 })] },
    );
    expect(statusOf(good, 'tpi-repeat-after-relief')).toBe('met');
    expect(statusOf(good, 'tpi-repeat-interval')).toBe('met');
    const short = tpi(
      { facts: { functionalImprovementAfterPrior: true } },
      { injections: [prior({ reliefPercent: 60, reliefWeeks: 5 })] },
    );
    expect(statusOf(short, 'tpi-repeat-after-relief')).toBe('not_met');
  });
});

describe('trigger point injection interval', () => {
  it.each([
    ['2016-10-01', 'met'],
    ['2016-10-02', 'not_met'],
  ] as const)('last injection %s, request 12/01/2016 -> %s', (date, expected) => {
    const result = run({
      service: 'trigger_point_injection',
      item: withItem(TPI, { facts: { functionalImprovementAfterPrior: true } }),
      ...DATES.cpmtg2016,
      injections: [{ type: 'TPI', date, reliefPercent: 70, reliefWeeks: 8 }],
    });
    expect(statusOf(result, 'tpi-repeat-interval')).toBe(expected);
  });
});

const SHOULDER: ItemSpec = {
  bodyPart: 'right shoulder',
  quantity: 1,
  facts: {
    injectate: 'Kenalog (triamcinolone) with lidocaine',
    conservativeCareWeeks: 3,
    conservativeCareFailed: true,
    functionLimitedByPain: true,
    adjunctToActiveTherapy: true,
  },
};

describe('joint injections are chosen by body part and injectate', () => {
  const joint = (change: ItemSpec, rest: Partial<Scenario> = {}) =>
    run({ service: 'joint_injection', item: withItem(SHOULDER, change), ...DATES.cpmtg2016, ...rest });

  it.each([
    ['right shoulder', 'corticosteroid', 'acoem-2004-shoulder-corticosteroid-injection'],
    ['left knee', 'Depo-Medrol', 'odg-knee-corticosteroid-injection'],
    ['left knee', 'Synvisc-One', 'odg-knee-hyaluronic-acid-injection'],
    ['left knee', 'platelet-rich plasma', 'odg-platelet-rich-plasma-joint'],
    ['right hip', 'corticosteroid', 'odg-hip-trochanteric-bursa-injection'],
    ['right greater trochanter', '', 'odg-hip-trochanteric-bursa-injection'],
    ['right hip', 'platelet-rich plasma', 'odg-platelet-rich-plasma-joint'],
    ['right elbow', 'corticosteroid', 'acoem-2007-elbow-corticosteroid-injection'],
    ['right elbow', 'hyaluronic acid', null],
    ['left knee', '', null],
    ['', 'corticosteroid', null],
  ] as const)('%j with %j -> %s', (bodyPart, injectate, setId) => {
    const result = joint({ bodyPart, facts: { injectate } });
    expect(result.guidelineSet?.id ?? null).toBe(setId);
    if (setId === null) expect(result.evidencePathReason).toContain('Encoded joint injections');
  });

  it('shoulder: meets every criterion after 2-3 weeks of exercise and NSAIDs', () => {
    const result = joint({});
    expect(failing(result)).toEqual([]);
    expect(result.guidelineLine).toBe('MTUS Shoulder Complaints 2004, Section(s): Initial Care');
  });

  it.each([
    ['shoulder-injection-after-2-weeks', { conservativeCareWeeks: 2 }, 'met'],
    ['shoulder-injection-after-2-weeks', { conservativeCareWeeks: 1 }, 'not_met'],
    ['joint-conservative-care-failed', { conservativeCareFailed: false }, 'not_met'],
    ['joint-pain-limits-function', { functionLimitedByPain: null }, 'not_documented'],
    [
      'shoulder-injection-with-exercise',
      { adjunctToActiveTherapy: false, homeExerciseProgram: false },
      'not_met',
    ],
    // A home exercise program the worker does is an exercise rehabilitation program.
    ['shoulder-injection-with-exercise', { adjunctToActiveTherapy: false, homeExerciseProgram: true }, 'met'],
  ] as const)('shoulder %s with %j -> %s', (id, facts, expected) => {
    expect(statusOf(joint({ facts }), id)).toBe(expected);
  });

  it('shoulder: a request for ultrasound guidance is upheld; one without names none', () => {
    const guided = joint({
      requestedAs: 'Ultrasound guidance for right shoulder subacromial corticosteroid injection',
    });
    expect(statusOf(guided, 'shoulder-injection-without-guidance')).toBe('not_met');
    expect(guided.recommendation).toBe('uphold');
    expect(statusOf(joint({}), 'shoulder-injection-without-guidance')).toBe('not_applicable');
  });

  it.each([
    [2, 'met'],
    [3, 'not_met'],
  ] as const)(
    'shoulder: %s prior injections in 12 months plus the request -> at most 3: %s',
    (prior, expected) => {
      const injections = [
        { type: 'subacromial corticosteroid injection', level: 'right shoulder', date: '2016-05-01' },
        { type: 'subacromial corticosteroid injection', level: 'right shoulder', date: '2016-08-01' },
        ...(prior === 3 ? [{ type: 'cortisone injection', level: 'shoulder', date: '2016-10-01' }] : []),
      ];
      expect(statusOf(joint({}, { injections }), 'shoulder-injection-count')).toBe(expected);
    },
  );
});

describe('hip injections (ODG Hip & Pelvis, not in the catalogue)', () => {
  const hip = (diagnoses: string[]) =>
    run({
      service: 'joint_injection',
      item: { requestedAs: 'Right greater trochanteric bursa injection', bodyPart: 'right hip', quantity: 1 },
      edit: withDiagnoses(...diagnoses),
      ...DATES.cpmtg2016,
    });

  it.each([
    [['Right greater trochanteric bursitis'], 'met', 'overturn'],
    [['Greater trochanteric pain syndrome, right'], 'met', 'overturn'],
    [['Bursitis of the right hip', 'Lumbar strain'], 'met', 'overturn'],
    [['Right hip osteoarthritis'], 'not_met', 'uphold'],
    [['Right hip pain, rule out trochanteric bursitis'], 'not_met', 'uphold'],
    [[], 'not_documented', 'uphold'],
  ] as const)('for %j: %s, %s', (diagnoses, status, recommendation) => {
    const result = hip([...diagnoses]);
    expect(statusOf(result, 'hip-injection-trochanteric-bursitis')).toBe(status);
    expect(result.recommendation).toBe(recommendation);
    expect(result.guidelineLine).toBe(
      'Non-MTUS Citation Official Disability Guidelines (ODG) Hip & Pelvis, Section(s): Trochanteric bursitis injections',
    );
  });
});

describe('an injection into the hip joint itself (ODG Hip & Pelvis)', () => {
  it('is not recommended, whatever the bursa would allow', () => {
    const joint = run({
      service: 'joint_injection',
      item: {
        requestedAs: 'Right hip intra-articular corticosteroid injection under fluoroscopy',
        bodyPart: 'right hip',
        quantity: 1,
      },
      edit: withDiagnoses('Right greater trochanteric bursitis'),
      ...DATES.cpmtg2016,
    });
    expect(statusOf(joint, 'hip-joint-injection-not-recommended')).toBe('not_met');
    expect(joint.recommendation).toBe('uphold');
  });
});

describe('knee corticosteroid and hyaluronic acid injections (ODG)', () => {
  const KNEE: ItemSpec = {
    bodyPart: 'left knee',
    quantity: 1,
    facts: {
      injectate: 'corticosteroid',
      severeOsteoarthritis: true,
      conservativeCareWeeks: 12,
      conservativeCareFailed: true,
      functionLimitedByPain: true,
    },
  };
  const knee = (change: ItemSpec = {}, injections: Scenario['injections'] = []) =>
    run({ service: 'joint_injection', item: withItem(KNEE, change), ...DATES.cpmtg2016, injections });

  it('corticosteroid: a first injection for severe OA is overturned; the letter line names ODG', () => {
    const result = knee();
    expect(failing(result)).toEqual([]);
    expect(result.guidelineLine).toBe(
      'Non-MTUS Citation Official Disability Guidelines (ODG) Knee & Leg, Section(s): Corticosteroid injections',
    );
  });

  it.each([
    [{ reliefPercent: 50, reliefWeeks: 6 }, 'met'],
    [{ reliefPercent: 40, reliefWeeks: 8 }, 'not_met'],
    [{ reliefPercent: 70, reliefWeeks: 5 }, 'not_met'],
  ] as const)('corticosteroid repeat after %j -> %s', (prior, expected) => {
    const result = knee({}, [
      { type: 'knee cortisone injection', level: 'left knee', date: '2016-08-01', ...prior },
    ]);
    expect(statusOf(result, 'knee-steroid-repeat-after-relief')).toBe(expected);
  });

  it("corticosteroid: the other knee's injections are not this knee's history", () => {
    const right = {
      type: 'right knee: corticosteroid injection',
      level: '',
      date: '2016-08-01',
      reliefPercent: 20,
    };
    expect(statusOf(knee({}, [right]), 'knee-steroid-repeat-after-relief')).toBe('not_applicable');
    const both = { ...right, type: 'bilateral knee corticosteroid injections' };
    expect(statusOf(knee({}, [both]), 'knee-steroid-repeat-after-relief')).toBe('not_met');
  });

  it('corticosteroid: at most 3 a year counting the request', () => {
    const dated = (date: string) => ({
      type: 'steroid injection',
      level: 'knee',
      date,
      reliefPercent: 80,
      reliefWeeks: 8,
    });
    expect(
      statusOf(knee({}, [dated('2016-04-01'), dated('2016-08-01')]), 'knee-steroid-three-per-year'),
    ).toBe('met');
    expect(
      statusOf(
        knee({}, [dated('2016-02-01'), dated('2016-05-01'), dated('2016-08-01')]),
        'knee-steroid-three-per-year',
      ),
    ).toBe('not_met');
  });

  it('hyaluronic acid: after 3 months of failed care and a corticosteroid injection', () => {
    const steroid = [{ type: 'corticosteroid injection', level: 'left knee', date: '2016-06-01' }];
    const ha = (facts: ItemSpec['facts'], injections: Scenario['injections'] = steroid) =>
      knee({ facts: { injectate: 'hyaluronic acid', ...facts } }, injections);
    expect(failing(ha({}))).toEqual([]);
    expect(statusOf(ha({ conservativeCareWeeks: 11 }), 'ha-conservative-care-3-months')).toBe('not_met');
    expect(statusOf(ha({}, []), 'ha-after-corticosteroid')).toBe('not_met');
    expect(statusOf(ha({ severeOsteoarthritis: false }), 'knee-injection-severe-oa')).toBe('not_met');
  });

  it.each([
    [26, true, 'met'],
    [25, true, 'not_met'],
    [30, false, 'not_met'],
  ] as const)(
    'hyaluronic acid repeat series after %s weeks of relief (improved %s) -> %s',
    (weeks, improved, expected) => {
      const result = knee({ facts: { injectate: 'Euflexxa', functionalImprovementAfterPrior: improved } }, [
        { type: 'corticosteroid injection', level: 'knee', date: '2015-06-01' },
        { type: 'Euflexxa series', level: 'knee', date: '2016-01-15', reliefWeeks: weeks },
      ]);
      expect(statusOf(result, 'ha-repeat-after-6-months')).toBe(expected);
    },
  );
});

describe('platelet-rich plasma (ODG: under study)', () => {
  it.each([
    ['prp_injection', {}, 'odg-platelet-rich-plasma'],
    [
      'joint_injection',
      { bodyPart: 'right foot', facts: { injectate: 'PRP' } },
      'odg-platelet-rich-plasma-joint',
    ],
  ] as const)(
    '%s is upheld unless the reviewer overrides "under study" with a note',
    (service, spec, setId) => {
      const item = withItem(
        {
          quantity: 1,
          facts: { conservativeCareFailed: true },
          review: { criteria: { 'prp-exam-documented': answer('met') } },
        },
        spec,
      );
      const result = run({ service, item, ...DATES.cpmtg2016 });
      expect(result.guidelineSet?.id).toBe(setId);
      expect(statusOf(result, 'prp-under-study')).toBe('not_met');
      expect(result.recommendation).toBe('uphold');
      const overridden = run({
        service,
        item: withItem(item, {
          review: {
            criteria: {
              'prp-exam-documented': answer('met'),
              'prp-under-study': answer('met', 'Peer-reviewed evidence supports PRP for this tendinopathy.'),
            },
          },
        }),
        ...DATES.cpmtg2016,
      });
      expect(overridden.recommendation).toBe('overturn');
    },
  );
});

describe('ankle and foot corticosteroid injection (ACOEM Ch. 14, session 37)', () => {
  const footInjection = (diagnosis: string, facts: ItemSpec['facts'] = {}) =>
    run({
      service: 'joint_injection',
      item: withItem(
        {
          requestedAs: 'Corticosteroid injection, left plantar fascia, x1',
          bodyPart: 'left plantar fascia',
          quantity: 1,
          facts: { injectate: 'corticosteroid', conservativeCareFailed: true, conservativeCareWeeks: 7 },
        },
        { facts },
      ),
      edit: withDiagnoses(diagnosis),
      ...DATES.cpmtg2016,
    });

  it('supports a heel injection for plantar fasciitis after 4-6 weeks of care that did not work', () => {
    const result = footInjection('left plantar fasciitis');
    expect(result.guidelineSet?.id).toBe('acoem-2004-ankle-foot-corticosteroid-injection');
    expect(result.guidelineLine).toBe('MTUS Ankle and Foot Complaints 2004, Section(s): Initial Care');
    expect(result.recommendation).toBe('overturn');
  });

  it.each([
    ['left ankle sprain', {}, 'foot-injection-listed-condition', 'not_met'],
    ["left third web space Morton's neuroma", {}, 'foot-injection-listed-condition', 'met'],
    ['left plantar fasciitis', { conservativeCareWeeks: 2 }, 'foot-injection-after-4-weeks', 'not_met'],
    ['left plantar fasciitis', { conservativeCareFailed: false }, 'foot-injection-after-4-weeks', 'not_met'],
  ] as const)('%s, %j -> %s %s', (diagnosis, facts, id, status) => {
    expect(statusOf(footInjection(diagnosis, facts), id)).toBe(status);
  });
});

describe('wrist and hand corticosteroid injection (ACOEM Ch. 11)', () => {
  const handInjection = (facts: ItemSpec['facts'] = {}, rest: Partial<Scenario> = {}) =>
    run({
      service: 'joint_injection',
      item: withItem(
        {
          requestedAs: 'Cortisone injection, right first dorsal compartment',
          bodyPart: 'right wrist',
          quantity: 1,
          facts: { injectate: 'cortisone', handInjectionCondition: true, conservativeCareFailed: true },
        },
        { facts },
      ),
      ...rest,
    });

  it('is chosen for a wrist or hand corticosteroid injection and printed with the chapter', () => {
    const result = handInjection();
    expect(result.guidelineSet?.id).toBe('acoem-2004-wrist-hand-corticosteroid-injection');
    expect(result.guidelineLine).toBe(
      'MTUS Forearm, Wrist, and Hand Complaints 2004, Section(s): Initial Care',
    );
    expect(result.recommendation).toBe('overturn');
    expect(result.criteria.every((criterion) => !criterion.confirmed)).toBe(true);
  });

  it.each([
    [{ handInjectionCondition: false }, 'hand-injection-listed-condition', 'not_met', 'uphold'],
    [{ handInjectionCondition: null }, 'hand-injection-listed-condition', 'not_documented', 'uphold'],
    [{ conservativeCareFailed: false }, 'hand-injection-care-first', 'not_met', 'uphold'],
  ] as const)('%j -> %s %s, %s', (facts, id, status, recommendation) => {
    const result = handInjection(facts);
    expect(statusOf(result, id)).toBe(status);
    expect(result.recommendation).toBe(recommendation);
  });

  it('counts injections already given to the same part in the last 12 months', () => {
    const twoBefore = handInjection(
      {},
      {
        injections: [
          { date: '2016-05-01', type: 'corticosteroid injection', level: 'right wrist' },
          { date: '2016-09-01', type: 'corticosteroid injection', level: 'right wrist' },
        ],
      },
    );
    expect(statusOf(twoBefore, 'hand-injection-count')).toBe('not_met');
    expect(twoBefore.recommendation).toBe('uphold');
  });

  it('leaves other injectates and other regions to their own sets', () => {
    expect(handInjection({ injectate: 'hyaluronic acid' }).path).toBe('evidence_hierarchy');
    const elbow = run({
      service: 'joint_injection',
      item: { bodyPart: 'right elbow', quantity: 1, facts: { injectate: 'cortisone' } },
    });
    expect(elbow.guidelineSet?.id).toBe('acoem-2007-elbow-corticosteroid-injection');
  });
});

describe('elbow corticosteroid injection (MTUS elbow chapter, 2007 revision)', () => {
  const elbowInjection = (facts: ItemSpec['facts'] = {}, diagnoses = ['right lateral epicondylitis']) =>
    run({
      service: 'joint_injection',
      item: withItem(
        {
          requestedAs: 'Corticosteroid injection, right lateral epicondyle',
          bodyPart: 'right elbow',
          quantity: 1,
          facts: { injectate: 'cortisone', conservativeCareFailed: true },
        },
        { facts },
      ),
      edit: withDiagnoses(...diagnoses),
    });

  it('overturns an injection for tennis elbow that non-invasive care did not settle', () => {
    const result = elbowInjection();
    expect(result.guidelineSet?.id).toBe('acoem-2007-elbow-corticosteroid-injection');
    expect(result.guidelineLine).toBe('MTUS Elbow Complaints 2007, Section(s): Injections');
    expect(result.recommendation).toBe('overturn');
    expect(result.criteria.every((criterion) => !criterion.confirmed)).toBe(true);
  });

  it.each([
    [
      { conservativeCareFailed: false },
      ['right lateral epicondylitis'],
      'elbow-injection-care-first',
      'not_met',
    ],
    [{ conservativeCareFailed: null }, ['tennis elbow'], 'elbow-injection-care-first', 'not_documented'],
    [{}, ['right olecranon bursitis'], 'elbow-injection-epicondylalgia', 'not_met'],
    [{}, [], 'elbow-injection-epicondylalgia', 'not_documented'],
  ] as const)('%j with %j -> %s %s, upheld', (facts, diagnoses, id, status) => {
    const result = elbowInjection(facts, [...diagnoses]);
    expect(statusOf(result, id)).toBe(status);
    expect(result.recommendation).toBe('uphold');
  });
});

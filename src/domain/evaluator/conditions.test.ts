import { describe, expect, it } from 'vitest';
import type { Condition } from '../guidelines/guideline-schema';
import { medicationCase, NORCO_QID } from '../guidelines/sets/medications-test-support';
import { caseWith, disputedItem, type ItemSpec } from './case-builders';
import {
  addPeriod,
  type ConditionContext,
  elapsedText,
  evaluateCondition,
  joinAnd,
  periodText,
  type ReviewerAnswer,
} from './conditions';

function ctx(
  spec: ItemSpec = {},
  dates: { dateOfInjury?: string; requestDate?: string } = {},
  reviewerAnswer?: ReviewerAnswer,
) {
  const draft = caseWith({ ...dates, items: [disputedItem('physical_therapy', spec)] });
  return {
    draft,
    item: draft.disputedItems[0]!,
    asOf: '2026-01-15',
    reviewerAnswer,
  } satisfies ConditionContext;
}

const run = (condition: Condition, context: ConditionContext = ctx()) =>
  evaluateCondition(condition, context);

describe('number conditions at their boundaries', () => {
  const range: Condition = {
    kind: 'number_range',
    fact: 'item.frequencyPerWeek',
    min: 3,
    max: 5,
    unit: 'days/week',
  };
  it.each([
    [2, 'not_met'],
    [3, 'met'],
    [4.5, 'met'],
    [5, 'met'],
    [6, 'not_met'],
    [null, 'not_documented'],
    [-1, 'not_documented'],
    [Number.NaN, 'not_documented'],
  ])('3-5 days/week with %s -> %s', (value, expected) => {
    expect(run(range, ctx({ frequencyPerWeek: value })).status).toBe(expected);
  });

  it('quotes the value and the requirement', () => {
    expect(run(range, ctx({ frequencyPerWeek: 2 })).evidence).toEqual([
      'Requested 2 days/week; the guideline requires 3-5 days/week.',
    ]);
    expect(run(range).evidence).toEqual([
      'Frequency per week not documented; the guideline requires 3-5 days/week.',
    ]);
  });

  it.each([
    [4, 'met'],
    [5, 'not_met'],
    [0, 'met'],
  ])('at most 4 weeks with %s -> %s', (value, expected) => {
    expect(
      run(
        { kind: 'at_most', fact: 'item.durationWeeks', max: 4, unit: 'weeks' },
        ctx({ durationWeeks: value }),
      ).status,
    ).toBe(expected);
  });

  it.each([
    [3.5, 'not_met'],
    [4, 'met'],
    [8, 'met'],
  ])('at least 4 hours/day with %s -> %s', (value, expected) => {
    expect(
      run(
        { kind: 'at_least', fact: 'item.hoursPerDay', min: 4, unit: 'hours/day' },
        ctx({ hoursPerDay: value }),
      ).status,
    ).toBe(expected);
  });

  it('states a bound of one in the singular and other bounds in the plural', () => {
    const evidence = (condition: Condition) => run(condition, ctx({ durationWeeks: 2 })).evidence[0];
    expect(evidence({ kind: 'at_most', fact: 'item.durationWeeks', max: 1, unit: 'weeks' })).toMatch(
      /the guideline requires at most 1 week\.$/,
    );
    expect(evidence({ kind: 'at_least', fact: 'item.durationWeeks', min: 1, unit: 'weeks' })).toMatch(
      /the guideline requires at least 1 week\.$/,
    );
    expect(evidence({ kind: 'at_most', fact: 'item.durationWeeks', max: 4, unit: 'weeks' })).toMatch(
      /the guideline requires at most 4 weeks\.$/,
    );
  });

  it('uses the written requirement when the data gives one', () => {
    const outcome = run(
      {
        kind: 'at_most',
        fact: 'item.durationWeeks',
        max: 4,
        unit: 'weeks',
        requirement: 'completion in 4 weeks or less',
      },
      ctx({ durationWeeks: 6 }),
    );
    expect(outcome.evidence).toEqual([
      'Requested 6 weeks; the guideline requires completion in 4 weeks or less.',
    ]);
  });
});

describe('a number fact known only within bounds (a MED from a sig range)', () => {
  // hydrocodone 10 mg, 1 tab q6h to 2 tabs q4h: 40-120 MME/day
  const draft = medicationCase({
    service: 'opioid',
    medication: { ...NORCO_QID, dose: '1-2 tablets', frequency: 'every 4-6 hours' },
  });
  const ranged: ConditionContext = { draft, item: draft.disputedItems[0]!, asOf: '2017-03-01' };
  const fact = 'item.regimenMed';
  const unit = 'MME/day';

  it.each([
    ['at most 120', 'met', { kind: 'at_most', fact, max: 120, unit }],
    ['at most 39', 'not_met', { kind: 'at_most', fact, max: 39, unit }],
    ['at most 80', 'not_documented', { kind: 'at_most', fact, max: 80, unit }],
    ['at least 40', 'met', { kind: 'at_least', fact, min: 40, unit }],
    ['at least 121', 'not_met', { kind: 'at_least', fact, min: 121, unit }],
    ['at least 100', 'not_documented', { kind: 'at_least', fact, min: 100, unit }],
    ['30-130', 'met', { kind: 'number_range', fact, min: 30, max: 130, unit }],
    ['130-200', 'not_met', { kind: 'number_range', fact, min: 130, max: 200, unit }],
    // both ends fail, but a dose inside the range would pass
    ['50-60', 'not_documented', { kind: 'number_range', fact, min: 50, max: 60, unit }],
  ] as const)('40-120 MME/day against %s -> %s', (_label, expected, condition) => {
    expect(run(condition, ranged).status).toBe(expected);
  });

  it('names the bound that decides, with the range; a straddled limit asks to settle it', () => {
    const evidence = (condition: Condition) => run(condition, ranged).evidence;
    expect(evidence({ kind: 'at_least', fact, min: 121, unit })).toEqual([
      'Morphine equivalent dose (MED) at most 120 MME/day (range 40-120 MME/day, from the sig range of Norco); the guideline requires at least 121 MME/day.',
    ]);
    expect(evidence({ kind: 'number_range', fact, min: 30, max: 130, unit })).toEqual([
      'Morphine equivalent dose (MED) 40-120 MME/day; the guideline requires 30-130 MME/day.',
    ]);
    expect(evidence({ kind: 'at_most', fact, max: 80, unit })).toEqual([
      'Morphine equivalent dose (MED) 40-120 MME/day (from the sig range of Norco; confirm the daily dose); the guideline requires at most 80 MME/day.',
    ]);
  });
});

describe('boolean and enum conditions', () => {
  const screening: Condition = {
    kind: 'boolean_fact',
    fact: 'item.facts.screeningDone',
    expected: true,
    requirement: 'screening',
  };
  it.each([
    [true, 'met'],
    [false, 'not_met'],
    [null, 'not_documented'],
  ])('screening %s -> %s', (value, expected) => {
    expect(run(screening, ctx({ facts: { screeningDone: value } })).status).toBe(expected);
  });

  it('expects false when the rule says "not"', () => {
    const notCandidate: Condition = { ...screening, fact: 'item.facts.surgicalCandidate', expected: false };
    expect(run(notCandidate, ctx({ facts: { surgicalCandidate: false } })).status).toBe('met');
    expect(run(notCandidate, ctx({ facts: { surgicalCandidate: true } })).status).toBe('not_met');
  });

  it('matches every value of a list (enum_in) or none of them (enum_not_in)', () => {
    const inNeck: Condition = { kind: 'enum_in', fact: 'item.bodyRegions', values: ['neck', 'thoracic'] };
    const someNeck: Condition = { ...inNeck, mode: 'some' };
    const noKnee: Condition = { kind: 'enum_not_in', fact: 'item.bodyRegions', values: ['knee'] };
    const at = (bodyPart: string) => ctx({ bodyPart });
    expect(run(inNeck, at('cervical and thoracic spine')).status).toBe('met');
    expect(run(inNeck, at('neck and low back')).status).toBe('not_met');
    expect(run(someNeck, at('neck and low back')).status).toBe('met');
    expect(run(noKnee, at('right elbow and right knee')).status).toBe('not_met');
    expect(run(noKnee, at('right elbow and right knee')).evidence).toEqual([
      'Body region: elbow, knee; the guideline requires none of: knee.',
    ]);
    expect(run(noKnee, at('lumbar')).status).toBe('met');
    expect(run(noKnee, at('')).status).toBe('not_documented');
  });
});

describe('dates', () => {
  const twoYears: Condition = {
    kind: 'date_within',
    fromFact: 'case.dateOfInjury',
    toFact: 'case.requestDate',
    period: { years: 2 },
  };
  it.each([
    ['2013-08-01', '2015-08-01', 'met'],
    ['2013-08-01', '2015-08-02', 'not_met'],
    ['2013-08-01', '2013-08-01', 'met'],
    ['2012-02-29', '2014-02-28', 'met'],
    ['2012-02-29', '2014-03-01', 'not_met'],
    ['2013-08-01', '2013-07-31', 'not_documented'],
    ['', '2015-08-01', 'not_documented'],
    ['2013-08-01', '2015-13-01', 'not_documented'],
  ])('injury %s, request %s -> %s', (dateOfInjury, requestDate, expected) => {
    expect(run(twoYears, ctx({}, { dateOfInjury, requestDate })).status).toBe(expected);
  });

  it('says how long after the injury the request came', () => {
    expect(
      run(twoYears, ctx({}, { dateOfInjury: '2013-08-01', requestDate: '2015-08-02' })).evidence,
    ).toEqual([
      'Request date 08/02/2015 is 2 years and 1 day after the date of injury (08/01/2013); the guideline requires no more than 2 years.',
    ]);
    expect(
      run(twoYears, ctx({}, { dateOfInjury: '2013-08-01', requestDate: '2013-07-31' })).evidence[0],
    ).toContain('is before the date of injury');
    expect(run(twoYears, ctx({}, { requestDate: '2015-08-02' })).evidence).toEqual([
      'Date of injury not documented; the guideline requires no more than 2 years.',
    ]);
  });

  it('compares a date with a fixed date', () => {
    const before2004: Condition = {
      kind: 'date_compare',
      fact: 'case.dateOfInjury',
      op: 'before',
      date: '2004-01-01',
    };
    const from2004: Condition = { ...before2004, op: 'on_or_after' };
    expect(run(before2004, ctx({}, { dateOfInjury: '2003-12-31' })).status).toBe('met');
    expect(run(before2004, ctx({}, { dateOfInjury: '2004-01-01' })).status).toBe('not_met');
    expect(run(from2004, ctx({}, { dateOfInjury: '2004-01-01' })).status).toBe('met');
    expect(run(from2004, ctx()).status).toBe('not_documented');
  });

  it('adds periods with month-end clamping', () => {
    expect(addPeriod('2016-01-31', { months: 1 })).toBe('2016-02-29');
    expect(addPeriod('2016-08-31', { months: 6 })).toBe('2017-02-28');
    expect(addPeriod('2016-11-16', { months: 6 })).toBe('2017-05-16');
    expect(addPeriod('2016-12-15', { years: 1, months: 1, days: 1 })).toBe('2018-01-16');
    expect(addPeriod('2016-02-30', { days: 1 })).toBeNull();
  });

  it('writes elapsed time and periods in words', () => {
    expect(elapsedText('2013-08-01', '2014-11-11')).toBe('1 year, 3 months and 10 days');
    expect(elapsedText('2013-08-01', '2013-08-01')).toBe('0 days');
    expect(elapsedText('2013-08-01', '2013-08-15')).toBe('14 days');
    expect(periodText({ months: 6 })).toBe('6 months');
    expect(periodText({ years: 1, days: 1 })).toBe('1 year and 1 day');
    expect(joinAnd(['a', 'b', 'c'])).toBe('a, b and c');
  });
});

describe('groups', () => {
  const yes = (fact: string): Condition => ({
    kind: 'boolean_fact',
    fact,
    expected: true,
    requirement: 'yes',
  });
  const A = yes('item.facts.screeningDone');
  const B = yes('item.facts.likelyToBenefit');
  const both = (screeningDone: boolean | null, likelyToBenefit: boolean | null) =>
    ctx({ facts: { screeningDone, likelyToBenefit } });

  it.each([
    [true, true, 'met', 'met'],
    [true, false, 'not_met', 'met'],
    [true, null, 'not_documented', 'met'],
    [false, null, 'not_met', 'not_documented'],
    [false, false, 'not_met', 'not_met'],
    [null, null, 'not_documented', 'not_documented'],
  ] as const)('A=%s B=%s: all -> %s, any -> %s', (a, b, all, any) => {
    expect(run({ kind: 'all', conditions: [A, B] }, both(a, b)).status).toBe(all);
    expect(run({ kind: 'any', conditions: [A, B] }, both(a, b)).status).toBe(any);
  });

  it('explains a met "any" by the branch that met it, a failed one in one sentence of alternatives', () => {
    expect(run({ kind: 'any', conditions: [A, B] }, both(false, true)).evidence).toHaveLength(1);
    expect(run({ kind: 'any', conditions: [A, B] }, both(false, false)).evidence).toEqual([
      'Screening (file review, interview and testing): no; likely to benefit from the program: no; none of the alternatives the guideline accepts is documented (yes; yes).',
    ]);
  });

  it('states a failing "any" once, with the figures found, never as if each alternative were required', () => {
    // PPI with an NSAID, CM16-0248698: a 39-year-old on one NSAID, no GI history, no dyspepsia.
    const giRisk: Condition = {
      kind: 'any',
      conditions: [
        {
          kind: 'at_least',
          fact: 'case.patientAgeAtRequest',
          min: 66,
          unit: 'years',
          requirement: 'an age over 65',
        },
        {
          kind: 'boolean_fact',
          fact: 'item.facts.giRiskFactors',
          expected: true,
          requirement: 'a GI risk factor',
        },
        {
          kind: 'boolean_fact',
          fact: 'item.multipleNsaids',
          expected: true,
          requirement: 'more than one NSAID',
        },
        {
          kind: 'boolean_fact',
          fact: 'item.facts.nsaidDyspepsia',
          expected: true,
          requirement: 'NSAID dyspepsia',
        },
      ],
    };
    const context = ctx({ facts: { giRiskFactors: false } });
    context.draft.patient.age = 39;
    const outcome = run(giRisk, context);
    expect(outcome.status).toBe('not_documented');
    expect(outcome.evidence).toHaveLength(1);
    const [text] = outcome.evidence;
    expect(text).toMatch(
      /^Age 39; GI risk factor .*: no; .*; none of the alternatives the guideline accepts is documented \(an age over 65; a GI risk factor; more than one NSAID; NSAID dyspepsia\)\.$/,
    );
    expect(text).not.toContain('the guideline requires');
  });

  it('keeps a met "any" and the branches of an "all" in their own sentences', () => {
    expect(run({ kind: 'all', conditions: [A, B] }, both(false, false)).evidence).toHaveLength(2);
    const nested = run(
      { kind: 'any', conditions: [{ kind: 'all', conditions: [A, B] }, A] },
      both(false, null),
    );
    expect(nested.evidence).toEqual([
      'Screening (file review, interview and testing): no; likely to benefit from the program not documented; screening (file review, interview and testing): no; none of the alternatives the guideline accepts is documented (yes and yes; yes).',
    ]);
  });

  it.each([
    // [rule (screening), exception (likely to benefit), expected]
    [true, null, 'met'],
    [false, true, 'met'],
    [false, false, 'not_met'],
    [false, null, 'not_met'],
    [null, true, 'met'],
    [null, null, 'not_documented'],
  ] as const)('rule %s unless exception %s -> %s', (rule, exception, expected) => {
    const outcome = run({ kind: 'unless', condition: A, exceptions: [B] }, both(rule, exception));
    expect(outcome.status).toBe(expected);
    if (expected === 'not_met') expect(outcome.evidence).toHaveLength(2);
  });

  it('negates met and not met, and keeps not documented', () => {
    expect(run({ kind: 'not', condition: A }, both(true, null)).status).toBe('not_met');
    expect(run({ kind: 'not', condition: A }, both(false, null)).status).toBe('met');
    expect(run({ kind: 'not', condition: A }, both(null, null)).status).toBe('not_documented');
  });
});

describe('switch, judgment, not recommended and bad data', () => {
  const bySurgery: Condition = {
    kind: 'switch',
    fact: 'item.diagnosisBucket',
    cases: {
      crps: {
        condition: { kind: 'at_most', fact: 'item.requestedVisits', max: 24, unit: 'visits' },
        wouldMeet: 'of at most 24 visits',
        citation: { section: 'CRPS' },
      },
    },
  };
  const bucket = (diagnosisCategory: string, quantity = 10) =>
    ctx({ quantity, facts: { diagnosisCategory } });

  it('applies the case for the value, with its would-meet text and citation', () => {
    const outcome = run(bySurgery, bucket('RSD of the right hand', 30));
    expect(outcome).toMatchObject({
      status: 'not_met',
      wouldMeet: 'of at most 24 visits',
      citation: { section: 'CRPS' },
    });
    expect(outcome.evidence[0]).toBe('Diagnosis category: CRPS / reflex sympathetic dystrophy.');
  });

  it('is not documented for a missing value or one the table lacks (without a default)', () => {
    expect(run(bySurgery, bucket('')).status).toBe('not_documented');
    expect(run(bySurgery, bucket('')).evidence[0]).toContain('Diagnosis category not documented');
    const other = run(bySurgery, bucket('lateral epicondylitis'));
    expect(other.status).toBe('not_documented');
    expect(other.evidence).toEqual([
      'Diagnosis category: other diagnosis (as entered: lateral epicondylitis).',
      'No rule is encoded for it; a reviewer override with a note can decide this criterion.',
    ]);
  });

  it('falls back to the default condition', () => {
    const withDefault: Condition = { ...bySurgery, default: { kind: 'judgment' } } as Condition;
    expect(run(withDefault, bucket('other'))).toMatchObject({ status: 'not_documented', judged: true });
  });

  it('reads a judgment from the reviewer answer', () => {
    const judgment: Condition = { kind: 'judgment' };
    expect(run(judgment)).toMatchObject({ status: 'not_documented', judged: true });
    expect(run(judgment, ctx({}, {}, { answer: 'met', note: '' }))).toMatchObject({
      status: 'met',
      judged: true,
    });
    // The note is not evidence: the criterion carries it, so it is printed once.
    expect(run(judgment, ctx({}, {}, { answer: 'not_met', note: ' See 11/11 report ' })).evidence).toEqual([
      "Reviewer's answer: not met.",
    ]);
  });

  it('lets the records settle a judgment only to meet it, and only until the reviewer answers', () => {
    const settledBy: Condition = {
      kind: 'at_most',
      fact: 'item.frequencyPerWeek',
      max: 3,
      unit: 'days/week',
    };
    const judgment: Condition = { kind: 'judgment', settledBy };
    const twice = (answer?: ReviewerAnswer) => ctx({ frequencyPerWeek: 2 }, {}, answer);
    expect(run(judgment, twice())).toEqual({
      status: 'met',
      evidence: [
        'Requested 2 days/week; the guideline requires at most 3 days/week.',
        'Read from the records until the reviewer answers.',
      ],
      parts: expect.anything(),
    });
    expect(run(judgment, twice({ answer: 'not_met', note: '' }))).toMatchObject({
      status: 'not_met',
      judged: true,
    });
    // A reading that fails (or is missing) does not decide: the reviewer's answer is awaited.
    for (const frequencyPerWeek of [5, null])
      expect(run(judgment, ctx({ frequencyPerWeek }))).toEqual({
        status: 'not_documented',
        evidence: ["Awaiting the reviewer's answer."],
        judged: true,
      });
  });

  it('never meets a service the guideline does not recommend', () => {
    expect(run({ kind: 'not_recommended', text: 'Not recommended' }).status).toBe('not_met');
  });

  it('marks the rule a not-recommended node states as evidence of no case fact, through an unless', () => {
    const rule: Condition = { kind: 'not_recommended', text: 'lumbar supports are not recommended' };
    expect(run(rule)).toMatchObject({
      evidence: ['Lumbar supports are not recommended.'],
      ruleEvidence: ['Lumbar supports are not recommended.'],
    });
    const exception: Condition = {
      kind: 'boolean_fact',
      fact: 'item.facts.postoperative',
      expected: true,
      requirement: 'use after a surgery',
    };
    const outcome = run(
      { kind: 'unless', condition: rule, exceptions: [exception] },
      ctx({ facts: { postoperative: false } }),
    );
    expect(outcome.status).toBe('not_met');
    expect(outcome.ruleEvidence).toEqual(['Lumbar supports are not recommended.']);
    expect(outcome.evidence.length).toBeGreaterThan(1);
    // An exception that applies meets the rule; the rule's sentence still states no case fact.
    const met = run(
      { kind: 'unless', condition: rule, exceptions: [exception] },
      ctx({ facts: { postoperative: true } }),
    );
    expect(met.status).toBe('met');
    expect(met.ruleEvidence).toEqual(['Lumbar supports are not recommended.']);
  });

  it('is not documented for an unknown fact, an inherited name or a fact of the wrong type', () => {
    for (const fact of ['item.nope', 'constructor', '__proto__']) {
      const outcome = run({ kind: 'at_most', fact, max: 1, unit: '' });
      expect(outcome.status).toBe('not_documented');
      expect(outcome.evidence[0]).toContain('guideline data error');
    }
    expect(
      run(
        { kind: 'at_most', fact: 'item.facts.screeningDone', max: 1, unit: '' },
        ctx({ facts: { screeningDone: true } }),
      ).status,
    ).toBe('not_documented');
  });
});

import { describe, expect, it } from 'vitest';
import { answer } from '../../evaluator/case-builders';
import { criterionResult, criterionStatus } from '../../evaluator/evaluation-queries';
import { draftRationale } from '../../letter/draft-rationale';
import {
  evaluateFirst,
  type MedicationCaseSpec,
  med,
  medicationCase,
  morphineDaily,
  NORCO_QID,
  udt,
} from './medications-test-support';

/** A patient on Norco since January, asking for more: the ongoing-management sets. */
const ongoing = (spec: Partial<MedicationCaseSpec> = {}) =>
  medicationCase({
    service: 'opioid',
    medication: NORCO_QID,
    history: [med('h-norco', { ...NORCO_QID, startDate: '2016-01-04' })],
    ...spec,
  });

/** Everything the 2016 maintenance path asks for, documented. */
const MAINTENANCE_FACTS = {
  analgesiaDocumented: true,
  adlsDocumented: true,
  adverseEffectsAssessed: true,
  aberrantBehaviourAssessed: true,
  curesChecked: true,
} as const;

describe('which opioid set decides the request', () => {
  it.each([
    ['2016-07-28', 'ongoing', 'cpmtg-2009-opioids-ongoing'],
    ['2016-07-28', 'initiation', 'cpmtg-2009-opioids-initiation'],
    ['2016-07-29', 'ongoing', 'mtus-2016-opioids-maintenance'],
    ['2016-07-29', 'initiation', 'mtus-2016-opioids-initiation'],
    ['2017-11-30', 'ongoing', 'mtus-2016-opioids-maintenance'],
    ['2009-07-18', 'initiation', 'cpmtg-2009-opioids-initiation'],
  ] as const)('request %s, %s -> %s', (requestDate, phase, setId) => {
    const draft =
      phase === 'ongoing'
        ? ongoing({ requestDate, history: [med('h', { ...NORCO_QID, startDate: '2009-01-01' })] })
        : medicationCase({ service: 'opioid', medication: NORCO_QID, requestDate });
    expect(evaluateFirst(draft).guidelineSet?.id).toBe(setId);
  });

  it.each([
    ['2017-12-01', 'incorporates the ACOEM guidelines for medications'],
    ['2009-07-17', 'ACOEM 2nd edition (2004)'],
  ])('request %s: evidence path, with the reason', (requestDate, reason) => {
    const result = evaluateFirst(ongoing({ requestDate }));
    expect(result.path).toBe('evidence_hierarchy');
    expect(result.evidencePathReason).toContain(reason);
  });

  it('prints the 2016 guideline line with numbered sections', () => {
    const line = evaluateFirst(ongoing()).guidelineLine;
    expect(line).toMatch(/^MTUS Opioid Treatment 2016, Section\(s\): /);
    expect(line).toContain(
      '3.3.9 Opioids for Chronic Pain and Chronic Opioid Treatment: Maintenance of Chronic Opioid Treatment',
    );
  });
});

describe('MED ceiling: 120 MME/day in the 2009 CPMTG', () => {
  const at = (mg: number, consult: boolean | null = null) =>
    evaluateFirst(
      medicationCase({
        service: 'opioid',
        requestDate: '2015-06-01',
        medication: morphineDaily(mg),
        history: [med('h', morphineDaily(mg, { startDate: '2014-01-01' }))],
        facts: { painSpecialistConsult: consult },
      }),
    );

  it.each([
    [119, 'met'],
    [120, 'met'],
    [121, 'not_met'],
  ] as const)('%d MME/day -> %s', (mg, status) => {
    const result = at(mg);
    expect(result.guidelineSet?.id).toBe('cpmtg-2009-opioids-ongoing');
    expect(criterionStatus(result, 'op-med-ceiling-120')).toBe(status);
    expect(criterionResult(result, 'op-med-ceiling-120')?.evidence).toContain(
      `MED ${mg} MME/day (Morphine sulfate, requested: morphine ${mg} mg x 1/day x 1 = ${mg} MME/day)`,
    );
  });

  it('allows more after a pain management consultation', () => {
    expect(criterionStatus(at(121, true), 'op-med-ceiling-120')).toBe('met');
    expect(criterionStatus(at(121, false), 'op-med-ceiling-120')).toBe('not_met');
  });
});

describe('MED weaning threshold: 80 MME/day in the 2016 opioid guideline', () => {
  const at = (mg: number, spec: { since?: string; wean?: boolean } = {}) =>
    evaluateFirst(
      medicationCase({
        service: 'opioid',
        medication: morphineDaily(mg),
        history: [med('h', morphineDaily(mg, { startDate: spec.since ?? '2016-01-04' }))],
        facts: { weanAttemptDocumented: spec.wean ?? null },
      }),
    );

  it.each([
    [79, 'met'],
    [80, 'met'],
    [81, 'not_met'],
  ] as const)('%d MME/day for 332 days -> %s', (mg, status) => {
    expect(criterionStatus(at(mg), 'op16-med-80')).toBe(status);
  });

  it('is met above 80 with a documented attempt to wean, or for fewer than 180 days on opioids', () => {
    expect(criterionStatus(at(81, { wean: true }), 'op16-med-80')).toBe('met');
    // 2016-06-04 to 2016-12-01: 180 days, so the exception no longer applies; 179 days does.
    expect(criterionStatus(at(81, { since: '2016-06-05' }), 'op16-med-80')).toBe('met');
    expect(criterionStatus(at(81, { since: '2016-06-04' }), 'op16-med-80')).toBe('not_met');
  });

  it('is not documented when the sig gives a range, with a warning to confirm the daily dose', () => {
    const result = evaluateFirst(
      ongoing({ medication: { ...NORCO_QID, dose: '1-2 tablets', frequency: 'every 4-6 hours as needed' } }),
    );
    expect(criterionStatus(result, 'op16-med-80')).toBe('not_documented');
    // hydrocodone 10 mg, 1 tab q6h to 2 tabs q4h: 40-120 MME/day, on both sides of 80
    expect(criterionResult(result, 'op16-med-80')?.evidence).toContain(
      'Morphine equivalent dose (MED) 40-120 MME/day (from the sig range of Norco; confirm the daily dose); the guideline requires at most 80 MME/day in total.',
    );
    expect(result.warnings.some((warning) => warning.startsWith('Confirm the daily dose of Norco:'))).toBe(
      true,
    );
    expect(result.computedFacts?.find((fact) => fact.label === 'Morphine equivalent dose (MED)')?.value).toBe(
      '40-120 MME/day (a sig range: confirm the daily dose)',
    );
  });
});

describe('MED over a sig range: decided when the whole range is on one side of the limit', () => {
  /** Morphine sulfate (factor 1) requested as taken since January, with the sig as written. */
  const morphine = (strength: string, dose: string, frequency: string, requestDate = '2016-12-01') => {
    const sig = { name: 'Morphine sulfate', strength, dose, frequency };
    return evaluateFirst(
      medicationCase({
        service: 'opioid',
        requestDate,
        medication: sig,
        history: [med('h', { ...sig, startDate: '2014-01-04' })],
      }),
    );
  };
  const evidenceOf = (result: ReturnType<typeof morphine>, id: string) =>
    criterionResult(result, id)?.evidence ?? '';

  it.each([
    // strength, dose, frequency, low-high MME/day, status against 80 (2016)
    ['15 mg', '1-2 tablets', 'every 4 hours', '90-180', 'not_met'],
    ['5 mg', '1-2 tablets', 'every 4-6 hours', '20-60', 'met'],
    ['10 mg', '1-2 tablets', 'every 4-6 hours', '40-120', 'not_documented'],
    ['10 mg', '1-2 tablets', 'every 6-12 hours', '20-80', 'met'],
  ] as const)(
    '80 MME/day: morphine %s %s %s (%s MME/day) -> %s',
    (strength, dose, frequency, _span, status) => {
      expect(criterionStatus(morphine(strength, dose, frequency), 'op16-med-80')).toBe(status);
    },
  );

  it.each([
    // low-high MME/day, status against 120 (2009)
    ['20 mg', '2 tablets', 'every 4-6 hours', '160-240', 'not_met'],
    ['10 mg', '1-2 tablets', 'every 4-6 hours', '40-120', 'met'],
    ['15 mg', '1-2 tablets', 'every 4 hours', '90-180', 'not_documented'],
    ['30 mg', '1-2 tablets', 'every 6 hours', '120-240', 'not_documented'],
  ] as const)(
    '120 MME/day: morphine %s %s %s (%s MME/day) -> %s',
    (strength, dose, frequency, _span, status) => {
      const result = morphine(strength, dose, frequency, '2015-06-01');
      expect(result.guidelineSet?.id).toBe('cpmtg-2009-opioids-ongoing');
      expect(criterionStatus(result, 'op-med-ceiling-120')).toBe(status);
    },
  );

  it('states the bound that decides it, and the range', () => {
    expect(evidenceOf(morphine('15 mg', '1-2 tablets', 'every 4 hours'), 'op16-med-80')).toContain(
      'Morphine equivalent dose (MED) at least 90 MME/day (range 90-180 MME/day, from the sig range of Morphine sulfate); the guideline requires at most 80 MME/day in total.',
    );
    expect(evidenceOf(morphine('5 mg', '1-2 tablets', 'every 4-6 hours'), 'op16-med-80')).toBe(
      'Morphine equivalent dose (MED) at most 60 MME/day (range 20-60 MME/day, from the sig range of Morphine sulfate); the guideline requires at most 80 MME/day in total.',
    );
    const straddling = morphine('15 mg', '1-2 tablets', 'every 4 hours', '2015-06-01');
    expect(evidenceOf(straddling, 'op-med-ceiling-120')).toContain(
      'Morphine equivalent dose (MED) 90-180 MME/day (from the sig range of Morphine sulfate; confirm the daily dose); the guideline requires at most 120 MME/day in total.',
    );
  });

  it('a whole range above the limit still gives way to the exception', () => {
    const sig = {
      name: 'Morphine sulfate',
      strength: '20 mg',
      dose: '2 tablets',
      frequency: 'every 4-6 hours',
    };
    const result = evaluateFirst(
      medicationCase({
        service: 'opioid',
        requestDate: '2015-06-01',
        medication: sig,
        history: [med('h', { ...sig, startDate: '2014-01-01' })],
        facts: { painSpecialistConsult: true },
      }),
    );
    expect(criterionStatus(result, 'op-med-ceiling-120')).toBe('met');
  });
});

describe('the 180-day MED rule applies only where 180 days on opioids are possible', () => {
  const NOT_APPLICABLE =
    'Not applicable: applies only to a worker who can have been on opioids for 180 days or more: not to a new start, nor within 180 days of the injury unless the treatment history shows opioids taken for longer.';

  it('does not apply to a new start 19 days after the injury (CM17-0015333)', () => {
    const result = evaluateFirst(
      medicationCase({
        service: 'opioid',
        medication: { name: 'Tramadol', strength: '50 mg', quantity: 60 },
        dateOfInjury: '2016-11-12',
        requestDate: '2016-12-01',
      }),
    );
    expect(result.guidelineSet?.id).toBe('mtus-2016-opioids-initiation');
    expect(criterionResult(result, 'op16-med-80')).toMatchObject({
      status: 'not_applicable',
      evidence: NOT_APPLICABLE,
    });
    expect(result.drivingCriteria).not.toContain('op16-med-80');
  });

  it('does not apply to continued use within 180 days of the injury with no start date (CM17-0012593)', () => {
    const result = evaluateFirst(
      ongoing({
        dateOfInjury: '2016-11-20',
        history: [med('h-norco', { ...NORCO_QID })],
      }),
    );
    expect(result.guidelineSet?.id).toBe('mtus-2016-opioids-maintenance');
    expect(criterionStatus(result, 'op16-med-80')).toBe('not_applicable');
  });

  it('applies within 180 days of the injury when the history shows opioids taken for longer', () => {
    // On morphine 120 mg a day since January for another condition, injured in November.
    const result = evaluateFirst(
      medicationCase({
        service: 'opioid',
        medication: morphineDaily(120),
        dateOfInjury: '2016-11-20',
        history: [med('h', morphineDaily(120, { startDate: '2016-01-04' }))],
      }),
    );
    expect(criterionStatus(result, 'op16-med-80')).toBe('not_met');
  });

  it('applies to continued use 180 days or more after the injury, even with no start date', () => {
    const result = evaluateFirst(
      medicationCase({
        service: 'opioid',
        medication: morphineDaily(120),
        dateOfInjury: '2016-01-04',
        history: [med('h', morphineDaily(120))],
      }),
    );
    expect(criterionStatus(result, 'op16-med-80')).toBe('not_met');
  });
});

describe('2016 initiation criteria say each rule once', () => {
  it('leaves the short-acting start to its own criterion: the 60-day rule is about the trial length', () => {
    const result = evaluateFirst(
      medicationCase({ service: 'opioid', medication: { ...NORCO_QID, quantity: 120 } }),
    );
    const statements = result.criteria.map((c) => c.statement);
    expect(statements.filter((statement) => /short-acting/i.test(statement))).toEqual([
      'The trial starts with a short-acting (immediate-release) opioid, not a long-acting one.',
    ]);
    expect(criterionResult(result, 'op16-trial-60-days')?.statement).toBe(
      'The trial is time-limited (typically no more than 60 days), at the lowest dose.',
    );
  });
});

describe("2016 maintenance: the 4 A's, UDT and CURES, continue or taper", () => {
  const documented = (spec: Partial<MedicationCaseSpec> = {}) =>
    ongoing({ facts: MAINTENANCE_FACTS, udts: [udt('2016-09-01')], ...spec });

  it('overturns when every criterion of the maintenance path is met', () => {
    const result = evaluateFirst(documented());
    expect(result.recommendation).toBe('overturn');
    expect(result.decisionPaths?.find((path) => path.id === 'chronic-maintenance')?.satisfied).toBe(true);
    expect(result.rationaleNotes).toEqual([
      expect.objectContaining({
        decision: 'upheld',
        text: expect.stringContaining('left to the treating physician'),
      }),
    ]);
  });

  it.each([
    ['analgesiaDocumented', 'op16-analgesia'],
    ['adlsDocumented', 'op16-activity'],
    ['adverseEffectsAssessed', 'op16-adverse-events'],
    ['aberrantBehaviourAssessed', 'op16-aberrant-behavior'],
    ['curesChecked', 'op16-cures'],
  ] as const)('upholds when %s is not documented (%s)', (fact, criterionId) => {
    const result = evaluateFirst(documented({ facts: { ...MAINTENANCE_FACTS, [fact]: false } }));
    expect(criterionStatus(result, criterionId)).toBe('not_met');
    expect(result.recommendation).toBe('uphold');
    expect(result.drivingCriteria[0]).toBe(criterionId);
  });

  it('certifies a step of a documented taper when the 4 A are no longer met (sections 4.1-4.2)', () => {
    const noBenefit = { ...MAINTENANCE_FACTS, analgesiaDocumented: false, adlsDocumented: false };
    const taper = (spec: Partial<MedicationCaseSpec>) =>
      evaluateFirst(documented({ facts: noBenefit, ...spec }));
    // The request named as a taper, or the treater's taper plan answered.
    const named = taper({ medication: { ...NORCO_QID, name: 'Norco (taper)', quantity: 90 } });
    expect(criterionStatus(named, 'op16-taper-step')).toBe('met');
    expect(named.decisionPaths?.find((path) => path.id === 'taper')?.satisfied).toBe(true);
    expect(named.recommendation).toBe('overturn');
    const planned = taper({ facts: { ...noBenefit, taperStepRequested: true } });
    expect(planned.recommendation).toBe('overturn');
    // Not a taper: the refill without benefit is upheld.
    const refill = taper({ facts: { ...noBenefit, taperStepRequested: false } });
    // The request's name may still say so: the criterion stays open, and the uphold stands.
    expect(criterionStatus(refill, 'op16-taper-step')).toBe('not_documented');
    expect(refill.recommendation).toBe('uphold');
  });

  it('needs a reason for a proprietary oral suspension (Synapryn) over a standard tablet', () => {
    const synapryn = { name: 'Synapryn', strength: '10 mg/ml', dose: '5 ml', frequency: 'TID' };
    const kit = (facts: Record<string, boolean>) =>
      evaluateFirst(
        documented({
          medication: synapryn,
          history: [med('h-synapryn', { ...synapryn, startDate: '2016-01-04' })],
          facts: { ...MAINTENANCE_FACTS, ...facts },
        }),
      );
    const unexplained = kit({});
    expect(criterionResult(unexplained, 'standard-form-reason')).toMatchObject({
      status: 'not_documented',
      citation: { section: 'Compound drugs', edition: '2016' },
    });
    expect(unexplained.recommendation).toBe('uphold');
    expect(criterionStatus(kit({ standardFormNotUsable: true }), 'standard-form-reason')).toBe('met');
    // A standard tablet is not asked about.
    expect(criterionStatus(evaluateFirst(documented()), 'standard-form-reason')).toBe('not_applicable');
  });

  it('counts urine drug tests in the 12 months before the request only', () => {
    expect(
      criterionStatus(evaluateFirst(documented({ udts: [udt('2015-12-01')] })), 'op16-udt-monitoring'),
    ).toBe('met');
    expect(
      criterionStatus(evaluateFirst(documented({ udts: [udt('2015-11-30')] })), 'op16-udt-monitoring'),
    ).toBe('not_met');
    expect(criterionStatus(evaluateFirst(documented({ udts: [] })), 'op16-udt-monitoring')).toBe(
      'not_documented',
    );
  });

  it("reads continue or taper from the documented 4 A's; another indication is the reviewer's override", () => {
    expect(criterionResult(evaluateFirst(documented()), 'op16-no-taper-indication')).toMatchObject({
      status: 'met',
      source: 'computed',
    });
    const lost = evaluateFirst(documented({ facts: { ...MAINTENANCE_FACTS, adlsDocumented: false } }));
    expect(criterionStatus(lost, 'op16-no-taper-indication')).toBe('not_met');
    const unknown = evaluateFirst(
      documented({ facts: { ...MAINTENANCE_FACTS, adverseEffectsAssessed: null } }),
    );
    expect(criterionStatus(unknown, 'op16-no-taper-indication')).toBe('not_documented');
    // The worker asks to stop: not one of the 4 A's, so the reviewer records it, with a note.
    const asked = evaluateFirst(
      documented({
        criteria: { 'op16-no-taper-indication': answer('not_met', 'The worker asks to stop the opioid.') },
      }),
    );
    expect(criterionResult(asked, 'op16-no-taper-indication')).toMatchObject({
      status: 'not_met',
      source: 'overridden',
    });
    expect(asked.recommendation).toBe('uphold');
  });

  it('shows the computed facts: phase, MED with the arithmetic, UDTs, time on the drug', () => {
    const facts = evaluateFirst(documented()).computedFacts ?? [];
    expect(facts.map((fact) => [fact.label, fact.value])).toEqual([
      ['Drug requested', 'Norco: opioid'],
      ['Opioid treatment phase', 'ongoing opioid treatment'],
      ['Morphine equivalent dose (MED)', '40 MME/day'],
      ['Urine drug tests in the last 12 months', '1'],
      ['Time on the drug before the request', '332 days (47.4 weeks)'],
    ]);
    expect(facts[2]?.detail).toContain('hydrocodone 10 mg x 4/day x 1 = 40 MME/day');
  });
});

describe('2016 initiation and the severe acute injury path', () => {
  const start = (spec: Partial<MedicationCaseSpec> = {}) =>
    medicationCase({
      service: 'opioid',
      medication: { ...NORCO_QID, quantity: 120 },
      dateOfInjury: '2016-06-01',
      facts: {
        painAndFunctionDocumented: true,
        nonOpioidTried: true,
        riskScreeningDone: true,
        curesChecked: true,
        opioidAgreement: true,
      },
      udts: [udt('2016-11-20')],
      ...spec,
    });

  it('overturns a documented trial of 30 days', () => {
    const result = evaluateFirst(start());
    expect(result.guidelineSet?.id).toBe('mtus-2016-opioids-initiation');
    expect(criterionStatus(result, 'op16-trial-60-days')).toBe('met');
    expect(result.recommendation).toBe('overturn');
  });

  it.each([
    [240, 'met'],
    [244, 'not_met'],
  ])('a trial supply of #%d at 4 a day -> %s (60 days at most)', (quantity, status) => {
    const result = evaluateFirst(start({ medication: { ...NORCO_QID, quantity } }));
    expect(criterionStatus(result, 'op16-trial-60-days')).toBe(status);
  });

  it('upholds without a CURES check or a baseline urine drug screen', () => {
    const result = evaluateFirst(start({ udts: [], facts: { nonOpioidTried: true, curesChecked: false } }));
    expect(criterionStatus(result, 'op16-cures')).toBe('not_met');
    expect(criterionStatus(result, 'op16-udt-before-trial')).toBe('not_documented');
    expect(result.recommendation).toBe('uphold');
  });

  it.each([
    ['2016-09-02', 'met', 'overturn'],
    ['2016-09-01', 'not_met', 'uphold'],
  ] as const)(
    'a severe acute injury on %s, request 12/01/2016: within 3 months %s -> %s',
    (injury, status, outcome) => {
      const result = evaluateFirst(
        start({
          dateOfInjury: injury,
          facts: { curesChecked: false },
          criteria: { 'op16-severe-acute-injury': answer('met', 'Rib fractures, pain not controlled.') },
        }),
      );
      expect(criterionStatus(result, 'op16-acute-within-3-months')).toBe(status);
      expect(result.recommendation).toBe(outcome);
    },
  );

  it('takes a fracture in the diagnoses as the severe acute injury until the reviewer answers (CM16-0239110)', () => {
    const fractured = (diagnoses: string[], criteria = {}) =>
      evaluateFirst(
        start({
          dateOfInjury: '2016-10-18',
          facts: { curesChecked: false },
          criteria,
          edit: (draft) => {
            draft.injury.diagnoses = diagnoses.map((text, index) => ({ id: `dx-${index}`, text, icd10: '' }));
          },
        }),
      );
    const ribs = fractured(['Rib fractures (T9-T10 level) after fall at work']);
    expect(criterionResult(ribs, 'op16-severe-acute-injury')).toMatchObject({
      status: 'met',
      source: 'computed',
    });
    expect(criterionResult(ribs, 'op16-severe-acute-injury')?.evidence).toContain(
      'In the diagnoses: a fracture ("Rib fractures (T9-T10 level) after fall at work")',
    );
    expect(ribs.recommendation).toBe('overturn');
    // No fracture named: the reviewer weighs whether the injury is severe.
    const strain = fractured(['Lumbar strain']);
    expect(criterionResult(strain, 'op16-severe-acute-injury')).toMatchObject({
      status: 'not_documented',
      source: 'unanswered',
    });
    expect(strain.recommendation).toBe('uphold');
    // The reviewer's answer replaces the reading.
    const answered = fractured(['Rib fractures'], { 'op16-severe-acute-injury': answer('not_met') });
    expect(criterionResult(answered, 'op16-severe-acute-injury')).toMatchObject({
      status: 'not_met',
      source: 'reviewer',
    });
    expect(answered.recommendation).toBe('uphold');
  });
});

describe('2009 initiation and ongoing management', () => {
  it('asks for the baseline, non-opioid trial, risk assessment and agreement before a trial', () => {
    const result = evaluateFirst(
      medicationCase({ service: 'opioid', requestDate: '2014-11-11', medication: NORCO_QID }),
    );
    expect(result.guidelineSet?.id).toBe('cpmtg-2009-opioids-initiation');
    expect(result.criteria.map((c) => [c.criterionId, c.status])).toEqual([
      ['op-baseline-pain-function', 'not_documented'],
      ['op-non-opioid-first', 'not_documented'],
      ['op-risk-screening', 'not_documented'],
      ['op-agreement-initiation', 'not_documented'],
      ['op-baseline-udt-2009', 'not_documented'],
      ['op-med-ceiling-120', 'met'],
      ['request-strength-stated', 'met'],
      ['request-quantity-stated', 'met'],
    ]);
    expect(result.guidelineLine).toBe(
      'MTUS Chronic Pain Medical Treatment Guidelines (2009), Opioids, criteria for use, Opioids, dosing, Page(s): 76-77, 86',
    );
  });

  it('upholds a request without a quantity or days supply (IMR decides the request as submitted)', () => {
    const request = { ...NORCO_QID, quantity: null, daysSupply: null };
    const result = evaluateFirst(
      medicationCase({ service: 'opioid', requestDate: '2016-12-01', medication: request }),
    );
    const quantity = result.criteria.find((c) => c.criterionId === 'request-quantity-stated');
    expect(quantity?.status).toBe('not_documented');
    expect(result.recommendation).toBe('uphold');
    // A days supply states it as well as a count of tablets.
    const bySupply = evaluateFirst(
      medicationCase({
        service: 'opioid',
        requestDate: '2016-12-01',
        medication: { ...request, daysSupply: 30 },
      }),
    );
    expect(bySupply.criteria.find((c) => c.criterionId === 'request-quantity-stated')?.status).toBe('met');
  });

  it('upholds a request without the strength (IMR decides the request as submitted)', () => {
    const result = evaluateFirst(
      medicationCase({
        service: 'opioid',
        requestDate: '2016-12-01',
        medication: { ...NORCO_QID, name: 'Tramadol', strength: '' },
      }),
    );
    expect(criterionStatus(result, 'request-strength-stated')).toBe('not_documented');
    expect(result.recommendation).toBe('uphold');
    expect(result.drivingCriteria).toContain('request-strength-stated');
  });

  it("overturns ongoing management with the 4 A's and a UDT: the 4 A's kept answer continue or wean", () => {
    const ongoing2009 = (spec: Partial<MedicationCaseSpec> = {}) =>
      ongoing({
        requestDate: '2014-11-11',
        history: [med('h', { ...NORCO_QID, startDate: '2014-01-04' })],
        facts: { ...MAINTENANCE_FACTS, painAndFunctionDocumented: true },
        udts: [udt('2014-06-01')],
        ...spec,
      });
    const result = evaluateFirst(ongoing2009());
    expect(result.guidelineSet?.id).toBe('cpmtg-2009-opioids-ongoing');
    expect(criterionResult(result, 'op-continue-or-wean')).toMatchObject({
      status: 'met',
      source: 'computed',
    });
    expect(result.recommendation).toBe('overturn');
    // Resolved pain is a reason to wean outside the 4 A's: the reviewer's override, with its note.
    const resolved = evaluateFirst(
      ongoing2009({ criteria: { 'op-continue-or-wean': answer('not_met', 'The pain has resolved.') } }),
    );
    expect(resolved.recommendation).toBe('uphold');
    // The agreement is advisory in ongoing management: not documented, yet not decisive.
    expect(criterionStatus(result, 'op-agreement-ongoing')).toBe('not_documented');
  });
});

describe('the letter rationale for an opioid', () => {
  it('names the failing criteria and leaves weaning to the treating physician when upheld', () => {
    const draft = ongoing({
      facts: { ...MAINTENANCE_FACTS, analgesiaDocumented: false },
      udts: [udt('2016-09-01')],
    });
    const result = evaluateFirst(draft);
    const text = draftRationale(draft, draft.disputedItems[0]!, 0, result, 'upheld');
    expect(text).toContain(
      'The records do not show a clinically meaningful improvement in pain on the opioid.',
    );
    expect(text).toContain('MED 40 MME/day (Norco, requested: hydrocodone 10 mg x 4/day x 1 = 40 MME/day)');
    expect(text).toContain(
      'This decision does not mean that opioids should be stopped abruptly: weaning, and how quickly to taper, are left to the treating physician',
    );
    expect(text.indexOf('left to the treating physician')).toBeLessThan(
      text.indexOf('IS NOT medically necessary'),
    );
  });

  const letterOf = (draft: ReturnType<typeof ongoing>) =>
    draftRationale(draft, draft.disputedItems[0]!, 0, evaluateFirst(draft), 'upheld');

  it('states a failed 2009 non-opioid rule as a finding, never "<rule>: not met"', () => {
    const text = letterOf(
      medicationCase({
        service: 'opioid',
        requestDate: '2014-11-11',
        medication: NORCO_QID,
        facts: { nonOpioidTried: false },
      }),
    );
    expect(text).toContain('Non-opioid treatment was not tried first and found to give too little relief.');
    expect(text).not.toMatch(/has not relieved the pain enough: not met/);
    expect(text).toContain(
      'The request does not meet the guideline because non-opioid treatment was not tried first and found to give too little relief.',
    );
  });

  it('names a tapering indication, and the one-path shortfalls, when the reviewer finds one', () => {
    const text = letterOf(
      ongoing({
        facts: MAINTENANCE_FACTS,
        udts: [udt('2016-09-01')],
        criteria: { 'op16-no-taper-indication': answer('not_met', 'Function declined on the current dose.') },
      }),
    );
    expect(text).toContain(
      "There is an indication to taper (the 4 A's are not all met, or function is lost, side effects are intolerable or the worker does not adhere to treatment). Function declined on the current dose.",
    );
    expect(text).not.toMatch(/No indication to taper[^.]*: not met/);
    expect(text).toContain(
      'For the first path (maintenance of chronic opioid treatment), there is an indication to taper.',
    );
    expect(text).toContain('For the second path (a severe acute injury within 3 months)');
    expect(text).not.toContain('No qualifying path');
  });

  it('names a met tapering judgment by its requirement', () => {
    const draft = ongoing({ facts: MAINTENANCE_FACTS, udts: [udt('2016-09-01')] });
    const text = draftRationale(draft, draft.disputedItems[0]!, 0, evaluateFirst(draft), 'overturned');
    expect(text).toContain(
      "The 4 A's are met, with no loss of function, intolerable side effects or non-adherence that would call for a taper: met.",
    );
  });

  it('states a long-acting start as a finding, and names each path of a new start (CM17-0015333)', () => {
    const text = letterOf(
      medicationCase({
        service: 'opioid',
        medication: { name: 'OxyContin', strength: '20 mg', quantity: 60, drugClass: 'opioid' },
        edit: (draft) => {
          draft.disputedItems[0]!.medication.form = 'ER tablet';
        },
      }),
    );
    expect(text).toContain(
      'The trial would start with a long-acting opioid rather than a short-acting (immediate-release) one. OxyContin: a long-acting (extended-release) form.',
    );
    expect(text).toContain(
      'The request does not meet the guideline because neither path of the guideline is met. For the first path (initiation of chronic opioid treatment), the trial would start with a long-acting opioid rather than a short-acting one. 7 required criteria are also not documented: (1) before chronic opioid treatment, a comprehensive evaluation of pain and function; (2) non-opioid treatment has been tried and failed before an opioid is started; and 5 more. For the second path (a severe acute injury within 3 months), the request falls after the early period following the injury in which the guideline supports opioids for acute pain. A required criterion is also not documented: a severe acute injury with pain other treatment does not control.',
    );
  });

  it('says nothing about weaning when the opioid is overturned', () => {
    const draft = ongoing({ facts: MAINTENANCE_FACTS, udts: [udt('2016-09-01')] });
    const result = evaluateFirst(draft);
    const text = draftRationale(draft, draft.disputedItems[0]!, 0, result, 'overturned');
    expect(text).not.toContain('treating physician');
  });
});

describe('buprenorphine for opiate addiction (CPMTG, unconfirmed)', () => {
  const buprenorphine = (name: string, diagnosis: string, requestDate = '2017-01-04') =>
    evaluateFirst(
      medicationCase({
        service: 'opioid',
        requestDate,
        medication: { name, strength: '8/2 mg', quantity: 60 },
        quantity: 60,
        edit: (draft) => {
          draft.injury.diagnoses = [{ id: 'd1', text: diagnosis, icd10: '' }];
        },
      }),
    );

  it.each([
    ['Suboxone', 'opioid use disorder, moderate', '2017-01-04', 'cpmtg-2016-buprenorphine-opiate-addiction'],
    ['Subutex', 'opioid dependence', '2015-03-01', 'cpmtg-2009-buprenorphine-opiate-addiction'],
    // Without the addiction, a buprenorphine patch for pain is judged as any opioid.
    ['Butrans', 'chronic low back pain', '2017-01-04', 'mtus-2016-opioids-initiation'],
    ['Suboxone', 'rule out opioid use disorder', '2017-01-04', 'mtus-2016-opioids-initiation'],
  ])('%s with "%s" on %s -> %s', (name, diagnosis, date, setId) => {
    expect(buprenorphine(name, diagnosis, date).guidelineSet?.id).toBe(setId);
  });

  it('is recommended for a diagnosed opioid use disorder, and cites its own section', () => {
    const result = buprenorphine('Suboxone', 'opioid use disorder, moderate');
    expect(criterionStatus(result, 'bup-opiate-addiction')).toBe('met');
    expect(result.recommendation).toBe('overturn');
    expect(result.guidelineLine).toBe('MTUS Chronic Pain Medical Treatment 2016, Section(s): Buprenorphine');
  });
});

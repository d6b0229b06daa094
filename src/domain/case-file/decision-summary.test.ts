import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCaseDraft } from '../case/case-schema';
import { emptyServiceFacts } from '../case/empty-case';
import { REQUEST_FACT_KEYS } from '../case/request-words';
import { answer } from '../evaluator/case-builders';
import { DEV_FIXTURE_CASES } from '../evaluator/dev-fixture-cases';
import { evaluate } from '../evaluator/evaluate';
import { criterionStatus } from '../evaluator/evaluation-queries';
import { MEDICATION_FIXTURE_CASES } from '../evaluator/medication-fixture-cases';
import { PROCEDURE_FIXTURE_CASES } from '../evaluator/procedure-fixture-cases';
import { GUIDELINE_LIBRARY } from '../guidelines';
import {
  caseFromDecisionSummaries,
  caseFromDecisionSummary,
  type DecisionSummary,
  findingAnswersFor,
  readDecisionSummaries,
  readDecisionSummaryCase,
  serviceTypeOf,
  summariesByCase,
} from './decision-summary';

// The development fixtures as published (summaries of public IMR letters), copied for the tests.
const DEV_SUMMARIES_FILE = new URL(
  '../../../e2e/fixtures/decision-summaries/dev-cases.json',
  import.meta.url,
);
const read = readDecisionSummaries(JSON.parse(readFileSync(DEV_SUMMARIES_FILE, 'utf8')));
if (!read.ok) throw new Error(read.problems.join('\n'));
const summaries = read.summaries;
const summary = (caseNumber: string, subcategory?: string): DecisionSummary =>
  summaries.find(
    (entry) =>
      entry.caseNumber === caseNumber &&
      (subcategory === undefined || entry.requestedService.subcategory === subcategory),
  )!;
const itemOf = (entry: DecisionSummary) => caseFromDecisionSummary(entry, 'case').disputedItems[0]!;

// The same letters entered by hand (facts read by a person), keyed by the fixture id.
const HAND_ENTERED = new Map(
  [...DEV_FIXTURE_CASES, ...MEDICATION_FIXTURE_CASES, ...PROCEDURE_FIXTURE_CASES].map((fixture) => [
    fixture.fixtureId,
    fixture.draft,
  ]),
);

describe('reading summaries of IMR decisions', () => {
  it('reads every development summary', () => {
    expect(summaries).toHaveLength(33);
  });

  it.each(summaries.map((entry) => [entry.id ?? entry.caseNumber, entry] as const))(
    '%s: the service type read from the words is the one entered by hand',
    (fixtureId, entry) => {
      const byHand = HAND_ENTERED.get(fixtureId)?.disputedItems[0];
      expect(byHand).toBeDefined();
      expect(itemOf(entry).serviceType).toBe(byHand?.serviceType);
    },
  );

  it('enters the dates, the patient, the diagnoses, the UR action and the whole modified request', () => {
    const draft = caseFromDecisionSummary(summary('CM17-0009995'), 'case');
    expect(draft.imr).toMatchObject({
      caseNumber: 'CM17-0009995',
      requestDate: '',
      urDeterminationDate: '2017-01-13',
      assignmentDate: '2017-01-19',
      decisionDate: '2017-02-16',
    });
    expect(draft.patient).toMatchObject({ age: 54, sex: 'female' });
    expect(draft.injury.dateOfInjury).toBe('2016-10-31');
    expect(draft.injury.diagnoses.map((diagnosis) => diagnosis.text)).toEqual(['left hip strain']);
    const item = draft.disputedItems[0]!;
    expect(item).toMatchObject({ urDecision: 'modified', urApproved: '#42', serviceType: 'muscle_relaxant' });
    // IMR judges the whole original request: #60, not the #18 left after UR.
    expect(item.medication).toMatchObject({ strength: '7.5 mg', quantity: 60 });
    expect(draft.treatment.medications.map((medication) => medication.name)).toEqual([
      'cyclobenzaprine',
      'famotidine',
      'ketoprofen',
      'LidoPro ointment',
    ]);
    expect(draft.reports.at(-1)?.examFindings).toContain('left lumbosacral paraspinal tenderness');
  });

  it.each([
    ['Current medications include Norco 10/325 mg three times daily and gabapentin', ['Norco', 'gabapentin']],
    [
      'Medications have included Norco 10/325 mg four times daily and Soma 350 mg twice daily',
      ['Norco', 'Soma'],
    ],
    [
      'The medication list includes tramadol ER 150 mg daily and cyclobenzaprine 7.5 mg',
      ['tramadol ER', 'cyclobenzaprine'],
    ],
  ])('reads the medications a finding lists: "%s"', (finding, names) => {
    const draft = caseFromDecisionSummary(
      {
        caseNumber: 'CM17-TEST-7',
        keyFindings: [finding],
        requestedService: { name: 'Norco 10/325 mg #90' },
      },
      'case',
    );
    expect(draft.treatment.medications.map(({ name }) => name)).toEqual(names);
  });

  it('keeps a daily total out of the medications: it restates the regimen', () => {
    const draft = caseFromDecisionSummary(
      {
        caseNumber: 'CM17-TEST-TOTAL',
        keyFindings: ['Norco 10/325 up to 4/day; walks 30 min', 'Hydrocodone 40 mg/day (40 MED)'],
        requestedService: { name: 'Norco 10/325 mg #120', dose: 'up to 4 times daily' },
      },
      'case',
    );
    expect(draft.treatment.medications.map(({ name }) => name)).not.toContain('Hydrocodone 40');
  });

  it('takes the sig a finding gives the requested drug as asked for', () => {
    const draft = caseFromDecisionSummary(
      {
        caseNumber: 'CM17-TEST-SIG',
        keyFindings: ['tramadol 50 mg bid prn requested as first opioid; goals: walk 20 min'],
        requestedService: { name: 'Tramadol 50 mg #60' },
      },
      'case',
    );
    expect(draft.disputedItems[0]?.medication).toMatchObject({ frequency: 'bid prn', quantity: 60 });
  });

  it('reads a functional restoration program in full days, five a week, with none attended unless told', () => {
    const program = (name: string, keyFindings: string[] = []) => {
      const read = readDecisionSummaryCase(
        [{ caseNumber: 'CM17-TEST-FRP', requestDate: '2017-01-10', keyFindings, requestedService: { name } }],
        'case',
      );
      return { draft: read.draft, answers: read.answersByItem[0] ?? [] };
    };
    const first = program('Functional restoration program, 10 days (80 hours)');
    expect(first.draft.disputedItems[0]).toMatchObject({ frequencyPerWeek: 5, durationWeeks: 2 });
    expect(first.answers.map((answer) => [answer.key, answer.value])).toEqual(
      expect.arrayContaining([
        ['sessionsCompletedInProgram', 0],
        ['weeksCompletedInProgram', 0],
      ]),
    );
    const continued = program('Functional restoration program, 2 weeks', [
      'He completed 2 weeks of the functional restoration program with gains in sitting tolerance',
    ]);
    // The time told is read, five days a week; gains only when measured.
    const valuesOf = (read: typeof continued) =>
      Object.fromEntries(
        read.answers
          .filter((answer) => /Program$|^measurableGains/.test(answer.key))
          .map((answer) => [answer.key, answer.value]),
      );
    expect(valuesOf(continued)).toEqual({ sessionsCompletedInProgram: 10, weeksCompletedInProgram: 2 });
    const measured = program('Functional restoration program, additional 10 days (80 hours)', [
      'Completed 10 full days (80 hours) from 12/12 to 12/23/2016 with full attendance',
      'Objective gains over the 2 weeks: sitting tolerance 15 to 40 minutes, Oswestry 56% to 42%',
    ]);
    expect(valuesOf(measured)).toEqual({
      sessionsCompletedInProgram: 10,
      weeksCompletedInProgram: 2,
      measurableGainsDocumented: true,
    });
    // Asked for again with no time told: unknown, not none.
    expect(valuesOf(program('Functional restoration program, additional 2 weeks'))).toEqual({});
  });

  it('reads a medication list written without its colon ("medications naproxen 500 mg ...")', () => {
    const entry: DecisionSummary = {
      caseNumber: 'CM17-TEST-MEDS',
      requestDate: '2016-12-29',
      urDate: '2017-01-05',
      letterDate: '2017-02-20',
      dateOfInjury: '2010-07-14',
      urAction: 'non-certified',
      keyFindings: [
        '10/18/2016: right knee pain 5/10; medications naproxen 500 mg twice daily, omeprazole 20 mg daily and acetaminophen 500 mg',
        'medications were reviewed with her',
      ],
      requestedService: { name: 'Omeprazole (Prilosec) 20 mg #30', category: 'pharmaceutical' },
    };
    expect(caseFromDecisionSummary(entry, 'case').treatment.medications.map((m) => m.name)).toEqual([
      'naproxen',
      'omeprazole',
      'acetaminophen',
    ]);
  });

  it('reads a regimen under its heading, with when each drug began as the words allow', () => {
    const entry: DecisionSummary = {
      caseNumber: 'CM16-TEST-TESTOSTERONE',
      requestDate: '2016-11-01',
      urDate: '2016-11-08',
      letterDate: '2016-12-20',
      dateOfInjury: '2004-07-19',
      urAction: 'non-certified',
      keyFindings: [
        'long-term opioids, stable 3 years: methadone 10 mg tid and oxycodone 10 mg bid',
        'on Soma since 2014',
      ],
      requestedService: { name: 'AndroGel (testosterone gel) 1.62%', category: 'pharmaceutical' },
    };
    expect(
      caseFromDecisionSummary(entry, 'case').treatment.medications.map(({ name, startDate }) => [
        name,
        startDate,
      ]),
    ).toEqual([
      ['methadone', '2013-11-02'],
      ['oxycodone', '2013-11-02'],
      ['Soma', '2014-12-31'],
    ]);
  });

  it('takes the course a plan sets for the requested drug when no sig gives one', () => {
    const entry = (findings: string[], name = 'Tizanidine (Zanaflex) 4 mg #20'): DecisionSummary => ({
      caseNumber: 'CM17-TEST-COURSE',
      requestDate: '2016-12-22',
      urDate: '2016-12-29',
      letterDate: '2017-02-10',
      dateOfInjury: '2012-10-09',
      urAction: 'non-certified',
      keyFindings: findings,
      requestedService: { name, category: 'pharmaceutical' },
    });
    const daysOf = (findings: string[], name?: string) =>
      caseFromDecisionSummary(entry(findings, name), 'case').disputedItems[0]?.medication.daysSupply;
    expect(daysOf(['plan 12/22/2016: tizanidine for about 2 weeks, continue ibuprofen'])).toBe(14);
    expect(
      daysOf(['plan: Zanaflex 4 mg at bedtime "for 2 weeks only"'], 'Zanaflex (tizanidine) 4 mg #30'),
    ).toBe(14);
    // A span that is not the drug's plan is not its course.
    expect(daysOf(['tizanidine helped for 2 weeks last year'])).toBeNull();
    expect(daysOf(['plan: modified duty for 2 weeks'])).toBeNull();
  });

  it('gives a refill with no sig the sig its drug is taken at', () => {
    const entry: DecisionSummary = {
      caseNumber: 'CM16-TEST-REFILL-SIG',
      requestDate: '2016-10-21',
      urDate: '2016-10-31',
      letterDate: '2016-12-15',
      dateOfInjury: '2012-05-14',
      urAction: 'non-certified',
      keyFindings: ['10/21/2016: working modified duty; Norco was taken three times daily; no sedation'],
      requestedService: {
        name: 'Norco (hydrocodone/acetaminophen) 10/325 mg #90',
        category: 'pharmaceutical',
      },
    };
    const item = caseFromDecisionSummary(entry, 'case').disputedItems[0];
    expect(item?.medication.frequency).toBe('three times daily');
    expect(item?.medication.strength).toBe('10/325 mg');
  });

  it('reads no surgery planned for blocks from a counted course, and "no prior ... surgery" as none', () => {
    const entry: DecisionSummary = {
      caseNumber: 'CM17-TEST-MBB3',
      requestDate: '2017-01-09',
      urDate: '2017-01-16',
      letterDate: '2017-03-01',
      dateOfInjury: '2014-11-20',
      urAction: 'non-certified',
      keyFindings: ['12 PT visits in 2016, continues HEP; no prior injections or lumbar surgery'],
      requestedService: {
        name: 'Bilateral L4-5 and L5-S1 medial branch blocks (diagnostic) under fluoroscopy',
        category: 'injection',
        quantity: '1 session (2 levels bilaterally)',
      },
    };
    expect(caseFromDecisionSummary(entry, 'case').disputedItems[0]?.facts.surgicalCandidate).toBe(false);
  });

  it('reads the medications a "Meds:" finding lists', () => {
    const draft = caseFromDecisionSummary(summary('CM16-0247624', 'NSAID'), 'case');
    expect(draft.treatment.medications.map((medication) => medication.name)).toEqual([
      'Ambien',
      'naproxen',
      'Flexeril',
    ]);
  });

  it('reads a schedule from the UR action when the request names none, and the body parts as written', () => {
    expect(itemOf(summary('CM17-0013754'))).toMatchObject({
      frequencyPerWeek: 3,
      durationWeeks: 4,
      bodyPart: 'lumbar spine',
      urApproved: '10 (and one L4-5 epidural)',
    });
    expect(itemOf(summary('CM16-0243453'))).toMatchObject({
      frequencyPerWeek: 2,
      durationWeeks: 4,
      bodyPart: 'right elbow and right knee',
    });
    expect(itemOf(summary('CM16-0247405'))).toMatchObject({ quantity: 8, frequencyPerWeek: null });
  });

  it("lists a compound's ingredients with their strengths", () => {
    const { medication } = itemOf(summary('CM17-0007300'));
    expect(medication.ingredients.map(({ name, strength }) => `${name} ${strength}`.trim())).toEqual([
      'flurbiprofen 10%',
      'cyclobenzaprine 3%',
      'gabapentin 6%',
      'lidocaine 5%',
      'dextromethorphan',
    ]);
  });

  it('answers only what the request or a key finding states: the rest stays not documented', () => {
    for (const entry of summaries) {
      const draft = caseFromDecisionSummary(entry, 'case');
      const item = draft.disputedItems[0]!;
      // A draft the schema accepts as it stands: what import stores and the wizard opens.
      expect(parseCaseDraft(draft).ok).toBe(true);
      // The facts entered describe the request itself (a modality, a rental) or are stated by a
      // finding, each among the questions the service type asks; no judgment is ever answered.
      const facts: Record<string, unknown> = { ...item.facts };
      const empty: Record<string, unknown> = { ...emptyServiceFacts() };
      for (const key of [
        ...REQUEST_FACT_KEYS,
        ...findingAnswersFor(entry, { ...item, facts: emptyServiceFacts() }).map((answer) => answer.key),
      ]) {
        delete facts[key];
        delete empty[key];
      }
      expect(facts).toEqual(empty);
      expect(item.review.criteria).toEqual({});
    }
    const mri = caseFromDecisionSummary(summary('CM17-0010364'), 'case');
    expect(mri.disputedItems[0]?.facts.neuroDeficit).toBe(false);
    const [item] = evaluate(mri, GUIDELINE_LIBRARY, { asOf: '2017-02-10' }).items;
    expect(item?.guidelineSet?.id).toBe('acoem-2004-low-back-mri-ct');
    const status = (id: string) => item?.criteria.find((criterion) => criterion.criterionId === id)?.status;
    // "No sensory, motor or reflex deficit" answers the nerve question; red flags are left to the reviewer.
    expect(status('img-nerve-compromise')).toBe('not_met');
    expect(status('img-red-flags')).toBe('not_documented');
  });

  it('reads a neck MRI summary into the answers that overturn it: a sensory loss after a month of care', () => {
    const entry = summary('CM16-0246624');
    const draft = caseFromDecisionSummary(entry, 'case');
    expect(draft.disputedItems[0]?.facts).toMatchObject({ neuroDeficit: true, conservativeCareWeeks: 4 });
    const [item] = evaluate(draft, GUIDELINE_LIBRARY, { asOf: entry.letterDate ?? '' }).items;
    expect(item?.recommendation).toBe('overturn');
  });

  it('enters the courses of therapy the findings count, which the visit rules then read', () => {
    const entry = summary('CM17-0004738');
    const draft = caseFromDecisionSummary(entry, 'case');
    expect(draft.treatment.therapyCourses).toMatchObject([
      { discipline: 'chiropractic', visitsCompleted: 6, functionalImprovementDocumented: true },
    ]);
    const [item] = evaluate(draft, GUIDELINE_LIBRARY, { asOf: entry.letterDate ?? '' }).items;
    const status = (id: string) => item?.criteria.find((criterion) => criterion.criterionId === id)?.status;
    expect(status('ch-total-visits-18')).toBe('met');
    expect(status('ch-functional-improvement')).toBe('met');
    // The chiropractor's notes measure the gains (motion, tenderness): the request with them is the
    // plan with measurable goals, so the 6 more visits within 18 are supported, as the letter found.
    expect(status('ch-plan-of-care')).toBe('met');
    expect(item?.recommendation).toBe('overturn');
  });

  it('keeps a gel a topical and a request list a request: neither is a second NSAID beside the naproxen asked for', () => {
    const entry: DecisionSummary = {
      caseNumber: 'CM17-9000002',
      requestDate: '2016-12-15',
      urDate: '2016-12-22',
      dateOfInjury: '2014-02-11',
      diagnoses: ['right knee osteoarthritis'],
      keyFindings: [
        'Voltaren 1% gel TID to the left hand; pain 4/10',
        "RFA 12/15/2016: naproxen 550 mg BID #60; Celebrex 200 mg daily #30, 'if naproxen is not tolerated'",
      ],
      requestedService: { name: 'Naproxen sodium 550 mg #60' },
      decision: 'Overturned',
    };
    const draft = caseFromDecisionSummary(entry, 'case');
    expect(draft.treatment.medications.map(({ name, route }) => [name, route])).toEqual([
      ['Voltaren', 'topical'],
    ]);
    const [item] = evaluate(draft, GUIDELINE_LIBRARY, { asOf: '2017-01-10' }).items;
    expect(
      item?.criteria.find((criterion) => criterion.criterionId === 'nsaid-no-second-nsaid')?.status,
    ).toBe('met');
  });

  it("reads a chiropractor's plan of care for manipulation with its goals, and a first trial then overturns", () => {
    const entry: DecisionSummary = {
      caseNumber: 'CM17-9000001',
      requestDate: '2016-12-09',
      urDate: '2016-12-16',
      dateOfInjury: '2016-10-28',
      diagnoses: ['lumbar sprain/strain'],
      keyFindings: [
        'LBP after lifting a transmission, no radiation; SLR neg, neuro intact; no red flags',
        'no prior chiropractic or manipulation; 6 PT sessions with little change',
        'plan of care: spinal manipulation 3x/week x 2 weeks with HEP; goals sitting 60 min and return to full duty',
      ],
      requestedService: { name: 'Chiropractic manipulation, lumbar spine, 3x/week for 2 weeks' },
      decision: 'Overturned',
    };
    const draft = caseFromDecisionSummary(entry, 'case');
    expect(draft.disputedItems[0]?.facts.manipulationPlanOfCare).toBe(true);
    const [item] = evaluate(draft, GUIDELINE_LIBRARY, { asOf: '2017-01-10' }).items;
    expect(item?.criteria.find((criterion) => criterion.criterionId === 'ch-plan-of-care')?.status).toBe(
      'met',
    );
    expect(item?.recommendation).toBe('overturn');
  });

  it("reads an opioid refill with its monitoring: the 4 A's it states leave no indication to taper", () => {
    const entry: DecisionSummary = {
      caseNumber: 'CM17-TEST-2',
      requestDate: '2017-01-10',
      urDate: '2017-01-20',
      letterDate: '2017-02-20',
      dateOfInjury: '2014-05-01',
      reportDates: ['2017-01-10'],
      diagnoses: ['lumbar radiculopathy'],
      keyFindings: [
        'Meds: Norco 10/325 three times daily, naproxen',
        'Norco reduces pain from 8/10 to 4/10 and allows him to work modified duty',
        'urine drug screen consistent',
        'CURES report reviewed and consistent',
        'signed opioid agreement on file',
        'no side effects; no aberrant behavior',
      ],
      urAction: 'modified',
      requestedService: {
        name: 'Norco 10/325 mg #90',
        category: 'pharmaceutical',
        dose: '1 tablet three times daily',
      },
    };
    const draft = caseFromDecisionSummary(entry, 'case');
    const [item] = draft.disputedItems;
    // A combination strength is read whole, and the history's Norco is the same drug: counted once.
    expect(item?.medication).toMatchObject({
      strength: '10/325 mg',
      dose: '1 tablet',
      frequency: 'three times daily',
    });
    expect(
      draft.treatment.medications.map(({ name, strength, frequency }) => [name, strength, frequency]),
    ).toEqual([
      ['Norco', '10/325', 'three times daily'],
      ['naproxen', '', ''],
    ]);
    expect(draft.treatment.urineDrugTests).toEqual([
      { id: 'summary-udt-1', date: '2017-01-10', consistent: true },
    ]);
    const judge = (taper: '' | 'not_met') => {
      const judged = structuredClone(draft);
      if (taper)
        judged.disputedItems[0]!.review.criteria['op16-no-taper-indication'] = answer(
          taper,
          'The worker asks to stop.',
        );
      return evaluate(judged, GUIDELINE_LIBRARY, { asOf: '2017-02-20' }).items[0]!;
    };
    const status = (id: string) =>
      judge('').criteria.find((criterion) => criterion.criterionId === id)?.status;
    for (const id of [
      'op16-analgesia',
      'op16-activity',
      'op16-adverse-events',
      'op16-aberrant-behavior',
      'op16-cures',
      'op16-udt-monitoring',
      'op16-med-80',
      'op16-no-taper-indication',
    ])
      expect(status(id), id).toBe('met');
    expect(judge('').recommendation).toBe('overturn');
    expect(judge('not_met').recommendation).toBe('uphold');
  });

  it('counts hydrocodone/APAP taken and Norco requested at the same strength once, at the sig in words', () => {
    const entry: DecisionSummary = {
      caseNumber: 'CM17-TEST-MED',
      requestDate: '2016-12-15',
      urDate: '2016-12-22',
      letterDate: '2017-02-01',
      dateOfInjury: '2013-04-17',
      urAction: 'non-certified',
      keyFindings: ['hydrocodone/APAP 5/325 one tablet twice daily since 2015 (10 mg MED/day)'],
      requestedService: {
        name: 'Hydrocodone/APAP (Norco) 5/325 mg #60',
        category: 'pharmaceutical',
        quantity: '#60',
      },
    };
    const draft = caseFromDecisionSummary(entry, 'case');
    expect(draft.treatment.medications.map(({ name, dose, frequency }) => [name, dose, frequency])).toEqual([
      ['hydrocodone/APAP', 'one tablet', 'twice daily'],
    ]);
    const [item] = evaluate(draft, GUIDELINE_LIBRARY, { asOf: '2017-02-01' }).items;
    const med = item?.criteria.find((criterion) => criterion.criterionId === 'op16-med-80');
    expect(med?.status).toBe('met');
    expect(med?.evidence).toContain('MED 10 MME/day');
  });

  it('counts weeks of conservative care from the injury when a course was had and no span is stated', () => {
    const knee = (findings: string[], dateOfInjury = '2016-08-26'): DecisionSummary => ({
      caseNumber: 'CM16-TEST-KNEE',
      requestDate: '2016-10-31',
      urDate: '2016-11-04',
      letterDate: '2016-12-20',
      dateOfInjury,
      urAction: 'non-certified',
      keyFindings: findings,
      requestedService: { name: 'MRI left knee without contrast', category: 'imaging' },
    });
    const weeksOf = (summary: DecisionSummary) =>
      caseFromDecisionSummary(summary, 'case').disputedItems[0]?.facts.conservativeCareWeeks;
    // 08/26 to 10/31: 9 weeks.
    expect(weeksOf(knee(['8 PT visits, ibuprofen, knee sleeve; light duty']))).toBe(9);
    // A span stated wins; too short a course, a post-operative one, or no course: not counted.
    expect(weeksOf(knee(['8 PT visits over 3 weeks']))).toBe(3);
    expect(weeksOf(knee(['3 PT visits, ibuprofen']))).toBeNull();
    expect(weeksOf(knee(['12 post-op PT visits']))).toBeNull();
    expect(weeksOf(knee(['ibuprofen and a knee sleeve']))).toBeNull();
    expect(weeksOf(knee(['8 PT visits'], ''))).toBeNull();
  });

  it('counts the weeks from the injury for care that did not help, once the injury is 6 months old', () => {
    const cbt = (dateOfInjury: string): DecisionSummary => ({
      caseNumber: 'CM17-TEST-CBT',
      requestDate: '2017-08-15',
      urDate: '2017-08-22',
      letterDate: '2017-10-01',
      dateOfInjury,
      urAction: 'non-certified',
      keyFindings: [
        'Psych evaluation 7/27/2017: BDI-II 28; fear-avoidance of driving and exercise; no prior psychological treatment',
        'PTP 8/8/2017: pain 6/10; limited progress in PT because of fear of movement; TTD',
      ],
      requestedService: { name: 'Cognitive behavioral therapy x 4 sessions', category: 'psychology' },
    });
    const chronic = caseFromDecisionSummary(cbt('2015-04-03'), 'case');
    expect(chronic.disputedItems[0]?.facts).toMatchObject({
      conservativeCareWeeks: 123,
      conservativeCareFailed: true,
      priorPsychotherapyVisits: 0,
    });
    const [item] = evaluate(chronic, GUIDELINE_LIBRARY, { asOf: '2017-10-01' }).items;
    expect(item?.recommendation).toBe('overturn');
    // Four months after the injury, how long the care ran is the reviewer's to enter.
    expect(
      caseFromDecisionSummary(cbt('2017-04-10'), 'case').disputedItems[0]?.facts.conservativeCareWeeks,
    ).toBeNull();
  });

  it('reads care as failed when a course without stated improvement is followed by marked pain', () => {
    const knee = (findings: string[]): DecisionSummary => ({
      caseNumber: 'CM17-TEST-PERSIST',
      requestDate: '2017-01-10',
      urDate: '2017-01-17',
      letterDate: '2017-02-20',
      dateOfInjury: '2016-11-04',
      urAction: 'non-certified',
      keyFindings: findings,
      requestedService: { name: 'MRI left knee without contrast', category: 'imaging' },
    });
    const failedOf = (findings: string[]) =>
      caseFromDecisionSummary(knee(findings), 'case').disputedItems[0]?.facts.conservativeCareFailed;
    const course = '8 PT visits 11/2016-12/2016, HEP; ibuprofen';
    expect(
      failedOf([course, '1/9/2017: medial knee pain 6/10 with catching and two episodes of locking']),
    ).toBe(true);
    // Mild pain, a course that helped, or too short a course: not read as failed.
    expect(failedOf([course, '1/9/2017: medial knee pain 3/10'])).toBeNull();
    expect(failedOf(['8 PT visits with improved motion', '1/9/2017: knee pain 6/10'])).toBeNull();
    expect(failedOf(['3 PT visits', '1/9/2017: knee pain 6/10'])).toBeNull();
    // After the course in its own finding, or a joint that still locks or gives way.
    expect(failedOf(['completed 12 PT visits and ibuprofen; 01/09/2017 pain 6/10 with stairs'])).toBe(true);
    expect(failedOf([course, 'the knee locks 2-3 times a week and gives way on stairs'])).toBe(true);
    expect(failedOf([course, 'no locking or giving way; pain 3/10'])).toBeNull();
    // Locking that outlasts a course which improved something else is care that failed it.
    expect(
      failedOf([
        '8 PT visits and HEP by 12/13/2016; range of motion better but the knee still locks and catches',
      ]),
    ).toBe(true);
    expect(
      failedOf(['8 PT visits by 12/13/2016; range of motion better; locking and catching persist']),
    ).toBe(true);
    expect(failedOf(['8 PT visits by 12/13/2016; range of motion better and no more locking'])).toBeNull();
    // Three kinds of care listed, none said to help, and pain still marked elsewhere.
    const list = 'PT and HEP, knee brace, naproxen, topical diclofenac';
    expect(failedOf(['R knee pain 7/10, worse w/ stairs', list])).toBe(true);
    expect(failedOf(['R knee pain 7/10', 'PT and HEP'])).toBeNull();
    expect(failedOf(['R knee pain 7/10', `${list}, which helped`])).toBeNull();
    expect(failedOf(['R knee pain 7/10 -> 3/10', list])).toBeNull();
    // Pain that still wakes the worker at night is marked.
    expect(failedOf(['night pain wakes him most nights', `18 PT visits; ibuprofen`])).toBe(true);
    expect(failedOf([course, 'no night pain; pain 3/10'])).toBeNull();
    // Pain told before the course is the baseline, not its result.
    expect(failedOf(['knee pain 7/10 at the first visit; completed 12 PT visits'])).toBeNull();
  });

  it('reads kinds of care listed, with no surgery spoken of, as no surgery planned for a facet block', () => {
    const blocks = (findings: string[]): DecisionSummary => ({
      caseNumber: 'CM17-TEST-MBB',
      requestDate: '2017-01-10',
      urDate: '2017-01-17',
      letterDate: '2017-02-20',
      dateOfInjury: '2016-03-04',
      urAction: 'non-certified',
      keyFindings: findings,
      requestedService: {
        name: 'Diagnostic medial branch blocks, bilateral L4-5 and L5-S1',
        category: 'other',
      },
    });
    const candidateOf = (findings: string[]) =>
      caseFromDecisionSummary(blocks(findings), 'case').disputedItems[0]?.facts.surgicalCandidate;
    const care = 'over 3 months of PT, home exercise and meloxicam without lasting benefit';
    expect(candidateOf(['axial low back pain 7/10', `${care}; no prior spinal injections or surgery`])).toBe(
      false,
    );
    expect(candidateOf(['axial low back pain 7/10', care, 'spine surgeon to consider fusion'])).toBeNull();
  });

  it('reads a mood score that fell, or a return to work, after psychotherapy sessions as improvement', () => {
    const cbt = (findings: string[]): DecisionSummary => ({
      caseNumber: 'CM17-TEST-CBT',
      requestDate: '2017-02-02',
      urDate: '2017-02-09',
      letterDate: '2017-03-10',
      dateOfInjury: '2014-10-01',
      urAction: 'non-certified',
      keyFindings: findings,
      requestedService: { name: 'Cognitive behavioral therapy, additional 4 sessions', category: 'other' },
    });
    const improvedOf = (findings: string[]) =>
      caseFromDecisionSummary(cbt(findings), 'case').disputedItems[0]?.facts.functionalImprovementAfterPrior;
    expect(improvedOf(['6 CBT sessions 11/2016-1/2017: BDI-II 31->19, BAI 24->14'])).toBe(true);
    expect(
      improvedOf(['6 CBT sessions 11/2016-1/2017', 'back to modified duty 4 hrs/day since 1/2017']),
    ).toBe(true);
    // The same scale scored in findings told in turn, and more hours at work.
    expect(
      improvedOf([
        'psychological evaluation 9/26/2016: pain-related anxiety; GAD-7 15, PHQ-9 9',
        '4 CBT sessions completed 10/5-10/26/2016 (certified by UR)',
        '11/21/2016 psychology report: GAD-7 8',
      ]),
    ).toBe(true);
    expect(
      improvedOf(['4 CBT sessions completed 10/2016', 'modified duty increased from 4 to 6 hours a day']),
    ).toBe(true);
    expect(improvedOf(['4 CBT sessions completed 10/2016', 'GAD-7 15', 'GAD-7 12'])).toBeNull();
    // A score that barely moved, or no sessions had.
    expect(improvedOf(['6 CBT sessions 11/2016-1/2017: BDI-II 31->29'])).toBeNull();
    expect(improvedOf(['no psychotherapy before; BDI-II 31->19 on duloxetine'])).toBeNull();
  });

  it("reads a surgery considered for another body region as none for this item's region", () => {
    const letter = (request: string, findings: string[]): DecisionSummary => ({
      caseNumber: 'CM17-TEST-REGION',
      requestDate: '2016-12-20',
      urDate: '2016-12-28',
      letterDate: '2017-02-01',
      dateOfInjury: '2016-09-30',
      urAction: 'non-certified',
      keyFindings: findings,
      requestedService: { name: request, category: 'imaging' },
    });
    const consideredOf = (entry: DecisionSummary) =>
      caseFromDecisionSummary(entry, 'case').disputedItems[0]?.facts.surgeryConsidered;
    const cuff =
      'orthopedist documents she would be a candidate for cuff repair if a full-thickness tear is found';
    expect(consideredOf(letter('MRI right shoulder without contrast', [cuff]))).toBe(true);
    expect(consideredOf(letter('MRI cervical spine without contrast', [cuff]))).toBeNull();
    // A surgery of the item's own region still counts, in the same finding or another.
    expect(consideredOf(letter('MRI cervical spine', [`${cuff}; a C5-6 ACDF is being considered`]))).toBe(
      true,
    );
    expect(consideredOf(letter('MRI cervical spine', ['surgery is being considered']))).toBe(true);
  });

  it('reads hand numbness in carpal tunnel syndrome as no radiating symptom, unless the spine is diagnosed too', () => {
    const studies = (diagnoses: string[], findings: string[]): DecisionSummary => ({
      caseNumber: 'CM17-TEST-CTS',
      requestDate: '2017-01-12',
      urDate: '2017-01-20',
      letterDate: '2017-02-25',
      dateOfInjury: '2014-05-01',
      urAction: 'non-certified',
      diagnoses,
      keyFindings: findings,
      requestedService: { name: 'EMG, bilateral upper extremities', category: 'imaging' },
    });
    const radicularOf = (entry: DecisionSummary) =>
      caseFromDecisionSummary(entry, 'case').disputedItems[0]?.facts.radicularSymptoms;
    const numb = ['numbness and tingling of the thumb, index and middle fingers of both hands'];
    expect(radicularOf(studies(['bilateral carpal tunnel syndrome'], numb))).toBeNull();
    expect(radicularOf(studies(['bilateral carpal tunnel syndrome', 'cervical radiculopathy'], numb))).toBe(
      true,
    );
    expect(radicularOf(studies(['cervical strain'], numb))).toBe(true);
    // A neck strain beside the carpal tunnel names no root: the numbness stays the wrist's.
    expect(radicularOf(studies(['bilateral carpal tunnel syndrome', 'cervical strain'], numb))).toBeNull();
    expect(
      radicularOf(studies(['carpal tunnel syndrome'], ['neck pain radiating down the arm to the fingers'])),
    ).toBe(true);
  });

  it('reads a recent fall in a worker with osteoporosis as a red flag for fracture, not an old one', () => {
    const xray = (dateOfInjury: string, findings: string[], diagnoses: string[] = []): DecisionSummary => ({
      caseNumber: 'CM17-TEST-XR',
      requestDate: '2017-01-10',
      urDate: '2017-01-17',
      letterDate: '2017-02-20',
      dateOfInjury,
      urAction: 'non-certified',
      diagnoses,
      keyFindings: findings,
      requestedService: { name: 'X-rays thoracic and lumbar spine, AP and lateral', category: 'imaging' },
    });
    const redFlagsOf = (entry: DecisionSummary) =>
      caseFromDecisionSummary(entry, 'case').disputedItems[0]?.facts.redFlags;
    const fall = ['slipped on a wet floor and landed on her buttocks; T12-L1 point tenderness'];
    expect(redFlagsOf(xray('2016-12-29', fall, ['thoracolumbar contusion', 'osteoporosis']))).toBe(true);
    expect(redFlagsOf(xray('2016-12-29', [...fall, 'taking alendronate since 2014']))).toBe(true);
    // No weak bone, or the fall was years ago.
    expect(redFlagsOf(xray('2016-12-29', fall, ['thoracolumbar contusion']))).toBeNull();
    expect(redFlagsOf(xray('2012-03-01', fall, ['osteoporosis']))).toBeNull();
    // Denied in a list of pertinent negatives: neither a fall nor weak bone.
    expect(
      redFlagsOf(
        xray('2016-12-29', [
          'lifting injury; no fever, weight loss, bowel or bladder change, osteoporosis or fall',
        ]),
      ),
    ).toBeNull();
  });

  it('reads a cancer in the history with weight loss or night pain as a red flag for tumor', () => {
    const mri = (findings: string[], diagnoses: string[] = []): DecisionSummary => ({
      caseNumber: 'CM17-TEST-TUMOR',
      requestDate: '2017-02-16',
      letterDate: '2017-04-11',
      dateOfInjury: '2017-01-09',
      urAction: 'non-certified',
      diagnoses,
      keyFindings: findings,
      requestedService: { name: 'MRI lumbar spine with and without contrast', category: 'imaging' },
    });
    const redFlagsOf = (entry: DecisionSummary) =>
      caseFromDecisionSummary(entry, 'case').disputedItems[0]?.facts.redFlags;
    const signs = [
      'pain 8/10, constant and waking him at night, not relieved by rest',
      'unintentional 14 lb weight loss',
    ];
    expect(redFlagsOf(mri(signs, ['low back pain', 'history of prostate cancer (prostatectomy 2012)']))).toBe(
      true,
    );
    // The history alone, or the signs alone, or a cancer denied, are not the red flag.
    expect(redFlagsOf(mri(['lumbar strain'], ['history of prostate cancer']))).toBeNull();
    expect(redFlagsOf(mri(signs))).toBeNull();
    expect(redFlagsOf(mri([...signs, 'no cancer history']))).toBeNull();
  });

  it('gives equipment asked for beside a surgery of its region the surgery as its use and reason', () => {
    const letter = (equipment: string): DecisionSummary[] =>
      ['Right knee arthroscopy with partial medial meniscectomy', equipment].map((name, index) => ({
        caseNumber: 'CM16-TEST-POSTOP',
        id: `postop-${index + 1}`,
        requestDate: '2016-09-01',
        keyFindings: ['MRI 4/12/2016: tear of the posterior horn of the medial meniscus'],
        requestedService: { name, category: index === 0 ? 'surgery' : 'DME' },
      }));
    const facts = (equipment: string) =>
      caseFromDecisionSummaries(letter(equipment), 'case').disputedItems[1]?.facts;
    expect(facts('Cold therapy unit, 7-day rental')?.postoperative).toBe(true);
    expect(facts('Knee sling')).toMatchObject({ postoperative: true, rationaleStated: true });
    // Equipment for another region is not the surgery's.
    expect(facts('TENS unit purchase, lumbar spine')?.postoperative).toBeNull();
  });

  it('reads a count of braces or splints one to a side', () => {
    expect(
      itemOf({
        caseNumber: 'CM16-TEST-SPLINT',
        requestDate: '2016-10-13',
        requestedService: { name: 'Wrist splints, bilateral', category: 'DME', quantity: '2 (1 per wrist)' },
      }).quantity,
    ).toBe(2);
  });

  it('reads dates written with the month named', () => {
    const entry: DecisionSummary = {
      caseNumber: 'CM17-TEST-MONTHS',
      requestDate: '2017-01-18',
      letterDate: '2017-02-22',
      keyFindings: [
        'She received a left L4-5 transforaminal epidural steroid injection on October 25, 2016; about 30% relief lasting 2 weeks',
      ],
      requestedService: {
        name: 'Repeat left L4-5 transforaminal epidural steroid injection',
        category: 'injection',
      },
    };
    expect(caseFromDecisionSummary(entry, 'case').treatment.injections).toMatchObject([
      { date: '2016-10-25', reliefPercent: 30, reliefWeeks: 2 },
    ]);
  });

  it('reads three kinds of care only when they were had', () => {
    const entry = (findings: string[]): DecisionSummary => ({
      caseNumber: 'CM17-TEST-CARE',
      requestDate: '2017-01-17',
      dateOfInjury: '2016-12-12',
      keyFindings: findings,
      requestedService: { name: 'Right L5-S1 transforaminal ESI', category: 'injection' },
    });
    const failedOf = (findings: string[]) => itemOf(entry(findings)).facts.conservativeCareFailed;
    const pain = 'low back pain with right leg pain, 8/10';
    expect(failedOf([pain, 'ibuprofen, activity modification, PT and a home exercise program'])).toBe(true);
    expect(
      failedOf([
        pain,
        'ibuprofen 600 mg tid and activity modification since 12/13/2016; 8 PT visits authorized 1/5/2017, not started; no home exercise program',
      ]),
    ).toBeNull();
  });

  it('leaves out a drug a later finding says was stopped, and reads a "meds -" list', () => {
    const entry = (findings: string[]): DecisionSummary => ({
      caseNumber: 'CM16-TEST-STOPPED',
      requestDate: '2016-09-26',
      keyFindings: findings,
      requestedService: { name: 'Omeprazole 20 mg #30', category: 'pharmaceutical' },
    });
    const names = (findings: string[]) =>
      caseFromDecisionSummary(entry(findings), 'case').treatment.medications.map((m) => m.name);
    expect(
      names([
        "Doctor's First Report 08/31/2016: neck pain 7/10. Naproxen 550 mg BID; PT 2x3",
        "PR-2 09/14/2016: nausea and epigastric pain on naproxen, stopped 9/10/16; acetaminophen 'doesn't touch it'",
      ]),
    ).not.toContain('Naproxen');
    expect(names(['PR-2 10/03/2016: meds - Norco 10/325 1 tab q8h prn, naproxen 550 mg BID'])).toEqual([
      'Norco',
      'naproxen',
    ]);
  });

  it("keeps for the case a drug one item's reading finds taken by its effect", () => {
    const letter = ['Repeat left L4-5 TFESI', 'Norco (hydrocodone/acetaminophen) 10/325 mg #30'].map(
      (name, index): DecisionSummary => ({
        caseNumber: 'CM16-TEST-EFFECT',
        id: `effect-${index + 1}`,
        requestDate: '2016-11-03',
        dateOfInjury: '2014-06-11',
        keyFindings: ['The 10/06/2016 report rates pain 4/10 with Norco and 7/10 without'],
        requestedService: { name, category: index === 0 ? 'injection' : 'pharmaceutical' },
      }),
    );
    expect(
      caseFromDecisionSummaries(letter, 'case').treatment.medications.some((m) => /norco/i.test(m.name)),
    ).toBe(true);
  });

  it('counts a course dated after a recorded surgery as post-surgical', () => {
    const entry: DecisionSummary = {
      caseNumber: 'CM17-TEST-POSTSURGICAL',
      requestDate: '2017-03-15',
      diagnoses: [
        'comminuted left index proximal phalanx fracture',
        'status post open reduction and internal fixation (11/29/2016)',
      ],
      keyFindings: ['16 hand therapy visits from 12/19/2016 to 3/3/2017'],
      requestedService: {
        name: 'Hand therapy, left index finger, 2x/week for 4 weeks',
        category: 'physical medicine',
      },
    };
    expect(caseFromDecisionSummary(entry, 'case').treatment.therapyCourses).toMatchObject([
      { discipline: 'ot', visitsCompleted: 16, postsurgical: true },
    ]);
  });

  it('counts an undated course as post-surgical when the operation came within days of the injury', () => {
    const entry = (surgeryDate: string): DecisionSummary => ({
      caseNumber: 'CM17-TEST-PROMPT-SURGERY',
      requestDate: '2016-12-27',
      dateOfInjury: '2016-10-27',
      diagnoses: [
        'left index finger flexor tendon laceration, zone II',
        `status post primary flexor tendon repair ${surgeryDate}`,
      ],
      keyFindings: ['12 hand therapy visits completed under an early active motion protocol'],
      requestedService: { name: 'Post-operative hand therapy, left index finger, 2x/week for 6 weeks' },
    });
    expect(caseFromDecisionSummary(entry('10/28/2016'), 'case').treatment.therapyCourses).toMatchObject([
      { discipline: 'ot', visitsCompleted: 12, postsurgical: true },
    ]);
    // Weeks after the injury, an undated course may have come before the operation.
    expect(caseFromDecisionSummary(entry('12/01/2016'), 'case').treatment.therapyCourses).toMatchObject([
      { discipline: 'ot', visitsCompleted: 12, postsurgical: null },
    ]);
  });

  it('reads a cancer history with weight lost without trying as the red flag for imaging the spine', () => {
    const entry = (finding: string): DecisionSummary => ({
      caseNumber: 'CM17-TEST-TUMOR',
      letterDate: '2016-12-20',
      requestDate: '2016-12-01',
      dateOfInjury: '2016-11-03',
      diagnoses: ['lumbar strain'],
      keyFindings: ['prostate cancer treated with radiation in 2012', finding],
      requestedService: { name: 'MRI lumbar spine with and without contrast' },
    });
    expect(
      itemOf(entry('has lost 12 lb without trying since October; pain wakes him every night')).facts.redFlags,
    ).toBe(true);
    expect(itemOf(entry('weight stable; sleeps through the night')).facts.redFlags).not.toBe(true);
  });

  it('reads a mood scale from its baseline and a return to work as gains of the psychotherapy had', () => {
    const entry: DecisionSummary = {
      caseNumber: 'CM17-TEST-CBT',
      letterDate: '2016-12-20',
      requestDate: '2016-12-02',
      dateOfInjury: '2015-08-20',
      diagnoses: ['major depressive disorder, single episode, moderate'],
      keyFindings: [
        'psychological evaluation 9/14/2016; 6 individual CBT sessions from October to November 2016',
        'BDI-II fell from 31 at baseline to 18 on 11/30/2016',
      ],
      requestedService: { name: 'Individual cognitive behavioral psychotherapy, 4 sessions' },
    };
    expect(itemOf(entry).facts.functionalImprovementAfterPrior).toBe(true);
  });

  it('reads a motion measured short at the exam as the measure of a first manipulation trial', () => {
    const entry: DecisionSummary = {
      caseNumber: 'CM17-TEST-CMT-TRIAL',
      letterDate: '2016-12-20',
      requestDate: '2016-11-28',
      dateOfInjury: '2016-10-24',
      diagnoses: ['lumbar sprain/strain'],
      keyFindings: [
        '11/28/2016 exam: paraspinal spasm, flexion 45 degrees; straight leg raise negative',
        'no physical therapy, chiropractic or massage so far',
      ],
      requestedService: { name: 'Chiropractic manipulation, lumbar spine, 2x/week for 3 weeks' },
    };
    expect(itemOf(entry).facts.manipulationPlanOfCare).toBe(true);
  });

  it('leaves the drug a request replaces out of the drug requested', () => {
    const entry: DecisionSummary = {
      caseNumber: 'CM17-TEST-SWITCH',
      requestDate: '2016-12-19',
      dateOfInjury: '2016-10-24',
      diagnoses: ['lumbar strain'],
      keyFindings: ['on acetaminophen 1 g three times daily alone since 11/21/2016'],
      requestedService: { name: 'Celecoxib 200 mg #30 (switch from naproxen)', category: 'pharmaceutical' },
    };
    expect(itemOf(entry).medication.name).toBe('Celecoxib 200 mg #30');
  });

  it('enters each screen a finding dates', () => {
    const entry: DecisionSummary = {
      caseNumber: 'CM17-TEST-UDS',
      requestDate: '2017-03-03',
      keyFindings: [
        'tramadol ER 150 mg once daily since 2016-06',
        'point-of-care urine drug screens 2016-12-02, 2017-01-06 and 2017-02-03, all consistent with prescribed medication',
      ],
      requestedService: { name: 'Urine drug screen, 1 test', category: 'lab' },
    };
    expect(caseFromDecisionSummary(entry, 'case').treatment.urineDrugTests.map((test) => test.date)).toEqual([
      '2016-12-02',
      '2017-01-06',
      '2017-02-03',
    ]);
  });

  it("reads a home health request's hours a visit and days a week", () => {
    const homeHealth = (name: string, quantity: string) =>
      itemOf({
        caseNumber: 'CM16-TEST-HH',
        requestDate: '2016-09-01',
        requestedService: { name, category: 'other', subcategory: 'home health', quantity },
      });
    expect(
      homeHealth('Home health skilled nursing visits, 3x/week for 6 weeks', '18 visits (about 1 hour each)'),
    ).toMatchObject({ serviceType: 'home_health', frequencyPerWeek: 3, durationWeeks: 6, hoursPerDay: 1 });
    expect(homeHealth('Home health aide, 8 hours/day, 7 days/week for 3 months', '')).toMatchObject({
      frequencyPerWeek: 7,
      hoursPerDay: 8,
    });
  });

  it('reads manipulation requested with its gains measured as a plan of care with measurable goals', () => {
    const chiro = (findings: string[]): DecisionSummary => ({
      caseNumber: 'CM17-TEST-CHIRO',
      requestDate: '2016-12-08',
      urDate: '2016-12-15',
      letterDate: '2017-01-20',
      dateOfInjury: '2016-05-23',
      urAction: 'non-certified',
      keyFindings: findings,
      requestedService: {
        name: 'Chiropractic manipulation, lumbar spine',
        category: 'physical medicine',
        quantity: '6 (2x3)',
      },
    });
    const planOf = (findings: string[]) =>
      caseFromDecisionSummary(chiro(findings), 'case').disputedItems[0]?.facts.manipulationPlanOfCare;
    expect(planOf(['No prior chiropractic treatment', 'Oswestry 42%; working modified duty'])).toBe(true);
    expect(
      planOf([
        'Completed 6 chiropractic sessions',
        'Chiropractic notes show improved lumbar motion and less tenderness',
      ]),
    ).toBe(true);
    // A word of progress is no measure; a plan stated as missing stays missing.
    expect(
      planOf(["6 chiropractic visits; notes say 'responding well' but neck pain is 6/10 before and after"]),
    ).toBeNull();
    expect(planOf(['Oswestry 42%', 'no plan of care or functional goals documented'])).toBe(false);
    expect(planOf(['Neck Disability Index not repeated'])).toBeNull();
    // A first trial asked for with a motion measured short before it.
    expect(planOf(['flexion limited to 45 degrees, no radicular signs', 'no manipulation so far'])).toBe(
      true,
    );
    expect(planOf(['6 chiropractic visits done', 'flexion limited to 45 degrees'])).toBeNull();
    // The score named in full: "Oswestry disability score improved from 42% to 24%".
    expect(planOf(['6 chiropractic visits', 'Oswestry disability score improved from 42% to 24%'])).toBe(
      true,
    );
    // Goals stated in something measured, or a course that returned the worker to full duty.
    expect(
      planOf([
        'no prior chiropractic care',
        'stated goals: sitting tolerance over 1 hour and return to full duty',
      ]),
    ).toBe(true);
    expect(planOf(['12 chiropractic visits in 2014: pain 7/10 to 2/10; returned to full duty 11/2014'])).toBe(
      true,
    );
    expect(planOf(['no prior chiropractic care', 'goals not stated'])).toBe(false);
    expect(planOf(['no prior chiropractic care', 'goal: feel better'])).toBeNull();
  });

  it('reads relief and function on a continued opioid as pain and function assessed at the visits', () => {
    const norco = (findings: string[]): DecisionSummary => ({
      caseNumber: 'CM15-TEST-NORCO',
      requestDate: '2015-04-21',
      urDate: '2015-04-28',
      letterDate: '2015-06-01',
      dateOfInjury: '2013-03-14',
      urAction: 'non-certified',
      keyFindings: findings,
      requestedService: { name: 'Norco 10/325 mg #90', category: 'pharmaceutical', quantity: '#90' },
    });
    const assessedOf = (findings: string[]) =>
      caseFromDecisionSummary(norco(findings), 'case').disputedItems[0]?.facts.painAndFunctionDocumented;
    const taking =
      'According to the progress report dated 04/21/2015, he takes Norco 10/325 mg one tablet every 6 hours as needed';
    expect(
      assessedOf([
        taking,
        'He rated his pain 8/10 without medication and 4/10 with medication',
        'with medication he walks 30 minutes daily and does light yard work',
      ]),
    ).toBe(true);
    // Relief alone, or function alone, is not both assessed.
    expect(
      assessedOf([taking, 'He rated his pain 8/10 without medication and 4/10 with medication']),
    ).toBeNull();
    expect(
      assessedOf([taking, 'with medication he walks 30 minutes daily and does light yard work']),
    ).toBeNull();
  });

  it('reads a course whose gain is denied as care that failed, for a request that asks', () => {
    const esi = (findings: string[]): DecisionSummary => ({
      caseNumber: 'CM15-TEST-ESI',
      requestDate: '2015-09-29',
      urDate: '2015-10-06',
      letterDate: '2015-11-10',
      dateOfInjury: '2015-01-26',
      urAction: 'non-certified',
      keyFindings: findings,
      requestedService: {
        name: 'Left L5-S1 transforaminal epidural steroid injection under fluoroscopy',
        category: 'procedure',
        quantity: '1',
      },
    });
    const failedOf = (findings: string[]) =>
      caseFromDecisionSummary(esi(findings), 'case').disputedItems[0]?.facts.conservativeCareFailed;
    expect(
      failedOf([
        'Treatment to date has included 12 physical therapy visits, naproxen 550 mg twice daily and gabapentin 300 mg three times daily, with only minimal improvement in the leg pain',
      ]),
    ).toBe(true);
    expect(
      failedOf(['Treatment to date has included 12 physical therapy visits with good improvement']),
    ).toBeNull();
    expect(failedOf(['12 PT visits; progress plateaued'])).toBe(true);
    // Therapy after an operation is the post-surgical rule's to judge.
    expect(failedOf(['12 post-op PT visits; progress plateaued'])).toBeNull();
  });

  it('reads a listed history of care naming no spine operation as no fused level, for a facet block', () => {
    const block = (findings: string[], diagnoses: string[] = []): DecisionSummary => ({
      caseNumber: 'CM14-TEST-MBB',
      requestDate: '2014-05-27',
      urDate: '2014-06-03',
      letterDate: '2014-07-15',
      dateOfInjury: '2013-08-20',
      urAction: 'non-certified',
      diagnoses,
      keyFindings: findings,
      requestedService: {
        name: 'Bilateral C5-6 and C6-7 diagnostic medial branch blocks under fluoroscopy',
        category: 'procedure',
        quantity: '1',
      },
    });
    const fusedOf = (findings: string[], diagnoses: string[] = []) =>
      caseFromDecisionSummary(block(findings, diagnoses), 'case').disputedItems[0]?.facts
        .previouslyFusedLevel;
    const history =
      'Treatment to date has included 12 physical therapy visits, 6 chiropractic visits and naproxen';
    expect(fusedOf([history, 'A spine surgeon evaluation found no surgical indication'])).toBe(false);
    // A spine operation named anywhere, or no list of the care had, leaves it to the reviewer.
    expect(fusedOf([history], ['status post C5-6 ACDF'])).toBeNull();
    expect(fusedOf([history, 'planned a spine surgery referral'])).toBeNull();
    expect(fusedOf(['neck pain 6/10, worse with extension'])).toBeNull();
    // Care told as completed, counted, is a history of the care had too.
    expect(fusedOf(['She completed 12 physical therapy visits between 10/05/2015 and 12/18/2015'])).toBe(
      false,
    );
  });

  it('reads no surgery planned for a facet block whose summary tells the care had and speaks of none', () => {
    const block = (findings: string[], diagnoses: string[] = []): DecisionSummary => ({
      caseNumber: 'CM16-TEST-MBB2',
      requestDate: '2016-11-28',
      urDate: '2016-12-05',
      letterDate: '2017-01-20',
      dateOfInjury: '2015-06-08',
      urAction: 'non-certified',
      diagnoses,
      keyFindings: findings,
      requestedService: {
        name: 'Bilateral L4-5 and L5-S1 lumbar medial branch blocks under fluoroscopy (diagnostic)',
        category: 'other',
        quantity: '1 session (two levels, bilateral)',
      },
    });
    const itemFor = (findings: string[], diagnoses: string[] = []) =>
      caseFromDecisionSummary(block(findings, diagnoses), 'case').disputedItems[0];
    const care = 'She completed 12 physical therapy visits between 10/05/2015 and 12/18/2015';
    expect(itemFor([care, 'works as a forklift operator'])?.facts.surgicalCandidate).toBe(false);
    // Surgery spoken of anywhere, or no care told, leaves it to the reviewer.
    expect(itemFor([care, 'a spine surgeon will see her in March'])?.facts.surgicalCandidate).toBeNull();
    expect(itemFor([care], ['status post L5-S1 fusion'])?.facts.surgicalCandidate).toBeNull();
    expect(itemFor(['low back pain 7/10'])?.facts.surgicalCandidate).toBeNull();
    // The quantity's levels in words are what one session covers.
    expect(itemFor([care])?.quantity).toBe(1);
  });

  it('reads a drug whose effect a finding names as taken, with the units a day the findings state', () => {
    const norco: DecisionSummary = {
      caseNumber: 'CM15-TEST-REFILL',
      requestDate: '2015-02-10',
      urDate: '2015-02-17',
      letterDate: '2015-03-30',
      dateOfInjury: '2012-06-01',
      urAction: 'modified',
      keyFindings: [
        'chronic low back pain; 8/10 without medication, 4/10 with Norco',
        'stable dose of 3 tablets/day (30 mg MED) for over a year; also naproxen and home exercise',
      ],
      requestedService: {
        name: 'Norco (hydrocodone/acetaminophen) 10/325 mg (remaining #45 of #90)',
        category: 'pharmaceutical',
        quantity: '#45',
      },
    };
    const draft = caseFromDecisionSummary(norco, 'case');
    expect(draft.treatment.medications.map((medication) => medication.name)).toContain(
      'Norco (hydrocodone/acetaminophen) 10/325 mg (remaining #45 of #90)',
    );
    expect(draft.disputedItems[0]?.medication.confirmedMaxUnitsPerDay).toBe(3);
    const result = evaluate(draft, GUIDELINE_LIBRARY, { asOf: '2015-03-30' }).items[0];
    expect(result?.guidelineSet?.id).toBe('cpmtg-2009-opioids-ongoing');
    // The effect in the clause after the one naming the drug counts too.
    const following = caseFromDecisionSummary(
      { ...norco, keyFindings: ['pain 8/10 without and 4/10 with Norco; relief lasts 4-5 hours'] },
      'case',
    );
    expect(following.treatment.medications).toHaveLength(1);
    // A drug planned, with no effect reported, is a first prescription.
    const planned = caseFromDecisionSummary(
      { ...norco, keyFindings: ['chronic low back pain 8/10; plan: start Norco'] },
      'case',
    );
    expect(planned.treatment.medications).toEqual([]);
    // Relief from "medication" while the requested drug is only planned is not the drug's.
    const regimen = caseFromDecisionSummary(
      {
        ...norco,
        keyFindings: [
          '8/10 without medication and 4/10 with medication (naproxen)',
          'plan: start Norco 10/325',
        ],
      },
      'case',
    );
    expect(regimen.treatment.medications.map((medication) => medication.name)).not.toContain(
      norco.requestedService.name,
    );
  });

  it('reads a pain score with the function it limits as baseline pain and function, before a first opioid', () => {
    const tramadol = (findings: string[]): DecisionSummary => ({
      caseNumber: 'CM15-TEST-TRAMADOL',
      requestDate: '2015-06-01',
      urDate: '2015-06-08',
      letterDate: '2015-07-20',
      dateOfInjury: '2014-09-01',
      urAction: 'non-certified',
      keyFindings: findings,
      requestedService: { name: 'Tramadol ER 150 mg #30', category: 'pharmaceutical', quantity: '#30' },
    });
    const assessedOf = (findings: string[]) =>
      caseFromDecisionSummary(tramadol(findings), 'case').disputedItems[0]?.facts.painAndFunctionDocumented;
    expect(
      assessedOf(['right knee pain 7/10', 'stated goals: walk 30 minutes and return to modified duty']),
    ).toBe(true);
    expect(assessedOf(['knee pain 7/10; unable to kneel or climb stairs'])).toBe(true);
    expect(assessedOf(['right knee pain 7/10'])).toBeNull();
    expect(assessedOf(['unable to kneel or climb stairs'])).toBeNull();
  });

  it('reads a count of procedures before what they cover as the quantity', () => {
    const entry = (quantity: string): DecisionSummary => ({
      caseNumber: 'CM16-TEST-RFA-Q',
      requestDate: '2016-08-23',
      urDate: '2016-08-30',
      letterDate: '2016-10-11',
      dateOfInjury: '2012-04-17',
      urAction: 'non-certified',
      requestedService: {
        name: 'Bilateral L4-5 and L5-S1 radiofrequency ablation (medial branch neurotomy)',
        category: 'Injections',
        quantity,
      },
    });
    const quantityOf = (quantity: string) =>
      caseFromDecisionSummary(entry(quantity), 'case').disputedItems[0]?.quantity;
    expect(quantityOf('1 procedure, 2 levels bilateral')).toBe(1);
    expect(quantityOf('2 injections')).toBe(2);
    // Levels alone are what one procedure covers.
    expect(quantityOf('2 levels')).toBe(1);
    expect(quantityOf('2 levels, bilateral')).toBe(1);
    expect(quantityOf('2 levels, 3 sessions')).toBe(3);
    expect(quantityOf('1 level, 1 injection')).toBe(1);
    expect(quantityOf('2 levels, 2 blocks')).toBe(2);
    // A rental for a period is one unit rented.
    expect(quantityOf('6-week rental')).toBe(1);
    expect(quantityOf('rental for 30 days')).toBe(1);
    expect(quantityOf('rental of 2 units')).toBeNull();
    expect(quantityOf('1 (2 levels)')).toBe(1);
    expect(quantityOf('1 (two levels)')).toBe(1);
    expect(quantityOf('1 (bilateral, 2 levels)')).toBe(1);
    expect(quantityOf('2 (1 pair)')).toBe(2);
    expect(quantityOf('two levels, bilateral')).toBe(1);
    expect(quantityOf('1 session (2 levels bilaterally)')).toBe(1);
    expect(quantityOf('3 (bilateral)')).toBeNull();
  });

  it('takes the schedule from the quantity when the request names none ("12 (2x6)")', () => {
    const entry: DecisionSummary = {
      caseNumber: 'CM17-TEST-PS',
      requestDate: '2016-11-23',
      urDate: '2016-11-30',
      letterDate: '2017-01-13',
      dateOfInjury: '2016-02-11',
      urAction: 'modified: post-op PT x6 certified',
      requestedService: {
        name: 'Post-operative physical therapy, right shoulder',
        category: 'Physical Medicine',
        quantity: '12 (2x6)',
      },
    };
    const [item] = caseFromDecisionSummary(entry, 'case').disputedItems;
    expect([item?.frequencyPerWeek, item?.durationWeeks]).toEqual([2, 6]);
    const named = caseFromDecisionSummary(
      { ...entry, requestedService: { ...entry.requestedService, name: 'Post-op PT 3x4, right shoulder' } },
      'case',
    ).disputedItems[0];
    expect([named?.frequencyPerWeek, named?.durationWeeks]).toEqual([3, 4]);
  });

  it('enters a finding only where the service type asks it, and never over what the request says', () => {
    // The same "decreased sensation" in a physical therapy request: no such question, nothing entered.
    const entry: DecisionSummary = {
      ...summary('CM16-0246624'),
      requestedService: { name: 'Physical therapy 2x/week for 4 weeks, neck', category: 'physical medicine' },
    };
    const [item] = caseFromDecisionSummary(entry, 'case').disputedItems;
    expect(item?.serviceType).toBe('physical_therapy');
    expect(item?.facts.neuroDeficit).toBeNull();
  });

  it('judges a cortisone injection on the chapter for its joint: the injectate is part of the request', () => {
    const entry: DecisionSummary = {
      caseNumber: 'CM17-TEST-1',
      requestDate: '2016-12-10',
      urDate: '2016-12-20',
      letterDate: '2017-02-01',
      dateOfInjury: '2016-06-01',
      urAction: 'denied',
      requestedService: { name: 'Cortisone injection right shoulder', category: 'injection' },
    };
    const draft = caseFromDecisionSummary(entry, 'case');
    expect(draft.disputedItems[0]?.facts.injectate).toBe('corticosteroid');
    const [item] = evaluate(draft, GUIDELINE_LIBRARY, { asOf: '2017-02-01' }).items;
    expect(item?.guidelineSet?.id).toBe('acoem-2004-shoulder-corticosteroid-injection');
  });

  it('enters the blocks the findings report, so an ablation reads the relief of the block before it', () => {
    const entry: DecisionSummary = {
      caseNumber: 'CM16-TEST-RFA',
      requestDate: '2016-08-23',
      urDate: '2016-08-30',
      letterDate: '2016-10-01',
      dateOfInjury: '2014-03-01',
      urAction: 'non-certified',
      keyFindings: [
        'Axial LBP 7/10; facet loading positive bilaterally; no radicular complaints',
        'Bilateral L4-5 and L5-S1 medial branch blocks 7/19/2016 (lidocaine): 80% relief for 6 hours',
      ],
      requestedService: {
        name: 'Bilateral L4-5 and L5-S1 radiofrequency ablation (medial branch neurotomy)',
        category: 'injection',
      },
    };
    const draft = caseFromDecisionSummary(entry, 'case');
    expect(draft.treatment.injections).toMatchObject([{ date: '2016-07-19', reliefPercent: 80 }]);
    const [item] = evaluate(draft, GUIDELINE_LIBRARY, { asOf: '2016-10-01' }).items;
    expect(item?.guidelineSet?.id).toBe('acoem-2004-radiofrequency-neurotomy');
    expect(item ? criterionStatus(item, 'rfa-positive-block') : undefined).toBe('met');
  });

  it('reads a post-operative cold therapy unit as equipment, and post-operative PT as post-surgical therapy', () => {
    expect(
      serviceTypeOf({ name: 'Post-operative cold therapy unit, purchase, right knee', category: 'DME' }),
    ).toBe('cold_therapy_unit');
    expect(serviceTypeOf({ name: 'Post-op 2x6 right shoulder', subcategory: 'physical therapy' })).toBe(
      'postsurgical_therapy',
    );
    expect(
      serviceTypeOf({
        name: 'Transportation to and from post-operative physical therapy and surgeon visits, 6 weeks',
      }),
    ).toBe('transportation');
  });

  it('reads a hyaluronic acid series that names no joint as the knee, the one joint it is approved for', () => {
    const entry: DecisionSummary = {
      caseNumber: 'CM17-TEST-HA',
      requestDate: '2016-12-10',
      urDate: '2016-12-20',
      letterDate: '2017-02-01',
      dateOfInjury: '2015-06-01',
      urAction: 'denied',
      requestedService: { name: 'Hyalgan injections x5', category: 'injection' },
    };
    const draft = caseFromDecisionSummary(entry, 'case');
    expect(draft.disputedItems[0]?.bodyPart).toBe('knee');
    const [item] = evaluate(draft, GUIDELINE_LIBRARY, { asOf: '2017-02-01' }).items;
    expect(item?.guidelineSet?.id).toBe('odg-knee-hyaluronic-acid-injection');
    const named = {
      ...entry,
      requestedService: { name: 'Right shoulder cortisone injection', category: 'injection' },
    };
    expect(caseFromDecisionSummary(named, 'case').disputedItems[0]?.bodyPart).toBe('right shoulder');
  });

  it('reads a drug a finding says is taken as a current medication: its refill is maintenance', () => {
    const entry: DecisionSummary = {
      caseNumber: 'CM17-TEST-5',
      requestDate: '2017-01-05',
      urDate: '2017-01-18',
      letterDate: '2017-02-15',
      dateOfInjury: '2015-01-01',
      reportDates: ['2016-12-28'],
      keyFindings: [
        'Norco 10/325 TID; VAS 8/10 w/o meds, 5/10 w/ meds',
        'ADLs improved w/ meds (able to shop and cook)',
        'UDS 9/2016 consistent; CURES 12/2016 appropriate',
        'no aberrant behavior, no SE',
      ],
      urAction: 'denied',
      requestedService: { name: 'Norco 10/325 #90', category: 'pharmaceutical', dose: '1 PO TID' },
    };
    const draft = caseFromDecisionSummary(entry, 'case');
    expect(draft.treatment.medications.map(({ name, strength }) => [name, strength])).toEqual([
      ['Norco', '10/325'],
    ]);
    const [item] = evaluate(draft, GUIDELINE_LIBRARY, { asOf: '2017-02-15' }).items;
    expect(item?.guidelineSet?.id).toBe('mtus-2016-opioids-maintenance');
    expect(item?.recommendation).toBe('overturn');
  });

  it('enters a dated surgery a diagnosis states, which a post-operative request then follows', () => {
    const entry: DecisionSummary = {
      caseNumber: 'CM17-TEST-4',
      requestDate: '2017-01-05',
      urDate: '2017-01-18',
      letterDate: '2017-02-15',
      dateOfInjury: '2014-04-04',
      diagnoses: ['Right carpal tunnel syndrome, status post right carpal tunnel release 11/01/2016'],
      keyFindings: ['Post-op visit: incision healed, residual grip weakness'],
      urAction: 'denied',
      requestedService: {
        name: 'Post-operative occupational therapy 2x2 right wrist',
        category: 'physical medicine',
        quantity: '4 sessions',
      },
    };
    const draft = caseFromDecisionSummary(entry, 'case');
    expect(draft.treatment.surgeries).toEqual([
      { id: 'summary-surgery-1', type: 'right carpal tunnel release', date: '2016-11-01' },
    ]);
    const [item] = evaluate(draft, GUIDELINE_LIBRARY, { asOf: '2017-02-15' }).items;
    expect(item?.guidelineSet?.id).toBe('mtus-postsurgical-2009');
    expect(criterionStatus(item!, 'ps-within-period')).toBe('met');
    expect(criterionStatus(item!, 'ps-initial-course')).toBe('met');
    expect(item?.recommendation).toBe('overturn');
  });

  it("takes the service type from the request's own words before its category", () => {
    const typeOf = (name: string, category: string) =>
      caseFromDecisionSummary({ caseNumber: 'CM17-TEST-6', requestedService: { name, category } }, 'case')
        .disputedItems[0]?.serviceType;
    expect(typeOf('Follow-up visit with pain management in 4 weeks', 'consultation')).toBe('office_visit');
    expect(typeOf('Pain psychology consultation', 'consultation')).toBe('consultation');
    // Words that name no service leave it to the category.
    expect(typeOf('Right knee', 'imaging MRI')).toBe('mri');
  });

  it('counts a plain-number quantity, and reads fluoroscopy from the request, for an injection', () => {
    const esi = (quantity: string): DecisionSummary => ({
      caseNumber: 'CM17-TEST-3',
      requestDate: '2016-12-10',
      urDate: '2016-12-20',
      letterDate: '2017-02-01',
      dateOfInjury: '2015-03-03',
      urAction: 'denied',
      requestedService: {
        name: 'Cervical epidural steroid injection C5-6 interlaminar under fluoroscopy',
        category: 'injection',
        quantity,
      },
    });
    const itemOf = (quantity: string) => caseFromDecisionSummary(esi(quantity), 'case').disputedItems[0];
    expect(itemOf('1')?.quantity).toBe(1);
    expect(itemOf('x2')?.quantity).toBe(2);
    expect(itemOf('one set')?.quantity).toBe(null);
    expect(itemOf('1')?.facts.fluoroscopyGuided).toBe(true);
  });

  it('judges shockwave therapy as a modality of physical medicine, on the rule for its region', () => {
    const entry: DecisionSummary = {
      caseNumber: 'CM17-TEST-2',
      requestDate: '2016-12-10',
      urDate: '2016-12-20',
      letterDate: '2017-02-01',
      dateOfInjury: '2016-10-01',
      urAction: 'denied',
      diagnoses: ['Right shoulder impingement'],
      requestedService: { name: 'Extracorporeal shockwave therapy (ESWT), right shoulder, 3 sessions' },
    };
    const draft = caseFromDecisionSummary(entry, 'case');
    expect(draft.disputedItems[0]).toMatchObject({ serviceType: 'physical_therapy', quantity: 3 });
    expect(draft.disputedItems[0]?.facts.modality).toBe('extracorporeal shockwave therapy (ESWT)');
    const [item] = evaluate(draft, GUIDELINE_LIBRARY, { asOf: '2017-02-01' }).items;
    expect(item?.guidelineSet?.id).toBe('acoem-2004-shoulder-eswt');
    expect(
      item?.criteria.find((criterion) => criterion.criterionId === 'eswt-calcific-tendinitis')?.status,
    ).toBe('not_met');
    expect(item?.recommendation).toBe('uphold');
  });

  it('judges a pulsed ultrasound request on its modality rule', () => {
    const entry = summary('CM17-0005344');
    const [item] = evaluate(caseFromDecisionSummary(entry, 'case'), GUIDELINE_LIBRARY, {
      asOf: entry.letterDate ?? '',
    }).items;
    expect(item?.criteria.find((criterion) => criterion.criterionId === 'us-not-recommended')?.status).toBe(
      'not_met',
    );
    expect(item?.recommendation).toBe('uphold');
  });

  it('names the entry and the field of a summary it cannot read', () => {
    const result = readDecisionSummaries([
      summary('CM17-0010364'),
      { caseNumber: 'CM1', requestedService: { category: 'imaging' } },
      { caseNumber: 'CM2', requestedService: { name: 'MRI' }, patient: { age: -4 } },
    ]);
    expect(result).toEqual({
      ok: false,
      summaries: [summary('CM17-0010364')],
      problems: [
        expect.stringMatching(/^Entry 2, requestedService\.name: /),
        expect.stringMatching(/^Entry 3, patient\.age: /),
      ],
    });
  });
  it("reads other writers' forms as meant: numbers for text, one string for a list, any capitals", () => {
    const base = summary('CM17-0010364');
    const result = readDecisionSummaries({
      ...base,
      patient: { age: '45', sex: 'male' },
      diagnoses: 'lumbar strain',
      keyFindings: ['back pain', null, 7],
      requestedService: { ...base.requestedService, quantity: 12 },
      decision: ' overturned ',
    });
    expect(result.problems).toEqual([]);
    expect(result.summaries[0]).toMatchObject({
      patient: { age: 45 },
      diagnoses: ['lumbar strain'],
      keyFindings: ['back pain', '7'],
      requestedService: { quantity: '12' },
      decision: 'Overturned',
    });
    // The service alone as text is its name; a file may hold its summaries under "cases".
    expect(
      readDecisionSummaries({ ...base, requestedService: 'MRI lumbar spine' }).summaries[0],
    ).toMatchObject({
      requestedService: { name: 'MRI lumbar spine' },
    });
    expect(readDecisionSummaries({ cases: [base, base] }).summaries).toHaveLength(2);
    // A decision in other words is not guessed: the real decision is then unknown.
    for (const decision of ['Partially overturned', 'Modified', ''])
      expect(readDecisionSummaries({ ...base, decision }).summaries[0]?.decision).toBe(null);
    // What cannot be meant is still refused, by field.
    expect(readDecisionSummaries({ ...base, patient: { age: 'forty' } }).problems).toEqual([
      expect.stringMatching(/^Entry 1, patient\.age: /),
    ]);
    expect(readDecisionSummaries({ ...base, diagnoses: { a: 1 } }).problems).toEqual([
      expect.stringMatching(/^Entry 1, diagnoses: /),
    ]);
  });
});

describe('the summaries of one case’s items, read as one case', () => {
  const ofCase = (caseNumber: string) => summaries.filter((entry) => entry.caseNumber === caseNumber);

  it('groups summaries by case number, in the order each case first appears', () => {
    const groups = summariesByCase(summaries);
    expect(groups).toHaveLength(29);
    expect(groups.flat()).toHaveLength(33);
    const twoItems = groups.filter((group) => group.length === 2).map((group) => group[0]!.caseNumber);
    expect(twoItems).toEqual(['CM16-0234464', 'CM17-0006797', 'CM16-0230548', 'CM16-0247624']);
  });

  it('gives post-operative equipment the operation UR allowed, when the history records none', () => {
    const stimulator: DecisionSummary = {
      ...summary('CM16-0234464'),
      diagnoses: ['L4-5 degenerative spondylolisthesis with instability'],
      keyFindings: [
        'UR certified a two-level (L4-5, L5-S1) posterior lumbar interbody fusion',
        'smokes about one pack a day; still smoking at the 11/21/2016 visit',
      ],
      requestedService: {
        name: 'External spinal bone growth stimulator, lumbar, post-operative',
        category: 'DME',
        subcategory: null,
        quantity: '1 (purchase)',
        dose: null,
      },
    };
    const item = caseFromDecisionSummary(stimulator, 'case').disputedItems[0]!;
    expect(item.facts.surgeryType).toBe('two-level (L4-5, L5-S1) posterior lumbar interbody fusion');
    expect(item.facts.fusionRiskFactor).toBe(true);
    expect(item.quantity).toBe(1);
    // Not for equipment used without an operation.
    const cane = {
      ...stimulator,
      requestedService: { ...stimulator.requestedService, name: 'Single-point cane' },
    };
    expect(caseFromDecisionSummary(cane, 'case').disputedItems[0]!.facts.surgeryType).toBe('');
  });

  it("settles a course's gain from the summary that tells it, when the whole letter has two courses", () => {
    const [chiropractic, therapy] = [
      'Chiropractic manipulation, cervical spine',
      'Physical therapy, cervical spine',
    ];
    const item = (name: string, keyFindings: string[]): DecisionSummary => ({
      ...summary('CM16-0234464'),
      keyFindings,
      requestedService: { name, category: 'therapy', subcategory: null, quantity: '6 visits', dose: null },
    });
    const letter = [
      item(chiropractic, [
        '6 chiropractic visits 11/21-12/16/2016',
        'Neck Disability Index 44% down to 24%; cervical rotation 45 to 70 degrees each way',
      ]),
      item(therapy, ['6 PT visits 11/22-12/20/2016, given in parallel with 6 chiropractic visits']),
    ];
    const courses = caseFromDecisionSummaries(letter, 'case').treatment.therapyCourses;
    expect(courses.map((course) => [course.discipline, course.functionalImprovementDocumented])).toEqual([
      ['chiropractic', true],
      ['pt', null],
    ]);
  });

  it('gives one item per summary, and the case’s diagnoses and findings once each', () => {
    const [nsaid, topical] = ofCase('CM16-0234464');
    const draft = caseFromDecisionSummaries([nsaid!, topical!], 'case');
    expect(parseCaseDraft(draft).ok).toBe(true);
    expect(draft.disputedItems.map((item) => [item.id, item.requestedAs])).toEqual([
      ['summary-item-1', nsaid!.requestedService.name],
      ['summary-item-2', topical!.requestedService.name],
    ]);
    expect(draft.disputedItems[1]).toEqual({ ...itemOf(topical!), id: 'summary-item-2' });
    const diagnoses = draft.injury.diagnoses.map((diagnosis) => diagnosis.text.toLowerCase());
    expect(new Set(diagnoses).size).toBe(diagnoses.length);
    expect(diagnoses).toEqual(
      expect.arrayContaining(
        [...(nsaid!.diagnoses ?? []), ...(topical!.diagnoses ?? [])].map((text) => text.toLowerCase()),
      ),
    );
    const findings = draft.reports.at(-1)?.examFindings ?? '';
    for (const finding of [...(nsaid!.keyFindings ?? []), ...(topical!.keyFindings ?? [])])
      expect(findings).toContain(finding);
    // One summary is read exactly as on its own.
    expect(caseFromDecisionSummaries([nsaid!], 'case')).toEqual(caseFromDecisionSummary(nsaid!, 'case'));
  });

  it('judges a service a surgery needs with the surgery this review decides', () => {
    const draft = caseFromDecisionSummaries(ofCase('CM17-0006797'), 'case');
    const [coldUnit, surgery] = evaluate(draft, GUIDELINE_LIBRARY, { asOf: '2017-02-28' }).items;
    expect(surgery?.decision).toBe('upheld');
    expect(
      coldUnit?.criteria.find((criterion) => criterion.criterionId === 'surgery-authorized'),
    ).toMatchObject({
      status: 'not_met',
      evidence: expect.stringContaining('This review upholds the denial of the surgery'),
    });
  });
});

describe('readings from the session-30 batches', () => {
  it("keeps a list entry's bracketed remark with it, and drops a remark on the list", () => {
    const entry: DecisionSummary = {
      caseNumber: 'CM16-TEST-LIST',
      requestDate: '2016-10-27',
      keyFindings: [
        'Medications: OxyContin 20 mg every 12 hours and Norco 10/325 mg four times daily, both continuously since 2014 (about 100 mg morphine equivalent per day: 60 from oxycodone ER, 40 from hydrocodone); gabapentin 600 mg three times daily',
      ],
      requestedService: { name: 'OxyContin 20 mg #60', category: 'pharmaceutical' },
    };
    expect(caseFromDecisionSummary(entry, 'case').treatment.medications.map((m) => m.name)).toEqual([
      'OxyContin',
      'Norco',
      'gabapentin',
    ]);
  });

  it("reads a surgeon's consultation as weighing surgery when the records show a surgical referral's reasons", () => {
    const consult = (keyFindings: string[]): string[] => {
      const entry: DecisionSummary = {
        caseNumber: 'CM16-TEST-CONSULT',
        requestDate: '2016-12-01',
        dateOfInjury: '2016-05-01',
        diagnoses: ['L4-5 disc extrusion', 'Left L5 radiculopathy'],
        keyFindings,
        requestedService: { name: 'Consultation with spine surgeon, lumbar spine', category: 'other' },
      };
      const item = itemOf(entry);
      return findingAnswersFor(entry, { ...item, facts: emptyServiceFacts() })
        .filter((answer) => answer.value === true)
        .map((answer) => answer.key);
    };
    const findings = [
      'Left leg pain 8/10 to the dorsum of the foot',
      'Exam 12/01/2016: left EHL weakness 4-/5, decreased sensation in the left L5 dermatome',
      'MRI 09/2016: left paracentral extrusion at L4-5 contacting the traversing left L5 root',
      'About 6 months of conservative care: 12 PT visits, NSAIDs, gabapentin',
    ];
    expect(consult(findings)).toEqual(expect.arrayContaining(['surgeryConsidered', 'rationaleStated']));
    // No lesion on imaging: the referral's reason is not the records'.
    expect(consult(findings.slice(0, 2).concat(findings.slice(3)))).not.toContain('surgeryConsidered');
  });

  it('reads weight not borne soon after a fall as the fracture red flag plain films are for', () => {
    const films = (requestDate: string): DecisionSummary => ({
      caseNumber: 'CM17-TEST-OTTAWA',
      requestDate,
      dateOfInjury: '2016-12-05',
      diagnoses: ['right knee contusion'],
      keyFindings: [
        'fell about 3 feet from a scaffold plank onto his right knee on 12/05/2016',
        'could not take four steps unaided in clinic; using crutches',
      ],
      requestedService: { name: 'X-rays right knee, 3 views', category: 'imaging' },
    });
    expect(itemOf(films('2016-12-06')).facts.redFlags).toBe(true);
    // Two months on, it is no acute fracture rule.
    expect(itemOf(films('2017-02-06')).facts.redFlags).not.toBe(true);
  });

  it("reads an item of one side without the letter's findings about the other side alone", () => {
    const release = (side: 'Right' | 'Left', keyFindings: string[]): DecisionSummary => ({
      caseNumber: 'CM17-TEST-SIDES',
      requestDate: '2016-12-05',
      dateOfInjury: '2015-06-15',
      diagnoses: ['bilateral carpal tunnel syndrome, right worse than left'],
      keyFindings,
      requestedService: { name: `${side} open carpal tunnel release`, category: 'other' },
    });
    const draft = caseFromDecisionSummaries(
      [
        release('Right', [
          'right-sided care: night wrist splint since early 2016, NSAIDs, 12 OT visits; one steroid injection helped about 6 weeks, then symptoms returned',
        ]),
        release('Left', ['left hand: intermittent tingling; no splint, injection or therapy given so far']),
      ],
      'case',
    );
    expect(draft.disputedItems[0]?.facts.conservativeCareFailed).toBe(true);
    expect(draft.disputedItems[1]?.facts.conservativeCareFailed).not.toBe(true);
  });

  it('leaves out of the drugs taken one whose class a finding says was never taken: it is the request', () => {
    const entry = (never: string): DecisionSummary => ({
      caseNumber: 'CM17-TEST-NEW-START',
      requestDate: '2016-12-07',
      dateOfInjury: '2016-12-05',
      diagnoses: ['acute lumbar strain'],
      keyFindings: [
        'ibuprofen 600 mg three times daily since 12/5/2016 has helped only partly',
        never,
        'cyclobenzaprine 7.5 mg up to three times daily, #20 (about one week); on modified duty',
      ],
      requestedService: { name: 'Cyclobenzaprine 7.5 mg #20', category: 'pharmaceutical' },
    });
    const taken = (never: string) =>
      caseFromDecisionSummary(entry(never), 'case').treatment.medications.map((m) => m.name);
    expect(taken('no muscle relaxant taken before')).toEqual(['ibuprofen']);
    // Written with its count and supply and nothing of use so far, the line is the prescription asked
    // for (session 38), with or without the denial.
    expect(taken('neurological exam normal')).toEqual(['ibuprofen']);
  });

  it("reads a surgeon's consultation for a diagnosed hernia as weighing its repair, and a study of the abdomen as the hernia's", () => {
    const entry = (name: string, diagnoses: string[]): DecisionSummary => ({
      caseNumber: 'CM17-TEST-HERNIA',
      requestDate: '2016-11-29',
      dateOfInjury: '2016-11-14',
      diagnoses,
      keyFindings: ['11/29/2016: reducible right inguinal bulge on standing and coughing; tender'],
      requestedService: { name, category: 'other' },
    });
    const consultAnswers = (diagnoses: string[]) => {
      const consult = entry('General surgery consultation, right inguinal hernia', diagnoses);
      return findingAnswersFor(consult, { ...itemOf(consult), facts: emptyServiceFacts() })
        .filter((answer) => answer.value === true)
        .map((answer) => answer.key);
    };
    expect(consultAnswers(['right inguinal hernia, reducible'])).toEqual(
      expect.arrayContaining(['surgeryConsidered', 'rationaleStated']),
    );
    // A hernia only suspected is the surgeon's to find, not a repair to weigh.
    expect(consultAnswers(['groin strain, rule out inguinal hernia'])).not.toContain('surgeryConsidered');
    expect(itemOf(entry('CT abdomen and pelvis with contrast', ['right inguinal hernia'])).bodyPart).toBe(
      'right inguinal hernia',
    );
    expect(itemOf(entry('CT abdomen and pelvis with contrast', ['lumbar strain'])).bodyPart).not.toMatch(
      /hernia/,
    );
  });

  it("takes a spine referral's region from the diagnoses, and fills its surgical questions only for a surgeon", () => {
    const entry = (name: string, diagnoses: string[]): DecisionSummary => ({
      caseNumber: 'CM17-TEST-SPINE',
      requestDate: '2017-01-10',
      urDate: '2017-01-20',
      letterDate: '2017-02-20',
      dateOfInjury: '2016-09-19',
      urAction: 'non-certified',
      diagnoses,
      keyFindings: [
        '11/7/2016: right leg pain 6/10; right ankle dorsiflexion 4+/5',
        '12/8/2016: right leg pain 8/10; right ankle dorsiflexion 3/5 with foot slap',
      ],
      requestedService: { name, category: 'other' },
    });
    const lumbar = ['L4-5 disc protrusion', 'right L5 radiculopathy'];
    const spine = caseFromDecisionSummary(entry('Spine surgery consultation', lumbar), 'case');
    expect(spine.disputedItems[0]?.bodyPart).toBe('low back');
    expect(spine.disputedItems[0]?.facts).toMatchObject({ surgicalOpinionSought: true, redFlags: true });
    const [judged] = evaluate(spine, GUIDELINE_LIBRARY, { asOf: '2017-02-20' }).items;
    expect(judged?.guidelineSet?.id).toBe('acoem-2004-low-back-surgery');
    expect(judged?.recommendation).toBe('overturn');
    // Diagnoses of two parts of the spine name no one region.
    expect(
      caseFromDecisionSummary(entry('Spine surgery consultation', [...lumbar, 'C5-6 disc bulge']), 'case')
        .disputedItems[0]?.bodyPart,
    ).toBe('');
    // A referral to another specialist is not asked the surgical questions, so none are filled.
    const painManagement = caseFromDecisionSummary(
      entry('Pain management consultation, lumbar spine', lumbar),
      'case',
    );
    expect(painManagement.disputedItems[0]?.facts.redFlags).toBeNull();
  });
});

describe('readings from the session-33 batches', () => {
  it('keeps a drug dated only by an earlier year out of the current medications, and one taken since then in', () => {
    const entry: DecisionSummary = {
      caseNumber: 'CM17-TEST-NSAID',
      requestDate: '2017-03-20',
      urDate: '2017-03-28',
      letterDate: '2017-05-12',
      dateOfInjury: '2011-11-14',
      urAction: 'non-certified',
      diagnoses: ['bilateral knee osteoarthritis'],
      keyFindings: [
        'upper GI bleed on naproxen 2014, EGD showed gastric ulcer; omeprazole 20 mg daily since',
        'Celebrex 200 mg daily since 6/2015: knee pain 7 -> 3/10; walks 1 mile, does own shopping',
        'medications: tramadol 50 mg bid since 2014',
      ],
      requestedService: { name: 'Celebrex (celecoxib) 200 mg #30', category: 'pharmaceutical' },
    };
    const draft = caseFromDecisionSummary(entry, 'case');
    const names = draft.treatment.medications.map((medication) => medication.name.toLowerCase());
    expect(names.some((name) => name.includes('naproxen'))).toBe(false);
    expect(names.some((name) => name.includes('tramadol'))).toBe(true);
    const [judged] = evaluate(draft, GUIDELINE_LIBRARY, { asOf: '2017-03-20' }).items;
    expect(
      judged?.criteria.find((criterion) => criterion.criterionId === 'nsaid-no-second-nsaid')?.status,
    ).toBe('met');
    expect(judged?.recommendation).toBe('overturn');
  });
});

describe('the service type of a drug no set judges', () => {
  it('leaves naloxone to the evidence hierarchy, whatever its subcategory names', () => {
    expect(
      serviceTypeOf({
        name: 'Naloxone 4 mg nasal spray (Narcan), 1 two-pack',
        category: 'pharmaceutical',
        subcategory: 'opioid antagonist (rescue)',
      }),
    ).toBe('');
    expect(
      serviceTypeOf({ name: 'Norco 10/325 #90', category: 'pharmaceutical', subcategory: 'opioid' }),
    ).toBe('opioid');
  });
});

describe('readings from the session-34 batches', () => {
  it('reads a rental for a span as one unit rented', () => {
    const scooter = (name: string, quantity: string): DecisionSummary => ({
      caseNumber: 'CM17-TEST-RENTAL',
      requestDate: '2016-12-20',
      letterDate: '2017-02-01',
      dateOfInjury: '2016-11-30',
      urAction: 'non-certified',
      keyFindings: ['non-weight-bearing for 6 weeks after a fifth metatarsal fracture'],
      requestedService: { name, category: 'DME', quantity },
    });
    const quantityOf = (name: string, quantity: string) =>
      caseFromDecisionSummary(scooter(name, quantity), 'case').disputedItems[0]?.quantity;
    expect(quantityOf('Knee scooter (knee walker), rental 6 weeks', '6 weeks')).toBe(1);
    expect(quantityOf('Knee scooter (knee walker), purchase', '')).toBeNull();
  });

  it('keeps therapy the findings say was had, but never count, as a course whose visits are not documented', () => {
    const therapy = (
      findings: string[],
      name = 'Additional physical therapy, lumbar spine, 2x/week for 4 weeks',
    ): DecisionSummary => ({
      caseNumber: 'CM17-TEST-UNCOUNTED',
      requestDate: '2016-11-18',
      letterDate: '2017-01-20',
      dateOfInjury: '2016-10-06',
      urAction: 'non-certified',
      keyFindings: findings,
      requestedService: { name, category: 'physical medicine', quantity: '8 visits' },
    });
    const coursesOf = (findings: string[], name?: string) =>
      caseFromDecisionSummary(therapy(findings, name), 'case').treatment.therapyCourses;
    const uncounted =
      "physical therapy began in October; notes say only that he 'has been attending therapy'";
    expect(coursesOf([uncounted])).toMatchObject([{ discipline: 'pt', visitsCompleted: null }]);
    // A counted course is taken as counted, and an acupuncture request does not take PT's words.
    expect(coursesOf(['completed 6 PT visits', uncounted])).toMatchObject([
      { discipline: 'pt', visitsCompleted: 6 },
    ]);
    expect(coursesOf([uncounted], 'Acupuncture, lumbar spine, 6 sessions')).toEqual([]);
    expect(coursesOf(['no therapy yet'])).toEqual([]);
    expect(coursesOf(['two weeks of an ankle brace, ice and ibuprofen; has not had PT'])).toEqual([]);
  });
});

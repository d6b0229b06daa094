import { describe, expect, it } from 'vitest';
import type { CaseDraft, ServiceType } from '../case/case-schema';
import { buildDemoCase } from '../case/demo-case';
import { GUIDELINE_LIBRARY } from '../guidelines';
import { answer, caseWith, disputedItem, freeCriterion, type ItemSpec, therapyCourse } from './case-builders';
import { evaluate, evaluateItem, formatGuidelineLine, SOURCE_NAMED_CRITERION_ID } from './evaluate';
import type { CriterionResult, ItemEvaluation } from './evaluation-types';

const AS_OF = '2026-01-15';

function evaluateFirst(draft: CaseDraft): ItemEvaluation {
  return evaluate(draft, GUIDELINE_LIBRARY, { asOf: AS_OF }).items[0]!;
}

function criterion(evaluation: ItemEvaluation, id: string): CriterionResult {
  const found = evaluation.criteria.find((result) => result.criterionId === id);
  if (!found)
    throw new Error(`No criterion ${id} in ${evaluation.criteria.map((c) => c.criterionId).join(', ')}`);
  return found;
}

const status = (evaluation: ItemEvaluation, id: string) => criterion(evaluation, id).status;

describe('the seed letter (work hardening 2x/week for 6 weeks, 2014)', () => {
  const demo = buildDemoCase('demo');
  const result = evaluateFirst(demo);

  it('uses the 2009 CPMTG work hardening set and prints its guideline line', () => {
    expect(result.path).toBe('mtus');
    expect(result.guidelineSet?.id).toBe('cpmtg-2009-work-hardening');
    expect(result.asOfDate).toBe('2014-11-11');
    expect(result.guidelineLine).toBe(
      'MTUS Chronic Pain Medical Treatment Guidelines (2009), Work conditioning, work hardening, Page(s): 125-126',
    );
    expect(result.warnings).toEqual([]);
  });

  it('finds each criterion the letter names as the letter does', () => {
    expect(status(result, 'wh-attendance')).toBe('not_met');
    expect(status(result, 'wh-duration')).toBe('not_met');
    expect(status(result, 'wh-return-to-work-goal')).toBe('not_documented');
    expect(status(result, 'wh-screening')).toBe('not_met');
    expect(status(result, 'wh-fce-done')).toBe('not_met');
    expect(status(result, 'wh-within-2-years')).toBe('met');
  });

  it('quotes the facts in the evidence', () => {
    expect(criterion(result, 'wh-attendance').evidence).toContain(
      'Requested 2 days/week; the guideline requires 3-5 days/week.',
    );
    expect(criterion(result, 'wh-duration').evidence).toBe(
      'Requested 6 weeks; the guideline requires completion in 4 weeks or less.',
    );
    expect(criterion(result, 'wh-within-2-years').evidence).toContain('1 year, 3 months and 10 days');
    expect(criterion(result, 'wh-fce-done').evidence).toContain('Functional capacity evaluation done: no');
  });

  it('recommends and decides Upheld, driven first by the failed criteria', () => {
    expect(result.recommendation).toBe('uphold');
    expect(result.decision).toBe('upheld');
    expect(result.decisionSource).toBe('recommendation');
    expect(result.decisionContradicts).toBe(false);
    expect(result.drivingCriteria.slice(0, 3)).toEqual(['wh-attendance', 'wh-screening', 'wh-duration']);
    expect(result.drivingCriteria).toContain('wh-return-to-work-goal');
    expect(result.drivingCriteria).not.toContain('wh-within-2-years');
    expect(result.drivingCriteria).not.toContain('wh-fce-done');
  });

  it('says what would meet the frequency and duration criteria', () => {
    expect(result.wouldMeetSummary[0]).toBe(
      'A program of 3-5 days/week, at least 4 hours/day, completed in 4 weeks or less would meet the frequency and duration criteria.',
    );
    expect(criterion(result, 'wh-duration').wouldMeet).toBe(
      'A program completed in 4 weeks or less would meet this criterion.',
    );
  });

  it('flips frequency and duration to met for 5 days/week, 4 hours/day, 4 weeks', () => {
    const changed = buildDemoCase('demo');
    const item = changed.disputedItems[0]!;
    changed.disputedItems[0] = { ...item, frequencyPerWeek: 5, hoursPerDay: 4, durationWeeks: 4 };
    const flipped = evaluateFirst(changed);
    expect(status(flipped, 'wh-attendance')).toBe('met');
    expect(status(flipped, 'wh-duration')).toBe('met');
    expect(flipped.wouldMeetSummary.join(' ')).not.toContain('A program of');
    // The documentation gaps remain, so the item is still upheld.
    expect(flipped.recommendation).toBe('uphold');
  });

  it('counts statuses and resolves field paths to form paths', () => {
    const total = Object.values(result.counts).reduce((a, b) => a + b, 0);
    expect(total).toBe(result.criteria.length);
    expect(criterion(result, 'wh-attendance').fieldPaths).toEqual([
      'disputedItems.0.frequencyPerWeek',
      'disputedItems.0.hoursPerDay',
    ]);
    expect(criterion(result, 'wh-within-2-years').fieldPaths).toEqual([
      'injury.dateOfInjury',
      'imr.requestDate',
      'imr.urDeterminationDate',
    ]);
  });
});

describe('a work hardening request that meets everything', () => {
  const full = () =>
    caseWith({
      dateOfInjury: '2013-08-01',
      requestDate: '2014-11-11',
      items: [
        disputedItem('work_hardening', {
          frequencyPerWeek: 5,
          hoursPerDay: 4,
          durationWeeks: 4,
          facts: {
            functionalLimitsPreventJob: true,
            priorTherapyPlateau: true,
            surgicalCandidate: false,
            screeningDone: true,
            likelyToBenefit: true,
          },
        }),
      ],
      edit: (draft) => {
        draft.patient.jobPhysicalDemand = 'heavy';
        draft.work.returnToWorkGoal = 'specific_job_exceeds_abilities';
        draft.work.rtwGoalAgreedByEmployer = true;
      },
    });

  it('recommends Overturn, driven by every required criterion that is met', () => {
    const result = evaluateFirst(full());
    expect(result.recommendation).toBe('overturn');
    expect(result.decision).toBe('overturned');
    expect(result.wouldMeetSummary).toEqual([]);
    const required = result.criteria.filter((c) => c.required);
    expect(result.drivingCriteria).toEqual(
      required.filter((c) => c.status === 'met').map((c) => c.criterionId),
    );
    // Criteria that do not apply (no FCE, not a continuation) decide nothing.
    expect(required.filter((c) => c.status === 'not_applicable').map((c) => c.criterionId)).toEqual([
      'wh-fce-results',
      'wh-continuation-gains',
    ]);
  });

  it('upholds when one required fact goes missing, and says it is not documented', () => {
    const draft = full();
    draft.disputedItems[0]!.facts.screeningDone = null;
    const result = evaluateFirst(draft);
    expect(result.recommendation).toBe('uphold');
    expect(result.drivingCriteria).toEqual(['wh-screening']);
    expect(status(result, 'wh-screening')).toBe('not_documented');
  });
});

describe('reviewer overrides and judgments', () => {
  const demoWith = (
    criteria: Record<string, ReturnType<typeof answer>>,
    decision?: 'upheld' | 'overturned',
    reason = '',
  ) => {
    const draft = buildDemoCase('demo');
    const item = draft.disputedItems[0]!;
    draft.disputedItems[0] = {
      ...item,
      review: { ...item.review, criteria, decision: decision ?? '', decisionReason: reason },
    };
    return evaluateFirst(draft);
  };

  it('applies an override with a note, keeping the computed status', () => {
    const result = demoWith({ 'wh-duration': answer('met', 'Program confirmed as 4 weeks by phone') });
    const duration = criterion(result, 'wh-duration');
    expect(duration.status).toBe('met');
    expect(duration.computedStatus).toBe('not_met');
    expect(duration.source).toBe('overridden');
    expect(duration.note).toBe('Program confirmed as 4 weeks by phone');
    expect(duration.evidence).toContain('Reviewer override: met.');
    expect(duration.wouldMeet).toBeUndefined();
    expect(result.warnings).toEqual([]);
  });

  it('does not apply an override without a note and says so', () => {
    for (const note of ['', '   ']) {
      const result = demoWith({ 'wh-duration': answer('met', note) });
      const duration = criterion(result, 'wh-duration');
      expect(duration.status).toBe('not_met');
      expect(duration.source).toBe('computed');
      expect(
        result.warnings.some((w) => w.startsWith('Override of wh-duration') && w.includes('needs a note')),
      ).toBe(true);
    }
  });

  it('keeps a note without an answer as a note, not an override', () => {
    const result = demoWith({ 'wh-duration': answer('', 'checked the RFA') });
    expect(criterion(result, 'wh-duration').source).toBe('computed');
    expect(criterion(result, 'wh-duration').note).toBe('checked the RFA');
    expect(result.warnings).toEqual([]);
  });

  it('overrides a not-documented criterion to not met', () => {
    const result = demoWith({
      'wh-return-to-work-goal': answer('not_met', 'No job to return to per the 11/11/14 report'),
    });
    expect(status(result, 'wh-return-to-work-goal')).toBe('not_met');
    expect(criterion(result, 'wh-return-to-work-goal').computedStatus).toBe('not_documented');
  });

  it('overturns when every failing criterion is overridden with a note', () => {
    const base = evaluateFirst(buildDemoCase('demo'));
    const criteria = Object.fromEntries(
      base.drivingCriteria.map((id) => [id, answer('met', 'per reviewer')]),
    );
    const result = demoWith(criteria);
    expect(result.recommendation).toBe('overturn');
  });

  it('reads judgment criteria from the review: unanswered, then answered without a note', () => {
    const draft = (criteria: Record<string, ReturnType<typeof answer>>) =>
      caseWith({
        dateOfInjury: '2015-11-14',
        urDate: '2016-12-28',
        items: [
          disputedItem('functional_restoration_program', {
            frequencyPerWeek: 5,
            durationWeeks: 2,
            review: { criteria },
          }),
        ],
      });
    const JUDGED = 'frp-no-other-options';
    const unanswered = criterion(evaluateFirst(draft({})), JUDGED);
    expect(unanswered).toMatchObject({ kind: 'judgment', status: 'not_documented', source: 'unanswered' });
    const answered = criterion(evaluateFirst(draft({ [JUDGED]: answer('met') })), JUDGED);
    expect(answered).toMatchObject({ status: 'met', source: 'reviewer', computedStatus: 'met' });
    const no = criterion(evaluateFirst(draft({ [JUDGED]: answer('not_met', 'no plan') })), JUDGED);
    expect(no).toMatchObject({ status: 'not_met', source: 'reviewer', note: 'no plan' });
    // The note is the criterion's own, shown once as the reviewer's: the evidence does not repeat it.
    expect(no.evidence).toBe("Reviewer's answer: not met.");
  });

  it('takes the reviewer decision, flags a contradiction and asks for its reason', () => {
    const result = demoWith({}, 'overturned');
    expect(result.decision).toBe('overturned');
    expect(result.decisionSource).toBe('reviewer');
    expect(result.decisionContradicts).toBe(true);
    expect(result.warnings.some((w) => w.includes('contradicts') && w.includes('reason'))).toBe(true);

    const reasoned = demoWith({}, 'overturned', 'Rebutted by the cited study');
    expect(reasoned.decisionContradicts).toBe(true);
    expect(reasoned.warnings).toEqual([]);

    const agreeing = demoWith({}, 'upheld');
    expect(agreeing).toMatchObject({
      decision: 'upheld',
      decisionSource: 'reviewer',
      decisionContradicts: false,
    });
    expect(agreeing.warnings).toEqual([]);
  });

  it('warns about answers kept for criteria the chosen set does not have', () => {
    const result = demoWith({ 'ch-plan-of-care': answer('met'), 'unused-empty': answer('') });
    expect(result.warnings).toEqual([expect.stringContaining('not used: ch-plan-of-care')]);
  });

  it('ignores inherited keys in the review record', () => {
    const result = demoWith(
      JSON.parse(
        '{"__proto__": {"answer": "met", "note": "x"}, "constructor": {"answer": "met", "note": "y"}}',
      ),
    );
    expect(result.criteria.every((c) => c.source !== 'overridden')).toBe(true);
  });
});

describe('the evidence-hierarchy path (no MTUS set covers the service)', () => {
  const otherCase = (review: ItemSpec['review'] = {}, serviceType: ServiceType | '' = 'other') =>
    caseWith({
      requestDate: '2016-12-01',
      items: [disputedItem(serviceType, { quantity: 1, review })],
    });

  it('has no recommendation until a criterion is answered, and never upholds for silence alone', () => {
    const result = evaluateFirst(otherCase());
    expect(result.path).toBe('evidence_hierarchy');
    expect(result.guidelineSet).toBeNull();
    expect(result.recommendation).toBeNull();
    expect(result.decision).toBeNull();
    expect(result.decisionSource).toBe('none');
    expect(result.drivingCriteria).toEqual([]);
    expect(result.criteria.map((c) => c.criterionId)).toEqual([SOURCE_NAMED_CRITERION_ID]);
    expect(result.warnings.join(' ')).toContain('9792.21(d)');
    expect(result.evidencePathReason).toContain('No encoded MTUS guideline addresses this service');
    expect(result.evidencePathReason).not.toContain('Other service');
  });

  it('gives criteria that share an id (an imported file) ids of their own, each with its own answer', () => {
    // Found by the property test: an unanswered and a met criterion both "K" made an uphold whose
    // deciding "K" read as met.
    const result = evaluateFirst(
      otherCase({
        evidenceSource: 'odg',
        evidenceCitation: 'ODG Pain',
        freeCriteria: [
          freeCriterion('K', 'First', ''),
          freeCriterion('K', 'Second', 'met'),
          freeCriterion(SOURCE_NAMED_CRITERION_ID, 'Third', 'met'),
        ],
      }),
    );
    expect(result.criteria.map((c) => [c.criterionId, c.status])).toEqual([
      [SOURCE_NAMED_CRITERION_ID, 'met'],
      ['K', 'not_documented'],
      ['K-2', 'met'],
      [`${SOURCE_NAMED_CRITERION_ID}-2`, 'met'],
    ]);
    expect(result.recommendation).toBe('uphold');
    expect(result.drivingCriteria).toEqual(['K']);
  });

  it('keeps the recommendation null when criteria exist but none is answered', () => {
    const result = evaluateFirst(
      otherCase({ freeCriteria: [freeCriterion('f1', 'ODG: 6-visit trial', '')] }),
    );
    expect(result.recommendation).toBeNull();
    expect(criterion(result, 'f1')).toMatchObject({
      status: 'not_documented',
      source: 'unanswered',
      kind: 'judgment',
    });
  });

  it('overturns when the source is named and every criterion is met', () => {
    const result = evaluateFirst(
      otherCase({
        evidenceSource: 'odg',
        evidenceCitation: 'ODG Neck and Upper Back, Manipulation',
        freeCriteria: [
          freeCriterion('f1', 'Initial trial of 6 visits', 'met'),
          freeCriterion('f2', 'Objective deficits', 'met'),
        ],
      }),
    );
    expect(result.recommendation).toBe('overturn');
    expect(status(result, SOURCE_NAMED_CRITERION_ID)).toBe('met');
    expect(result.guidelineLine).toBe('Non-MTUS Citation ODG Neck and Upper Back, Manipulation');
    expect(criterion(result, 'f1').citation.guideline).toBe('ODG Neck and Upper Back, Manipulation');
    expect(criterion(result, 'f1').fieldPaths).toEqual(['disputedItems.0.review.freeCriteria.0.answer']);
  });

  it('upholds when an answered criterion is not met, driven by it', () => {
    const result = evaluateFirst(
      otherCase({
        evidenceSource: 'odg',
        evidenceCitation: 'ODG Neck',
        freeCriteria: [
          freeCriterion('f1', 'Initial trial of 6 visits', 'not_met'),
          freeCriterion('f2', 'Deficits', 'met'),
        ],
      }),
    );
    expect(result.recommendation).toBe('uphold');
    expect(result.drivingCriteria).toEqual(['f1']);
  });

  it("keeps the reviewer's note on a free criterion as its note, out of the evidence", () => {
    const result = evaluateFirst(
      otherCase({
        freeCriteria: [
          freeCriterion('f1', 'Initial trial of 6 visits', 'not_met', 'Only 2 visits were planned'),
        ],
      }),
    );
    expect(criterion(result, 'f1')).toMatchObject({
      evidence: "Reviewer's answer: not met.",
      note: 'Only 2 visits were planned',
    });
  });

  it('asks for the source once a criterion is answered', () => {
    const result = evaluateFirst(otherCase({ freeCriteria: [freeCriterion('f1', 'Trial', 'met')] }));
    expect(result.recommendation).toBe('uphold');
    expect(result.drivingCriteria).toEqual([SOURCE_NAMED_CRITERION_ID]);
    expect(result.wouldMeetSummary[0]).toContain('Naming the evidence source');
  });

  it('lets the reviewer set a covering MTUS set aside, with the reason, and take it back', () => {
    const rebutted = caseWith({
      dateOfInjury: '2013-08-01',
      requestDate: '2014-11-11',
      items: [
        disputedItem('work_hardening', {
          frequencyPerWeek: 2,
          durationWeeks: 6,
          review: { mtusNotApplicableReason: 'Presumption rebutted by the cited RCT' },
        }),
      ],
    });
    const result = evaluateFirst(rebutted);
    expect(result.path).toBe('evidence_hierarchy');
    expect(result.mtusSetAside?.id).toBe('cpmtg-2009-work-hardening');
    expect(result.evidencePathReason).toContain('set it aside: Presumption rebutted by the cited RCT.');
    rebutted.disputedItems[0]!.review.mtusNotApplicableReason = '  ';
    expect(evaluateFirst(rebutted).path).toBe('mtus');
  });

  it('routes an item without a service type here too', () => {
    const result = evaluateFirst(otherCase({}, ''));
    expect(result.path).toBe('evidence_hierarchy');
    expect(result.evidencePathReason).toContain('No service type');
  });
});

describe('missing and malformed facts', () => {
  const COVERED: ServiceType[] = [
    'work_hardening',
    'work_conditioning',
    'physical_therapy',
    'occupational_therapy',
    'chiropractic',
    'acupuncture',
    'massage',
    'aquatic_therapy',
    'postsurgical_therapy',
  ];

  it.each(COVERED)('a blank %s request is upheld and never met for lack of data', (service) => {
    const result = evaluateFirst(caseWith({ requestDate: '2015-03-02', items: [disputedItem(service)] }));
    expect(result.path).toBe('mtus');
    expect(result.recommendation).toBe('uphold');
    // A rehabilitation program list that is empty is a documented "none", the only fact a blank case has.
    const met = result.criteria.filter((c) => c.status === 'met').map((c) => c.criterionId);
    expect(met.filter((id) => id !== 'wh-no-repeat-program')).toEqual([]);
  });

  it('reads negative, non-finite and malformed values as not documented', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, -3]) {
      const result = evaluateFirst(
        caseWith({
          requestDate: '2015-03-02',
          dateOfInjury: '2014-02-30',
          items: [
            disputedItem('work_hardening', { frequencyPerWeek: bad, durationWeeks: bad, hoursPerDay: bad }),
          ],
        }),
      );
      expect(status(result, 'wh-attendance')).toBe('not_documented');
      expect(status(result, 'wh-duration')).toBe('not_documented');
      expect(status(result, 'wh-within-2-years')).toBe('not_documented');
    }
  });

  it('warns when frequency x duration disagrees with the stated quantity', () => {
    const result = evaluateFirst(
      caseWith({
        requestDate: '2016-12-01',
        items: [disputedItem('physical_therapy', { frequencyPerWeek: 3, durationWeeks: 4, quantity: 10 })],
      }),
    );
    expect(result.warnings).toEqual([expect.stringContaining('(12 visits) but a quantity of 10')]);
  });

  it('counts one week and one visit in the singular in the quantity warning', () => {
    const result = evaluateFirst(
      caseWith({
        requestDate: '2016-12-01',
        items: [disputedItem('physical_therapy', { frequencyPerWeek: 1, durationWeeks: 1, quantity: 2 })],
      }),
    );
    expect(result.warnings).toEqual([
      'The request says 1/week for 1 week (1 visit) but a quantity of 2; the evaluator counts 1 visit.',
    ]);
  });

  it('ignores request fields the service type does not show (left from a type changed since)', () => {
    // A therapy's 2 x 6 stays stored after the item became an MRI of quantity 1.
    const result = evaluateFirst(
      caseWith({
        requestDate: '2016-12-01',
        items: [
          disputedItem('mri', {
            frequencyPerWeek: 2,
            durationWeeks: 6,
            quantity: 1,
            bodyPart: 'lumbar spine',
          }),
        ],
      }),
    );
    expect(result.warnings.join(' ')).not.toContain('The request says');
  });
});

describe('several items and evaluateItem', () => {
  const draft = caseWith({
    dateOfInjury: '2016-11-01',
    requestDate: '2016-12-01',
    items: [
      disputedItem(
        'acupuncture',
        { frequencyPerWeek: 3, durationWeeks: 2, facts: { adjunctToActiveTherapy: true } },
        'a',
      ),
      disputedItem('other', { quantity: 1 }, 'b'),
      disputedItem('physical_therapy', { frequencyPerWeek: 3, durationWeeks: 2 }, 'c'),
    ],
  });

  it('evaluates every item in order with its own index and path', () => {
    const { items, asOf } = evaluate(draft, GUIDELINE_LIBRARY, { asOf: AS_OF });
    expect(asOf).toBe(AS_OF);
    expect(items.map((i) => [i.itemId, i.itemIndex, i.path])).toEqual([
      ['a', 0, 'mtus'],
      ['b', 1, 'evidence_hierarchy'],
      ['c', 2, 'mtus'],
    ]);
    expect(items[2]!.criteria[0]!.fieldPaths[0]).toMatch(/^disputedItems\.2\./);
  });

  it('gives the same result for one item as the whole evaluation does', () => {
    const whole = evaluate(draft, GUIDELINE_LIBRARY, { asOf: AS_OF });
    expect(evaluateItem(draft, 2, GUIDELINE_LIBRARY, { asOf: AS_OF })).toEqual(whole.items[2]);
    expect(evaluateItem(draft, 3, GUIDELINE_LIBRARY, { asOf: AS_OF })).toBeNull();
  });
});

describe('alternative paths (any_path sets)', () => {
  it('reports each path and whether it is satisfied', () => {
    const result = evaluateFirst(
      caseWith({
        dateOfInjury: '2016-10-11',
        requestDate: '2016-12-19',
        items: [
          disputedItem('acupuncture', {
            frequencyPerWeek: 2,
            durationWeeks: 4,
            bodyPart: 'low back',
            facts: { adjunctToActiveTherapy: true },
          }),
        ],
      }),
    );
    expect(result.decisionPaths?.map((p) => [p.id, p.satisfied])).toEqual([
      ['initial-trial', false],
      ['extension', false],
    ]);
    expect(result.recommendation).toBe('uphold');
    expect(result.drivingCriteria).toEqual(['ac-initial-trial', 'ac-extension-improvement']);
    // The closest path is the trial: its fix is what the summary offers.
    expect(result.wouldMeetSummary).toEqual([
      'A course of no more than 6 treatments (an initial trial) would meet the initial trial criterion.',
    ]);
    expect(result.decisionRule).toContain('an initial trial, or an extension with functional improvement');
  });

  it('is satisfied by either path', () => {
    const trial = evaluateFirst(
      caseWith({
        dateOfInjury: '2016-10-11',
        requestDate: '2016-12-19',
        items: [
          disputedItem('acupuncture', {
            frequencyPerWeek: 2,
            durationWeeks: 3,
            bodyPart: 'low back',
            facts: { adjunctToActiveTherapy: true },
          }),
        ],
      }),
    );
    expect(trial.recommendation).toBe('overturn');
    expect(trial.drivingCriteria).toEqual([
      'ac-purpose',
      'ac-frequency',
      'ac-duration',
      'request-body-part-stated',
      'ac-initial-trial',
    ]);

    const extension = evaluateFirst(
      caseWith({
        dateOfInjury: '2016-10-11',
        requestDate: '2016-12-19',
        courses: [therapyCourse('acupuncture', 6, { functionalImprovementDocumented: true })],
        items: [
          disputedItem('acupuncture', {
            frequencyPerWeek: 2,
            durationWeeks: 4,
            bodyPart: 'low back',
            facts: { adjunctToActiveTherapy: true },
          }),
        ],
      }),
    );
    expect(extension.recommendation).toBe('overturn');
    expect(extension.decisionPaths?.find((p) => p.id === 'extension')?.satisfied).toBe(true);
  });
});

describe('formatGuidelineLine', () => {
  const set = GUIDELINE_LIBRARY.sets.find((candidate) => candidate.letterLine.style === 'sections');
  const result = (section: string, status: CriterionResult['status']) =>
    ({ status, citation: { guideline: set?.guideline, edition: set?.edition, section } }) as CriterionResult;

  it('names the sections of the criteria that apply, not of those that do not apply to the case', () => {
    if (!set) throw new Error('no set prints sections');
    const line = formatGuidelineLine(set, [
      result('Section applied', 'not_met'),
      result('Section met', 'met'),
      result('Section for another situation', 'not_applicable'),
      result('Section applied', 'met'),
    ]);
    expect(line).toBe(`${set.letterLine.name}, Section(s): Section applied, Section met`);
  });
});

describe('formatGuidelineLine: a non-MTUS source that decides', () => {
  const set = GUIDELINE_LIBRARY.sets.find((candidate) => candidate.id === 'cpmtg-2016-physical-medicine')!;
  const result = (
    criterionId: string,
    citation: CriterionResult['citation'],
    resultStatus: CriterionResult['status'] = 'not_met',
  ) => ({ criterionId, status: resultStatus, citation }) as CriterionResult;
  const OWN = { guideline: set.guideline, edition: set.edition, section: 'Physical medicine treatment' };
  const ODG_ELBOW = {
    guideline: 'Official Disability Guidelines (ODG) Elbow',
    edition: 'non-MTUS',
    section: 'Physical therapy',
  };

  it('adds "Decision based on Non-MTUS Citation" and the ODG source after the MTUS line', () => {
    const line = formatGuidelineLine(set, [result('own', OWN), result('odg', ODG_ELBOW)], undefined, [
      'own',
      'odg',
    ]);
    expect(line).toBe(
      'MTUS Chronic Pain Medical Treatment 2016, Section(s): Physical medicine treatment. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Elbow, Physical therapy',
    );
  });

  it('leaves out a non-MTUS source that does not decide, does not apply, or is another MTUS text', () => {
    const definitions = {
      guideline: '8 CCR 9792.20 (MTUS definitions)',
      edition: '2009',
      section: 'Functional improvement',
    };
    const lines = [
      formatGuidelineLine(set, [result('own', OWN), result('odg', ODG_ELBOW)], undefined, ['own']),
      formatGuidelineLine(set, [result('own', OWN), result('odg', ODG_ELBOW, 'not_applicable')], undefined, [
        'own',
        'odg',
      ]),
      formatGuidelineLine(set, [result('own', OWN), result('fi', definitions)], undefined, ['own', 'fi']),
    ];
    for (const line of lines)
      expect(line).toBe('MTUS Chronic Pain Medical Treatment 2016, Section(s): Physical medicine treatment');
  });

  it("never repeats a set's own ODG guideline as a non-MTUS addition", () => {
    const odgSet = GUIDELINE_LIBRARY.sets.find((candidate) => candidate.edition === 'non-MTUS')!;
    const own = { guideline: odgSet.guideline, edition: odgSet.edition, section: 'Topic' };
    expect(formatGuidelineLine(odgSet, [result('own', own)], undefined, ['own'])).not.toContain(
      'Decision based on',
    );
  });

  it('names the ODG source once per source, each in its own sentence', () => {
    const trial = {
      guideline: 'Official Disability Guidelines (ODG) Physical therapy/Preface',
      edition: 'non-MTUS',
    };
    const line = formatGuidelineLine(
      set,
      [result('a', ODG_ELBOW), result('b', ODG_ELBOW), result('c', trial)],
      undefined,
      ['a', 'b', 'c'],
    );
    expect(line.split('. Decision based on Non-MTUS Citation ')).toEqual([
      'MTUS Chronic Pain Medical Treatment 2016',
      'Official Disability Guidelines (ODG) Elbow, Physical therapy',
      'Official Disability Guidelines (ODG) Physical therapy/Preface',
    ]);
  });
});

describe('a path whose criteria all do not apply', () => {
  it('is not satisfied and carries no overturn, whatever the data (any_path, generic)', () => {
    // A synthetic set: path "b" holds one criterion that applies only after a prior course.
    const base = GUIDELINE_LIBRARY.sets.find((candidate) => candidate.id === 'cpmtg-2016-manual-therapy')!;
    const only = (id: string) => base.criteria.find((c) => c.id === id)!;
    const set = {
      ...base,
      id: 'synthetic-paths',
      decisionRule: {
        kind: 'any_path' as const,
        paths: [
          { id: 'a', label: 'a trial', criteria: ['ch-trial-visits'] },
          { id: 'b', label: 'after a course', criteria: ['ch-functional-improvement'] },
        ],
      },
      criteria: [only('ch-trial-visits'), only('ch-functional-improvement')],
    };
    const library = { sets: [set], coverageNotes: [] };
    const draft = caseWith({
      dateOfInjury: '2016-11-14',
      requestDate: '2016-12-20',
      items: [disputedItem('chiropractic', { quantity: 8, bodyPart: 'low back' })],
    });
    const [item] = evaluate(draft, library, { asOf: AS_OF }).items;
    expect(item?.criteria.map((c) => [c.criterionId, c.status])).toEqual([
      ['ch-trial-visits', 'not_met'],
      ['ch-functional-improvement', 'not_applicable'],
    ]);
    expect(item?.decisionPaths?.map((p) => p.satisfied)).toEqual([false, false]);
    expect(item?.recommendation).toBe('uphold');
    expect(item?.wouldMeetSummary).toEqual([
      'A course of no more than 6 visits in all (a trial) would meet the initial trial criterion.',
    ]);
  });
});

describe("a rule-style criterion's letter wording", () => {
  it('travels with the result, with the evidence that only states the rule', () => {
    const evaluation = evaluateFirst(
      caseWith({
        dateOfInjury: '2016-10-31',
        requestDate: '2016-12-16',
        items: [disputedItem('tens', { bodyPart: 'cervical spine', quantity: 1 })],
      }),
    );
    const neck = criterion(evaluation, 'tens-neck-not-recommended');
    expect(neck.status).toBe('not_met');
    expect(neck.whenNotMet).toMatch(
      /^The guideline does not recommend TENS for neck and upper back complaints/,
    );
    expect(neck.ruleEvidence).toEqual([neck.evidence]);
    // Every required criterion's wording travels; the rule's own evidence only with a rule.
    expect(criterion(evaluation, 'tens-goals').whenNotMet).toMatch(/^The records /);
    expect(criterion(evaluation, 'tens-goals')).not.toHaveProperty('ruleEvidence');
  });

  it('carries the requirement a rule is met by', () => {
    const evaluation = evaluateFirst(
      caseWith({
        dateOfInjury: '2016-10-10',
        requestDate: '2016-12-08',
        items: [
          disputedItem('chiropractic', { bodyPart: 'low back', frequencyPerWeek: 2, durationWeeks: 3 }),
        ],
      }),
    );
    expect(criterion(evaluation, 'ch-body-region')).toMatchObject({
      status: 'met',
      asRequirement: expect.stringMatching(/^The request is limited to regions other than/),
    });
  });
});

import { describe, expect, it } from 'vitest';
import type { CaseDraft, DisputedItem } from '../case/case-schema';
import { buildDemoCase } from '../case/demo-case';
import { emptyCaseDraft, emptyDisputedItem } from '../case/empty-case';
import { answer, caseWith, disputedItem } from '../evaluator/case-builders';
import { SETTLED_BY_RECORDS } from '../evaluator/conditions';
import { DEV_FIXTURE_CASES } from '../evaluator/dev-fixture-cases';
import { evaluate } from '../evaluator/evaluate';
import { MEDICATION_FIXTURE_CASES } from '../evaluator/medication-fixture-cases';
import { PROCEDURE_FIXTURE_CASES } from '../evaluator/procedure-fixture-cases';
import { GUIDELINE_LIBRARY } from '../guidelines';
import { med, medicationCase } from '../guidelines/sets/medications-test-support';
import {
  conclusionSentence,
  draftRationale,
  guidelineAppliedSentence,
  imrGuidelineLine,
  itemTitle,
} from './draft-rationale';
import {
  criterion,
  evidencePathSurgeryCase,
  functionalRestorationCase,
  inversionTableCase,
  itemEvaluation,
} from './letter-test-fixtures';

const draft = emptyCaseDraft('case');
const item = { ...emptyDisputedItem('mri'), requestedAs: 'MRI lumbar spine' };

// An imaging-style set: either red flags, or a neurological deficit after failed conservative care.
const redFlag = criterion('red-flags', 'Red flags are present.', 'not_met', 'Red flags: no.');
const deficit = criterion('neuro-deficit', 'A neurological deficit is documented.', 'met', 'Deficit: yes.');
const conservative = criterion('failed-care', 'Conservative care failed.', 'met', 'Failed care: yes.');
const paths = [
  { id: 'red', label: 'red flags', criteria: ['red-flags'], satisfied: false },
  {
    id: 'deficit',
    label: 'deficit after failed conservative care',
    criteria: ['neuro-deficit', 'failed-care'],
    satisfied: true,
  },
];

/** The judgment the functional restoration fixture leaves to the reviewer. */
const JUDGED = 'frp-functional-loss';

describe('draftRationale with alternative decision paths', () => {
  it('discusses only the satisfied path and never calls an overturned request failing', () => {
    const evaluation = itemEvaluation({
      itemId: 'mri',
      criteria: [redFlag, deficit, conservative],
      recommendation: 'overturn',
      decision: 'overturned',
      decisionPaths: paths,
    });
    const text = draftRationale(draft, item, 0, evaluation, 'overturned');
    expect(text).toContain(
      'meets every criterion of one qualifying path of the guideline (deficit after failed conservative care)',
    );
    expect(text).not.toContain('does not meet the guideline');
    expect(text).not.toContain('Red flags are present');
    expect(text).toContain('IS medically necessary.');
  });

  it('says no path is met when none is, and lists the findings of every path', () => {
    const evaluation = itemEvaluation({
      itemId: 'mri',
      criteria: [redFlag, { ...deficit, status: 'not_documented' }, conservative],
      recommendation: 'uphold',
      decision: 'upheld',
      decisionPaths: paths.map((path) => ({ ...path, satisfied: false })),
    });
    const text = draftRationale(draft, item, 0, evaluation, 'upheld');
    expect(text).toContain('Red flags are present: not met.');
    expect(text).toContain('A neurological deficit is documented');
    // Each path misses one criterion: one list names them.
    expect(text.split('\n\n').at(-1)).toBe(
      'The request does not meet the guideline because neither path of the guideline is met. In each, a required criterion is not met or not documented: (1) red flags are present; (2) a neurological deficit is documented. The requested MRI lumbar spine IS NOT medically necessary.',
    );
  });

  it('names the one failing criterion of a set without paths', () => {
    const evaluation = itemEvaluation({
      itemId: 'mri',
      criteria: [redFlag, deficit],
      recommendation: 'uphold',
      decision: 'upheld',
    });
    expect(draftRationale(draft, item, 0, evaluation, 'upheld')).toContain(
      'The request does not meet the guideline because a required criterion is not met: red flags are present. The requested MRI lumbar spine IS NOT medically necessary.',
    );
  });

  it('names up to three failing criteria, not met first, shortened, and counts the rest', () => {
    const failing = [
      criterion('a', 'Attendance: at least 4 hours a day.', 'not_documented', ''),
      criterion(
        'b',
        'A screening process (file review, interview and testing) judged success.',
        'not_met',
        'x',
      ),
      criterion('c', 'Completed in 4 weeks or less; longer needs gains.', 'not_met', 'y'),
      criterion('d', 'Return-to-work goal agreed.', 'not_documented', ''),
      criterion('e', 'Likely to benefit.', 'not_documented', ''),
    ];
    const reasoning = (criteria: typeof failing) =>
      draftRationale(draft, item, 0, itemEvaluation({ itemId: 'mri', criteria }), 'upheld')
        .split('\n\n')
        .at(-1);
    expect(reasoning(failing)).toBe(
      'The request does not meet the guideline because 5 required criteria are not met or not documented: (1) a screening process judged success; (2) completed in 4 weeks or less; (3) attendance; and 2 more. The requested MRI lumbar spine IS NOT medically necessary.',
    );
    expect(reasoning(failing.slice(1, 3))).toBe(
      'The request does not meet the guideline because these required criteria are not met: (1) a screening process judged success; (2) completed in 4 weeks or less. The requested MRI lumbar spine IS NOT medically necessary.',
    );
    expect(reasoning([failing[0]!, { ...redFlag, status: 'met' }])).toMatch(
      /^The request does not meet the guideline because a required criterion is not documented: attendance\. /,
    );
  });

  it('says why a satisfied path does not carry the request when a criterion outside the paths fails', () => {
    const outside = criterion('interval', 'No repeat study within 12 months (same region).', 'not_met', 'z');
    const evaluation = itemEvaluation({
      itemId: 'mri',
      criteria: [redFlag, deficit, conservative, outside],
      recommendation: 'uphold',
      decision: 'upheld',
      decisionPaths: paths,
    });
    expect(draftRationale(draft, item, 0, evaluation, 'upheld')).toContain(
      'The request meets every criterion of one qualifying path of the guideline (deficit after failed conservative care), but the request does not meet the guideline because a required criterion is not met: no repeat study within 12 months.',
    );
  });
});

describe('the conclusion when no path of the guideline is met', () => {
  const fullDuty = criterion(
    'not-full-duty',
    'The worker is not already back at regular duty without restrictions.',
    'not_met',
    'Work status: full duty; the guideline requires a worker not already back at full duty.',
    { whenNotMet: 'The worker is already back at regular duty without restrictions' },
  );
  const trialStart = [
    criterion(
      'baseline',
      'Before chronic opioid treatment: a comprehensive evaluation.',
      'not_documented',
      '',
    ),
    criterion('non-opioid', 'Non-opioid treatment was tried and failed.', 'not_met', 'Tried: no.'),
    criterion('cures', 'A CURES (prescription drug monitoring) report is checked.', 'not_met', 'CURES: no.'),
    criterion('agreement', 'A treatment agreement is signed.', 'not_documented', ''),
  ];
  const acute = [
    criterion('within-3-months', 'The request falls within 3 months of the injury.', 'met', '1 month.'),
    criterion('severe', 'A severe acute injury (e.g. fractures).', 'not_documented', ''),
  ];
  const opioidPaths = [
    {
      id: 'initiation',
      label: 'initiation of chronic opioid treatment (section 3.3.3)',
      criteria: trialStart.map((entry) => entry.criterionId),
      satisfied: false,
    },
    {
      id: 'acute',
      label: 'a severe acute injury within 3 months (section 1.3)',
      criteria: acute.map((entry) => entry.criterionId),
      satisfied: false,
    },
  ];
  const unsatisfied = paths.map((path) => ({ ...path, satisfied: false }));
  const reasoning = (criteria: ReturnType<typeof criterion>[], decisionPaths: typeof paths) =>
    draftRationale(
      draft,
      item,
      0,
      itemEvaluation({ itemId: 'mri', criteria, decisionPaths, recommendation: 'uphold' }),
      'upheld',
    )
      .split('\n\n')
      .at(-1);

  it('names what each path misses, a few criteria at most, by its place and label', () => {
    expect(reasoning([...trialStart, ...acute], opioidPaths)).toBe(
      'The request does not meet the guideline because neither path of the guideline is met. For the first path (initiation of chronic opioid treatment), 4 required criteria are not met or not documented: (1) non-opioid treatment was tried and failed; (2) a CURES report is checked; and 2 more. For the second path (a severe acute injury within 3 months), a required criterion is not documented: a severe acute injury. The requested MRI lumbar spine IS NOT medically necessary.',
    );
  });

  it('gives the required criteria outside the paths as the reason first', () => {
    expect(
      reasoning([fullDuty, redFlag, { ...deficit, status: 'not_documented' }, conservative], unsatisfied),
    ).toBe(
      'The request does not meet the guideline because the worker is already back at regular duty without restrictions. Neither path of the guideline is met. In each, a required criterion is not met or not documented: (1) red flags are present; (2) a neurological deficit is documented. The requested MRI lumbar spine IS NOT medically necessary.',
    );
  });

  it('leaves out paths none of whose criteria apply to the request', () => {
    const notApplicable = { ...deficit, status: 'not_applicable' as const };
    const continued = { ...conservative, status: 'not_applicable' as const };
    expect(reasoning([redFlag, notApplicable, continued], unsatisfied)).toBe(
      'The request does not meet the guideline because, for the one path of the guideline that applies to this request (red flags), a required criterion is not met: red flags are present. The requested MRI lumbar spine IS NOT medically necessary.',
    );
    const flareUp = criterion('flare-up', 'The request is for a flare-up.', 'not_applicable', '');
    expect(
      reasoning(
        [redFlag, { ...deficit, status: 'not_documented' }, conservative, flareUp],
        [...unsatisfied, { id: 'flare', label: 'a flare-up', criteria: ['flare-up'], satisfied: false }],
      ),
    ).toContain(
      'because neither of the two paths of the guideline that apply to this request is met. In each,',
    );
    expect(reasoning([fullDuty, redFlag, notApplicable, continued], unsatisfied)).toBe(
      'The request does not meet the guideline because the worker is already back at regular duty without restrictions. For the one path of the guideline that applies to this request (red flags), a required criterion is not met: red flags are present. The requested MRI lumbar spine IS NOT medically necessary.',
    );
  });

  it("states a path's failing rule in the set's words", () => {
    const longActing = criterion(
      'short-acting',
      'The trial starts with a short-acting opioid, not a long-acting one.',
      'not_met',
      'Long-acting opioid requested: yes.',
      {
        whenNotMet:
          'The trial would start with a long-acting opioid rather than a short-acting (immediate-release) one',
      },
    );
    const text = reasoning(
      [longActing, trialStart[1]!, ...acute],
      [{ ...opioidPaths[0]!, criteria: ['short-acting', 'non-opioid'] }, opioidPaths[1]!],
    );
    expect(text).toContain(
      'For the first path (initiation of chronic opioid treatment), the trial would start with a long-acting opioid rather than a short-acting one. A required criterion is also not met: non-opioid treatment was tried and failed. For the second path',
    );
  });

  it.each([
    [
      'dev-CM16-0243453-3',
      'The request does not meet the guideline because the guideline does not recommend manipulation for the ankle or foot',
      'For the one path of the guideline that applies to this request (an initial trial), the visits requested, with those already completed, exceed the initial trial the guideline allows.',
    ],
    [
      'dev-CM17-0009441-7',
      'The request does not meet the guideline because none of the 5 paths of the guideline is met.',
      'As the findings above show, the records support none of them: (1) delayed recovery; (2) failed return-to-work attempts; (3) conflicting medical reports; (4) at or near maximum medical improvement; (5) before work hardening.',
    ],
  ])('reads so for %s, evaluated with the guideline data', (fixtureId, reason, paths) => {
    const fixture = [...PROCEDURE_FIXTURE_CASES, ...DEV_FIXTURE_CASES].find(
      (entry) => entry.fixtureId === fixtureId,
    )!;
    const evaluation = evaluate(fixture.draft, GUIDELINE_LIBRARY, { asOf: fixture.letterDate }).items[0]!;
    const text = draftRationale(fixture.draft, fixture.draft.disputedItems[0]!, 0, evaluation, 'upheld');
    expect(text).toContain(reason);
    expect(text).toContain(paths);
    expect(text).not.toContain('No qualifying path');
  });

  it('names a worker back at full duty as the reason an FCE is not supported', () => {
    const fixture = PROCEDURE_FIXTURE_CASES.find((entry) => entry.fixtureId === 'dev-CM17-0009441-7')!;
    const draft = structuredClone(fixture.draft);
    draft.work.status = 'full_duty';
    const evaluation = evaluate(draft, GUIDELINE_LIBRARY, { asOf: fixture.letterDate }).items[0]!;
    expect(draftRationale(draft, draft.disputedItems[0]!, 0, evaluation, 'upheld')).toContain(
      'The request does not meet the guideline because the worker is already back at regular duty without restrictions. None of the 5 paths of the guideline is met. As the findings above show, the records support none of them: (1) delayed recovery;',
    );
  });
});

describe('an associated surgical service upheld with its surgery', () => {
  it('states the unauthorized surgery as the finding and the reason, not "<rule>: not met"', () => {
    const fixture = PROCEDURE_FIXTURE_CASES.find((entry) => entry.fixtureId === 'dev-CM17-0006797-4')!;
    const evaluation = evaluate(fixture.draft, GUIDELINE_LIBRARY, { asOf: fixture.letterDate }).items[0]!;
    const text = draftRationale(fixture.draft, fixture.draft.disputedItems[0]!, 0, evaluation, 'upheld');
    const finding =
      'the surgery this item supports has not been authorized or found necessary, so the item it supports is not needed';
    expect(text).toContain(`The request does not meet the guideline because ${finding}.`);
    expect(text).toContain(`${finding[0]!.toUpperCase()}${finding.slice(1)}.`);
    expect(text).not.toContain('found medically necessary: not met');
  });
});

describe('missing facts and requirements in the evidence', () => {
  const findingsOf = (criteria: ReturnType<typeof criterion>[]) =>
    draftRationale(draft, item, 0, itemEvaluation({ itemId: 'brace', criteria }), 'upheld')
      .split('\n\n')
      .find((paragraph) => paragraph.startsWith('In this case')) ?? '';

  it('prints a missing fact as "<fact>: not documented", a fact worded as a clause included', () => {
    const lumbar = criterion(
      'lumbar-support',
      'Lumbar supports are not recommended for treatment.',
      'not_met',
      'Requested for use after a surgery: yes; the guideline requires use after a surgery. The surgery this item supports is authorized not documented; the guideline requires an authorized surgery.',
      { whenNotMet: 'The guideline does not recommend lumbar supports for treatment' },
    );
    const findings = findingsOf([lumbar]);
    expect(findings).toContain(
      'Requested for use after a surgery: yes. The surgery this item supports is authorized: not documented.',
    );
    expect(findings).not.toContain('authorized not documented');
    const hours = criterion(
      'hours',
      'At least 4 hours a day.',
      'not_documented',
      'Requested 4 days/week. Hours per day not documented; the guideline requires at least 4 hours/day. GI risk factor (ulcer; aspirin) not documented; one NSAID or none; the date of surgery is not documented.',
    );
    expect(findingsOf([hours])).toContain(
      'Hours per day: not documented; the guideline requires at least 4 hours/day. GI risk factor (ulcer; aspirin): not documented; one NSAID or none; the date of surgery is not documented.',
    );
  });

  it("keeps the limit a failing finding in the set's words leaves to the evidence", () => {
    const visits = criterion(
      'visits',
      'Visits stay within the allowance for the diagnosis.',
      'not_met',
      'Diagnosis category: neuralgia. 12 requested + 0 completed = 12 PT visits; the guideline requires at most 10 visits in total for neuralgia.',
      {
        whenNotMet:
          'The visits requested, with those already completed, exceed the allowance for the diagnosis',
      },
    );
    expect(findingsOf([visits])).toBe(
      'In this case, the records show the following. The visits requested, with those already completed, exceed the allowance for the diagnosis. Diagnosis category: neuralgia. 12 requested + 0 completed = 12 PT visits; the guideline requires at most 10 visits in total for neuralgia.',
    );
  });

  it('names a met visit allowance briefly and gives the allowance in the evidence (CM17-0010365)', () => {
    const fixture = DEV_FIXTURE_CASES.find((entry) => entry.caseNumber === 'CM17-0010365')!;
    const evaluation = evaluate(fixture.draft, GUIDELINE_LIBRARY, { asOf: fixture.letterDate }).items[0]!;
    const text = draftRationale(fixture.draft, fixture.draft.disputedItems[0]!, 0, evaluation, 'overturned');
    expect(text).toContain(
      'The visits requested, with those already completed, stay within the allowance for the diagnosis: met.',
    );
    expect(text).toContain(
      'the guideline requires at most 10 visits in total for neuralgia/neuritis/radiculitis',
    );
    expect(text).not.toContain('(e.g. 9-10 over 8 weeks');
  });

  it('leaves out a requirement whose figures the stated finding already gives', () => {
    const window = criterion(
      'within-72-hours',
      'The study is asked for within 72 hours of the head injury.',
      'not_met',
      'Days from injury to request: 47 days; the guideline requires a request within 72 hours of the injury.',
      { whenNotMet: 'The study was asked for more than 72 hours after the head injury' },
    );
    expect(findingsOf([window])).toBe(
      'In this case, the records show the following. The study was asked for more than 72 hours after the head injury. Days from injury to request: 47 days.',
    );
  });

  it('leaves out the requirement a met rule already states, and a fact that only repeats it', () => {
    const region = criterion(
      'region',
      'Manipulation is not recommended for the knee.',
      'met',
      'Body region: low back; the guideline requires a region other than the knee.',
      {
        whenNotMet: 'The guideline does not recommend manipulation for the knee, and the request includes it',
        asRequirement: 'The request is limited to regions other than the knee',
      },
    );
    const nsaid = criterion(
      'one-nsaid',
      'Not on top of another NSAID.',
      'met',
      'No other NSAID taken or requested; the guideline requires no other NSAID taken or requested.',
      { asRequirement: 'No other NSAID is taken or requested at the same time' },
    );
    expect(findingsOf([region, nsaid])).toBe(
      'In this case, the records show the following. The request is limited to regions other than the knee: met. Body region: low back. No other NSAID is taken or requested at the same time: met.',
    );
    // A met criterion stated plainly keeps the requirement its figures are set against.
    const weeks = criterion(
      'weeks',
      'Care lasts no more than 8 weeks.',
      'met',
      'Requested 4 weeks; the guideline requires no more than 8 weeks.',
    );
    expect(findingsOf([weeks])).toContain('Requested 4 weeks; the guideline requires no more than 8 weeks.');
  });
});

/** A work hardening case evaluated by the real evaluator, shaped by `edit`. */
function evaluatedCase(edit: (draft: CaseDraft) => void) {
  const draft = buildDemoCase('demo');
  edit(draft);
  const item = draft.disputedItems[0]!;
  const evaluation = evaluate(draft, GUIDELINE_LIBRARY, { asOf: '2014-12-20' }).items[0]!;
  return { draft, item, evaluation };
}

describe('the non-MTUS citation on the evidence-hierarchy path', () => {
  const peerReviewed = (citation: string) =>
    evaluatedCase((draft) => {
      Object.assign(draft.disputedItems[0]!, { serviceType: 'other', requestedAs: 'Inversion table' });
      Object.assign(draft.disputedItems[0]!.review, {
        evidenceSource: 'peer_reviewed',
        evidenceCitation: citation,
      });
    });
  const occurrences = (text: string) => text.split('Non-MTUS Citation').length - 1;

  it('prints "Non-MTUS Citation" once when only the source is named', () => {
    const { draft, item, evaluation } = peerReviewed('');
    expect(evaluation.path).toBe('evidence_hierarchy');
    const line = imrGuidelineLine(item, evaluation);
    expect(line).toMatch(
      /^The Expert Reviewer based their decision on recommendation\(s\) outside of the MTUS Guidelines\. Decision based on Non-MTUS Citation peer-reviewed scientific and medical evidence\. /,
    );
    expect(occurrences(line)).toBe(1);
    const rationale = draftRationale(draft, item, 0, evaluation, 'upheld');
    expect(rationale).toContain('the decision rests on peer-reviewed scientific and medical evidence.');
    expect(rationale).not.toContain('Non-MTUS Citation');
  });

  it('does not repeat the prefix when the reviewer typed it into the citation', () => {
    const { item, evaluation } = peerReviewed('Non-MTUS Citation: Smith et al., Spine 2012.');
    const line = imrGuidelineLine(item, evaluation);
    expect(occurrences(line)).toBe(1);
    expect(line).toContain(
      'Decision based on Non-MTUS Citation Smith et al., Spine 2012 (peer-reviewed scientific and medical evidence).',
    );
  });
});

describe("the MTUS's silence on the evidence-hierarchy path", () => {
  // A surgery without a body part: the evaluator's reason is a note for the criteria panel.
  const surgery = (mtusNotApplicableReason: string) => {
    const draft = evidencePathSurgeryCase(mtusNotApplicableReason);
    const evaluation = evaluate(draft, GUIDELINE_LIBRARY, { asOf: '2016-04-01' }).items[0]!;
    const item = draft.disputedItems[0]!;
    return {
      evaluation,
      line: imrGuidelineLine(item, evaluation),
      rationale: draftRationale(draft, item, 0, evaluation, 'upheld'),
    };
  };
  const PANEL_WORDING = /\b(?:Enter|enter|apply|choose|Encoded|encoded|Record)\b|evidence path/;

  it("never quotes the evaluator's note for the panel", () => {
    const { evaluation, line, rationale } = surgery('');
    expect(evaluation.path).toBe('evidence_hierarchy');
    expect(evaluation.evidencePathReason).toMatch(/Enter the body part/);
    expect(line).toBe(
      'The Expert Reviewer based their decision on recommendation(s) outside of the MTUS Guidelines. Decision based on Non-MTUS Citation ODG Hip. The MTUS does not address this request as described.',
    );
    expect(rationale).toContain(
      'The MTUS does not address this request as described. Following the strength of evidence hierarchy',
    );
    expect(line).not.toMatch(PANEL_WORDING);
    expect(rationale).not.toMatch(PANEL_WORDING);
  });

  it("states the reviewer's own reason when one is typed", () => {
    const { line, rationale } = surgery('the MTUS has no criteria for hip arthroscopy.');
    expect(line).toContain(
      'The MTUS does not address this request: the MTUS has no criteria for hip arthroscopy.',
    );
    expect(rationale).toContain(
      'The MTUS does not address this request: the MTUS has no criteria for hip arthroscopy. Following',
    );
  });

  it('states reviewer-written criteria and their notes without labels, an unanswered one as not documented', () => {
    const draft = inversionTableCase({ note: 'home unit used for 6 weeks' });
    const evaluation = evaluate(draft, GUIDELINE_LIBRARY, { asOf: '2016-04-01' }).items[0]!;
    const rationale = draftRationale(draft, draft.disputedItems[0]!, 0, evaluation, 'upheld');
    expect(rationale).toContain('Trial of home traction documented: met. Home unit used for 6 weeks.');
    expect(rationale).toContain('Failed conservative care: not documented.');
    expect(rationale).not.toMatch(/reviewer's finding|Reviewer's note/i);
  });
});

describe('the presentation paragraph', () => {
  it.each([
    ['low back', 'The patient presents with low back pain.'],
    ['right shoulder.', 'The patient presents with right shoulder pain.'],
  ])('words a complaint with only a body part (%j) as the case summary does', (bodyPart, expected) => {
    const { draft, item, evaluation } = evaluatedCase((d) => {
      const latest = d.reports[d.reports.length - 1]!;
      latest.complaints = [{ ...latest.complaints[0]!, description: '', bodyPart }];
    });
    const rationale = draftRationale(draft, item, 0, evaluation, 'upheld');
    expect(rationale.startsWith(`${expected} The request is for`)).toBe(true);
  });
});

describe('counts in the presentation paragraph', () => {
  it('uses the singular for one session, one week and one hour', () => {
    const { draft, item, evaluation } = evaluatedCase((d) =>
      Object.assign(d.disputedItems[0]!, { frequencyPerWeek: 1, durationWeeks: 1, hoursPerDay: 1 }),
    );
    expect(draftRationale(draft, item, 0, evaluation, 'upheld')).toContain(
      'As requested, that is 1 session a week for 1 week, 1 hour a day (1 session in all).',
    );
  });

  it('keeps the plural for more than one', () => {
    const { draft, item, evaluation } = evaluatedCase((d) =>
      Object.assign(d.disputedItems[0]!, { frequencyPerWeek: 2, durationWeeks: 6, hoursPerDay: 4 }),
    );
    expect(draftRationale(draft, item, 0, evaluation, 'upheld')).toContain(
      'As requested, that is 2 sessions a week for 6 weeks, 4 hours a day (12 sessions in all).',
    );
  });
});

describe('text the reviewer typed, placed in a sentence', () => {
  const typedWithPeriods = () =>
    evaluatedCase((d) => {
      Object.assign(d.disputedItems[0]!, {
        requestedAs: 'Work hardening 2x6.',
        urDecision: 'modified',
        urApproved: 'Work hardening 2x2.',
      });
    });

  it('drops the typed period before the sentence goes on', () => {
    const { item } = typedWithPeriods();
    expect(itemTitle(item, 0, 'upheld')).toBe(
      'Work hardening 2x6 was the original request. Work hardening 2x2 was authorized by the Claims Administrator. The remaining IMR eligible portion of the original request is: Upheld',
    );
    expect(itemTitle({ ...item, urDecision: 'denied' }, 0, 'upheld')).toBe('Work hardening 2x6: Upheld');
    expect(conclusionSentence(item, 0, 'upheld')).toBe(
      'The requested work hardening 2x6 IS NOT medically necessary.',
    );
  });

  it('never doubles the period when typed text ends the sentence', () => {
    const { draft, item, evaluation } = typedWithPeriods();
    const rationale = draftRationale(draft, item, 0, evaluation, 'upheld');
    expect(rationale).toContain('authorizing Work hardening 2x2. ');
    expect(rationale).toContain('The request is for work hardening 2x6. ');
    expect(rationale).not.toMatch(/\.\./);
  });

  it('keeps the period of a dotted abbreviation', () => {
    const item = { ...emptyDisputedItem('med'), requestedAs: 'Norco 10/325 q6h p.r.n.' };
    expect(conclusionSentence(item, 0, 'overturned')).toBe(
      'The requested Norco 10/325 q6h p.r.n. IS medically necessary.',
    );
  });
});

describe("the reviewer's decision reason", () => {
  it('starts its sentence with a capital letter', () => {
    const { draft, item, evaluation } = evaluatedCase((d) =>
      Object.assign(d.disputedItems[0]!.review, {
        decision: 'upheld',
        decisionReason: 'the treating physician documents a leg-length discrepancy',
      }),
    );
    const rationale = draftRationale(draft, item, 0, evaluation, 'upheld');
    expect(rationale).toContain(' The treating physician documents a leg-length discrepancy.');
    expect(rationale).not.toContain('the treating physician documents');
  });
});

describe('criteria whose statements explain themselves after a colon', () => {
  // "Analgesia (one of the 4 A's): ...: met." would read as two findings in one.
  const SECOND_COLON = /: [^.:;]*: (?:met|not met|not documented)\./;
  const FIXTURES = [...DEV_FIXTURE_CASES, ...MEDICATION_FIXTURE_CASES, ...PROCEDURE_FIXTURE_CASES];

  it('keeps a colon inside brackets, which is already set apart', () => {
    const shortTerm = criterion(
      'short-term',
      'Short-term use only: less than 3 weeks in all (cyclobenzaprine: no longer than 2-3 weeks).',
      'met',
      'On the drug 10 days; the guideline requires no longer than 2-3 weeks.',
    );
    const rationale = draftRationale(
      draft,
      item,
      0,
      itemEvaluation({
        itemId: 'mri',
        criteria: [shortTerm],
        recommendation: 'overturn',
        decision: 'overturned',
      }),
      'overturned',
    );
    expect(rationale).toContain(
      'Short-term use only \u2014 less than 3 weeks in all (cyclobenzaprine: no longer than 2-3 weeks): met.',
    );
  });

  it.each(FIXTURES.map((fixture) => [fixture.fixtureId, fixture] as const))(
    '%s: no finding follows a colon of its own statement with its status',
    (_id, fixture) => {
      const evaluation = evaluate(fixture.draft, GUIDELINE_LIBRARY, { asOf: fixture.letterDate });
      fixture.draft.disputedItems.forEach((item, index) => {
        const rationale = draftRationale(fixture.draft, item, index, evaluation.items[index], 'upheld');
        // A colon inside brackets is set apart already.
        expect(rationale.replace(/\([^()]*\)/g, '')).not.toMatch(SECOND_COLON);
      });
    },
  );
});

describe('the findings paragraph', () => {
  const findingsOf = (rationale: string) =>
    rationale.split('\n\n').find((paragraph) => paragraph.startsWith('In this case')) ?? '';
  const LIST = 'The records do not document that these criteria are met: ';

  it('lists criteria whose facts are simply missing once, together, without restating each', () => {
    const { draft, item, evaluation } = evaluatedCase(() => {});
    const findings = findingsOf(draftRationale(draft, item, 0, evaluation, 'upheld'));
    expect(findings.split(LIST)).toHaveLength(2);
    const list = findings.slice(findings.indexOf(LIST) + LIST.length).split('. ')[0] ?? '';
    expect(list.split(/; \(\d\) /).map((entry) => entry.replace(/^\(1\) /, ''))).toEqual([
      'a work-related musculoskeletal condition whose functional limits keep the worker from safely meeting current job demands',
      'the job to return to is at the medium physical demand level or heavier (not sedentary or clerical)',
      'an adequate trial of physical or occupational therapy brought improvement and then a plateau',
      'not a candidate for surgery or for another treatment clearly warranted to improve function',
      // A statement's own colon would follow the list's: it reads as a dash.
      'a return-to-work goal agreed by employer and employee \u2014 a specific job to return to whose demands exceed current abilities, or on-the-job training',
      'the worker is likely to benefit \u2014 functional and psychological limits are likely to improve',
    ]);
    // The evaluator's restatements of the listed criteria are left out.
    expect(findings).not.toContain('Return-to-work goal not documented');
    expect(findings).not.toContain('Physical demand level of the job not documented');
    // Criteria that are not met keep their figures.
    expect(findings).toContain('Requested 6 weeks; the guideline requires completion in 4 weeks or less.');
  });

  it('keeps a missing fact stated on its own when the evidence says more, or the reviewer noted it', () => {
    const { draft, item, evaluation } = evaluatedCase((d) => {
      // Frequency given and in range, hours per day missing: the criterion is not documented, and
      // its evidence also reports the days a week that were requested.
      Object.assign(d.disputedItems[0]!, { frequencyPerWeek: 4, durationWeeks: 4 });
      d.disputedItems[0]!.review.criteria['wh-functional-limits'] = {
        answer: '',
        note: 'Job analysis pending',
      };
    });
    const attendance = evaluation.criteria.find((c) => c.criterionId === 'wh-attendance');
    expect(attendance?.status).toBe('not_documented');
    const findings = findingsOf(draftRationale(draft, item, 0, evaluation, 'upheld'));
    expect(findings).toContain(
      'The worker can attend at least 4 hours a day, 3 to 5 days a week: not documented. Requested 4 days/week',
    );
    // The evidence only restated that the fact is missing: the finding and the note remain.
    expect(findings).toContain('current job demands: not documented. Job analysis pending.');
    const list = findings.slice(findings.indexOf(LIST));
    expect(list.split('. ')[0]).not.toContain('4 hours a day');
    expect(list.split('. ')[0]).not.toContain('work-related musculoskeletal condition');
  });

  it("never prints the panel's 'awaiting the reviewer's answer' in a letter", () => {
    const draft = functionalRestorationCase();
    const evaluation = evaluate(draft, GUIDELINE_LIBRARY, { asOf: '2016-12-30' }).items[0]!;
    expect(evaluation.criteria.find((c) => c.criterionId === JUDGED)?.source).toBe('unanswered');
    const findings = findingsOf(draftRationale(draft, draft.disputedItems[0]!, 0, evaluation, 'upheld'));
    expect(findings).not.toMatch(/awaiting/i);
    expect(findings).toMatch(
      /The records do not document that (?:this criterion is|these criteria are) met: [^.]*the chronic pain causes a significant loss of the ability to function independently/,
    );
  });

  it("leaves the panel's 'awaiting' out of an unanswered judgment the reviewer wrote a note on", () => {
    const draft = functionalRestorationCase({
      review: { criteria: { [JUDGED]: answer('', 'activity limits asked of the provider') } },
    });
    const evaluation = evaluate(draft, GUIDELINE_LIBRARY, { asOf: '2016-12-30' }).items[0]!;
    expect(evaluation.criteria.find((c) => c.criterionId === JUDGED)?.source).toBe('unanswered');
    const findings = findingsOf(draftRationale(draft, draft.disputedItems[0]!, 0, evaluation, 'upheld'));
    expect(findings).not.toMatch(/awaiting/i);
    expect(findings).toMatch(
      /function independently[^:]*: not documented\. Activity limits asked of the provider\./,
    );
  });

  it('leaves instructions for the panel and notes on the catalogue out of quoted criteria', () => {
    const evaluation = itemEvaluation({
      itemId: 'mri',
      criteria: [
        criterion(
          'body-region',
          'The body region has encoded criteria.',
          'not_documented',
          'Body part: elbow. No rule is encoded for it; a reviewer override with a note can decide this criterion.',
          { note: 'Elbow imaging reviewed against the records' },
        ),
        criterion(
          'visit-cap',
          'No more than 24 visits per discipline (advisory: the 2016-17 IMR letters do not apply it).',
          'met',
          'Request date 01/05/2017 is before the date of injury (02/01/2017); check the dates.',
        ),
      ],
    });
    const findings = findingsOf(draftRationale(draft, item, 0, evaluation, 'upheld'));
    expect(findings).toContain(
      'The body region has encoded criteria: not documented. Body part: elbow. Elbow imaging reviewed against the records.',
    );
    expect(findings).toContain(
      'No more than 24 visits per discipline (advisory): met. Request date 01/05/17 is before the date of injury (02/01/17).',
    );
    expect(findings).not.toMatch(/override|check the dates|IMR letters/);
  });

  it('gives dates from the evidence as MM/DD/YY, like the rest of the letter', () => {
    const { draft, item, evaluation } = evaluatedCase(() => {});
    const findings = findingsOf(draftRationale(draft, item, 0, evaluation, 'upheld'));
    expect(findings).toContain(
      'Request date 11/11/14 is 1 year, 3 months and 10 days after the date of injury (08/01/13)',
    );
    expect(findings).not.toMatch(/\d{2}\/\d{2}\/\d{4}/);
  });
});

describe('criteria the reviewer overrode', () => {
  const overridden = (answer: 'met' | 'not_met') =>
    evaluatedCase((d) => {
      d.disputedItems[0]!.review.criteria['wh-functional-limits'] = {
        answer,
        note: 'The 11/11/14 restrictions are below the lifting demands of the job',
      };
    });
  const findingsOf = (rationale: string) =>
    rationale.split('\n\n').find((paragraph) => paragraph.startsWith('In this case')) ?? '';
  const sentenceAbout = (rationale: string) => {
    const findings = findingsOf(rationale);
    const start = findings.indexOf('A work-related musculoskeletal condition');
    const end = findings.indexOf(' The request is made', start);
    return findings.slice(start, end).trim();
  };

  it("states the reviewer's finding and note, without quoting the records' opposite result", () => {
    const { draft, item, evaluation } = overridden('met');
    const criterionResult = evaluation.criteria.find((c) => c.criterionId === 'wh-functional-limits');
    expect(criterionResult).toMatchObject({
      source: 'overridden',
      status: 'met',
      computedStatus: 'not_documented',
    });
    const sentence = sentenceAbout(draftRationale(draft, item, 0, evaluation, 'upheld'));
    expect(sentence).toBe(
      'A work-related musculoskeletal condition whose functional limits keep the worker from safely meeting current job demands: met. The 11/11/14 restrictions are below the lifting demands of the job.',
    );
    expect(sentence).not.toContain('computed result was');
    expect(sentence).not.toMatch(/reviewer's finding|Reviewer's note|records as entered/i);
    expect(sentence).not.toContain('Reviewer override');
    // "not documented" appears only as the records' result, never as the criterion's finding.
    expect(sentence).not.toMatch(/: not documented\./);
  });

  it('does not mention the computed result when the override agrees with it', () => {
    const { draft, item, evaluation } = evaluatedCase((d) => {
      d.disputedItems[0]!.facts.functionalLimitsPreventJob = true;
      d.disputedItems[0]!.review.criteria['wh-functional-limits'] = {
        answer: 'met',
        note: 'Confirmed on the 11/11/14 report',
      };
    });
    const sentence = sentenceAbout(draftRationale(draft, item, 0, evaluation, 'upheld'));
    // The computed evidence only restated the yes/no fact: the finding and the note remain.
    expect(sentence).toBe(
      'A work-related musculoskeletal condition whose functional limits keep the worker from safely meeting current job demands: met. Confirmed on the 11/11/14 report.',
    );
    expect(sentence).not.toContain('computed');
    expect(sentence).not.toContain('records as entered');
    expect(sentence).not.toContain('Reviewer override');
  });
});

describe('criteria the reviewer judged', () => {
  const NOTE = 'the 12/01/16 report lists the daily activities she can no longer do';
  const judged = (value: 'met' | 'not_met', note: string) => {
    const draft = functionalRestorationCase({
      review: { criteria: { [JUDGED]: answer(value, note) } },
    });
    const item = draft.disputedItems[0]!;
    const evaluation = evaluate(draft, GUIDELINE_LIBRARY, { asOf: '2016-12-30' }).items[0]!;
    expect(evaluation.criteria.find((c) => c.criterionId === JUDGED)).toMatchObject({
      kind: 'judgment',
      source: 'reviewer',
    });
    return draftRationale(draft, item, 0, evaluation, 'upheld');
  };
  const occurrences = (text: string, part: string) => text.toLowerCase().split(part.toLowerCase()).length - 1;

  it("prints the reviewer's note once, as a plain sentence after the finding", () => {
    const rationale = judged('met', NOTE);
    expect(occurrences(rationale, NOTE)).toBe(1);
    expect(rationale).toContain(
      'function independently: met. The 12/01/16 report lists the daily activities she can no longer do.',
    );
    // The finding already says what the reviewer answered.
    expect(rationale).not.toContain("Reviewer's answer");
  });

  it('prints a judged finding without a note as the finding alone', () => {
    const rationale = judged('not_met', '');
    expect(rationale).toContain(
      'The records do not show that the chronic pain causes a significant loss of the ability to function independently.',
    );
    expect(rationale).not.toContain("reviewer's finding");
    expect(rationale).not.toContain("Reviewer's answer");
    expect(rationale).not.toContain("Reviewer's note");
  });
});

describe('a service the reviewer left undescribed', () => {
  const undescribed = (serviceType: DisputedItem['serviceType']) => {
    const draft = caseWith({
      requestDate: '2014-11-11',
      items: [disputedItem(serviceType, { requestedAs: '' }), disputedItem(serviceType, {}, 'item-2')],
    });
    const evaluation = evaluate(draft, GUIDELINE_LIBRARY, { asOf: '2014-12-20' }).items[1]!;
    const item = draft.disputedItems[1]!;
    return { rationale: draftRationale(draft, item, 1, evaluation, 'upheld'), item };
  };
  const PLACEHOLDERS = /Other service|Disputed item \d|(?:for|requested) Pre-operative tests/;

  it('speaks of a service of type Other instead of printing the picker label', () => {
    const { rationale, item } = undescribed('other');
    expect(rationale).toContain('The request is for a service of type Other, not described further.');
    // The evaluator's panel note ("No encoded MTUS guideline addresses ...") is not the letter's.
    expect(rationale).toContain('The MTUS does not address this request as described.');
    expect(rationale).not.toMatch(/encoded/i);
    expect(rationale).not.toMatch(PLACEHOLDERS);
    expect(conclusionSentence(item, 1, 'upheld')).toBe('The requested service IS NOT medically necessary.');
  });

  it('speaks of a service not yet described when no service type is chosen either', () => {
    const { rationale, item } = undescribed('');
    expect(rationale).toContain('The request is for a service not yet described.');
    expect(rationale).not.toMatch(PLACEHOLDERS);
    expect(conclusionSentence(item, 1, 'overturned')).toBe('The requested service IS medically necessary.');
  });

  it('names the service type mid-sentence with a small first letter, keeping acronyms and "IS NOT"', () => {
    const { rationale, item } = undescribed('preoperative_testing');
    expect(rationale).toContain('The request is for pre-operative tests.');
    expect(rationale).not.toMatch(PLACEHOLDERS);
    expect(conclusionSentence(item, 1, 'upheld')).toBe(
      'The requested pre-operative tests IS NOT medically necessary.',
    );
    const mri = { ...item, serviceType: 'mri' as const };
    expect(conclusionSentence(mri, 1, 'upheld')).toBe('The requested MRI IS NOT medically necessary.');
    const xray = { ...item, serviceType: 'xray' as const };
    expect(conclusionSentence(xray, 1, 'upheld')).toBe('The requested x-ray IS NOT medically necessary.');
  });
});

describe('typed request text placed mid-sentence', () => {
  it.each([
    ['Pre-operative tests', 'The requested pre-operative tests IS NOT medically necessary.'],
    ['Acupuncture 2x4 low back', 'The requested acupuncture 2x4 low back IS NOT medically necessary.'],
    ['Work hardening 2x6', 'The requested work hardening 2x6 IS NOT medically necessary.'],
    ['Norco 10/325 #90', 'The requested Norco 10/325 #90 IS NOT medically necessary.'],
    ['TENS unit, 30-day trial', 'The requested TENS unit, 30-day trial IS NOT medically necessary.'],
    ['MRI lumbar spine', 'The requested MRI lumbar spine IS NOT medically necessary.'],
    [
      'Consult with pain specialist',
      'The requested consult with pain specialist IS NOT medically necessary.',
    ],
    ['Lidoderm patches', 'The requested Lidoderm patches IS NOT medically necessary.'],
  ])('"%s" reads "%s"', (requestedAs, expected) => {
    expect(conclusionSentence({ ...emptyDisputedItem('x'), requestedAs }, 0, 'upheld')).toBe(expected);
  });
});

describe('request fields the service type does not show', () => {
  it('leaves a therapy frequency out of an MRI item the reviewer retyped', () => {
    const draft = caseWith({
      requestDate: '2016-12-01',
      items: [
        disputedItem('mri', {
          requestedAs: 'MRI lumbar spine',
          frequencyPerWeek: 2,
          durationWeeks: 6,
          quantity: 1,
        }),
      ],
    });
    const evaluation = evaluate(draft, GUIDELINE_LIBRARY, { asOf: '2016-12-30' }).items[0]!;
    const rationale = draftRationale(draft, draft.disputedItems[0]!, 0, evaluation, 'upheld');
    expect(rationale).not.toContain('sessions a week');
    // One MRI: a quantity of 1 tells the reader nothing.
    expect(rationale).not.toContain('quantity');
  });
});

describe('the quantity requested', () => {
  const presentation = (serviceType: DisputedItem['serviceType'], requestedAs: string, quantity: number) => {
    const draft = caseWith({
      requestDate: '2016-12-01',
      items: [disputedItem(serviceType, { requestedAs, quantity })],
    });
    const evaluation = evaluate(draft, GUIDELINE_LIBRARY, { asOf: '2016-12-30' }).items[0]!;
    return draftRationale(draft, draft.disputedItems[0]!, 0, evaluation, 'upheld').split('\n\n')[0] ?? '';
  };

  it.each([
    ['surgery', 'Right shoulder arthroscopy', 1],
    ['mri', 'MRI lumbar spine', 1],
    ['tens', 'TENS unit, 30-day trial', 1],
    ['fce', 'Functional capacity evaluation', 1],
  ] as const)('is not stated for one %s', (serviceType, requestedAs, quantity) => {
    expect(presentation(serviceType, requestedAs, quantity)).not.toMatch(/quantity|in all/i);
  });

  it('is stated when more than one is requested', () => {
    expect(presentation('mri', 'MRI of neck and right hand', 2)).toContain('The quantity requested is 2.');
  });

  it('is stated as sessions for a therapy, even one', () => {
    expect(presentation('acupuncture', 'Acupuncture, low back', 6)).toContain(
      'As requested, that is 6 sessions in all.',
    );
    expect(presentation('chiropractic', 'Chiropractic, low back', 1)).toContain(
      'As requested, that is 1 session in all.',
    );
  });

  it.each([
    ['tens', 'TENS unit, daily trial, cervical and thoracic spine, #30', 1],
    ['chiropractic', 'Chiropractic therapy, cervical spine (remaining 2 of 8 sessions)', 8],
    ['physical_therapy', 'Physical therapy, right elbow, 3x/week (12 sessions)', 12],
    ['chiropractic', 'Chiropractic care for the low back x6', 6],
    ['physical_therapy', 'PT 2x6 lumbar', 12],
    ['urine_drug_test', 'Urine drug screen qty 2', 2],
  ] as const)(
    'is not stated when the request states a count of its own: %s %j',
    (serviceType, requestedAs, quantity) => {
      expect(presentation(serviceType, requestedAs, quantity)).not.toMatch(/quantity requested|in all/);
    },
  );
});

describe('the requirements paragraph', () => {
  const requirementsOf = (rationale: string) =>
    rationale.split('\n\n').find((paragraph) => paragraph.startsWith('The guideline applied')) ?? '';

  it('names the guideline and counts its criteria without saying it recommends the service', () => {
    const evaluation = itemEvaluation({
      itemId: 'us',
      criteria: [
        criterion('us-not-recommended', 'Therapeutic ultrasound is not recommended.', 'not_met', ''),
        criterion('other', 'Another criterion.', 'met', ''),
      ],
    });
    const paragraph = requirementsOf(draftRationale(draft, item, 0, evaluation, 'upheld'));
    expect(paragraph).toBe(
      'The guideline applied is MTUS Chronic Pain Medical Treatment Guidelines 2009, Work conditioning, work hardening, Page(s): 125-126. Of its criteria, 2 apply to this request. For the guideline to support the request, every required criterion must be met.',
    );
    expect(paragraph).not.toMatch(/recommends this service|Decision rule/);
  });

  it.each([
    [
      'MTUS Chronic Pain Medical Treatment 2016, Section(s): Physical medicine treatment. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Physical therapy/Preface',
      'The guideline applied is MTUS Chronic Pain Medical Treatment 2016, Section(s): Physical medicine treatment, with Official Disability Guidelines (ODG) Physical therapy/Preface (outside the MTUS).',
    ],
    [
      'Non-MTUS Citation Official Disability Guidelines (ODG) Head, CT',
      'The guideline applied is Official Disability Guidelines (ODG) Head, CT (outside the MTUS).',
    ],
    [
      'MTUS Neck and Upper Back Complaints 2004, Section(s): Special Studies, and Forearm, Wrist, and Hand Complaints 2004, Section(s): Special Studies.',
      'The guideline applied is MTUS Neck and Upper Back Complaints 2004, Section(s): Special Studies, and Forearm, Wrist, and Hand Complaints 2004, Section(s): Special Studies.',
    ],
    ['', 'The guideline applied is not identified.'],
  ])('words the guideline line %j as one sentence, never as a second decision', (line, sentence) => {
    expect(guidelineAppliedSentence(line)).toBe(sentence);
    const evaluation = itemEvaluation({ itemId: 'pt', guidelineLine: line });
    const paragraph = requirementsOf(draftRationale(draft, item, 0, evaluation, 'upheld'));
    expect(paragraph.startsWith(sentence)).toBe(true);
    expect(paragraph).not.toMatch(/Decision based on|Non-MTUS Citation/);
  });

  it('counts one criterion in words', () => {
    const evaluation = itemEvaluation({
      itemId: 'tens',
      criteria: [criterion('tens-neck', 'TENS is not recommended for neck complaints.', 'not_met', '')],
    });
    expect(requirementsOf(draftRationale(draft, item, 0, evaluation, 'upheld'))).toContain(
      'Of its criteria, one applies to this request.',
    );
  });

  it('states a rule of alternative paths as a sentence, with the criteria outside the paths', () => {
    const outside = criterion('interval', 'No repeat study within 12 months.', 'met', '');
    const rationale = (criteria: ReturnType<typeof criterion>[]) =>
      requirementsOf(
        draftRationale(
          draft,
          item,
          0,
          itemEvaluation({ itemId: 'mri', criteria, decisionPaths: paths, recommendation: 'overturn' }),
          'overturned',
        ),
      );
    expect(rationale([redFlag, deficit, conservative, outside])).toContain(
      'For the guideline to support the request, every required criterion must be met, and all the criteria of one of these: red flags; or deficit after failed conservative care.',
    );
    expect(rationale([redFlag, deficit, conservative])).toContain(
      'For the guideline to support the request, all the criteria of one of these must be met: red flags; or deficit after failed conservative care.',
    );
  });
});

describe('evidence that only restates a yes/no fact', () => {
  const findingsOf = (criteria: ReturnType<typeof criterion>[]) =>
    draftRationale(draft, item, 0, itemEvaluation({ itemId: 'mri', criteria }), 'upheld')
      .split('\n\n')
      .find((paragraph) => paragraph.startsWith('In this case')) ?? '';

  it('prints only the statement and its status', () => {
    const findings = findingsOf([
      criterion(
        'red-flags',
        'Red flags for serious pathology are present.',
        'not_met',
        'Red flags for serious pathology: no; the guideline requires red flags for serious pathology.',
      ),
      criterion(
        'adjunct',
        'Used as an adjunct to rehabilitation.',
        'met',
        'Adjunct to active therapy or rehabilitation: yes; the guideline requires use as an adjunct to physical rehabilitation or surgery.',
      ),
    ]);
    expect(findings).toBe(
      'In this case, the records show the following. Red flags for serious pathology are present: not met. Used as an adjunct to rehabilitation: met.',
    );
  });

  it('keeps the facts alone when several say which part of the criterion failed', () => {
    const findings = findingsOf([
      criterion(
        'topical',
        'Topicals are mainly for neuropathic pain after first-line trials have failed.',
        'not_met',
        'Neuropathic pain: no; the guideline requires neuropathic pain. First-line neuropathic drug tried and failed: no; the guideline requires a failed trial of a first-line drug.',
      ),
      criterion(
        'radicular',
        'Nerve root dysfunction is suspected.',
        'not_met',
        'Red flags: no; neurologic findings on exam not documented; none of the alternatives the guideline accepts is documented (red flags; unequivocal findings).',
      ),
    ]);
    expect(findings).toContain(
      'Topicals are mainly for neuropathic pain after first-line trials have failed: not met. Neuropathic pain: no. First-line neuropathic drug tried and failed: no.',
    );
    expect(findings).toContain('Nerve root dysfunction is suspected: not met.');
    expect(findings).not.toContain('the guideline requires');
    expect(findings).not.toContain('alternatives the guideline accepts');
  });

  it('keeps evidence that carries figures, names or dates', () => {
    const evidence = [
      'Requested 6 weeks; the guideline requires completion in 4 weeks or less.',
      'Age 39; the guideline requires an age over 65. GI risk factor: no; the guideline requires a GI risk factor.',
      'Drug: gabapentin. Neuropathic pain: no; the guideline requires neuropathic pain.',
      'Request date 11/11/14 is 1 year after the date of injury (08/01/13); the guideline requires no more than 2 years after the injury.',
    ];
    const findings = findingsOf(
      evidence.map((text, index) => criterion(`c${index}`, `Criterion ${index}.`, 'not_met', text)),
    );
    for (const text of evidence) expect(findings).toContain(text);
  });
});

describe('the lead-in of criteria the records do not document', () => {
  const missing = (id: string, statement: string) =>
    criterion(
      id,
      statement,
      'not_documented',
      `${statement.replace(/\.$/, '')} not documented; the guideline requires it.`,
    );
  const findingsOf = (criteria: ReturnType<typeof criterion>[]) =>
    draftRationale(draft, item, 0, itemEvaluation({ itemId: 'mri', criteria }), 'upheld')
      .split('\n\n')
      .find((paragraph) => paragraph.startsWith('In this case')) ?? '';

  it('says the records do not document that the criteria are met, never that a rule is missing', () => {
    expect(
      findingsOf([
        missing('a', 'Without red flags, special studies wait for at least 4 weeks.'),
        missing('b', 'Topicals are largely experimental.'),
      ]),
    ).toBe(
      'In this case, the records show the following. The records do not document that these criteria are met: (1) without red flags, special studies wait for at least 4 weeks; (2) topicals are largely experimental.',
    );
    expect(findingsOf([missing('a', 'Conservative care failed.')])).toBe(
      'In this case, the records show the following. The records do not document that this criterion is met: conservative care failed.',
    );
  });
});

describe('criteria phrased as rules', () => {
  // A rule the guideline states ("TENS is not recommended for ..."): "<statement>: not met." would
  // read as a double negative, so the set words the failing finding itself.
  const neckTens = criterion(
    'tens-neck',
    'TENS is not recommended for neck and upper back complaints.',
    'not_met',
    'ACOEM Ch. 8 Table 8-8 does not recommend TENS for neck and upper back complaints.',
    {
      whenNotMet:
        'The guideline does not recommend TENS for neck and upper back complaints, and this request is for the neck or upper back',
      ruleEvidence: ['ACOEM Ch. 8 Table 8-8 does not recommend TENS for neck and upper back complaints.'],
    },
  );
  const goals = criterion(
    'goals',
    'A treatment plan states specific short- and long-term goals for the unit.',
    'not_met',
    'Specific short- and long-term treatment goals: no; the guideline requires specific goals.',
  );
  const region = criterion(
    'region',
    'Manipulation is not recommended for the ankle or foot, or the knee.',
    'not_met',
    'Body region: elbow, knee; the guideline requires a region other than the ankle/foot or knee.',
    {
      whenNotMet:
        'The guideline does not recommend manipulation for the ankle or foot, or the knee, and the request includes one of these',
      asRequirement:
        'The request is limited to regions other than the ankle or foot and the knee, where the guideline does not recommend manipulation',
    },
  );
  const rationaleOf = (criteria: ReturnType<typeof criterion>[]) =>
    draftRationale(draft, item, 0, itemEvaluation({ itemId: 'tens', criteria }), 'upheld');
  const findingsOf = (criteria: ReturnType<typeof criterion>[]) =>
    rationaleOf(criteria)
      .split('\n\n')
      .find((paragraph) => paragraph.startsWith('In this case')) ?? '';
  const reasoningOf = (criteria: ReturnType<typeof criterion>[]) =>
    rationaleOf(criteria).split('\n\n').at(-1);

  it('states a failing rule in the set’s words, without the rule repeated as evidence', () => {
    expect(findingsOf([neckTens])).toBe(
      'In this case, the records show the following. The guideline does not recommend TENS for neck and upper back complaints, and this request is for the neck or upper back.',
    );
    expect(rationaleOf([neckTens, goals])).not.toMatch(
      /: not met\. ACOEM|is not recommended for neck and upper back complaints/,
    );
  });

  it('gives the failing rule as the reason, and the other failing criteria after it', () => {
    expect(reasoningOf([neckTens])).toBe(
      'The request does not meet the guideline because the guideline does not recommend TENS for neck and upper back complaints, and this request is for the neck or upper back. The requested MRI lumbar spine IS NOT medically necessary.',
    );
    expect(reasoningOf([neckTens, goals])).toBe(
      'The request does not meet the guideline because the guideline does not recommend TENS for neck and upper back complaints, and this request is for the neck or upper back. A required criterion is also not met: a treatment plan states specific short- and long-term goals for the unit. The requested MRI lumbar spine IS NOT medically necessary.',
    );
    expect(reasoningOf([neckTens, region])).toContain(
      'because the guideline does not recommend TENS for neck and upper back complaints, and this request is for the neck or upper back; and the guideline does not recommend manipulation for the ankle or foot, or the knee, and the request includes one of these.',
    );
  });

  it('keeps the facts of the evidence and leaves out the requirement the finding already states', () => {
    expect(findingsOf([region])).toBe(
      'In this case, the records show the following. The guideline does not recommend manipulation for the ankle or foot, or the knee, and the request includes one of these. Body region: elbow, knee.',
    );
    const noSigns = criterion(
      'ncs',
      'Nerve conduction studies are not recommended for presumed radiculopathy.',
      'not_met',
      'Clinical signs of a peripheral nerve entrapment: no; the guideline requires clinical signs of a peripheral nerve entrapment for NCS.',
      {
        whenNotMet:
          'The records show no clinical signs of a peripheral nerve entrapment, and the guideline does not recommend nerve conduction studies for presumed radiculopathy',
      },
    );
    // A lone yes/no fact only repeats the finding.
    expect(findingsOf([noSigns])).toBe(
      'In this case, the records show the following. The records show no clinical signs of a peripheral nerve entrapment, and the guideline does not recommend nerve conduction studies for presumed radiculopathy.',
    );
  });

  it('names a rule a case meets, or does not document, by its requirement', () => {
    const met = { ...region, status: 'met' as const, computedStatus: 'met' as const, evidence: '' };
    expect(findingsOf([met])).toBe(
      'In this case, the records show the following. The request is limited to regions other than the ankle or foot and the knee, where the guideline does not recommend manipulation: met.',
    );
    const missing = {
      ...region,
      status: 'not_documented' as const,
      computedStatus: 'not_documented' as const,
    };
    expect(
      findingsOf([{ ...missing, evidence: 'Body region not documented; the guideline requires a region.' }]),
    ).toBe(
      'In this case, the records show the following. The records do not document that this criterion is met: the request is limited to regions other than the ankle or foot and the knee, where the guideline does not recommend manipulation.',
    );
    expect(reasoningOf([missing, goals])).toContain(
      'because these required criteria are not met or not documented: (1) a treatment plan states specific short- and long-term goals for the unit; (2) the request is limited to regions other than the ankle or foot and the knee, where the guideline does not recommend manipulation.',
    );
  });

  it('leaves out the rule stated as evidence when an exception meets it', () => {
    const collar = criterion(
      'collar',
      'Cervical collars are not recommended beyond 1-2 days of acute care.',
      'met',
      'Cervical collars are not recommended beyond the first days. Requested for use after a surgery: yes; the guideline requires use after a surgery. Surgery authorized: yes; the guideline requires an authorized surgery.',
      {
        ruleEvidence: ['Cervical collars are not recommended beyond the first days.'],
        asRequirement: 'The collar is for post-operative care after an authorized cervical surgery',
      },
    );
    expect(findingsOf([collar])).toBe(
      'In this case, the records show the following. The collar is for post-operative care after an authorized cervical surgery: met. Requested for use after a surgery: yes. Surgery authorized: yes.',
    );
  });

  it("states an override to not met in the set's words, with the reviewer's note", () => {
    const overridden = {
      ...region,
      status: 'not_met' as const,
      computedStatus: 'met' as const,
      source: 'overridden' as const,
      evidence:
        'Body region: low back; the guideline requires a region other than the ankle/foot or knee. Reviewer override: not met.',
      note: 'the treatment notes show the knee is also being manipulated',
    };
    expect(findingsOf([overridden])).toBe(
      'In this case, the records show the following. The guideline does not recommend manipulation for the ankle or foot, or the knee, and the request includes one of these. The treatment notes show the knee is also being manipulated.',
    );
  });

  it.each([
    ['dev-CM17-0017776-1', 'the guideline does not recommend TENS for neck and upper back complaints'],
    ['dev-CM17-0005344-3', 'the guideline does not recommend therapeutic ultrasound'],
  ])('reads as a finding in the letter for %s, evaluated with the guideline data', (fixtureId, reason) => {
    const fixture = [...PROCEDURE_FIXTURE_CASES, ...DEV_FIXTURE_CASES].find(
      (entry) => entry.fixtureId === fixtureId,
    )!;
    const evaluation = evaluate(fixture.draft, GUIDELINE_LIBRARY, { asOf: fixture.letterDate }).items[0]!;
    const text = draftRationale(fixture.draft, fixture.draft.disputedItems[0]!, 0, evaluation, 'upheld');
    expect(text).toContain(`The request does not meet the guideline because ${reason}`);
    expect(text).not.toMatch(/is not recommended[^.]*: not met/);
    expect(text).not.toMatch(/not met: \(1\) (?:TENS|therapeutic ultrasound) is not recommended/i);
  });
});

describe('a check of the request itself (quietWhenMet)', () => {
  const findingsOf = (rationale: string) =>
    rationale.split('\n\n').find((paragraph) => paragraph.startsWith('In this case')) ?? '';
  const bodyPart = (status: 'met' | 'not_documented') => ({
    ...criterion(
      'request-body-part-stated',
      'The request as submitted names the body part to be treated.',
      status,
      status === 'met' ? 'Body part requested: right elbow.' : 'Body part requested: not documented.',
    ),
    quietWhenMet: true,
  });
  const visits = criterion('visits', 'Visits stay within the allowance.', 'not_met', '12 requested.');

  it('is left out of the findings when met: it says nothing about the treatment', () => {
    const evaluation = itemEvaluation({ itemId: 'pt', criteria: [visits, bodyPart('met')] });
    const findings = findingsOf(draftRationale(draft, item, 0, evaluation, 'upheld'));
    expect(findings).toContain('Visits stay within the allowance: not met.');
    expect(findings).not.toContain('names the body part');
  });

  it('is stated when it fails', () => {
    const evaluation = itemEvaluation({ itemId: 'pt', criteria: [visits, bodyPart('not_documented')] });
    const findings = findingsOf(draftRationale(draft, item, 0, evaluation, 'upheld'));
    expect(findings).toContain('The request as submitted names the body part to be treated: not documented.');
  });
});

describe('evidence two criteria share', () => {
  it('is printed once: the second region rule does not repeat "Body region: low back."', () => {
    const fixture = DEV_FIXTURE_CASES.find((entry) => entry.fixtureId === 'dwc-imr-CM17-0004738-1')!;
    const evaluation = evaluate(fixture.draft, GUIDELINE_LIBRARY, { asOf: fixture.letterDate }).items[0]!;
    const text = draftRationale(fixture.draft, fixture.draft.disputedItems[0]!, 0, evaluation, 'overturned');
    expect(text.split('Body region: low back.')).toHaveLength(2);
    // Both region rules are still stated, each with its finding.
    expect(text).toContain(
      'where the guideline does not recommend manipulation: met. Body region: low back.',
    );
    expect(text).toContain('(manipulation of the elbow is not supported): met.');
  });
});

describe('a guideline line that cites no MTUS text opens as the letters do', () => {
  const lineOf = (fixture: { draft: CaseDraft; letterDate: string }) => {
    const item = fixture.draft.disputedItems[0]!;
    const [evaluation] = evaluate(fixture.draft, GUIDELINE_LIBRARY, { asOf: fixture.letterDate }).items;
    return imrGuidelineLine(item, evaluation);
  };

  it('CM16-0247624: an encoded ODG set prints the letter’s line word for word', () => {
    const fixture = PROCEDURE_FIXTURE_CASES.find((f) => f.caseNumber === 'CM16-0247624')!;
    expect(lineOf(fixture)).toBe(fixture.letterGuideline);
  });

  it('CM16-0247405 and CM17-0013754: a line that starts with the MTUS keeps no such opening', () => {
    for (const caseNumber of ['CM16-0247405', 'CM17-0013754']) {
      const fixture = DEV_FIXTURE_CASES.find((f) => f.caseNumber === caseNumber)!;
      expect(lineOf(fixture), caseNumber).toBe(fixture.letterGuideline);
    }
  });
});

describe('a judgment the records settled', () => {
  it("states the reading as a finding, without the panel's note that the answer is still the reviewer's", () => {
    const draft = medicationCase({
      service: 'nsaid',
      medication: { name: 'Naproxen', strength: '550 mg', dose: '1 tablet', frequency: 'twice a day' },
      dateOfInjury: '2016-10-14',
      history: [med('h1', { name: 'Ambien' })],
      edit: (edited) => {
        edited.injury.diagnoses = [{ id: 'dx-1', text: 'Lumbar strain', icd10: '' }];
      },
    });
    const evaluation = evaluate(draft, GUIDELINE_LIBRARY, { asOf: '2016-12-20' }).items[0]!;
    const indication = evaluation.criteria.find((criterion) => criterion.criterionId === 'nsaid-indication');
    expect(indication?.evidence).toContain(SETTLED_BY_RECORDS);
    const rationale = draftRationale(draft, draft.disputedItems[0]!, 0, evaluation, 'overturned');
    expect(rationale).toContain('("Lumbar strain")');
    expect(rationale).not.toContain(SETTLED_BY_RECORDS);
  });
});

import { describe, expect, it } from 'vitest';
import type { CaseDraft } from '../case/case-schema';
import { emptyMedication } from '../case/empty-case';
import { caseWith, disputedItem } from '../evaluator/case-builders';
import { evaluate } from '../evaluator/evaluate';
import type { Evaluation } from '../evaluator/evaluation-types';
import { GUIDELINE_LIBRARY } from '../guidelines';
import { buildLetterModel } from './build-letter-model';
import { CASE_SUMMARY_TEXT_ID, draftedTexts, rationaleTextId } from './letter-model';
import {
  criterion,
  demoEvaluation,
  evidencePathSurgeryCase,
  functionalRestorationCase,
  inversionTableCase,
  issuableDemoCase,
  itemEvaluation,
} from './letter-test-fixtures';
import {
  type CheckLetterOptions,
  checkLetter,
  conclusionOf,
  findPossibleNames,
  type LetterProblem,
} from './pre-issue-check';

const TODAY = '2014-12-20';
const RATIONALE = rationaleTextId('item-work-hardening');

const readyCase = (): CaseDraft => issuableDemoCase();

/** The demo evaluation with its one judgment (the therapy plateau) answered, as in a finished case. */
function readyEvaluation(draft: CaseDraft): Evaluation {
  const evaluation = demoEvaluation(draft);
  for (const item of evaluation.items) {
    item.criteria = item.criteria.map((entry) =>
      entry.source === 'unanswered'
        ? { ...entry, status: 'not_met', source: 'reviewer', evidence: "Reviewer's answer: not met." }
        : entry,
    );
  }
  return evaluation;
}

function check(
  draft: CaseDraft,
  evaluation: Evaluation = readyEvaluation(draft),
  options: Partial<CheckLetterOptions> = {},
): LetterProblem[] {
  const model = buildLetterModel(draft, evaluation);
  return checkLetter(draft, evaluation, model, { today: TODAY, ...options });
}

const codes = (problems: LetterProblem[]) => problems.map((problem) => problem.code);

function editRationale(draft: CaseDraft, text: string, evaluation = readyEvaluation(draft)): void {
  const drafted = draftedTexts(buildLetterModel(draft, evaluation)).find((entry) => entry.id === RATIONALE)!;
  draft.letter.edits[RATIONALE] = { text, basedOn: drafted.draftedHash };
}

describe('checkLetter', () => {
  it('finds nothing wrong with the complete demo case', () => {
    expect(check(readyCase())).toEqual([]);
  });

  it('flags an item without a decision, citation or rationale', () => {
    const draft = readyCase();
    const evaluation: Evaluation = {
      asOf: TODAY,
      items: [
        itemEvaluation({
          itemId: 'item-work-hardening',
          decision: null,
          decisionSource: 'none',
          guidelineLine: '',
        }),
      ],
    };
    draft.letter.edits[RATIONALE] = { text: '   ', basedOn: 'whatever' };
    const problems = check(draft, evaluation);
    expect(codes(problems)).toEqual(
      expect.arrayContaining(['item-no-decision', 'item-no-guideline', 'item-no-rationale']),
    );
    expect(problems.find((problem) => problem.code === 'item-no-decision')?.message).toBe(
      'Item 1 (Work hardening physical therapy 2 times a week for 6 weeks) has no decision (Upheld or Overturned).',
    );
  });

  it('flags a disputed service the letter cannot name as an error to fix before issuing', () => {
    for (const requestedAs of ['', '  \n ']) {
      const draft = readyCase();
      draft.disputedItems[0]!.requestedAs = requestedAs;
      expect(check(draft).filter((problem) => problem.code === 'item-not-described')).toEqual([
        {
          code: 'item-not-described',
          severity: 'error',
          message:
            'Item 1 does not say which service was requested: enter it in "Requested as", as the request describes it.',
          itemId: 'item-work-hardening',
          sectionId: RATIONALE,
          fieldPath: 'disputedItems.0.requestedAs',
        },
      ]);
    }
  });

  it('warns about each header or credentials field the letter would print as not entered', () => {
    const draft = readyCase();
    draft.imr.assignmentDate = '';
    draft.reviewer.licensureStates = [];
    expect(check(draft).map((problem) => [problem.code, problem.severity, problem.message])).toEqual([
      ['missing-field', 'warning', 'The letter prints "Date Assigned" as not entered.'],
      ['missing-field', 'warning', 'The letter prints "State(s) of Licensure" as not entered.'],
    ]);
  });

  it.each([
    [5, ['reviewer-experience']],
    [6, []],
    [null, []],
  ] as const)(
    'checks %s years in practice against the "more than five years" statement',
    (years, expected) => {
      const draft = readyCase();
      draft.reviewer.yearsInPractice = years;
      expect(codes(check(draft))).toEqual(expected);
    },
  );

  it('flags a case with no disputed item, no case number and no determination date', () => {
    const draft = readyCase();
    draft.disputedItems = [];
    draft.imr.caseNumber = '';
    draft.imr.decisionDate = '';
    expect(codes(check(draft, { asOf: TODAY, items: [] }))).toEqual(
      expect.arrayContaining(['no-items', 'no-case-number', 'no-determination-date']),
    );
  });

  it.each([
    [
      'an edited rationale concluding the opposite',
      'Fine program. The requested work hardening IS medically necessary.',
      'item-conclusion-contradicts',
    ],
    [
      'lower-case wording',
      'Given the above, the request is medically necessary.',
      'item-conclusion-contradicts',
    ],
    ['no conclusion at all', 'The records were reviewed.', 'item-no-conclusion'],
    [
      'an opposite conclusion whose negation sits in an earlier clause',
      'Although not every criterion is documented, the request is medically necessary.',
      'item-conclusion-contradicts',
    ],
  ])('flags %s on an Upheld item', (_label, text, code) => {
    const draft = readyCase();
    editRationale(draft, text);
    expect(codes(check(draft))).toEqual([code]);
  });

  it.each([
    'The requested work hardening is not considered medically necessary.',
    'For these reasons the program cannot be found medically necessary.',
  ])("accepts an Upheld rationale in the reviewer's own words: %j", (text) => {
    const draft = readyCase();
    editRationale(draft, text);
    expect(check(draft)).toEqual([]);
  });

  it('accepts an edited rationale whose conclusion agrees with the decision', () => {
    const draft = readyCase();
    editRationale(
      draft,
      'Whether it is medically necessary was considered. The request IS NOT medically necessary.',
    );
    expect(check(draft)).toEqual([]);
  });

  it('flags an Overturned decision whose drafted conclusion was edited to IS NOT', () => {
    const draft = readyCase();
    const evaluation: Evaluation = {
      asOf: TODAY,
      items: [
        itemEvaluation({ itemId: 'item-work-hardening', decision: 'overturned', recommendation: 'overturn' }),
      ],
    };
    editRationale(draft, 'The request IS NOT medically necessary.', evaluation);
    const problems = check(draft, evaluation);
    expect(problems.map((problem) => problem.message)).toEqual([
      'Item 1 (Work hardening physical therapy 2 times a week for 6 weeks): the rationale concludes the request IS NOT medically necessary, but the decision is Overturned.',
    ]);
  });

  it('flags a decision against the criteria without a reason', () => {
    const draft = readyCase();
    const evaluation: Evaluation = {
      asOf: TODAY,
      items: [
        itemEvaluation({
          itemId: 'item-work-hardening',
          decision: 'overturned',
          decisionSource: 'reviewer',
          decisionContradicts: true,
        }),
      ],
    };
    expect(codes(check(draft, evaluation))).toEqual(['item-contradiction-unexplained']);
    draft.disputedItems[0]!.review.decisionReason = 'Employer confirmed a specific job in writing';
    expect(codes(check(draft, evaluation))).toEqual([]);
  });

  it('flags a stale edit as a warning pointing at its section', () => {
    const draft = readyCase();
    const drafted = draftedTexts(buildLetterModel(draft, readyEvaluation(draft))).find(
      (entry) => entry.id === CASE_SUMMARY_TEXT_ID,
    )!;
    draft.letter.edits[CASE_SUMMARY_TEXT_ID] = { text: 'Edited summary.', basedOn: drafted.draftedHash };
    expect(check(draft)).toEqual([]);
    draft.patient.age = 37;
    const problems = check(draft);
    expect(problems).toEqual([
      expect.objectContaining({ code: 'stale-edit', severity: 'warning', sectionId: CASE_SUMMARY_TEXT_ID }),
    ]);
  });

  it('names a stale edit by the section the letter page shows, never by its internal id', () => {
    const draft = readyCase();
    draft.disputedItems[0]!.requestedAs = 'Norco 10/325 #120';
    const drafted = draftedTexts(buildLetterModel(draft, readyEvaluation(draft)));
    for (const text of drafted) draft.letter.edits[text.id] = { text: 'Edited.', basedOn: text.draftedHash };
    draft.patient.age = 37;
    draft.disputedItems[0]!.frequencyPerWeek = 3;
    const stale = check(draft).filter((problem) => problem.code === 'stale-edit');
    expect(stale.map((problem) => [problem.message, problem.sectionId])).toEqual([
      [
        'Your edit of the clinical case summary was written before the case changed: compare it with the new draft.',
        CASE_SUMMARY_TEXT_ID,
      ],
      [
        'Your edit of the decision rationale of item 1 (Norco 10/325 #120) was written before the case changed: compare it with the new draft.',
        RATIONALE,
      ],
    ]);
    expect(stale.map((problem) => problem.message).join(' ')).not.toContain('rationale-item');
  });

  it.each([
    ['CM16-0123456 (copy)', ['case-number-copy']],
    ['CM16-0123456… (copy)', ['case-number-copy']],
    ['CM16-0123456', []],
    ['CM16-0123456 copy', []],
  ])('checks the case number %j for the suffix a copy was given', (caseNumber, expected) => {
    const draft = readyCase();
    draft.imr.caseNumber = caseNumber;
    const problems = check(draft);
    expect(codes(problems)).toEqual(expected);
    if (expected.length > 0) {
      expect(problems[0]).toEqual({
        code: 'case-number-copy',
        severity: 'error',
        message: `The case number "${caseNumber}" ends with "(copy)", which the workbench added when the case was copied. Enter the IMR case number as assigned.`,
        sectionId: 'header',
        fieldPath: 'imr.caseNumber',
      });
    }
  });

  it('warns when UR modified the request and what UR approved is blank', () => {
    const draft = readyCase();
    Object.assign(draft.disputedItems[0]!, { urDecision: 'modified', urApproved: '  ' });
    expect(check(draft)).toEqual([
      {
        code: 'item-ur-approved-missing',
        severity: 'warning',
        message:
          'Item 1 (Work hardening physical therapy 2 times a week for 6 weeks): UR modified the request, but what UR approved is not entered: the letter cannot name the part UR authorized, and its heading does not say that the decision is on the remaining IMR eligible portion.',
        itemId: 'item-work-hardening',
        sectionId: RATIONALE,
        fieldPath: 'disputedItems.0.urApproved',
      },
    ]);
    draft.disputedItems[0]!.urApproved = 'Work hardening 2x2';
    expect(check(draft)).toEqual([]);
    Object.assign(draft.disputedItems[0]!, { urDecision: 'denied', urApproved: '' });
    expect(check(draft)).toEqual([]);
  });

  it.each([
    ['Dr. Smith reviewed the file.', ['Dr. Smith']],
    ['Reviewed by Doctor Jane Smith.', ['Doctor Jane Smith']],
    ['Signed, Jane Smith, M.D.', ['Jane Smith, M.D.']],
    ['Reviewer: M.D. Kowalski', ['M.D. Kowalski']],
    ['Dr. reviewed', []],
    ['The MD visit was brief. Dorsalis pedis pulses present.', []],
    ['Per DR. ROE the program helps.', ['DR. ROE']],
    ['SEEN BY DOCTOR JANE ROE', ['DOCTOR JANE ROE']],
    ['The treating doctor recommended it. The doctor Notes show pain.', []],
  ])('findPossibleNames(%j)', (text, expected) => {
    expect(findPossibleNames(text)).toEqual(expected);
  });

  it('warns about a possible name and errors on the known reviewer name', () => {
    const draft = readyCase();
    editRationale(draft, 'Per Dr. Alvarez, the request IS NOT medically necessary.');
    expect(check(draft)).toEqual([expect.objectContaining({ code: 'possible-name', severity: 'warning' })]);
    const withName = check(draft, undefined, { reviewerName: 'Maria Alvarez' });
    expect(withName).toHaveLength(1);
    editRationale(draft, 'Reviewed by maria alvarez. The request IS NOT medically necessary.');
    expect(check(draft, undefined, { reviewerName: 'Maria Alvarez' })).toEqual([
      expect.objectContaining({ code: 'possible-name', severity: 'error' }),
    ]);
  });

  it.each([
    [
      'UR before the request',
      { requestDate: '2014-11-30' },
      'The request date (11/30/2014) is after the UR determination date (11/24/2014).',
    ],
    [
      'application before UR',
      { applicationDate: '2014-11-20' },
      'The UR determination date (11/24/2014) is after the application date (11/20/2014).',
    ],
    [
      'assignment before application',
      { assignmentDate: '2014-11-25' },
      'The application date (11/28/2014) is after the assignment date (11/25/2014).',
    ],
    [
      'determination before assignment',
      { decisionDate: '2014-12-01' },
      'The assignment date (12/02/2014) is after the determination date (12/01/2014).',
    ],
    [
      'determination in the future',
      { decisionDate: '2014-12-21' },
      'The determination date (12/21/2014) is in the future (today is 12/20/2014).',
    ],
    [
      'an impossible date',
      { assignmentDate: '2014-02-30' },
      'The assignment date "2014-02-30" is not a real date in YYYY-MM-DD form.',
    ],
  ])('flags dates out of order: %s', (_label, imr, message) => {
    const draft = readyCase();
    Object.assign(draft.imr, imr);
    expect(check(draft).map((problem) => problem.message)).toContain(message);
  });

  it('flags a report dated before the injury', () => {
    const draft = readyCase();
    draft.reports[0]!.date = '2013-07-01';
    expect(check(draft).map((problem) => problem.message)).toEqual([
      'Report 1 is dated 07/01/2013, before the date of injury (08/01/2013).',
    ]);
  });

  it.each([
    ['2015-01-04', []],
    ['2015-01-05', ['The IMR deadline (01/04/2015, 30 days from receipt of records) passed 1 day ago.']],
    ['2015-01-10', ['The IMR deadline (01/04/2015, 30 days from receipt of records) passed 6 days ago.']],
  ])('on %s the deadline check of an undecided case says %j', (today, messages) => {
    // Measured to today while the case has no determination date (imrDeadline, case/derived.ts).
    const draft = readyCase();
    draft.imr.decisionDate = '';
    const problems = check(draft, undefined, { today }).filter(
      (problem) => problem.code === 'deadline-passed',
    );
    expect(problems.map((problem) => problem.message)).toEqual(messages);
  });

  it('measures the deadline of a decided case to its determination date, not to today', () => {
    const problems = check(readyCase(), undefined, { today: '2015-01-10' });
    expect(codes(problems)).not.toContain('deadline-passed');
  });

  it('says by how much a determination date missed the deadline, at the determination date', () => {
    const draft = readyCase();
    draft.imr.decisionDate = '2015-01-06';
    const late = check(draft, undefined, { today: '2015-01-10' }).filter(
      (problem) => problem.code === 'deadline-passed',
    );
    expect(late).toEqual([
      {
        code: 'deadline-passed',
        severity: 'warning',
        message:
          'The determination date (01/06/2015) is 2 days after the IMR deadline (01/04/2015, 30 days from receipt of records).',
        fieldPath: 'imr.decisionDate',
      },
    ]);
  });
});

describe('conclusionOf', () => {
  it.each([
    ['The requested X IS NOT medically necessary.', 'not_necessary'],
    ['The requested X IS medically necessary.', 'necessary'],
    ['It is not\nmedically necessary', 'not_necessary'],
    ['Whether it is medically necessary... the request is not medically necessary', 'not_necessary'],
    ['No verdict here.', null],
    // The negation need not touch the phrase: what reviewers actually write.
    ['The request is not considered medically necessary.', 'not_necessary'],
    ['Therefore the request cannot be deemed medically necessary.', 'not_necessary'],
    ["The treatment isn't medically necessary", 'not_necessary'],
    ['It does not appear to be medically necessary at this time.', 'not_necessary'],
    ['The request is no longer medically necessary.', 'not_necessary'],
    ['The request is medically unnecessary.', 'not_necessary'],
    ['The request is considered medically necessary.', 'necessary'],
    // A negation in an earlier clause of the sentence is not the conclusion's.
    ['Although not every criterion is met, the request is medically necessary.', 'necessary'],
    ['Criteria are not met. The request is medically necessary.', 'necessary'],
    ['It is not documented; the request is therefore medically necessary', 'necessary'],
    // Without a comma: the earlier clause's negation is not the conclusion's.
    ['Although not every criterion is documented the request is medically necessary.', 'necessary'],
    ['The patient has not returned to work and the request is medically necessary.', 'necessary'],
    ['Because the required criteria are not met the requested program is medically necessary.', 'necessary'],
    ['The requested program is therefore not medically necessary.', 'not_necessary'],
    ['The requested work hardening program IS NOT medically necessary.', 'not_necessary'],
  ] as const)('%j -> %s', (text, expected) => {
    expect(conclusionOf(text)).toBe(expected);
  });
});

describe('checkLetter: judgments the reviewer has not given', () => {
  const JUDGMENT_MESSAGE =
    'Item 1 (Work hardening physical therapy 2 times a week for 6 weeks): the criterion "An adequate trial of physical or occupational therapy with improvement followed by a plateau" awaits your judgment. The letter counts it as not documented';
  const judgmentProblems = (problems: LetterProblem[]) =>
    problems.filter((problem) => problem.code === 'item-judgment-unanswered');

  it('warns, naming the item, the criterion and its judgment field, when it does not decide the outcome', () => {
    const draft = readyCase();
    // The plateau judgment is unanswered but not among the criteria that drive the uphold.
    expect(check(draft, demoEvaluation(draft))).toEqual([
      {
        code: 'item-judgment-unanswered',
        severity: 'warning',
        message: `${JUDGMENT_MESSAGE}; answering it would not change the recommendation.`,
        itemId: 'item-work-hardening',
        sectionId: RATIONALE,
        fieldPath: 'disputedItems.0.review.criteria.wh-plateau.answer',
      },
    ]);
  });

  it('is a warning when other required criteria fail on the facts entered, even if it drives the uphold', () => {
    const draft = readyCase();
    const evaluation = demoEvaluation(draft);
    evaluation.items[0]!.drivingCriteria.push('wh-plateau');
    expect(judgmentProblems(check(draft, evaluation))).toEqual([
      expect.objectContaining({
        severity: 'warning',
        message: `${JUDGMENT_MESSAGE}; answering it would not change the recommendation.`,
      }),
    ]);
  });

  it('is an error when every failing required criterion is an unanswered judgment (all required)', () => {
    const draft = readyCase();
    const evaluation = demoEvaluation(draft);
    const item = evaluation.items[0]!;
    // Only the plateau judgment still fails: answering it "met" would overturn.
    item.criteria = item.criteria.map((entry) =>
      entry.source === 'unanswered' ? entry : { ...entry, status: 'met', computedStatus: 'met' },
    );
    item.drivingCriteria = ['wh-plateau'];
    expect(judgmentProblems(check(draft, evaluation))).toEqual([
      expect.objectContaining({
        severity: 'error',
        message: `${JUDGMENT_MESSAGE}, one of the reasons the item is upheld.`,
        fieldPath: 'disputedItems.0.review.criteria.wh-plateau.answer',
      }),
    ]);
  });

  it('is a warning on an overturned item, whose driving criteria are the met ones', () => {
    const draft = readyCase();
    const plateau = criterion('wh-plateau', 'A plateau', 'not_documented', '', {
      kind: 'judgment',
      source: 'unanswered',
    });
    const evaluation: Evaluation = {
      asOf: TODAY,
      items: [
        itemEvaluation({
          itemId: 'item-work-hardening',
          criteria: [plateau],
          recommendation: 'overturn',
          drivingCriteria: ['wh-plateau'],
          decision: 'overturned',
        }),
      ],
    };
    expect(judgmentProblems(check(draft, evaluation)).map((problem) => problem.severity)).toEqual([
      'warning',
    ]);
  });

  it('is an error while the item has no recommendation, which answers would form', () => {
    const draft = readyCase();
    const free = criterion('f1', 'Failed conservative care', 'not_documented', '', {
      kind: 'judgment',
      source: 'unanswered',
      fieldPaths: ['disputedItems.0.review.freeCriteria.0.answer'],
    });
    const evaluation: Evaluation = {
      asOf: TODAY,
      items: [
        itemEvaluation({
          itemId: 'item-work-hardening',
          path: 'evidence_hierarchy',
          criteria: [free],
          recommendation: null,
        }),
      ],
    };
    expect(judgmentProblems(check(draft, evaluation))).toEqual([
      expect.objectContaining({
        severity: 'error',
        message:
          'Item 1 (Work hardening physical therapy 2 times a week for 6 weeks): the criterion "Failed conservative care" awaits your judgment. The letter counts it as not documented, and the item has no recommendation until its criteria are answered.',
        fieldPath: 'disputedItems.0.review.freeCriteria.0.answer',
      }),
    ]);
  });

  it('says nothing of judgments the reviewer answered or computed criteria', () => {
    const draft = readyCase();
    expect(judgmentProblems(check(draft, readyEvaluation(draft)))).toEqual([]);
  });

  it('points a guideline judgment that decides the uphold at its answer (real evaluator)', () => {
    // Every computed criterion met: the judgment is the only criterion the uphold rests on.
    const draft = functionalRestorationCase();
    const evaluation = evaluate(draft, GUIDELINE_LIBRARY, { asOf: '2016-12-30' });
    const result = evaluation.items[0]!;
    expect(result.recommendation).toBe('uphold');
    expect(result.drivingCriteria).toEqual(['frp-functional-loss']);
    const problems = judgmentProblems(
      checkLetter(draft, evaluation, buildLetterModel(draft, evaluation), { today: TODAY }),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        itemId: 'item-1',
        fieldPath: 'disputedItems.0.review.criteria.frp-functional-loss.answer',
      }),
    ]);
    expect(problems[0]!.message).toMatch(
      /^Item 1 \(Functional restoration program, 2 weeks\): the criterion "[^"]+" awaits your judgment/,
    );
  });

  it('is a warning when a computed criterion also fails (real evaluator)', () => {
    const draft = functionalRestorationCase({ facts: { frpBaselineEvaluation: null } });
    const evaluation = evaluate(draft, GUIDELINE_LIBRARY, { asOf: '2016-12-30' });
    const result = evaluation.items[0]!;
    expect(result.recommendation).toBe('uphold');
    expect(result.drivingCriteria).toContain('frp-functional-loss');
    // No baseline evaluation documented: answering the judgment cannot overturn.
    expect(result.criteria.find((c) => c.criterionId === 'frp-baseline-evaluation')).toMatchObject({
      status: 'not_documented',
      source: 'computed',
    });
    const problems = judgmentProblems(
      checkLetter(draft, evaluation, buildLetterModel(draft, evaluation), { today: TODAY }),
    );
    expect(problems.map((problem) => [problem.severity, problem.fieldPath])).toEqual([
      ['warning', 'disputedItems.0.review.criteria.frp-functional-loss.answer'],
    ]);
    expect(problems[0]!.message).toMatch(/answering it would not change the recommendation\.$/);
  });

  describe('a set decided by alternative paths', () => {
    const judgment = (id: string, status: 'met' | 'not_documented' = 'not_documented') =>
      criterion(id, `Judgment ${id}`, status, '', {
        kind: 'judgment',
        source: status === 'met' ? 'reviewer' : 'unanswered',
      });
    const computed = (id: string, status: 'met' | 'not_met' | 'not_documented') =>
      criterion(id, `Computed ${id}`, status, 'Fact.');
    const severities = (criteria: ReturnType<typeof criterion>[], paths: [string, string[]][]) => {
      const draft = readyCase();
      const evaluation: Evaluation = {
        asOf: TODAY,
        items: [
          itemEvaluation({
            itemId: 'item-work-hardening',
            criteria,
            recommendation: 'uphold',
            drivingCriteria: criteria.filter((c) => c.status !== 'met').map((c) => c.criterionId),
            decisionPaths: paths.map(([id, ids]) => ({ id, label: id, criteria: ids, satisfied: false })),
          }),
        ],
      };
      return Object.fromEntries(
        judgmentProblems(check(draft, evaluation)).map((problem) => [
          problem.fieldPath?.split('.').at(-2),
          problem.severity,
        ]),
      );
    };

    it('is an error for the judgments of a path that answering could satisfy', () => {
      // Path "trial" fails only on judgment j1; path "continued" fails on a computed fact too.
      expect(
        severities(
          [judgment('j1'), computed('c1', 'met'), judgment('j2'), computed('c2', 'not_met')],
          [
            ['trial', ['j1', 'c1']],
            ['continued', ['j2', 'c2']],
          ],
        ),
      ).toEqual({ j1: 'error', j2: 'warning' });
    });

    it('is a warning for every judgment when a required criterion outside the paths fails on the facts', () => {
      expect(
        severities(
          [judgment('j1'), judgment('j2'), computed('outside', 'not_documented')],
          [
            ['trial', ['j1']],
            ['continued', ['j2']],
          ],
        ),
      ).toEqual({ j1: 'warning', j2: 'warning' });
    });

    it('does not count on a path none of whose criteria applies', () => {
      const notApplicable = criterion('flare', 'A flare-up', 'not_applicable', '');
      expect(
        severities(
          [judgment('outside'), notApplicable, computed('c2', 'not_met')],
          [
            ['flare-up', ['flare']],
            ['continued', ['c2']],
          ],
        ),
      ).toEqual({ outside: 'warning' });
    });

    it('counts an unanswered judgment outside the paths with the path it would complete', () => {
      expect(
        severities(
          [judgment('outside'), judgment('j1'), computed('c2', 'not_met')],
          [
            ['trial', ['j1']],
            ['continued', ['c2']],
          ],
        ),
      ).toEqual({ outside: 'error', j1: 'error' });
    });
  });

  it("points a reviewer-written criterion on the evidence path at the panel's answer control", () => {
    const draft = inversionTableCase({ mtusNotApplicableReason: 'the MTUS is silent on inversion tables' });
    const evaluation = evaluate(draft, GUIDELINE_LIBRARY, { asOf: '2016-04-01' });
    expect(evaluation.items[0]!.path).toBe('evidence_hierarchy');
    const problems = judgmentProblems(
      checkLetter(draft, evaluation, buildLetterModel(draft, evaluation), { today: '2016-04-01' }),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        message:
          'Item 1 (Inversion table): the criterion "Failed conservative care" awaits your judgment. The letter counts it as not documented, one of the reasons the item is upheld.',
        fieldPath: 'disputedItems.0.review.freeCriteria.1.answer',
      }),
    ]);
  });
});

describe('checkLetter: the evidence-hierarchy path', () => {
  const evidencePathCase = (mtusNotApplicableReason: string) => {
    const draft = evidencePathSurgeryCase(mtusNotApplicableReason);
    const evaluation = evaluate(draft, GUIDELINE_LIBRARY, { asOf: '2016-04-01' });
    return checkLetter(draft, evaluation, buildLetterModel(draft, evaluation), {
      today: '2016-04-01',
    }).filter((problem) => problem.code === 'item-mtus-reason-missing');
  };

  it('warns when the reviewer typed no reason why the MTUS does not apply', () => {
    expect(evidencePathCase('')).toEqual([
      {
        code: 'item-mtus-reason-missing',
        severity: 'warning',
        message:
          'Item 1 (Arthroscopic surgery) is on the evidence-hierarchy path, but no reason is typed for why the MTUS does not apply: the letter says only "The MTUS does not address this request as described." Type the reason as the letter should state it.',
        itemId: 'item-1',
        sectionId: rationaleTextId('item-1'),
        fieldPath: 'disputedItems.0.review.mtusNotApplicableReason',
      },
    ]);
  });

  it("is satisfied by the reviewer's own reason", () => {
    expect(evidencePathCase('the MTUS has no criteria for hip arthroscopy')).toEqual([]);
  });
});

describe('checkLetter: the Claims Administrator guideline', () => {
  it('is an error when it is blank, pointing at the field; "none" states that UR cited nothing', () => {
    const draft = readyCase();
    draft.disputedItems[0]!.claimsAdministratorGuideline = '  ';
    expect(check(draft)).toEqual([
      {
        code: 'item-claims-guideline-missing',
        severity: 'error',
        message:
          'Item 1 (Work hardening physical therapy 2 times a week for 6 weeks): the Claims Administrator guideline is not entered (the letter prints a placeholder). Enter what UR cited, or "none" if UR cited no medical evidence.',
        itemId: 'item-work-hardening',
        sectionId: RATIONALE,
        fieldPath: 'disputedItems.0.claimsAdministratorGuideline',
      },
    ]);
    draft.disputedItems[0]!.claimsAdministratorGuideline = 'None cited';
    expect(check(draft)).toEqual([]);
  });
});

describe("checkLetter: the evaluator's warnings", () => {
  it('shows each warning of an item once, as a warning on that item', () => {
    const draft = readyCase();
    const evaluation = readyEvaluation(draft);
    evaluation.items[0]!.warnings = [
      'Topical ingredient "Dextromethorphan" is not in the drug reference: correct the name, or judge it with an override and a note.',
      'No valid request (RFA) date: the guideline edition was chosen by the UR date (11/24/2014).',
      'No valid request (RFA) date: the guideline edition was chosen by the UR date (11/24/2014).',
    ];
    expect(check(draft, evaluation)).toEqual([
      {
        code: 'item-evaluator-warning',
        severity: 'warning',
        message:
          'Item 1 (Work hardening physical therapy 2 times a week for 6 weeks): Topical ingredient "Dextromethorphan" is not in the drug reference: correct the name, or judge it with an override and a note.',
        itemId: 'item-work-hardening',
        sectionId: RATIONALE,
      },
      {
        code: 'item-evaluator-warning',
        severity: 'warning',
        message:
          'Item 1 (Work hardening physical therapy 2 times a week for 6 weeks): No valid request (RFA) date: the guideline edition was chosen by the UR date (11/24/2014).',
        itemId: 'item-work-hardening',
        sectionId: RATIONALE,
      },
    ]);
  });

  it('leaves out the warning the check reports as its own error (a decision against the criteria)', () => {
    const draft = readyCase();
    draft.disputedItems[0]!.review.decision = 'overturned';
    const evaluation = evaluate(draft, GUIDELINE_LIBRARY, { asOf: TODAY });
    expect(evaluation.items[0]!.warnings.join(' ')).toContain('contradicts the criteria');
    const problems = checkLetter(draft, evaluation, buildLetterModel(draft, evaluation), { today: TODAY });
    expect(codes(problems)).toContain('item-contradiction-unexplained');
    expect(codes(problems)).not.toContain('item-evaluator-warning');
  });

  it('surfaces a real evaluation warning (a medication without a sig)', () => {
    const draft = caseWith({
      dateOfInjury: '2016-01-04',
      requestDate: '2016-12-01',
      urDate: '2016-12-10',
      items: [
        disputedItem('opioid', {
          requestedAs: 'Norco 10/325 #90',
          medication: { ...emptyMedication('m1'), name: 'Norco', strength: '10/325 mg' },
        }),
      ],
    });
    const evaluation = evaluate(draft, GUIDELINE_LIBRARY, { asOf: '2016-12-30' });
    const warnings = evaluation.items[0]!.warnings;
    expect(warnings.length).toBeGreaterThan(0);
    const surfaced = checkLetter(draft, evaluation, buildLetterModel(draft, evaluation), {
      today: '2016-12-30',
    }).filter((problem) => problem.code === 'item-evaluator-warning');
    expect(surfaced.map((problem) => problem.message)).toEqual(
      [...new Set(warnings)].map((warning) => `Item 1 (Norco 10/325 #90): ${warning}`),
    );
    expect(surfaced.every((problem) => problem.severity === 'warning' && problem.itemId === 'item-1')).toBe(
      true,
    );
  });
});

import { describe, expect, it } from 'vitest';
import type { CaseDraft } from '../case/case-schema';
import type { Evaluation } from '../evaluator/evaluation-types';
import { buildLetterModel } from './build-letter-model';
import { CASE_SUMMARY_TEXT_ID, draftedTexts, rationaleTextId } from './letter-model';
import { demoEvaluation, issuableDemoCase, itemEvaluation } from './letter-test-fixtures';
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

function check(
  draft: CaseDraft,
  evaluation: Evaluation = demoEvaluation(draft),
  options: Partial<CheckLetterOptions> = {},
): LetterProblem[] {
  const model = buildLetterModel(draft, evaluation);
  return checkLetter(draft, evaluation, model, { today: TODAY, ...options });
}

const codes = (problems: LetterProblem[]) => problems.map((problem) => problem.code);

function editRationale(draft: CaseDraft, text: string, evaluation = demoEvaluation(draft)): void {
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
    const drafted = draftedTexts(buildLetterModel(draft, demoEvaluation(draft))).find(
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
    const withName = check(draft, demoEvaluation(draft), { reviewerName: 'Maria Alvarez' });
    expect(withName).toHaveLength(1);
    editRationale(draft, 'Reviewed by maria alvarez. The request IS NOT medically necessary.');
    expect(check(draft, demoEvaluation(draft), { reviewerName: 'Maria Alvarez' })).toEqual([
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
  ])('on %s the deadline check says %j', (today, messages) => {
    const problems = check(readyCase(), undefined, { today }).filter(
      (problem) => problem.code === 'deadline-passed',
    );
    expect(problems.map((problem) => problem.message)).toEqual(messages);
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

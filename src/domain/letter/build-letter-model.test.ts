import { describe, expect, it } from 'vitest';
import type { CaseDraft } from '../case/case-schema';
import { buildDemoCase } from '../case/demo-case';
import { emptyCaseDraft, emptyComplaint, emptyDisputedItem, emptyReport } from '../case/empty-case';
import type { Evaluation } from '../evaluator/evaluation-types';
import { buildLetterModel, HOW_MADE_PARAGRAPH, NOT_ENTERED } from './build-letter-model';
import { letterHash } from './letter-hash';
import {
  CASE_SUMMARY_TEXT_ID,
  draftedTexts,
  LETTER_SECTION_IDS,
  type LetterBlock,
  type LetterModel,
  letterItems,
  rationaleTextId,
} from './letter-model';
import { criterion, demoEvaluation, itemEvaluation } from './letter-test-fixtures';
import { renderLetterText } from './render-letter-text';

const ISSUED_ON = '2014-12-20';

function demo(): { draft: CaseDraft; evaluation: Evaluation; model: LetterModel } {
  const draft = buildDemoCase('demo');
  const evaluation = demoEvaluation(draft);
  return { draft, evaluation, model: buildLetterModel(draft, evaluation, { issuedOn: ISSUED_ON }) };
}

function section(model: LetterModel, id: string) {
  const found = model.sections.find((entry) => entry.id === id);
  if (!found) throw new Error(`no section ${id}`);
  return found;
}

function fields(model: LetterModel, id: string): Record<string, string> {
  return Object.fromEntries(
    section(model, id)
      .blocks.filter((block): block is Extract<LetterBlock, { kind: 'field' }> => block.kind === 'field')
      .map((block) => [block.label, block.value]),
  );
}

describe('buildLetterModel: the demo case (seed letter)', () => {
  it('has the letter sections in order with stable ids', () => {
    expect(demo().model.sections.map((entry) => entry.id)).toEqual([
      LETTER_SECTION_IDS.header,
      LETTER_SECTION_IDS.howMade,
      LETTER_SECTION_IDS.caseSummary,
      LETTER_SECTION_IDS.documentsReviewed,
      LETTER_SECTION_IDS.issues,
    ]);
  });

  it('prints the header fields, with the issue date as the determination date', () => {
    expect(fields(demo().model, 'header')).toEqual({
      'Case Number': 'DEMO-WH-2014',
      'Date Assigned': NOT_ENTERED,
      'Date of Injury': '08/01/2013',
      'Determination Date': '12/20/2014',
      'UR Determination Date': '11/24/2014',
      Priority: 'Standard',
      'Application Received': NOT_ENTERED,
    });
  });

  it('falls back to the case decision date when no issue date is given', () => {
    const draft = buildDemoCase('demo');
    draft.imr.decisionDate = '2014-12-18';
    const model = buildLetterModel(draft, demoEvaluation(draft));
    expect(fields(model, 'header')['Determination Date']).toBe('12/18/2014');
    expect(model.determinationDate).toBe('2014-12-18');
  });

  it('states independence and credentials without a reviewer name', () => {
    const { model } = demo();
    const howMade = section(model, 'how-made');
    expect(howMade.blocks[0]).toEqual({ kind: 'paragraph', text: HOW_MADE_PARAGRAPH });
    expect(fields(model, 'how-made')).toEqual({
      'State(s) of Licensure': 'California',
      'Certification(s)/Specialty': 'Physical Medicine & Rehabilitation',
    });
  });

  it('drafts the case summary in the seed letter voice from the structured facts', () => {
    const summary = draftedTexts(demo().model).find((text) => text.id === CASE_SUMMARY_TEXT_ID)!;
    const text = summary.text;
    expect(text.startsWith('The patient is a 36 year old female with an injury date of 08/01/13.')).toBe(
      true,
    );
    expect(text).toContain(
      'Based on the 08/18/14 progress report, the patient complains of left sided low back pain and buttock pain which she rates as a 7-8/10.',
    );
    expect(text).toContain(
      'left knee pain which she rates as a 4/10 and left ankle/foot pain which she rates as an 8/10',
    );
    expect(text).toContain('Straight leg raise is positive on the left at 70 degrees');
    expect(text).toContain(
      'The 11/11/14 progress report indicates that the patient reports low back pain with numbness',
    );
    expect(text).toContain('Work status: Temporarily partially disabled');
    expect(text).toContain(
      "The patient's diagnoses include the following: Left leg radiculopathy; L4-5 annular tear/mild bulge; Mild lateral recess stenosis L4-5.",
    );
    expect(text).toContain('The utilization review determination being challenged is dated 11/24/14.');
    // The 08/18 report comes before the 11/11 one.
    expect(text.indexOf('08/18/14 progress report')).toBeLessThan(text.indexOf('11/11/14 progress report'));
    expect(summary.edited).toBe(false);
    expect(summary.stale).toBe(false);
    expect(summary.draftedHash).toBe(letterHash(summary.draftedText));
  });

  it('lists each document by date and type, never a date range', () => {
    const list = section(demo().model, 'documents-reviewed').blocks[0];
    expect(list).toEqual({
      kind: 'list',
      items: [
        '08/18/14: Progress report, author specialty not stated',
        '11/11/14: Progress report, author specialty not stated',
        '11/24/14: Utilization review determination',
      ],
    });
  });

  it('decides the work hardening item as the seed letter did, with its facts and conclusion', () => {
    const [item] = letterItems(demo().model);
    expect(item?.title).toBe('Work hardening physical therapy 2 times a week for 6 weeks: Upheld');
    expect(item?.decision).toBe('upheld');
    expect(item?.claimsAdministratorGuideline).toBe(
      'Decision based on MTUS Chronic Pain Treatment Guidelines Page(s): 125-126. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG)- Physical Medicine guidelines- work conditioning.',
    );
    expect(item?.imrGuideline).toBe(
      'Decision based on MTUS Chronic Pain Medical Treatment Guidelines 2009, Work conditioning, work hardening, Page(s): 125-126.',
    );
    const rationale = item!.rationale.text;
    for (const fact of [
      'The patient presents with low back pain with numbness radiating',
      'The request is for work hardening physical therapy 2 times a week for 6 weeks.',
      'Requested 2 days/week; the guideline requires 3-5 days/week.',
      'Requested 6 weeks; the guideline allows 4 weeks or less.',
      'no return-to-work goal is recorded',
      'no screening was done',
      'No functional capacity evaluation is documented',
      '15 months after the injury (08/01/13), within 2 years',
      'Temporarily partially disabled',
    ]) {
      expect(rationale).toContain(fact);
    }
    expect(
      rationale.endsWith(
        'The requested work hardening physical therapy 2 times a week for 6 weeks IS NOT medically necessary.',
      ),
    ).toBe(true);
    expect(item!.rationale.id).toBe(rationaleTextId('item-work-hardening'));
  });

  it('is deterministic: the same inputs give an identical model', () => {
    expect(demo().model).toEqual(demo().model);
  });
});

describe('buildLetterModel: decisions, citations and reviewer input in the rationale', () => {
  function oneItemCase(): CaseDraft {
    const draft = emptyCaseDraft('c');
    draft.disputedItems = [
      {
        ...emptyDisputedItem('i1'),
        requestedAs: 'Physical therapy 2x4 lumbar spine',
        serviceType: 'physical_therapy',
      },
    ];
    return draft;
  }

  it.each([
    ['upheld', 'Physical therapy 2x4 lumbar spine: Upheld', 'IS NOT medically necessary.'],
    ['overturned', 'Physical therapy 2x4 lumbar spine: Overturned', 'IS medically necessary.'],
  ] as const)('a %s decision gives a matching title and conclusion', (decision, title, conclusion) => {
    const draft = oneItemCase();
    const evaluation: Evaluation = {
      asOf: '2017-01-01',
      items: [
        itemEvaluation({
          itemId: 'i1',
          decision,
          recommendation: decision === 'upheld' ? 'uphold' : 'overturn',
        }),
      ],
    };
    const [item] = letterItems(buildLetterModel(draft, evaluation));
    expect(item?.title).toBe(title);
    expect(
      item?.rationale.text.endsWith(`The requested physical therapy 2x4 lumbar spine ${conclusion}`),
    ).toBe(true);
  });

  it('an undecided item says so in its title and has no conclusion', () => {
    const draft = oneItemCase();
    const evaluation: Evaluation = {
      asOf: '2017-01-01',
      items: [itemEvaluation({ itemId: 'i1', decision: null, recommendation: null, decisionSource: 'none' })],
    };
    const [item] = letterItems(buildLetterModel(draft, evaluation));
    expect(item?.title).toBe('Physical therapy 2x4 lumbar spine: Decision pending');
    expect(item?.rationale.text).not.toMatch(/medically necessary/);
  });

  it("states reviewer findings, overrides and notes as the letter's own sentences", () => {
    const draft = oneItemCase();
    const criteria = [
      criterion('c-override', 'Functional improvement documented', 'met', 'No improvement is recorded.', {
        computedStatus: 'not_documented',
        source: 'overridden',
        note: 'The 01/05/17 note records walking distance doubled',
      }),
      criterion('c-judgment', 'Home exercise program in place', 'not_met', '', {
        kind: 'judgment',
        source: 'reviewer',
      }),
      criterion('c-na', 'Postsurgical limit', 'not_applicable', 'Not postsurgical.'),
    ];
    const evaluation: Evaluation = {
      asOf: '2017-01-01',
      items: [itemEvaluation({ itemId: 'i1', criteria })],
    };
    const text = letterItems(buildLetterModel(draft, evaluation))[0]!.rationale.text;
    // The override's finding and the note that supports it; the computed evidence, which argues the
    // other way, is not quoted against the reviewer's own finding.
    expect(text).toContain(
      'Functional improvement documented: met. The 01/05/17 note records walking distance doubled.',
    );
    expect(text).not.toContain('No improvement is recorded');
    expect(text).toContain('Home exercise program in place: not met.');
    expect(text).not.toMatch(/reviewer's finding|Reviewer's note|records as entered/i);
    expect(text).not.toContain('Postsurgical limit');
  });

  it('gives the reviewer reason when the decision departs from the criteria', () => {
    const draft = oneItemCase();
    draft.disputedItems[0]!.review.decision = 'overturned';
    draft.disputedItems[0]!.review.decisionReason = 'Post-operative flare documented on 01/05/17';
    const evaluation: Evaluation = {
      asOf: '2017-01-01',
      items: [
        itemEvaluation({
          itemId: 'i1',
          decision: 'overturned',
          decisionSource: 'reviewer',
          decisionContradicts: true,
          criteria: [criterion('c1', 'Within the visit cap', 'not_met', '30 visits requested after 24.')],
        }),
      ],
    };
    const text = letterItems(buildLetterModel(draft, evaluation))[0]!.rationale.text;
    expect(text).toContain(
      'The decision departs from what the criteria alone indicate, for this reason: Post-operative flare documented on 01/05/17.',
    );
    expect(text).toContain('IS medically necessary.');
  });

  it('cites the non-MTUS source and why the MTUS did not apply on the evidence path', () => {
    const draft = oneItemCase();
    draft.disputedItems[0]!.serviceType = 'other';
    draft.disputedItems[0]!.requestedAs = 'Lumbar support brace';
    Object.assign(draft.disputedItems[0]!.review, {
      evidenceSource: 'odg',
      evidenceCitation: 'Official Disability Guidelines (ODG) Low Back, Lumbar supports',
      mtusNotApplicableReason: 'the MTUS is silent on lumbar supports for chronic pain',
      freeCriteria: [
        {
          id: 'f1',
          text: 'Compression fracture or spondylolisthesis documented',
          answer: 'not_met',
          note: '',
        },
      ],
    });
    const evaluation: Evaluation = {
      asOf: '2017-01-01',
      items: [
        itemEvaluation({
          itemId: 'i1',
          path: 'evidence_hierarchy',
          guidelineSet: null,
          guidelineLine: '',
          criteria: [],
        }),
      ],
    };
    const [item] = letterItems(buildLetterModel(draft, evaluation));
    expect(item?.imrGuideline).toBe(
      'The Expert Reviewer based their decision on recommendation(s) outside of the MTUS Guidelines. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Low Back, Lumbar supports. The MTUS does not address this request: the MTUS is silent on lumbar supports for chronic pain.',
    );
    expect(item?.rationale.text).toContain('Compression fracture or spondylolisthesis documented: not met.');
    expect(item?.rationale.text).not.toContain("reviewer's finding");
    expect(item?.rationale.text).toContain('The requested lumbar support brace IS NOT medically necessary.');
  });

  it('uses the modified-request title when UR authorized part of the request', () => {
    const draft = oneItemCase();
    Object.assign(draft.disputedItems[0]!, { urDecision: 'modified', urApproved: 'Physical therapy 2x2' });
    const evaluation: Evaluation = { asOf: '2017-01-01', items: [itemEvaluation({ itemId: 'i1' })] };
    expect(letterItems(buildLetterModel(draft, evaluation))[0]?.title).toBe(
      'Physical therapy 2x4 lumbar spine was the original request. Physical therapy 2x2 was authorized by the Claims Administrator. The remaining IMR eligible portion of the original request is: Upheld',
    );
  });

  it('prints a blank Claims Administrator guideline as a placeholder, and leaves the IMR line empty without an evaluation', () => {
    const draft = oneItemCase();
    draft.disputedItems[0]!.claimsAdministratorGuideline = '  ';
    const [item] = letterItems(buildLetterModel(draft, { asOf: '2017-01-01', items: [] }));
    // Never "did not cite any medical evidence": the reviewer has not said so.
    expect(item?.claimsAdministratorGuideline).toBe('[Claims Administrator guideline not entered]');
    expect(item?.imrGuideline).toBe('');
    expect(item?.decision).toBeNull();
  });

  it.each([
    'none',
    'None.',
    'NONE CITED',
    'none given',
    'No citation',
    'no citations.',
    'Nothing cited',
    'not cited',
    'UR cited none',
    'No guideline cited',
    'no medical evidence cited',
    'Did not cite any',
  ])('says UR cited nothing when the reviewer typed %j', (typed) => {
    const draft = oneItemCase();
    draft.disputedItems[0]!.claimsAdministratorGuideline = typed;
    const [item] = letterItems(buildLetterModel(draft, { asOf: '2017-01-01', items: [] }));
    expect(item?.claimsAdministratorGuideline).toBe(
      'The Claims Administrator did not cite any medical evidence for its decision.',
    );
  });

  it.each([
    ['MTUS Chronic Pain, page 99', 'MTUS Chronic Pain, page 99.'],
    ['None of the MTUS sections; ODG Low Back', 'None of the MTUS sections; ODG Low Back.'],
    ['No guideline for TENS in MTUS; ODG Pain', 'No guideline for TENS in MTUS; ODG Pain.'],
  ])('prints a typed citation as typed, even when it starts with "none" or "no": %j', (typed, printed) => {
    const draft = oneItemCase();
    draft.disputedItems[0]!.claimsAdministratorGuideline = typed;
    const [item] = letterItems(buildLetterModel(draft, { asOf: '2017-01-01', items: [] }));
    expect(item?.claimsAdministratorGuideline).toBe(printed);
  });
});

describe('buildLetterModel: reviewer edits', () => {
  it('prints an edit, marks it edited and not stale while the draft is unchanged', () => {
    const { draft, evaluation, model } = demo();
    const drafted = draftedTexts(model).find((text) => text.id === CASE_SUMMARY_TEXT_ID)!;
    draft.letter.edits[CASE_SUMMARY_TEXT_ID] = {
      text: 'My own summary.\r\n\r\nSecond paragraph.',
      basedOn: drafted.draftedHash,
    };
    const edited = draftedTexts(buildLetterModel(draft, evaluation, { issuedOn: ISSUED_ON })).find(
      (text) => text.id === CASE_SUMMARY_TEXT_ID,
    )!;
    expect(edited).toMatchObject({
      edited: true,
      stale: false,
      text: 'My own summary.\n\nSecond paragraph.',
    });
    expect(edited.draftedText).toBe(drafted.draftedText);
    // The stored edit is untouched.
    expect(draft.letter.edits[CASE_SUMMARY_TEXT_ID]?.text).toBe('My own summary.\r\n\r\nSecond paragraph.');
  });

  it('marks an edit stale when the facts behind the drafted text change, keeping both texts', () => {
    const { draft, evaluation, model } = demo();
    const rationaleId = rationaleTextId('item-work-hardening');
    const drafted = draftedTexts(model).find((text) => text.id === rationaleId)!;
    draft.letter.edits[rationaleId] = {
      text: 'Reviewer wording. IS NOT medically necessary.',
      basedOn: drafted.draftedHash,
    };
    draft.disputedItems[0]!.durationWeeks = 4;
    const after = draftedTexts(buildLetterModel(draft, evaluation, { issuedOn: ISSUED_ON })).find(
      (text) => text.id === rationaleId,
    )!;
    expect(after.edited).toBe(true);
    expect(after.stale).toBe(true);
    expect(after.text).toBe('Reviewer wording. IS NOT medically necessary.');
    expect(after.draftedText).not.toBe(drafted.draftedText);
    expect(after.basedOn).toBe(drafted.draftedHash);
  });
});

describe('buildLetterModel: sparse and hostile input', () => {
  it('drafts an empty case without crashing and marks missing header values', () => {
    const model = buildLetterModel(emptyCaseDraft('e'), { asOf: '2017-01-01', items: [] });
    expect(fields(model, 'header')['Case Number']).toBe(NOT_ENTERED);
    expect(renderLetterText(model)).toContain('The case lists no disputed items.');
    expect(draftedTexts(model)[0]?.text).toContain('The date of injury is not documented.');
  });

  it.each([
    [36, 'female', '2013-08-01', 'The patient is a 36 year old female with an injury date of 08/01/13.'],
    [18, 'male', '2013-08-01', 'The patient is an 18 year old male with an injury date of 08/01/13.'],
    [null, 'male', '2013-08-01', 'The patient is a male with an injury date of 08/01/13.'],
    [45, '', '2013-08-01', 'The patient is 45 years old with an injury date of 08/01/13.'],
    [45, 'female', '', 'The patient is a 45 year old female; the date of injury is not documented.'],
    [null, '', '2013-08-01', 'The patient has an injury date of 08/01/13.'],
  ] as const)('opens the summary for age %s, sex "%s", injury "%s"', (age, sex, injury, expected) => {
    const draft = emptyCaseDraft('o');
    draft.patient.age = age;
    draft.patient.sex = sex;
    draft.injury.dateOfInjury = injury;
    const summary = draftedTexts(buildLetterModel(draft, { asOf: '2017-01-01', items: [] }))[0]!.text;
    expect(summary.startsWith(expected)).toBe(true);
  });

  it('keeps markup literally and strips control characters', () => {
    const draft = emptyCaseDraft('x');
    draft.imr.caseNumber = 'CM<script>alert(1)</script>';
    draft.reports = [
      {
        ...emptyReport('r1'),
        date: '2016-05-01',
        type: 'progress_report',
        complaints: [
          { ...emptyComplaint('c'), description: 'pain <img src=x onerror=alert(1)>\u0007 & "more"' },
        ],
      },
    ];
    const text = renderLetterText(buildLetterModel(draft, { asOf: '2017-01-01', items: [] }));
    expect(text).toContain('Case Number: CM<script>alert(1)</script>');
    expect(text).toContain('pain <img src=x onerror=alert(1)> & "more"');
    expect(text).not.toContain('\u0007');
  });

  it('orders undated reports last and names them as undated', () => {
    const draft = emptyCaseDraft('u');
    draft.reports = [
      {
        ...emptyReport('a'),
        type: 'imaging',
        authorSpecialty: 'Radiology',
        examFindings: 'Mild bulge at L4-5',
      },
      {
        ...emptyReport('b'),
        date: '2015-02-03',
        type: 'progress_report',
        complaints: [{ ...emptyComplaint('c'), description: 'neck pain', painLow: 6, painHigh: 6 }],
      },
    ];
    const model = buildLetterModel(draft, { asOf: '2017-01-01', items: [] });
    expect(section(model, 'documents-reviewed').blocks[0]).toEqual({
      kind: 'list',
      items: [
        '02/03/15: Progress report, author specialty not stated',
        'Undated: Imaging report, by Radiology',
      ],
    });
    const summary = draftedTexts(model)[0]!.text;
    expect(summary).toContain('the patient complains of neck pain which the patient rates as a 6/10.');
    expect(summary).toContain('Examination findings in an undated imaging report: Mild bulge at L4-5.');
  });
});

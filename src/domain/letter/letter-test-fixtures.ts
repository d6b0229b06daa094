/**
 * Test-only builders: Evaluations made by hand in the shape `evaluate` returns, so the letter can be
 * tested independently of the evaluator. The demo evaluation mirrors how the seed letter decided
 * the work hardening request (MTUS Chronic Pain 2009 pp. 125-126).
 */
import type { CaseDraft } from '../case/case-schema';
import { buildDemoCase } from '../case/demo-case';
import { caseWith, disputedItem, freeCriterion, type ItemSpec } from '../evaluator/case-builders';
import type {
  Citation,
  CriterionResult,
  CriterionStatus,
  Evaluation,
  ItemEvaluation,
} from '../evaluator/evaluation-types';
import { FRP_FIRST_TWO_WEEKS } from '../guidelines/sets/procedure-test-support';

export const WORK_HARDENING_CITATION: Citation = {
  guideline: 'MTUS Chronic Pain Medical Treatment Guidelines',
  edition: '2009',
  pages: '125-126',
  section: 'Work conditioning, work hardening',
};

export function criterion(
  criterionId: string,
  statement: string,
  status: CriterionStatus,
  evidence: string,
  overrides: Partial<CriterionResult> = {},
): CriterionResult {
  return {
    criterionId,
    statement,
    citation: WORK_HARDENING_CITATION,
    kind: 'computed',
    required: true,
    status,
    computedStatus: status,
    source: 'computed',
    evidence,
    note: '',
    fieldPaths: [],
    confirmed: false,
    ...overrides,
  };
}

export function countStatuses(criteria: CriterionResult[]): Record<CriterionStatus, number> {
  const counts: Record<CriterionStatus, number> = {
    met: 0,
    not_met: 0,
    not_documented: 0,
    not_applicable: 0,
  };
  for (const entry of criteria) counts[entry.status] += 1;
  return counts;
}

export function itemEvaluation(overrides: Partial<ItemEvaluation> & { itemId: string }): ItemEvaluation {
  const criteria = overrides.criteria ?? [];
  return {
    itemIndex: 0,
    serviceType: 'work_hardening',
    guidelineSet: {
      id: 'mtus-cpmtg-2009-work-hardening',
      title: 'MTUS Chronic Pain Medical Treatment Guidelines',
      edition: '2009',
      effectiveFrom: '2009-07-18',
      effectiveTo: '2016-07-28',
    },
    path: 'mtus',
    asOfDate: '2014-11-11',
    warnings: [],
    counts: countStatuses(criteria),
    recommendation: 'uphold',
    drivingCriteria: [],
    decisionRule: 'All required criteria must be met',
    decision: 'upheld',
    decisionSource: 'recommendation',
    decisionContradicts: false,
    guidelineLine:
      'MTUS Chronic Pain Medical Treatment Guidelines 2009, Work conditioning, work hardening, Page(s): 125-126',
    wouldMeetSummary: [],
    ...overrides,
    criteria,
  };
}

/** The seed letter's reasoning, criterion by criterion, as the evaluator would report it. */
export function demoCriteria(): CriterionResult[] {
  return [
    criterion(
      'wh-within-2-years',
      'No more than 2 years from the date of injury',
      'met',
      'The request (11/11/14) is 15 months after the injury (08/01/13), within 2 years.',
    ),
    criterion(
      'wh-attendance',
      'Able to attend at least 4 hours a day on 3 to 5 days a week',
      'not_met',
      'Requested 2 days/week; the guideline requires 3-5 days/week.',
    ),
    criterion(
      'wh-duration',
      'Program completed in 4 weeks or less',
      'not_met',
      'Requested 6 weeks; the guideline allows 4 weeks or less.',
    ),
    criterion(
      'wh-rtw-goal',
      'A defined return-to-work goal agreed by employer and employee (a specific job whose demands exceed current abilities, or on-the-job training)',
      'not_documented',
      'No specific job with demands that exceed abilities and no on-the-job training is documented; no return-to-work goal is recorded.',
    ),
    criterion(
      'wh-screening',
      'A screening process (file review, interview and testing) before admission',
      'not_met',
      'The records state that no screening was done.',
    ),
    criterion(
      'wh-fce',
      'A functional capacity evaluation when the program requires one',
      'not_met',
      'No functional capacity evaluation is documented (FCE: not done).',
    ),
    criterion(
      'wh-plateau',
      'An adequate trial of physical or occupational therapy with improvement followed by a plateau',
      'not_documented',
      'No prior therapy course is recorded.',
      { kind: 'judgment', source: 'unanswered' },
    ),
  ];
}

export function demoEvaluation(draft: CaseDraft, asOf = '2014-12-15'): Evaluation {
  return {
    asOf,
    items: draft.disputedItems.map((item, index) =>
      itemEvaluation({
        itemId: item.id,
        itemIndex: index,
        criteria: demoCriteria(),
        drivingCriteria: ['wh-attendance', 'wh-duration', 'wh-rtw-goal', 'wh-screening', 'wh-fce'],
      }),
    ),
  };
}

/** The demo case complete enough to issue: every header date of the letter filled and in order. */
export function issuableDemoCase(id = 'demo'): CaseDraft {
  const draft = buildDemoCase(id);
  Object.assign(draft.imr, {
    applicationDate: '2014-11-28',
    assignmentDate: '2014-12-02',
    recordsReceivedDate: '2014-12-05',
    decisionDate: '2014-12-19',
  });
  return draft;
}

/**
 * A surgery request without a body part, decided on the evidence path (ODG Hip), with the reason
 * the reviewer typed for the MTUS not applying ('' for none): the evaluator's own reason is a note
 * for the criteria panel, never letter text.
 */
export function evidencePathSurgeryCase(mtusNotApplicableReason: string): CaseDraft {
  return caseWith({
    requestDate: '2016-03-01',
    urDate: '2016-03-10',
    items: [
      disputedItem('surgery', {
        requestedAs: 'Arthroscopic surgery',
        review: { evidenceSource: 'odg', evidenceCitation: 'ODG Hip', mtusNotApplicableReason },
      }),
    ],
  });
}

/**
 * An inversion table (no MTUS set) decided on the evidence path with ODG Low Back and two criteria
 * the reviewer wrote: home traction tried (met, with `note`) and failed conservative care (unanswered).
 */
export function inversionTableCase({ note = '', mtusNotApplicableReason = '' } = {}): CaseDraft {
  return caseWith({
    requestDate: '2016-03-01',
    items: [
      disputedItem('other', {
        requestedAs: 'Inversion table',
        review: {
          evidenceSource: 'odg',
          evidenceCitation: 'ODG Low Back',
          mtusNotApplicableReason,
          freeCriteria: [
            freeCriterion('f1', 'Trial of home traction documented', 'met', note),
            freeCriterion('f2', 'Failed conservative care', ''),
          ],
        },
      }),
    ],
  });
}

/**
 * "Functional restoration program, 2 weeks" (evaluate as of 2016-12-30): every computed admission
 * criterion met and the loss of function judged met, so whether another option would help is the
 * one judgment the reviewer still answers; `spec` changes facts or adds a review.
 */
export function functionalRestorationCase(spec: ItemSpec = {}): CaseDraft {
  return caseWith({
    dateOfInjury: '2016-01-10',
    requestDate: '2016-12-01',
    items: [
      disputedItem('functional_restoration_program', {
        requestedAs: 'Functional restoration program, 2 weeks',
        ...FRP_FIRST_TWO_WEEKS,
        ...spec,
        facts: { ...FRP_FIRST_TWO_WEEKS.facts, ...spec.facts },
        // Prior care failed and no surgery pending settle "no other options"; the loss of function
        // is the judgment left to the reviewer.
        review: { ...spec.review, criteria: { ...spec.review?.criteria } },
      }),
    ],
  });
}

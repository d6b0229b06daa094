/**
 * Post-Surgical Treatment Guidelines (8 CCR 9792.24.3, effective 2009-07-18). Catalogue 3.3;
 * confirmed catalogue 2.3. The general rules live in the regulation; the table gives each
 * surgery's general course of therapy and post-surgical physical medicine period. The initial
 * course is half the general course; a subsequent course up to the general course needs
 * documented functional improvement. Post-surgical visits are outside the 24-visit cap.
 */
import type { Condition, GuidelineCitation, GuidelineSet, SwitchCase } from '../guideline-schema';
import type { SurgeryKey } from '../vocabularies';
import {
  atMost,
  byValue,
  defineCriterion,
  isTrue,
  JUDGMENT,
  REQUEST_BODY_PART_STATED,
  within,
} from './common';
import { SURGERY_AUTHORIZED } from './procedure-common';

interface SurgeryEntry {
  key: Exclude<SurgeryKey, 'other'>;
  /** Visits in the general course of therapy. */
  visits: number;
  /** The general course as the table states it. */
  course: string;
  periodMonths: number;
  /** Section of the guideline the letter cites for it. */
  section: string;
}

/** Table entries the sources give (status per entry in the criteria's confirmation notes). */
export const POSTSURGICAL_TABLE: readonly SurgeryEntry[] = [
  { key: 'meniscectomy', visits: 12, course: '12 visits over 12 weeks', periodMonths: 6, section: 'Knee' },
  { key: 'femur_fracture', visits: 30, course: '30 visits', periodMonths: 6, section: 'Knee' },
  {
    key: 'rotator_cuff_arthroscopic',
    visits: 24,
    course: '24 visits over 14 weeks',
    periodMonths: 6,
    section: 'Shoulder',
  },
  {
    key: 'rotator_cuff_open',
    visits: 30,
    course: '30 visits over 18 weeks',
    periodMonths: 6,
    section: 'Shoulder',
  },
  {
    key: 'carpal_tunnel_release',
    visits: 8,
    course: '3-8 visits over 3-5 weeks',
    periodMonths: 3,
    section: 'Forearm, Wrist, & Hand',
  },
  {
    key: 'metacarpal_fracture',
    visits: 16,
    course: 'up to 16 visits',
    periodMonths: 6,
    section: 'Forearm, Wrist, & Hand',
  },
  {
    key: 'phalanx_fracture',
    visits: 16,
    course: '16 visits over 10 weeks',
    periodMonths: 6,
    section: 'Forearm, Wrist, & Hand',
  },
  {
    key: 'lateral_epicondylitis_surgery',
    visits: 12,
    course: '12 visits over 12 weeks',
    periodMonths: 6,
    section: 'Elbow & Upper Arm',
  },
  {
    key: 'lumbar_discectomy',
    visits: 16,
    course: '16 visits over 8 weeks',
    periodMonths: 6,
    section: 'Low Back',
  },
  {
    key: 'lumbar_fusion',
    visits: 34,
    course: '34 visits over 16 weeks',
    periodMonths: 6,
    section: 'Low Back',
  },
  // From the usual reading of the table, not in the research catalogue (unconfirmed [U]).
  {
    key: 'acl_reconstruction',
    visits: 24,
    course: '24 visits over 16 weeks',
    periodMonths: 6,
    section: 'Knee',
  },
  {
    key: 'knee_arthroplasty',
    visits: 24,
    course: '24 visits over 10 weeks',
    periodMonths: 4,
    section: 'Knee',
  },
  {
    key: 'hip_arthroplasty',
    visits: 24,
    course: '24 visits over 10 weeks',
    periodMonths: 4,
    section: 'Hip, Pelvis and Thigh',
  },
  {
    key: 'shoulder_arthroplasty',
    visits: 24,
    course: '24 visits over 10 weeks',
    periodMonths: 6,
    section: 'Shoulder',
  },
  {
    key: 'shoulder_stabilization',
    visits: 24,
    course: '24 visits over 14 weeks',
    periodMonths: 6,
    section: 'Shoulder',
  },
  {
    key: 'distal_radius_fracture',
    visits: 16,
    course: '16 visits over 8 weeks',
    periodMonths: 4,
    section: 'Forearm, Wrist, & Hand',
  },
  {
    key: 'trigger_finger_release',
    visits: 9,
    course: '9 visits over 8 weeks',
    periodMonths: 4,
    section: 'Forearm, Wrist, & Hand',
  },
  {
    key: 'de_quervain_release',
    visits: 14,
    course: '14 visits over 12 weeks',
    periodMonths: 6,
    section: 'Forearm, Wrist, & Hand',
  },
  {
    key: 'cubital_tunnel_release',
    visits: 20,
    course: '20 visits over 10 weeks',
    periodMonths: 6,
    section: 'Elbow & Upper Arm',
  },
  {
    key: 'cervical_discectomy',
    visits: 16,
    course: '16 visits over 8 weeks',
    periodMonths: 6,
    section: 'Neck & Upper Back',
  },
  {
    key: 'cervical_fusion',
    visits: 24,
    course: '24 visits over 16 weeks',
    periodMonths: 6,
    section: 'Neck & Upper Back',
  },
  {
    key: 'ankle_fracture',
    visits: 21,
    course: '21 visits over 16 weeks',
    periodMonths: 6,
    section: 'Ankle & Foot',
  },
  {
    key: 'achilles_repair',
    visits: 48,
    course: '48 visits over 16 weeks',
    periodMonths: 6,
    section: 'Ankle & Foot',
  },
  {
    key: 'flexor_tendon_repair',
    visits: 30,
    course: '30 visits over 6 months',
    periodMonths: 9,
    section: 'Forearm, Wrist, & Hand',
  },
];

/** Surgeries the table does not list have a 6-month period (9792.24.3). */
const DEFAULT_PERIOD_MONTHS = 6;

const TABLE_CITATION: GuidelineCitation = {
  guideline: 'MTUS Postsurgical Treatment Guidelines',
  edition: '2009',
};
const RULES_CITATION: GuidelineCitation = {
  guideline: '8 CCR 9792.24.3 (Postsurgical Treatment Guidelines)',
  edition: '2009',
};

const TABLE_STATUS =
  'Table entries: meniscectomy 12 visits [S] (friedmanlawoffices); metacarpal fracture 16 and femur fracture 30 confirmed in CM17-0006912; rotator cuff 24 (arthroscopic) and 30 (open) confirmed only as ODG figures (CM17-0012517), as are lateral epicondylitis surgery 12 over 12 weeks (CM17-0007886) and a (complicated) phalanx fracture 16 over 10 weeks (CM16-0248233, CM17-0016761), whose MTUS section names are ours [U]; carpal tunnel release, lumbar discectomy and lumbar fusion unconfirmed [U]; the entries after them (ACL reconstruction, knee, hip and shoulder arthroplasty, shoulder stabilization, distal radius fracture, trigger finger, De Quervain and cubital tunnel releases, cervical discectomy and fusion, ankle fracture, Achilles repair, flexor tendon repair) are not in the research catalogue: written from the usual reading of the table [U].';

const initialCourse = (entry: SurgeryEntry) => Math.ceil(entry.visits / 2);

function byTable(make: (entry: SurgeryEntry) => SwitchCase, fallback: Condition): Condition {
  return byValue(
    'item.surgeryKey',
    Object.fromEntries(POSTSURGICAL_TABLE.map((entry) => [entry.key, make(entry)])),
    fallback,
  );
}

const periodCondition = (months: number, note: string): Condition =>
  within(
    'item.surgeryDate',
    'case.requestDate',
    { months },
    `a request within the ${months}-month post-surgical physical medicine period${note}`,
  );

const WITHIN_PERIOD: Condition = byTable(
  (entry) => ({
    condition: periodCondition(entry.periodMonths, ''),
    citation: { guideline: TABLE_CITATION.guideline, section: entry.section },
  }),
  periodCondition(DEFAULT_PERIOD_MONTHS, ' (the default for surgeries the table does not list)'),
);

export const POSTSURGICAL_2009: GuidelineSet = {
  id: 'mtus-postsurgical-2009',
  title: 'MTUS Postsurgical Treatment Guidelines (2009, 8 CCR 9792.24.3)',
  guideline: 'MTUS Postsurgical Treatment Guidelines',
  edition: '2009',
  effectiveFrom: '2009-07-18',
  services: ['postsurgical_therapy'],
  letterLine: { name: 'MTUS Postsurgical Treatment 2009', style: 'sections' },
  requestNoun: 'course',
  // Past the period the request is physical medicine like any other, judged by its visit allowance
  // (a request whose dates are not known stays here, where the period criterion asks for them).
  judgedAsWhen: {
    condition: { kind: 'not', condition: WITHIN_PERIOD },
    serviceType: 'physical_therapy',
    note: 'The request comes after the post-surgical physical medicine period for the surgery has ended, so the guidelines for non-surgical physical medicine apply to it (8 CCR 9792.24.3)',
    confirmed: false,
    confirmationNote:
      'Catalogue 3.3 rule 4 [U]: if therapy does not start within the post-surgical period, the non-surgical guidelines apply; the wording is not retrieved and no 2016-17 letter applies it.',
  },
  note: 'Believed still in force after the 2017 ACOEM adoption [U] (Article 5.5.2 still lists 9792.24.3).',
  decisionRule: {
    kind: 'any_path',
    paths: [
      {
        id: 'initial-course',
        label: 'an initial course (half the general course)',
        criteria: ['ps-initial-course'],
      },
      {
        id: 'subsequent-course',
        label: 'a subsequent course with functional improvement',
        criteria: ['ps-general-course', 'ps-functional-improvement'],
      },
    ],
  },
  criteria: [
    defineCriterion({
      id: 'ps-prescribed-by-surgeon',
      statement:
        'Post-surgical physical medicine is prescribed by the surgeon, a physician the surgeon designates, or an NP/PA under the surgeon.',
      whenNotMet:
        'The records do not show a prescription from the surgeon, a physician the surgeon designates, or a nurse practitioner or physician assistant working under the surgeon (advisory)',
      citation: RULES_CITATION,
      // Advisory: no 2016-17 letter decides on the prescriber, so an unanswered question must not
      // hold up a post-operative course that meets its visit rules.
      required: false,
      condition: JUDGMENT,
      extraFieldPaths: ['reports', 'review.criteria'],
      wouldMeet: {
        kind: 'documentation',
        text: 'A prescription from the surgeon or the surgeon’s designee',
        label: 'prescriber',
      },
      confirmed: false,
      confirmationNote:
        'Sourced [S] (222health summary of 9792.24.3(c)); no 2016-17 letter addresses it (confirmed catalogue 2.3: still unconfirmed), so it is advisory.',
    }),
    defineCriterion({
      ...SURGERY_AUTHORIZED,
      id: 'ps-surgery-authorized',
      statement:
        'Therapy requested ahead of its surgery is needed only when that surgery is authorized or found medically necessary.',
      appliesWhen: {
        condition: isTrue('item.surgeryPending', 'a surgery still to come'),
        description: 'applies only when the surgery is still to come',
      },
    }),
    defineCriterion({
      id: 'ps-within-period',
      statement: 'The request falls within the post-surgical physical medicine period for the surgery.',
      whenNotMet:
        'The request comes after the post-surgical physical medicine period for the surgery has ended',
      citation: RULES_CITATION,
      required: true,
      condition: WITHIN_PERIOD,
      // Therapy asked for before its surgery starts with it, inside the period.
      appliesWhen: {
        condition: { kind: 'not', condition: isTrue('item.surgeryPending', 'a surgery still to come') },
        description: 'applies once the surgery is done',
      },
      confirmed: false,
      confirmationNote:
        'The 6-month default for unlisted surgeries is sourced [S] (222health); the periods of listed surgeries are unconfirmed [U], and no letter states them.',
    }),
    defineCriterion({
      id: 'ps-initial-course',
      statement: 'An initial course is no more than half the general course of therapy for the surgery.',
      whenNotMet:
        'The visits requested, with those already completed, exceed the initial course the guideline allows (half the general course of therapy for the surgery)',
      citation: TABLE_CITATION,
      required: true,
      condition: byTable(
        (entry) => ({
          condition: atMost(
            'item.postsurgicalVisitsWithPrior',
            initialCourse(entry),
            'visits',
            `an initial course of no more than ${initialCourse(entry)} visits (half the general course of ${entry.course})`,
          ),
          wouldMeet: `of no more than ${initialCourse(entry)} visits in all (an initial course)`,
          citation: { section: entry.section },
        }),
        JUDGMENT,
      ),
      extraFieldPaths: ['review.criteria'],
      wouldMeet: { kind: 'request', text: 'within half the general course', label: 'initial course' },
      confirmed: false,
      confirmationNote: `Half-course rule partly confirmed [P]: UR approved 6 of 24 as an initial course and IMR upheld the rest (CM17-0006912). ${TABLE_STATUS} Surgeries not in the table: the reviewer answers.`,
    }),
    defineCriterion({
      id: 'ps-general-course',
      statement: 'In all, the visits stay within the general course of therapy for the surgery.',
      whenNotMet:
        'The visits requested, with those already completed, exceed the general course of therapy for the surgery',
      citation: TABLE_CITATION,
      required: true,
      condition: byTable(
        (entry) => ({
          condition: atMost(
            'item.postsurgicalVisitsWithPrior',
            entry.visits,
            'visits',
            `no more than the general course of ${entry.course}`,
          ),
          wouldMeet: `of no more than ${entry.visits} visits in all`,
          citation: { section: entry.section },
        }),
        JUDGMENT,
      ),
      extraFieldPaths: ['review.criteria'],
      wouldMeet: { kind: 'request', text: 'within the general course', label: 'general course' },
      confirmed: false,
      confirmationNote: `${TABLE_STATUS} Surgeries not in the table: the reviewer answers.`,
    }),
    defineCriterion({
      id: 'ps-functional-improvement',
      statement:
        'A subsequent course needs documented functional improvement from the post-surgical visits so far.',
      whenNotMet: 'The records do not show functional improvement from the post-surgical visits so far',
      citation: RULES_CITATION,
      required: true,
      condition: isTrue(
        'item.postsurgicalFunctionalImprovement',
        'documented functional improvement from the initial course',
      ),
      wouldMeet: {
        kind: 'documentation',
        text: 'Documentation of functional improvement from the initial post-surgical course',
        label: 'functional improvement',
      },
      confirmed: false,
      confirmationNote: 'Unconfirmed [U]: the subsequent-course wording of 9792.24.3 was not retrieved.',
    }),
    REQUEST_BODY_PART_STATED,
  ],
};

/**
 * Surgery for the low back, the neck and upper back, the forearm, wrist and hand, and the ankle and
 * foot: the "Surgical Considerations" of the ACOEM 2004 chapters the MTUS adopted (2007-2017).
 * Each chapter refers a worker for surgery on red flags, or on an elective path whose parts are the
 * same across chapters: activity limitation past a month, conservative care that failed, and
 * clinical and special-study evidence of a lesion surgery is shown to help. The catalogue confirms
 * only the shoulder and knee chapters (surgery.ts); these are written from the chapters and tagged
 * unconfirmed. Chosen by body region, as the shoulder and knee sets are.
 */

import type { Condition, Criterion, GuidelineCitation, GuidelineSet } from '../guideline-schema';
import type { BodyRegion } from '../vocabularies';
import { allOf, atLeast, defineCriterion, isTrue, reCite } from './common';
import {
  ACOEM_2004_PERIOD,
  type AcoemChapter,
  CPMTG_2009_FROM,
  inRegion,
  notInCatalogue,
} from './procedure-common';
import { SURGERY_RED_FLAGS } from './surgery';

/** A criterion's id, its statement, and the letter's words when the records do not meet it. */
interface Wording {
  id: string;
  statement: string;
  whenNotMet: string;
}

interface RegionSurgery {
  slug: string;
  chapter: AcoemChapter | 'Elbow Complaints';
  /** The chapter's edition when it is not the ACOEM 2004 one (the elbow's 2007 revision). */
  revised?: { edition: string; effectiveFrom: string };
  /** Pages of the chapter's surgical considerations (our reading; the letters cite the section). */
  pages: string;
  regions: BodyRegion[];
  /** The red flags of this chapter, as the criterion names them: "cauda equina syndrome, fracture, ...". */
  redFlags: string;
  /** The elective path's criteria, in the order the panel lists them. */
  elective: { label: string; criteria: (citation: GuidelineCitation, note: string) => Criterion[] };
  note: string;
}

/**
 * A required criterion the chapters share: its condition and what would meet it, with the words
 * each chapter gives it. Written from the chapters, so unconfirmed (the note says so).
 */
const sharedCriterion =
  (condition: Condition, wouldMeet: { text: string; label: string }) =>
  ({ id, statement, whenNotMet }: Wording, citation: GuidelineCitation, note: string): Criterion =>
    defineCriterion({
      id,
      statement,
      whenNotMet,
      citation,
      required: true,
      condition,
      wouldMeet: { kind: 'documentation', ...wouldMeet },
      confirmed: false,
      confirmationNote: note,
    });

const limitationOverMonths = (months: number) =>
  sharedCriterion(
    allOf(
      isTrue('item.facts.functionLimitedByPain', 'symptoms that limit activity'),
      atLeast(
        'case.monthsFromInjuryToRequest',
        months,
        'months',
        `more than ${months === 1 ? '1 month' : `${months} months`} since the injury`,
      ),
    ),
    {
      text: `Documentation of activity limitation lasting more than ${months === 1 ? '1 month' : `${months} months`}`,
      label: 'activity limitation',
    },
  );
const limitationOverAMonth = limitationOverMonths(1);

const conservativeCareFailed = sharedCriterion(
  isTrue('item.facts.conservativeCareFailed', 'conservative care that failed'),
  {
    text: 'Documentation of the conservative care tried and how it failed',
    label: 'failed conservative care',
  },
);

const lesionEvidence = sharedCriterion(
  isTrue('item.facts.imagingCorroborates', 'imaging or electrodiagnostic findings that match the exam'),
  {
    text: 'Imaging (or electrodiagnostic) findings of a surgical lesion that match the exam',
    label: 'lesion evidence',
  },
);

function regionSurgerySet(spec: RegionSurgery): GuidelineSet {
  const edition = spec.revised?.edition ?? '2004';
  const citation: GuidelineCitation = {
    guideline: `MTUS ${spec.chapter}`,
    edition,
    section: 'Surgical Considerations',
    ...(spec.pages ? { pages: spec.pages } : {}),
  };
  const note = notInCatalogue(`ACOEM ${edition} ${spec.chapter} (Surgical Considerations)`);
  const elective = spec.elective.criteria(citation, note);
  return {
    id: `acoem-${edition}-${spec.slug}-surgery`,
    title: `MTUS ${spec.chapter} (ACOEM ${edition}): Surgical considerations`,
    guideline: `MTUS ${spec.chapter}`,
    edition,
    ...ACOEM_2004_PERIOD,
    ...(spec.revised ? { effectiveFrom: spec.revised.effectiveFrom } : {}),
    services: ['surgery'],
    appliesOnlyWhen: inRegion(...spec.regions),
    letterLine: { name: `MTUS ${spec.chapter} ${edition}`, style: 'sections' },
    requestNoun: 'request',
    decisionRule: {
      kind: 'any_path',
      paths: [
        { id: 'red-flags', label: 'red flags', criteria: [SURGERY_RED_FLAGS.id] },
        { id: 'elective', label: spec.elective.label, criteria: elective.map((criterion) => criterion.id) },
      ],
    },
    criteria: [
      {
        ...reCite(SURGERY_RED_FLAGS, citation, false, note),
        statement: `Red flags of a serious condition (${spec.redFlags}) call for surgical care.`,
        whenNotMet: `The records document no red flag of a serious condition (${spec.redFlags}) that would call for surgery`,
        asRequirement: `Red flags of a serious condition (${spec.redFlags})`,
      },
      ...elective,
    ],
    note: spec.note,
  };
}

// The low back and neck chapters ask the same of the spine; the letter says the same when it is missing.
const SPINE_LIMITATION_NOT_SHOWN =
  'The records do not show disabling radiating symptoms that have limited activity for more than 1 month';
const SPINE_CARE_NOT_SHOWN =
  'The records do not show that conservative care failed to resolve the radicular symptoms';
const SPINE_LESION_NOT_SHOWN =
  'The records do not show clinical, imaging and electrodiagnostic findings that point to the same lesion, one that surgery is shown to help';

export const LOW_BACK_SURGERY_SET = regionSurgerySet({
  slug: 'low-back',
  redFlags: 'cauda equina syndrome, fracture, tumor, infection, progressive neurologic deficit',
  chapter: 'Low Back Complaints',
  pages: '305-307',
  regions: ['low_back'],
  elective: {
    label:
      'disabling leg symptoms over a month, failed conservative care and matching evidence of the lesion',
    criteria: (citation, note) => [
      limitationOverAMonth(
        {
          id: 'spine-surgery-limitation-1-month',
          statement:
            'Severe, disabling radiating leg symptoms have limited activity for more than 1 month (or are progressing fast).',
          whenNotMet: SPINE_LIMITATION_NOT_SHOWN,
        },
        citation,
        note,
      ),
      conservativeCareFailed(
        {
          id: 'spine-surgery-conservative-failed',
          statement: 'Conservative care failed to resolve the disabling radicular symptoms.',
          whenNotMet: SPINE_CARE_NOT_SHOWN,
        },
        citation,
        note,
      ),
      lesionEvidence(
        {
          id: 'spine-surgery-lesion-evidence',
          statement:
            'Clinical, imaging and electrodiagnostic findings point to the same lesion, one that surgery is shown to help in the short and long term.',
          whenNotMet: SPINE_LESION_NOT_SHOWN,
        },
        citation,
        note,
      ),
    ],
  },
  note: 'ACOEM Ch. 12: spinal fusion is not supported without a fracture, a dislocation or a spondylolisthesis with instability (not encoded as a criterion: record it with an override and a note).',
});

export const NECK_SURGERY_SET = regionSurgerySet({
  slug: 'neck',
  redFlags: 'fracture, dislocation, tumor, infection, progressive neurologic deficit or myelopathy',
  chapter: 'Neck and Upper Back Complaints',
  pages: '179-180',
  regions: ['neck', 'thoracic'],
  elective: {
    label:
      'disabling arm symptoms over a month, unresolved radicular symptoms and matching evidence of the lesion',
    criteria: (citation, note) => [
      limitationOverAMonth(
        {
          id: 'spine-surgery-limitation-1-month',
          statement:
            'Persistent, severe and disabling shoulder or arm symptoms have limited activity for more than 1 month (or are progressing fast).',
          whenNotMet: SPINE_LIMITATION_NOT_SHOWN,
        },
        citation,
        note,
      ),
      conservativeCareFailed(
        {
          id: 'spine-surgery-conservative-failed',
          statement: 'Radicular symptoms remain unresolved after conservative care.',
          whenNotMet: SPINE_CARE_NOT_SHOWN,
        },
        citation,
        note,
      ),
      lesionEvidence(
        {
          id: 'spine-surgery-lesion-evidence',
          statement:
            'Clinical, imaging and electrodiagnostic findings consistently point to the same lesion, one that surgery is shown to help in the short and long term.',
          whenNotMet: SPINE_LESION_NOT_SHOWN,
        },
        citation,
        note,
      ),
    ],
  },
  note: 'Chosen for the neck and the upper back, as the chapter covers both.',
});

export const WRIST_HAND_SURGERY_SET = regionSurgerySet({
  slug: 'wrist-hand',
  redFlags: 'fracture, dislocation, infection, tendon or nerve injury with loss of function',
  chapter: 'Forearm, Wrist, and Hand Complaints',
  pages: '270-271',
  regions: ['forearm_wrist_hand'],
  elective: {
    label: 'failed conservative care and clinical and special-study evidence of the lesion',
    criteria: (citation, note) => [
      conservativeCareFailed(
        {
          id: 'hand-surgery-conservative-failed',
          statement: 'Conservative management, including worksite modification, failed.',
          whenNotMet:
            'The records do not show that conservative management, including worksite modification, failed',
        },
        citation,
        note,
      ),
      lesionEvidence(
        {
          id: 'hand-surgery-lesion-evidence',
          statement:
            'Clinical and special-study findings show a lesion surgery is shown to help; for carpal tunnel syndrome, positive exam findings supported by nerve conduction studies.',
          whenNotMet:
            'The records do not show clinical and special-study findings of a lesion that surgery is shown to help',
        },
        citation,
        note,
      ),
    ],
  },
  note: 'ACOEM Ch. 11: carpal tunnel release needs the diagnosis shown on exam and supported by nerve conduction studies; enter that as the special-study evidence.',
});

export const ANKLE_FOOT_SURGERY_SET = regionSurgerySet({
  slug: 'ankle-foot',
  redFlags: 'fracture, dislocation, infection, tendon rupture',
  chapter: 'Ankle and Foot Complaints',
  pages: '374-375',
  regions: ['ankle_foot'],
  elective: {
    label: 'activity limitation over a month, failed exercise and a matching imaging lesion',
    criteria: (citation, note) => [
      limitationOverAMonth(
        {
          id: 'foot-surgery-limitation-1-month',
          statement:
            'Activity has been limited for more than 1 month without signs of functional improvement.',
          whenNotMet:
            'The records do not show activity limited for more than 1 month without functional improvement',
        },
        citation,
        note,
      ),
      conservativeCareFailed(
        {
          id: 'foot-surgery-exercise-failed',
          statement: 'An exercise program to build motion and strength around the ankle and foot failed.',
          whenNotMet:
            'The records do not show that an exercise program for motion and strength around the ankle and foot failed',
        },
        citation,
        note,
      ),
      lesionEvidence(
        {
          id: 'foot-surgery-lesion-evidence',
          statement:
            'Clinical and imaging findings show a lesion surgery is shown to help in the short and long term.',
          whenNotMet:
            'The records do not show clinical and imaging findings of a lesion that surgery is shown to help',
        },
        citation,
        note,
      ),
    ],
  },
  note: 'Chosen for the ankle and the foot.',
});

/**
 * The elbow chapter the MTUS adopted in its 2007 revision (the letters print "MTUS Elbow Complaints
 * 2007"): referral for surgery after more than 3 months of limited activity, exercise that failed,
 * and clinical with electrodiagnostic or imaging evidence of a lesion surgery helps (for the ulnar
 * nerve at the elbow, a nerve conduction study).
 */
export const ELBOW_SURGERY_SET = regionSurgerySet({
  slug: 'elbow',
  chapter: 'Elbow Complaints',
  revised: { edition: '2007', effectiveFrom: CPMTG_2009_FROM },
  pages: '',
  regions: ['elbow'],
  redFlags: 'fracture, dislocation, infection, nerve or tendon injury with loss of function',
  elective: {
    label:
      'activity limitation over 3 months, failed exercise and clinical with special-study evidence of the lesion',
    criteria: (citation, note) => [
      limitationOverMonths(3)(
        {
          id: 'elbow-surgery-limitation-3-months',
          statement: 'Activity has been significantly limited for more than 3 months.',
          whenNotMet: 'The records do not show activity significantly limited for more than 3 months',
        },
        citation,
        note,
      ),
      conservativeCareFailed(
        {
          id: 'elbow-surgery-exercise-failed',
          statement:
            'Exercise to build motion and strength around the elbow, with the other conservative care, failed.',
          whenNotMet:
            'The records do not show that exercise and other conservative care for the elbow failed',
        },
        citation,
        note,
      ),
      lesionEvidence(
        {
          id: 'elbow-surgery-lesion-evidence',
          statement:
            'Clinical and electrodiagnostic or imaging findings show a lesion surgery is shown to help; for the ulnar nerve at the elbow, a nerve conduction study.',
          whenNotMet:
            'The records do not show clinical and electrodiagnostic or imaging findings of a lesion that surgery is shown to help',
        },
        citation,
        note,
      ),
    ],
  },
  note: 'Chosen for the elbow (cubital tunnel, epicondylitis, tendon repairs).',
});

export const REGION_SURGERY_SETS: GuidelineSet[] = [
  LOW_BACK_SURGERY_SET,
  NECK_SURGERY_SET,
  WRIST_HAND_SURGERY_SET,
  ANKLE_FOOT_SURGERY_SET,
  ELBOW_SURGERY_SET,
];

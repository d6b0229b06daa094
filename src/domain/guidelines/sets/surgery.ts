/**
 * Surgery-related services.
 * - Shoulder surgery: ACOEM 2004 Ch. 9 "Surgical Considerations" (confirmed catalogue 6.6,
 *   CM17-0006797, CM17-0014449). Knee arthroscopy: ACOEM 2004 Ch. 13 (CM17-0002892). Chosen by
 *   body part; other procedures go to the evidence hierarchy. Decision: red flags, or the elective
 *   path.
 * - Pre-operative tests: only with an authorized surgery, and only the tests the patient's
 *   conditions call for (confirmed catalogue 6.6; ODG preoperative testing).
 * - Consultations and referrals: a named specialty, a stated rationale and a reason the guideline
 *   names (ACOEM General Approaches; confirmed catalogue 6.6). A referral to a surgeon, for a body
 *   region whose chapter has surgical considerations, is judged by them: the chapters word those as
 *   when "referral for surgical consultation" is indicated.
 * Post-operative equipment (cold therapy, TENS, braces, other DME) is in dme.ts.
 */
import type { GuidelineSet } from '../guideline-schema';
import { allOf, anyOf, atLeast, atMost, cpmtg2016, defineCriterion, isTrue, oneOf, reCite } from './common';
import {
  ACOEM_2004_PERIOD,
  acoem2004,
  acoemLetterLine,
  cpmtgSetBase,
  inRegion,
  notInCatalogue,
  odg,
  odgLetterLine,
  QUANTITY_STATED,
  RATIONALE_STATED,
  SURGERY_AUTHORIZED,
} from './procedure-common';

const SHOULDER_SURGERY = acoem2004('Shoulder Complaints', 'Surgical Considerations');
const KNEE_SURGERY = acoem2004('Knee Complaints', 'Surgical Considerations');
const SHOULDER_LETTERS = 'Confirmed (confirmed catalogue 6.6): CM17-0006797, CM17-0014449.';

export const SURGERY_RED_FLAGS = defineCriterion({
  id: 'surgery-red-flags',
  statement:
    'Red flags of a serious condition (e.g. fracture, dislocation, acute tear with loss of function) call for surgical care.',
  whenNotMet:
    'The records document no red flag of a serious condition (such as a fracture, a dislocation or an acute tear with loss of function) that would call for surgery',
  asRequirement:
    'Red flags of a serious condition (e.g. fracture, dislocation, acute tear with loss of function)',
  citation: SHOULDER_SURGERY,
  required: true,
  condition: isTrue('item.facts.redFlags', 'red flags of a serious condition'),
  wouldMeet: { kind: 'documentation', text: 'Documentation of a red flag', label: 'red flags' },
  confirmed: true,
  confirmationNote: SHOULDER_LETTERS,
});

export const SURGERY_IMAGING_MATCHES = defineCriterion({
  id: 'surgery-imaging-matches-exam',
  statement: 'Imaging shows a lesion that matches the exam and that surgery is shown to help.',
  whenNotMet:
    'The records do not show an imaging lesion that matches the exam and that surgery is shown to help',
  citation: SHOULDER_SURGERY,
  required: true,
  condition: isTrue('item.facts.imagingCorroborates', 'an imaging lesion that matches the exam'),
  wouldMeet: {
    kind: 'documentation',
    text: 'Imaging findings of a surgical lesion that match the exam',
    label: 'imaging lesion',
  },
  confirmed: true,
  confirmationNote: `${SHOULDER_LETTERS} Knee: CM17-0002892.`,
});

export const SHOULDER_SURGERY_SET: GuidelineSet = {
  id: 'acoem-2004-shoulder-surgery',
  title: 'MTUS Shoulder Complaints (ACOEM 2004): Surgical considerations',
  guideline: 'MTUS Shoulder Complaints',
  edition: '2004',
  ...ACOEM_2004_PERIOD,
  services: ['surgery'],
  appliesOnlyWhen: inRegion('shoulder'),
  letterLine: acoemLetterLine('Shoulder Complaints'),
  requestNoun: 'request',
  decisionRule: {
    kind: 'any_path',
    paths: [
      { id: 'red-flags', label: 'red flags', criteria: ['surgery-red-flags'] },
      {
        id: 'elective',
        label: 'activity limitation over 4 months, 3-6 months of failed care and a matching imaging lesion',
        criteria: [
          'shoulder-surgery-limitation-4-months',
          'shoulder-surgery-conservative-3-months',
          'surgery-imaging-matches-exam',
        ],
      },
      {
        id: 'cuff-tear',
        label: 'a full-thickness rotator cuff tear that weakens the arm, matching the exam',
        criteria: ['shoulder-cuff-tear-weakness', 'surgery-imaging-matches-exam'],
      },
    ],
  },
  criteria: [
    SURGERY_RED_FLAGS,
    defineCriterion({
      id: 'shoulder-cuff-tear-weakness',
      statement:
        'A significant (full-thickness) rotator cuff tear that weakens arm elevation or rotation can be repaired without waiting out the months of care, particularly soon after the injury in a younger worker.',
      whenNotMet:
        'The records do not show a full-thickness rotator cuff tear that weakens arm elevation or rotation',
      asRequirement: 'A full-thickness rotator cuff tear weakens arm elevation or rotation',
      citation: SHOULDER_SURGERY,
      required: true,
      condition: isTrue(
        'item.facts.cuffTearWithWeakness',
        'a full-thickness rotator cuff tear with weakness of elevation or rotation',
      ),
      wouldMeet: {
        kind: 'documentation',
        text: 'Imaging of a full-thickness rotator cuff tear and weakness of elevation or rotation on the exam',
        label: 'cuff tear',
      },
      confirmed: false,
      confirmationNote:
        'Unconfirmed: ACOEM 2004 Ch. 9, Surgical Considerations (rotator cuff repair for significant tears that impair elevation or rotation); no letter in the pool turns on it. CM17-0006797 upheld an almost full-thickness tear after 6 PT sessions, which this path leaves to the others.',
    }),
    defineCriterion({
      id: 'shoulder-surgery-limitation-4-months',
      statement: 'Activity limitation (e.g. activity-limiting or night pain) has lasted more than 4 months.',
      whenNotMet:
        'The records do not show activity limitation (such as activity-limiting or night pain) lasting more than 4 months',
      citation: SHOULDER_SURGERY,
      required: true,
      condition: allOf(
        isTrue('item.facts.functionLimitedByPain', 'pain that limits activity'),
        atLeast(
          'case.monthsFromInjuryToRequest',
          4,
          'months',
          'more than 4 months since the injury (4 whole months)',
        ),
      ),
      wouldMeet: {
        kind: 'documentation',
        text: 'Documentation of activity limitation lasting more than 4 months',
        label: 'activity limitation',
      },
      confirmed: true,
      confirmationNote: SHOULDER_LETTERS,
    }),
    defineCriterion({
      id: 'shoulder-surgery-conservative-3-months',
      statement: 'Conservative care, including exercise, failed over 3-6 months.',
      whenNotMet:
        'The records do not show conservative care, including exercise, that failed over 3-6 months',
      citation: SHOULDER_SURGERY,
      required: true,
      condition: allOf(
        atLeast(
          'item.facts.conservativeCareWeeks',
          12,
          'weeks',
          'at least 3 months (12 weeks) of conservative care',
        ),
        isTrue('item.facts.conservativeCareFailed', 'conservative care that failed'),
      ),
      wouldMeet: {
        kind: 'documentation',
        text: 'Documentation of at least 3 months of failed conservative care',
        label: 'failed conservative care',
      },
      confirmed: true,
      confirmationNote: SHOULDER_LETTERS,
    }),
    SURGERY_IMAGING_MATCHES,
  ],
  note: 'SLAP repair (ODG, non-MTUS): type II and IV lesions (CM17-0014449).',
};

export const KNEE_SURGERY_SET: GuidelineSet = {
  id: 'acoem-2004-knee-surgery',
  title: 'MTUS Knee Complaints (ACOEM 2004): Surgical considerations',
  guideline: 'MTUS Knee Complaints',
  edition: '2004',
  ...ACOEM_2004_PERIOD,
  services: ['surgery'],
  appliesOnlyWhen: inRegion('knee'),
  letterLine: acoemLetterLine('Knee Complaints'),
  requestNoun: 'request',
  decisionRule: {
    kind: 'any_path',
    paths: [
      { id: 'red-flags', label: 'red flags', criteria: ['surgery-red-flags'] },
      {
        id: 'elective',
        label: 'activity limitation, failed exercise and a matching imaging lesion',
        criteria: [
          'knee-surgery-limitation-1-month',
          'knee-surgery-exercise-failed',
          'knee-meniscectomy-mechanical-symptoms',
          'surgery-imaging-matches-exam',
        ],
      },
    ],
  },
  criteria: [
    reCite(
      SURGERY_RED_FLAGS,
      KNEE_SURGERY,
      false,
      notInCatalogue('ACOEM 2004 Ch. 13 (Surgical Considerations)'),
    ),
    defineCriterion({
      id: 'knee-surgery-limitation-1-month',
      statement: 'Activity limitation has lasted more than 1 month.',
      whenNotMet: 'The records do not show activity limitation lasting more than 1 month',
      citation: KNEE_SURGERY,
      required: true,
      condition: allOf(
        isTrue('item.facts.functionLimitedByPain', 'pain that limits activity'),
        atLeast('case.monthsFromInjuryToRequest', 1, 'months', 'more than 1 month since the injury'),
      ),
      wouldMeet: {
        kind: 'documentation',
        text: 'Documentation of activity limitation lasting more than 1 month',
        label: 'activity limitation',
      },
      confirmed: false,
      confirmationNote: notInCatalogue('ACOEM 2004 Ch. 13 (Surgical Considerations)'),
    }),
    defineCriterion({
      id: 'knee-surgery-exercise-failed',
      statement: 'Conservative care, including an exercise program for motion and strength, failed.',
      whenNotMet:
        'The records do not show that conservative care, including an exercise program for motion and strength, failed',
      citation: KNEE_SURGERY,
      required: true,
      condition: isTrue('item.facts.conservativeCareFailed', 'failed conservative care'),
      wouldMeet: {
        kind: 'documentation',
        text: 'Documentation of failed conservative care',
        label: 'failed conservative care',
      },
      confirmed: true,
      confirmationNote:
        'Confirmed (confirmed catalogue 6.6): knee arthroscopy needs failed conservative care (CM17-0002892).',
    }),
    defineCriterion({
      id: 'knee-meniscectomy-mechanical-symptoms',
      statement:
        'A meniscectomy treats a clear tear with symptoms beyond pain (locking, catching, giving way, recurrent effusion) or clear signs of a tear on exam.',
      whenNotMet:
        'The records show pain without the locking, catching, giving way or clear exam signs of a tear that a meniscectomy treats',
      citation: KNEE_SURGERY,
      required: true,
      condition: isTrue(
        'item.facts.structuralLesionSuspected',
        'mechanical symptoms or clear exam signs of a tear',
      ),
      appliesWhen: {
        condition: oneOf(
          'item.requestedSurgery',
          ['meniscectomy'],
          'a meniscectomy or other knee arthroscopy',
        ),
        description: 'applies only to a meniscectomy or other knee arthroscopy',
      },
      wouldMeet: {
        kind: 'documentation',
        text: 'Documentation of locking, catching, giving way, recurrent effusion or clear exam signs of a tear',
        label: 'mechanical symptoms',
      },
      confirmed: false,
      confirmationNote: notInCatalogue('ACOEM 2004 Ch. 13 (Surgical Considerations, meniscectomy)'),
    }),
    reCite(SURGERY_IMAGING_MATCHES, KNEE_SURGERY, true, 'Confirmed (confirmed catalogue 6.6): CM17-0002892.'),
  ],
};

const PREOP = odg('Low Back', 'Preoperative testing, general');

export const PREOPERATIVE_TESTING_SET: GuidelineSet = {
  id: 'odg-preoperative-testing',
  title: 'Official Disability Guidelines (ODG) (non-MTUS): Preoperative testing',
  guideline: PREOP.guideline,
  edition: 'non-MTUS',
  ...ACOEM_2004_PERIOD,
  services: ['preoperative_testing'],
  letterLine: odgLetterLine('Low Back'),
  requestNoun: 'request',
  decisionRule: { kind: 'all_required' },
  criteria: [
    SURGERY_AUTHORIZED,
    defineCriterion({
      id: 'preop-tests-indicated',
      statement:
        "Pre-operative tests follow the patient's age, conditions and the surgery planned, not routine (e.g. no routine EKG before surgery in healthy people).",
      whenNotMet:
        "The records do not show that the patient's age, conditions or the surgery planned call for the tests requested (the guideline does not support routine pre-operative tests)",
      citation: PREOP,
      required: true,
      condition: isTrue(
        'item.facts.preopTestIndicated',
        "tests called for by the patient's age, conditions or the surgery",
      ),
      wouldMeet: {
        kind: 'documentation',
        text: 'Documentation of the age, conditions or surgical risk that call for each test',
        label: 'indication for the tests',
      },
      confirmed: false,
      confirmationNote:
        'Partly confirmed (confirmed catalogue 6.6): EKG not routine before surgery in healthy people (CM17-0013587, non-guideline sources); the ODG preoperative testing wording is unconfirmed.',
    }),
  ],
  note: 'Pre-op clearance, labs, EKG and chest x-ray are upheld with a denied surgery (confirmed catalogue 6.6).',
};

const REFERRAL = acoem2004('General Approaches', 'Cornerstones of Disability Prevention and Management');

export const CONSULTATION_SET: GuidelineSet = {
  id: 'acoem-2004-consultation',
  title: 'MTUS General Approaches (ACOEM 2004): Consultations and referrals',
  guideline: 'MTUS General Approaches',
  edition: '2004',
  ...ACOEM_2004_PERIOD,
  services: ['consultation'],
  letterLine: acoemLetterLine('General Approaches'),
  requestNoun: 'referral',
  judgedAsWhen: {
    condition: allOf(
      isTrue('item.facts.surgicalOpinionSought', 'a referral to a surgeon'),
      // The regions whose chapters have surgical considerations (the surgery sets; the elbow's is 2007).
      inRegion(
        'low_back',
        'neck',
        'thoracic',
        'shoulder',
        'knee',
        'forearm_wrist_hand',
        'ankle_foot',
        'elbow',
      ),
    ),
    serviceType: 'surgery',
    note: 'The referral is to a surgeon, and the chapter for the body region states when a referral for surgical consultation is indicated (ACOEM 2004, Surgical Considerations), so those criteria apply to it',
    confirmed: false,
    confirmationNote:
      'Not in the criteria catalogue: the ACOEM 2004 chapters (Low Back pp. 305-307, Neck pp. 179-180, and the shoulder, knee, wrist and hand, ankle and foot chapters) word their surgical considerations as indications for referral for surgical consultation; held-out summaries judged spine surgery consultations by them (ADR 022).',
  },
  decisionRule: { kind: 'all_required' },
  criteria: [
    defineCriterion({
      id: 'consult-specialty-named',
      statement:
        'The request names the specialty or specialist; visits with an unspecified specialist cannot be certified.',
      whenNotMet:
        'The request does not name the specialty or specialist, and visits with an unspecified specialist cannot be certified',
      citation: REFERRAL,
      required: true,
      condition: isTrue('item.facts.specialtyNamed', 'a named specialty or specialist'),
      wouldMeet: { kind: 'request', text: 'naming the specialty', label: 'specialty' },
      confirmed: true,
      confirmationNote:
        'Confirmed (confirmed catalogue 7, rule 10): visits with an unspecified specialist upheld (CM17-0013587).',
    }),
    RATIONALE_STATED,
    defineCriterion({
      id: 'consult-reason',
      statement:
        "The referral has a reason the guideline names: delayed recovery, an uncertain or complex diagnosis, or a plan of care (such as surgery, injections or a complex opioid regimen) that needs the specialist's expertise.",
      whenNotMet:
        'The records show no reason for the referral that the guideline names (delayed recovery, an uncertain or complex diagnosis, or a plan of care such as surgery that needs the specialist)',
      citation: REFERRAL,
      required: true,
      condition: anyOf(
        isTrue('item.facts.delayedRecovery', 'delayed recovery'),
        isTrue('item.facts.diagnosisUncertain', 'an uncertain or complex diagnosis'),
        isTrue('item.facts.surgeryConsidered', 'a treatment such as surgery under consideration'),
        isTrue('item.facts.specialistExpertiseNeeded', 'care that needs expertise the treater lacks'),
      ),
      wouldMeet: {
        kind: 'documentation',
        text: "Documentation of delayed recovery, an uncertain diagnosis or care that needs the specialist's expertise",
        label: 'reason for referral',
      },
      confirmed: false,
      confirmationNote:
        'Partly confirmed (confirmed catalogue 6.6): referral for delayed healing (ACOEM Cornerstones, CM17-0009441); the other reasons, including care that needs expertise the treater lacks (ACOEM Ch. 7, p. 127, as letters cite it), are unconfirmed.',
    }),
  ],
  note: 'Follow-up visits with the treating physician are "Office visits (follow-up)", under the 2016 CPMTG "Office visits".',
};

/**
 * Follow-up office visits: the 2016 CPMTG section "Office visits" (confirmed catalogue 6.6,
 * CM16-0231745, CM16-0236380): the need is individual, set by the worker's symptoms and signs,
 * clinical stability and the medications that need monitoring; the request must say how many.
 */
export const OFFICE_VISITS_2016_SET: GuidelineSet = {
  ...cpmtgSetBase('2016', 'office-visits', 'Office visits'),
  services: ['office_visit'],
  requestNoun: 'request',
  decisionRule: { kind: 'all_required' },
  criteria: [
    QUANTITY_STATED,
    defineCriterion({
      id: 'office-visit-individual-need',
      statement:
        "The records give the worker's own reason for the visits: symptoms or signs to follow, clinical stability to check, or medications that need monitoring.",
      whenNotMet:
        "The records give no reason of the worker's own for the visits (symptoms or signs to follow, stability to check, or medications to monitor)",
      asRequirement:
        "The records give the worker's own reason for the visits (symptoms or signs to follow, stability to check, or medications to monitor)",
      citation: cpmtg2016('Office visits'),
      required: true,
      condition: isTrue('item.facts.rationaleStated', 'a stated clinical reason for the visits'),
      wouldMeet: {
        kind: 'documentation',
        text: 'The clinical reason for the visits: symptoms or signs to follow, stability to check, or medications to monitor',
        label: 'reason for the visits',
      },
      confirmed: true,
      confirmationNote:
        'Confirmed (confirmed catalogue 6.6): 2016 "Office visits", the need is individualized (CM16-0231745, CM16-0236380).',
    }),
    defineCriterion({
      id: 'office-visit-not-a-fixed-series',
      statement:
        'The visits are few enough to be judged on the worker’s present condition (at most 3); a series fixed months ahead cannot be, because each visit’s need depends on how the worker is then.',
      whenNotMet:
        'The request fixes a series of visits months ahead, although each visit’s need depends on the worker’s condition at the time',
      asRequirement: 'No more visits than the present condition can justify (at most 3)',
      citation: cpmtg2016('Office visits'),
      required: true,
      condition: atMost(
        'item.quantity',
        3,
        'visits',
        'at most 3 visits, each judged on the present condition',
      ),
      wouldMeet: { kind: 'request', text: 'for no more than 3 visits', label: 'number of visits' },
      confirmed: false,
      confirmationNote:
        'Unconfirmed [U]: the individualized need of the 2016 "Office visits" section (confirmed catalogue 6.6) read as against a series set months ahead ("monthly for 6 months"); the limit of 3 is ours.',
    }),
  ],
};

export const SURGERY_SETS: GuidelineSet[] = [
  SHOULDER_SURGERY_SET,
  KNEE_SURGERY_SET,
  PREOPERATIVE_TESTING_SET,
  CONSULTATION_SET,
  OFFICE_VISITS_2016_SET,
];

/**
 * Equipment: TENS, cold therapy units, braces and other durable medical equipment.
 * - TENS: CPMTG 2009 pp. 114-116 ("Transcutaneous electrotherapy") and the 2016 section "TENS,
 *   chronic pain (transcutaneous electrical nerve stimulation)". Catalogue 3.10; confirmed
 *   catalogue 5.2. Decision: one path (chronic pain: a one-month rental trial or a purchase after
 *   a trial that helped; or post-operative use in the first 30 days). For neck and upper back
 *   complaints in the first months after injury, ACOEM 2004 Ch. 8 applies instead (TENS not
 *   recommended, CM17-0017776).
 * - Cold therapy units: ODG continuous-flow cryotherapy (post-operative, up to 7 days) and the
 *   dependency on an authorized surgery (confirmed catalogue 6.6).
 * - Braces and other DME: the ODG DME definition, a stated quantity and rationale (confirmed
 *   catalogue 6.6), with the ACOEM 2004 region rules for lumbar supports, cervical collars and
 *   knee braces (not in the catalogue).
 */
import type { Criterion, GuidelineSet } from '../guideline-schema';
import {
  allOf,
  anyOf,
  atLeast,
  atMost,
  cpmtg2009,
  cpmtg2016,
  defineCriterion,
  isTrue,
  noneOf,
  oneOf,
  reCite,
} from './common';
import {
  ACOEM_2004_PERIOD,
  acoem2004,
  acoemLetterLine,
  cpmtgSetBase,
  DME_CITATION,
  DME_DEFINITION,
  inRegion,
  notInCatalogue,
  odg,
  odgLetterLine,
  odgTopicSet,
  QUANTITY_STATED,
  RATIONALE_STATED,
  SURGERY_AUTHORIZED,
  SURGERY_AUTHORIZED_IF_POSTOPERATIVE,
  stillUnconfirmed,
} from './procedure-common';

// ---------- TENS ----------

const TENS_2009 = cpmtg2009('Transcutaneous electrotherapy', '114-116');
const TENS_2016_SECTION = 'TENS, chronic pain (transcutaneous electrical nerve stimulation)';
const TENS_UNCONFIRMED = stillUnconfirmed('3.10');
const PAGE_NOTE = 'The 2009 pages (114-116) are unconfirmed.';

/** For criteria that concern a rental or a purchase of a unit only. */
export const RENTAL = {
  condition: oneOf('item.rentalOrPurchase', ['rental'], 'a rental'),
  description: 'applies only to a rental',
};
export const PURCHASE = {
  condition: oneOf('item.rentalOrPurchase', ['purchase'], 'a purchase'),
  description: 'applies only to a purchase',
};

const TENS_GOALS = defineCriterion({
  id: 'tens-goals',
  statement: 'A treatment plan states specific short- and long-term goals for the unit.',
  whenNotMet: 'The records show no treatment plan with specific short- and long-term goals for the unit',
  citation: TENS_2009,
  required: true,
  condition: isTrue('item.facts.treatmentGoalsStated', 'specific short- and long-term goals'),
  wouldMeet: {
    kind: 'documentation',
    text: 'A treatment plan with specific short- and long-term goals for the unit',
    label: 'treatment goals',
  },
  confirmed: false,
  confirmationNote: TENS_UNCONFIRMED,
});

interface TensRule {
  criterion: Criterion;
  /** Confirmed by 2016-17 letters (the content; 2009 pages stay unconfirmed). */
  confirmedBy?: string;
}

const TENS_RULES: TensRule[] = [
  {
    criterion: defineCriterion({
      id: 'tens-adjunct-to-restoration',
      statement:
        'TENS is not a primary treatment: a home trial is an adjunct to an evidence-based functional restoration program.',
      whenNotMet:
        'The unit is not requested as an adjunct to an evidence-based functional restoration program, and the guideline does not support TENS as a primary treatment',
      citation: TENS_2009,
      required: true,
      condition: isTrue(
        'item.facts.adjunctToActiveTherapy',
        'use as an adjunct to an active functional restoration program',
      ),
      wouldMeet: {
        kind: 'documentation',
        text: 'Documentation of the active functional restoration program the unit supports',
        label: 'adjunct to functional restoration',
      },
      confirmed: false,
      confirmationNote: TENS_UNCONFIRMED,
    }),
    confirmedBy:
      'Confirmed (confirmed catalogue 5.2): CM16-0231745, CM16-0235869; same wording for EMS in CM17-0005344.',
  },
  {
    criterion: defineCriterion({
      id: 'tens-pain-3-months',
      statement: 'Pain has lasted at least 3 months (counted from the injury).',
      whenNotMet:
        'The request comes before pain has lasted as long as the guideline expects before TENS (counted from the injury)',
      citation: TENS_2009,
      required: true,
      condition: atLeast('case.monthsFromInjuryToRequest', 3, 'months', 'pain of at least 3 months'),
      confirmed: false,
      confirmationNote: TENS_UNCONFIRMED,
    }),
  },
  {
    criterion: defineCriterion({
      id: 'tens-other-modalities-failed',
      statement: 'Other appropriate pain modalities, including medication, were tried and failed.',
      whenNotMet:
        'The records do not show that other appropriate pain treatments, including medication, were tried and failed',
      citation: TENS_2009,
      required: true,
      condition: isTrue(
        'item.facts.conservativeCareFailed',
        'other pain modalities, including medication, tried and failed',
      ),
      wouldMeet: {
        kind: 'documentation',
        text: 'Documentation that other pain modalities, including medication, failed',
        label: 'failed modalities',
      },
      confirmed: false,
      confirmationNote: TENS_UNCONFIRMED,
    }),
  },
  {
    criterion: defineCriterion({
      id: 'tens-listed-condition',
      statement:
        'The condition is one TENS may help: neuropathic pain, CRPS, phantom limb pain, spasticity or multiple sclerosis.',
      whenNotMet:
        'The records do not show a condition TENS may help (neuropathic pain, CRPS, phantom limb pain, spasticity or multiple sclerosis)',
      citation: TENS_2009,
      required: true,
      condition: isTrue('item.facts.neuropathicCondition', 'one of the listed conditions'),
      wouldMeet: {
        kind: 'documentation',
        text: 'Documentation of neuropathic pain, CRPS, phantom limb pain, spasticity or multiple sclerosis',
        label: 'listed condition',
      },
      confirmed: false,
      confirmationNote: TENS_UNCONFIRMED,
    }),
  },
  {
    criterion: TENS_GOALS,
    confirmedBy:
      'Partly confirmed: physical methods need clearly stated treatment goals (ACOEM Ch. 3 p. 48, CM17-0017776); the TENS wording is unconfirmed.',
  },
  {
    criterion: defineCriterion({
      id: 'tens-rental-or-purchase',
      statement:
        'The request states whether the unit is rented (for the trial) or purchased (after a trial).',
      whenNotMet: 'The request does not state whether the unit is rented for a trial or purchased',
      citation: TENS_2009,
      required: true,
      condition: oneOf('item.rentalOrPurchase', ['rental', 'purchase'], 'a rental or a purchase'),
      wouldMeet: { kind: 'request', text: 'stating rental or purchase', label: 'rental or purchase' },
      confirmed: false,
      confirmationNote: TENS_UNCONFIRMED,
    }),
  },
  {
    criterion: defineCriterion({
      id: 'tens-rental-trial',
      statement: 'A rental is for a one-month home trial (rental is preferred to purchase during the trial).',
      whenNotMet: 'The rental requested runs longer than the one-month home trial the guideline allows',
      citation: TENS_2009,
      required: true,
      condition: atMost('item.facts.rentalDays', 30, 'days', 'a trial of up to one month (30 days)'),
      appliesWhen: RENTAL,
      wouldMeet: { kind: 'request', text: 'for a rental trial of up to 30 days', label: 'one-month trial' },
      confirmed: false,
      confirmationNote: TENS_UNCONFIRMED,
    }),
  },
  {
    criterion: defineCriterion({
      id: 'tens-purchase-after-trial',
      statement:
        'A purchase follows a completed one-month trial that documented how often the unit was used and its effect on pain and function.',
      whenNotMet:
        'The records do not show a completed one-month trial that recorded how often the unit was used and its effect on pain and function',
      citation: TENS_2009,
      required: true,
      condition: allOf(
        isTrue('item.facts.tensTrialCompleted', 'a completed one-month trial'),
        isTrue('item.facts.tensBenefitDocumented', 'documented use and effect on pain and function'),
      ),
      appliesWhen: PURCHASE,
      wouldMeet: {
        kind: 'documentation',
        text: 'Documentation of a completed one-month trial with its use and effect on pain and function',
        label: 'successful trial',
      },
      confirmed: false,
      confirmationNote: TENS_UNCONFIRMED,
    }),
  },
  {
    criterion: defineCriterion({
      id: 'tens-concurrent-treatment',
      statement: 'Other ongoing treatment, including medication use, was documented during the trial.',
      whenNotMet: 'The records do not show the other treatment, including medication, used during the trial',
      citation: TENS_2009,
      required: true,
      condition: isTrue(
        'item.facts.concurrentTreatmentDocumented',
        'other ongoing treatment documented during the trial',
      ),
      appliesWhen: PURCHASE,
      wouldMeet: {
        kind: 'documentation',
        text: 'Documentation of the other treatment and medication used during the trial',
        label: 'treatment during the trial',
      },
      confirmed: false,
      confirmationNote: TENS_UNCONFIRMED,
    }),
    confirmedBy: 'Confirmed (confirmed catalogue 5.2 #4): CM16-0235869.',
  },
  {
    criterion: defineCriterion({
      id: 'tens-postoperative-30-days',
      statement: 'After surgery, TENS is an option for acute post-operative pain in the first 30 days.',
      whenNotMet:
        'The request is not for acute post-operative pain confined to the first month after surgery, the one post-operative use the guideline allows',
      citation: TENS_2009,
      required: true,
      condition: allOf(
        isTrue('item.facts.postoperative', 'use after a surgery'),
        atMost('item.facts.rentalDays', 30, 'days', 'use within the first 30 days'),
      ),
      wouldMeet: { kind: 'request', text: 'for up to 30 days after surgery', label: 'post-operative use' },
      confirmed: false,
      confirmationNote: TENS_UNCONFIRMED,
    }),
  },
  { criterion: SURGERY_AUTHORIZED_IF_POSTOPERATIVE, confirmedBy: SURGERY_AUTHORIZED.confirmationNote },
];

const CHRONIC = [
  'tens-adjunct-to-restoration',
  'tens-pain-3-months',
  'tens-other-modalities-failed',
  'tens-listed-condition',
  'tens-goals',
];

const tensSet = (edition: '2009' | '2016', criteria: Criterion[]): GuidelineSet => ({
  ...cpmtgSetBase(edition, 'tens', edition === '2009' ? 'Transcutaneous electrotherapy' : TENS_2016_SECTION),
  services: ['tens'],
  requestNoun: 'unit',
  decisionRule: {
    kind: 'any_path',
    paths: [
      {
        id: 'chronic-pain',
        label: 'chronic pain: a one-month rental trial, or a purchase after a trial that helped',
        criteria: [
          ...CHRONIC,
          'tens-rental-or-purchase',
          'tens-rental-trial',
          'tens-purchase-after-trial',
          'tens-concurrent-treatment',
        ],
      },
      {
        id: 'postoperative',
        label: 'post-operative use in the first 30 days',
        criteria: ['tens-postoperative-30-days'],
      },
    ],
  },
  criteria,
  note: 'Two-lead units are standard; a four-lead unit needs a documented reason (not encoded). Interferential, H-wave and NMES units have their own sets (electrotherapy.ts), chosen by the kind of unit named.',
});

export const TENS_2009_SET = tensSet(
  '2009',
  TENS_RULES.map(({ criterion, confirmedBy }) =>
    criterion.id === SURGERY_AUTHORIZED_IF_POSTOPERATIVE.id
      ? criterion
      : reCite(criterion, TENS_2009, false, confirmedBy ? `${confirmedBy} ${PAGE_NOTE}` : TENS_UNCONFIRMED),
  ),
);

export const TENS_2016_SET = tensSet(
  '2016',
  TENS_RULES.map(({ criterion, confirmedBy }) =>
    criterion.id === SURGERY_AUTHORIZED_IF_POSTOPERATIVE.id
      ? criterion
      : reCite(
          criterion,
          cpmtg2016(TENS_2016_SECTION),
          confirmedBy?.startsWith('Confirmed') === true,
          confirmedBy ?? TENS_UNCONFIRMED,
        ),
  ),
);

/** ACOEM governs acute and subacute neck complaints; chronic pain (3 months or more) uses the CPMTG. */
export const NECK_TENS_SET: GuidelineSet = {
  id: 'acoem-2004-neck-tens',
  title: 'MTUS Neck and Upper Back Complaints (ACOEM 2004): TENS',
  guideline: 'MTUS Neck and Upper Back Complaints',
  edition: '2004',
  ...ACOEM_2004_PERIOD,
  services: ['tens'],
  appliesOnlyWhen: allOf(
    inRegion('neck', 'thoracic'),
    atMost('case.monthsFromInjuryToRequest', 2, 'months', 'a request within 3 months of the injury'),
    oneOf('item.stimulationUnit', ['tens', 'other']),
  ),
  letterLine: acoemLetterLine('Neck and Upper Back Complaints'),
  requestNoun: 'unit',
  decisionRule: { kind: 'all_required' },
  criteria: [
    defineCriterion({
      id: 'tens-neck-not-recommended',
      statement: 'TENS is not recommended for neck and upper back complaints.',
      whenNotMet:
        'The guideline does not recommend TENS for neck and upper back complaints, and this request is for the neck or upper back',
      citation: acoem2004('Neck and Upper Back Complaints', 'Summary', '181'),
      required: true,
      condition: {
        kind: 'not_recommended',
        text: 'ACOEM Ch. 8 Table 8-8 does not recommend TENS for neck and upper back complaints',
      },
      // The body part is what makes it apply: Go to field lands there.
      extraFieldPaths: ['bodyPart', 'review.criteria'],
      confirmed: true,
      confirmationNote:
        'Confirmed (confirmed catalogue 5.2, NEW): ACOEM Ch. 8 Table 8-8 p. 181 (CM17-0017776).',
    }),
    reCite(
      TENS_GOALS,
      acoem2004('General Approaches', 'Initial Approaches to Treatment', '48'),
      true,
      'Confirmed: physical methods need clearly stated treatment goals (ACOEM Ch. 3 p. 48, CM17-0017776).',
    ),
  ],
  note: 'Chosen for neck or upper back requests made within 3 months of the injury; later requests use the Chronic Pain guideline.',
};

// ---------- cold therapy units ----------

const CRYOTHERAPY = odg('Shoulder; Knee & Leg', 'Continuous-flow cryotherapy');

export const COLD_THERAPY_SET: GuidelineSet = {
  id: 'odg-continuous-flow-cryotherapy',
  title: 'Official Disability Guidelines (ODG) (non-MTUS): Continuous-flow cryotherapy',
  guideline: CRYOTHERAPY.guideline,
  edition: 'non-MTUS',
  ...ACOEM_2004_PERIOD,
  services: ['cold_therapy_unit'],
  letterLine: odgLetterLine('Shoulder; Knee & Leg'),
  requestNoun: 'unit',
  decisionRule: { kind: 'all_required' },
  criteria: [
    defineCriterion({
      id: 'cold-postoperative-only',
      statement:
        'A cold therapy unit is an option after surgery only; for other care, ice or heat applied at home works as well.',
      whenNotMet:
        'The unit is not for use after a surgery, and for other care the guideline finds ice or heat applied at home works as well',
      citation: CRYOTHERAPY,
      required: true,
      condition: isTrue('item.facts.postoperative', 'use after a surgery'),
      wouldMeet: {
        kind: 'documentation',
        text: 'Documentation that the unit is for use after a surgery',
        label: 'post-operative use',
      },
      confirmed: false,
      confirmationNote: `${notInCatalogue('ODG Shoulder and Knee (Continuous-flow cryotherapy)')} Home heat or cold works as well as applied units: ACOEM Low Back Physical Methods (CM16-0239569).`,
    }),
    SURGERY_AUTHORIZED,
    defineCriterion({
      id: 'cold-rental-7-days',
      statement: 'Post-operative use is a rental of up to 7 days, including home use.',
      whenNotMet:
        'The request is not a rental confined to the days of post-operative use the guideline allows',
      citation: CRYOTHERAPY,
      required: true,
      condition: allOf(
        oneOf('item.rentalOrPurchase', ['rental'], 'a rental'),
        atMost('item.facts.rentalDays', 7, 'days', 'up to 7 days'),
      ),
      wouldMeet: { kind: 'request', text: 'rented for no more than 7 days', label: 'duration' },
      confirmed: false,
      confirmationNote: notInCatalogue('ODG Shoulder and Knee (Continuous-flow cryotherapy)'),
    }),
  ],
  note: 'The MTUS is silent on continuous-flow cryotherapy units; ODG is reached under 8 CCR 9792.21.1. Items that depend on a denied surgery are upheld with it (confirmed catalogue 6.6).',
};

// ---------- braces and other DME ----------

const DME_CRITERIA = [DME_DEFINITION, QUANTITY_STATED, RATIONALE_STATED, SURGERY_AUTHORIZED_IF_POSTOPERATIVE];

export const DME_SET: GuidelineSet = {
  id: 'odg-durable-medical-equipment',
  title: 'Official Disability Guidelines (ODG) (non-MTUS): Durable medical equipment',
  guideline: DME_CITATION.guideline,
  edition: 'non-MTUS',
  ...ACOEM_2004_PERIOD,
  services: ['dme_other'],
  letterLine: odgLetterLine('Knee & Leg'),
  requestNoun: 'request',
  decisionRule: { kind: 'all_required' },
  criteria: DME_CRITERIA,
};

export const BRACE_SET: GuidelineSet = {
  ...DME_SET,
  id: 'odg-brace',
  title: 'Official Disability Guidelines (ODG) (non-MTUS): Braces and orthoses as durable medical equipment',
  services: ['brace'],
};

const POST_OP_EXCEPTION = allOf(
  isTrue('item.facts.postoperative', 'use after a surgery'),
  isTrue('item.facts.associatedSurgeryAuthorized', 'an authorized surgery'),
);

/**
 * A brace the region's ACOEM chapter speaks to: the chapter's indication is the clinical reason, and
 * the kind of item is not in doubt, so ODG's DME definition and stated-rationale checks (written for
 * equipment of doubtful kind, such as gloves or a knee scooter) are not asked again.
 */
const regionBrace = (
  id: string,
  chapter:
    | 'Low Back Complaints'
    | 'Neck and Upper Back Complaints'
    | 'Knee Complaints'
    | 'Forearm, Wrist, and Hand Complaints',
  regions: Parameters<typeof inRegion>,
  rule: Criterion,
  extra: Criterion[] = [],
): GuidelineSet => ({
  id,
  title: `MTUS ${chapter} (ACOEM 2004): Braces and supports`,
  guideline: `MTUS ${chapter}`,
  edition: '2004',
  ...ACOEM_2004_PERIOD,
  services: ['brace'],
  appliesOnlyWhen: inRegion(...regions),
  letterLine: acoemLetterLine(chapter),
  requestNoun: 'request',
  decisionRule: { kind: 'all_required' },
  criteria: [rule, ...extra, QUANTITY_STATED, SURGERY_AUTHORIZED_IF_POSTOPERATIVE],
});

/**
 * ODG (Knee & Leg, Knee brace; Forearm, Wrist & Hand, Splints): a custom-fabricated or custom-fitted
 * device is for what a prefabricated one cannot serve, such as abnormal limb contour, skin changes,
 * minimal muscle mass or severe instability; a working prefabricated one already owned is no reason.
 */
const CUSTOM_DEVICE_REASON = defineCriterion({
  id: 'custom-device-reason',
  statement:
    'A custom-made brace or splint needs a reason a prefabricated one will not do: abnormal limb contour or size, skin changes, minimal muscle mass, severe instability, or a prefabricated one that failed.',
  whenNotMet:
    'The records give no reason a prefabricated device will not do, such as abnormal limb contour, skin changes, minimal muscle mass or severe instability',
  asRequirement: 'A reason a prefabricated device will not do',
  citation: odg('Knee & Leg', 'Knee brace'),
  required: true,
  condition: isTrue('item.facts.customDeviceReason', 'a reason a prefabricated device will not do'),
  appliesWhen: {
    condition: isTrue('item.requestNamesCustomDevice', 'a custom-made device'),
    description: 'applies only to a custom-fabricated, custom-molded or custom-fitted device',
  },
  wouldMeet: {
    kind: 'documentation',
    text: 'Documentation of why a prefabricated device will not do',
    label: 'custom device',
  },
  confirmed: false,
  confirmationNote: notInCatalogue('ODG Knee & Leg (Knee brace) and Forearm, Wrist & Hand (Splints)'),
});

export const LUMBAR_SUPPORT_SET = regionBrace(
  'acoem-2004-lumbar-support',
  'Low Back Complaints',
  ['low_back'],
  defineCriterion({
    id: 'lumbar-support-not-beyond-acute',
    statement:
      'Lumbar supports have not shown lasting benefit beyond the acute phase of symptom relief; after an authorized spinal surgery a brace may be part of post-operative care, and for a vertebral compression fracture, spondylolisthesis or documented instability a support is an option (ODG Low Back, Lumbar supports).',
    whenNotMet:
      'The guideline does not recommend lumbar supports for treatment (they have not shown lasting benefit beyond the acute phase of symptom relief), and this request is neither for post-operative care after an authorized spinal surgery nor for a vertebral compression fracture, spondylolisthesis or documented instability',
    asRequirement:
      'The support is for post-operative care after an authorized spinal surgery, or for a vertebral compression fracture, spondylolisthesis or documented instability',
    citation: acoem2004('Low Back Complaints', 'Summary'),
    required: true,
    condition: {
      kind: 'unless',
      condition: { kind: 'not_recommended', text: 'lumbar supports are not recommended for treatment' },
      // The chapter's statement concerns non-specific back pain; ODG names the spine's structural
      // conditions a support is an option for.
      exceptions: [
        POST_OP_EXCEPTION,
        isTrue(
          'case.spinalSupportCondition',
          'a vertebral compression fracture, spondylolisthesis or spinal instability',
        ),
      ],
    },
    confirmed: false,
    confirmationNote: `${notInCatalogue('ACOEM 2004 Ch. 12 (lumbar supports, Table 12-8)')} The fracture, spondylolisthesis and instability exception: ${notInCatalogue('ODG Low Back (Lumbar supports)')}`,
  }),
  // After a fusion ODG prefers a standard brace, if any, to a custom one (for a fracture braced
  // without surgery it says nothing of the kind).
  [
    defineCriterion({
      id: 'custom-post-op-brace-reason',
      statement:
        'After a spinal fusion a standard brace, if any, is preferred to a custom one: a custom brace needs a reason a prefabricated one will not do.',
      whenNotMet: 'The records give no reason a prefabricated brace will not do after the operation',
      asRequirement: 'A reason a prefabricated brace will not do after the operation',
      citation: odg('Low Back', 'Back brace, post operative (fusion)'),
      required: true,
      condition: isTrue('item.facts.customDeviceReason', 'a reason a prefabricated device will not do'),
      appliesWhen: {
        condition: allOf(
          isTrue('item.requestNamesCustomDevice', 'a custom-made device'),
          isTrue('item.facts.postoperative', 'use after a surgery'),
        ),
        description: 'applies only to a custom-made brace for use after a surgery',
      },
      wouldMeet: {
        kind: 'documentation',
        text: 'Documentation of why a prefabricated brace will not do',
        label: 'custom brace',
      },
      confirmed: false,
      confirmationNote: notInCatalogue('ODG Low Back (Back brace, post operative (fusion))'),
    }),
  ],
);

export const CERVICAL_COLLAR_SET = regionBrace(
  'acoem-2004-cervical-collar',
  'Neck and Upper Back Complaints',
  // A collar is for the neck: a thoracic or thoracolumbar brace is a spinal support, not a collar.
  ['neck'],
  defineCriterion({
    id: 'cervical-collar-not-beyond-acute',
    statement:
      'Cervical collars are not recommended beyond 1-2 days of acute care; after an authorized cervical surgery a collar may be part of post-operative care, but not after a single-level anterior fusion with a plate (ODG Neck, Cervical collar, post operative).',
    whenNotMet:
      'The guideline does not recommend a cervical collar beyond 1-2 days of acute care, and this request is not for post-operative care after an authorized cervical surgery other than a single-level anterior fusion',
    asRequirement:
      'The collar is for post-operative care after an authorized cervical surgery other than a single-level anterior fusion',
    citation: acoem2004('Neck and Upper Back Complaints', 'Summary'),
    required: true,
    condition: {
      kind: 'unless',
      condition: {
        kind: 'not_recommended',
        text: 'cervical collars are not recommended beyond the first days',
      },
      exceptions: [
        allOf(
          POST_OP_EXCEPTION,
          noneOf(
            'item.postOpSupportSurgery',
            ['single_level_anterior_cervical_fusion'],
            'an operation other than a single-level anterior cervical fusion',
          ),
        ),
      ],
    },
    confirmed: false,
    confirmationNote: notInCatalogue('ACOEM 2004 Ch. 8 (Table 8-8)'),
  }),
);

export const KNEE_BRACE_SET = regionBrace(
  'acoem-2004-knee-brace',
  'Knee Complaints',
  ['knee'],
  defineCriterion({
    id: 'knee-brace-indication',
    statement:
      'A knee brace is for patellar instability, an ACL tear or MCL instability (mainly when the knee is stressed under load), or after an authorized knee surgery that repaired or reconstructed something (ODG Knee brace: not after an arthroscopy such as a meniscectomy that repairs nothing).',
    whenNotMet:
      'The records show no patellar, ACL or MCL instability, and the brace does not follow an authorized knee surgery that repaired or reconstructed something',
    citation: acoem2004('Knee Complaints', 'Summary'),
    required: true,
    condition: anyOf(
      isTrue('item.facts.kneeInstability', 'ligament or patellar instability'),
      allOf(
        POST_OP_EXCEPTION,
        noneOf(
          'item.postOpSupportSurgery',
          ['knee_arthroscopy_only'],
          'an operation that repaired or reconstructed something, not an arthroscopy alone',
        ),
      ),
    ),
    wouldMeet: {
      kind: 'documentation',
      text: 'Documentation of ligament or patellar instability, or of an authorized knee surgery',
      label: 'brace indication',
    },
    confirmed: false,
    confirmationNote: notInCatalogue('ACOEM 2004 Ch. 13 (knee braces)'),
  }),
  [CUSTOM_DEVICE_REASON],
);

export const WRIST_SPLINT_SET = regionBrace(
  'acoem-2004-wrist-splint',
  'Forearm, Wrist, and Hand Complaints',
  ['forearm_wrist_hand'],
  defineCriterion({
    id: 'wrist-splint-indication',
    statement:
      "A wrist splint in neutral position (at night, and by day as activity needs) is a first-line treatment for carpal tunnel syndrome and de Quervain's tenosynovitis; after an authorized hand or wrist surgery it may be part of post-operative care.",
    whenNotMet:
      "The records show no carpal tunnel syndrome or de Quervain's tenosynovitis, and the splint does not follow an authorized hand or wrist surgery",
    citation: acoem2004('Forearm, Wrist, and Hand Complaints', 'Initial Care', '264-265'),
    required: true,
    condition: anyOf(
      isTrue('item.facts.handInjectionCondition', "carpal tunnel syndrome or de Quervain's tenosynovitis"),
      POST_OP_EXCEPTION,
    ),
    wouldMeet: {
      kind: 'documentation',
      text: "Documentation of carpal tunnel syndrome or de Quervain's tenosynovitis, or of an authorized surgery",
      label: 'splint indication',
    },
    confirmed: false,
    confirmationNote: notInCatalogue('ACOEM 2004 Ch. 11 (splinting, Initial Care pp. 264-265; Table 11-7)'),
  }),
  [CUSTOM_DEVICE_REASON],
);

// ---------- a neck support pillow ----------

const PILLOW_CITATION = odg('Neck and Upper Back', 'Pillow');

/** ODG Neck and Upper Back: a neck support pillow helps while sleeping alongside daily exercise, not alone. */
export const NECK_PILLOW_SET: GuidelineSet = {
  ...odgTopicSet({
    id: 'odg-neck-pillow',
    title: 'Neck and Upper Back, Pillow',
    citation: PILLOW_CITATION,
    topic: 'Pillow',
    services: ['dme_other'],
    criteria: [
      defineCriterion({
        id: 'pillow-with-daily-exercise',
        statement:
          'A neck support pillow is an option while sleeping together with a daily exercise program; on its own it is not recommended.',
        whenNotMet: 'The records show no daily exercise program for the neck support pillow to go with',
        asRequirement: 'The pillow goes with a daily exercise program',
        citation: PILLOW_CITATION,
        required: true,
        condition: isTrue('item.facts.homeExerciseProgram', 'a daily (home) exercise program'),
        wouldMeet: {
          kind: 'documentation',
          text: 'Documentation of a daily exercise program the pillow goes with',
          label: 'daily exercise',
        },
        confirmed: false,
        confirmationNote: notInCatalogue('ODG Neck and Upper Back (Pillow)'),
      }),
      QUANTITY_STATED,
    ],
  }),
  appliesOnlyWhen: isTrue('item.requestNamesPillow', 'a request for a pillow'),
};

// ---------- continuous passive motion at home ----------

const CPM_KNEE_CITATION = odg('Knee & Leg', 'Continuous passive motion (CPM)');
const CPM_SHOULDER_CITATION = odg('Shoulder', 'Continuous passive motion (CPM)');
const KNEE_ONLY = { condition: inRegion('knee'), description: 'applies only to the knee' };
const SHOULDER_ONLY = { condition: inRegion('shoulder'), description: 'applies only to the shoulder' };

/**
 * ODG: continuous passive motion at home has little benefit in general. For the knee it may be
 * considered for up to 17 days after a total knee replacement when the knee is at risk of
 * stiffness; for the shoulder it is not for rotator cuff problems, but an option for adhesive
 * capsulitis, up to 4 weeks.
 */
export const CPM_SET: GuidelineSet = {
  ...odgTopicSet({
    id: 'odg-continuous-passive-motion',
    title: 'Knee & Leg; Shoulder, Continuous passive motion (CPM)',
    citation: CPM_KNEE_CITATION,
    topic: 'Continuous passive motion (CPM)',
    services: ['dme_other'],
    criteria: [
      defineCriterion({
        id: 'cpm-knee-after-replacement',
        statement:
          'For the knee, home use only after an authorized total knee replacement (or its revision).',
        whenNotMet: 'The device does not follow an authorized total knee replacement',
        asRequirement: 'Home use after an authorized total knee replacement',
        citation: CPM_KNEE_CITATION,
        required: true,
        condition: allOf(
          POST_OP_EXCEPTION,
          oneOf('item.surgeryKey', ['knee_arthroplasty'], 'a total knee replacement'),
        ),
        appliesWhen: KNEE_ONLY,
        wouldMeet: {
          kind: 'documentation',
          text: 'Documentation of the authorized knee replacement the device follows',
          label: 'knee replacement',
        },
        confirmed: false,
        confirmationNote: notInCatalogue('ODG Knee & Leg (Continuous passive motion)'),
      }),
      defineCriterion({
        id: 'cpm-knee-stiffness-risk',
        statement:
          'A knee at risk of stiffness: arthrofibrosis or an earlier manipulation under anesthesia, complex regional pain syndrome, a revision, or a worker unable to take part in active therapy.',
        whenNotMet: 'The records show no risk of a stiff knee that home CPM is kept for',
        asRequirement: 'The knee is at risk of stiffness after the operation',
        citation: CPM_KNEE_CITATION,
        required: true,
        condition: isTrue('item.facts.stiffKneeRisk', 'a knee at risk of stiffness'),
        appliesWhen: KNEE_ONLY,
        wouldMeet: {
          kind: 'documentation',
          text: 'Documentation of what puts the knee at risk of stiffness',
          label: 'stiffness risk',
        },
        confirmed: false,
        confirmationNote: notInCatalogue('ODG Knee & Leg (Continuous passive motion)'),
      }),
      defineCriterion({
        id: 'cpm-knee-17-days',
        statement: 'For the knee, up to 17 days of home use.',
        whenNotMet: 'The home use requested runs past 17 days',
        citation: CPM_KNEE_CITATION,
        required: true,
        condition: atMost('item.facts.rentalDays', 17, 'days', 'no more than 17 days of home use'),
        appliesWhen: KNEE_ONLY,
        wouldMeet: { kind: 'request', text: 'for no more than 17 days', label: '17 days' },
        confirmed: false,
        confirmationNote: notInCatalogue('ODG Knee & Leg (Continuous passive motion)'),
      }),
      defineCriterion({
        id: 'cpm-shoulder-adhesive-capsulitis',
        statement: 'For the shoulder, not for rotator cuff problems; an option for adhesive capsulitis.',
        whenNotMet:
          'The records show no adhesive capsulitis, the one shoulder condition CPM is an option for',
        asRequirement: 'Adhesive capsulitis is diagnosed',
        citation: CPM_SHOULDER_CITATION,
        required: true,
        condition: isTrue('case.adhesiveCapsulitisDiagnosed', 'adhesive capsulitis in the diagnoses'),
        appliesWhen: SHOULDER_ONLY,
        wouldMeet: {
          kind: 'documentation',
          text: 'Documentation of adhesive capsulitis',
          label: 'adhesive capsulitis',
        },
        confirmed: false,
        confirmationNote: notInCatalogue('ODG Shoulder (Continuous passive motion)'),
      }),
      defineCriterion({
        id: 'cpm-shoulder-4-weeks',
        statement: 'For adhesive capsulitis, up to 4 weeks of use.',
        whenNotMet: 'The use requested runs past 4 weeks',
        citation: CPM_SHOULDER_CITATION,
        required: true,
        condition: atMost('item.facts.rentalDays', 28, 'days', 'no more than 4 weeks (28 days)'),
        appliesWhen: SHOULDER_ONLY,
        wouldMeet: { kind: 'request', text: 'for no more than 4 weeks', label: '4 weeks' },
        confirmed: false,
        confirmationNote: notInCatalogue('ODG Shoulder (Continuous passive motion)'),
      }),
    ],
  }),
  appliesOnlyWhen: allOf(
    isTrue('item.requestNamesCpm', 'a request for continuous passive motion'),
    inRegion('knee', 'shoulder'),
  ),
};

// ---------- an abduction pillow sling after a rotator cuff repair ----------

const ABDUCTION_SLING_CITATION = odg('Shoulder', 'Postoperative abduction pillow sling');

/**
 * ODG Shoulder: an abduction pillow sling is an option after the open repair of a large or massive
 * rotator cuff tear, where it keeps tension off the repair; after an arthroscopic repair of a smaller
 * tear a standard sling does.
 */
export const ABDUCTION_SLING_SET: GuidelineSet = {
  ...odgTopicSet({
    id: 'odg-abduction-pillow-sling',
    title: 'Shoulder, Postoperative abduction pillow sling',
    citation: ABDUCTION_SLING_CITATION,
    topic: 'Postoperative abduction pillow sling',
    services: ['brace', 'dme_other'],
    criteria: [
      defineCriterion({
        id: 'abduction-sling-large-cuff-repair',
        statement:
          'An option after the open repair of a large or massive rotator cuff tear; not after an arthroscopic repair of a smaller tear, where a standard sling does.',
        whenNotMet:
          'The sling does not follow an authorized open repair of a large or massive rotator cuff tear',
        asRequirement: 'The sling follows an authorized open repair of a large or massive rotator cuff tear',
        citation: ABDUCTION_SLING_CITATION,
        required: true,
        condition: allOf(
          POST_OP_EXCEPTION,
          oneOf('item.postOpSupportSurgery', ['large_cuff_repair'], 'an open or large rotator cuff repair'),
        ),
        wouldMeet: {
          kind: 'documentation',
          text: 'Documentation of an authorized open repair of a large or massive rotator cuff tear',
          label: 'large cuff repair',
        },
        confirmed: false,
        confirmationNote: notInCatalogue('ODG Shoulder (Postoperative abduction pillow sling)'),
      }),
      QUANTITY_STATED,
    ],
  }),
  appliesOnlyWhen: isTrue('item.requestNamesAbductionSling', 'a request for an abduction pillow sling'),
};

// ---------- a bone growth stimulator after a spinal fusion ----------

const BONE_GROWTH_STIMULATOR_CITATION = odg('Low Back', 'Bone growth stimulators (BGS)');

/**
 * ODG Low Back: an external bone growth stimulator is under study, and may be considered as an
 * adjunct to a spinal fusion in a worker at risk of the fusion failing (an earlier failed fusion,
 * grade III or worse spondylolisthesis, more than one level, current smoking, diabetes, renal
 * disease, alcoholism, significant osteoporosis). A stimulator for a long-bone fracture is not this
 * set's: it keeps the general DME rules.
 */
export const BONE_GROWTH_STIMULATOR_SET: GuidelineSet = {
  ...odgTopicSet({
    id: 'odg-bone-growth-stimulator',
    title: 'Low Back, Bone growth stimulators (BGS)',
    citation: BONE_GROWTH_STIMULATOR_CITATION,
    topic: 'Bone growth stimulators (BGS)',
    services: ['dme_other'],
    criteria: [
      defineCriterion({
        id: 'bgs-after-spinal-fusion',
        statement:
          'Only as an adjunct to a spinal fusion: the stimulator is for use after an authorized fusion.',
        whenNotMet: 'The stimulator does not follow an authorized spinal fusion',
        asRequirement: 'The stimulator is for use after an authorized spinal fusion',
        citation: BONE_GROWTH_STIMULATOR_CITATION,
        required: true,
        condition: allOf(
          isTrue('item.facts.postoperative', 'use after a surgery'),
          isTrue('item.facts.associatedSurgeryAuthorized', 'an authorized surgery'),
          oneOf('item.surgeryKey', ['lumbar_fusion', 'cervical_fusion'], 'a spinal fusion'),
        ),
        wouldMeet: {
          kind: 'documentation',
          text: 'Documentation of the authorized spinal fusion the stimulator is for',
          label: 'spinal fusion',
        },
        confirmed: false,
        confirmationNote: notInCatalogue('ODG Low Back (Bone growth stimulators)'),
      }),
      defineCriterion({
        id: 'bgs-fusion-risk-factor',
        statement:
          'A risk factor for a failed fusion: an earlier failed fusion, grade III or worse spondylolisthesis, a fusion of more than one level, current smoking, diabetes, renal disease, alcoholism or significant osteoporosis.',
        whenNotMet: 'The records show none of the risk factors for a failed fusion that the guideline lists',
        asRequirement: 'A risk factor for a failed fusion is documented',
        citation: BONE_GROWTH_STIMULATOR_CITATION,
        required: true,
        condition: isTrue('item.facts.fusionRiskFactor', 'a risk factor for a failed fusion'),
        wouldMeet: {
          kind: 'documentation',
          text: 'Documentation of a risk factor for a failed fusion',
          label: 'fusion risk factor',
        },
        confirmed: false,
        confirmationNote: notInCatalogue('ODG Low Back (Bone growth stimulators)'),
      }),
      QUANTITY_STATED,
    ],
  }),
  appliesOnlyWhen: allOf(
    isTrue('item.requestNamesBoneGrowthStimulator', 'a request for a bone growth stimulator'),
    inRegion('low_back', 'neck', 'thoracic'),
  ),
};

// ---------- hot and cold packs ----------

const PACKS_CITATION = odg('Low Back; Neck and Upper Back; Knee & Leg', 'Cold/heat packs');

/**
 * ODG (the Low Back, Neck and Knee chapters alike): packs applied at home are an option for acute
 * pain, cold in the first days and heat or cold after. ACOEM 2004 Low Back finds home heat or cold
 * as effective as a therapist's (confirmed catalogue 5.2, CM16-0239569).
 */
export const HOT_COLD_PACKS_SET: GuidelineSet = {
  ...odgTopicSet({
    id: 'odg-hot-cold-packs',
    title: 'Cold/heat packs',
    citation: PACKS_CITATION,
    topic: 'Cold/heat packs',
    services: ['dme_other'],
    criteria: [
      defineCriterion({
        id: 'packs-acute-pain',
        statement: 'Hot or cold packs applied at home are an option for acute pain.',
        whenNotMet:
          'The request falls after the acute period of the injury, and the guideline supports hot or cold packs for acute pain',
        citation: PACKS_CITATION,
        required: true,
        condition: atMost(
          'case.monthsFromInjuryToRequest',
          2,
          'months',
          'acute pain: a request within 3 months of the injury',
        ),
        confirmed: false,
        confirmationNote: `${notInCatalogue('ODG (Cold/heat packs)')} Home heat or cold works as well as a therapist's: ACOEM Low Back Physical Methods (CM16-0239569).`,
      }),
      QUANTITY_STATED,
    ],
  }),
  appliesOnlyWhen: isTrue('item.requestNamesHotColdPacks', 'a request for hot or cold packs'),
};

// ---------- a home exercise kit for the shoulder ----------

const EXERCISE_KIT_CITATION = odg('Shoulder', 'Home exercise kits');

/**
 * ODG Shoulder: a home exercise kit is recommended where a home exercise program is, to carry out
 * the self-directed program active therapy moves to. Other regions' kits are judged as equipment.
 */
export const SHOULDER_EXERCISE_KIT_SET: GuidelineSet = {
  ...odgTopicSet({
    id: 'odg-shoulder-home-exercise-kit',
    title: 'Shoulder, Home exercise kits',
    citation: EXERCISE_KIT_CITATION,
    topic: 'Home exercise kits',
    services: ['dme_other'],
    criteria: [
      defineCriterion({
        id: 'exercise-kit-home-program',
        statement: 'A home exercise kit is recommended where a home exercise program is part of the care.',
        whenNotMet: 'The records show no home exercise program for the kit to carry out',
        asRequirement: 'A home exercise program is part of the care, for the kit to carry out',
        citation: EXERCISE_KIT_CITATION,
        required: true,
        condition: isTrue('item.facts.homeExerciseProgram', 'a home exercise program'),
        wouldMeet: {
          kind: 'documentation',
          text: 'Documentation of the home exercise program the kit carries out',
          label: 'home exercise',
        },
        confirmed: false,
        confirmationNote: notInCatalogue('ODG Shoulder (Home exercise kits)'),
      }),
      QUANTITY_STATED,
    ],
  }),
  appliesOnlyWhen: allOf(
    isTrue('item.requestNamesHomeExerciseKit', 'a request for a home exercise kit'),
    inRegion('shoulder'),
  ),
};

// ---------- foot orthotics ----------

const ORTHOTICS_CITATION = acoem2004('Ankle and Foot Complaints', 'Initial Care', '371');

/**
 * ACOEM 2004 Ch. 14: rigid full-length orthotics that realign the foot can ease pain on walking and
 * disability in plantar fasciitis and metatarsalgia; the chapter names no other use for them.
 */
export const FOOT_ORTHOTICS_SET: GuidelineSet = {
  id: 'acoem-2004-foot-orthotics',
  title: 'MTUS Ankle and Foot Complaints (ACOEM 2004): Orthotics',
  guideline: 'MTUS Ankle and Foot Complaints',
  edition: '2004',
  ...ACOEM_2004_PERIOD,
  services: ['brace', 'dme_other'],
  appliesOnlyWhen: isTrue('item.requestNamesFootOrthotic', 'a request for foot orthotics or shoe inserts'),
  letterLine: acoemLetterLine('Ankle and Foot Complaints'),
  requestNoun: 'request',
  decisionRule: { kind: 'all_required' },
  criteria: [
    defineCriterion({
      id: 'foot-orthotics-indication',
      statement:
        'Rigid foot orthotics are an option for plantar fasciitis or metatarsalgia, to ease pain on walking and disability.',
      whenNotMet: 'The records show no plantar fasciitis or metatarsalgia for the orthotics to treat',
      citation: ORTHOTICS_CITATION,
      required: true,
      condition: isTrue('item.facts.footOrthoticCondition', 'plantar fasciitis or metatarsalgia'),
      wouldMeet: {
        kind: 'documentation',
        text: 'Documentation of plantar fasciitis or metatarsalgia',
        label: 'orthotics indication',
      },
      confirmed: false,
      confirmationNote: notInCatalogue('ACOEM 2004 Ch. 14 (orthotics, Initial Care p. 371)'),
    }),
    QUANTITY_STATED,
  ],
};

// ---------- home cervical traction ----------

const TRACTION_CITATION = odg('Neck and Upper Back', 'Traction (mechanical)');

/**
 * ODG Neck and Upper Back: a home traction device the patient controls is an option for radicular
 * symptoms together with a home exercise program; powered devices and traction alone are not.
 */
export const NECK_TRACTION_SET: GuidelineSet = {
  ...odgTopicSet({
    id: 'odg-neck-traction',
    title: 'Neck and Upper Back, Traction (mechanical)',
    citation: TRACTION_CITATION,
    topic: 'Traction (mechanical)',
    services: ['dme_other'],
    criteria: [
      defineCriterion({
        id: 'traction-radicular-symptoms',
        statement: 'Home patient-controlled cervical traction is an option for radicular symptoms.',
        whenNotMet: 'The records show no radicular symptoms for home cervical traction to treat',
        citation: TRACTION_CITATION,
        required: true,
        condition: isTrue('item.facts.radicularSymptoms', 'radicular symptoms'),
        wouldMeet: {
          kind: 'documentation',
          text: 'Documentation of radicular symptoms',
          label: 'radicular symptoms',
        },
        confirmed: false,
        confirmationNote: notInCatalogue('ODG Neck and Upper Back (Traction)'),
      }),
      defineCriterion({
        id: 'traction-with-home-exercise',
        statement: 'The traction goes with a home exercise program, not on its own.',
        whenNotMet: 'The records show no home exercise program for the traction to go with',
        citation: TRACTION_CITATION,
        required: true,
        condition: isTrue('item.facts.homeExerciseProgram', 'a home exercise program'),
        wouldMeet: {
          kind: 'documentation',
          text: 'Documentation of the home exercise program the traction goes with',
          label: 'home exercise',
        },
        confirmed: false,
        confirmationNote: notInCatalogue('ODG Neck and Upper Back (Traction)'),
      }),
      QUANTITY_STATED,
    ],
  }),
  appliesOnlyWhen: allOf(isTrue('item.requestNamesTraction', 'a request for traction'), inRegion('neck')),
};

export const DME_SETS: GuidelineSet[] = [
  TENS_2009_SET,
  TENS_2016_SET,
  NECK_TENS_SET,
  COLD_THERAPY_SET,
  DME_SET,
  BRACE_SET,
  LUMBAR_SUPPORT_SET,
  CERVICAL_COLLAR_SET,
  KNEE_BRACE_SET,
  WRIST_SPLINT_SET,
  NECK_PILLOW_SET,
  BONE_GROWTH_STIMULATOR_SET,
  ABDUCTION_SLING_SET,
  CPM_SET,
  FOOT_ORTHOTICS_SET,
  NECK_TRACTION_SET,
  HOT_COLD_PACKS_SET,
  SHOULDER_EXERCISE_KIT_SET,
];

/**
 * Trigger point, joint and platelet-rich plasma injections.
 * - Trigger point injections: CPMTG 2009 p. 122 and the 2016 section of the same name. Not in the
 *   research catalogue: written from the usual reading of the guideline, all unconfirmed.
 * - Shoulder corticosteroid injection: ACOEM 2004 Ch. 9 (the MTUS). Not in the catalogue.
 * - Knee corticosteroid and hyaluronic acid injections: ODG Knee & Leg (ACOEM 2004 Ch. 13 calls
 *   cortisone injections "not routinely indicated" and is silent on hyaluronic acid). Not in the
 *   catalogue.
 * - Platelet-rich plasma: ODG "under study" (confirmed catalogue 4.3, CM17-0004547).
 * - Hip (trochanteric bursa) injections: ODG Hip & Pelvis. Not in the catalogue.
 * - Elbow corticosteroid injection: the MTUS elbow chapter (2007 revision). Not in the catalogue.
 * Joint injection sets are chosen by body part and injectate; other joints and injectates go to
 * the evidence hierarchy. Decision rule for each: all required criteria.
 */
import type { Condition, Criterion, GuidelineSet } from '../guideline-schema';
import type { BodyRegion } from '../vocabularies';
import {
  allOf,
  anyOf,
  atLeast,
  atMost,
  cpmtg2009,
  cpmtg2016,
  defineCriterion,
  isFalse,
  isTrue,
  JUDGMENT,
  oneOf,
  reCite,
} from './common';
import {
  ACOEM_2004_PERIOD,
  type AcoemChapter,
  acoem2004,
  acoemLetterLine,
  CPMTG_2009_FROM,
  cpmtgSetBase,
  inRegion,
  notInCatalogue,
  odg,
  odgLetterLine,
} from './procedure-common';

const AFTER_A_PRIOR_ONE = {
  condition: atLeast('item.priorSameProcedures', 1, 'injections', 'a prior injection of the same kind'),
  description: 'applies only when a prior injection of the same kind is recorded for this region',
};

// ---------- trigger point injections ----------

const TPI_SECTION = 'Trigger point injections';
const TPI_2009 = cpmtg2009(TPI_SECTION, '122');
const TPI_NOTE = notInCatalogue('CPMTG 2009 p. 122 (Trigger point injections)');

const tpi2009: Criterion[] = [
  defineCriterion({
    id: 'tpi-trigger-points',
    statement:
      'Circumscribed trigger points with a twitch response and referred pain are documented on exam.',
    whenNotMet:
      'The records do not show circumscribed trigger points with a twitch response and referred pain on exam',
    citation: TPI_2009,
    required: true,
    condition: isTrue(
      'item.facts.triggerPointsDocumented',
      'trigger points with twitch response and referred pain',
    ),
    wouldMeet: {
      kind: 'documentation',
      text: 'Exam documentation of trigger points with a twitch response and referred pain',
      label: 'trigger points',
    },
    confirmed: false,
    confirmationNote: TPI_NOTE,
  }),
  defineCriterion({
    id: 'tpi-symptoms-3-months',
    statement: 'Symptoms have lasted more than 3 months (counted from the injury).',
    whenNotMet:
      'The symptoms, counted from the injury, have not lasted as long as the guideline expects before trigger point injections',
    citation: TPI_2009,
    required: true,
    condition: atLeast('case.monthsFromInjuryToRequest', 3, 'months', 'symptoms for more than 3 months'),
    confirmed: false,
    confirmationNote: TPI_NOTE,
  }),
  defineCriterion({
    id: 'tpi-medical-management-failed',
    statement:
      'Medical management (ongoing stretching, physical therapy, NSAIDs, muscle relaxants) did not control the pain.',
    whenNotMet:
      'The records do not show medical management (ongoing stretching, physical therapy, NSAIDs, muscle relaxants) that failed to control the pain',
    citation: TPI_2009,
    required: true,
    condition: isTrue('item.facts.conservativeCareFailed', 'failed medical management'),
    wouldMeet: {
      kind: 'documentation',
      text: 'Documentation that stretching, therapy and medication did not control the pain',
      label: 'failed medical management',
    },
    confirmed: false,
    confirmationNote: TPI_NOTE,
  }),
  defineCriterion({
    id: 'tpi-no-radiculopathy',
    statement: 'Radiculopathy is not present (by exam, imaging or neurologic testing).',
    whenNotMet: 'Radiculopathy is present (by exam, imaging or neurologic testing)',
    citation: TPI_2009,
    required: true,
    condition: isFalse('item.facts.neuroDeficit', 'no radiculopathy'),
    confirmed: false,
    confirmationNote: TPI_NOTE,
  }),
  defineCriterion({
    id: 'tpi-per-session',
    statement: 'No more than 3-4 injections per session.',
    whenNotMet: 'The request has more injections per session than the guideline allows',
    citation: TPI_2009,
    required: true,
    condition: atMost('item.quantity', 4, 'injections', 'at most 4 injections per session'),
    wouldMeet: { kind: 'request', text: 'of no more than 3-4 injections', label: 'injections per session' },
    confirmed: false,
    confirmationNote: TPI_NOTE,
  }),
  defineCriterion({
    id: 'tpi-repeat-after-relief',
    statement:
      'A repeat injection needs more than 50% relief for 6 weeks after the last one, with documented functional improvement.',
    whenNotMet:
      'The response to the last injection falls short of the lasting relief and functional improvement a repeat injection needs',
    citation: TPI_2009,
    required: true,
    condition: allOf(
      atLeast('item.lastSameProcedureReliefPercent', 50, '%', 'at least 50% relief from the last injection'),
      atLeast('item.lastSameProcedureReliefWeeks', 6, 'weeks', 'relief lasting at least 6 weeks'),
      isTrue('item.facts.functionalImprovementAfterPrior', 'functional improvement after the last injection'),
    ),
    appliesWhen: AFTER_A_PRIOR_ONE,
    wouldMeet: {
      kind: 'documentation',
      text: 'Documentation of more than 50% relief for 6 weeks and functional improvement after the last injection',
      label: 'response to the prior injection',
    },
    confirmed: false,
    confirmationNote: TPI_NOTE,
  }),
  defineCriterion({
    id: 'tpi-repeat-interval',
    statement: 'Injections are no more often than every 2 months.',
    whenNotMet: 'The injection is requested sooner after the last one than the guideline allows',
    citation: TPI_2009,
    required: true,
    condition: atLeast(
      'item.monthsSinceLastSameProcedure',
      2,
      'months',
      'at least 2 months since the last injection',
    ),
    appliesWhen: AFTER_A_PRIOR_ONE,
    wouldMeet: {
      kind: 'request',
      text: 'made at least 2 months after the last injection',
      label: 'interval',
    },
    confirmed: false,
    confirmationNote: TPI_NOTE,
  }),
];

const tpiSet = (edition: '2009' | '2016', criteria: Criterion[]): GuidelineSet => ({
  ...cpmtgSetBase(edition, 'trigger-point-injections', TPI_SECTION),
  services: ['trigger_point_injection'],
  requestNoun: 'request',
  decisionRule: { kind: 'all_required' },
  criteria,
});

export const TPI_2009_SET = tpiSet('2009', tpi2009);
export const TPI_2016_SET = tpiSet(
  '2016',
  tpi2009.map((criterion) =>
    reCite(
      criterion,
      cpmtg2016(TPI_SECTION),
      false,
      notInCatalogue('the 2016 CPMTG section "Trigger point injections"'),
    ),
  ),
);

// ---------- joint injections ----------

const isInjectate = (value: 'corticosteroid' | 'hyaluronic_acid' | 'prp'): Condition =>
  oneOf('item.injectate', [value], `a ${value.replaceAll('_', ' ')} injection`);

const CARE_FAILED = isTrue(
  'item.facts.conservativeCareFailed',
  'conservative care tried without adequate improvement',
);

export const JOINT_CARE_FAILED = defineCriterion({
  id: 'joint-conservative-care-failed',
  statement:
    'Conservative care (exercise and medication such as NSAIDs or acetaminophen) did not control the symptoms.',
  whenNotMet:
    'The records do not show conservative care (exercise and medication such as NSAIDs or acetaminophen) that failed to control the symptoms',
  citation: acoem2004('Shoulder Complaints', 'Initial Care'),
  required: true,
  condition: CARE_FAILED,
  wouldMeet: {
    kind: 'documentation',
    text: 'Documentation that exercise and medication did not control the symptoms',
    label: 'failed conservative care',
  },
  confirmed: false,
  confirmationNote: notInCatalogue('ACOEM 2004 Ch. 9 and ODG Knee & Leg'),
});

export const JOINT_PAIN_LIMITS_FUNCTION = defineCriterion({
  id: 'joint-pain-limits-function',
  statement: 'Pain significantly limits activities or function.',
  whenNotMet: 'The records do not show pain that significantly limits activities or function',
  citation: acoem2004('Shoulder Complaints', 'Initial Care'),
  required: true,
  condition: isTrue(
    'item.facts.functionLimitedByPain',
    'pain that significantly limits activities or function',
  ),
  wouldMeet: {
    kind: 'documentation',
    text: 'Documentation that pain significantly limits activities or function',
    label: 'functional limitation',
  },
  confirmed: false,
  confirmationNote: notInCatalogue('ACOEM 2004 Ch. 9 and ODG Knee & Leg'),
});

const SHOULDER_NOTE = notInCatalogue('ACOEM 2004 Ch. 9 (Initial Care; Table 9-6)');

/** A corticosteroid injection of one region under its ACOEM 2004 chapter: every criterion required. */
function acoemCorticosteroidSet(spec: {
  slug: string;
  name: string;
  chapter: AcoemChapter;
  region: BodyRegion;
  criteria: Criterion[];
}): GuidelineSet {
  return {
    id: `acoem-2004-${spec.slug}-corticosteroid-injection`,
    title: `MTUS ${spec.chapter} (ACOEM 2004): ${spec.name}`,
    guideline: `MTUS ${spec.chapter}`,
    edition: '2004',
    ...ACOEM_2004_PERIOD,
    services: ['joint_injection'],
    appliesOnlyWhen: allOf(inRegion(spec.region), isInjectate('corticosteroid')),
    letterLine: acoemLetterLine(spec.chapter),
    requestNoun: 'request',
    decisionRule: { kind: 'all_required' },
    criteria: spec.criteria,
  };
}

export const SHOULDER_CORTICOSTEROID_SET = acoemCorticosteroidSet({
  slug: 'shoulder',
  name: 'Subacromial corticosteroid injection',
  chapter: 'Shoulder Complaints',
  region: 'shoulder',
  criteria: [
    defineCriterion({
      id: 'shoulder-injection-after-2-weeks',
      statement:
        'The injection follows 2-3 weeks of conservative therapy (strengthening exercises and NSAIDs).',
      whenNotMet:
        'The request comes before the weeks of conservative therapy (strengthening exercises and NSAIDs) the guideline expects before the injection',
      citation: acoem2004('Shoulder Complaints', 'Initial Care'),
      required: true,
      condition: atLeast(
        'item.facts.conservativeCareWeeks',
        2,
        'weeks',
        'at least 2-3 weeks of conservative therapy',
      ),
      wouldMeet: {
        kind: 'documentation',
        text: 'Documentation of 2-3 weeks of exercise and NSAIDs before the injection',
        label: 'conservative therapy first',
      },
      confirmed: false,
      confirmationNote: SHOULDER_NOTE,
    }),
    JOINT_CARE_FAILED,
    JOINT_PAIN_LIMITS_FUNCTION,
    defineCriterion({
      id: 'shoulder-injection-with-exercise',
      statement: 'The injection is part of an exercise rehabilitation program.',
      whenNotMet: 'The records do not show the injection as part of an exercise rehabilitation program',
      citation: acoem2004('Shoulder Complaints', 'Initial Care'),
      required: true,
      // A home exercise program the worker does is such a program.
      condition: anyOf(
        isTrue('item.facts.adjunctToActiveTherapy', 'an injection within an exercise rehabilitation program'),
        isTrue('item.facts.homeExerciseProgram', 'a home exercise program the worker does'),
      ),
      wouldMeet: {
        kind: 'documentation',
        text: 'Documentation of the exercise program the injection supports',
        label: 'exercise program',
      },
      confirmed: false,
      confirmationNote: SHOULDER_NOTE,
    }),
    defineCriterion({
      id: 'shoulder-injection-without-guidance',
      statement:
        'A subacromial injection is given by landmarks: ultrasound guidance has not been shown to improve its outcome.',
      whenNotMet:
        'Ultrasound guidance is requested for the injection, and guidance has not been shown to improve the outcome of a subacromial injection',
      asRequirement: 'The injection is requested without ultrasound guidance',
      citation: odg('Shoulder', 'Steroid injections'),
      required: true,
      condition: isFalse('item.requestNamesUltrasoundGuidance', 'an injection without ultrasound guidance'),
      appliesWhen: {
        condition: isTrue('item.requestNamesUltrasoundGuidance', 'a request for ultrasound guidance'),
        description: 'applies only to a request that names ultrasound guidance',
      },
      confirmed: false,
      confirmationNote:
        'Unconfirmed: not in the catalogue. ODG Shoulder (Steroid injections) finds no better outcome with ultrasound guidance than with landmarks for a subacromial injection.',
    }),
    defineCriterion({
      id: 'shoulder-injection-count',
      statement: 'No more than 2-3 injections over an extended period, counting this request (12 months).',
      whenNotMet:
        'The shoulder injections in the year, counting this request, exceed the number the guideline allows over an extended period',
      citation: acoem2004('Shoulder Complaints', 'Initial Care'),
      required: true,
      condition: atMost(
        'item.sameProceduresIn12MonthsWithRequest',
        3,
        'injections',
        'at most 3 injections in 12 months, counting this request',
      ),
      wouldMeet: {
        kind: 'request',
        text: 'that keeps the shoulder at 3 or fewer injections in 12 months',
        label: 'number of injections',
      },
      confirmed: false,
      confirmationNote: SHOULDER_NOTE,
    }),
  ],
});

const HAND_INITIAL_CARE = acoem2004('Forearm, Wrist, and Hand Complaints', 'Initial Care', '265-266');
const HAND_NOTE = notInCatalogue('ACOEM 2004 Ch. 11 (Initial Care; Table 11-7)');

/** ACOEM Ch. 11: of the injections, only corticosteroid for these three conditions has support. */
export const WRIST_HAND_CORTICOSTEROID_SET = acoemCorticosteroidSet({
  slug: 'wrist-hand',
  name: 'Corticosteroid injection',
  chapter: 'Forearm, Wrist, and Hand Complaints',
  region: 'forearm_wrist_hand',
  criteria: [
    defineCriterion({
      id: 'hand-injection-listed-condition',
      statement:
        "The condition is one the chapter supports a corticosteroid injection for: carpal tunnel syndrome (mild or moderate), de Quervain's tenosynovitis or trigger finger.",
      whenNotMet:
        "The condition is not carpal tunnel syndrome, de Quervain's tenosynovitis or trigger finger, the conditions for which the chapter supports a corticosteroid injection",
      asRequirement:
        "Carpal tunnel syndrome (mild or moderate), de Quervain's tenosynovitis or trigger finger",
      citation: HAND_INITIAL_CARE,
      required: true,
      condition: isTrue('item.facts.handInjectionCondition', 'one of the listed conditions'),
      wouldMeet: {
        kind: 'documentation',
        text: "Documentation of carpal tunnel syndrome, de Quervain's tenosynovitis or trigger finger",
        label: 'listed condition',
      },
      confirmed: false,
      confirmationNote: HAND_NOTE,
    }),
    defineCriterion({
      id: 'hand-injection-care-first',
      statement:
        'Conservative care came first and did not control the symptoms (for carpal tunnel syndrome, splinting and medication).',
      whenNotMet:
        'The records do not show conservative care, such as splinting and medication, that failed first',
      citation: HAND_INITIAL_CARE,
      required: true,
      condition: CARE_FAILED,
      wouldMeet: {
        kind: 'documentation',
        text: 'Documentation of splinting, medication or other conservative care that did not control the symptoms',
        label: 'failed conservative care',
      },
      confirmed: false,
      confirmationNote: HAND_NOTE,
    }),
    defineCriterion({
      id: 'hand-injection-count',
      statement: 'One or two injections usually suffice: no more than 2 in 12 months, counting this request.',
      whenNotMet:
        'The injections in the year, counting this request, exceed the number that usually suffices',
      citation: HAND_INITIAL_CARE,
      required: true,
      condition: atMost(
        'item.sameProceduresIn12MonthsWithRequest',
        2,
        'injections',
        'at most 2 injections in 12 months, counting this request',
      ),
      wouldMeet: {
        kind: 'request',
        text: 'that keeps the wrist or hand at 2 or fewer injections in 12 months',
        label: 'number of injections',
      },
      confirmed: false,
      confirmationNote: HAND_NOTE,
    }),
  ],
});

// ---------- ankle and foot: plantar fasciitis and Morton's neuroma ----------

const FOOT_INITIAL_CARE = acoem2004('Ankle and Foot Complaints', 'Initial Care', '371');
const FOOT_NOTE = notInCatalogue('ACOEM 2004 Ch. 14 (Initial Care: injections)');

/**
 * The ankle and foot chapter finds invasive procedures of no proven value, but for a corticosteroid
 * injection into the heel for plantar fasciitis or a heel spur, or into the web space for Morton's
 * neuroma, once 4-6 weeks of conservative care have not worked.
 */
export const ANKLE_FOOT_CORTICOSTEROID_SET = acoemCorticosteroidSet({
  slug: 'ankle-foot',
  name: 'Corticosteroid injection',
  chapter: 'Ankle and Foot Complaints',
  region: 'ankle_foot',
  criteria: [
    defineCriterion({
      id: 'foot-injection-listed-condition',
      statement:
        "The injection is for plantar fasciitis or a heel spur, or for Morton's neuroma: the chapter finds other injections of the ankle and foot of no proven value.",
      whenNotMet:
        "The diagnoses do not name plantar fasciitis, a heel spur or Morton's neuroma, the only conditions for which the chapter supports an injection of the foot",
      asRequirement: "Plantar fasciitis, a heel spur or Morton's neuroma",
      citation: FOOT_INITIAL_CARE,
      required: true,
      condition: isTrue(
        'case.footInjectionConditionDiagnosed',
        "plantar fasciitis, a heel spur or Morton's neuroma",
      ),
      wouldMeet: {
        kind: 'documentation',
        text: "A diagnosis of plantar fasciitis, a heel spur or Morton's neuroma",
        label: 'listed condition',
      },
      confirmed: false,
      confirmationNote: FOOT_NOTE,
    }),
    defineCriterion({
      id: 'foot-injection-after-4-weeks',
      statement: 'Four to six weeks of conservative care came first and did not work.',
      whenNotMet:
        'The records do not show 4-6 weeks of conservative care that did not work before the injection',
      asRequirement: 'At least 4 weeks of conservative care that did not work',
      citation: FOOT_INITIAL_CARE,
      required: true,
      condition: allOf(
        atLeast('item.facts.conservativeCareWeeks', 4, 'weeks', 'at least 4 weeks of conservative care'),
        CARE_FAILED,
      ),
      wouldMeet: {
        kind: 'documentation',
        text: 'Documentation of at least 4 weeks of conservative care (stretching, orthotics, NSAIDs) that did not work',
        label: 'conservative care first',
      },
      confirmed: false,
      confirmationNote: FOOT_NOTE,
    }),
  ],
});

// ---------- elbow: the chapter the MTUS adopted in its 2007 revision ----------

const ELBOW_CHAPTER = 'Elbow Complaints';
const ELBOW_INJECTIONS = { guideline: `MTUS ${ELBOW_CHAPTER}`, edition: '2007', section: 'Injections' };
const ELBOW_NOTE = notInCatalogue('ACOEM 2007 Elbow Disorders (Injections)');

/**
 * A corticosteroid injection for lateral epicondylalgia that non-invasive care (exercise, a strap,
 * NSAIDs, work changes) has not settled: short-term relief, used with the exercise program.
 */
export const ELBOW_CORTICOSTEROID_SET: GuidelineSet = {
  id: 'acoem-2007-elbow-corticosteroid-injection',
  title: `MTUS ${ELBOW_CHAPTER} (ACOEM 2007): Corticosteroid injection`,
  guideline: `MTUS ${ELBOW_CHAPTER}`,
  edition: '2007',
  ...ACOEM_2004_PERIOD,
  effectiveFrom: CPMTG_2009_FROM,
  services: ['joint_injection'],
  appliesOnlyWhen: allOf(inRegion('elbow'), isInjectate('corticosteroid')),
  letterLine: { name: `MTUS ${ELBOW_CHAPTER} 2007`, style: 'sections' },
  requestNoun: 'request',
  decisionRule: { kind: 'all_required' },
  criteria: [
    defineCriterion({
      id: 'elbow-injection-epicondylalgia',
      statement: 'The injection is for lateral epicondylalgia (tennis elbow).',
      whenNotMet:
        'The diagnoses do not show lateral epicondylalgia, the condition the chapter supports the injection for',
      asRequirement: 'Lateral epicondylalgia (tennis elbow)',
      citation: ELBOW_INJECTIONS,
      required: true,
      condition: oneOf('item.odgVisitCondition', ['lateral_epicondylitis'], 'lateral epicondylalgia'),
      wouldMeet: {
        kind: 'documentation',
        text: 'A diagnosis of lateral epicondylalgia (tennis elbow)',
        label: 'lateral epicondylalgia',
      },
      confirmed: false,
      confirmationNote: ELBOW_NOTE,
    }),
    defineCriterion({
      id: 'elbow-injection-care-first',
      statement:
        'Non-invasive care (exercise, a counterforce strap, NSAIDs, work changes) came first and did not settle the symptoms.',
      whenNotMet: 'The records do not show non-invasive care that failed to settle the symptoms first',
      citation: ELBOW_INJECTIONS,
      required: true,
      condition: CARE_FAILED,
      wouldMeet: {
        kind: 'documentation',
        text: 'Documentation of exercise, a strap, NSAIDs or other non-invasive care that did not settle the symptoms',
        label: 'failed non-invasive care',
      },
      confirmed: false,
      confirmationNote: ELBOW_NOTE,
    }),
  ],
  note: 'Chosen for a corticosteroid injection at the elbow.',
};

const KNEE_ODG = 'Knee & Leg';
const KNEE_NOTE = notInCatalogue('ODG Knee & Leg (Corticosteroid injections; Hyaluronic acid injections)');

export const KNEE_SEVERE_OA = defineCriterion({
  id: 'knee-injection-severe-oa',
  statement: 'Symptomatic severe osteoarthritis of the knee is documented.',
  whenNotMet: 'The records do not show symptomatic severe osteoarthritis of the knee',
  citation: odg(KNEE_ODG, 'Corticosteroid injections'),
  required: true,
  condition: isTrue('item.facts.severeOsteoarthritis', 'symptomatic severe osteoarthritis of the knee'),
  wouldMeet: {
    kind: 'documentation',
    text: 'Documentation of symptomatic severe osteoarthritis of the knee',
    label: 'severe osteoarthritis',
  },
  confirmed: false,
  confirmationNote: KNEE_NOTE,
});

const kneeSet = (
  id: string,
  topic: string,
  injectate: 'corticosteroid' | 'hyaluronic_acid',
  criteria: Criterion[],
  note: string,
): GuidelineSet => ({
  id,
  title: `Official Disability Guidelines (ODG), Knee & Leg (non-MTUS): ${topic}`,
  guideline: odg(KNEE_ODG).guideline,
  edition: 'non-MTUS',
  ...ACOEM_2004_PERIOD,
  services: ['joint_injection'],
  appliesOnlyWhen: allOf(inRegion('knee'), isInjectate(injectate)),
  letterLine: odgLetterLine(KNEE_ODG),
  requestNoun: 'request',
  decisionRule: { kind: 'all_required' },
  criteria,
  note,
});

const cite = (criterion: Criterion, topic: string) =>
  reCite(criterion, odg(KNEE_ODG, topic), false, KNEE_NOTE);

export const KNEE_CORTICOSTEROID_SET = kneeSet(
  'odg-knee-corticosteroid-injection',
  'Corticosteroid injections',
  'corticosteroid',
  [
    KNEE_SEVERE_OA,
    cite(JOINT_CARE_FAILED, 'Corticosteroid injections'),
    cite(JOINT_PAIN_LIMITS_FUNCTION, 'Corticosteroid injections'),
    defineCriterion({
      id: 'knee-steroid-repeat-after-relief',
      statement: 'A repeat injection needs more than 50% relief for 6-8 weeks after the last one.',
      whenNotMet: 'The relief from the last injection was too small or too short-lived to support a repeat',
      citation: odg(KNEE_ODG, 'Corticosteroid injections'),
      required: true,
      condition: allOf(
        atLeast(
          'item.lastSameProcedureReliefPercent',
          50,
          '%',
          'at least 50% relief from the last injection',
        ),
        atLeast('item.lastSameProcedureReliefWeeks', 6, 'weeks', 'relief lasting at least 6 weeks'),
      ),
      appliesWhen: AFTER_A_PRIOR_ONE,
      wouldMeet: {
        kind: 'documentation',
        text: 'Documentation of more than 50% relief for 6-8 weeks after the last injection',
        label: 'response to the prior injection',
      },
      confirmed: false,
      confirmationNote: KNEE_NOTE,
    }),
    defineCriterion({
      id: 'knee-steroid-three-per-year',
      statement: 'No more than 3 injections a year, counting this request.',
      whenNotMet: 'The injections in the year, counting this request, exceed the number the guideline allows',
      citation: odg(KNEE_ODG, 'Corticosteroid injections'),
      required: true,
      condition: atMost(
        'item.sameProceduresIn12MonthsWithRequest',
        3,
        'injections',
        'at most 3 in 12 months, counting this request',
      ),
      confirmed: false,
      confirmationNote: KNEE_NOTE,
    }),
  ],
  'The MTUS (ACOEM 2004 Ch. 13) calls cortisone injections not routinely indicated; the criteria are ODG, reached under 8 CCR 9792.21.1.',
);

export const KNEE_HYALURONIC_SET = kneeSet(
  'odg-knee-hyaluronic-acid-injection',
  'Hyaluronic acid injections',
  'hyaluronic_acid',
  [
    cite(KNEE_SEVERE_OA, 'Hyaluronic acid injections'),
    defineCriterion({
      id: 'ha-conservative-care-3-months',
      statement:
        'At least 3 months of conservative care (exercise, NSAIDs or acetaminophen) did not control the symptoms.',
      whenNotMet:
        'The records do not show conservative care (exercise, NSAIDs or acetaminophen) kept up for the months the guideline expects without controlling the symptoms',
      citation: odg(KNEE_ODG, 'Hyaluronic acid injections'),
      required: true,
      condition: allOf(
        atLeast(
          'item.facts.conservativeCareWeeks',
          12,
          'weeks',
          'at least 3 months (12 weeks) of conservative care',
        ),
        isTrue('item.facts.conservativeCareFailed', 'conservative care without adequate improvement'),
      ),
      wouldMeet: {
        kind: 'documentation',
        text: 'Documentation of at least 3 months of failed conservative care',
        label: 'failed conservative care',
      },
      confirmed: false,
      confirmationNote: KNEE_NOTE,
    }),
    defineCriterion({
      id: 'ha-after-corticosteroid',
      statement: 'A corticosteroid injection of the knee was tried first.',
      whenNotMet: 'The records show no corticosteroid injection of the knee tried first',
      citation: odg(KNEE_ODG, 'Hyaluronic acid injections'),
      required: true,
      condition: atLeast(
        'item.priorJointCorticosteroidInjections',
        1,
        'injections',
        'a prior corticosteroid injection',
      ),
      wouldMeet: {
        kind: 'documentation',
        text: 'A recorded corticosteroid injection of the knee and its result',
        label: 'corticosteroid first',
      },
      confirmed: false,
      confirmationNote: `${KNEE_NOTE} Record it under Treatment history > Injections.`,
    }),
    cite(JOINT_PAIN_LIMITS_FUNCTION, 'Hyaluronic acid injections'),
    defineCriterion({
      id: 'ha-repeat-after-6-months',
      statement:
        'A repeat series needs significant improvement lasting at least 6 months after the last one.',
      whenNotMet:
        'The improvement after the last series was not significant or did not last as long as a repeat series needs',
      citation: odg(KNEE_ODG, 'Hyaluronic acid injections'),
      required: true,
      condition: allOf(
        atLeast(
          'item.lastSameProcedureReliefWeeks',
          26,
          'weeks',
          'relief lasting at least 6 months (26 weeks)',
        ),
        isTrue('item.facts.functionalImprovementAfterPrior', 'significant improvement after the last series'),
      ),
      appliesWhen: AFTER_A_PRIOR_ONE,
      wouldMeet: {
        kind: 'documentation',
        text: 'Documentation of significant improvement for at least 6 months after the last series',
        label: 'response to the prior series',
      },
      confirmed: false,
      confirmationNote: KNEE_NOTE,
    }),
  ],
  'The MTUS (ACOEM 2004 Ch. 13) does not address hyaluronic acid; the criteria are ODG, reached under 8 CCR 9792.21.1.',
);

// ---------- platelet-rich plasma ----------

const PRP = odg('Knee & Leg; Ankle & Foot', 'Platelet-rich plasma (PRP)');
const PRP_LETTER = 'Confirmed (confirmed catalogue 4.3): CM17-0004547 (foot).';

const prpCriteria: Criterion[] = [
  defineCriterion({
    id: 'prp-under-study',
    statement:
      'ODG considers platelet-rich plasma under study; a reviewer who finds evidence for this use can override with a note.',
    whenNotMet: 'ODG considers platelet-rich plasma injections under study',
    citation: PRP,
    required: true,
    condition: { kind: 'not_recommended', text: 'ODG considers platelet-rich plasma injections under study' },
    // No fact decides it: Go to field opens what the evidence must match (the body part injected);
    // the reviewer's override is in the panel itself.
    extraFieldPaths: ['bodyPart', 'review.criteria'],
    confirmed: true,
    confirmationNote: PRP_LETTER,
  }),
  defineCriterion({
    id: 'prp-conservative-care-failed',
    statement: 'Conventional conservative care was tried and failed.',
    whenNotMet: 'The records do not show conventional conservative care that was tried and failed',
    citation: PRP,
    required: true,
    condition: isTrue('item.facts.conservativeCareFailed', 'failed conventional care'),
    wouldMeet: {
      kind: 'documentation',
      text: 'Documentation of failed conventional care',
      label: 'failed conservative care',
    },
    confirmed: true,
    confirmationNote: PRP_LETTER,
  }),
  defineCriterion({
    id: 'prp-exam-documented',
    statement: 'A documented exam supports the diagnosis the injection would treat.',
    whenNotMet: 'The records show no documented exam that supports the diagnosis the injection would treat',
    citation: PRP,
    required: true,
    condition: JUDGMENT,
    extraFieldPaths: ['reports', 'review.criteria'],
    confirmed: true,
    confirmationNote: PRP_LETTER,
  }),
];

const prpSet = {
  title: 'Official Disability Guidelines (ODG) (non-MTUS): Platelet-rich plasma',
  guideline: PRP.guideline,
  edition: 'non-MTUS',
  ...ACOEM_2004_PERIOD,
  letterLine: odgLetterLine('Knee & Leg; Ankle & Foot'),
  requestNoun: 'request',
  decisionRule: { kind: 'all_required' },
  criteria: prpCriteria,
  note: 'The MTUS is silent on platelet-rich plasma; ODG is reached under 8 CCR 9792.21.1.',
} satisfies Omit<GuidelineSet, 'id' | 'services'>;

export const PRP_SET: GuidelineSet = {
  ...prpSet,
  id: 'odg-platelet-rich-plasma',
  services: ['prp_injection'],
};
export const PRP_JOINT_SET: GuidelineSet = {
  ...prpSet,
  id: 'odg-platelet-rich-plasma-joint',
  services: ['joint_injection'],
  appliesOnlyWhen: isInjectate('prp'),
};

const HIP_TOPIC = 'Trochanteric bursitis injections';
const HIP_INJECTIONS = odg('Hip & Pelvis', HIP_TOPIC);

/**
 * A hip injection (ODG Hip & Pelvis; not in the catalogue, unconfirmed): a corticosteroid injection
 * is recommended, even first, for trochanteric bursitis; an injection into the hip joint is not
 * recommended in early osteoarthritis and under study in advanced, so only the bursitis meets it.
 * Chosen by region alone: a bursa's injection rarely names its injectate.
 */
export const HIP_BURSA_INJECTION_SET: GuidelineSet = {
  id: 'odg-hip-trochanteric-bursa-injection',
  title: `Official Disability Guidelines (ODG), Hip & Pelvis (non-MTUS): ${HIP_TOPIC}`,
  guideline: HIP_INJECTIONS.guideline,
  edition: 'non-MTUS',
  ...ACOEM_2004_PERIOD,
  services: ['joint_injection'],
  appliesOnlyWhen: inRegion('hip'),
  letterLine: odgLetterLine('Hip & Pelvis'),
  requestNoun: 'injection',
  decisionRule: { kind: 'all_required' },
  criteria: [
    defineCriterion({
      id: 'hip-injection-trochanteric-bursitis',
      statement:
        'At the hip, a corticosteroid injection is recommended for trochanteric bursitis, even as a first treatment; an injection into the hip joint is not recommended in early osteoarthritis and is under study in advanced osteoarthritis.',
      whenNotMet:
        'The diagnoses do not include trochanteric bursitis, the hip condition the guideline recommends an injection for',
      asRequirement: 'Trochanteric bursitis is diagnosed',
      citation: HIP_INJECTIONS,
      required: true,
      condition: isTrue('case.trochantericBursitisDiagnosed', 'a diagnosis of trochanteric bursitis'),
      wouldMeet: {
        kind: 'documentation',
        text: 'A diagnosis of trochanteric bursitis (greater trochanteric pain syndrome)',
        label: 'trochanteric bursitis',
      },
      extraFieldPaths: ['facts.injectate'],
      confirmed: false,
      confirmationNote: notInCatalogue(`ODG Hip & Pelvis, ${HIP_TOPIC}`),
    }),
    defineCriterion({
      id: 'hip-joint-injection-not-recommended',
      statement:
        'An injection into the hip joint itself is not recommended in early osteoarthritis and is still under study in advanced osteoarthritis; only the bursa injection is recommended.',
      whenNotMet:
        'The request is for an injection into the hip joint, which the guideline does not recommend in early osteoarthritis and holds under study in advanced osteoarthritis',
      citation: odg('Hip & Pelvis', 'Intra-articular steroid hip injection'),
      required: true,
      condition: { kind: 'not_recommended', text: 'an intra-articular hip injection is not recommended' },
      appliesWhen: {
        condition: isTrue('item.requestNamesHipJointInjection', 'an injection into the hip joint'),
        description: 'applies only to an injection into the hip joint, not its bursa',
      },
      confirmed: false,
      confirmationNote: notInCatalogue('ODG Hip & Pelvis, Intra-articular steroid hip injection'),
    }),
  ],
};

export const JOINT_AND_SOFT_TISSUE_INJECTION_SETS: GuidelineSet[] = [
  TPI_2009_SET,
  TPI_2016_SET,
  SHOULDER_CORTICOSTEROID_SET,
  WRIST_HAND_CORTICOSTEROID_SET,
  ANKLE_FOOT_CORTICOSTEROID_SET,
  ELBOW_CORTICOSTEROID_SET,
  KNEE_CORTICOSTEROID_SET,
  KNEE_HYALURONIC_SET,
  PRP_SET,
  PRP_JOINT_SET,
  // After the injectate's own sets: a hip's PRP injection is judged as PRP.
  HIP_BURSA_INJECTION_SET,
];

/**
 * Imaging (MRI, CT, x-ray) by body region: the ACOEM 2nd ed. (2004) chapters the MTUS adopted,
 * "Special Studies" and the summary tables, in force 06/15/2007 to 12/01/2017. Catalogue 3.12;
 * confirmed catalogue 6.3 (low back) and 6.5 (other regions). Each region is a specific set chosen
 * by the request's body part; a region without a set goes to the evidence hierarchy (coverage note).
 *
 * Decision rule: any qualifying path (red flags, or the region's elective path), and a repeat study
 * of the same region always needs a significant change.
 */
import type { Criterion, DecisionPath, GuidelineSet } from '../guideline-schema';
import type { BodyRegion } from '../vocabularies';
import { atLeast, defineCriterion, isFalse, isTrue, odg, reCite } from './common';
import {
  ACOEM_2004_PERIOD,
  type AcoemChapter,
  acoem2004,
  acoemLetterLine,
  inRegion,
  notInCatalogue,
} from './procedure-common';

const LOW_BACK: AcoemChapter = 'Low Back Complaints';
const NECK: AcoemChapter = 'Neck and Upper Back Complaints';
const SHOULDER: AcoemChapter = 'Shoulder Complaints';
const KNEE: AcoemChapter = 'Knee Complaints';
const WRIST: AcoemChapter = 'Forearm, Wrist, and Hand Complaints';
const ANKLE: AcoemChapter = 'Ankle and Foot Complaints';

const SPECIAL_STUDIES = 'Special Studies';
const PAGES_UNPRINTED =
  'No 2016-17 letter prints a page for this chapter section (pp. 303-305 for the low back stay unconfirmed).';

// ---------- criteria (cited to the low back chapter; other regions re-cite them) ----------

export const IMAGING_RED_FLAGS = defineCriterion({
  id: 'img-red-flags',
  statement:
    'Red flags for serious pathology are present: cauda equina syndrome, fracture, tumor, infection, a dissecting or ruptured aneurysm, suspected spinal stenosis, or a progressive neurologic deficit.',
  whenNotMet:
    'The records show no red flags for serious pathology (cauda equina syndrome, fracture, tumor, infection, a dissecting or ruptured aneurysm, suspected spinal stenosis or a progressive neurologic deficit)',
  citation: acoem2004(LOW_BACK, SPECIAL_STUDIES),
  required: true,
  condition: isTrue('item.facts.redFlags', 'red flags for serious pathology'),
  wouldMeet: {
    kind: 'documentation',
    text: 'Documentation of a red flag for serious pathology (e.g. suspected fracture, tumor, infection, cauda equina, aneurysm, spinal stenosis, progressive deficit)',
    label: 'red flags',
  },
  confirmed: true,
  confirmationNote: `Confirmed (confirmed catalogue 6.3 #1): CM16-0239479, CM16-0240518, CM16-0247255, CM17-0004344, CM17-0017104, CM17-0020243, CM17-0021791; a dissecting or ruptured aneurysm in CM17-0004344, suspected spinal stenosis in CM16-0239479 and CM16-0240518. ${PAGES_UNPRINTED}`,
});

/**
 * The red-flag rule in another region: same id (one rule: red flags call for a study at once), the
 * region's own serious conditions from its ACOEM chapter, in our words, cited to that chapter. The
 * low back's cauda equina has no place in a shoulder, knee, neck or hand letter.
 */
interface RegionRedFlags {
  chapter: AcoemChapter;
  /** "a serious shoulder condition" */
  condition: string;
  /** "fracture or dislocation, infection, ..." */
  flags: string;
  /** The letter's finding when none is recorded: the flags in one bracketed aside, none nested. */
  whenNotMet: string;
  /** Short examples for the would-meet text. */
  examples: string;
  confirmationNote: string;
}

const EXAMPLES_FROM_CHAPTER = (chapter: string) =>
  `The conditions listed are our paraphrase of the ${chapter} chapter's red flags for serious conditions; no 2016-17 letter lists them, so check the examples against the chapter before relying on them. ${PAGES_UNPRINTED}`;

function regionRedFlags({
  chapter,
  condition,
  flags,
  whenNotMet,
  examples,
  confirmationNote,
}: RegionRedFlags): Criterion {
  return defineCriterion({
    id: IMAGING_RED_FLAGS.id,
    statement: `Red flags for ${condition} are present: ${flags}.`,
    whenNotMet,
    citation: acoem2004(chapter, SPECIAL_STUDIES),
    required: true,
    // The same condition in every region: one id, one rule (library test).
    condition: IMAGING_RED_FLAGS.condition,
    wouldMeet: {
      kind: 'documentation',
      text: `Documentation of a red flag for ${condition} (e.g. ${examples})`,
      label: 'red flags',
    },
    confirmed: true,
    confirmationNote,
  });
}

/** ACOEM Ch. 8: cord compression is the neck's own red flag. */
const NECK_RED_FLAGS = regionRedFlags({
  chapter: NECK,
  condition: 'a serious neck or upper back condition',
  flags:
    'a fracture, tumor or infection, signs of spinal cord compression (myelopathy), or a progressive neurologic deficit',
  whenNotMet:
    'The records show no red flags for a serious neck or upper back condition (a fracture, tumor or infection, myelopathic signs of spinal cord compression, or a progressive neurologic deficit)',
  examples: 'suspected fracture, tumor, infection, myelopathy, progressive deficit',
  confirmationNote: `Rule confirmed (confirmed catalogue 6.5): a new red flag calls for neck imaging (CM16-0224814, CM16-0236969, CM16-0239607, CM16-0245128, CM17-0007376, CM17-0019066). ${EXAMPLES_FROM_CHAPTER('Neck and Upper Back')}`,
});

/** ACOEM Ch. 9: dislocation, vascular compromise and pain referred to the shoulder from the chest or abdomen. */
const SHOULDER_RED_FLAGS = regionRedFlags({
  chapter: SHOULDER,
  condition: 'a serious shoulder condition',
  flags:
    'a fracture or dislocation, infection, tumor, vascular or progressive neurologic compromise, or pain referred to the shoulder from the heart, lungs or abdomen',
  whenNotMet:
    'The records show no red flags for a serious shoulder condition (a fracture or dislocation, infection, tumor, vascular or progressive neurologic compromise, or pain referred to the shoulder from the heart, lungs or abdomen)',
  examples:
    'suspected fracture, dislocation, infection, tumor, neurovascular compromise, referred cardiac pain',
  confirmationNote: `Rule confirmed (confirmed catalogue 6.5): no special studies in the first 4-6 weeks without red flags (CM17-0002106, CM17-0010728, CM16-0232543). ${EXAMPLES_FROM_CHAPTER('Shoulder')}`,
});

/** ACOEM Ch. 13: hemarthrosis after acute trauma is confirmed as a reason for films (CM17-0003591). */
const KNEE_RED_FLAGS = regionRedFlags({
  chapter: KNEE,
  condition: 'a serious knee condition',
  flags:
    'a fracture or dislocation, joint infection, tumor, vascular or neurologic compromise, or a hemarthrosis after acute trauma',
  whenNotMet:
    'The records show no red flags for a serious knee condition (a fracture or dislocation, joint infection, tumor, vascular or neurologic compromise, or a hemarthrosis after acute trauma)',
  examples:
    'suspected fracture, dislocation, septic joint, tumor, neurovascular compromise, hemarthrosis after trauma',
  confirmationNote: `Rule confirmed (confirmed catalogue 6.5): testing is not generally helpful in the first 4-6 weeks without red flags; films for hemarthrosis after acute trauma (CM17-0003591, CM16-0245028, CM16-0249320). ${EXAMPLES_FROM_CHAPTER('Knee')}`,
});

/** ACOEM Ch. 11: suspected fracture or a foreign body are confirmed reasons for films. */
const WRIST_HAND_RED_FLAGS = regionRedFlags({
  chapter: WRIST,
  condition: 'a serious forearm, wrist or hand condition',
  flags:
    'a fracture or dislocation, a retained foreign body, infection, tumor, vascular compromise, or a rapidly progressing nerve deficit',
  whenNotMet:
    'The records show no red flags for a serious forearm, wrist or hand condition (a fracture or dislocation, a retained foreign body, infection, tumor, vascular compromise, or a rapidly progressing nerve deficit)',
  examples:
    'suspected fracture, foreign body, infection, tumor, vascular compromise, progressing nerve deficit',
  confirmationNote: `Rule confirmed (confirmed catalogue 6.5): films for suspected fracture or foreign body (CM16-0234464, CM17-0003284, CM17-0019218). ${EXAMPLES_FROM_CHAPTER('Forearm, Wrist, and Hand')}`,
});

/** ACOEM Ch. 14: films for a suspected fracture (the Ottawa ankle rules); bone scan or films for a stress fracture. */
const ANKLE_FOOT_RED_FLAGS = regionRedFlags({
  chapter: ANKLE,
  condition: 'a serious ankle or foot condition',
  flags:
    'a fracture (including a suspected stress fracture) or dislocation, infection, tumor, vascular compromise, or a progressing nerve deficit',
  whenNotMet:
    'The records show no red flags for a serious ankle or foot condition (a fracture or suspected stress fracture, a dislocation, infection, tumor, vascular compromise, or a progressing nerve deficit)',
  examples:
    'suspected fracture by the Ottawa ankle rules, stress fracture, infection, tumor, vascular compromise',
  confirmationNote: `Rule confirmed (confirmed catalogue 6.5): bone scan or films for a suspected stress fracture (CM17-0006838); the letters cite MTUS Ankle and Foot Complaints 2004, Special Studies and Summary. ${EXAMPLES_FROM_CHAPTER('Ankle and Foot')}`,
});

export const IMAGING_NERVE_COMPROMISE = defineCriterion({
  id: 'img-nerve-compromise',
  statement:
    'The neurologic exam shows unequivocal objective findings of specific nerve compromise (an equivocal exam calls for electrodiagnostic testing first).',
  whenNotMet:
    'The records do not show unequivocal objective findings of specific nerve compromise on the neurologic exam (an equivocal exam calls for electrodiagnostic testing first)',
  citation: acoem2004(LOW_BACK, SPECIAL_STUDIES),
  required: true,
  condition: isTrue('item.facts.neuroDeficit', 'unequivocal objective findings of specific nerve compromise'),
  wouldMeet: {
    kind: 'documentation',
    text: 'Documentation of unequivocal objective neurologic findings (dermatomal sensory loss, myotomal weakness, reflex change)',
    label: 'nerve compromise',
  },
  confirmed: true,
  confirmationNote:
    'Confirmed (confirmed catalogue 6.3 #2 and #3): CM16-0230651, CM16-0234464, CM16-0236134, CM16-0243453, CM17-0010364, CM17-0018054 and others; equivocal exam -> EDx first: CM16-0236134, CM17-0005246.',
});

export const IMAGING_CARE_FAILED = defineCriterion({
  id: 'img-conservative-care-failed',
  statement: 'Conservative care was tried and did not resolve the problem.',
  whenNotMet: 'The records do not show conservative care that was tried and failed to resolve the problem',
  citation: acoem2004(LOW_BACK, SPECIAL_STUDIES),
  required: true,
  condition: isTrue(
    'item.facts.conservativeCareFailed',
    'conservative care tried without adequate improvement',
  ),
  wouldMeet: {
    kind: 'documentation',
    text: 'Documentation that conservative care was tried without adequate improvement',
    label: 'failed conservative care',
  },
  confirmed: true,
  confirmationNote:
    'Confirmed (confirmed catalogue 6.3 #2): "not responded to treatment" in CM17-0010364 and others; a worker improving with therapy is upheld (CM17-0003591, CM16-0230548).',
});

const careWeeks = (
  id: string,
  weeks: number,
  statement: string,
  whenNotMet: string,
  confirmationNote: string,
) =>
  defineCriterion({
    id,
    statement,
    whenNotMet,
    citation: acoem2004(LOW_BACK, SPECIAL_STUDIES),
    required: true,
    condition: atLeast(
      'item.facts.conservativeCareWeeks',
      weeks,
      'weeks',
      `at least ${weeks} weeks of conservative care before the study`,
    ),
    wouldMeet: {
      kind: 'documentation',
      text: `Documentation of at least ${weeks} weeks of conservative care`,
      label: 'time in conservative care',
    },
    confirmed: true,
    confirmationNote,
  });

/** Low back (1 month), shoulder, knee and wrist (4-6 weeks: the shorter end). */
export const IMAGING_CARE_4_WEEKS = careWeeks(
  'img-conservative-care-4-weeks',
  4,
  'Without red flags, special studies wait for at least 4 weeks (about a month) of conservative care.',
  'The request comes before the weeks of conservative care the guideline expects before imaging when there are no red flags',
  'Confirmed: no lumbar MRI before 1 month without red flags (CM17-0017104, CM17-0008577, CM17-0012614); shoulder, knee and hand 4-6 weeks (CM17-0002106, CM17-0010728, CM17-0003591, CM16-0234464) (confirmed catalogue 6.3, 6.5).',
);

/** Neck and upper back: 3-4 weeks (the shorter end). */
export const IMAGING_CARE_3_WEEKS = careWeeks(
  'img-conservative-care-3-weeks',
  3,
  'Without red flags, neck and upper back special studies wait for at least 3 weeks (3-4 weeks) of conservative care.',
  'The request comes before the weeks of conservative care the guideline expects before neck or upper back imaging when there are no red flags',
  'Confirmed (confirmed catalogue 6.5): 3-4 weeks in CM17-0002106, CM17-0011703, CM17-0015333, CM17-0003623.',
);

export const IMAGING_SURGERY_CONSIDERED = defineCriterion({
  id: 'img-surgery-considered',
  statement:
    'The worker would consider surgery or an invasive procedure if the study shows a treatable lesion (imaging is not for routine evaluation).',
  whenNotMet:
    'The records do not show that the worker would consider surgery or an invasive procedure if the study showed a treatable lesion (imaging is not for routine evaluation)',
  citation: acoem2004(LOW_BACK, SPECIAL_STUDIES),
  required: true,
  condition: isTrue(
    'item.facts.surgeryConsidered',
    'surgery or an invasive procedure being considered, acceptable to the worker',
  ),
  wouldMeet: {
    kind: 'documentation',
    text: 'Documentation that surgery or an invasive procedure is being considered and the worker would accept it',
    label: 'surgery considered',
  },
  confirmed: true,
  confirmationNote:
    'Confirmed (confirmed catalogue 6.3 #2, 6.5): willingness to consider surgery in 13 low back letters; shoulder Table 9-6 p. 214 (CM16-0238352, CM17-0005616); knee Table 13-2 pp. 335-336 (CM16-0245028).',
});

export const IMAGING_STRUCTURAL_LESION = defineCriterion({
  id: 'img-structural-lesion',
  statement:
    'The exam points to a specific structural lesion the study would clarify (for the knee: locking, catching or objective ligament instability).',
  whenNotMet:
    'The records show no exam findings of a specific structural lesion the study would clarify (for the knee, locking, catching or objective ligament instability)',
  citation: acoem2004(KNEE, SPECIAL_STUDIES),
  required: true,
  condition: isTrue('item.facts.structuralLesionSuspected', 'exam findings of a specific structural lesion'),
  wouldMeet: {
    kind: 'documentation',
    text: 'Documentation of exam findings of a specific structural lesion (e.g. locking, catching, instability)',
    label: 'structural lesion',
  },
  confirmed: true,
  confirmationNote:
    'Confirmed for the knee (confirmed catalogue 6.5): locking, catching or objective ligament injury after 4-6 weeks (CM17-0003591, CM16-0249320).',
});

export const IMAGING_REPEAT = defineCriterion({
  id: 'img-repeat-needs-change',
  statement:
    'A repeat study of the same region needs a significant change in symptoms or findings suggesting significant pathology.',
  whenNotMet:
    'The records show no significant change in symptoms or findings since the prior study that would suggest significant pathology',
  citation: acoem2004(LOW_BACK, SPECIAL_STUDIES),
  required: true,
  condition: isTrue('item.facts.significantChange', 'a significant change since the prior study'),
  appliesWhen: {
    condition: isTrue('item.facts.priorStudySameRegion', 'a prior study of the same region'),
    description: 'applies only when the same study was already done for this region',
  },
  wouldMeet: {
    kind: 'documentation',
    text: 'Documentation of a significant change in symptoms or findings since the prior study',
    label: 'repeat study',
  },
  confirmed: true,
  confirmationNote:
    'Confirmed (confirmed catalogue 6.3 #4 and 7, rule 12): ODG in CM17-0004344; ACOEM-style wording in CM17-0008577, CM17-0012614; repeat needs a reason in CM16-0242667, CM17-0003284, CM17-0008633.',
});

export const LUMBAR_XRAY_RED_FLAGS = defineCriterion({
  id: 'lb-xray-red-flags',
  statement:
    'Lumbar films are for red flags of serious spinal pathology (e.g. suspected fracture after trauma); they are not recommended for low back pain without them, even after 6 weeks.',
  whenNotMet:
    'The records show no red flags of serious spinal pathology, and the guideline does not recommend lumbar films for low back pain without them, even after 6 weeks',
  asRequirement: 'Red flags of serious spinal pathology (e.g. suspected fracture after trauma) are present',
  citation: acoem2004(LOW_BACK, SPECIAL_STUDIES),
  required: true,
  condition: isTrue('item.facts.redFlags', 'red flags for serious spinal pathology'),
  wouldMeet: {
    kind: 'documentation',
    text: 'Documentation of a red flag for serious spinal pathology (e.g. suspected fracture)',
    label: 'red flags',
  },
  confirmed: true,
  confirmationNote:
    'Confirmed (confirmed catalogue 6.3, NEW): CM16-0232543, CM16-0248698, CM17-0011703, CM17-0019066; ODG x-ray after trauma with suspected fracture (CM16-0242667).',
});

// ---------- sets ----------

const path = (id: string, label: string, criteria: Criterion[]): DecisionPath => ({
  id,
  label,
  criteria: criteria.map((c) => c.id),
});

const RED_FLAG_PATH = path('red-flags', 'red flags', [IMAGING_RED_FLAGS]);

interface RegionSetSpec {
  id: string;
  chapter: AcoemChapter;
  topic: string;
  services: GuidelineSet['services'];
  regions: Parameters<typeof inRegion>;
  paths: DecisionPath[];
  criteria: Criterion[];
  note?: string;
}

function regionSet({
  id,
  chapter,
  topic,
  services,
  regions,
  paths,
  criteria,
  note,
}: RegionSetSpec): GuidelineSet {
  return {
    id,
    title: `MTUS ${chapter} (ACOEM 2004): ${topic}`,
    guideline: `MTUS ${chapter}`,
    edition: '2004',
    ...ACOEM_2004_PERIOD,
    services,
    appliesOnlyWhen: inRegion(...regions),
    letterLine: acoemLetterLine(chapter),
    requestNoun: 'study',
    decisionRule: { kind: 'any_path', paths },
    criteria,
    ...(note ? { note } : {}),
  };
}

/** The same criterion in another chapter: the rule is shared, the citation is the region's. */
const inChapter = (
  criterion: Criterion,
  chapter: AcoemChapter,
  section = SPECIAL_STUDIES,
  pages?: string,
  confirmed = criterion.confirmed,
  note = criterion.confirmationNote,
): Criterion => reCite(criterion, acoem2004(chapter, section, pages), confirmed, note);

/** ODG Low Back, CT: after a fusion, to see whether it has healed when films do not show it. */
export const LOW_BACK_CT_AFTER_FUSION = defineCriterion({
  id: 'lb-ct-fusion-unconfirmed',
  statement:
    'A CT after a lumbar fusion is indicated to judge whether the fusion has healed when plain films do not confirm it (suspected pseudarthrosis or hardware loosening).',
  whenNotMet: 'The records do not show a fusion whose healing plain films leave in doubt',
  asRequirement: 'A lumbar fusion whose healing plain films do not confirm',
  citation: odg('Low Back', 'CT (computed tomography)'),
  required: true,
  condition: isTrue(
    'item.facts.fusionUnconfirmedOnFilms',
    'a fusion whose healing plain films do not confirm',
  ),
  appliesWhen: {
    condition: isTrue('item.ctRequested', 'a CT'),
    description: 'applies only to a CT',
  },
  wouldMeet: {
    kind: 'documentation',
    text: 'Documentation of a fusion that plain films do not confirm as healed',
    label: 'fusion in question',
  },
  confirmed: false,
  confirmationNote: notInCatalogue(
    'ODG Low Back, CT: one of its indications is to evaluate a fusion when plain x-rays do not confirm it',
  ),
});

export const LOW_BACK_MRI_CT: GuidelineSet = regionSet({
  id: 'acoem-2004-low-back-mri-ct',
  chapter: LOW_BACK,
  topic: 'MRI and CT',
  services: ['mri', 'ct'],
  regions: ['low_back'],
  paths: [
    RED_FLAG_PATH,
    path('nerve-compromise', 'nerve compromise after failed conservative care, surgery considered', [
      IMAGING_NERVE_COMPROMISE,
      IMAGING_CARE_FAILED,
      IMAGING_CARE_4_WEEKS,
      IMAGING_SURGERY_CONSIDERED,
    ]),
    path('fusion-unconfirmed', 'a CT of a fusion that plain films do not confirm', [
      LOW_BACK_CT_AFTER_FUSION,
    ]),
  ],
  criteria: [
    IMAGING_RED_FLAGS,
    IMAGING_NERVE_COMPROMISE,
    IMAGING_CARE_FAILED,
    IMAGING_CARE_4_WEEKS,
    IMAGING_SURGERY_CONSIDERED,
    IMAGING_REPEAT,
    LOW_BACK_CT_AFTER_FUSION,
  ],
  note: 'Imaging shows false-positive findings in about 30% of people over 30 without symptoms (CM16-0236134, CM17-0003917).',
});

/** ODG Low Back, x-rays: films after a fusion, to see how it is healing. */
export const LUMBAR_XRAY_AFTER_FUSION = defineCriterion({
  id: 'lb-xray-after-fusion',
  statement: 'Films after a lumbar fusion are indicated to evaluate the status of the fusion.',
  whenNotMet: 'The records show no lumbar fusion whose status the films would evaluate',
  asRequirement: 'A lumbar fusion whose status the films would evaluate',
  citation: odg('Low Back', 'Radiography (x-rays)'),
  required: true,
  condition: isTrue('case.lumbarFusionDone', 'a lumbar fusion done'),
  // Only after a fusion: without one the films are judged on red flags alone.
  appliesWhen: {
    condition: isTrue('case.lumbarFusionDone', 'a lumbar fusion done'),
    description: 'applies only after a lumbar fusion',
  },
  wouldMeet: {
    kind: 'documentation',
    text: 'Documentation of the lumbar fusion the films would evaluate',
    label: 'after a fusion',
  },
  confirmed: false,
  confirmationNote: notInCatalogue(
    'ODG Low Back, x-rays: one of its indications is post-surgery, to evaluate the status of a fusion',
  ),
});

/** ODG Low Back, Flexion/extension imaging: instability judged when a fusion is being considered. */
export const LUMBAR_FLEXION_EXTENSION_FOR_SURGERY = defineCriterion({
  id: 'lb-flexion-extension-before-surgery',
  statement:
    'Flexion-extension films are an option to judge spinal instability (a spondylolisthesis) when surgery is being considered.',
  whenNotMet: 'The records do not show surgery being considered, for which the films would judge instability',
  asRequirement: 'Surgery being considered, for which the films judge instability',
  citation: odg('Low Back', 'Flexion/extension imaging studies'),
  required: true,
  condition: isTrue('item.facts.surgeryConsidered', 'surgery being considered'),
  appliesWhen: {
    condition: isTrue('item.requestNamesFlexionExtension', 'flexion-extension views'),
    description: 'applies only to flexion-extension views',
  },
  wouldMeet: {
    kind: 'documentation',
    text: 'Documentation of the surgery being considered that the films would inform',
    label: 'surgery considered',
  },
  confirmed: false,
  confirmationNote: notInCatalogue(
    'ODG Low Back, Flexion/extension imaging studies: an option to evaluate instability for a surgical decision',
  ),
});

export const LOW_BACK_XRAY: GuidelineSet = regionSet({
  id: 'acoem-2004-low-back-xray',
  chapter: LOW_BACK,
  topic: 'Lumbar x-rays',
  services: ['xray'],
  regions: ['low_back'],
  paths: [
    path('red-flags', 'red flags', [LUMBAR_XRAY_RED_FLAGS]),
    path('after-fusion', 'films after a lumbar fusion', [LUMBAR_XRAY_AFTER_FUSION]),
    path('instability-before-surgery', 'flexion-extension views before a surgical decision', [
      LUMBAR_FLEXION_EXTENSION_FOR_SURGERY,
    ]),
  ],
  criteria: [
    LUMBAR_XRAY_RED_FLAGS,
    IMAGING_REPEAT,
    LUMBAR_XRAY_AFTER_FUSION,
    LUMBAR_FLEXION_EXTENSION_FOR_SURGERY,
  ],
});

/**
 * A bone scan of the spine (ACOEM 2004 Ch. 12 Table 12-8, Ch. 8 Table 8-8): for a suspected tumor,
 * infection or fracture that films do not show, never for back or neck pain without red flags. Not in
 * the catalogue (the 2016-17 pool has no spinal bone scan).
 */
function spineBoneScanSet(
  chapter: AcoemChapter,
  id: string,
  regions: BodyRegion[],
  where: string,
): GuidelineSet {
  const redFlags = defineCriterion({
    id: 'spine-bone-scan-red-flags',
    statement: `A bone scan of the ${where} is for red flags (a suspected tumor, infection or fracture films may miss); it is not recommended for ${where} pain without them.`,
    whenNotMet: `The records show no red flags (a suspected tumor, infection or occult fracture), and the guideline does not recommend a bone scan for ${where} pain without them`,
    asRequirement:
      'Red flags are present: a suspected tumor, infection or fracture that plain films may miss',
    citation: acoem2004(chapter, SPECIAL_STUDIES),
    required: true,
    condition: isTrue('item.facts.redFlags', 'red flags: a suspected tumor, infection or occult fracture'),
    wouldMeet: {
      kind: 'documentation',
      text: 'Documentation of a red flag (a suspected tumor, infection or occult fracture)',
      label: 'red flags',
    },
    confirmed: false,
    confirmationNote: notInCatalogue(`ACOEM 2004 ${chapter}, Special Studies (bone scan)`),
  });
  return {
    ...regionSet({
      id,
      chapter,
      topic: 'Bone scan',
      services: ['bone_scan'],
      regions,
      paths: [],
      criteria: [redFlags, inChapter(IMAGING_REPEAT, chapter)],
    }),
    decisionRule: { kind: 'all_required' },
  };
}

export const LOW_BACK_BONE_SCAN = spineBoneScanSet(
  LOW_BACK,
  'acoem-2004-low-back-bone-scan',
  ['low_back'],
  'low back',
);
export const NECK_BONE_SCAN = spineBoneScanSet(
  NECK,
  'acoem-2004-neck-bone-scan',
  ['neck', 'thoracic'],
  'neck or upper back',
);

const neckCriteria = [
  NECK_RED_FLAGS,
  inChapter(IMAGING_NERVE_COMPROMISE, NECK),
  inChapter(IMAGING_CARE_FAILED, NECK),
  inChapter(IMAGING_CARE_3_WEEKS, NECK),
  inChapter(IMAGING_SURGERY_CONSIDERED, NECK, 'Special Studies', '182'),
  inChapter(IMAGING_REPEAT, NECK),
];

export const NECK_IMAGING: GuidelineSet = regionSet({
  id: 'acoem-2004-neck-imaging',
  chapter: NECK,
  topic: 'MRI, CT and x-rays',
  services: ['mri', 'ct', 'xray'],
  regions: ['neck', 'thoracic'],
  paths: [
    RED_FLAG_PATH,
    path('neurologic-dysfunction', 'physiologic evidence of neurologic dysfunction', [
      IMAGING_NERVE_COMPROMISE,
      IMAGING_CARE_3_WEEKS,
    ]),
    path(
      'before-surgery',
      'failure to progress in care meant to avoid surgery, or an invasive procedure planned',
      [IMAGING_CARE_FAILED, IMAGING_CARE_3_WEEKS, IMAGING_SURGERY_CONSIDERED],
    ),
  ],
  criteria: neckCriteria,
  note: 'ACOEM Ch. 8 criteria for ordering: a new red flag, physiologic evidence of tissue insult or neurologic dysfunction, failure to progress in a strengthening program meant to avoid surgery, or clarifying anatomy before an invasive procedure (Table 8-8 p. 182: MRI/CT to confirm nerve root compromise before an invasive procedure).',
});

/**
 * ODG Shoulder, MR arthrogram (confirmed catalogue 6.5): the letters judge an MR arthrogram by ODG's
 * own indications beside the chapter's rule for any special study, so it applies to that request
 * only, and prints its ODG line when it decides.
 */
export const SHOULDER_MR_ARTHROGRAM = defineCriterion({
  id: 'shoulder-mr-arthrogram-indication',
  statement:
    'MR arthrography of the shoulder is for a suspected labral tear or a suspected re-tear after a rotator cuff repair.',
  whenNotMet:
    'The records show no suspected labral tear or re-tear after a rotator cuff repair, the cases the guideline gives for MR arthrography of the shoulder',
  asRequirement: 'A labral tear, or a re-tear after a rotator cuff repair, is suspected',
  citation: odg('Shoulder', 'MR arthrogram'),
  required: true,
  condition: isTrue(
    'item.facts.labralTearOrRetearSuspected',
    'a suspected labral tear, or re-tear after a rotator cuff repair',
  ),
  appliesWhen: {
    condition: isTrue('item.mrArthrographyRequested', 'a request for MR arthrography'),
    description: 'applies only when the request is for MR arthrography',
  },
  wouldMeet: {
    kind: 'documentation',
    text: 'Documentation of a suspected labral tear or re-tear after a rotator cuff repair',
    label: 'MR arthrogram indication',
  },
  confirmed: true,
  confirmationNote:
    'Confirmed (confirmed catalogue 6.5, shoulder, ODG): MR arthrogram for a labral tear or a suspected re-tear after cuff repair (CM17-0008177).',
});

export const SHOULDER_MRI_CT: GuidelineSet = regionSet({
  id: 'acoem-2004-shoulder-mri-ct',
  chapter: SHOULDER,
  topic: 'MRI, CT and arthrography',
  services: ['mri', 'ct'],
  regions: ['shoulder'],
  paths: [
    RED_FLAG_PATH,
    path('neurovascular', 'physiologic evidence of neurovascular dysfunction after 4-6 weeks', [
      IMAGING_NERVE_COMPROMISE,
      IMAGING_CARE_4_WEEKS,
    ]),
    path('surgical-indication', 'failed conservative care with surgery considered', [
      IMAGING_CARE_FAILED,
      IMAGING_CARE_4_WEEKS,
      IMAGING_SURGERY_CONSIDERED,
    ]),
  ],
  criteria: [
    SHOULDER_RED_FLAGS,
    inChapter(IMAGING_NERVE_COMPROMISE, SHOULDER),
    inChapter(IMAGING_CARE_FAILED, SHOULDER),
    inChapter(IMAGING_CARE_4_WEEKS, SHOULDER),
    inChapter(IMAGING_SURGERY_CONSIDERED, SHOULDER, 'Summary', '214'),
    inChapter(IMAGING_REPEAT, SHOULDER),
    SHOULDER_MR_ARTHROGRAM,
  ],
  note: 'ACOEM Ch. 9 Table 9-6 p. 214: routine MRI or arthrography for evaluation without surgical indications is not recommended.',
});

/**
 * The chapter's special studies include diagnostic ultrasound (Table 9-6 rates it beside MRI for a
 * cuff tear), so a shoulder ultrasound follows the MRI's rule, less the MR arthrogram's indication.
 * Not in the catalogue (the pool has no shoulder ultrasound).
 */
export const SHOULDER_ULTRASOUND: GuidelineSet = {
  ...SHOULDER_MRI_CT,
  id: 'acoem-2004-shoulder-ultrasound',
  title: 'MTUS Shoulder Complaints (ACOEM 2004): Diagnostic ultrasound',
  services: ['diagnostic_ultrasound'],
  // Confirmed for MRI in the letters, not for ultrasound: each rule is our reading here.
  criteria: [
    ...SHOULDER_MRI_CT.criteria
      .filter((criterion) => criterion !== SHOULDER_MR_ARTHROGRAM)
      .map((criterion) =>
        reCite(
          criterion,
          criterion.citation,
          false,
          `${notInCatalogue('ACOEM 2004 Ch. 9 special studies, applied to ultrasound')} For MRI: ${criterion.confirmationNote}`,
        ),
      ),
    defineCriterion({
      id: 'us-not-beside-mri',
      statement:
        'Ultrasound and MRI answer the same question about the shoulder (Table 9-6 rates them side by side); when this review supports an MRI of the same shoulder, a second study of it adds nothing.',
      whenNotMet:
        'This review supports an MRI of the same shoulder, and an ultrasound would study the same structures again',
      asRequirement: 'No MRI of the same shoulder is supported in this review',
      citation: acoem2004(SHOULDER, SPECIAL_STUDIES, '214'),
      required: true,
      condition: isFalse('item.sameRegionMriNeeded', 'no MRI of the same shoulder supported in this review'),
      confirmed: false,
      confirmationNote: `${notInCatalogue('ACOEM 2004 Ch. 9, Table 9-6')} Our reading: one study of the same structure; the held-out letters upheld the ultrasound beside an overturned MRI.`,
    }),
  ],
  note: 'ACOEM Ch. 9 Table 9-6 rates ultrasound with MRI among the special studies for a suspected cuff tear; the same special-studies rule applies. The rule for ultrasound itself is our reading (not in the catalogue). An ultrasound beside an MRI of the same shoulder that this review finds necessary adds nothing.',
};

export const SHOULDER_XRAY: GuidelineSet = regionSet({
  id: 'acoem-2004-shoulder-xray',
  chapter: SHOULDER,
  topic: 'Plain films',
  services: ['xray'],
  regions: ['shoulder'],
  paths: [
    RED_FLAG_PATH,
    path('after-conservative-care', 'after 4-6 weeks of conservative care', [IMAGING_CARE_4_WEEKS]),
  ],
  criteria: [
    SHOULDER_RED_FLAGS,
    inChapter(IMAGING_CARE_4_WEEKS, SHOULDER),
    inChapter(IMAGING_REPEAT, SHOULDER),
  ],
  note: 'No plain films in the first 4-6 weeks without red flags (CM16-0232543).',
});

/** ODG Knee & Leg, MRI (confirmed catalogue 6.5): stricter than the chapter's rule for any repeat study. */
export const KNEE_REPEAT_MRI = defineCriterion({
  id: 'knee-repeat-mri-cartilage-repair',
  statement: 'A repeat knee MRI is reserved for assessing a cartilage repair after surgery.',
  whenNotMet:
    'The records do not show a cartilage repair after surgery to assess, the case the guideline reserves a repeat knee MRI for',
  asRequirement: 'The repeat MRI is to assess a cartilage repair after surgery',
  citation: odg('Knee & Leg', 'MRI'),
  required: true,
  condition: isTrue(
    'item.facts.cartilageRepairAssessment',
    'a repeat MRI to assess a cartilage repair after surgery',
  ),
  appliesWhen: {
    condition: isTrue('item.repeatMri', 'a repeat MRI of the same region'),
    description: 'applies only to a repeat MRI of the knee',
  },
  wouldMeet: {
    kind: 'documentation',
    text: 'Documentation that the repeat MRI is to assess a cartilage repair after surgery',
    label: 'repeat knee MRI',
  },
  confirmed: true,
  confirmationNote:
    'Confirmed (confirmed catalogue 6.5, knee, ODG): a repeat MRI is reserved for post-surgical cartilage-repair assessment (CM17-0008633).',
});

export const KNEE_MRI_CT: GuidelineSet = regionSet({
  id: 'acoem-2004-knee-mri-ct',
  chapter: KNEE,
  topic: 'MRI and CT',
  services: ['mri', 'ct'],
  regions: ['knee'],
  paths: [
    RED_FLAG_PATH,
    path('structural-lesion', 'a structural lesion after 4-6 weeks, surgery considered', [
      IMAGING_CARE_4_WEEKS,
      IMAGING_CARE_FAILED,
      IMAGING_STRUCTURAL_LESION,
      IMAGING_SURGERY_CONSIDERED,
    ]),
  ],
  criteria: [
    KNEE_RED_FLAGS,
    inChapter(IMAGING_CARE_4_WEEKS, KNEE),
    inChapter(IMAGING_CARE_FAILED, KNEE),
    IMAGING_STRUCTURAL_LESION,
    inChapter(IMAGING_SURGERY_CONSIDERED, KNEE, SPECIAL_STUDIES, '335-336'),
    inChapter(IMAGING_REPEAT, KNEE),
    KNEE_REPEAT_MRI,
  ],
});

export const KNEE_XRAY: GuidelineSet = regionSet({
  id: 'acoem-2004-knee-xray',
  chapter: KNEE,
  topic: 'Plain films',
  services: ['xray'],
  regions: ['knee'],
  paths: [
    RED_FLAG_PATH,
    path('after-conservative-care', 'after 4-6 weeks of failed conservative care', [
      IMAGING_CARE_4_WEEKS,
      IMAGING_CARE_FAILED,
    ]),
  ],
  criteria: [
    KNEE_RED_FLAGS,
    inChapter(IMAGING_CARE_4_WEEKS, KNEE),
    inChapter(
      IMAGING_CARE_FAILED,
      KNEE,
      SPECIAL_STUDIES,
      undefined,
      false,
      'Unconfirmed [U] for knee films: the letters confirm films for hemarthrosis after acute trauma (a red flag) and the 4-6 week rule for testing; failed care as a path to films is our reading.',
    ),
    inChapter(IMAGING_REPEAT, KNEE),
  ],
});

export const WRIST_HAND_IMAGING: GuidelineSet = regionSet({
  id: 'acoem-2004-wrist-hand-imaging',
  chapter: WRIST,
  topic: 'Special studies',
  services: ['mri', 'ct', 'xray'],
  regions: ['forearm_wrist_hand'],
  paths: [
    RED_FLAG_PATH,
    path('after-conservative-care', 'a specific lesion after 4-6 weeks of failed conservative care', [
      IMAGING_CARE_4_WEEKS,
      IMAGING_CARE_FAILED,
      IMAGING_STRUCTURAL_LESION,
    ]),
  ],
  criteria: [
    WRIST_HAND_RED_FLAGS,
    inChapter(IMAGING_CARE_4_WEEKS, WRIST),
    // A study clarifies a suspected lesion (a ligament tear, an occult fracture); a diagnosis the
    // exam makes (de Quervain's) needs none.
    inChapter(
      IMAGING_STRUCTURAL_LESION,
      WRIST,
      SPECIAL_STUDIES,
      undefined,
      false,
      notInCatalogue(
        'ACOEM Ch. 11 (special studies to clarify a specific suspected lesion, not for a diagnosis made on examination)',
      ),
    ),
    inChapter(
      IMAGING_CARE_FAILED,
      WRIST,
      SPECIAL_STUDIES,
      undefined,
      false,
      notInCatalogue(
        'ACOEM Ch. 11 (special studies after a 4-6 week period of conservative care and observation)',
      ),
    ),
    inChapter(IMAGING_REPEAT, WRIST),
  ],
});

export const ANKLE_FOOT_IMAGING: GuidelineSet = regionSet({
  id: 'acoem-2004-ankle-foot-imaging',
  chapter: ANKLE,
  topic: 'Special studies',
  services: ['mri', 'ct', 'xray'],
  regions: ['ankle_foot'],
  paths: [
    RED_FLAG_PATH,
    path('after-conservative-care', 'a specific lesion after 4 weeks of failed conservative care', [
      IMAGING_CARE_4_WEEKS,
      IMAGING_CARE_FAILED,
      IMAGING_STRUCTURAL_LESION,
    ]),
  ],
  criteria: [
    ANKLE_FOOT_RED_FLAGS,
    // Soft-tissue disorders (plantar fasciitis, tendinitis) give negative films and need no MRI: the
    // study is for a lesion the exam suspects (a ligament tear, an osteochondral lesion).
    inChapter(
      IMAGING_STRUCTURAL_LESION,
      ANKLE,
      SPECIAL_STUDIES,
      undefined,
      false,
      notInCatalogue(
        'ACOEM Ch. 14 (soft-tissue disorders such as plantar fasciitis do not call for MRI; studies clarify a suspected lesion in delayed recovery)',
      ),
    ),
    inChapter(
      IMAGING_CARE_4_WEEKS,
      ANKLE,
      SPECIAL_STUDIES,
      undefined,
      false,
      notInCatalogue(
        "ACOEM Ch. 14 (special studies are not needed until after a period of conservative care and observation; the 4 weeks are the other chapters' shorter end)",
      ),
    ),
    inChapter(
      IMAGING_CARE_FAILED,
      ANKLE,
      SPECIAL_STUDIES,
      undefined,
      false,
      notInCatalogue('ACOEM Ch. 14 (special studies in delayed recovery, after conservative care)'),
    ),
    inChapter(IMAGING_REPEAT, ANKLE),
  ],
  note: 'ACOEM Ch. 14: soft-tissue disorders (tendinitis, plantar fasciitis, metatarsalgia, neuroma) give negative films and do not call for MRI. ODG bone scan: tumor, a stress fracture films do not show, infection, or CRPS with non-diagnostic films.',
});

export const IMAGING_SETS: GuidelineSet[] = [
  LOW_BACK_MRI_CT,
  LOW_BACK_XRAY,
  LOW_BACK_BONE_SCAN,
  NECK_IMAGING,
  NECK_BONE_SCAN,
  SHOULDER_MRI_CT,
  SHOULDER_ULTRASOUND,
  SHOULDER_XRAY,
  KNEE_MRI_CT,
  KNEE_XRAY,
  WRIST_HAND_IMAGING,
  ANKLE_FOOT_IMAGING,
];

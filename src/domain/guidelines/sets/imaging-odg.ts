/**
 * Imaging of the regions the ACOEM 2004 chapters leave to other sources: hip, elbow, head and a
 * hernia of the groin or abdominal wall. The 2016-17 letters apply ODG (non-MTUS, under 8 CCR
 * 9792.21.1) to them; confirmed catalogue 6.5 gives each rule with the letters that apply it. Same
 * decision rule as the ACOEM region sets (any qualifying path) except for the hernia, whose rule
 * names one reason per study (all required); a repeat study of the same region always needs a
 * significant change.
 *
 * ODG's own topic names are used as sections ("Head, CT"), as the letters print them.
 */
import type { Criterion, DecisionPath, GuidelineSet } from '../guideline-schema';
import { allOf, atMost, defineCriterion, isTrue, odg, reCite } from './common';
import { IMAGING_REPEAT } from './imaging';
import { inRegion, notInCatalogue, odgTopicSet } from './procedure-common';

type OdgStudy = 'MRI' | 'CT' | 'X-ray' | 'Bone scan' | 'Imaging';

const regionRedFlags = (
  chapter: string,
  study: OdgStudy,
  statement: string,
  whenNotMet: string,
  examples: string,
  note: string,
  confirmed = true,
) =>
  defineCriterion({
    id: 'img-red-flags',
    statement,
    whenNotMet,
    citation: odg(chapter, study),
    required: true,
    condition: isTrue('item.facts.redFlags', 'red flags for serious pathology'),
    wouldMeet: {
      kind: 'documentation',
      text: `Documentation of a red flag (e.g. ${examples})`,
      label: 'red flags',
    },
    confirmed,
    confirmationNote: note,
  });

const repeatIn = (chapter: string, study: OdgStudy): Criterion =>
  reCite(
    IMAGING_REPEAT,
    odg(chapter, study),
    true,
    'Confirmed (confirmed catalogue 6.3 #4, 7 rule 12): a repeat study needs a significant change, in ODG as in ACOEM (CM17-0004344, CM17-0008633).',
  );

const path = (id: string, label: string, criteria: Criterion[]): DecisionPath => ({
  id,
  label,
  criteria: criteria.map((criterion) => criterion.id),
});

interface OdgRegionSpec {
  id: string;
  chapter: string;
  study: OdgStudy;
  services: GuidelineSet['services'];
  regions: Parameters<typeof inRegion>;
  paths: DecisionPath[];
  criteria: Criterion[];
  note?: string;
}

function odgRegionSet({
  id,
  chapter,
  study,
  services,
  regions,
  paths,
  criteria,
  note,
}: OdgRegionSpec): GuidelineSet {
  return {
    ...odgTopicSet({
      id,
      title: `${chapter}, ${study}`,
      citation: odg(chapter, study),
      topic: study,
      services,
      criteria,
      requestNoun: 'study',
      ...(note ? { note } : {}),
    }),
    appliesOnlyWhen: inRegion(...regions),
    decisionRule: { kind: 'any_path', paths },
  };
}

// ---------- hip ----------

const HIP = 'Hip & Pelvis';
const HIP_LETTERS = 'CM16-0244053, CM16-0248655, CM16-0248698, CM16-0238676, CM16-0232543';

const hipRedFlags = (study: OdgStudy) =>
  regionRedFlags(
    HIP,
    study,
    'Red flags for a serious hip condition are present: a fracture (or a severe injury that may have caused one), dislocation, infection or tumor.',
    'The records show no red flags for a serious hip condition (a fracture or a severe injury that may have caused one, a dislocation, infection or tumor)',
    'suspected fracture after a severe injury, infection, tumor',
    `Confirmed (confirmed catalogue 6.5): ODG hip imaging for fracture and tumor, films after a severe injury (${HIP_LETTERS}).`,
  );

const HIP_MRI_CONDITION = defineCriterion({
  id: 'hip-mri-listed-condition',
  statement:
    'The exam or films point to a condition ODG lists for hip MRI: osteonecrosis (avascular necrosis), an occult or stress fracture, a soft-tissue injury such as a labral tear, or a tumor. Routine hip pain and degenerative joint disease are not reasons for MRI.',
  whenNotMet:
    'The records point to no condition the guideline lists for hip MRI (osteonecrosis, an occult or stress fracture, a soft-tissue injury or a tumor), and routine hip pain and degenerative joint disease are not reasons for MRI',
  asRequirement:
    'The exam or films point to osteonecrosis, an occult or stress fracture, a soft-tissue injury (e.g. a labral tear) or a tumor',
  citation: odg(HIP, 'MRI'),
  required: true,
  condition: isTrue('item.facts.structuralLesionSuspected', 'a suspected condition ODG lists for hip MRI'),
  wouldMeet: {
    kind: 'documentation',
    text: 'Documentation of a suspected osteonecrosis, occult or stress fracture, soft-tissue injury (e.g. labral tear) or tumor',
    label: 'listed hip condition',
  },
  confirmed: true,
  confirmationNote: `Confirmed (confirmed catalogue 6.5): MRI for osteonecrosis/AVN, occult or stress fracture, soft-tissue injury or tumor, not for routine hip pain or degenerative joint disease (${HIP_LETTERS}).`,
});

const HIP_XRAY_JOINT = defineCriterion({
  id: 'hip-xray-joint-condition',
  statement:
    'Hip pain in a worker at high risk of osteoarthritis, or exam findings of a hip joint condition that films would show.',
  whenNotMet:
    'The records show neither hip pain in a worker at high risk of osteoarthritis nor exam findings of a hip joint condition that films would show',
  citation: odg(HIP, 'X-ray'),
  required: true,
  condition: isTrue('item.facts.structuralLesionSuspected', 'exam findings of a hip joint condition'),
  wouldMeet: {
    kind: 'documentation',
    text: 'Documentation of a high risk of osteoarthritis or exam findings of a hip joint condition',
    label: 'hip joint condition',
  },
  confirmed: false,
  confirmationNote: `Partly confirmed (confirmed catalogue 6.5): films after a severe injury or with a high risk of osteoarthritis (${HIP_LETTERS}). Reading "high risk" from the structural-lesion finding is ours.`,
});

export const HIP_MRI: GuidelineSet = odgRegionSet({
  id: 'odg-hip-mri',
  chapter: HIP,
  study: 'MRI',
  services: ['mri'],
  regions: ['hip'],
  paths: [
    path('red-flags', 'red flags', [hipRedFlags('MRI')]),
    path('listed-condition', 'a condition ODG lists for hip MRI', [HIP_MRI_CONDITION]),
  ],
  criteria: [hipRedFlags('MRI'), HIP_MRI_CONDITION, repeatIn(HIP, 'MRI')],
  note: 'The MTUS (ACOEM 2004) has no hip chapter; the letters apply ODG Hip & Pelvis (and, for some, the newer ACOEM Hip and Groin guideline).',
});

export const HIP_XRAY: GuidelineSet = odgRegionSet({
  id: 'odg-hip-xray',
  chapter: HIP,
  study: 'X-ray',
  services: ['xray'],
  regions: ['hip'],
  paths: [
    path('red-flags', 'red flags or a severe injury', [hipRedFlags('X-ray')]),
    path('joint-condition', 'a hip joint condition films would show', [HIP_XRAY_JOINT]),
  ],
  criteria: [hipRedFlags('X-ray'), HIP_XRAY_JOINT, repeatIn(HIP, 'X-ray')],
});

// ---------- elbow ----------

const ELBOW = 'Elbow';
const ELBOW_LETTERS = 'CM17-0014800, CM16-0242302';

const ELBOW_RED_FLAGS = regionRedFlags(
  ELBOW,
  'MRI',
  'Red flags for a serious elbow condition are present: fracture or dislocation, infection, tumor or a progressing nerve deficit.',
  'The records show no red flags for a serious elbow condition (a fracture or dislocation, infection, tumor or a progressing nerve deficit)',
  'suspected fracture, infection, tumor, progressing nerve deficit',
  `Unconfirmed [U]: the elbow letters (${ELBOW_LETTERS}) turn on films and a listed lesion; red flags calling for a study at once is the rule every other region shares, applied here by us.`,
  false,
);

const ELBOW_FILMS_FIRST = defineCriterion({
  id: 'elbow-mri-films-nondiagnostic',
  statement: 'Plain films of the elbow were taken first and did not explain the problem.',
  whenNotMet: 'The records do not show plain films of the elbow that failed to explain the problem',
  asRequirement: 'Plain films of the elbow were taken first and were non-diagnostic',
  citation: odg(ELBOW, 'MRI'),
  required: true,
  condition: isTrue('item.facts.plainFilmsNondiagnostic', 'non-diagnostic plain films first'),
  wouldMeet: {
    kind: 'documentation',
    text: 'Documentation of plain films of the elbow that were non-diagnostic',
    label: 'plain films first',
  },
  confirmed: true,
  confirmationNote: `Confirmed (confirmed catalogue 6.5): MRI for chronic elbow pain when plain films are non-diagnostic (${ELBOW_LETTERS}).`,
});

const ELBOW_LISTED_LESION = defineCriterion({
  id: 'elbow-mri-listed-lesion',
  statement:
    'A lesion ODG lists for elbow MRI is suspected (e.g. a collateral ligament tear, an osteochondral injury, a tendon rupture, a nerve entrapment or an occult fracture). Epicondylitis usually does not need MRI.',
  whenNotMet:
    'The records point to no lesion the guideline lists for elbow MRI (e.g. a ligament tear, osteochondral injury, tendon rupture or nerve entrapment), and epicondylitis usually does not need MRI',
  asRequirement:
    'A lesion the guideline lists for elbow MRI is suspected (e.g. a ligament tear, osteochondral injury, tendon rupture or nerve entrapment)',
  citation: odg(ELBOW, 'MRI'),
  required: true,
  condition: isTrue('item.facts.structuralLesionSuspected', 'a suspected lesion ODG lists for elbow MRI'),
  wouldMeet: {
    kind: 'documentation',
    text: 'Documentation of exam findings of a listed lesion (e.g. ligament tear, osteochondral injury, tendon rupture, nerve entrapment)',
    label: 'listed elbow lesion',
  },
  confirmed: true,
  confirmationNote: `Confirmed (confirmed catalogue 6.5): a listed lesion must be suspected; usually not needed for epicondylitis (${ELBOW_LETTERS}).`,
});

export const ELBOW_MRI: GuidelineSet = odgRegionSet({
  id: 'odg-elbow-mri',
  chapter: ELBOW,
  study: 'MRI',
  services: ['mri'],
  regions: ['elbow'],
  paths: [
    path('red-flags', 'red flags', [ELBOW_RED_FLAGS]),
    path('listed-lesion', 'non-diagnostic films and a listed lesion suspected', [
      ELBOW_FILMS_FIRST,
      ELBOW_LISTED_LESION,
    ]),
  ],
  criteria: [ELBOW_RED_FLAGS, ELBOW_FILMS_FIRST, ELBOW_LISTED_LESION, repeatIn(ELBOW, 'MRI')],
});

// ---------- head ----------

const HEAD = 'Head';
const HEAD_LETTERS = 'CM17-0002106, CM17-0009441, CM16-0236906, CM17-0017693, CM16-0247624';

const headRedFlags = (study: OdgStudy) =>
  regionRedFlags(
    HEAD,
    study,
    'Red flags after a head injury are present: declining consciousness or abnormal mental status, a focal neurologic deficit, a seizure, repeated vomiting, or signs of a skull fracture or bleeding.',
    'The records show no red flags after the head injury (declining consciousness or abnormal mental status, a focal neurologic deficit, a seizure, repeated vomiting, or signs of a skull fracture or bleeding)',
    'declining consciousness, focal deficit, seizure, signs of a skull fracture',
    `Confirmed (confirmed catalogue 6.5): no neuroimaging after a mild head injury beyond 72 hours unless worse or with red flags (${HEAD_LETTERS}).`,
  );

const headAcute = (study: OdgStudy) =>
  defineCriterion({
    id: 'head-imaging-within-72-hours',
    statement: 'The study is asked for within 72 hours of the head injury (the acute phase).',
    whenNotMet:
      'The study was asked for more than 72 hours after the head injury, and the guideline does not recommend neuroimaging after that without worsening or red flags',
    asRequirement: 'The study is asked for within 72 hours of the head injury',
    citation: odg(HEAD, study),
    required: true,
    condition: atMost('case.daysFromInjuryToRequest', 3, 'days', 'a request within 72 hours of the injury'),
    wouldMeet: {
      kind: 'documentation',
      text: 'A request within 72 hours of the injury, or documentation of worsening or red flags',
      label: 'acute phase',
    },
    confirmed: true,
    confirmationNote: `Confirmed (confirmed catalogue 6.5): the 72-hour acute window after a mild head injury (${HEAD_LETTERS}).`,
  });

const headWorsening = (study: OdgStudy) =>
  defineCriterion({
    id: 'head-imaging-worsening',
    statement: 'Symptoms or neurologic signs are getting worse.',
    whenNotMet: 'The records do not show worsening symptoms or neurologic signs',
    asRequirement: 'Symptoms or neurologic signs are getting worse',
    citation: odg(HEAD, study),
    required: true,
    condition: isTrue('item.facts.symptomsWorsening', 'worsening symptoms or neurologic signs'),
    wouldMeet: {
      kind: 'documentation',
      text: 'Documentation of worsening symptoms or neurologic signs',
      label: 'worsening',
    },
    confirmed: true,
    confirmationNote: `Confirmed (confirmed catalogue 6.5): imaging after the acute phase only when the worker gets worse (${HEAD_LETTERS}).`,
  });

/** ODG Head: skull films only when CT cannot be done, and then for the same reasons as a CT. */
const HEAD_FILMS_CT_UNAVAILABLE = defineCriterion({
  id: 'head-xray-ct-unavailable',
  statement: 'Skull films are only for when CT is not available.',
  whenNotMet:
    'The records do not show that CT is unavailable, the one case the guideline gives for skull films',
  asRequirement: 'CT is not available',
  citation: odg(HEAD, 'X-ray'),
  required: true,
  condition: isTrue('item.facts.ctUnavailable', 'CT not available'),
  wouldMeet: {
    kind: 'documentation',
    text: 'Documentation that CT is not available',
    label: 'CT unavailable',
  },
  confirmed: true,
  confirmationNote: `Confirmed (confirmed catalogue 6.5, head): skull films only if CT is unavailable (${HEAD_LETTERS}).`,
});

const headSet = (
  study: 'MRI' | 'CT' | 'X-ray',
  service: 'mri' | 'ct' | 'xray',
  extra: Criterion[] = [],
): GuidelineSet =>
  odgRegionSet({
    id: `odg-head-${service}`,
    chapter: HEAD,
    study,
    services: [service],
    regions: ['head'],
    paths: [
      path('acute', 'within 72 hours of the injury', [headAcute(study)]),
      path('red-flags', 'red flags', [headRedFlags(study)]),
      path('worsening', 'worsening symptoms or signs', [headWorsening(study)]),
    ],
    criteria: [...extra, headAcute(study), headRedFlags(study), headWorsening(study), repeatIn(HEAD, study)],
    note: 'After the acute phase ODG prefers MRI to CT; skull films only when CT is not available.',
  });

export const HEAD_CT = headSet('CT', 'ct');
export const HEAD_MRI = headSet('MRI', 'mri');
export const HEAD_XRAY = headSet('X-ray', 'xray', [HEAD_FILMS_CT_UNAVAILABLE]);

// ---------- bone scan of the ankle and foot ----------

const ANKLE_FOOT = 'Ankle & Foot';
const BONE_SCAN_LETTER = 'CM17-0006838';

const BONE_SCAN_CONDITION = defineCriterion({
  id: 'bone-scan-films-nondiagnostic-condition',
  statement:
    'Plain films were taken and did not explain the problem, and a stress fracture they may miss, or complex regional pain syndrome, is suspected.',
  whenNotMet:
    'The records do not show non-diagnostic plain films with a suspected stress fracture or complex regional pain syndrome, the reasons the guideline gives for a bone scan',
  asRequirement:
    'Non-diagnostic plain films, with a suspected stress fracture or complex regional pain syndrome',
  citation: odg(ANKLE_FOOT, 'Bone scan'),
  required: true,
  condition: allOf(
    isTrue('item.facts.plainFilmsNondiagnostic', 'non-diagnostic plain films first'),
    isTrue('item.facts.structuralLesionSuspected', 'a suspected stress fracture or CRPS'),
  ),
  wouldMeet: {
    kind: 'documentation',
    text: 'Documentation of non-diagnostic plain films and a suspected stress fracture or CRPS',
    label: 'films first, listed condition',
  },
  confirmed: true,
  confirmationNote: `Confirmed (confirmed catalogue 6.5, foot/ankle): a bone scan for a stress fracture films do not show, or CRPS with non-diagnostic films (${BONE_SCAN_LETTER}).`,
});

export const ANKLE_FOOT_BONE_SCAN: GuidelineSet = {
  ...odgTopicSet({
    id: 'odg-ankle-foot-bone-scan',
    title: `${ANKLE_FOOT}, Bone scan`,
    citation: odg(ANKLE_FOOT, 'Bone scan'),
    topic: 'Bone scan',
    services: ['bone_scan'],
    requestNoun: 'study',
    criteria: [
      regionRedFlags(
        ANKLE_FOOT,
        'Bone scan',
        'Red flags are present: a suspected tumor, bone infection or fracture.',
        'The records show no red flags (a suspected tumor, bone infection or fracture)',
        'suspected tumor, osteomyelitis, fracture',
        `Confirmed (confirmed catalogue 6.5): ODG bone scan for tumor and infection (${BONE_SCAN_LETTER}).`,
      ),
      BONE_SCAN_CONDITION,
      repeatIn(ANKLE_FOOT, 'Bone scan'),
    ],
    note: 'The MTUS ankle and foot chapter names a bone scan only for a suspected stress fracture; the 2016 CPMTG (CRPS, diagnostic tests) allows a triple-phase scan early in suspected CRPS. Other regions go to the evidence hierarchy.',
  }),
  appliesOnlyWhen: inRegion('ankle_foot'),
  decisionRule: {
    kind: 'any_path',
    paths: [
      { id: 'red-flags', label: 'red flags', criteria: ['img-red-flags'] },
      {
        id: 'films-first',
        label: 'non-diagnostic films and a suspected stress fracture or CRPS',
        criteria: [BONE_SCAN_CONDITION.id],
      },
    ],
  },
};

// ---------- hernia of the groin or abdominal wall ----------

/**
 * ODG Hernia, Imaging (confirmed catalogue 6.5, CM17-0014944): a hernia is diagnosed by physical
 * exam and imaging is rarely needed; ultrasound is the first study when the exam is equivocal, and
 * CT is kept for a complex hernia in an obese patient. One ODG topic for every study, so each set
 * prints "... (ODG) Hernia, Imaging" as the letter does; the study decides which rule applies.
 */
const HERNIA = 'Hernia';
const HERNIA_IMAGING = odg(HERNIA, 'Imaging');
const HERNIA_LETTER = 'CM17-0014944';

const HERNIA_EXAM_EQUIVOCAL = defineCriterion({
  id: 'hernia-imaging-exam-equivocal',
  statement:
    'A hernia is diagnosed by physical exam and imaging is rarely needed: a study is for an exam that can neither confirm nor rule out the hernia (an equivocal exam).',
  whenNotMet:
    'The records do not show an exam that can neither confirm nor rule out the hernia, and the guideline finds imaging rarely needed because a hernia is diagnosed by physical exam',
  asRequirement: 'The physical exam is equivocal: it can neither confirm nor rule out the hernia',
  citation: HERNIA_IMAGING,
  required: true,
  condition: isTrue(
    'item.facts.examEquivocal',
    'an equivocal exam (it neither confirms nor rules out the hernia)',
  ),
  wouldMeet: {
    kind: 'documentation',
    text: 'Documentation of an exam that can neither confirm nor rule out the hernia',
    label: 'equivocal exam',
  },
  confirmed: true,
  confirmationNote: `Confirmed (confirmed catalogue 6.5, hernia, ODG): imaging is rarely needed, with ultrasound first when the exam is equivocal (${HERNIA_LETTER}).`,
});

const HERNIA_ULTRASOUND_FIRST = defineCriterion({
  id: 'hernia-imaging-ultrasound-first',
  statement:
    'Ultrasound is the first study for an equivocal hernia exam: another study follows only an ultrasound that did not settle the question.',
  whenNotMet:
    'The records show no diagnostic ultrasound that was done first and did not settle the question, and the guideline makes ultrasound the first study for a hernia',
  asRequirement: 'A diagnostic ultrasound was done first and did not settle the question',
  citation: HERNIA_IMAGING,
  required: true,
  condition: isTrue(
    'item.facts.ultrasoundNondiagnostic',
    'a diagnostic ultrasound done first that did not settle the question',
  ),
  wouldMeet: {
    kind: 'documentation',
    text: 'Documentation of a diagnostic ultrasound done first that did not settle the question',
    label: 'ultrasound first',
  },
  confirmed: false,
  confirmationNote: `Partly confirmed (confirmed catalogue 6.5, hernia, ODG): ultrasound is the first study (${HERNIA_LETTER}). That MRI or films follow only an ultrasound that left an equivocal exam unsettled is our reading: the letter names no study but ultrasound and CT.`,
});

const HERNIA_CT_COMPLEX = defineCriterion({
  id: 'hernia-ct-complex-hernia-obesity',
  statement:
    'CT is kept for one case: a complex hernia (e.g. large, recurrent or incisional) in an obese patient.',
  whenNotMet:
    'The records do not show a complex hernia in an obese patient, the one case the guideline gives for CT of a hernia',
  asRequirement: 'The hernia is complex (e.g. large, recurrent or incisional) and the patient is obese',
  citation: HERNIA_IMAGING,
  required: true,
  condition: isTrue('item.facts.complexHerniaInObesity', 'a complex hernia in an obese patient'),
  wouldMeet: {
    kind: 'documentation',
    text: 'Documentation of a complex hernia in an obese patient',
    label: 'complex hernia, obesity',
  },
  confirmed: true,
  confirmationNote: `Confirmed (confirmed catalogue 6.5, hernia, ODG): CT only for a complex hernia in an obese patient (${HERNIA_LETTER}). The examples of a complex hernia are ours.`,
});

const HERNIA_NOTE =
  'The MTUS (ACOEM 2004) has no hernia chapter; the letters apply ODG Hernia (CM17-0014944). A hernia the exam shows needs no imaging; ultrasound is the first study when the exam is equivocal, and CT is kept for a complex hernia in an obese patient.';

const herniaSet = (
  service: 'diagnostic_ultrasound' | 'mri' | 'ct' | 'xray',
  study: string,
  criteria: Criterion[],
): GuidelineSet => ({
  ...odgTopicSet({
    id: `odg-hernia-${service.replaceAll('_', '-')}`,
    title: `${HERNIA}, Imaging (${study})`,
    citation: HERNIA_IMAGING,
    topic: 'Imaging',
    services: [service],
    requestNoun: 'study',
    criteria: [...criteria, repeatIn(HERNIA, 'Imaging')],
    note: HERNIA_NOTE,
  }),
  appliesOnlyWhen: inRegion('abdominal_wall'),
});

export const HERNIA_ULTRASOUND = herniaSet('diagnostic_ultrasound', 'ultrasound', [HERNIA_EXAM_EQUIVOCAL]);
export const HERNIA_CT = herniaSet('ct', 'CT', [HERNIA_CT_COMPLEX]);
export const HERNIA_MRI = herniaSet('mri', 'MRI', [HERNIA_EXAM_EQUIVOCAL, HERNIA_ULTRASOUND_FIRST]);
export const HERNIA_XRAY = herniaSet('xray', 'X-ray', [HERNIA_EXAM_EQUIVOCAL, HERNIA_ULTRASOUND_FIRST]);

/**
 * A diagnostic ultrasound of the spine: ODG Low Back and Neck & Upper Back do not recommend it (no
 * evidence it changes the care of back or neck pain); the ACOEM 2004 spine chapters do not list it
 * among their special studies. Not in the catalogue (the pool has no spinal ultrasound).
 */
export const SPINE_ULTRASOUND: GuidelineSet = {
  ...odgTopicSet({
    id: 'odg-spine-diagnostic-ultrasound',
    title: 'Low Back and Neck & Upper Back, Ultrasound (diagnostic)',
    citation: odg('Low Back', 'Ultrasound (diagnostic)'),
    topic: 'Ultrasound (diagnostic)',
    services: ['diagnostic_ultrasound'],
    requestNoun: 'study',
    criteria: [
      defineCriterion({
        id: 'spine-ultrasound-not-recommended',
        statement:
          'A diagnostic ultrasound of the spine is not recommended: the evidence does not show it helps diagnose or manage back or neck pain.',
        whenNotMet:
          'The guideline does not recommend a diagnostic ultrasound of the spine (no evidence it helps diagnose or manage back or neck pain), and this request is for one',
        citation: odg('Low Back', 'Ultrasound (diagnostic)'),
        required: true,
        condition: {
          kind: 'not_recommended',
          text: 'ODG does not recommend a diagnostic ultrasound of the spine.',
        },
        extraFieldPaths: ['bodyPart'],
        confirmed: false,
        confirmationNote: notInCatalogue('ODG Low Back and Neck & Upper Back, Ultrasound (diagnostic)'),
      }),
    ],
    note: 'The ACOEM 2004 low back and neck chapters do not list ultrasound among their special studies; ODG is reached under 8 CCR 9792.21.1.',
  }),
  appliesOnlyWhen: inRegion('low_back', 'thoracic', 'neck'),
};

export const ODG_IMAGING_SETS: GuidelineSet[] = [
  HIP_MRI,
  HIP_XRAY,
  ELBOW_MRI,
  HEAD_CT,
  HEAD_MRI,
  HEAD_XRAY,
  ANKLE_FOOT_BONE_SCAN,
  HERNIA_ULTRASOUND,
  SPINE_ULTRASOUND,
  HERNIA_CT,
  HERNIA_MRI,
  HERNIA_XRAY,
];

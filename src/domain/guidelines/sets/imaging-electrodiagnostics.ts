/**
 * Electrodiagnostic testing (EMG/NCS). Catalogue 3.12 (EMG/NCV); confirmed catalogue 6.4.
 * - Low back and neck: the ACOEM 2004 chapters ("Special Studies"), 06/15/2007 to 12/01/2017,
 *   chosen by the request's body part: EMG for symptoms lasting more than 3-4 weeks when
 *   radiculopathy is not already clinically obvious.
 * - The legs before 07/29/2016: the low back chapter, with the same criteria (the study looks for a
 *   lumbar root).
 * - Other regions (e.g. the upper or lower extremities) from 07/29/2016: the 2016 CPMTG section
 *   "Electrodiagnostic testing (EMG/NCS)" (ODG-based text: needle EMG after 1 month of conservative
 *   therapy; NCS not recommended for presumed radiculopathy; NCS for entrapment in a possible
 *   surgical candidate).
 * Both routes hold the same criteria, so how the body part is typed ("lumbar spine" or "right leg")
 * changes the citation, never the decision: the timing is 1 month of conservative care in both (the
 * letters citing the ACOEM chapters quote the ODG month too; confirmed catalogue 6.4 and 8).
 * Decision rule: one path (radiculopathy, or nerve entrapment), plus the NCS and repeat rules. The
 * service is read as including EMG: for an entrapment such as carpal tunnel syndrome the EMG is
 * generally not needed, and IMR decides the request as a whole (confirmed catalogue 2.2, 6.4).
 * Both paths also fail when imaging already shows the nerve root lesion that matches the exam
 * (confirmed catalogue 6.4 NEW): on the entrapment path the EMG is there for a suspected
 * radiculopathy beside the entrapment, and imaging that shows it leaves the EMG unneeded. Only a
 * recorded imaging finding fails it, so a case that says nothing about imaging is decided as before.
 * - The shoulder: the ACOEM 2004 shoulder chapter (Table 9-6, p. 213), 06/15/2007 to 12/01/2017,
 *   chosen by the body part before the 2016 CPMTG section, as the shoulder letter cites it (confirmed
 *   catalogue 6.4 NEW, CM17-0011543). The chapter does not recommend the studies for the usual
 *   shoulder diagnoses; the letter took its exception from outside the MTUS (ACOEM 3rd ed. Shoulder
 *   Disorders p. 64): a suspected brachial plexopathy with subacute or chronic paresthesias and an
 *   unclear diagnosis. All required, with the repeat rule. A request that also names the neck or
 *   low back is judged against that chapter too, and the set that supports it least decides (ADR 012).
 */
import {
  type Criterion,
  type GuidelineCitation,
  type GuidelineSet,
  NON_MTUS_EDITION,
} from '../guideline-schema';
import { allOf, atLeast, cpmtg2016, defineCriterion, isFalse, isTrue, reCite } from './common';
import {
  ACOEM_2004_PERIOD,
  ACOEM_2017_FROM,
  type AcoemChapter,
  acoem2004,
  acoemLetterLine,
  CPMTG_2016_FROM,
  inRegion,
  notInCatalogue,
} from './procedure-common';

const EDX_2016 = cpmtg2016('Electrodiagnostic testing (EMG/NCS)');
const LOW_BACK: AcoemChapter = 'Low Back Complaints';
const NECK: AcoemChapter = 'Neck and Upper Back Complaints';

const NOT_OBVIOUS_LETTERS =
  'Confirmed (confirmed catalogue 6.4 #1): not needed when radiculopathy is clinically obvious (CM16-0230651, CM16-0248698, CM17-0000846, CM17-0000859, CM17-0003623, CM17-0009887).';

export const EDX_RADICULOPATHY_NOT_OBVIOUS = defineCriterion({
  id: 'edx-radiculopathy-not-obvious',
  statement:
    'The study looks for nerve root dysfunction that is suspected but not clinically obvious: radiating symptoms without unequivocal findings on exam.',
  whenNotMet:
    'The records do not show nerve root dysfunction that is suspected but not clinically obvious (radiating symptoms without unequivocal findings on exam)',
  citation: EDX_2016,
  required: true,
  condition: allOf(
    isTrue('item.facts.radicularSymptoms', 'radiating (radicular) symptoms'),
    isFalse(
      'item.facts.neuroDeficit',
      'no unequivocal neurologic findings (testing is not needed when radiculopathy is obvious)',
    ),
  ),
  wouldMeet: {
    kind: 'documentation',
    text: 'Documentation of radiating symptoms with an equivocal neurologic exam',
    label: 'suspected radiculopathy',
  },
  confirmed: true,
  confirmationNote: NOT_OBVIOUS_LETTERS,
});

export const EDX_LESION_NOT_ON_IMAGING = defineCriterion({
  id: 'edx-lesion-not-shown-on-imaging',
  statement:
    'Electrodiagnostic testing is not needed when imaging already shows the nerve root lesion that matches the exam.',
  whenNotMet:
    'The guideline does not find electrodiagnostic testing needed when imaging already shows the lesion, as it does in this case',
  asRequirement: 'Imaging does not already show the nerve root lesion the study would look for',
  citation: EDX_2016,
  required: true,
  condition: isFalse(
    'item.lesionShownOnImaging',
    'no imaging that already shows the nerve root lesion the study would look for',
  ),
  wouldMeet: {
    kind: 'documentation',
    text: 'Documentation that the imaging does not show a nerve root lesion matching the exam',
    label: 'lesion already on imaging',
  },
  confirmed: true,
  confirmationNote:
    'Confirmed (confirmed catalogue 6.4, NEW): electrodiagnostic testing is not needed when imaging already shows the lesion (CM17-0010006). Only a recorded imaging finding of the lesion fails this criterion; imaging not recorded reads as not shown.',
});

export const EDX_AFTER_ONE_MONTH = defineCriterion({
  id: 'edx-conservative-care-1-month',
  statement: 'Needle EMG for radiculopathy comes after at least 1 month (4 weeks) of conservative therapy.',
  whenNotMet:
    'The request comes before the period of conservative therapy the guideline expects before EMG for radiculopathy',
  citation: EDX_2016,
  required: true,
  condition: atLeast(
    'item.facts.conservativeCareWeeks',
    4,
    'weeks',
    'at least 4 weeks of conservative therapy',
  ),
  wouldMeet: {
    kind: 'documentation',
    text: 'Documentation of at least 1 month of conservative therapy',
    label: 'time in conservative care',
  },
  confirmed: true,
  confirmationNote:
    'Confirmed (confirmed catalogue 6.4, NEW): CM16-0230651, CM16-0248698, CM17-0000846, CM17-0000859, CM17-0003623, CM17-0009887.',
});

/**
 * The chapters' "more than 3-4 weeks" read as the 1 month the same letters quote from ODG. Same id
 * and condition as the 2016 rule; it replaces the former 3-week rule (edx-symptoms-3-weeks), which
 * let a spine-typed request pass a week before the same study typed as a limb.
 */
const acoemAfterOneMonth = (chapter: AcoemChapter): Criterion => ({
  ...EDX_AFTER_ONE_MONTH,
  statement:
    'EMG may help find subtle nerve root dysfunction once symptoms have lasted more than 3-4 weeks: at least 1 month (4 weeks) of conservative therapy.',
  citation: acoem2004(chapter, 'Special Studies'),
  confirmed: true,
  confirmationNote:
    'Confirmed (confirmed catalogue 6.4 #1, #3 and NEW; 8): more than 3-4 weeks for the low back (CM17-0000846, CM17-0000859) and neck (CM17-0018054, CM17-0000846); the letters citing these chapters also quote needle EMG after 1 month of conservative therapy (CM17-0000846, CM17-0000859), the EDx timing the catalogue gives (section 8).',
});

export const EDX_EMG_NOT_FOR_ENTRAPMENT_ALONE = defineCriterion({
  id: 'edx-emg-not-for-entrapment-alone',
  statement:
    'EMG is generally not needed for carpal tunnel syndrome or another nerve entrapment (nerve conduction studies are): the EMG in the request needs a suspected radiculopathy as well, since IMR decides the request as a whole.',
  whenNotMet:
    'No radiculopathy is suspected (no radiating symptoms) to support the EMG in the request, and the guideline generally does not find EMG needed for carpal tunnel syndrome or another nerve entrapment',
  asRequirement: 'A suspected radiculopathy (radiating symptoms) supports the EMG in the request',
  citation: EDX_2016,
  required: true,
  condition: isTrue(
    'item.facts.radicularSymptoms',
    'a suspected radiculopathy (radiating symptoms) for the EMG in the request',
  ),
  appliesWhen: {
    condition: isTrue('item.requestMayIncludeEmg', 'needle EMG in the request'),
    description:
      'applies only when the request includes needle EMG (one that names nerve conduction studies alone has none)',
  },
  wouldMeet: {
    kind: 'request',
    text: 'limited to nerve conduction studies for the entrapment, or documentation of radiating symptoms for the EMG',
    label: 'EMG for an entrapment',
  },
  confirmed: true,
  confirmationNote:
    'Confirmed (confirmed catalogue 6.4, NEW): EMG and NCS are separate studies; NCS is for signs of carpal tunnel syndrome in possible surgical candidates and EMG is generally not needed for it (CM16-0230651, CM17-0009887, CM17-0015333); EMG accepted for a suspected cervical radiculopathy beside carpal tunnel signs (CM16-0248034). IMR judges the request as submitted and cannot modify it (confirmed catalogue 2.2; 7, rule 10). A request whose words name nerve conduction studies and no EMG is read as NCS alone; any other is read as including EMG.',
});

export const EDX_CARE_FAILED = defineCriterion({
  id: 'edx-conservative-care-failed',
  statement:
    'Conservative care was tried without adequate improvement (testing is not needed while the worker improves).',
  whenNotMet:
    'The records do not show conservative care tried without adequate improvement (testing is not needed while the worker improves)',
  citation: EDX_2016,
  required: true,
  condition: isTrue(
    'item.facts.conservativeCareFailed',
    'conservative care tried without adequate improvement',
  ),
  wouldMeet: {
    kind: 'documentation',
    text: 'Documentation of failed conservative care',
    label: 'failed conservative care',
  },
  confirmed: true,
  confirmationNote:
    'Confirmed (confirmed catalogue 6.4): no failed conservative care in CM17-0000859; not needed while improving (CM17-0003619).',
});

export const EDX_ENTRAPMENT = defineCriterion({
  id: 'edx-entrapment-surgical-candidate',
  statement:
    'For a suspected nerve entrapment (e.g. carpal tunnel syndrome), testing is for clinical signs of it in a possible surgical candidate.',
  whenNotMet: 'The records do not show clinical signs of a nerve entrapment in a possible surgical candidate',
  citation: EDX_2016,
  required: true,
  condition: allOf(
    isTrue('item.facts.entrapmentSuspected', 'clinical signs of a peripheral nerve entrapment'),
    isTrue('item.facts.surgeryConsidered', 'a possible surgical candidate'),
  ),
  wouldMeet: {
    kind: 'documentation',
    text: 'Documentation of clinical signs of nerve entrapment in a possible surgical candidate',
    label: 'nerve entrapment',
  },
  confirmed: true,
  confirmationNote:
    'Confirmed (confirmed catalogue 6.4, NEW): NCS for clinical signs of carpal tunnel syndrome in possible surgical candidates (CM16-0230651, CM17-0009887, CM17-0015333); surgical planning accepted in CM16-0248034.',
});

export const EDX_NCS_ONLY_FOR_ENTRAPMENT = defineCriterion({
  id: 'edx-ncs-not-for-radiculopathy',
  statement:
    'Nerve conduction studies are not recommended for presumed radiculopathy; they are for clinical signs of a peripheral nerve entrapment.',
  whenNotMet:
    'The records show no clinical signs of a peripheral nerve entrapment, and the guideline does not recommend nerve conduction studies for presumed radiculopathy',
  asRequirement:
    'Clinical signs of a peripheral nerve entrapment support the nerve conduction studies in the request',
  citation: EDX_2016,
  required: true,
  condition: isTrue(
    'item.facts.entrapmentSuspected',
    'clinical signs of a peripheral nerve entrapment for NCS',
  ),
  appliesWhen: {
    condition: isTrue('item.facts.includesNcs', 'nerve conduction studies in the request'),
    description: 'applies only when the request includes nerve conduction studies',
  },
  wouldMeet: {
    kind: 'request',
    text: 'limited to needle EMG, or documentation of signs of nerve entrapment for the NCS',
    label: 'nerve conduction studies',
  },
  confirmed: true,
  confirmationNote:
    'Confirmed as CORRECTED (confirmed catalogue 6.4 #2 and 8): "not recommended", not "minimal justification" (CM16-0230651, CM16-0248698, CM17-0000846, CM17-0000859, CM17-0009887).',
});

export const EDX_REPEAT = defineCriterion({
  id: 'edx-repeat-needs-reason',
  statement: 'A repeat study needs a reason: a significant change since the prior study.',
  whenNotMet: 'The records show no significant change since the prior study that would justify repeating it',
  citation: EDX_2016,
  required: true,
  condition: isTrue('item.facts.significantChange', 'a significant change since the prior study'),
  appliesWhen: {
    condition: isTrue('item.facts.priorStudySameRegion', 'a prior study of the same region'),
    description: 'applies only when the same study was already done for this region',
  },
  wouldMeet: {
    kind: 'documentation',
    text: 'Documentation of a significant change since the prior study',
    label: 'repeat study',
  },
  confirmed: true,
  confirmationNote:
    'Confirmed (confirmed catalogue 6.4 and 7, rule 12): a repeat study needs a reason (CM17-0003284).',
});

const PATHS = [
  {
    id: 'radiculopathy',
    label: 'suspected radiculopathy after failed conservative care',
    criteria: [
      EDX_RADICULOPATHY_NOT_OBVIOUS.id,
      EDX_LESION_NOT_ON_IMAGING.id,
      EDX_AFTER_ONE_MONTH.id,
      EDX_CARE_FAILED.id,
    ],
  },
  {
    id: 'entrapment',
    label: 'nerve entrapment in a possible surgical candidate',
    // The EMG beside the nerve conduction studies is for a suspected radiculopathy, which imaging
    // that already shows the root lesion makes unnecessary, as on the radiculopathy path.
    criteria: [EDX_ENTRAPMENT.id, EDX_EMG_NOT_FOR_ENTRAPMENT_ALONE.id, EDX_LESION_NOT_ON_IMAGING.id],
  },
];

export const EDX_2016_SET: GuidelineSet = {
  id: 'cpmtg-2016-electrodiagnostics',
  title: 'MTUS Chronic Pain Medical Treatment Guidelines (2016): Electrodiagnostic testing (EMG/NCS)',
  guideline: 'MTUS Chronic Pain Medical Treatment Guidelines',
  edition: '2016',
  effectiveFrom: CPMTG_2016_FROM,
  effectiveTo: ACOEM_2017_FROM,
  services: ['emg_ncs'],
  letterLine: { name: 'MTUS Chronic Pain Medical Treatment 2016', style: 'sections' },
  requestNoun: 'request',
  decisionRule: { kind: 'any_path', paths: PATHS },
  criteria: [
    EDX_RADICULOPATHY_NOT_OBVIOUS,
    EDX_LESION_NOT_ON_IMAGING,
    EDX_AFTER_ONE_MONTH,
    EDX_CARE_FAILED,
    EDX_ENTRAPMENT,
    EDX_EMG_NOT_FOR_ENTRAPMENT_ALONE,
    EDX_NCS_ONLY_FOR_ENTRAPMENT,
    EDX_REPEAT,
  ],
  note: 'Testing should be done by physical medicine or neurology physicians (CM17-0000846); SSEP is for intra-operative monitoring only (CM17-0011730).',
};

function acoemEdxSet(id: string, chapter: AcoemChapter, regions: Parameters<typeof inRegion>): GuidelineSet {
  const cite = (criterion: Criterion, confirmed = criterion.confirmed, note = criterion.confirmationNote) =>
    reCite(criterion, acoem2004(chapter, 'Special Studies'), confirmed, note);
  const ODG_PART =
    'Wording from the ODG-based text the letters pair with the ACOEM chapter (e.g. CM17-0000859: MTUS Low Back 2004 plus ODG EMG/NCV).';
  return {
    id,
    title: `MTUS ${chapter} (ACOEM 2004): Electrodiagnostic studies`,
    guideline: `MTUS ${chapter}`,
    edition: '2004',
    ...ACOEM_2004_PERIOD,
    services: ['emg_ncs'],
    appliesOnlyWhen: inRegion(...regions),
    letterLine: acoemLetterLine(chapter),
    requestNoun: 'request',
    decisionRule: { kind: 'any_path', paths: PATHS },
    criteria: [
      cite(EDX_RADICULOPATHY_NOT_OBVIOUS),
      cite(EDX_LESION_NOT_ON_IMAGING),
      acoemAfterOneMonth(chapter),
      cite(EDX_CARE_FAILED),
      cite(EDX_ENTRAPMENT, true, `${EDX_ENTRAPMENT.confirmationNote} ${ODG_PART}`),
      cite(
        EDX_EMG_NOT_FOR_ENTRAPMENT_ALONE,
        true,
        `${EDX_EMG_NOT_FOR_ENTRAPMENT_ALONE.confirmationNote} ${ODG_PART}`,
      ),
      cite(EDX_NCS_ONLY_FOR_ENTRAPMENT, true, `${EDX_NCS_ONLY_FOR_ENTRAPMENT.confirmationNote} ${ODG_PART}`),
      cite(EDX_REPEAT),
    ],
  };
}

export const LOW_BACK_EDX = acoemEdxSet('acoem-2004-low-back-electrodiagnostics', LOW_BACK, ['low_back']);
export const NECK_EDX = acoemEdxSet('acoem-2004-neck-electrodiagnostics', NECK, ['neck', 'thoracic']);
/**
 * EMG/NCS of the legs before the 2016 CPMTG section: the study looks for a lumbar root, so the low
 * back chapter judges it with the same criteria (a request naming the lumbar spine as well goes
 * to the low back set first).
 */
export const LEGS_EDX: GuidelineSet = {
  ...acoemEdxSet('acoem-2004-low-back-electrodiagnostics-legs', LOW_BACK, ['low_back']),
  effectiveTo: CPMTG_2016_FROM,
  appliesOnlyWhen: isTrue('item.requestNamesLegs', 'a request for the legs'),
  note: notInCatalogue(
    'ACOEM Ch. 12 Special Studies for EMG/NCS of the lower extremities before 07/29/2016 (the letters pair the chapter with ODG EMG/NCV, e.g. CM17-0000859)',
  ),
};

/**
 * EMG/NCS of the arms before the 2016 CPMTG section, the same way: the study looks for a cervical
 * root (or a nerve entrapment, on the entrapment path), so the neck chapter judges it with the
 * same criteria; a request naming the neck as well goes to the neck set first.
 */
export const ARMS_EDX: GuidelineSet = {
  ...acoemEdxSet('acoem-2004-neck-electrodiagnostics-arms', NECK, ['neck', 'thoracic']),
  effectiveTo: CPMTG_2016_FROM,
  appliesOnlyWhen: isTrue('item.requestNamesArms', 'a request for the arms'),
  note: notInCatalogue(
    'ACOEM Ch. 8 Special Studies for EMG/NCS of the upper extremities before 07/29/2016 (neck or arm symptoms lasting more than 3-4 weeks; for a suspected carpal tunnel syndrome ACOEM Ch. 11 speaks to the same studies)',
  ),
};

// ---------- the shoulder ----------

const SHOULDER: AcoemChapter = 'Shoulder Complaints';
const SHOULDER_SPECIAL_STUDIES = acoem2004(SHOULDER, 'Special Studies', '213');

/** Outside the MTUS (8 CCR 9792.21.1): the newer ACOEM shoulder chapter CM17-0011543 cites by page. */
const ACOEM_3RD_SHOULDER: GuidelineCitation = {
  guideline: 'ACOEM Practice Guidelines, 3rd Edition, Shoulder Disorders',
  edition: NON_MTUS_EDITION,
  pages: '64',
};

const SHOULDER_EXCEPTION_LETTER =
  'Confirmed (confirmed catalogue 6.4, NEW): outside the MTUS, ACOEM 3rd ed. Shoulder Disorders p. 64 supports electrodiagnostic studies for a suspected brachial plexopathy with subacute or chronic paresthesias and an unclear diagnosis (CM17-0011543).';

export const SHOULDER_EDX_NERVE_CAUSE = defineCriterion({
  id: 'shoulder-edx-nerve-cause-suspected',
  statement:
    'Electrodiagnostic studies are not recommended for the usual shoulder diagnoses (impingement, a rotator cuff tear, instability and the like); they are for a suspected nerve cause those diagnoses do not explain, such as a brachial plexopathy.',
  whenNotMet:
    'The records point to no suspected nerve cause beyond the usual shoulder diagnoses, such as a brachial plexopathy, and the guideline does not recommend electrodiagnostic studies for those diagnoses',
  asRequirement:
    'A nerve cause the usual shoulder diagnoses do not explain, such as a brachial plexopathy, is suspected',
  citation: SHOULDER_SPECIAL_STUDIES,
  required: true,
  condition: isTrue(
    'item.facts.plexopathySuspected',
    'a suspected nerve cause the usual shoulder diagnoses do not explain (e.g. a brachial plexopathy)',
  ),
  wouldMeet: {
    kind: 'documentation',
    text: 'Documentation of a suspected brachial plexopathy or another nerve cause the usual shoulder diagnoses do not explain',
    label: 'nerve cause beyond the usual shoulder diagnoses',
  },
  confirmed: true,
  confirmationNote:
    'Confirmed (confirmed catalogue 6.4, NEW): ACOEM Ch. 9 Table 9-6 p. 213 does not recommend electrodiagnostic studies for the usual shoulder diagnoses (CM17-0011543).',
});

export const SHOULDER_EDX_PARESTHESIAS = defineCriterion({
  id: 'shoulder-edx-paresthesias-subacute-chronic',
  statement:
    'The arm has paresthesias (numbness or tingling) that are subacute or chronic, past the acute phase.',
  whenNotMet: 'The records do not show subacute or chronic paresthesias (numbness or tingling) in the arm',
  citation: ACOEM_3RD_SHOULDER,
  required: true,
  condition: isTrue('item.facts.paresthesiasPersistent', 'subacute or chronic paresthesias in the arm'),
  wouldMeet: {
    kind: 'documentation',
    text: 'Documentation of subacute or chronic paresthesias in the arm',
    label: 'paresthesias',
  },
  confirmed: true,
  confirmationNote: SHOULDER_EXCEPTION_LETTER,
});

export const SHOULDER_EDX_DIAGNOSIS_UNCLEAR = defineCriterion({
  id: 'shoulder-edx-diagnosis-unclear',
  statement: 'The diagnosis is unclear: the exam and the studies so far leave the cause unsettled.',
  whenNotMet:
    'The records do not show that the diagnosis remains unclear after the exam and the studies so far',
  // Named in the letter's list of what the records lack, where a second colon would not read.
  asRequirement: 'The exam and the studies so far leave the diagnosis unclear',
  citation: ACOEM_3RD_SHOULDER,
  required: true,
  condition: isTrue('item.facts.diagnosisUncertain', 'an unclear diagnosis'),
  wouldMeet: {
    kind: 'documentation',
    text: 'Documentation that the diagnosis is unclear after the exam and the studies so far',
    label: 'unclear diagnosis',
  },
  confirmed: true,
  confirmationNote: SHOULDER_EXCEPTION_LETTER,
});

export const SHOULDER_EDX: GuidelineSet = {
  id: 'acoem-2004-shoulder-electrodiagnostics',
  title: `MTUS ${SHOULDER} (ACOEM 2004): Electrodiagnostic studies`,
  guideline: `MTUS ${SHOULDER}`,
  edition: '2004',
  ...ACOEM_2004_PERIOD,
  services: ['emg_ncs'],
  appliesOnlyWhen: inRegion('shoulder'),
  letterLine: acoemLetterLine(SHOULDER),
  requestNoun: 'request',
  decisionRule: { kind: 'all_required' },
  criteria: [
    SHOULDER_EDX_NERVE_CAUSE,
    SHOULDER_EDX_PARESTHESIAS,
    SHOULDER_EDX_DIAGNOSIS_UNCLEAR,
    reCite(
      EDX_REPEAT,
      acoem2004(SHOULDER, 'Special Studies'),
      true,
      'Confirmed (confirmed catalogue 6.4 and 7, rule 12) as the rule for every repeat study: a repeat study needs a reason (CM17-0003284). The shoulder letter (CM17-0011543) does not address a repeat.',
    ),
  ],
  note: 'The exception (a suspected brachial plexopathy with subacute or chronic paresthesias and an unclear diagnosis) is ACOEM 3rd ed. Shoulder Disorders p. 64, outside the MTUS, as CM17-0011543 applies it; the letter line adds it as a non-MTUS citation when it decides.',
};

/** The spine chapters first: a request that also names the shoulder cites them first (ADR 012). */
export const ELECTRODIAGNOSTIC_SETS: GuidelineSet[] = [
  LOW_BACK_EDX,
  NECK_EDX,
  SHOULDER_EDX,
  LEGS_EDX,
  ARMS_EDX,
  EDX_2016_SET,
];

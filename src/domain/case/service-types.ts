/**
 * What each service type is and which disputed-item fields it uses: its name, its family, its item
 * fields and the keys of its facts. Small on purpose: the case list and the evaluator read it, while
 * the facts' labels and help (service-fields.ts) load only with the wizard. Extend by adding data
 * here, never by branching on a service type in components.
 */
import type { DisputedItem, ServiceFacts, ServiceType } from './case-schema';

/** Core item fields (beyond the always-shown ones) a service uses. */
export type ItemFieldKey = keyof Pick<
  DisputedItem,
  'frequencyPerWeek' | 'durationWeeks' | 'hoursPerDay' | 'quantity' | 'medication'
>;

export interface ServiceFieldSpec {
  itemFields: ItemFieldKey[];
  facts: (keyof ServiceFacts)[];
}

/** What the chapters' surgical considerations ask, by body region (ACOEM 2004). */
const REGION_SURGERY_FACTS: (keyof ServiceFacts)[] = [
  'redFlags',
  'functionLimitedByPain',
  'conservativeCareWeeks',
  'conservativeCareFailed',
  'imagingCorroborates',
  // A meniscectomy (ACOEM Ch. 13): locking, catching or giving way, not pain alone.
  'structuralLesionSuspected',
  // A rotator cuff repair (ACOEM Ch. 9): a full-thickness tear that weakens the arm.
  'cuffTearWithWeakness',
];
const SURGERY_FACTS: (keyof ServiceFacts)[] = [
  ...REGION_SURGERY_FACTS,
  // A knee replacement (ODG): the arthritis on imaging and the body mass index.
  'severeOsteoarthritis',
  'bmi',
  // An open reduction and internal fixation (ACOEM 2004 Ch. 11 and 14).
  'fractureNeedsFixation',
];

const THERAPY: ServiceFieldSpec = {
  itemFields: ['frequencyPerWeek', 'durationWeeks', 'quantity'],
  facts: [
    'diagnosisCategory',
    'homeExerciseProgram',
    'employerWrittenAuthorization',
    'flareUp',
    'modality',
    // Shockwave therapy of the shoulder or heel (asked for those regions only).
    'conservativeCareFailed',
  ],
};
const PROGRAM: ServiceFieldSpec = {
  itemFields: ['frequencyPerWeek', 'durationWeeks', 'hoursPerDay'],
  facts: [
    'functionalLimitsPreventJob',
    'priorTherapyPlateau',
    'surgicalCandidate',
    'jobDemandsExceedAbilities',
    'screeningDone',
    'likelyToBenefit',
    'weeksCompletedInProgram',
    'measurableGainsDocumented',
  ],
};
/** A medication dispute: the drug requested, and the facts its guideline criteria read. */
const medication = (...facts: (keyof ServiceFacts)[]): ServiceFieldSpec => ({
  itemFields: ['medication'],
  facts,
});
const SINGLE_SERVICE: ServiceFieldSpec = { itemFields: ['quantity'], facts: [] };
/** What the ACOEM chapters' special-studies rules ask of any study. */
const SPECIAL_STUDY_FACTS: (keyof ServiceFacts)[] = [
  'redFlags',
  'neuroDeficit',
  'conservativeCareWeeks',
  'conservativeCareFailed',
  'surgeryConsidered',
];
const IMAGING: ServiceFieldSpec = {
  itemFields: ['quantity'],
  facts: [
    ...SPECIAL_STUDY_FACTS,
    'structuralLesionSuspected',
    'plainFilmsNondiagnostic',
    'symptomsWorsening',
    'priorStudySameRegion',
    'significantChange',
    // Hernia imaging (ODG Hernia): read for a groin or abdominal wall hernia only.
    'examEquivocal',
    'ultrasoundNondiagnostic',
    'complexHerniaInObesity',
    // MR arthrography of the shoulder (ODG Shoulder).
    'labralTearOrRetearSuspected',
    // Skull films (ODG Head).
    'ctUnavailable',
    // A repeat knee MRI (ODG Knee & Leg).
    'cartilageRepairAssessment',
    // A lumbar CT after a fusion (ODG Low Back).
    'fusionUnconfirmedOnFilms',
  ],
};
const FACET_BLOCK: ServiceFieldSpec = {
  itemFields: ['quantity'],
  facts: [
    'diagnosticBlock',
    'radicularSymptoms',
    'levelsRequested',
    'conservativeCareWeeks',
    'surgicalCandidate',
    'previouslyFusedLevel',
  ],
};
const DME: ServiceFieldSpec = {
  itemFields: ['quantity'],
  facts: [
    'meetsDmeDefinition',
    'rationaleStated',
    'postoperative',
    'associatedSurgeryAuthorized',
    // Which operation decides some supports after it (ODG: no hinged brace after a meniscectomy).
    'surgeryType',
  ],
};

const SPECS: Partial<Record<ServiceType, ServiceFieldSpec>> = {
  work_hardening: PROGRAM,
  work_conditioning: PROGRAM,
  physical_therapy: THERAPY,
  occupational_therapy: THERAPY,
  // After the post-surgical period it is judged as physical therapy, by that type's facts too.
  postsurgical_therapy: {
    ...THERAPY,
    facts: [
      'surgeryType',
      'surgeryDate',
      'homeExerciseProgram',
      'diagnosisCategory',
      'employerWrittenAuthorization',
      'modality',
      // Therapy asked for ahead of its surgery falls with it.
      'associatedSurgeryAuthorized',
    ],
  },
  chiropractic: { ...THERAPY, facts: [...THERAPY.facts, 'maintenanceCare', 'manipulationPlanOfCare'] },
  acupuncture: {
    ...THERAPY,
    facts: ['homeExerciseProgram', 'adjunctToActiveTherapy', 'medicationReducedOrNotTolerated'],
  },
  massage: { ...THERAPY, facts: ['adjunctToActiveTherapy'] },
  aquatic_therapy: { ...THERAPY, facts: [...THERAPY.facts, 'reducedWeightBearingNeeded'] },
  opioid: medication(
    'painAndFunctionDocumented',
    'analgesiaDocumented',
    'adlsDocumented',
    'adverseEffectsAssessed',
    'aberrantBehaviourAssessed',
    'opioidAgreement',
    'curesChecked',
    'riskScreeningDone',
    'nonOpioidTried',
    'painSpecialistConsult',
    'weanAttemptDocumented',
    'taperStepRequested',
    'standardFormNotUsable',
  ),
  // GI risk and dyspepsia: what a COX-2 selective NSAID (celecoxib) is kept for.
  nsaid: medication(
    'analgesiaDocumented',
    'adlsDocumented',
    'giRiskFactors',
    'nsaidDyspepsia',
    'standardFormNotUsable',
  ),
  ppi_h2: medication('giRiskFactors', 'nsaidDyspepsia', 'standardFormNotUsable'),
  muscle_relaxant: medication('standardFormNotUsable'),
  topical_analgesic: medication(
    'neuropathicPain',
    'firstLineNeuropathicTried',
    'topicalReasonDocumented',
    'analgesiaDocumented',
    'adlsDocumented',
  ),
  anticonvulsant: medication(
    'neuropathicPain',
    'painReliefPercent',
    'adlsDocumented',
    'adverseEffectsAssessed',
    'standardFormNotUsable',
  ),
  benzodiazepine: medication('taperStepRequested'),
  antidepressant: medication('neuropathicPain', 'analgesiaDocumented', 'adlsDocumented'),
  sleep_aid: medication('sleepHygieneTried', 'standardFormNotUsable'),
  urine_drug_test: { itemFields: ['quantity'], facts: ['udtRiskLevel', 'opioidStarting'] },
  functional_restoration_program: {
    itemFields: ['frequencyPerWeek', 'durationWeeks', 'hoursPerDay'],
    facts: [
      'frpBaselineEvaluation',
      'conservativeCareFailed',
      'functionLimitedByPain',
      'surgicalCandidate',
      'motivationToChange',
      'negativePredictorsAddressed',
      'weeksCompletedInProgram',
      'sessionsCompletedInProgram',
      'measurableGainsDocumented',
    ],
  },
  epidural_steroid_injection: {
    itemFields: ['quantity'],
    facts: [
      'neuroDeficit',
      'imagingCorroborates',
      'conservativeCareFailed',
      'fluoroscopyGuided',
      'injectionApproach',
      'levelsRequested',
      'priorInjectionMedicationReduced',
      'functionalImprovementAfterPrior',
    ],
  },
  facet_injection: FACET_BLOCK,
  medial_branch_block: FACET_BLOCK,
  radiofrequency_ablation: {
    itemFields: ['quantity'],
    facts: ['radicularSymptoms', 'levelsRequested', 'adjunctToActiveTherapy'],
  },
  trigger_point_injection: {
    itemFields: ['quantity'],
    facts: [
      'triggerPointsDocumented',
      'conservativeCareFailed',
      'neuroDeficit',
      'functionalImprovementAfterPrior',
    ],
  },
  joint_injection: {
    itemFields: ['quantity'],
    facts: [
      'injectate',
      'conservativeCareWeeks',
      'conservativeCareFailed',
      'functionLimitedByPain',
      'adjunctToActiveTherapy',
      'homeExerciseProgram',
      'severeOsteoarthritis',
      'handInjectionCondition',
      // The elbow's injection is for lateral epicondylalgia, read from the diagnoses unless entered.
      'diagnosisCategory',
      'functionalImprovementAfterPrior',
    ],
  },
  prp_injection: { itemFields: ['quantity'], facts: ['conservativeCareFailed'] },
  mri: IMAGING,
  ct: IMAGING,
  xray: IMAGING,
  bone_scan: {
    itemFields: ['quantity'],
    facts: [
      'redFlags',
      'plainFilmsNondiagnostic',
      'structuralLesionSuspected',
      'priorStudySameRegion',
      'significantChange',
    ],
  },
  diagnostic_ultrasound: {
    itemFields: ['quantity'],
    facts: [
      // A shoulder ultrasound follows the chapter's special-studies rule (asked for the shoulder only).
      ...SPECIAL_STUDY_FACTS,
      'examEquivocal',
      'priorStudySameRegion',
      'significantChange',
    ],
  },
  emg_ncs: {
    itemFields: ['quantity'],
    facts: [
      'radicularSymptoms',
      'neuroDeficit',
      'imagingShowsLesion',
      'conservativeCareWeeks',
      'conservativeCareFailed',
      'entrapmentSuspected',
      'surgeryConsidered',
      'includesNcs',
      // The shoulder (ACOEM Ch. 9, with ACOEM 3rd ed. Shoulder Disorders).
      'plexopathySuspected',
      'paresthesiasPersistent',
      'diagnosisUncertain',
      'priorStudySameRegion',
      'significantChange',
    ],
  },
  tens: {
    itemFields: ['quantity'],
    facts: [
      'stimulationUnit',
      'rentalOrPurchase',
      'rentalDays',
      'adjunctToActiveTherapy',
      'conservativeCareFailed',
      'neuropathicCondition',
      'treatmentGoalsStated',
      'tensTrialCompleted',
      'tensBenefitDocumented',
      'concurrentTreatmentDocumented',
      'postoperative',
      'associatedSurgeryAuthorized',
      'medicationReducedOrNotTolerated',
      'functionalImprovementAfterPrior',
    ],
  },
  brace: {
    ...DME,
    facts: [
      ...DME.facts,
      'kneeInstability',
      'handInjectionCondition',
      'footOrthoticCondition',
      'customDeviceReason',
    ],
  },
  assistant_surgeon: { itemFields: ['quantity'], facts: ['associatedSurgeryAuthorized'] },
  cold_therapy_unit: {
    itemFields: ['quantity'],
    facts: ['rentalOrPurchase', 'rentalDays', 'postoperative', 'associatedSurgeryAuthorized'],
  },
  dme_other: {
    ...DME,
    facts: [
      ...DME.facts,
      'homeExerciseProgram',
      'radicularSymptoms',
      'footOrthoticCondition',
      'fusionRiskFactor',
      'rentalDays',
      'stiffKneeRisk',
    ],
  },
  office_visit: { itemFields: ['quantity'], facts: ['rationaleStated'] },
  biofeedback: {
    itemFields: ['frequencyPerWeek', 'durationWeeks', 'quantity'],
    facts: ['cbtWeeksCompleted', 'functionalImprovementAfterPrior'],
  },
  thermography: { itemFields: ['quantity'], facts: [] },
  rom_strength_testing: { itemFields: ['quantity'], facts: [] },
  spinal_cord_stimulator: {
    itemFields: ['quantity'],
    facts: [
      'permanentImplant',
      'scsIndication',
      'conservativeCareFailed',
      'psychClearanceDone',
      'functionalImprovementAfterPrior',
    ],
  },
  barbiturate_analgesic: { itemFields: ['quantity'], facts: [] },
  cannabinoid: { itemFields: ['quantity'], facts: [] },
  botulinum_toxin: { itemFields: ['quantity'], facts: [] },
  sympathetic_block: { itemFields: ['quantity'], facts: ['adjunctToActiveTherapy'] },
  discography: {
    itemFields: ['quantity'],
    facts: ['conservativeCareFailed', 'psychosocialAssessmentDone', 'surgeryConsidered'],
  },
  si_joint_injection: {
    itemFields: ['quantity'],
    facts: ['siExamFindingsPositive', 'conservativeCareWeeks', 'conservativeCareFailed', 'fluoroscopyGuided'],
  },
  medical_food: { itemFields: ['quantity'], facts: [] },
  antiemetic: { itemFields: ['quantity'], facts: ['antiemeticApprovedUse'] },
  laxative: medication(),
  triptan: medication(),
  nsaid_gi_combination: medication(),
  testosterone: medication('lowTestosteroneDocumented'),
  oral_corticosteroid: medication('radicularSymptoms', 'flareUp'),
  vitamin: medication('vitaminDeficiencyDocumented'),
  lab_test: { itemFields: ['quantity'], facts: [] },
  occipital_nerve_block: { itemFields: ['quantity'], facts: [] },
  genicular_nerve_block: { itemFields: ['quantity'], facts: [] },
  intrathecal_pump: {
    itemFields: ['quantity'],
    facts: [
      'permanentImplant',
      'conservativeCareWeeks',
      'conservativeCareFailed',
      'surgicalCandidate',
      'psychClearanceDone',
      'functionalImprovementAfterPrior',
    ],
  },
  hypnotherapy: { itemFields: ['frequencyPerWeek', 'durationWeeks', 'quantity'], facts: [] },
  genetic_testing: { itemFields: ['quantity'], facts: [] },
  eeg: { itemFields: ['quantity'], facts: ['conservativeCareFailed', 'symptomsWorsening'] },
  polysomnography: {
    itemFields: ['quantity'],
    facts: [
      'sleepDisorderSuspected',
      'chronicInsomnia',
      'insomniaTreatmentFailed',
      'psychiatricCauseExcluded',
    ],
  },
  gym_membership: {
    itemFields: ['quantity'],
    facts: ['homeExerciseFailed', 'equipmentNeeded', 'professionallySupervised'],
  },
  transportation: { itemFields: ['quantity'], facts: ['selfTransportPrevented'] },
  home_health: {
    itemFields: ['frequencyPerWeek', 'durationWeeks', 'hoursPerDay'],
    facts: ['homebound', 'homeHealthMedicalCare'],
  },
  fce: {
    itemFields: ['quantity'],
    facts: [
      'failedReturnToWork',
      'conflictingWorkReports',
      'nearMmi',
      'workHardeningPlanned',
      'delayedRecovery',
    ],
  },
  psychological_evaluation: {
    itemFields: ['quantity'],
    facts: ['psychEvalBeforeProcedure', 'delayedRecovery'],
  },
  psychotherapy: {
    itemFields: ['frequencyPerWeek', 'durationWeeks', 'quantity'],
    facts: [
      'delayedRecovery',
      'conservativeCareWeeks',
      'conservativeCareFailed',
      'priorPsychotherapyVisits',
      'functionalImprovementAfterPrior',
    ],
  },
  surgery: {
    itemFields: ['quantity'],
    facts: SURGERY_FACTS,
  },
  preoperative_testing: {
    itemFields: ['quantity'],
    facts: ['associatedSurgeryAuthorized', 'preopTestIndicated'],
  },
  consultation: {
    itemFields: ['quantity'],
    facts: [
      'specialtyNamed',
      'rationaleStated',
      'delayedRecovery',
      'surgeryConsidered',
      'diagnosisUncertain',
      'specialistExpertiseNeeded',
      // A referral to a surgeon is judged by the region's surgical considerations (their questions
      // are asked only then).
      'surgicalOpinionSought',
      ...REGION_SURGERY_FACTS,
    ],
  },
};

/** The item fields and fact keys a disputed item of this type uses; unknown or 'other' types get quantity only. */
export function serviceFieldSpec(serviceType: ServiceType | ''): ServiceFieldSpec {
  return (serviceType && SPECS[serviceType]) || SINGLE_SERVICE;
}

const NUMERIC_ITEM_FIELDS = ['frequencyPerWeek', 'durationWeeks', 'hoursPerDay', 'quantity'] as const;

/**
 * The item as its service type uses it: a frequency, duration, hours or quantity the type does not
 * show reads as not given. The values stay stored (changing the type back brings them back), but a
 * hidden "2 a week for 6 weeks" left from physical therapy must not become an MRI's "12 sessions".
 */
export function itemAsUsed(item: DisputedItem): DisputedItem {
  // No type chosen yet (or a file made elsewhere): nothing was hidden by a choice.
  if (item.serviceType === '') return item;
  const { itemFields } = serviceFieldSpec(item.serviceType);
  const hidden = NUMERIC_ITEM_FIELDS.filter((key) => !itemFields.includes(key) && item[key] !== null);
  if (hidden.length === 0) return item;
  return { ...item, ...Object.fromEntries(hidden.map((key) => [key, null])) };
}

/** The families the service type list is grouped by, in the order the wizard lists them. */
export const SERVICE_FAMILIES = [
  'Physical medicine',
  'Medications',
  'Injections',
  'Imaging and diagnostic tests',
  'Equipment',
  'Programs and psychological care',
  'Surgery, consultations and visits',
  'Other',
] as const;
export type ServiceFamily = (typeof SERVICE_FAMILIES)[number];

export const SERVICE_TYPE_FAMILY: Record<ServiceType, ServiceFamily> = {
  work_hardening: 'Physical medicine',
  work_conditioning: 'Physical medicine',
  physical_therapy: 'Physical medicine',
  occupational_therapy: 'Physical medicine',
  postsurgical_therapy: 'Physical medicine',
  chiropractic: 'Physical medicine',
  acupuncture: 'Physical medicine',
  massage: 'Physical medicine',
  aquatic_therapy: 'Physical medicine',
  opioid: 'Medications',
  nsaid: 'Medications',
  ppi_h2: 'Medications',
  muscle_relaxant: 'Medications',
  topical_analgesic: 'Medications',
  anticonvulsant: 'Medications',
  benzodiazepine: 'Medications',
  antidepressant: 'Medications',
  sleep_aid: 'Medications',
  barbiturate_analgesic: 'Medications',
  cannabinoid: 'Medications',
  medical_food: 'Medications',
  antiemetic: 'Medications',
  laxative: 'Medications',
  triptan: 'Medications',
  nsaid_gi_combination: 'Medications',
  testosterone: 'Medications',
  oral_corticosteroid: 'Medications',
  vitamin: 'Medications',
  urine_drug_test: 'Imaging and diagnostic tests',
  lab_test: 'Imaging and diagnostic tests',
  epidural_steroid_injection: 'Injections',
  facet_injection: 'Injections',
  medial_branch_block: 'Injections',
  radiofrequency_ablation: 'Injections',
  spinal_cord_stimulator: 'Surgery, consultations and visits',
  trigger_point_injection: 'Injections',
  botulinum_toxin: 'Injections',
  si_joint_injection: 'Injections',
  sympathetic_block: 'Injections',
  discography: 'Imaging and diagnostic tests',
  occipital_nerve_block: 'Injections',
  genicular_nerve_block: 'Injections',
  intrathecal_pump: 'Injections',
  joint_injection: 'Injections',
  prp_injection: 'Injections',
  mri: 'Imaging and diagnostic tests',
  ct: 'Imaging and diagnostic tests',
  xray: 'Imaging and diagnostic tests',
  bone_scan: 'Imaging and diagnostic tests',
  diagnostic_ultrasound: 'Imaging and diagnostic tests',
  emg_ncs: 'Imaging and diagnostic tests',
  thermography: 'Imaging and diagnostic tests',
  eeg: 'Imaging and diagnostic tests',
  polysomnography: 'Imaging and diagnostic tests',
  genetic_testing: 'Imaging and diagnostic tests',
  rom_strength_testing: 'Imaging and diagnostic tests',
  fce: 'Imaging and diagnostic tests',
  tens: 'Equipment',
  brace: 'Equipment',
  cold_therapy_unit: 'Equipment',
  dme_other: 'Equipment',
  gym_membership: 'Equipment',
  functional_restoration_program: 'Programs and psychological care',
  home_health: 'Programs and psychological care',
  psychological_evaluation: 'Programs and psychological care',
  psychotherapy: 'Programs and psychological care',
  hypnotherapy: 'Programs and psychological care',
  biofeedback: 'Programs and psychological care',
  surgery: 'Surgery, consultations and visits',
  assistant_surgeon: 'Surgery, consultations and visits',
  preoperative_testing: 'Surgery, consultations and visits',
  consultation: 'Surgery, consultations and visits',
  office_visit: 'Surgery, consultations and visits',
  transportation: 'Other',
  other: 'Other',
};

/** Human-readable names of service types, for pickers and the letter. */
export const SERVICE_TYPE_LABELS: Record<ServiceType, string> = {
  work_hardening: 'Work hardening',
  work_conditioning: 'Work conditioning',
  physical_therapy: 'Physical therapy',
  occupational_therapy: 'Occupational therapy',
  postsurgical_therapy: 'Post-surgical physical medicine',
  chiropractic: 'Chiropractic / manipulation',
  acupuncture: 'Acupuncture',
  massage: 'Massage therapy',
  aquatic_therapy: 'Aquatic therapy',
  opioid: 'Opioid',
  nsaid: 'NSAID',
  ppi_h2: 'Proton pump inhibitor / H2 blocker',
  muscle_relaxant: 'Muscle relaxant',
  topical_analgesic: 'Topical analgesic / compound',
  anticonvulsant: 'Anticonvulsant (neuropathic pain)',
  benzodiazepine: 'Benzodiazepine',
  antidepressant: 'Antidepressant (chronic pain)',
  sleep_aid: 'Sleep aid',
  barbiturate_analgesic: 'Barbiturate-containing analgesic (butalbital: Fioricet, Esgic)',
  cannabinoid: 'Cannabinoid (medical marijuana, dronabinol)',
  medical_food: 'Medical food (e.g. Theramine, Sentra)',
  antiemetic: 'Antiemetic (e.g. ondansetron)',
  laxative: 'Laxative or stool softener (constipation from opioids)',
  triptan: 'Triptan (migraine: sumatriptan, rizatriptan)',
  nsaid_gi_combination: 'NSAID and stomach protectant in one pill (Duexis, Vimovo)',
  testosterone: 'Testosterone replacement (hypogonadism from opioids)',
  oral_corticosteroid: 'Oral corticosteroid (Medrol dose pack, prednisone)',
  vitamin: 'Vitamin supplement or injection (B12, vitamin D)',
  lab_test: 'Laboratory tests (blood count, chemistry panel)',
  occipital_nerve_block: 'Occipital nerve block',
  genicular_nerve_block: 'Genicular nerve block or ablation (knee)',
  intrathecal_pump: 'Intrathecal drug delivery (pain pump) trial or implant',
  hypnotherapy: 'Hypnosis / hypnotherapy',
  urine_drug_test: 'Urine drug testing',
  epidural_steroid_injection: 'Epidural steroid injection',
  facet_injection: 'Facet joint injection',
  medial_branch_block: 'Medial branch block',
  radiofrequency_ablation: 'Radiofrequency ablation',
  spinal_cord_stimulator: 'Spinal cord stimulator (trial or implant)',
  trigger_point_injection: 'Trigger point injection',
  botulinum_toxin: 'Botulinum toxin injection (Botox, Myobloc)',
  si_joint_injection: 'Sacroiliac joint injection / block',
  sympathetic_block: 'Sympathetic block (stellate ganglion, lumbar sympathetic)',
  discography: 'Discography (discogram)',
  joint_injection: 'Joint injection (knee / shoulder)',
  prp_injection: 'Platelet-rich plasma injection',
  mri: 'MRI',
  ct: 'CT scan',
  xray: 'X-ray',
  bone_scan: 'Bone scan',
  diagnostic_ultrasound: 'Diagnostic ultrasound',
  emg_ncs: 'EMG / nerve conduction studies',
  tens: 'TENS unit',
  brace: 'Brace / orthosis',
  cold_therapy_unit: 'Cold / heat therapy unit',
  dme_other: 'Other durable medical equipment',
  functional_restoration_program: 'Functional restoration program',
  home_health: 'Home health services',
  fce: 'Functional capacity evaluation',
  psychological_evaluation: 'Psychological evaluation',
  psychotherapy: 'Psychotherapy / CBT',
  surgery: 'Surgery',
  assistant_surgeon: 'Assistant surgeon',
  preoperative_testing: 'Pre-operative tests',
  consultation: 'Consultation',
  office_visit: 'Office visits (follow-up)',
  biofeedback: 'Biofeedback',
  thermography: 'Thermography (infrared)',
  rom_strength_testing: 'Range-of-motion / grip-strength testing',
  eeg: 'EEG',
  polysomnography: 'Sleep study (polysomnography)',
  genetic_testing: 'Genetic testing for opioid risk',
  gym_membership: 'Gym membership',
  transportation: 'Transportation to appointments',
  other: 'Other service',
};

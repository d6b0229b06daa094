/**
 * Which disputed-item fields each service type uses, with labels: the wizard shows only these, so
 * fields that do not apply are hidden and never block. Extend by adding data here, never by
 * branching on a service type in components.
 */
import type { DisputedItem, ServiceFacts, ServiceType } from './case-schema';

export type FieldKind = 'boolean' | 'number' | 'text' | 'date';

export interface FactFieldMeta {
  key: keyof ServiceFacts;
  label: string;
  kind: FieldKind;
  help?: string;
  min?: number;
  max?: number;
}

/** Labels and input kinds of every service-specific fact. */
export const SERVICE_FACT_FIELDS: Record<keyof ServiceFacts, FactFieldMeta> = {
  screeningDone: {
    key: 'screeningDone',
    label: 'Screening done (file review, interview and testing)',
    kind: 'boolean',
  },
  jobDemandsExceedAbilities: {
    key: 'jobDemandsExceedAbilities',
    label: 'A specific job to return to whose demands exceed current abilities is documented',
    kind: 'boolean',
  },
  functionalLimitsPreventJob: {
    key: 'functionalLimitsPreventJob',
    label: 'Functional limits keep the worker from safely meeting job demands',
    kind: 'boolean',
  },
  priorTherapyPlateau: {
    key: 'priorTherapyPlateau',
    label: 'Adequate trial of PT/OT with improvement followed by a plateau',
    kind: 'boolean',
  },
  surgicalCandidate: {
    key: 'surgicalCandidate',
    label: 'Candidate for surgery or other pending treatment',
    kind: 'boolean',
  },
  likelyToBenefit: { key: 'likelyToBenefit', label: 'Likely to benefit from the program', kind: 'boolean' },
  weeksCompletedInProgram: {
    key: 'weeksCompletedInProgram',
    label: 'Weeks already completed in this program',
    kind: 'number',
    min: 0,
    max: 52,
  },
  measurableGainsDocumented: {
    key: 'measurableGainsDocumented',
    label: 'Compliance and measurable functional gains documented',
    kind: 'boolean',
  },
  diagnosisCategory: {
    key: 'diagnosisCategory',
    label: 'Diagnosis category for visit limits',
    kind: 'text',
    help: 'e.g. myalgia/myositis, neuralgia/radiculitis, CRPS, arthritis',
  },
  homeExerciseProgram: {
    key: 'homeExerciseProgram',
    label: 'Home exercise program documented',
    kind: 'boolean',
  },
  employerWrittenAuthorization: {
    key: 'employerWrittenAuthorization',
    label: 'Employer authorized visits beyond the 24-visit cap in writing',
    kind: 'boolean',
  },
  surgeryType: { key: 'surgeryType', label: 'Surgery this therapy follows', kind: 'text' },
  surgeryDate: { key: 'surgeryDate', label: 'Date of that surgery', kind: 'date' },
  flareUp: { key: 'flareUp', label: 'Request is for a recurrence or flare-up', kind: 'boolean' },
  maintenanceCare: { key: 'maintenanceCare', label: 'Request is for maintenance care', kind: 'boolean' },
  reducedWeightBearingNeeded: {
    key: 'reducedWeightBearingNeeded',
    label: 'Reduced weight bearing is desirable (e.g. extreme obesity)',
    kind: 'boolean',
  },
  adjunctToActiveTherapy: {
    key: 'adjunctToActiveTherapy',
    label: 'Used as an adjunct to an active exercise or home program',
    kind: 'boolean',
  },
  medicationReducedOrNotTolerated: {
    key: 'medicationReducedOrNotTolerated',
    label: 'Pain medication was reduced or is not tolerated',
    kind: 'boolean',
  },
  modality: {
    key: 'modality',
    label: 'Passive modality requested, if any',
    kind: 'text',
    help: 'e.g. therapeutic ultrasound; leave empty for exercise-based therapy',
  },
};

/** Core item fields (beyond the always-shown ones) a service uses. */
export type ItemFieldKey = keyof Pick<
  DisputedItem,
  'frequencyPerWeek' | 'durationWeeks' | 'hoursPerDay' | 'quantity' | 'medication'
>;

interface ServiceFieldSpec {
  itemFields: ItemFieldKey[];
  facts: (keyof ServiceFacts)[];
}

const THERAPY: ServiceFieldSpec = {
  itemFields: ['frequencyPerWeek', 'durationWeeks', 'quantity'],
  facts: ['diagnosisCategory', 'homeExerciseProgram', 'employerWrittenAuthorization', 'flareUp', 'modality'],
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
const MEDICATION: ServiceFieldSpec = { itemFields: ['medication'], facts: [] };
const SINGLE_SERVICE: ServiceFieldSpec = { itemFields: ['quantity'], facts: [] };

const SPECS: Partial<Record<ServiceType, ServiceFieldSpec>> = {
  work_hardening: PROGRAM,
  work_conditioning: PROGRAM,
  physical_therapy: THERAPY,
  occupational_therapy: THERAPY,
  postsurgical_therapy: { ...THERAPY, facts: ['surgeryType', 'surgeryDate', 'homeExerciseProgram'] },
  chiropractic: { ...THERAPY, facts: [...THERAPY.facts, 'maintenanceCare'] },
  acupuncture: {
    ...THERAPY,
    facts: ['homeExerciseProgram', 'adjunctToActiveTherapy', 'medicationReducedOrNotTolerated'],
  },
  massage: { ...THERAPY, facts: ['adjunctToActiveTherapy'] },
  aquatic_therapy: { ...THERAPY, facts: [...THERAPY.facts, 'reducedWeightBearingNeeded'] },
  opioid: MEDICATION,
  nsaid: MEDICATION,
  ppi_h2: MEDICATION,
  muscle_relaxant: MEDICATION,
  topical_analgesic: MEDICATION,
  anticonvulsant: MEDICATION,
  benzodiazepine: MEDICATION,
  antidepressant: MEDICATION,
  sleep_aid: MEDICATION,
  functional_restoration_program: PROGRAM,
};

/** The fields a disputed item of this type uses; unknown or 'other' types get quantity only. */
export function fieldsForService(serviceType: ServiceType | ''): {
  itemFields: ItemFieldKey[];
  facts: FactFieldMeta[];
} {
  const spec = (serviceType && SPECS[serviceType]) || SINGLE_SERVICE;
  return { itemFields: spec.itemFields, facts: spec.facts.map((key) => SERVICE_FACT_FIELDS[key]) };
}

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
  urine_drug_test: 'Urine drug testing',
  epidural_steroid_injection: 'Epidural steroid injection',
  facet_injection: 'Facet joint injection',
  medial_branch_block: 'Medial branch block',
  radiofrequency_ablation: 'Radiofrequency ablation',
  trigger_point_injection: 'Trigger point injection',
  joint_injection: 'Joint injection (knee / shoulder)',
  prp_injection: 'Platelet-rich plasma injection',
  mri: 'MRI',
  ct: 'CT scan',
  xray: 'X-ray',
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
  preoperative_testing: 'Pre-operative tests',
  consultation: 'Consultation',
  other: 'Other service',
};

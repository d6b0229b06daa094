/**
 * The IMR case record: the single source of truth for types, form values, storage and import.
 *
 * Two strictnesses from one definition:
 * - `CaseDraftSchema` (lenient) accepts anything the wizard can hold while a case is incomplete:
 *   empty strings, null numbers, even malformed dates, so that nothing the reviewer typed is ever
 *   dropped by a parse. Storage and import hold drafts.
 * - `strictCaseIssues` / `buildStrictCaseSchema` (see validate-case.ts) add completeness and
 *   consistency rules on top of the same shape: what a letter needs.
 *
 * Conventions: dates are ISO `YYYY-MM-DD` strings ('' = not entered); numbers are `number | null`
 * (null = not entered); enums allow '' (not chosen). Derived facts (age at injury, visit totals,
 * deadlines, MED) are computed elsewhere and never stored here.
 */
import * as z from 'zod';

/** Bump with a named migration in migrate-case.ts whenever the stored shape changes. */
export const CASE_SCHEMA_VERSION = 2;

// ---------- field primitives ----------

/** A date as typed: '' when empty. Format and range are checked by validateCase, not here. */
export const DateText = z.string().max(32);
/** Free text; the cap keeps a pasted book from freezing the page, with a message (validateCase). */
export const Text = z.string().max(200_000);
export const ShortText = z.string().max(2_000);
export const OptionalNumber = z.number().nullable();
export const OptionalBool = z.boolean().nullable();

const enumOrEmpty = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.union([z.enum(values), z.literal('')]);

// ---------- vocabularies (ids are stored: never rename, only add) ----------

export const PRIORITIES = ['standard', 'expedited'] as const;
export const SEXES = ['female', 'male', 'other'] as const;
export const PHYSICAL_DEMAND_LEVELS = ['sedentary', 'light', 'medium', 'heavy', 'very_heavy'] as const;
export const REPORT_TYPES = [
  'progress_report',
  'initial_evaluation',
  'qme_ame',
  'imaging',
  'electrodiagnostic',
  'operative_report',
  'therapy_notes',
  'ur_determination',
  'other',
] as const;
export const WORK_STATUSES = ['ttd', 'tpd', 'full_duty', 'permanent_stationary'] as const;
export const RTW_GOALS = ['specific_job_exceeds_abilities', 'on_the_job_training', 'none'] as const;
export const THERAPY_DISCIPLINES = ['pt', 'ot', 'chiropractic', 'acupuncture', 'massage', 'aquatic'] as const;
export const THERAPY_RESPONSES = [
  'improved',
  'improved_then_plateau',
  'no_improvement',
  'not_documented',
] as const;
export const UR_DECISIONS = ['denied', 'modified'] as const;
export const REVIEWER_DECISIONS = ['upheld', 'overturned'] as const;
export const CRITERION_ANSWERS = ['met', 'not_met'] as const;
export const EVIDENCE_SOURCES = [
  'odg',
  'acoem',
  'other_guideline',
  'peer_reviewed',
  'expert_opinion',
] as const;

/**
 * Service types a disputed item can be. Ids match guideline catalogue services; 'other' routes to
 * the evidence-hierarchy (MTUS-silent) path unless a set covers it.
 */
export const SERVICE_TYPES = [
  'work_hardening',
  'work_conditioning',
  'physical_therapy',
  'occupational_therapy',
  'postsurgical_therapy',
  'chiropractic',
  'acupuncture',
  'massage',
  'aquatic_therapy',
  // medications (issue: medication disputes)
  'opioid',
  'nsaid',
  'ppi_h2',
  'muscle_relaxant',
  'topical_analgesic',
  'anticonvulsant',
  'benzodiazepine',
  'antidepressant',
  'sleep_aid',
  'barbiturate_analgesic',
  'cannabinoid',
  'medical_food',
  'antiemetic',
  'laxative',
  'triptan',
  'nsaid_gi_combination',
  'testosterone',
  'oral_corticosteroid',
  'vitamin',
  'urine_drug_test',
  'lab_test',
  // injections, diagnostics, equipment, programs
  'epidural_steroid_injection',
  'facet_injection',
  'medial_branch_block',
  'radiofrequency_ablation',
  'spinal_cord_stimulator',
  'trigger_point_injection',
  'botulinum_toxin',
  'si_joint_injection',
  'sympathetic_block',
  'discography',
  'occipital_nerve_block',
  'genicular_nerve_block',
  'intrathecal_pump',
  'joint_injection',
  'prp_injection',
  'mri',
  'ct',
  'xray',
  'bone_scan',
  'diagnostic_ultrasound',
  'emg_ncs',
  'tens',
  'brace',
  'cold_therapy_unit',
  'dme_other',
  'functional_restoration_program',
  'home_health',
  'fce',
  'psychological_evaluation',
  'psychotherapy',
  'hypnotherapy',
  'surgery',
  'assistant_surgeon',
  'preoperative_testing',
  'consultation',
  'office_visit',
  'biofeedback',
  'thermography',
  'rom_strength_testing',
  'eeg',
  'polysomnography',
  'genetic_testing',
  'gym_membership',
  'transportation',
  'other',
] as const;

// ---------- parts of a case ----------

export const ImrSchema = z.object({
  caseNumber: ShortText,
  priority: enumOrEmpty(PRIORITIES),
  requestDate: DateText,
  urDeterminationDate: DateText,
  applicationDate: DateText,
  assignmentDate: DateText,
  recordsReceivedDate: DateText,
  decisionDate: DateText,
});

export const ReviewerSchema = z.object({
  /** e.g. ['California']; the letter prints them, never the reviewer's name. */
  licensureStates: z.array(ShortText).max(60),
  specialty: ShortText,
  boardCertification: ShortText,
  yearsInPractice: OptionalNumber,
});

export const PatientSchema = z.object({
  /** Age as stated in the records; when a date of birth is given, age is computed from it instead. */
  age: OptionalNumber,
  dateOfBirth: DateText,
  sex: enumOrEmpty(SEXES),
  occupation: ShortText,
  jobPhysicalDemand: enumOrEmpty(PHYSICAL_DEMAND_LEVELS),
});

export const DiagnosisSchema = z.object({
  id: z.string(),
  text: ShortText,
  icd10: ShortText,
});

export const InjurySchema = z.object({
  dateOfInjury: DateText,
  mechanism: Text,
  bodyParts: z.array(ShortText).max(50),
  diagnoses: z.array(DiagnosisSchema).max(100),
});

export const ComplaintSchema = z.object({
  id: z.string(),
  bodyPart: ShortText,
  description: Text,
  /** 0-10; a range like "7-8/10" is painLow 7, painHigh 8. */
  painLow: OptionalNumber,
  painHigh: OptionalNumber,
});

export const ReportSchema = z.object({
  id: z.string(),
  date: DateText,
  type: enumOrEmpty(REPORT_TYPES),
  authorSpecialty: ShortText,
  complaints: z.array(ComplaintSchema).max(100),
  examFindings: Text,
  diagnosesListed: Text,
  treatmentPlan: Text,
  workStatusStated: Text,
});

export const RestrictionsSchema = z.object({
  liftLimitLbs: OptionalNumber,
  pushPullLimitLbs: OptionalNumber,
  sittingLimitMinutes: OptionalNumber,
  standingLimitMinutes: OptionalNumber,
  noBendingStooping: OptionalBool,
  noRepetitiveUse: OptionalBool,
  other: Text,
});

export const WorkSchema = z.object({
  status: enumOrEmpty(WORK_STATUSES),
  restrictions: RestrictionsSchema,
  employerCanAccommodate: OptionalBool,
  returnToWorkGoal: enumOrEmpty(RTW_GOALS),
  /** The return-to-work goal is agreed by employer and employee (work hardening criterion). */
  rtwGoalAgreedByEmployer: OptionalBool,
});

export const TherapyCourseSchema = z.object({
  id: z.string(),
  discipline: enumOrEmpty(THERAPY_DISCIPLINES),
  bodyPart: ShortText,
  startDate: DateText,
  visitsCompleted: OptionalNumber,
  response: enumOrEmpty(THERAPY_RESPONSES),
  /** Functional improvement as 8 CCR 9792.20 defines it (ADLs or restrictions, less dependence). */
  functionalImprovementDocumented: OptionalBool,
  postsurgical: OptionalBool,
  notes: Text,
});

export const InjectionSchema = z.object({
  id: z.string(),
  date: DateText,
  type: ShortText,
  level: ShortText,
  reliefPercent: OptionalNumber,
  reliefWeeks: OptionalNumber,
});

export const SurgerySchema = z.object({
  id: z.string(),
  type: ShortText,
  date: DateText,
});

export const RehabProgramSchema = z.object({
  id: z.string(),
  type: ShortText,
  startDate: DateText,
  endDate: DateText,
});

export const MEDICATION_ROUTES = ['oral', 'transdermal', 'topical', 'injection', 'other'] as const;
/** Drug classes the reviewer may assign by hand when a drug is not in the built-in reference. */
export const DRUG_CLASSES = [
  'opioid',
  'nsaid',
  'ppi_h2',
  'muscle_relaxant',
  'anticonvulsant',
  'benzodiazepine',
  'antidepressant',
  'sleep_aid',
  'topical',
  'compound',
  'other',
] as const;

export const IngredientSchema = z.object({
  id: z.string(),
  name: ShortText,
  /** As written: "10%", "0.0375%". */
  strength: ShortText,
});

export const MedicationSchema = z.object({
  id: z.string(),
  /** Drug as written in the records (brand or generic): "Norco 10/325". */
  name: ShortText,
  /** Strength as written: "10/325 mg", "25 mcg/h", "5%". */
  strength: ShortText,
  /** Tablet, capsule, patch, cream, solution... */
  form: ShortText,
  route: enumOrEmpty(MEDICATION_ROUTES),
  /** Dose and frequency as written (the sig): "1 tab q6h prn pain". */
  dose: ShortText,
  frequency: ShortText,
  quantity: OptionalNumber,
  daysSupply: OptionalNumber,
  startDate: DateText,
  /** '' while still taken. */
  stopDate: DateText,
  prescriber: ShortText,
  /** Reviewer-set class for a drug the reference does not know ('' = use the reference). */
  drugClass: enumOrEmpty(DRUG_CLASSES),
  /** Maximum dose units per day the reviewer confirmed when the sig is ambiguous ("1-2 tabs q4-6h prn"). */
  confirmedMaxUnitsPerDay: OptionalNumber,
  /** Compounded products: each ingredient with its strength. */
  ingredients: z.array(IngredientSchema).max(30),
});

export const UrineDrugTestSchema = z.object({
  id: z.string(),
  date: DateText,
  /** Consistent with the prescribed medications. */
  consistent: OptionalBool,
});

export const FceSchema = z.object({
  done: OptionalBool,
  date: DateText,
  validEffort: OptionalBool,
  belowJobDemands: OptionalBool,
});

export const TreatmentSchema = z.object({
  therapyCourses: z.array(TherapyCourseSchema).max(200),
  injections: z.array(InjectionSchema).max(200),
  surgeries: z.array(SurgerySchema).max(100),
  rehabPrograms: z.array(RehabProgramSchema).max(50),
  fce: FceSchema,
  medications: z.array(MedicationSchema).max(200),
  urineDrugTests: z.array(UrineDrugTestSchema).max(200),
});

/**
 * Service-specific facts. All optional: the wizard shows only those the chosen service type uses
 * (see domain/case/service-fields.ts); a missing one evaluates as "not documented".
 */
export const ServiceFactsSchema = z.object({
  // programs (work hardening / conditioning)
  screeningDone: OptionalBool,
  jobDemandsExceedAbilities: OptionalBool,
  functionalLimitsPreventJob: OptionalBool,
  priorTherapyPlateau: OptionalBool,
  surgicalCandidate: OptionalBool,
  likelyToBenefit: OptionalBool,
  weeksCompletedInProgram: OptionalNumber,
  measurableGainsDocumented: OptionalBool,
  // therapy
  diagnosisCategory: ShortText,
  homeExerciseProgram: OptionalBool,
  employerWrittenAuthorization: OptionalBool,
  /** Surgery this service follows: post-surgical physical medicine, equipment for use after an operation. */
  surgeryType: ShortText,
  surgeryDate: DateText,
  flareUp: OptionalBool,
  maintenanceCare: OptionalBool,
  /**
   * Chiropractic: the treating provider's plan of care specifically recommends manipulation, with
   * measurable functional goals. A reviewer's judgment in schema version 1 (migrated).
   */
  manipulationPlanOfCare: OptionalBool.default(null),
  reducedWeightBearingNeeded: OptionalBool,
  adjunctToActiveTherapy: OptionalBool,
  // Medication disputes (guidelines/facts-medications.ts). Added after v1: the defaults keep records
  // saved before them readable without a migration.
  /** Pain and function assessed at the visits (current and average pain, relief, function). */
  painAndFunctionDocumented: OptionalBool.default(null),
  /** Meaningful pain relief from the drug documented (e.g. pain scores with and without it). */
  analgesiaDocumented: OptionalBool.default(null),
  /** Better function or daily activities (ADLs) on the drug documented. */
  adlsDocumented: OptionalBool.default(null),
  /** Side effects asked about, and tolerable. */
  adverseEffectsAssessed: OptionalBool.default(null),
  /** Aberrant drug-taking behaviour monitored, and none found. */
  aberrantBehaviourAssessed: OptionalBool.default(null),
  /** A written opioid treatment agreement. */
  opioidAgreement: OptionalBool.default(null),
  /** CURES (California prescription drug monitoring) report checked. */
  curesChecked: OptionalBool.default(null),
  /** Risk of misuse screened before opioids (drug and alcohol misuse, psychosocial factors). */
  riskScreeningDone: OptionalBool.default(null),
  /** Non-opioid treatment (e.g. NSAIDs, acetaminophen, exercise) tried and not enough. */
  nonOpioidTried: OptionalBool.default(null),
  /** A pain management consultation (for doses above the edition's ceiling). */
  painSpecialistConsult: OptionalBool.default(null),
  /** An attempt to wean below 80 MED/day in the last 6 months. */
  weanAttemptDocumented: OptionalBool.default(null),
  taperStepRequested: OptionalBool.default(null),
  /** GI risk: ulcer, GI bleeding or perforation history; aspirin, corticosteroid or anticoagulant; high-dose NSAID. */
  giRiskFactors: OptionalBool.default(null),
  /** Dyspepsia or other GI symptoms from the NSAID. */
  nsaidDyspepsia: OptionalBool.default(null),
  /** Neuropathic pain (nerve damage: e.g. radiculopathy, diabetic neuropathy, postherpetic neuralgia). */
  neuropathicPain: OptionalBool.default(null),
  /** A first-line neuropathic drug (tricyclic or SNRI antidepressant, or an antiepilepsy drug) tried and failed. */
  firstLineNeuropathicTried: OptionalBool.default(null),
  /** A reason for a topical over an oral drug (e.g. oral intolerance). */
  topicalReasonDocumented: OptionalBool.default(null),
  /** A reason a standard tablet or capsule cannot be used (suspensions, compounded kits). */
  standardFormNotUsable: OptionalBool.default(null),
  /** Pain reduction from the drug, in percent (antiepilepsy drugs: 30% moderate, 50% good). */
  painReliefPercent: OptionalNumber.default(null),
  /** Sleep hygiene or over-the-counter sleep aids tried first. */
  sleepHygieneTried: OptionalBool.default(null),
  /** Risk of misuse for urine drug testing, as written: low, moderate or high ('' = not stated). */
  udtRiskLevel: ShortText.default(''),
  opioidStarting: OptionalBool.default(null),
  // Added after v1: defaults keep records saved before them readable without a migration.
  /** Acupuncture: pain medication was reduced or is not tolerated (8 CCR 9792.24.1 purpose). */
  medicationReducedOrNotTolerated: OptionalBool.default(null),
  /** Passive modality requested with a therapy item, e.g. "therapeutic ultrasound" ('' = none). */
  modality: ShortText.default(''),
  // Injections, diagnostics, equipment, programs and surgery (guidelines/facts-procedures.ts).
  /** Red flags for serious pathology: cauda equina, fracture, tumor, infection, aneurysm, stenosis, progressive deficit. */
  redFlags: OptionalBool.default(null),
  /** Unequivocal objective neurologic findings: dermatomal sensory loss, myotomal weakness, reflex change. */
  neuroDeficit: OptionalBool.default(null),
  /** Radiating (radicular) arm or leg symptoms. */
  radicularSymptoms: OptionalBool.default(null),
  conservativeCareWeeks: OptionalNumber.default(null),
  conservativeCareFailed: OptionalBool.default(null),
  /** Surgery or an invasive procedure is being considered and the worker would accept it. */
  surgeryConsidered: OptionalBool.default(null),
  priorStudySameRegion: OptionalBool.default(null),
  significantChange: OptionalBool.default(null),
  /** Imaging (or electrodiagnostic testing) shows a lesion that matches the exam. */
  imagingCorroborates: OptionalBool.default(null),
  structuralLesionSuspected: OptionalBool.default(null),
  /** Plain films were taken and did not explain the problem (ODG: elbow MRI follows them). */
  plainFilmsNondiagnostic: OptionalBool.default(null),
  /** Symptoms or neurologic signs are getting worse (ODG: head imaging after the first 72 hours). */
  symptomsWorsening: OptionalBool.default(null),
  entrapmentSuspected: OptionalBool.default(null),
  includesNcs: OptionalBool.default(null),
  fluoroscopyGuided: OptionalBool.default(null),
  /** As written: transforaminal, interlaminar, caudal. */
  injectionApproach: ShortText.default(''),
  levelsRequested: OptionalNumber.default(null),
  priorInjectionMedicationReduced: OptionalBool.default(null),
  functionalImprovementAfterPrior: OptionalBool.default(null),
  diagnosticBlock: OptionalBool.default(null),
  previouslyFusedLevel: OptionalBool.default(null),
  triggerPointsDocumented: OptionalBool.default(null),
  /** Positive sacroiliac joint provocation tests on exam (ODG asks for at least 3). */
  siExamFindingsPositive: OptionalNumber.default(null),
  /** A detailed psychosocial assessment with satisfactory results (ACOEM: before discography). */
  psychosocialAssessmentDone: OptionalBool.default(null),
  /** A blood test shows a low testosterone level (CPMTG: replacement with long-term opioids). */
  lowTestosteroneDocumented: OptionalBool.default(null),
  /** Body mass index as the records state it (ODG: a knee replacement under 40). */
  bmi: OptionalNumber.default(null),
  /** A blood test shows a deficiency of the vitamin requested (ODG: the one use for supplements). */
  vitaminDeficiencyDocumented: OptionalBool.default(null),
  /** As written: corticosteroid, hyaluronic acid, platelet-rich plasma. */
  injectate: ShortText.default(''),
  functionLimitedByPain: OptionalBool.default(null),
  severeOsteoarthritis: OptionalBool.default(null),
  /** Wrist and hand injection (ACOEM Ch. 11): carpal tunnel syndrome, de Quervain's or trigger finger. */
  handInjectionCondition: OptionalBool.default(null),
  /** Spinal cord stimulator (CPMTG): a condition it is indicated for (failed back surgery syndrome, CRPS...). */
  scsIndication: OptionalBool.default(null),
  /** A psychological evaluation before the stimulator (or pump) cleared the worker for it. */
  psychClearanceDone: OptionalBool.default(null),
  /** The request is for a permanent implant, after a trial (not the trial itself). */
  permanentImplant: OptionalBool.default(null),
  /** As written: rental or purchase. */
  rentalOrPurchase: ShortText.default(''),
  /** As written: TENS, interferential, H-wave, NMES ('' = a TENS unit). */
  stimulationUnit: ShortText.default(''),
  rentalDays: OptionalNumber.default(null),
  tensTrialCompleted: OptionalBool.default(null),
  tensBenefitDocumented: OptionalBool.default(null),
  concurrentTreatmentDocumented: OptionalBool.default(null),
  treatmentGoalsStated: OptionalBool.default(null),
  neuropathicCondition: OptionalBool.default(null),
  postoperative: OptionalBool.default(null),
  associatedSurgeryAuthorized: OptionalBool.default(null),
  meetsDmeDefinition: OptionalBool.default(null),
  rationaleStated: OptionalBool.default(null),
  /** Gym membership (ODG): a home exercise program was tried, reviewed and revised without success. */
  homeExerciseFailed: OptionalBool.default(null),
  /** Gym membership (ODG): exercise equipment is needed that home exercise cannot provide. */
  equipmentNeeded: OptionalBool.default(null),
  /** Gym membership (ODG): medical professionals will monitor and run the program. */
  professionallySupervised: OptionalBool.default(null),
  /** Transportation (ODG): a disability keeps the worker from getting to appointments on their own. */
  selfTransportPrevented: OptionalBool.default(null),
  /** Antiemetics (ODG Pain): nausea from chemotherapy, radiation or surgery, or acute gastroenteritis. */
  antiemeticApprovedUse: OptionalBool.default(null),
  /** Polysomnography (ODG Pain): a sleep-related breathing disorder, narcolepsy or limb movement disorder suspected. */
  sleepDisorderSuspected: OptionalBool.default(null),
  /** Polysomnography (ODG Pain): insomnia at least 4 nights a week for at least 6 months. */
  chronicInsomnia: OptionalBool.default(null),
  /** Polysomnography (ODG Pain): behavioral treatment and sleep medication tried without response. */
  insomniaTreatmentFailed: OptionalBool.default(null),
  /** Polysomnography (ODG Pain): a psychiatric cause of the insomnia has been excluded. */
  psychiatricCauseExcluded: OptionalBool.default(null),
  frpBaselineEvaluation: OptionalBool.default(null),
  motivationToChange: OptionalBool.default(null),
  negativePredictorsAddressed: OptionalBool.default(null),
  sessionsCompletedInProgram: OptionalNumber.default(null),
  homebound: OptionalBool.default(null),
  homeHealthMedicalCare: OptionalBool.default(null),
  failedReturnToWork: OptionalBool.default(null),
  conflictingWorkReports: OptionalBool.default(null),
  nearMmi: OptionalBool.default(null),
  workHardeningPlanned: OptionalBool.default(null),
  delayedRecovery: OptionalBool.default(null),
  psychEvalBeforeProcedure: OptionalBool.default(null),
  priorPsychotherapyVisits: OptionalNumber.default(null),
  /** Biofeedback (CPMTG): weeks of cognitive behavioral therapy already given; it is an adjunct to CBT. */
  cbtWeeksCompleted: OptionalNumber.default(null),
  specialtyNamed: OptionalBool.default(null),
  /** A referral to a surgeon ("spine surgery consultation"): judged by the region's surgical considerations. */
  surgicalOpinionSought: OptionalBool.default(null),
  diagnosisUncertain: OptionalBool.default(null),
  specialistExpertiseNeeded: OptionalBool.default(null),
  footOrthoticCondition: OptionalBool.default(null),
  /** A bone growth stimulator after a spinal fusion (ODG Low Back): a risk factor for the fusion failing. */
  fusionRiskFactor: OptionalBool.default(null),
  /** Home CPM after a knee replacement (ODG): a knee at risk of stiffness (arthrofibrosis, CRPS, no active therapy possible). */
  stiffKneeRisk: OptionalBool.default(null),
  /** A knee brace (ACOEM 2004 Ch. 13): ligament or patellar instability, not any structural lesion. */
  kneeInstability: OptionalBool.default(null),
  /** A custom-made brace or splint: a reason a prefabricated one will not do (limb contour, skin, a failed one). */
  customDeviceReason: OptionalBool.default(null),
  /** A fracture fixation (ORIF): displaced, unstable, lost its reduction, a joint step-off, or not healing. */
  fractureNeedsFixation: OptionalBool.default(null),
  cuffTearWithWeakness: OptionalBool.default(null),
  preopTestIndicated: OptionalBool.default(null),
  /**
   * EMG/NCS: imaging already shows the nerve root lesion that matches the exam (e.g. MRI nerve root
   * compromise at the level the exam points to). Added after v1: the default keeps records saved
   * before it readable without a migration.
   */
  imagingShowsLesion: OptionalBool.default(null),
  // Added after v1: the defaults keep records saved before them readable without a migration.
  /**
   * EMG/NCS of the shoulder: a nerve cause of the symptoms that the usual shoulder diagnoses
   * (impingement, rotator cuff tear, instability) do not explain, such as a brachial plexopathy.
   */
  plexopathySuspected: OptionalBool.default(null),
  /** Paresthesias (numbness or tingling) in the arm that are subacute or chronic, not acute. */
  paresthesiasPersistent: OptionalBool.default(null),
  /** The physical exam can neither confirm nor rule out the condition (ODG: a hernia is diagnosed by exam). */
  examEquivocal: OptionalBool.default(null),
  /** A diagnostic ultrasound was done first and did not settle the question (ODG hernia imaging). */
  ultrasoundNondiagnostic: OptionalBool.default(null),
  /** A complex hernia (e.g. large, recurrent or incisional) in an obese patient (ODG: the case for CT). */
  complexHerniaInObesity: OptionalBool.default(null),
  /** A labral tear, or a re-tear after a rotator cuff repair, is suspected (ODG: the case for an MR arthrogram). */
  labralTearOrRetearSuspected: OptionalBool.default(null),
  /** CT is not available (ODG Head: the one case for skull films). */
  ctUnavailable: OptionalBool.default(null),
  /** The repeat MRI is to assess a cartilage repair after surgery (ODG Knee: the case for a repeat knee MRI). */
  cartilageRepairAssessment: OptionalBool.default(null),
  /** A CT after a spinal fusion whose healing plain films do not confirm (ODG Low Back: the case for CT). */
  fusionUnconfirmedOnFilms: OptionalBool.default(null),
});

/** A reviewer's answer for one criterion: a judgment, or an override of a computed result. */
export const CriterionReviewSchema = z.object({
  answer: enumOrEmpty(CRITERION_ANSWERS),
  note: Text,
});

/** Criteria the reviewer applied from a non-MTUS source (evidence-hierarchy path). */
export const FreeCriterionSchema = z.object({
  id: z.string(),
  text: ShortText,
  answer: enumOrEmpty(CRITERION_ANSWERS),
  note: Text,
});

export const ItemReviewSchema = z.object({
  /** Keyed by criterion id: judgment answers and overrides of computed criteria. */
  criteria: z.record(z.string(), CriterionReviewSchema),
  /** '' = follow the recommendation. */
  decision: enumOrEmpty(REVIEWER_DECISIONS),
  /** Required when the decision contradicts the criteria. */
  decisionReason: Text,
  /** Evidence-hierarchy path, used when no MTUS set covers the service (or it is rebutted). */
  evidenceSource: enumOrEmpty(EVIDENCE_SOURCES),
  evidenceCitation: ShortText,
  mtusNotApplicableReason: Text,
  freeCriteria: z.array(FreeCriterionSchema).max(50),
});

export const DisputedItemSchema = z.object({
  id: z.string(),
  /** The service as the treating physician requested it, in words (prints in the letter). */
  requestedAs: ShortText,
  serviceType: enumOrEmpty(SERVICE_TYPES),
  frequencyPerWeek: OptionalNumber,
  durationWeeks: OptionalNumber,
  hoursPerDay: OptionalNumber,
  /** Visits / sessions / units requested when not given as frequency x duration. */
  quantity: OptionalNumber,
  bodyPart: ShortText,
  urDecision: enumOrEmpty(UR_DECISIONS),
  urApproved: ShortText,
  claimsAdministratorGuideline: Text,
  /** The drug requested, for medication items (unused otherwise). */
  medication: MedicationSchema,
  facts: ServiceFactsSchema,
  review: ItemReviewSchema,
});

/** A letter section the reviewer edited; `basedOn` is the hash of the drafted text it replaced (staleness check). */
export const LetterEditSchema = z.object({
  text: Text,
  basedOn: ShortText,
});

export const LetterStateSchema = z.object({
  /** Keyed by letter section id. Nothing the reviewer typed is overwritten silently. */
  edits: z.record(z.string(), LetterEditSchema),
});

export const CaseDraftSchema = z.object({
  schemaVersion: z.literal(CASE_SCHEMA_VERSION),
  id: z.string().min(1),
  imr: ImrSchema,
  reviewer: ReviewerSchema,
  patient: PatientSchema,
  injury: InjurySchema,
  reports: z.array(ReportSchema).max(1000),
  work: WorkSchema,
  treatment: TreatmentSchema,
  disputedItems: z.array(DisputedItemSchema).max(100),
  letter: LetterStateSchema,
});

export type CaseDraft = z.output<typeof CaseDraftSchema>;
export type Imr = z.output<typeof ImrSchema>;
export type Reviewer = z.output<typeof ReviewerSchema>;
export type Patient = z.output<typeof PatientSchema>;
export type Injury = z.output<typeof InjurySchema>;
export type Diagnosis = z.output<typeof DiagnosisSchema>;
export type Complaint = z.output<typeof ComplaintSchema>;
export type Report = z.output<typeof ReportSchema>;
export type Restrictions = z.output<typeof RestrictionsSchema>;
export type Work = z.output<typeof WorkSchema>;
export type TherapyCourse = z.output<typeof TherapyCourseSchema>;
export type Injection = z.output<typeof InjectionSchema>;
export type Surgery = z.output<typeof SurgerySchema>;
export type RehabProgram = z.output<typeof RehabProgramSchema>;
export type Medication = z.output<typeof MedicationSchema>;
export type Ingredient = z.output<typeof IngredientSchema>;
export type UrineDrugTest = z.output<typeof UrineDrugTestSchema>;
export type Treatment = z.output<typeof TreatmentSchema>;
export type ServiceFacts = z.output<typeof ServiceFactsSchema>;
export type CriterionReview = z.output<typeof CriterionReviewSchema>;
export type FreeCriterion = z.output<typeof FreeCriterionSchema>;
export type ItemReview = z.output<typeof ItemReviewSchema>;
export type DisputedItem = z.output<typeof DisputedItemSchema>;
export type LetterEdit = z.output<typeof LetterEditSchema>;
export type LetterState = z.output<typeof LetterStateSchema>;
export type ServiceType = (typeof SERVICE_TYPES)[number];
export type ReportType = (typeof REPORT_TYPES)[number];
export type ReviewerDecision = (typeof REVIEWER_DECISIONS)[number];

/** Result of reading unknown data (storage, import) as a draft. */
export type ParseDraftResult =
  | { ok: true; draft: CaseDraft }
  | { ok: false; issues: { path: string; message: string }[] };

export function parseCaseDraft(data: unknown): ParseDraftResult {
  const result = CaseDraftSchema.safeParse(data);
  if (result.success) return { ok: true, draft: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      message: issue.message,
    })),
  };
}

/**
 * Factories for empty records: the wizard's default values and the "Add" buttons of each list.
 * Ids are passed in (the UI makes them with crypto.randomUUID) so domain code stays pure.
 */
import {
  CASE_SCHEMA_VERSION,
  type CaseDraft,
  type Complaint,
  type Diagnosis,
  type DisputedItem,
  type FreeCriterion,
  type Ingredient,
  type Injection,
  type ItemReview,
  type Medication,
  type RehabProgram,
  type Report,
  type ServiceFacts,
  type Surgery,
  type TherapyCourse,
  type UrineDrugTest,
} from './case-schema';

export function emptyCaseDraft(id: string): CaseDraft {
  return {
    schemaVersion: CASE_SCHEMA_VERSION,
    id,
    imr: {
      caseNumber: '',
      priority: 'standard',
      requestDate: '',
      urDeterminationDate: '',
      applicationDate: '',
      assignmentDate: '',
      recordsReceivedDate: '',
      decisionDate: '',
    },
    reviewer: {
      licensureStates: ['California'],
      specialty: '',
      boardCertification: '',
      yearsInPractice: null,
    },
    patient: { age: null, dateOfBirth: '', sex: '', occupation: '', jobPhysicalDemand: '' },
    injury: { dateOfInjury: '', mechanism: '', bodyParts: [], diagnoses: [] },
    reports: [],
    work: {
      status: '',
      restrictions: {
        liftLimitLbs: null,
        pushPullLimitLbs: null,
        sittingLimitMinutes: null,
        standingLimitMinutes: null,
        noBendingStooping: null,
        noRepetitiveUse: null,
        other: '',
      },
      employerCanAccommodate: null,
      returnToWorkGoal: '',
      rtwGoalAgreedByEmployer: null,
    },
    treatment: {
      therapyCourses: [],
      injections: [],
      surgeries: [],
      rehabPrograms: [],
      fce: { done: null, date: '', validEffort: null, belowJobDemands: null },
      medications: [],
      urineDrugTests: [],
    },
    disputedItems: [],
    letter: { edits: {} },
  };
}

export const emptyDiagnosis = (id: string): Diagnosis => ({ id, text: '', icd10: '' });

export const emptyComplaint = (id: string): Complaint => ({
  id,
  bodyPart: '',
  description: '',
  painLow: null,
  painHigh: null,
});

export const emptyReport = (id: string): Report => ({
  id,
  date: '',
  type: '',
  authorSpecialty: '',
  complaints: [],
  examFindings: '',
  diagnosesListed: '',
  treatmentPlan: '',
  workStatusStated: '',
});

export const emptyTherapyCourse = (id: string): TherapyCourse => ({
  id,
  discipline: '',
  bodyPart: '',
  startDate: '',
  visitsCompleted: null,
  response: '',
  functionalImprovementDocumented: null,
  postsurgical: null,
  notes: '',
});

export const emptyInjection = (id: string): Injection => ({
  id,
  date: '',
  type: '',
  level: '',
  reliefPercent: null,
  reliefWeeks: null,
});

export const emptySurgery = (id: string): Surgery => ({ id, type: '', date: '' });

export const emptyRehabProgram = (id: string): RehabProgram => ({ id, type: '', startDate: '', endDate: '' });

export const emptyMedication = (id: string): Medication => ({
  id,
  name: '',
  strength: '',
  form: '',
  route: '',
  dose: '',
  frequency: '',
  quantity: null,
  daysSupply: null,
  startDate: '',
  stopDate: '',
  prescriber: '',
  drugClass: '',
  confirmedMaxUnitsPerDay: null,
  ingredients: [],
});

export const emptyIngredient = (id: string): Ingredient => ({ id, name: '', strength: '' });

export const emptyUrineDrugTest = (id: string): UrineDrugTest => ({ id, date: '', consistent: null });

export const emptyServiceFacts = (): ServiceFacts => ({
  screeningDone: null,
  jobDemandsExceedAbilities: null,
  functionalLimitsPreventJob: null,
  priorTherapyPlateau: null,
  surgicalCandidate: null,
  likelyToBenefit: null,
  weeksCompletedInProgram: null,
  measurableGainsDocumented: null,
  diagnosisCategory: '',
  homeExerciseProgram: null,
  employerWrittenAuthorization: null,
  surgeryType: '',
  surgeryDate: '',
  flareUp: null,
  maintenanceCare: null,
  reducedWeightBearingNeeded: null,
  adjunctToActiveTherapy: null,
  painAndFunctionDocumented: null,
  analgesiaDocumented: null,
  adlsDocumented: null,
  adverseEffectsAssessed: null,
  aberrantBehaviourAssessed: null,
  opioidAgreement: null,
  curesChecked: null,
  riskScreeningDone: null,
  nonOpioidTried: null,
  painSpecialistConsult: null,
  weanAttemptDocumented: null,
  giRiskFactors: null,
  nsaidDyspepsia: null,
  neuropathicPain: null,
  firstLineNeuropathicTried: null,
  topicalReasonDocumented: null,
  standardFormNotUsable: null,
  painReliefPercent: null,
  sleepHygieneTried: null,
  udtRiskLevel: '',
  medicationReducedOrNotTolerated: null,
  modality: '',
  redFlags: null,
  neuroDeficit: null,
  radicularSymptoms: null,
  conservativeCareWeeks: null,
  conservativeCareFailed: null,
  surgeryConsidered: null,
  priorStudySameRegion: null,
  significantChange: null,
  imagingCorroborates: null,
  structuralLesionSuspected: null,
  entrapmentSuspected: null,
  includesNcs: null,
  fluoroscopyGuided: null,
  injectionApproach: '',
  levelsRequested: null,
  priorInjectionMedicationReduced: null,
  functionalImprovementAfterPrior: null,
  diagnosticBlock: null,
  previouslyFusedLevel: null,
  triggerPointsDocumented: null,
  injectate: '',
  functionLimitedByPain: null,
  severeOsteoarthritis: null,
  rentalOrPurchase: '',
  rentalDays: null,
  tensTrialCompleted: null,
  tensBenefitDocumented: null,
  concurrentTreatmentDocumented: null,
  treatmentGoalsStated: null,
  neuropathicCondition: null,
  postoperative: null,
  associatedSurgeryAuthorized: null,
  meetsDmeDefinition: null,
  rationaleStated: null,
  frpBaselineEvaluation: null,
  motivationToChange: null,
  negativePredictorsAddressed: null,
  sessionsCompletedInProgram: null,
  homebound: null,
  homeHealthMedicalCare: null,
  failedReturnToWork: null,
  conflictingWorkReports: null,
  nearMmi: null,
  workHardeningPlanned: null,
  delayedRecovery: null,
  psychEvalBeforeProcedure: null,
  priorPsychotherapyVisits: null,
  specialtyNamed: null,
  diagnosisUncertain: null,
  preopTestIndicated: null,
});

export const emptyItemReview = (): ItemReview => ({
  criteria: {},
  decision: '',
  decisionReason: '',
  evidenceSource: '',
  evidenceCitation: '',
  mtusNotApplicableReason: '',
  freeCriteria: [],
});

export const emptyFreeCriterion = (id: string): FreeCriterion => ({ id, text: '', answer: '', note: '' });

export const emptyDisputedItem = (id: string): DisputedItem => ({
  id,
  requestedAs: '',
  serviceType: '',
  frequencyPerWeek: null,
  durationWeeks: null,
  hoursPerDay: null,
  quantity: null,
  bodyPart: '',
  urDecision: '',
  urApproved: '',
  claimsAdministratorGuideline: '',
  medication: emptyMedication(`${id}-medication`),
  facts: emptyServiceFacts(),
  review: emptyItemReview(),
});

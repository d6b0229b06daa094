/**
 * The labels, input kinds and help of every service fact, and the fields of a service type with
 * them: the wizard shows only these, so fields that do not apply are hidden and never block. Which
 * fields a type uses is data in service-types.ts.
 */
import type { ServiceFacts, ServiceType } from './case-schema';
import { type ItemFieldKey, serviceFieldSpec } from './service-types';

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
    label: 'Diagnosis category',
    kind: 'text',
    help: "What therapy visit limits and an elbow injection's condition are read from: e.g. myalgia/myositis, neuralgia/radiculitis, CRPS, arthritis, lateral epicondylitis. Left blank, it is read from the case's diagnoses about this body part.",
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
  surgeryType: {
    key: 'surgeryType',
    label: 'Surgery this service follows',
    kind: 'text',
    help: 'Left blank, the only surgery in the treatment history, or the one surgery in this review, is used.',
  },
  surgeryDate: {
    key: 'surgeryDate',
    label: 'Date of that surgery',
    kind: 'date',
    help: "Left blank, the treatment history's date for that surgery is used.",
  },
  flareUp: { key: 'flareUp', label: 'Request is for a recurrence or flare-up', kind: 'boolean' },
  maintenanceCare: { key: 'maintenanceCare', label: 'Request is for maintenance care', kind: 'boolean' },
  manipulationPlanOfCare: {
    key: 'manipulationPlanOfCare',
    label:
      "The treating provider's plan of care specifically recommends manipulation, with measurable functional goals",
    kind: 'boolean',
  },
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
  // medication disputes
  painAndFunctionDocumented: {
    key: 'painAndFunctionDocumented',
    label: 'Pain and function assessed at the visits (pain scores, relief, functional status)',
    kind: 'boolean',
  },
  analgesiaDocumented: {
    key: 'analgesiaDocumented',
    label: 'Meaningful pain relief from the drug documented (e.g. pain scores with and without it)',
    kind: 'boolean',
  },
  adlsDocumented: {
    key: 'adlsDocumented',
    label: 'Better function or daily activities (ADLs) on the drug documented',
    kind: 'boolean',
  },
  adverseEffectsAssessed: {
    key: 'adverseEffectsAssessed',
    label: 'Side effects assessed and tolerable',
    kind: 'boolean',
  },
  aberrantBehaviourAssessed: {
    key: 'aberrantBehaviourAssessed',
    label: 'Aberrant drug-taking behaviour monitored, and none found',
    kind: 'boolean',
  },
  opioidAgreement: {
    key: 'opioidAgreement',
    label: 'Written opioid treatment agreement documented',
    kind: 'boolean',
  },
  curesChecked: {
    key: 'curesChecked',
    label: 'CURES (prescription drug monitoring) report checked',
    kind: 'boolean',
  },
  riskScreeningDone: {
    key: 'riskScreeningDone',
    label: 'Misuse risk screened (drug and alcohol misuse, psychosocial factors)',
    kind: 'boolean',
    help: 'e.g. ORT, SOAPP-R, interview',
  },
  nonOpioidTried: {
    key: 'nonOpioidTried',
    label: 'Non-opioid treatment tried without enough relief',
    kind: 'boolean',
    help: 'e.g. NSAIDs, acetaminophen, exercise',
  },
  painSpecialistConsult: {
    key: 'painSpecialistConsult',
    label: 'Pain management consultation documented',
    kind: 'boolean',
  },
  taperStepRequested: {
    key: 'taperStepRequested',
    label: 'The request is a step of a documented taper of the drug',
    kind: 'boolean',
    help: 'A lower dose than before, in a gradual taper the treating physician has set out',
  },
  weanAttemptDocumented: {
    key: 'weanAttemptDocumented',
    label: 'Attempt to wean below 80 MED/day in the last 6 months documented',
    kind: 'boolean',
  },
  giRiskFactors: {
    key: 'giRiskFactors',
    label: 'GI risk factor documented',
    kind: 'boolean',
    help: 'Ulcer, GI bleeding or perforation history; aspirin, corticosteroid or anticoagulant; high-dose NSAID',
  },
  nsaidDyspepsia: {
    key: 'nsaidDyspepsia',
    label: 'Dyspepsia or other GI symptoms from the NSAID',
    kind: 'boolean',
  },
  neuropathicPain: {
    key: 'neuropathicPain',
    label: 'Neuropathic pain documented',
    kind: 'boolean',
    help: 'Nerve-damage pain: e.g. radiculopathy, diabetic neuropathy, postherpetic neuralgia',
  },
  firstLineNeuropathicTried: {
    key: 'firstLineNeuropathicTried',
    label: 'First-line neuropathic drug tried and failed',
    kind: 'boolean',
    help: 'Tricyclic or SNRI antidepressant, or an antiepilepsy drug such as gabapentin',
  },
  topicalReasonDocumented: {
    key: 'topicalReasonDocumented',
    label: 'Reason for a topical over an oral drug documented',
    kind: 'boolean',
    help: 'e.g. oral medication not tolerated',
  },
  standardFormNotUsable: {
    key: 'standardFormNotUsable',
    label: 'Reason a standard tablet or capsule cannot be used documented',
    kind: 'boolean',
    help: 'For oral suspensions and compounded kits',
  },
  painReliefPercent: {
    key: 'painReliefPercent',
    label: 'Pain reduction from the drug',
    kind: 'number',
    help: 'Percent, e.g. 30',
    min: 0,
    max: 100,
  },
  sleepHygieneTried: {
    key: 'sleepHygieneTried',
    label: 'Sleep hygiene or over-the-counter aids tried first',
    kind: 'boolean',
  },
  udtRiskLevel: {
    key: 'udtRiskLevel',
    label: 'Risk of misuse (low, moderate or high)',
    kind: 'text',
    help: 'From a tool such as ORT or SOAPP-R',
  },
  opioidStarting: {
    key: 'opioidStarting',
    label: 'An opioid is being started (a baseline test before the trial)',
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
    help: 'e.g. therapeutic ultrasound, traction, hot/cold packs, electrical muscle stimulation (EMS), shockwave therapy (ESWT); leave empty for exercise-based therapy',
  },
  // injections, diagnostics, equipment, programs and surgery
  redFlags: {
    key: 'redFlags',
    label:
      'Red flags for serious pathology (cauda equina, fracture, tumor, infection, aneurysm, suspected spinal stenosis, progressive neurologic deficit)',
    kind: 'boolean',
    help: "The examples are the spine's; the criteria panel lists the red flags of the body part requested (for the head: declining consciousness, a focal deficit, a seizure).",
  },
  neuroDeficit: {
    key: 'neuroDeficit',
    label:
      'Objective neurologic findings on exam (dermatomal sensory loss, myotomal weakness, reflex change)',
    kind: 'boolean',
  },
  radicularSymptoms: {
    key: 'radicularSymptoms',
    label: 'Radiating (radicular) arm or leg symptoms',
    kind: 'boolean',
  },
  conservativeCareWeeks: {
    key: 'conservativeCareWeeks',
    label: 'Weeks of conservative care already tried',
    kind: 'number',
    help: 'Therapy, exercise and medication for this complaint',
    min: 0,
    max: 520,
  },
  conservativeCareFailed: {
    key: 'conservativeCareFailed',
    label: 'Conservative care tried without adequate improvement',
    kind: 'boolean',
  },
  surgeryConsidered: {
    key: 'surgeryConsidered',
    label: 'Surgery or an invasive procedure is being considered and the worker would accept it',
    kind: 'boolean',
  },
  priorStudySameRegion: {
    key: 'priorStudySameRegion',
    label: 'The same study was already done for this region',
    kind: 'boolean',
  },
  significantChange: {
    key: 'significantChange',
    label: 'Significant change in symptoms or findings since the prior study',
    kind: 'boolean',
  },
  imagingCorroborates: {
    key: 'imagingCorroborates',
    label: 'Imaging or electrodiagnostic testing shows a lesion that matches the exam',
    kind: 'boolean',
  },
  structuralLesionSuspected: {
    key: 'structuralLesionSuspected',
    label:
      'Exam points to a specific structural lesion (e.g. locking, catching, instability, full-thickness tear)',
    kind: 'boolean',
  },
  plainFilmsNondiagnostic: {
    key: 'plainFilmsNondiagnostic',
    label: 'Plain films were taken and did not explain the problem',
    kind: 'boolean',
  },
  symptomsWorsening: {
    key: 'symptomsWorsening',
    label: 'Symptoms or neurologic signs are getting worse',
    kind: 'boolean',
  },
  entrapmentSuspected: {
    key: 'entrapmentSuspected',
    label: 'Clinical signs of a peripheral nerve entrapment (e.g. carpal tunnel syndrome)',
    kind: 'boolean',
  },
  imagingShowsLesion: {
    key: 'imagingShowsLesion',
    label: 'Imaging already shows the nerve root lesion that matches the exam',
    kind: 'boolean',
    help: 'e.g. an MRI with nerve root compromise at the level the exam points to. No imaging, or imaging that does not show it, counts as not shown.',
  },
  includesNcs: {
    key: 'includesNcs',
    label: 'The request includes nerve conduction studies',
    kind: 'boolean',
  },
  fluoroscopyGuided: { key: 'fluoroscopyGuided', label: 'Performed under fluoroscopy', kind: 'boolean' },
  injectionApproach: {
    key: 'injectionApproach',
    label: 'Injection approach',
    kind: 'text',
    help: 'transforaminal, interlaminar or caudal',
  },
  levelsRequested: {
    key: 'levelsRequested',
    label: 'Levels requested',
    kind: 'number',
    help: 'Spinal levels (nerve roots or joints) in this session',
    min: 0,
    max: 10,
  },
  priorInjectionMedicationReduced: {
    key: 'priorInjectionMedicationReduced',
    label: 'Pain medication use fell after the prior injection',
    kind: 'boolean',
  },
  functionalImprovementAfterPrior: {
    key: 'functionalImprovementAfterPrior',
    label: 'Functional improvement documented after the prior treatment of this kind',
    kind: 'boolean',
  },
  diagnosticBlock: {
    key: 'diagnosticBlock',
    label: 'Requested as a diagnostic block (not a therapeutic facet injection)',
    kind: 'boolean',
  },
  previouslyFusedLevel: {
    key: 'previouslyFusedLevel',
    label: 'A requested level was previously fused',
    kind: 'boolean',
  },
  bmi: {
    key: 'bmi',
    label: 'Body mass index (BMI)',
    kind: 'number',
    help: 'As the records state it, e.g. 33',
    min: 10,
    max: 90,
  },
  vitaminDeficiencyDocumented: {
    key: 'vitaminDeficiencyDocumented',
    label: 'A blood test shows a deficiency of the vitamin requested',
    kind: 'boolean',
  },
  lowTestosteroneDocumented: {
    key: 'lowTestosteroneDocumented',
    label: 'A blood test shows a low testosterone level',
    kind: 'boolean',
  },
  psychosocialAssessmentDone: {
    key: 'psychosocialAssessmentDone',
    label: 'A detailed psychosocial assessment had satisfactory results',
    kind: 'boolean',
  },
  siExamFindingsPositive: {
    key: 'siExamFindingsPositive',
    label: 'Positive sacroiliac joint exam findings',
    kind: 'number',
    help: 'How many provocation tests were positive (e.g. FABER, Gaenslen, thigh thrust, compression, distraction)',
    min: 0,
    max: 10,
  },
  triggerPointsDocumented: {
    key: 'triggerPointsDocumented',
    label: 'Trigger points with a twitch response and referred pain documented on exam',
    kind: 'boolean',
  },
  injectate: {
    key: 'injectate',
    label: 'Injectate',
    kind: 'text',
    help: 'corticosteroid, hyaluronic acid or platelet-rich plasma',
  },
  functionLimitedByPain: {
    key: 'functionLimitedByPain',
    label: 'Pain significantly limits activities or function',
    kind: 'boolean',
  },
  scsIndication: {
    key: 'scsIndication',
    label:
      'A condition a stimulator is indicated for: failed back surgery syndrome, CRPS, post-amputation or post-herpetic pain, spinal cord injury, MS, vascular disease',
    kind: 'boolean',
  },
  psychClearanceDone: {
    key: 'psychClearanceDone',
    label: 'A psychological evaluation before the stimulator cleared the worker for it',
    kind: 'boolean',
  },
  permanentImplant: {
    key: 'permanentImplant',
    label: 'A permanent implant (not the trial)',
    kind: 'boolean',
  },
  handInjectionCondition: {
    key: 'handInjectionCondition',
    label:
      "Wrist or hand: carpal tunnel syndrome (mild or moderate), de Quervain's tenosynovitis or trigger finger",
    kind: 'boolean',
  },
  severeOsteoarthritis: {
    key: 'severeOsteoarthritis',
    label: 'Symptomatic severe osteoarthritis of the joint documented',
    kind: 'boolean',
  },
  stimulationUnit: {
    key: 'stimulationUnit',
    label: 'Kind of unit',
    kind: 'text',
    help: 'TENS, interferential, H-wave or NMES (EMS); leave empty for a TENS unit',
  },
  rentalOrPurchase: {
    key: 'rentalOrPurchase',
    label: 'Rental or purchase',
    kind: 'text',
    help: 'rental or purchase',
  },
  rentalDays: { key: 'rentalDays', label: 'Rental days requested', kind: 'number', min: 0, max: 365 },
  tensTrialCompleted: {
    key: 'tensTrialCompleted',
    label: 'A one-month home TENS trial was completed',
    kind: 'boolean',
  },
  tensBenefitDocumented: {
    key: 'tensBenefitDocumented',
    label: 'The trial documented how often the unit was used and its effect on pain and function',
    kind: 'boolean',
  },
  concurrentTreatmentDocumented: {
    key: 'concurrentTreatmentDocumented',
    label: 'Other ongoing treatment, including medication, documented during the trial',
    kind: 'boolean',
  },
  treatmentGoalsStated: {
    key: 'treatmentGoalsStated',
    label: 'Specific short- and long-term treatment goals stated',
    kind: 'boolean',
  },
  neuropathicCondition: {
    key: 'neuropathicCondition',
    label: 'Neuropathic pain, CRPS, phantom limb pain, spasticity or multiple sclerosis',
    kind: 'boolean',
  },
  postoperative: { key: 'postoperative', label: 'Requested for use after a surgery', kind: 'boolean' },
  associatedSurgeryAuthorized: {
    key: 'associatedSurgeryAuthorized',
    label: 'The surgery this item supports is authorized or found medically necessary',
    kind: 'boolean',
  },
  meetsDmeDefinition: {
    key: 'meetsDmeDefinition',
    label:
      'Meets the DME definition (withstands repeated use, medical purpose, not useful without illness or injury, home use)',
    kind: 'boolean',
  },
  rationaleStated: {
    key: 'rationaleStated',
    label: 'The requesting physician states the clinical reason for the request',
    kind: 'boolean',
  },
  homeExerciseFailed: {
    key: 'homeExerciseFailed',
    label: 'A home exercise program was tried, reviewed and revised, and did not work',
    kind: 'boolean',
  },
  equipmentNeeded: {
    key: 'equipmentNeeded',
    label: 'Exercise equipment is needed that home exercise cannot provide',
    kind: 'boolean',
  },
  professionallySupervised: {
    key: 'professionallySupervised',
    label: 'Medical professionals will monitor and run the program',
    kind: 'boolean',
  },
  antiemeticApprovedUse: {
    key: 'antiemeticApprovedUse',
    label:
      'The nausea is from chemotherapy, radiation or surgery, or acute gastroenteritis (not from opioids)',
    kind: 'boolean',
  },
  sleepDisorderSuspected: {
    key: 'sleepDisorderSuspected',
    label:
      'A sleep-related breathing disorder, narcolepsy or periodic limb movement disorder is suspected (e.g. daytime sleepiness, cataplexy, morning headaches)',
    kind: 'boolean',
  },
  chronicInsomnia: {
    key: 'chronicInsomnia',
    label: 'Insomnia at least 4 nights a week for at least 6 months',
    kind: 'boolean',
  },
  insomniaTreatmentFailed: {
    key: 'insomniaTreatmentFailed',
    label: 'Behavioral treatment and sleep medication tried without response',
    kind: 'boolean',
  },
  psychiatricCauseExcluded: {
    key: 'psychiatricCauseExcluded',
    label: 'A psychiatric cause of the insomnia has been excluded',
    kind: 'boolean',
  },
  selfTransportPrevented: {
    key: 'selfTransportPrevented',
    label:
      'A disability keeps the worker from getting to appointments on their own (driving or public transport)',
    kind: 'boolean',
  },
  frpBaselineEvaluation: {
    key: 'frpBaselineEvaluation',
    label: 'An adequate evaluation with baseline functional testing was done',
    kind: 'boolean',
  },
  motivationToChange: {
    key: 'motivationToChange',
    label: 'Motivated to change and willing to forgo secondary gains',
    kind: 'boolean',
  },
  negativePredictorsAddressed: {
    key: 'negativePredictorsAddressed',
    label: 'Negative predictors of success have been addressed',
    kind: 'boolean',
  },
  sessionsCompletedInProgram: {
    key: 'sessionsCompletedInProgram',
    label: 'Full-day sessions already completed in this program',
    kind: 'number',
    min: 0,
    max: 200,
  },
  homebound: { key: 'homebound', label: 'Homebound', kind: 'boolean' },
  homeHealthMedicalCare: {
    key: 'homeHealthMedicalCare',
    label: 'Requested services include medical treatment (not only homemaker services or personal care)',
    kind: 'boolean',
  },
  failedReturnToWork: {
    key: 'failedReturnToWork',
    label: 'Prior return-to-work attempts failed',
    kind: 'boolean',
  },
  conflictingWorkReports: {
    key: 'conflictingWorkReports',
    label: 'Conflicting medical reports on precautions or fitness for work',
    kind: 'boolean',
  },
  nearMmi: { key: 'nearMmi', label: 'At or near maximum medical improvement', kind: 'boolean' },
  workHardeningPlanned: {
    key: 'workHardeningPlanned',
    label: 'Requested before admission to work hardening',
    kind: 'boolean',
  },
  delayedRecovery: {
    key: 'delayedRecovery',
    label: 'Delayed recovery or psychosocial risk factors (e.g. fear-avoidance, depression)',
    kind: 'boolean',
  },
  psychEvalBeforeProcedure: {
    key: 'psychEvalBeforeProcedure',
    label: 'Requested before a functional restoration program, spinal cord stimulator or implanted pump',
    kind: 'boolean',
  },
  priorPsychotherapyVisits: {
    key: 'priorPsychotherapyVisits',
    label: 'Psychotherapy visits already completed',
    kind: 'number',
    min: 0,
    max: 200,
  },
  cbtWeeksCompleted: {
    key: 'cbtWeeksCompleted',
    label: 'Weeks of cognitive behavioral therapy (CBT) already given',
    kind: 'number',
    min: 0,
    max: 520,
    help: 'Enter 0 when biofeedback is requested on its own, without CBT',
  },
  specialtyNamed: {
    key: 'specialtyNamed',
    label: 'The specialty or specialist requested is named',
    kind: 'boolean',
  },
  surgicalOpinionSought: {
    key: 'surgicalOpinionSought',
    label: 'The referral is to a surgeon, for a surgical opinion',
    kind: 'boolean',
    help: 'Then the surgical considerations of the body region’s chapter judge it, and their questions appear here.',
  },
  diagnosisUncertain: {
    key: 'diagnosisUncertain',
    label: 'The diagnosis is uncertain or complex',
    kind: 'boolean',
  },
  footOrthoticCondition: {
    key: 'footOrthoticCondition',
    label: 'Plantar fasciitis or metatarsalgia is diagnosed',
    kind: 'boolean',
    help: 'For foot orthotics or shoe inserts',
  },
  fusionRiskFactor: {
    key: 'fusionRiskFactor',
    label: 'A risk factor for a failed spinal fusion is documented',
    kind: 'boolean',
    help: 'For a bone growth stimulator: an earlier failed fusion, grade III or worse spondylolisthesis, a fusion of more than one level, current smoking, diabetes, renal disease, alcoholism or significant osteoporosis',
  },
  stiffKneeRisk: {
    key: 'stiffKneeRisk',
    label: 'The knee is at risk of stiffness after the operation',
    kind: 'boolean',
    help: 'For home continuous passive motion: arthrofibrosis or an earlier manipulation under anesthesia, complex regional pain syndrome, a revision, or a worker unable to take part in active therapy',
  },
  fractureNeedsFixation: {
    key: 'fractureNeedsFixation',
    label:
      'The fracture is displaced or unstable, lost its reduction, has a joint step-off, or is not healing',
    kind: 'boolean',
    help: 'For an open reduction and internal fixation: a minimally displaced fracture healing in a cast or boot is not',
  },
  customDeviceReason: {
    key: 'customDeviceReason',
    label:
      'A prefabricated device will not do (abnormal limb contour or size, skin changes, minimal muscle mass, severe instability, or a prefabricated one that failed)',
    kind: 'boolean',
    help: 'For a custom-fabricated, custom-molded or custom-fitted brace or splint',
  },
  kneeInstability: {
    key: 'kneeInstability',
    label: 'The knee is unstable (an ACL or MCL tear or laxity, or patellar instability)',
    kind: 'boolean',
    help: 'For a knee brace: locking or a meniscal tear is not instability',
  },
  cuffTearWithWeakness: {
    key: 'cuffTearWithWeakness',
    label: 'A full-thickness rotator cuff tear weakens arm elevation or rotation',
    kind: 'boolean',
    help: 'A full-thickness tear on imaging (not a partial one) with weakness on the exam',
  },
  specialistExpertiseNeeded: {
    key: 'specialistExpertiseNeeded',
    label: 'The plan of care needs expertise the treating physician lacks',
    kind: 'boolean',
    help: 'For example: injections the treater does not perform, or an opioid regimen the treater will not manage',
  },
  preopTestIndicated: {
    key: 'preopTestIndicated',
    label: "The patient's age, conditions or the surgery call for these tests",
    kind: 'boolean',
  },
  plexopathySuspected: {
    key: 'plexopathySuspected',
    label:
      'A nerve cause the usual shoulder diagnoses do not explain is suspected (e.g. a brachial plexopathy)',
    kind: 'boolean',
    help: 'For a shoulder request. Impingement, a rotator cuff tear or instability alone is a usual shoulder diagnosis.',
  },
  paresthesiasPersistent: {
    key: 'paresthesiasPersistent',
    label: 'Subacute or chronic paresthesias (numbness or tingling) in the arm',
    kind: 'boolean',
    help: 'Lasting past the acute phase, not only in the first weeks',
  },
  examEquivocal: {
    key: 'examEquivocal',
    label: 'The physical exam is equivocal: it can neither confirm nor rule out the hernia',
    kind: 'boolean',
    help: 'For hernia imaging: a hernia is diagnosed by exam, and imaging is rarely needed.',
  },
  ultrasoundNondiagnostic: {
    key: 'ultrasoundNondiagnostic',
    label: 'A diagnostic ultrasound was done first and did not settle the question',
    kind: 'boolean',
    help: 'For hernia imaging: ultrasound is the first study when the exam is equivocal.',
  },
  labralTearOrRetearSuspected: {
    key: 'labralTearOrRetearSuspected',
    label: 'A labral tear, or a re-tear after a rotator cuff repair, is suspected',
    kind: 'boolean',
    help: 'For an MR arthrogram of the shoulder: the cases ODG gives for it.',
  },
  cartilageRepairAssessment: {
    key: 'cartilageRepairAssessment',
    label: 'The repeat MRI is to assess a cartilage repair after surgery',
    kind: 'boolean',
    help: 'For a repeat knee MRI: the case ODG reserves it for.',
  },
  fusionUnconfirmedOnFilms: {
    key: 'fusionUnconfirmedOnFilms',
    label: 'A spinal fusion whose healing plain films do not confirm',
    kind: 'boolean',
    help: 'For a lumbar CT after a fusion: suspected pseudarthrosis or hardware loosening, films indeterminate.',
  },
  ctUnavailable: {
    key: 'ctUnavailable',
    label: 'CT is not available',
    kind: 'boolean',
    help: 'For skull films: ODG keeps them for when CT cannot be done.',
  },
  complexHerniaInObesity: {
    key: 'complexHerniaInObesity',
    label: 'A complex hernia (e.g. large, recurrent or incisional) in an obese patient',
    kind: 'boolean',
    help: 'For a hernia CT: the one case ODG gives for it.',
  },
};

/** The fields a disputed item of this type uses; unknown or 'other' types get quantity only. */
export function fieldsForService(serviceType: ServiceType | ''): {
  itemFields: ItemFieldKey[];
  facts: FactFieldMeta[];
} {
  const spec = serviceFieldSpec(serviceType);
  return { itemFields: spec.itemFields, facts: spec.facts.map((key) => SERVICE_FACT_FIELDS[key]) };
}

/**
 * Opioids: initiation and ongoing management, per edition.
 *
 * - CPMTG 2009 (pp. 74-96, all page anchors unconfirmed): before a trial (pp. 76-77), ongoing
 *   management with the 4 A's (p. 78), when to continue or wean (pp. 79-80), the 120 mg MED ceiling
 *   without a pain management consultation (p. 86). Catalogue 3.6.
 * - MTUS Opioid Treatment Guidelines 2016 (8 CCR 9792.24.4), cited by numbered section as the
 *   2016-17 letters do: initiation (3.1-3.3.6), maintenance with the 4 A's (3.3.9), the 80 mg MED
 *   weaning threshold (3.3.9, corrected from the draft), tapering (4.1). A severe acute injury
 *   within 3 months (1.3) is an alternative path, as CM16-0239110 applied it. Confirmed catalogue 3.1.
 * - From 12/01/2017 (ACOEM): coverage note, evidence path.
 *
 * Which set: "initiation" applies when no opioid was taken before the request (treatment history or
 * the request's start date); otherwise "ongoing management". The MED is computed over the whole
 * regimen on the request date. Upheld opioid letters say weaning is left to the treating physician
 * (rationaleNotes), as every opioid denial in the pool does.
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
  isFalse,
  isTrue,
  negate,
  oneOf,
  within,
} from './common';
import {
  CPMTG_GUIDELINE,
  JUDGMENT_FIELDS,
  LINE_CPMTG_2009,
  LINE_CPMTG_2016,
  LINE_OPIOID_2016,
  OPIOID_GUIDELINE,
  opioid2016,
  PAGES_UNCONFIRMED,
  PERIOD_2009,
  PERIOD_2016,
  REQUEST_QUANTITY_STATED,
  REQUEST_STRENGTH_STATED,
  standardFormReason,
  taperStepCriterion,
} from './medications-common';

// ---------- citations ----------

/**
 * The 4 A's kept: relief, function, tolerable side effects and no misuse or non-adherence. The
 * reasons to wean or taper are these failing, so continuing reads them (ADR 018).
 */
const FOUR_AS_KEPT = allOf(
  isTrue('item.facts.analgesiaDocumented', 'pain relief kept'),
  isTrue('item.facts.adlsDocumented', 'function kept'),
  isTrue('item.facts.adverseEffectsAssessed', 'no intolerable side effects'),
  isTrue('item.facts.aberrantBehaviourAssessed', 'no misuse or non-adherence found'),
);

const CRITERIA_FOR_USE = 'Opioids, criteria for use';
const CITE_TRIAL_2009 = cpmtg2009(CRITERIA_FOR_USE, '76-77');
const CITE_ONGOING_2009 = cpmtg2009(CRITERIA_FOR_USE, '78');
const CITE_CONTINUE_2009 = cpmtg2009(CRITERIA_FOR_USE, '79-80');
const CITE_DOSING_2009 = cpmtg2009('Opioids, dosing', '86');
const CITE_MISUSE_2009 = cpmtg2009('Opioids, steps to avoid misuse/addiction', '94-95');

const CHRONIC = 'Opioids for Chronic Pain and Chronic Opioid Treatment';
const S_EVALUATION = opioid2016(`3.1 ${CHRONIC}: Comprehensive Evaluation and Assessment of Patient`);
const S_ALTERNATIVES = opioid2016(
  `3.2 ${CHRONIC}: Consideration of Alternative Treatments for Chronic Pain and Chronic Opioid Treatment`,
);
const S_SCREENING = opioid2016(
  `3.3.1.1 ${CHRONIC}: Screening for Risk of Addiction or Adverse Events, Prior to Chronic Opioid Treatment: Screening for Drug Misuse/Abuse`,
);
const S_AGREEMENT = opioid2016(`3.3.2 ${CHRONIC}: Patient Treatment Agreement and Informed Consent`);
const S_INITIATION = opioid2016(`3.3.3 ${CHRONIC}: Initiation of Chronic Opioid Treatment`);
const S_CURES = opioid2016(`3.3.4 ${CHRONIC}: Use of CURES to Ensure Safe and Effective Opioid Use`);
const S_UDT = opioid2016(`3.3.6 ${CHRONIC}: Use of Urine Drug Testing (UDT)`);
const S_MAINTENANCE = opioid2016(`3.3.9 ${CHRONIC}: Maintenance of Chronic Opioid Treatment`);
const S_TAPERING = opioid2016('4.1 Tapering of opioids: indications for tapering');
const S_ACUTE = opioid2016('1.3 Opioids for Acute Pain: Severe Acute Injuries');
/** An opioid as a proprietary oral suspension (Synapryn) falls under the CPMTG's compound drugs rule. */
const STANDARD_FORM_2016 = standardFormReason({
  guideline: CPMTG_GUIDELINE,
  edition: '2016',
  section: 'Compound drugs',
});

const UNCONFIRMED_2009 = PAGES_UNCONFIRMED;
const FOUR_AS_2016 =
  'Confirmed: 2016 section 3.3.9 lists analgesia, activity, adverse events and aberrant behavior; failing one prompts re-evaluation and a possible taper (CM17-0007300, CM17-0012593).';
const TRIAL_2016 =
  'Confirmed: before a trial (2016 sections 3.3, 3.3.3): CM16-0230651, CM16-0248698, CM17-0015333, CM17-0017734.';

// ---------- shared rules ----------

const MED_120 = defineCriterion({
  id: 'op-med-ceiling-120',
  statement:
    'The total daily dose of all opioids stays at or below 120 mg morphine equivalents (MED), unless a pain management consultation supports more.',
  whenNotMet:
    "The total daily dose of all opioids is above the guideline's ceiling, and no pain management consultation supports a higher dose",
  citation: CITE_DOSING_2009,
  required: true,
  condition: {
    kind: 'unless',
    condition: atMost('item.regimenMed', 120, 'MME/day', 'at most 120 MME/day in total'),
    exceptions: [
      isTrue('item.facts.painSpecialistConsult', 'a pain management consultation for a higher dose'),
    ],
  },
  wouldMeet: {
    kind: 'request',
    text: 'that keeps the whole regimen at or below 120 MME/day',
    label: 'dose ceiling',
  },
  confirmed: false,
  confirmationNote: `${UNCONFIRMED_2009} The 120 mg ceiling itself is still unconfirmed (confirmed catalogue 3.1, #6).`,
});

/**
 * The 80 MED rule is about 180 days or more on opioids: it cannot apply to a new start, nor within
 * 180 days of the injury unless the treatment history shows opioids taken for longer.
 */
const MAY_HAVE_180_DAYS_ON_OPIOIDS = {
  condition: allOf(
    isTrue('item.onOpioidsBeforeRequest', 'opioids taken before the request'),
    anyOf(
      atLeast('case.opioidTherapyDays', 180, 'days', '180 days or more on opioids'),
      negate(within('case.dateOfInjury', 'case.requestDate', { days: 179 }, 'within 180 days of the injury')),
    ),
  ),
  description:
    'applies only to a worker who can have been on opioids for 180 days or more: not to a new start, nor within 180 days of the injury unless the treatment history shows opioids taken for longer',
};

const MED_80 = defineCriterion({
  id: 'op16-med-80',
  statement:
    'Above 80 mg morphine equivalents a day (MED) for 180 days or more, an attempt to wean below 80 is made every 6 months.',
  whenNotMet:
    "The total daily opioid dose is above the guideline's weaning threshold after long-term use, and the records show no attempt to wean below it in the last 6 months",
  citation: S_MAINTENANCE,
  required: true,
  condition: {
    kind: 'unless',
    condition: atMost('item.regimenMed', 80, 'MME/day', 'at most 80 MME/day in total'),
    exceptions: [
      isTrue('item.facts.weanAttemptDocumented', 'an attempt to wean below 80 MME/day in the last 6 months'),
      atMost('case.opioidTherapyDays', 179, 'days', 'fewer than 180 days on opioids'),
    ],
  },
  appliesWhen: MAY_HAVE_180_DAYS_ON_OPIOIDS,
  wouldMeet: {
    kind: 'request',
    text: 'that keeps the whole regimen at or below 80 MME/day (or a documented attempt to wean)',
    label: 'dosing threshold',
  },
  confirmed: true,
  confirmationNote:
    'Corrected and confirmed: 80 mg/day MED is a weaning threshold, with semiannual attempts to wean after 180 days or more above it (2016 section 3.3.9, CM17-0007300). Days on opioids count from the earliest start date in the treatment history (the dose history is not recorded).',
});

const ACUTE_WITHIN_3_MONTHS = defineCriterion({
  id: 'op16-acute-within-3-months',
  statement: 'For acute pain, the request falls within 3 months of the injury.',
  whenNotMet:
    'The request falls after the early period following the injury in which the guideline supports opioids for acute pain',
  citation: S_ACUTE,
  required: true,
  condition: atMost('case.monthsFromInjuryToRequest', 2, 'months', 'less than 3 months after the injury'),
  confirmed: true,
  confirmationNote:
    'Confirmed by one letter: time-limited opioids for a severe acute injury at under 3 months, to be re-reviewed if still used at 3 months (CM16-0239110, section 1.3).',
});

const SEVERE_ACUTE_INJURY = defineCriterion({
  id: 'op16-severe-acute-injury',
  statement:
    'A severe acute injury (e.g. fractures) with pain other treatment does not control; opioids are time-limited and re-evaluated if still needed at 3 months.',
  whenNotMet:
    'The records do not show a severe acute injury (such as a fracture) with pain that other treatment does not control, for a time-limited opioid course',
  citation: S_ACUTE,
  required: true,
  // A fracture, the guideline's own example, settles it; anything else is the reviewer's to weigh.
  condition: {
    kind: 'judgment',
    settledBy: isTrue(
      'case.fractureDiagnosed',
      "a fracture, the guideline's example of a severe acute injury",
    ),
  },
  extraFieldPaths: JUDGMENT_FIELDS,
  confirmed: true,
  confirmationNote:
    'Confirmed by one letter: CM16-0239110 (rib fractures, inadequate relief, overturned despite no CURES check).',
});

const ACUTE_PATH = {
  id: 'severe-acute-injury',
  label: 'a severe acute injury within 3 months (section 1.3)',
  criteria: [ACUTE_WITHIN_3_MONTHS.id, SEVERE_ACUTE_INJURY.id],
  citedSection: S_ACUTE.section,
};

const CURES = defineCriterion({
  id: 'op16-cures',
  statement: 'A CURES (prescription drug monitoring) report is checked.',
  whenNotMet: 'The records do not show that a CURES (prescription drug monitoring) report was checked',
  citation: S_CURES,
  required: true,
  condition: isTrue('item.facts.curesChecked', 'a CURES report checked'),
  wouldMeet: { kind: 'documentation', text: 'A CURES report', label: 'CURES' },
  confirmed: true,
  confirmationNote:
    'Confirmed: a missing CURES check was a stated reason in CM16-0248698 and CM17-0007300; before a trial in CM17-0015333 (section 3.3.3).',
});

// ---------- 2009: initiation ----------

const initiation2009: Criterion[] = [
  defineCriterion({
    id: 'op-baseline-pain-function',
    statement: 'Before a trial: baseline pain and function are assessed, with goals of treatment.',
    whenNotMet:
      'The records do not show baseline pain and function assessed, with goals of treatment, before the trial',
    citation: CITE_TRIAL_2009,
    required: true,
    condition: isTrue('item.facts.painAndFunctionDocumented', 'baseline pain and function assessed'),
    wouldMeet: {
      kind: 'documentation',
      text: 'Documentation of baseline pain and function, with treatment goals',
      label: 'baseline assessment',
    },
    confirmed: false,
    confirmationNote: UNCONFIRMED_2009,
  }),
  defineCriterion({
    id: 'op-non-opioid-first',
    statement: 'Non-opioid treatment has been tried and has not relieved the pain enough.',
    whenNotMet: 'Non-opioid treatment was not tried first and found to give too little relief',
    asRequirement: 'Non-opioid treatment was tried first and gave too little relief',
    citation: CITE_TRIAL_2009,
    required: true,
    condition: isTrue('item.facts.nonOpioidTried', 'non-opioid treatment tried first'),
    wouldMeet: {
      kind: 'documentation',
      text: 'Documentation of non-opioid treatment tried first',
      label: 'non-opioid treatment',
    },
    confirmed: false,
    confirmationNote: `${UNCONFIRMED_2009} The 2016 letters apply the same rule (CM16-0230651, CM17-0015333).`,
  }),
  defineCriterion({
    id: 'op-risk-screening',
    statement: 'A psychological and misuse-risk assessment comes before the trial.',
    whenNotMet: 'The records do not show a psychological and misuse-risk assessment before the trial',
    citation: CITE_TRIAL_2009,
    required: true,
    condition: isTrue('item.facts.riskScreeningDone', 'a misuse-risk assessment'),
    wouldMeet: {
      kind: 'documentation',
      text: 'Documentation of a misuse-risk assessment',
      label: 'risk assessment',
    },
    confirmed: false,
    confirmationNote: UNCONFIRMED_2009,
  }),
  defineCriterion({
    id: 'op-agreement-initiation',
    statement: 'A written opioid treatment agreement (consent) is in place before the trial.',
    whenNotMet:
      'The records do not show a written opioid treatment agreement (consent) in place before the trial',
    citation: CITE_TRIAL_2009,
    required: true,
    condition: isTrue('item.facts.opioidAgreement', 'a written opioid treatment agreement'),
    wouldMeet: { kind: 'documentation', text: 'A written opioid treatment agreement', label: 'agreement' },
    confirmed: false,
    confirmationNote: UNCONFIRMED_2009,
  }),
  defineCriterion({
    id: 'op-baseline-udt-2009',
    whenNotMet:
      'The records show no urine drug screen considered before the trial (advisory in the 2009 guideline)',
    statement: 'A urine drug screen before the trial is considered (advisory in the 2009 guideline).',
    citation: CITE_TRIAL_2009,
    required: false,
    condition: isTrue('case.udtInLast12Months', 'a urine drug screen before the trial'),
    wouldMeet: { kind: 'documentation', text: 'A baseline urine drug screen', label: 'baseline screen' },
    confirmed: false,
    confirmationNote: UNCONFIRMED_2009,
  }),
  MED_120,
];

// ---------- 2009: ongoing management ----------

const FOUR_AS_2009 = `${UNCONFIRMED_2009} The 4 A's framework is [P] (Passik); its place on p. 78 is [U].`;

const ongoing2009: Criterion[] = [
  defineCriterion({
    id: 'op-pain-function-assessed',
    statement:
      'Each visit documents pain (current, average, after the dose, how long relief lasts) and functional status.',
    whenNotMet:
      'The visit notes do not record pain (current, average, after the dose and how long relief lasts) and functional status at each visit',
    citation: CITE_ONGOING_2009,
    required: true,
    condition: isTrue('item.facts.painAndFunctionDocumented', 'pain and function assessed at the visits'),
    wouldMeet: {
      kind: 'documentation',
      text: 'Documentation of pain scores and functional status at the visits',
      label: 'pain and function',
    },
    confirmed: false,
    confirmationNote: UNCONFIRMED_2009,
  }),
  defineCriterion({
    id: 'op-analgesia',
    statement: "Analgesia (one of the 4 A's): the opioid relieves pain meaningfully.",
    whenNotMet: 'The records do not show meaningful pain relief from the opioid',
    citation: CITE_ONGOING_2009,
    required: true,
    condition: isTrue('item.facts.analgesiaDocumented', 'documented pain relief from the opioid'),
    wouldMeet: {
      kind: 'documentation',
      text: 'Documentation of pain relief from the opioid (pain scores with and without it)',
      label: 'analgesia',
    },
    confirmed: false,
    confirmationNote: FOUR_AS_2009,
  }),
  defineCriterion({
    id: 'op-activities',
    statement: "Activities of daily living (one of the 4 A's): function is better on the opioid.",
    whenNotMet: 'The records do not show better function or daily activities on the opioid',
    citation: CITE_ONGOING_2009,
    required: true,
    condition: isTrue('item.facts.adlsDocumented', 'better function or daily activities on the opioid'),
    wouldMeet: {
      kind: 'documentation',
      text: 'Documentation of better function or daily activities on the opioid',
      label: 'activities of daily living',
    },
    confirmed: false,
    confirmationNote: FOUR_AS_2009,
  }),
  defineCriterion({
    id: 'op-adverse-effects',
    statement: "Adverse effects (one of the 4 A's): side effects are assessed and tolerable.",
    whenNotMet: 'The records do not show that side effects were assessed and found tolerable',
    citation: CITE_ONGOING_2009,
    required: true,
    condition: isTrue('item.facts.adverseEffectsAssessed', 'side effects assessed and tolerable'),
    wouldMeet: {
      kind: 'documentation',
      text: 'Documentation that side effects were assessed',
      label: 'adverse effects',
    },
    confirmed: false,
    confirmationNote: FOUR_AS_2009,
  }),
  defineCriterion({
    id: 'op-aberrant-behaviour',
    statement: "Aberrant drug-taking behaviour (one of the 4 A's): it is monitored, and none is found.",
    whenNotMet: 'The records do not show that aberrant drug-taking behaviour was monitored, with none found',
    citation: CITE_ONGOING_2009,
    required: true,
    condition: isTrue(
      'item.facts.aberrantBehaviourAssessed',
      'aberrant drug-taking behaviour monitored, with none found',
    ),
    wouldMeet: {
      kind: 'documentation',
      text: 'Documentation that aberrant drug-taking behaviour is monitored',
      label: 'aberrant behaviour',
    },
    confirmed: false,
    confirmationNote: FOUR_AS_2009,
  }),
  defineCriterion({
    id: 'op-urine-drug-testing',
    statement:
      'Drug screening is part of the monitoring: a urine drug test in the 12 months before the request (a reviewer may override with a note where no misuse or poor control is at issue).',
    whenNotMet: 'The records show no urine drug test in the 12 months before the request',
    citation: CITE_ONGOING_2009,
    required: true,
    condition: isTrue('case.udtInLast12Months', 'a urine drug test in the 12 months before the request'),
    wouldMeet: {
      kind: 'documentation',
      text: 'A urine drug test in the last 12 months',
      label: 'urine drug testing',
    },
    confirmed: false,
    confirmationNote: `${UNCONFIRMED_2009} Drug testing p. 43 [U].`,
  }),
  defineCriterion({
    id: 'op-agreement-ongoing',
    whenNotMet: 'The records show no opioid treatment agreement, one of the steps to avoid misuse (advisory)',
    statement: 'An opioid treatment agreement is one of the steps to avoid misuse (advisory).',
    citation: CITE_MISUSE_2009,
    required: false,
    condition: isTrue('item.facts.opioidAgreement', 'a written opioid treatment agreement'),
    wouldMeet: { kind: 'documentation', text: 'A written opioid treatment agreement', label: 'agreement' },
    confirmed: false,
    confirmationNote: UNCONFIRMED_2009,
  }),
  MED_120,
  defineCriterion({
    id: 'op-continue-or-wean',
    statement:
      'Continue only with improved function and pain (or a return to work), and no reason to wean: no loss of function, intolerable side effects, resolved pain or serious non-adherence.',
    whenNotMet:
      'Continuing the opioid is not supported: function and pain have not improved (nor has the worker returned to work), or there is a reason to wean',
    asRequirement:
      'Function and pain have improved (or the worker has returned to work), with no reason to wean such as lost function, intolerable side effects, resolved pain or serious non-adherence',
    citation: CITE_CONTINUE_2009,
    required: true,
    // As in 2016 (ADR 018): the documented 4 A's answer it; a reason outside them (resolved pain)
    // is the reviewer's override, with its note.
    condition: FOUR_AS_KEPT,
    confirmed: false,
    confirmationNote: UNCONFIRMED_2009,
  }),
];

const WEAN_NOTE_2009 =
  'This decision does not mean that opioids should be stopped abruptly: weaning, and how quickly to taper, are left to the treating physician, following the MTUS guidance on weaning of opioids (Chronic Pain Medical Treatment Guidelines 2009).';
const WEAN_NOTE_2016 =
  'This decision does not mean that opioids should be stopped abruptly: weaning, and how quickly to taper, are left to the treating physician, following the tapering sections (4.1-4.2) of the MTUS Opioid Treatment Guidelines.';

const OPIOID_DISPLAY = [
  'item.drugClass',
  'item.onOpioidsBeforeRequest',
  'item.regimenMed',
  'case.udtCount12Months',
  'item.drugDaysSoFar',
];

const STARTS_OPIOIDS = isFalse('item.onOpioidsBeforeRequest', 'no opioid taken before the request');

const BASE_2009 = {
  guideline: CPMTG_GUIDELINE,
  edition: '2009',
  ...PERIOD_2009,
  services: ['opioid'],
  letterLine: LINE_CPMTG_2009,
  requestNoun: 'prescription',
  decisionRule: { kind: 'all_required' },
  displayFacts: OPIOID_DISPLAY,
  rationaleNotes: [{ decision: 'upheld', text: WEAN_NOTE_2009 }],
} satisfies Partial<GuidelineSet>;

export const OPIOIDS_INITIATION_2009: GuidelineSet = {
  ...BASE_2009,
  id: 'cpmtg-2009-opioids-initiation',
  title: 'MTUS Chronic Pain Medical Treatment Guidelines (2009): Opioids, initiating therapy',
  appliesOnlyWhen: STARTS_OPIOIDS,
  criteria: [...initiation2009, REQUEST_STRENGTH_STATED, REQUEST_QUANTITY_STATED],
};

export const OPIOIDS_ONGOING_2009: GuidelineSet = {
  ...BASE_2009,
  id: 'cpmtg-2009-opioids-ongoing',
  title: 'MTUS Chronic Pain Medical Treatment Guidelines (2009): Opioids, ongoing management',
  criteria: [...ongoing2009, REQUEST_STRENGTH_STATED, REQUEST_QUANTITY_STATED],
};

// ---------- 2016: initiation ----------

const initiation2016: Criterion[] = [
  defineCriterion({
    id: 'op16-comprehensive-evaluation',
    statement: 'Before chronic opioid treatment: a comprehensive evaluation of pain and function.',
    whenNotMet:
      'The records do not show a comprehensive evaluation of pain and function before chronic opioid treatment',
    citation: S_EVALUATION,
    required: true,
    condition: isTrue('item.facts.painAndFunctionDocumented', 'pain and function assessed before the trial'),
    wouldMeet: {
      kind: 'documentation',
      text: 'Documentation of a pain and function evaluation',
      label: 'evaluation',
    },
    confirmed: false,
    confirmationNote:
      'Partly confirmed: section 3.1 is in the UR line of CM17-0015333; no letter in the pool states the rule.',
  }),
  defineCriterion({
    id: 'op16-non-opioid-first',
    statement: 'Non-opioid treatment has been tried and failed before an opioid is started.',
    whenNotMet: 'The records do not show non-opioid treatment tried and failed before the opioid is started',
    citation: S_ALTERNATIVES,
    required: true,
    condition: isTrue('item.facts.nonOpioidTried', 'non-opioid treatment tried and failed'),
    wouldMeet: {
      kind: 'documentation',
      text: 'Documentation of non-opioid treatment tried first',
      label: 'non-opioid treatment',
    },
    confirmed: true,
    confirmationNote: TRIAL_2016,
  }),
  defineCriterion({
    id: 'op16-risk-screening',
    statement: 'The risk of addiction and adverse events is screened before the trial.',
    whenNotMet:
      'The records do not show screening for the risk of addiction and adverse events before the trial',
    citation: S_SCREENING,
    required: true,
    condition: isTrue('item.facts.riskScreeningDone', 'screening for misuse risk'),
    wouldMeet: {
      kind: 'documentation',
      text: 'Documentation of screening for misuse risk',
      label: 'risk screening',
    },
    confirmed: true,
    confirmationNote: TRIAL_2016,
  }),
  CURES,
  defineCriterion({
    id: 'op16-udt-before-trial',
    statement: 'A urine drug screen comes before the trial.',
    whenNotMet: 'The records show no baseline urine drug screen (none in the 12 months before the request)',
    citation: S_INITIATION,
    required: true,
    condition: isTrue('case.udtInLast12Months', 'a urine drug screen before the trial'),
    wouldMeet: { kind: 'documentation', text: 'A baseline urine drug screen', label: 'baseline screen' },
    confirmed: true,
    confirmationNote:
      'Confirmed: CURES check and urine drug screen before a trial (CM17-0015333, section 3.3.3).',
  }),
  defineCriterion({
    id: 'op16-agreement',
    statement: 'A written treatment agreement and informed consent come before the trial.',
    whenNotMet: 'The records do not show a written treatment agreement and informed consent before the trial',
    citation: S_AGREEMENT,
    required: true,
    condition: isTrue('item.facts.opioidAgreement', 'a written treatment agreement'),
    wouldMeet: { kind: 'documentation', text: 'A written opioid treatment agreement', label: 'agreement' },
    confirmed: true,
    confirmationNote: TRIAL_2016,
  }),
  defineCriterion({
    id: 'op16-short-acting-first',
    statement: 'The trial starts with a short-acting (immediate-release) opioid, not a long-acting one.',
    whenNotMet:
      'The trial would start with a long-acting opioid rather than a short-acting (immediate-release) one',
    citation: S_INITIATION,
    required: true,
    condition: isFalse('item.requestedLongActingOpioid', 'a short-acting opioid to start the trial'),
    wouldMeet: {
      kind: 'request',
      text: 'for a short-acting (immediate-release) opioid to start the trial',
      label: 'short-acting first',
    },
    confirmed: true,
    confirmationNote: `${TRIAL_2016} Short-acting drug first: CM17-0015333 (section 3.3.3).`,
  }),
  defineCriterion({
    id: 'op16-trial-60-days',
    // The short-acting start is its own criterion (op16-short-acting-first); this one is the length.
    statement: 'The trial is time-limited (typically no more than 60 days), at the lowest dose.',
    whenNotMet: 'The supply requested runs longer than the time-limited trial the guideline expects',
    citation: S_INITIATION,
    required: true,
    condition: atMost('item.requestedSupplyDays', 60, 'days', 'a trial of no more than 60 days'),
    wouldMeet: { kind: 'request', text: 'for a trial of 60 days or less', label: 'trial length' },
    confirmed: true,
    confirmationNote: TRIAL_2016,
  }),
  MED_80,
  ACUTE_WITHIN_3_MONTHS,
  SEVERE_ACUTE_INJURY,
];

const BASE_2016 = {
  guideline: OPIOID_GUIDELINE,
  edition: '2016',
  ...PERIOD_2016,
  services: ['opioid'],
  letterLine: LINE_OPIOID_2016,
  requestNoun: 'prescription',
  rationaleNotes: [{ decision: 'upheld', text: WEAN_NOTE_2016 }],
} satisfies Partial<GuidelineSet>;

export const OPIOIDS_INITIATION_2016: GuidelineSet = {
  ...BASE_2016,
  id: 'mtus-2016-opioids-initiation',
  title: 'MTUS Opioid Treatment Guidelines (2016): initiation of chronic opioid treatment',
  appliesOnlyWhen: STARTS_OPIOIDS,
  decisionRule: {
    kind: 'any_path',
    paths: [
      {
        id: 'chronic-initiation',
        label: 'initiation of chronic opioid treatment (section 3.3.3)',
        citedSection: S_INITIATION.section,
        criteria: [
          'op16-comprehensive-evaluation',
          'op16-non-opioid-first',
          'op16-risk-screening',
          CURES.id,
          'op16-udt-before-trial',
          'op16-agreement',
          'op16-short-acting-first',
          'op16-trial-60-days',
          MED_80.id,
        ],
      },
      ACUTE_PATH,
    ],
  },
  criteria: [...initiation2016, STANDARD_FORM_2016, REQUEST_STRENGTH_STATED, REQUEST_QUANTITY_STATED],
  displayFacts: [...OPIOID_DISPLAY, 'item.requestedSupplyDays'],
};

// ---------- 2016: maintenance ----------

const maintenance2016: Criterion[] = [
  defineCriterion({
    id: 'op16-analgesia',
    statement: "Analgesia (one of the 4 A's): a clinically meaningful improvement in pain.",
    whenNotMet: 'The records do not show a clinically meaningful improvement in pain on the opioid',
    citation: S_MAINTENANCE,
    required: true,
    condition: isTrue('item.facts.analgesiaDocumented', 'a meaningful improvement in pain'),
    wouldMeet: {
      kind: 'documentation',
      text: 'Documentation of meaningful pain relief (pain scores with and without the opioid)',
      label: 'analgesia',
    },
    confirmed: true,
    confirmationNote: FOUR_AS_2016,
  }),
  defineCriterion({
    id: 'op16-activity',
    statement:
      "Activity (one of the 4 A's): a meaningful improvement in function or in how pain interferes with it.",
    whenNotMet:
      'The records do not show a meaningful improvement in function, or in how pain interferes with it, on the opioid',
    citation: S_MAINTENANCE,
    required: true,
    condition: isTrue('item.facts.adlsDocumented', 'a meaningful improvement in function'),
    wouldMeet: {
      kind: 'documentation',
      text: 'Documentation of a meaningful improvement in function',
      label: 'activity',
    },
    confirmed: true,
    confirmationNote: `${FOUR_AS_2016} Functional improvement: a significant ADL gain or fewer work restrictions (CM17-0017734).`,
  }),
  defineCriterion({
    id: 'op16-adverse-events',
    statement: "Adverse events (one of the 4 A's): no severe side effects.",
    whenNotMet: 'The records do not show that side effects were assessed and none was severe',
    citation: S_MAINTENANCE,
    required: true,
    condition: isTrue('item.facts.adverseEffectsAssessed', 'side effects assessed and tolerable'),
    wouldMeet: {
      kind: 'documentation',
      text: 'Documentation that side effects were assessed',
      label: 'adverse events',
    },
    confirmed: true,
    confirmationNote: FOUR_AS_2016,
  }),
  defineCriterion({
    id: 'op16-aberrant-behavior',
    statement:
      "Aberrant behavior (one of the 4 A's): monitored for substance use disorder or diversion, none found.",
    whenNotMet:
      'The records do not show that the worker was monitored for substance use disorder or diversion, with none found',
    citation: S_MAINTENANCE,
    required: true,
    condition: isTrue('item.facts.aberrantBehaviourAssessed', 'aberrant behavior monitored, with none found'),
    wouldMeet: {
      kind: 'documentation',
      text: 'Documentation that aberrant behavior is monitored',
      label: 'aberrant behavior',
    },
    confirmed: true,
    confirmationNote: FOUR_AS_2016,
  }),
  defineCriterion({
    id: 'op16-udt-monitoring',
    statement: 'Monitoring includes random urine drug screens: one in the 12 months before the request.',
    whenNotMet: 'The records show no random urine drug screen in the 12 months before the request',
    citation: S_UDT,
    required: true,
    condition: isTrue('case.udtInLast12Months', 'a urine drug test in the 12 months before the request'),
    wouldMeet: {
      kind: 'documentation',
      text: 'A urine drug test in the last 12 months',
      label: 'urine drug testing',
    },
    confirmed: true,
    confirmationNote:
      'Confirmed: random urine screens in maintenance (CM17-0012593, CM17-0016311); section 3.3.6 in the UR line of CM17-0015333.',
  }),
  CURES,
  MED_80,
  defineCriterion({
    id: 'op16-no-taper-indication',
    statement:
      "No indication to taper: the 4 A's are met, with no loss of function, intolerable side effects or non-adherence; otherwise a taper (never an abrupt stop after more than 2 weeks of use).",
    whenNotMet:
      "There is an indication to taper (the 4 A's are not all met, or function is lost, side effects are intolerable or the worker does not adhere to treatment)",
    asRequirement:
      "The 4 A's are met, with no loss of function, intolerable side effects or non-adherence that would call for a taper",
    citation: S_TAPERING,
    required: true,
    // The indications to taper are the 4 A's failing (no relief or function, intolerable side
    // effects, misuse or non-adherence), so the documented 4 A's answer it; another indication (the
    // worker asks to stop, the pain has resolved) is the reviewer's override, with its note.
    condition: FOUR_AS_KEPT,
    confirmed: false,
    confirmationNote:
      "Partly confirmed: sections 4.1 and 4.2 cited by CM17-0017734; no abrupt stop after 2 weeks (CM17-0007300). The printed title of section 4.1 is not in the catalogue. Read from the documented 4 A's (ADR 018).",
  }),
  ACUTE_WITHIN_3_MONTHS,
  SEVERE_ACUTE_INJURY,
  taperStepCriterion(
    'op16-taper-step',
    'an opioid',
    S_TAPERING,
    'Unconfirmed: sections 4.1-4.2 (tapering, no abrupt stop after long-term use); no letter in the pool certifies a taper step.',
  ),
];

export const OPIOIDS_MAINTENANCE_2016: GuidelineSet = {
  ...BASE_2016,
  id: 'mtus-2016-opioids-maintenance',
  title: 'MTUS Opioid Treatment Guidelines (2016): maintenance of chronic opioid treatment',
  decisionRule: {
    kind: 'any_path',
    paths: [
      {
        id: 'chronic-maintenance',
        label: 'maintenance of chronic opioid treatment (section 3.3.9)',
        citedSection: S_MAINTENANCE.section,
        criteria: [
          'op16-analgesia',
          'op16-activity',
          'op16-adverse-events',
          'op16-aberrant-behavior',
          'op16-udt-monitoring',
          CURES.id,
          MED_80.id,
          'op16-no-taper-indication',
        ],
      },
      ACUTE_PATH,
      {
        id: 'taper',
        label: 'a step of a documented taper (sections 4.1-4.2)',
        citedSection: S_TAPERING.section,
        criteria: ['op16-taper-step'],
      },
    ],
  },
  criteria: [...maintenance2016, STANDARD_FORM_2016, REQUEST_STRENGTH_STATED, REQUEST_QUANTITY_STATED],
  displayFacts: OPIOID_DISPLAY,
};

// ---------- buprenorphine for opiate addiction ----------

const BUPRENORPHINE_NOTE =
  'Unconfirmed: not in the catalogue. The CPMTG recommends buprenorphine for the treatment of opiate addiction, and as an option for chronic pain after detoxification in patients with a history of opiate addiction; the held-out summaries written for this project decide Suboxone for a diagnosed opioid use disorder that way. Pages not confirmed.';

/**
 * Buprenorphine where an opioid use disorder is diagnosed: the CPMTG's own section, not the chronic
 * opioid criteria, which a buprenorphine patch for pain alone still meets or fails.
 */
function buprenorphineForAddiction(edition: '2009' | '2016'): GuidelineSet {
  const citation = edition === '2009' ? cpmtg2009('Buprenorphine', '26-27') : cpmtg2016('Buprenorphine');
  return {
    id: `cpmtg-${edition}-buprenorphine-opiate-addiction`,
    title: `MTUS Chronic Pain Medical Treatment Guidelines (${edition}): Buprenorphine for opiate addiction`,
    guideline: CPMTG_GUIDELINE,
    edition,
    ...(edition === '2009' ? PERIOD_2009 : PERIOD_2016),
    services: ['opioid'],
    appliesOnlyWhen: allOf(
      oneOf('item.drugId', ['buprenorphine', 'buprenorphine-naloxone'], 'buprenorphine'),
      isTrue('case.opioidUseDisorderDiagnosed', 'an opioid use disorder in the diagnoses'),
    ),
    letterLine: edition === '2009' ? LINE_CPMTG_2009 : LINE_CPMTG_2016,
    requestNoun: 'prescription',
    decisionRule: { kind: 'all_required' },
    criteria: [
      defineCriterion({
        id: 'bup-opiate-addiction',
        statement:
          'Buprenorphine is recommended to treat opiate addiction, and as an option for chronic pain after detoxification in a patient with a history of opiate addiction.',
        whenNotMet: 'The records do not show the opiate addiction buprenorphine is recommended for',
        citation,
        required: true,
        condition: isTrue('case.opioidUseDisorderDiagnosed', 'an opioid use disorder (opiate addiction)'),
        confirmed: false,
        confirmationNote: BUPRENORPHINE_NOTE,
      }),
      REQUEST_STRENGTH_STATED,
      REQUEST_QUANTITY_STATED,
    ],
    displayFacts: OPIOID_DISPLAY,
    rationaleNotes: [{ decision: 'upheld', text: edition === '2009' ? WEAN_NOTE_2009 : WEAN_NOTE_2016 }],
  };
}

export const BUPRENORPHINE_ADDICTION_2009 = buprenorphineForAddiction('2009');
export const BUPRENORPHINE_ADDICTION_2016 = buprenorphineForAddiction('2016');

// Before the initiation sets: a specific set chosen first wins.
export const OPIOID_SETS: GuidelineSet[] = [
  BUPRENORPHINE_ADDICTION_2009,
  BUPRENORPHINE_ADDICTION_2016,
  OPIOIDS_INITIATION_2009,
  OPIOIDS_ONGOING_2009,
  OPIOIDS_INITIATION_2016,
  OPIOIDS_MAINTENANCE_2016,
];

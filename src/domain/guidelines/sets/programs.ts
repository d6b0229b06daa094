/**
 * Programs and behavioral care.
 * - Functional restoration (chronic pain) programs: CPMTG 2009 pp. 30-34 and p. 49; 2016 section
 *   "Chronic pain programs (functional restoration programs)". Catalogue 3.9; STILL UNCONFIRMED.
 * - Home health services: CPMTG 2009 p. 51; 2016 "Home health services". Catalogue 3.14.
 * - Functional capacity evaluation: MTUS General Approaches 2004 (ACOEM Ch. 7) with ODG Fitness for
 *   Duty. Catalogue 3.14; confirmed catalogue 6.2 (partly).
 * - Psychological evaluation and psychotherapy / CBT: CPMTG 2009 pp. 100-102 and p. 23; 2016
 *   sections of the same names. Catalogue 3.14; STILL UNCONFIRMED.
 */
import type { Criterion, GuidelineCitation, GuidelineSet } from '../guideline-schema';
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
  noneOf,
  oneOf,
  reCite,
} from './common';
import {
  ACOEM_2004_PERIOD,
  ACOEM_2017_FROM,
  acoem2004,
  acoemLetterLine,
  CPMTG_2009_FROM,
  CPMTG_2016_FROM,
  notInCatalogue,
  odg,
  odgTopicSet,
  stillUnconfirmed,
} from './procedure-common';

/** One CPMTG topic in both editions: 2009 cited by page, 2016 by section; all unconfirmed. */
function cpmtgPair(spec: {
  slug: string;
  section2009: string;
  section2016: string;
  services: GuidelineSet['services'];
  requestNoun: string;
  decisionRule: GuidelineSet['decisionRule'];
  criteria: Criterion[];
  note2016: string;
  note?: string;
}): [GuidelineSet, GuidelineSet] {
  const base = {
    guideline: 'MTUS Chronic Pain Medical Treatment Guidelines',
    services: spec.services,
    requestNoun: spec.requestNoun,
    decisionRule: spec.decisionRule,
    ...(spec.note ? { note: spec.note } : {}),
  };
  return [
    {
      ...base,
      id: `cpmtg-2009-${spec.slug}`,
      title: `MTUS Chronic Pain Medical Treatment Guidelines (2009): ${spec.section2009}`,
      edition: '2009',
      effectiveFrom: CPMTG_2009_FROM,
      effectiveTo: CPMTG_2016_FROM,
      letterLine: { name: 'MTUS Chronic Pain Medical Treatment Guidelines (2009)', style: 'pages' },
      criteria: spec.criteria,
    },
    {
      ...base,
      id: `cpmtg-2016-${spec.slug}`,
      title: `MTUS Chronic Pain Medical Treatment Guidelines (2016): ${spec.section2016}`,
      edition: '2016',
      effectiveFrom: CPMTG_2016_FROM,
      effectiveTo: ACOEM_2017_FROM,
      letterLine: { name: 'MTUS Chronic Pain Medical Treatment 2016', style: 'sections' },
      criteria: spec.criteria.map((criterion) =>
        reCite(criterion, cpmtg2016(section2016For(criterion.citation, spec)), false, spec.note2016),
      ),
    },
  ];
}

/** The 2016 section of a 2009 citation (psychological care spans two sections). */
function section2016For(
  citation: GuidelineCitation,
  spec: { section2009: string; section2016: string },
): string {
  return citation.section === spec.section2009 ? spec.section2016 : (citation.section ?? spec.section2016);
}

// ---------- functional restoration programs ----------

const FRP_SECTION = 'Chronic pain programs (functional restoration programs)';
const FRP_2009 = cpmtg2009(FRP_SECTION, '30-34');
const FRP_NOTE = stillUnconfirmed('3.9');

/**
 * The program's own criteria; a request for the evaluation that decides admission is judged on the
 * worker's candidacy alone (the evaluation is what establishes the baseline, motivation and
 * predictors the program then needs).
 */
const PROGRAM_ITSELF = {
  condition: isFalse('item.requestIsProgramEvaluation', 'the program itself requested'),
  description: 'applies to the program itself, not to the evaluation that decides admission',
};

/**
 * A worker already some weeks into the program was admitted on its admission criteria; a request to
 * continue is judged on the gains since (the guideline's 2-week rule), not on admission again. Our
 * reading, unconfirmed like the rest of the section.
 */
const ADMITTED = atLeast(
  'item.facts.weeksCompletedInProgram',
  1,
  'weeks',
  'a worker already admitted to the program (a week or more completed)',
);

const frpCriteria: Criterion[] = [
  defineCriterion({
    id: 'frp-baseline-evaluation',
    statement:
      'An adequate evaluation was done, including baseline functional testing so that the same tests can show change.',
    whenNotMet:
      'The records do not show an adequate evaluation with baseline functional testing against which change can be measured',
    citation: FRP_2009,
    required: true,
    condition: anyOf(
      isTrue('item.facts.frpBaselineEvaluation', 'an evaluation with baseline functional testing'),
      ADMITTED,
    ),
    wouldMeet: {
      kind: 'documentation',
      text: 'An evaluation with baseline functional testing',
      label: 'baseline evaluation',
    },
    appliesWhen: PROGRAM_ITSELF,
    confirmed: false,
    confirmationNote: FRP_NOTE,
  }),
  defineCriterion({
    id: 'frp-prior-treatment-failed',
    statement: 'Previous methods of treating the chronic pain have been unsuccessful.',
    whenNotMet:
      'The records do not show that previous methods of treating the chronic pain have been unsuccessful',
    citation: FRP_2009,
    required: true,
    condition: anyOf(
      isTrue('item.facts.conservativeCareFailed', 'unsuccessful previous treatment of the chronic pain'),
      ADMITTED,
    ),
    wouldMeet: {
      kind: 'documentation',
      text: 'Documentation that previous treatment of the chronic pain was unsuccessful',
      label: 'failed prior treatment',
    },
    confirmed: false,
    confirmationNote: FRP_NOTE,
  }),
  defineCriterion({
    id: 'frp-no-other-options',
    statement: 'No other option is likely to bring significant clinical improvement.',
    whenNotMet: 'Another option is likely to bring significant clinical improvement',
    citation: FRP_2009,
    required: true,
    // Prior care failed and no surgery is pending: the records leave no other option to weigh.
    condition: {
      kind: 'judgment',
      settledBy: anyOf(
        allOf(
          isTrue('item.facts.conservativeCareFailed', 'unsuccessful previous treatment'),
          isFalse('item.facts.surgicalCandidate', 'no surgery or other warranted treatment pending'),
        ),
        ADMITTED,
      ),
    },
    extraFieldPaths: ['reports', 'review.criteria'],
    confirmed: false,
    confirmationNote: FRP_NOTE,
  }),
  defineCriterion({
    id: 'frp-functional-loss',
    statement: 'The chronic pain causes a significant loss of the ability to function independently.',
    whenNotMet:
      'The records do not show that the chronic pain causes a significant loss of the ability to function independently',
    citation: FRP_2009,
    required: true,
    // Kept off work by the pain, or pain the records say limits daily function, is such a loss.
    condition: {
      kind: 'judgment',
      settledBy: anyOf(
        oneOf('case.workStatus', ['ttd'], 'off work (temporarily totally disabled)'),
        isTrue('item.facts.functionLimitedByPain', 'pain that significantly limits activities or function'),
      ),
    },
    extraFieldPaths: ['reports', 'review.criteria'],
    confirmed: false,
    confirmationNote: FRP_NOTE,
  }),
  defineCriterion({
    id: 'frp-not-surgical-candidate',
    statement:
      'The patient is not a candidate for surgery or another clearly warranted treatment (a 10-visit trial may be used when the aim is to avoid an optional surgery).',
    whenNotMet: 'The patient is a candidate for surgery or another clearly warranted treatment',
    citation: FRP_2009,
    required: true,
    condition: isFalse('item.facts.surgicalCandidate', 'no surgery or other warranted treatment pending'),
    wouldMeet: {
      kind: 'documentation',
      text: 'Documentation that no surgery or other warranted treatment is pending',
      label: 'non-surgical candidate',
    },
    confirmed: false,
    confirmationNote: FRP_NOTE,
  }),
  defineCriterion({
    id: 'frp-motivation',
    statement:
      'The patient is motivated to change and willing to forgo secondary gains, including disability payments.',
    whenNotMet:
      'The records do not show motivation to change and willingness to forgo secondary gains, including disability payments',
    citation: FRP_2009,
    required: true,
    condition: anyOf(
      isTrue(
        'item.facts.motivationToChange',
        'motivation to change and willingness to forgo secondary gains',
      ),
      ADMITTED,
    ),
    wouldMeet: {
      kind: 'documentation',
      text: 'Documentation of motivation to change and willingness to forgo secondary gains',
      label: 'motivation',
    },
    appliesWhen: PROGRAM_ITSELF,
    confirmed: false,
    confirmationNote: FRP_NOTE,
  }),
  defineCriterion({
    id: 'frp-negative-predictors',
    statement:
      'Negative predictors of success have been addressed (e.g. poor work relationship, negative outlook, high distress, disputes, smoking, long disability, opioid use, high pain).',
    whenNotMet:
      'The records do not show that the negative predictors of success have been addressed (e.g. a poor work relationship, high distress, smoking, long disability or opioid use)',
    citation: FRP_2009,
    required: true,
    condition: anyOf(
      isTrue('item.facts.negativePredictorsAddressed', 'negative predictors of success addressed'),
      ADMITTED,
    ),
    wouldMeet: {
      kind: 'documentation',
      text: 'Documentation that the negative predictors of success were addressed',
      label: 'negative predictors',
    },
    appliesWhen: PROGRAM_ITSELF,
    confirmed: false,
    confirmationNote: FRP_NOTE,
  }),
  defineCriterion({
    id: 'frp-two-weeks-before-gains',
    statement: 'Treatment is not longer than 2 weeks without demonstrated subjective and objective gains.',
    whenNotMet:
      'The program requested runs longer than 2 weeks without demonstrated subjective and objective gains',
    citation: FRP_2009,
    required: true,
    condition: {
      kind: 'unless',
      condition: atMost('item.durationWeeks', 2, 'weeks', 'at most 2 weeks before gains are shown'),
      exceptions: [
        isTrue('item.facts.measurableGainsDocumented', 'gains already demonstrated in the program'),
      ],
    },
    wouldMeet: { kind: 'request', text: 'of no more than 2 weeks', label: 'duration' },
    appliesWhen: PROGRAM_ITSELF,
    confirmed: false,
    confirmationNote: FRP_NOTE,
  }),
  defineCriterion({
    id: 'frp-continuation-gains',
    statement: 'Continuing the program needs documented subjective and objective gains so far.',
    whenNotMet: 'The records do not show subjective and objective gains from the program so far',
    citation: FRP_2009,
    required: true,
    condition: isTrue(
      'item.facts.measurableGainsDocumented',
      'subjective and objective gains in the program so far',
    ),
    appliesWhen: {
      condition: atLeast('item.facts.weeksCompletedInProgram', 1, 'weeks', 'a week completed'),
      description: 'applies to continuation requests (at least 1 week of the program completed)',
    },
    wouldMeet: {
      kind: 'documentation',
      text: 'Documentation of subjective and objective gains in the program so far',
      label: 'progress in the program',
    },
    confirmed: false,
    confirmationNote: FRP_NOTE,
  }),
  defineCriterion({
    id: 'frp-20-sessions',
    statement:
      'Generally no more than 20 full-day sessions in total, counting sessions completed; more needs a clear rationale and goals.',
    whenNotMet:
      'The sessions requested, with those already completed, exceed the total of full-day sessions the guideline generally allows',
    citation: FRP_2009,
    required: true,
    condition: atMost(
      'item.programSessionsWithPrior',
      20,
      'sessions',
      'at most 20 full-day sessions in total',
    ),
    wouldMeet: {
      kind: 'request',
      text: 'that keeps the total at 20 full-day sessions or fewer',
      label: 'total sessions',
    },
    appliesWhen: PROGRAM_ITSELF,
    confirmed: false,
    confirmationNote: `${FRP_NOTE} Enter 0 completed sessions for a first request.`,
  }),
];

export const [FRP_2009_SET, FRP_2016_SET] = cpmtgPair({
  slug: 'functional-restoration',
  section2009: FRP_SECTION,
  section2016: FRP_SECTION,
  services: ['functional_restoration_program'],
  requestNoun: 'program',
  decisionRule: { kind: 'all_required' },
  criteria: frpCriteria,
  note2016: `${FRP_NOTE} 2016 section name carried over from 2009.`,
  note: 'Long disability (more than 24 months) lowers the chance of return to work. CPMTG 2009 p. 49 ("Functional restoration programs (FRPs)") adds the same criteria.',
});

// ---------- home health ----------

const HH_SECTION = 'Home health services';
const HH_2009 = cpmtg2009(HH_SECTION, '51');
const HH_NOTE = stillUnconfirmed('3.14');

const homeHealthCriteria: Criterion[] = [
  defineCriterion({
    id: 'hh-homebound',
    statement: 'The patient is homebound.',
    whenNotMet: 'The records do not show that the patient is homebound',
    citation: HH_2009,
    required: true,
    condition: isTrue('item.facts.homebound', 'a homebound patient'),
    wouldMeet: {
      kind: 'documentation',
      text: 'Documentation that the patient is homebound',
      label: 'homebound',
    },
    confirmed: false,
    confirmationNote: HH_NOTE,
  }),
  defineCriterion({
    id: 'hh-medical-treatment',
    statement:
      'The services are otherwise recommended medical treatment; homemaker services and personal care are not medical treatment when they are the only care needed.',
    whenNotMet:
      'The services requested include no medical treatment (homemaker services and personal care alone are not medical treatment)',
    citation: HH_2009,
    required: true,
    condition: isTrue('item.facts.homeHealthMedicalCare', 'medical treatment among the services'),
    wouldMeet: {
      kind: 'request',
      text: 'for medical treatment at home (not only homemaker or personal care)',
      label: 'medical treatment',
    },
    confirmed: false,
    confirmationNote: HH_NOTE,
  }),
  defineCriterion({
    id: 'hh-35-hours',
    statement: 'Part-time or intermittent care, generally no more than 35 hours per week.',
    whenNotMet:
      'The weekly hours requested exceed the part-time or intermittent care the guideline generally allows',
    citation: HH_2009,
    required: true,
    condition: anyOf(
      atMost('item.hoursPerWeek', 35, 'hours/week', 'at most 35 hours per week'),
      isTrue('item.requestIsIntermittentVisits', 'intermittent visits'),
    ),
    wouldMeet: { kind: 'request', text: 'of no more than 35 hours a week', label: 'hours per week' },
    confirmed: false,
    confirmationNote: HH_NOTE,
  }),
];

export const [HOME_HEALTH_2009_SET, HOME_HEALTH_2016_SET] = cpmtgPair({
  slug: 'home-health',
  section2009: HH_SECTION,
  section2016: HH_SECTION,
  services: ['home_health'],
  requestNoun: 'request',
  decisionRule: { kind: 'all_required' },
  criteria: homeHealthCriteria,
  note2016: `${HH_NOTE} 2016 section name carried over from 2009.`,
});

// ---------- functional capacity evaluation ----------

const FCE_ODG = odg('Fitness for Duty', 'Functional capacity evaluation (FCE)');
const FCE_ODG_NOTE =
  'Partly confirmed (confirmed catalogue 6.2): ODG Fitness for Duty as applied in CM17-0009441.';

const fceReason = (
  id: string,
  statement: string,
  whenNotMet: string,
  key: Parameters<typeof isTrue>[0],
  text: string,
) =>
  defineCriterion({
    id,
    statement,
    whenNotMet,
    citation: FCE_ODG,
    required: true,
    condition: isTrue(key, text),
    wouldMeet: { kind: 'documentation', text: `Documentation of ${text}`, label: 'purpose of the FCE' },
    confirmed: true,
    confirmationNote: FCE_ODG_NOTE,
  });

export const FCE_SET: GuidelineSet = {
  id: 'acoem-2004-functional-capacity-evaluation',
  title: 'MTUS General Approaches (ACOEM 2004) with ODG Fitness for Duty: Functional capacity evaluation',
  guideline: 'MTUS General Approaches',
  edition: '2004',
  ...ACOEM_2004_PERIOD,
  services: ['fce'],
  letterLine: acoemLetterLine('General Approaches'),
  requestNoun: 'evaluation',
  decisionRule: {
    kind: 'any_path',
    paths: [
      { id: 'delayed-recovery', label: 'delayed recovery', criteria: ['fce-delayed-recovery'] },
      {
        id: 'failed-return-to-work',
        label: 'failed return-to-work attempts',
        criteria: ['fce-failed-return-to-work', 'fce-odg-timing'],
      },
      {
        id: 'conflicting-reports',
        label: 'conflicting medical reports',
        criteria: ['fce-conflicting-reports', 'fce-odg-timing'],
      },
      { id: 'near-mmi', label: 'at or near maximum medical improvement', criteria: ['fce-near-mmi'] },
      { id: 'work-hardening', label: 'before work hardening', criteria: ['fce-before-work-hardening'] },
    ],
  },
  criteria: [
    defineCriterion({
      id: 'fce-delayed-recovery',
      statement:
        'An FCE may help translate impairment into work limits when recovery is delayed (FCEs do not reliably predict actual work capacity).',
      whenNotMet:
        'The records do not show delayed recovery that an FCE would help translate into work limits',
      citation: acoem2004('General Approaches', 'Cornerstones of Disability Prevention and Management'),
      required: true,
      condition: isTrue('item.facts.delayedRecovery', 'delayed recovery'),
      wouldMeet: {
        kind: 'documentation',
        text: 'Documentation of delayed recovery',
        label: 'purpose of the FCE',
      },
      confirmed: true,
      confirmationNote:
        'Partly confirmed (confirmed catalogue 6.2): ACOEM "delayed healing" in CM17-0009441; Ch. 7 p. 137 in the UR line of CM16-0248698; "FCEs do not predict work capacity" (p. 138) unconfirmed.',
    }),
    fceReason(
      'fce-failed-return-to-work',
      'Case management is hampered by failed return-to-work attempts.',
      'The records do not show failed return-to-work attempts hampering case management',
      'item.facts.failedReturnToWork',
      'failed return-to-work attempts',
    ),
    fceReason(
      'fce-conflicting-reports',
      'Medical reports conflict on precautions or fitness for modified work.',
      'The records do not show medical reports that conflict on precautions or fitness for modified work',
      'item.facts.conflictingWorkReports',
      'conflicting medical reports on fitness for work',
    ),
    fceReason(
      'fce-near-mmi',
      'The worker is at or near maximum medical improvement.',
      'The records do not show that the worker is at or near maximum medical improvement',
      'item.facts.nearMmi',
      'the worker being at or near maximum medical improvement',
    ),
    fceReason(
      'fce-before-work-hardening',
      'The FCE is requested before admission to work hardening.',
      'The records do not show a planned admission to work hardening that the FCE would precede',
      'item.facts.workHardeningPlanned',
      'a planned admission to work hardening',
    ),
    // ODG weighs the complex case together with its timing: limits measured before an operation
    // still ahead would have to be measured again after it.
    defineCriterion({
      id: 'fce-odg-timing',
      statement:
        'For a complex case (failed returns to work, conflicting reports) the timing is right: the worker is at or near maximum medical improvement, not awaiting an operation or other treatment.',
      whenNotMet:
        'The records show the worker is not yet at or near maximum medical improvement (an operation or other treatment is still ahead), so the work limits an FCE measured now would change',
      citation: FCE_ODG,
      required: true,
      condition: isTrue('item.facts.nearMmi', 'the worker at or near maximum medical improvement'),
      // Only a complex case has a timing to weigh; without one the paths fail on their reasons alone.
      appliesWhen: {
        condition: allOf(
          isFalse('item.facts.nearMmi', 'the worker not yet at or near maximum medical improvement'),
          anyOf(
            isTrue('item.facts.failedReturnToWork', 'failed return-to-work attempts'),
            isTrue('item.facts.conflictingWorkReports', 'conflicting medical reports'),
          ),
        ),
        description:
          'a complex case (failed returns to work or conflicting reports) whose records say the worker is not yet at or near maximum medical improvement',
      },
      confirmed: false,
      confirmationNote:
        'Unconfirmed: ODG Fitness for Duty pairs the complex case with its timing (draft catalogue 3.14); the confirmed catalogue 6.2 lists the reasons alone.',
    }),
    defineCriterion({
      id: 'fce-not-at-full-duty',
      statement: 'The worker is not already back at regular duty without restrictions.',
      whenNotMet: 'The worker is already back at regular duty without restrictions',
      citation: acoem2004('General Approaches', 'General Approach to Initial Assessment and Documentation'),
      required: true,
      // A return to work that failed is a worker not back at full duty, whatever status is recorded.
      condition: {
        kind: 'unless',
        condition: noneOf('case.workStatus', ['full_duty'], 'a worker not already back at full duty'),
        exceptions: [isTrue('item.facts.failedReturnToWork', 'a return to work that failed')],
      },
      confirmed: true,
      confirmationNote: 'Confirmed (confirmed catalogue 6.2, NEW): CM16-0248698.',
    }),
  ],
  note: 'Not for effort or compliance testing alone (ODG; unconfirmed, not encoded).',
};

// ---------- psychological evaluation and treatment ----------

const PSYCH_EVAL_SECTION = 'Psychological evaluations';
const PSYCH_TREATMENT_SECTION = 'Psychological treatment';
const BEHAVIORAL_SECTION = 'Behavioral interventions';
const PSYCH_NOTE = stillUnconfirmed('3.14');

export const [PSYCH_EVALUATION_2009_SET, PSYCH_EVALUATION_2016_SET] = cpmtgPair({
  slug: 'psychological-evaluation',
  section2009: PSYCH_EVAL_SECTION,
  section2016: PSYCH_EVAL_SECTION,
  services: ['psychological_evaluation'],
  requestNoun: 'evaluation',
  decisionRule: {
    kind: 'any_path',
    paths: [
      {
        id: 'before-procedure',
        label: 'before a program, stimulator or pump',
        criteria: ['psych-eval-before-procedure'],
      },
      {
        id: 'delayed-recovery',
        label: 'risk of delayed recovery',
        criteria: ['psych-eval-delayed-recovery'],
      },
    ],
  },
  criteria: [
    defineCriterion({
      id: 'psych-eval-before-procedure',
      statement:
        'A psychological evaluation is recommended before a functional restoration program, a spinal cord stimulator or an implanted pump.',
      whenNotMet:
        'The records do not show a planned functional restoration program, spinal cord stimulator or implanted pump that the evaluation would precede',
      citation: cpmtg2009(PSYCH_EVAL_SECTION, '100-101'),
      required: true,
      condition: isTrue('item.facts.psychEvalBeforeProcedure', 'a planned program, stimulator or pump'),
      wouldMeet: {
        kind: 'documentation',
        text: 'Documentation of the program, stimulator or pump the evaluation precedes',
        label: 'planned procedure',
      },
      confirmed: false,
      confirmationNote: PSYCH_NOTE,
    }),
    defineCriterion({
      id: 'psych-eval-delayed-recovery',
      statement:
        'Psychosocial risk factors for delayed recovery (e.g. fear-avoidance, depression) are identified in a chronic pain patient.',
      whenNotMet:
        'The records do not identify psychosocial risk factors for delayed recovery (e.g. fear-avoidance or depression)',
      citation: cpmtg2009(PSYCH_EVAL_SECTION, '100-101'),
      required: true,
      condition: isTrue('item.facts.delayedRecovery', 'psychosocial risk factors for delayed recovery'),
      wouldMeet: {
        kind: 'documentation',
        text: 'Documentation of psychosocial risk factors for delayed recovery',
        label: 'risk of delayed recovery',
      },
      confirmed: false,
      confirmationNote: PSYCH_NOTE,
    }),
  ],
  note2016: `${PSYCH_NOTE} 2016 section name carried over from 2009.`,
});

const NO_PRIOR_VISITS = {
  condition: atMost('item.facts.priorPsychotherapyVisits', 0, 'visits', 'no prior psychotherapy visits'),
  description: 'applies to a first request (no psychotherapy visits completed)',
};
const AFTER_PRIOR_VISITS = {
  condition: atLeast('item.facts.priorPsychotherapyVisits', 1, 'visits', 'prior psychotherapy visits'),
  description: 'applies when psychotherapy visits were already completed',
};

/** More psychotherapy visits after functional improvement: the same rule in the CPMTG and in ODG. */
const PSYCHOTHERAPY_FUNCTIONAL_IMPROVEMENT = defineCriterion({
  id: 'cbt-functional-improvement',
  statement: 'More visits need objective functional improvement from the visits already given.',
  whenNotMet:
    'The records do not show objective functional improvement from the psychotherapy visits already given',
  citation: cpmtg2009(BEHAVIORAL_SECTION, '23'),
  required: true,
  condition: isTrue(
    'item.facts.functionalImprovementAfterPrior',
    'functional improvement from the visits so far',
  ),
  appliesWhen: AFTER_PRIOR_VISITS,
  wouldMeet: {
    kind: 'documentation',
    text: 'Documentation of objective functional improvement from the visits so far',
    label: 'functional improvement',
  },
  confirmed: false,
  confirmationNote: PSYCH_NOTE,
});

export const [PSYCHOTHERAPY_2009_SET, PSYCHOTHERAPY_2016_SET] = cpmtgPair({
  slug: 'psychotherapy',
  section2009: PSYCH_TREATMENT_SECTION,
  section2016: PSYCH_TREATMENT_SECTION,
  services: ['psychotherapy'],
  requestNoun: 'course',
  decisionRule: { kind: 'all_required' },
  criteria: [
    defineCriterion({
      id: 'cbt-risk-screened',
      statement: 'Screening identifies a risk of delayed recovery (e.g. fear-avoidance beliefs).',
      whenNotMet:
        'The records do not show screening that identifies a risk of delayed recovery (e.g. fear-avoidance beliefs)',
      citation: cpmtg2009(BEHAVIORAL_SECTION, '23'),
      required: true,
      condition: isTrue('item.facts.delayedRecovery', 'a screened risk of delayed recovery'),
      wouldMeet: {
        kind: 'documentation',
        text: 'Screening that shows a risk of delayed recovery',
        label: 'risk screening',
      },
      confirmed: false,
      confirmationNote: PSYCH_NOTE,
    }),
    defineCriterion({
      id: 'cbt-after-physical-medicine',
      statement:
        'A separate psychotherapy referral follows about 4 weeks of physical medicine without enough progress.',
      whenNotMet:
        'The records do not show the weeks of physical medicine without enough progress that the guideline expects before a separate psychotherapy referral',
      citation: cpmtg2009(BEHAVIORAL_SECTION, '23'),
      required: true,
      condition: allOf(
        atLeast('item.facts.conservativeCareWeeks', 4, 'weeks', 'at least 4 weeks of physical medicine'),
        isTrue('item.facts.conservativeCareFailed', 'too little progress with physical medicine alone'),
      ),
      wouldMeet: {
        kind: 'documentation',
        text: 'Documentation of 4 weeks of physical medicine without enough progress',
        label: 'physical medicine first',
      },
      // The referral's condition: a course already under way was referred, and is judged on its gains.
      appliesWhen: NO_PRIOR_VISITS,
      confirmed: false,
      confirmationNote: `${PSYCH_NOTE} Consistent with biofeedback only after 4 weeks of CBT (CM16-0235869). Applied to a first request only (our reading: a continuation is judged on its functional improvement and the visit total).`,
    }),
    defineCriterion({
      id: 'cbt-initial-trial',
      statement: 'A first course is an initial trial of 3-4 psychotherapy visits over 2 weeks.',
      whenNotMet:
        'The visits requested exceed the initial trial the guideline allows for a first course of psychotherapy',
      citation: cpmtg2009(BEHAVIORAL_SECTION, '23'),
      required: true,
      condition: atMost('item.requestedVisits', 4, 'visits', 'an initial trial of at most 4 visits'),
      appliesWhen: NO_PRIOR_VISITS,
      wouldMeet: { kind: 'request', text: 'of 3-4 visits over 2 weeks', label: 'initial trial' },
      confirmed: false,
      confirmationNote: PSYCH_NOTE,
    }),
    PSYCHOTHERAPY_FUNCTIONAL_IMPROVEMENT,
    defineCriterion({
      id: 'cbt-total-10-visits',
      statement: 'With functional improvement, up to 6-10 individual visits in total over 5-6 weeks.',
      whenNotMet:
        'The visits requested, with those already completed, exceed the total the guideline allows even with functional improvement',
      citation: cpmtg2009(BEHAVIORAL_SECTION, '23'),
      required: true,
      condition: atMost('item.psychotherapyVisitsWithPrior', 10, 'visits', 'at most 10 visits in total'),
      wouldMeet: {
        kind: 'request',
        text: 'that keeps the total at 10 visits or fewer',
        label: 'total visits',
      },
      confirmed: false,
      confirmationNote: `${PSYCH_NOTE} Enter 0 completed visits for a first request.`,
    }),
  ],
  note2016: `${PSYCH_NOTE} 2016 section names carried over from 2009.`,
  note: 'CPMTG 2009 pp. 101-102 ("Psychological treatment") recommends it for appropriately identified chronic pain patients; the visit numbers are the behavioral interventions (ODG CBT) guideline on p. 23.',
});

// ---------- psychotherapy for a diagnosed depression, anxiety or stress disorder ----------

const PSYCHOTHERAPY_ODG = odg('Mental Illness & Stress', 'Cognitive therapy for depression');
const PSYCHOTHERAPY_ODG_NOTE = notInCatalogue(
  'ODG Mental Illness & Stress (psychotherapy guidelines: an initial trial of 6 visits over 6 weeks; with functional improvement up to 13-20 visits)',
);

/**
 * Psychotherapy for a diagnosed depressive, anxiety or stress disorder: the CPMTG's behavioral
 * interventions (3-4 visits, then up to 10) are written for chronic pain; for the disorder itself
 * the MTUS is silent, and ODG Mental Illness & Stress allows a longer trial.
 */
export const PSYCHOTHERAPY_MENTAL_DISORDER_SET: GuidelineSet = {
  ...odgTopicSet({
    id: 'odg-mental-illness-psychotherapy',
    title: 'Mental Illness & Stress, Cognitive therapy for depression',
    citation: PSYCHOTHERAPY_ODG,
    topic: 'Cognitive therapy for depression',
    services: ['psychotherapy'],
    requestNoun: 'course',
    criteria: [
      defineCriterion({
        id: 'psy-initial-trial-6',
        statement: 'A first course is an initial trial of up to 6 visits over 6 weeks.',
        whenNotMet:
          'The visits requested exceed the initial trial of 6 visits the guideline allows for a first course',
        citation: PSYCHOTHERAPY_ODG,
        required: true,
        condition: atMost('item.requestedVisits', 6, 'visits', 'an initial trial of at most 6 visits'),
        appliesWhen: NO_PRIOR_VISITS,
        wouldMeet: { kind: 'request', text: 'of up to 6 visits over 6 weeks', label: 'initial trial' },
        confirmed: false,
        confirmationNote: PSYCHOTHERAPY_ODG_NOTE,
      }),
      reCite(PSYCHOTHERAPY_FUNCTIONAL_IMPROVEMENT, PSYCHOTHERAPY_ODG, false, PSYCHOTHERAPY_ODG_NOTE),
      defineCriterion({
        id: 'psy-total-20-visits',
        statement: 'With functional improvement, up to 13-20 visits in total over 13-20 weeks.',
        whenNotMet:
          'The visits requested, with those already completed, exceed the 20 the guideline allows even with functional improvement',
        citation: PSYCHOTHERAPY_ODG,
        required: true,
        condition: atMost('item.psychotherapyVisitsWithPrior', 20, 'visits', 'at most 20 visits in total'),
        wouldMeet: {
          kind: 'request',
          text: 'that keeps the total at 20 visits or fewer',
          label: 'total visits',
        },
        confirmed: false,
        confirmationNote: `${PSYCHOTHERAPY_ODG_NOTE} Enter 0 completed visits for a first request.`,
      }),
    ],
    note: 'For a diagnosed depressive, anxiety or stress disorder the MTUS (written for chronic pain) is silent; ODG Mental Illness & Stress is reached under 8 CCR 9792.21.1. Psychotherapy for chronic pain alone stays with the CPMTG behavioral interventions.',
  }),
  effectiveFrom: CPMTG_2009_FROM,
  appliesOnlyWhen: isTrue(
    'case.mentalDisorderDiagnosed',
    'a depressive, anxiety or stress disorder in the diagnoses',
  ),
};

export const PROGRAM_SETS: GuidelineSet[] = [
  FRP_2009_SET,
  FRP_2016_SET,
  HOME_HEALTH_2009_SET,
  HOME_HEALTH_2016_SET,
  FCE_SET,
  PSYCH_EVALUATION_2009_SET,
  PSYCH_EVALUATION_2016_SET,
  PSYCHOTHERAPY_2009_SET,
  PSYCHOTHERAPY_2016_SET,
  PSYCHOTHERAPY_MENTAL_DISORDER_SET,
];

/**
 * Work conditioning / work hardening: admission criteria of the CPMTG (2009 pp. 125-126; the 2016
 * edition keeps the topic under the same section name). Catalogue 3.1; confirmed catalogue 2.1.
 * The seed letter (a real 2014 IMR letter) quotes criteria 1-8, hence "partly confirmed" [P].
 */
import type { Criterion, GuidelineSet } from '../guideline-schema';
import {
  allOf,
  anyOf,
  atLeast,
  atMost,
  between,
  cpmtg2009,
  cpmtg2016,
  defineCriterion,
  isFalse,
  isTrue,
  oneOf,
  reCite,
  within,
} from './common';

const SECTION = 'Work conditioning, work hardening';
const CITE_2009 = cpmtg2009(SECTION, '125-126');
const SEED =
  'Partly confirmed [P]: the seed letter (real IMR letter, UR 11/24/14) quotes this criterion from pp. 125-126.';
const UNCONFIRMED =
  'Unconfirmed [U]: written from the usual reading of pp. 125-126; no letter in the sources quotes it.';

const criteria2009: Criterion[] = [
  defineCriterion({
    id: 'wh-functional-limits',
    statement:
      'A work-related musculoskeletal condition whose functional limits keep the worker from safely meeting current job demands.',
    whenNotMet:
      'The records do not show functional limits from a work-related musculoskeletal condition that keep the worker from safely meeting current job demands',
    citation: CITE_2009,
    required: true,
    condition: isTrue(
      'item.facts.functionalLimitsPreventJob',
      "functional limits that keep the worker from safely meeting the job's demands",
    ),
    wouldMeet: {
      kind: 'documentation',
      text: "Documentation of functional limits that keep the worker from safely meeting the job's demands",
      label: 'functional limitation',
    },
    confirmed: true,
    confirmationNote: SEED,
  }),
  defineCriterion({
    id: 'wh-job-demand-level',
    statement:
      'The job to return to is at the medium physical demand level or heavier (not sedentary or clerical).',
    whenNotMet:
      'The job to return to is below the medium physical demand level (e.g. sedentary or clerical work)',
    citation: CITE_2009,
    required: true,
    condition: oneOf(
      'case.jobPhysicalDemand',
      ['medium', 'heavy', 'very_heavy'],
      'a job at the medium demand level or heavier',
    ),
    wouldMeet: {
      kind: 'documentation',
      text: "Documentation of the job's physical demand level (medium or heavier)",
      label: 'job demand level',
    },
    confirmed: false,
    confirmationNote:
      'Unconfirmed [U]: the "medium or higher demand level" detail is not quoted by any letter in the sources.',
  }),
  defineCriterion({
    id: 'wh-therapy-plateau',
    statement:
      'An adequate trial of physical or occupational therapy brought improvement and then a plateau.',
    whenNotMet:
      'The records do not show an adequate trial of physical or occupational therapy with improvement followed by a plateau',
    citation: CITE_2009,
    required: true,
    condition: isTrue(
      'item.facts.priorTherapyPlateau',
      'an adequate PT/OT trial with improvement followed by a plateau',
    ),
    wouldMeet: {
      kind: 'documentation',
      text: 'Documentation of an adequate PT/OT trial with improvement followed by a plateau',
      label: 'therapy plateau',
    },
    confirmed: true,
    confirmationNote: `${SEED} ODG applies the same plateau rule (texasworker 13067).`,
  }),
  defineCriterion({
    id: 'wh-not-surgical-candidate',
    statement: 'Not a candidate for surgery or for another treatment clearly warranted to improve function.',
    whenNotMet:
      'The worker is a candidate for surgery or for another treatment clearly warranted to improve function',
    citation: CITE_2009,
    required: true,
    condition: isFalse(
      'item.facts.surgicalCandidate',
      'that the worker is not a candidate for surgery or other pending treatment',
    ),
    wouldMeet: {
      kind: 'documentation',
      text: 'Documentation that no surgery or other treatment to improve function is pending',
      label: 'non-surgical candidate',
    },
    confirmed: true,
    confirmationNote: SEED,
  }),
  defineCriterion({
    id: 'wh-attendance',
    statement: 'The worker can attend at least 4 hours a day, 3 to 5 days a week.',
    whenNotMet:
      'The schedule requested does not fit the days a week and hours a day the guideline sets for the program',
    citation: CITE_2009,
    required: true,
    condition: allOf(
      between('item.frequencyPerWeek', 3, 5, 'days/week'),
      atLeast('item.hoursPerDay', 4, 'hours/day'),
    ),
    wouldMeet: { kind: 'request', text: 'of 3-5 days/week, at least 4 hours/day', label: 'frequency' },
    confirmed: true,
    confirmationNote: SEED,
  }),
  defineCriterion({
    id: 'wh-return-to-work-goal',
    statement:
      'A return-to-work goal agreed by employer and employee: a specific job to return to whose demands exceed current abilities, or on-the-job training.',
    whenNotMet:
      "The records do not show a return-to-work goal agreed by employer and employee (a specific job whose demands exceed the worker's current abilities, or on-the-job training)",
    citation: CITE_2009,
    required: true,
    condition: allOf(
      anyOf(
        isTrue(
          'item.facts.jobDemandsExceedAbilities',
          'a specific job to return to whose demands exceed current abilities',
        ),
        oneOf(
          'case.returnToWorkGoal',
          ['specific_job_exceeds_abilities', 'on_the_job_training'],
          'a specific job to return to or on-the-job training',
        ),
      ),
      isTrue('case.rtwGoalAgreedByEmployer', 'a goal agreed by employer and employee'),
    ),
    wouldMeet: {
      kind: 'documentation',
      text: 'Documentation of a return-to-work goal agreed by employer and employee (a specific job whose demands exceed current abilities, or on-the-job training)',
      label: 'return-to-work goal',
    },
    confirmed: true,
    confirmationNote: `${SEED} ODG denial on the same ground: texasworker 14035.`,
  }),
  defineCriterion({
    id: 'wh-screening',
    statement: 'A screening process (file review, interview and testing) judged the likelihood of success.',
    whenNotMet:
      'The records do not show a screening process (file review, interview and testing) that judged the likelihood of success',
    citation: CITE_2009,
    required: true,
    condition: isTrue(
      'item.facts.screeningDone',
      'screening (file review, interview and testing) before admission',
    ),
    wouldMeet: {
      kind: 'documentation',
      text: 'A screening process (file review, interview and testing) showing likely success',
      label: 'screening',
    },
    confirmed: true,
    confirmationNote: SEED,
  }),
  defineCriterion({
    id: 'wh-likely-to-benefit',
    statement: 'The worker is likely to benefit: functional and psychological limits are likely to improve.',
    whenNotMet:
      "The records do not show that the worker's functional and psychological limits are likely to improve with the program",
    citation: CITE_2009,
    required: true,
    condition: isTrue('item.facts.likelyToBenefit', 'that the worker is likely to benefit from the program'),
    wouldMeet: {
      kind: 'documentation',
      text: 'Documentation that the worker is likely to benefit from the program',
      label: 'likely benefit',
    },
    confirmed: true,
    confirmationNote: SEED,
  }),
  defineCriterion({
    id: 'wh-fce-done',
    whenNotMet:
      'The records show no functional capacity evaluation before admission, which the guideline says may be required (advisory)',
    statement: 'A functional capacity evaluation may be required before admission (advisory).',
    citation: CITE_2009,
    required: false,
    condition: isTrue('case.fceDone', 'an FCE before admission when needed (it may be required)'),
    wouldMeet: {
      kind: 'documentation',
      text: 'A functional capacity evaluation',
      label: 'functional capacity evaluation',
    },
    confirmed: true,
    confirmationNote: `${SEED} The letter lists a "possible functional capacity evaluation" and notes none was provided.`,
  }),
  defineCriterion({
    id: 'wh-fce-results',
    statement:
      'When an FCE was done, it shows consistent, maximal effort and capacities below the verified job demands.',
    whenNotMet:
      'The functional capacity evaluation does not show consistent, maximal effort with capacities below the verified job demands',
    citation: CITE_2009,
    required: true,
    condition: allOf(
      isTrue('case.fceValidEffort', 'consistent results with maximal effort'),
      isTrue('case.fceBelowJobDemands', 'capacities below the verified job demands'),
    ),
    appliesWhen: {
      condition: isTrue('case.fceDone', 'an FCE'),
      description: 'applies only when a functional capacity evaluation was done',
    },
    wouldMeet: {
      kind: 'documentation',
      text: 'An FCE with valid effort showing capacities below the job demands',
      label: 'FCE results',
    },
    confirmed: false,
    confirmationNote: UNCONFIRMED,
  }),
  defineCriterion({
    id: 'wh-within-2-years',
    statement: 'The request is made no more than 2 years after the date of injury.',
    whenNotMet:
      'More time has passed since the injury than the guideline allows for admission to the program',
    citation: CITE_2009,
    required: true,
    condition: within(
      'case.dateOfInjury',
      'case.requestDate',
      { years: 2 },
      'no more than 2 years after the injury',
    ),
    confirmed: true,
    confirmationNote: `${SEED} ODG applies the same 2-year limit (texasworker 14035).`,
  }),
  defineCriterion({
    id: 'wh-duration',
    statement: 'The program is completed in 4 consecutive weeks or less.',
    whenNotMet: 'The program requested runs longer than the consecutive weeks the guideline allows',
    citation: CITE_2009,
    required: true,
    condition: atMost('item.durationWeeks', 4, 'weeks', 'completion in 4 weeks or less'),
    wouldMeet: { kind: 'request', text: 'completed in 4 weeks or less', label: 'duration' },
    confirmed: true,
    confirmationNote: SEED,
  }),
  defineCriterion({
    id: 'wh-continuation-gains',
    statement:
      'Continuing past the first 1-2 weeks needs documented compliance and significant, measurable functional gains.',
    whenNotMet:
      'The records do not show compliance and significant, measurable functional gains in the program so far',
    citation: CITE_2009,
    required: true,
    condition: isTrue('item.facts.measurableGainsDocumented', 'compliance and significant measurable gains'),
    appliesWhen: {
      condition: atLeast('item.facts.weeksCompletedInProgram', 1, 'weeks', 'a week completed'),
      description: 'applies to continuation requests (at least 1 week of the program completed)',
    },
    wouldMeet: {
      kind: 'documentation',
      text: 'Documentation of compliance and measurable functional gains in the program so far',
      label: 'progress in the program',
    },
    confirmed: false,
    confirmationNote: UNCONFIRMED,
  }),
  defineCriterion({
    id: 'wh-no-repeat-program',
    statement:
      'No earlier rehabilitation program (work hardening, work conditioning, outpatient rehabilitation) completed for the same injury.',
    whenNotMet:
      'An earlier rehabilitation program (work hardening, work conditioning, outpatient rehabilitation) was completed for the same injury',
    citation: CITE_2009,
    required: true,
    condition: atMost('case.completedRehabPrograms', 0, 'programs', 'no earlier program for the same injury'),
    confirmed: false,
    confirmationNote: UNCONFIRMED,
  }),
];

const SERVICES: GuidelineSet['services'] = ['work_hardening', 'work_conditioning'];

export const WORK_HARDENING_2009: GuidelineSet = {
  id: 'cpmtg-2009-work-hardening',
  title: `MTUS Chronic Pain Medical Treatment Guidelines (2009): ${SECTION}`,
  guideline: 'MTUS Chronic Pain Medical Treatment Guidelines',
  edition: '2009',
  effectiveFrom: '2009-07-18',
  effectiveTo: '2016-07-29',
  services: SERVICES,
  letterLine: { name: 'MTUS Chronic Pain Medical Treatment Guidelines (2009)', style: 'pages' },
  requestNoun: 'program',
  decisionRule: { kind: 'all_required' },
  criteria: criteria2009,
};

const CITE_2016 = cpmtg2016(SECTION);
const NOT_IN_2016_POOL =
  'Unconfirmed for 2016: no work hardening item in the 125 letters of 2016-17 (confirmed catalogue 2.1); carried over from the 2009 criteria.';

export const WORK_HARDENING_2016: GuidelineSet = {
  ...WORK_HARDENING_2009,
  id: 'cpmtg-2016-work-hardening',
  title: `MTUS Chronic Pain Medical Treatment Guidelines (2016): ${SECTION}`,
  edition: '2016',
  effectiveFrom: '2016-07-29',
  effectiveTo: '2017-12-01',
  letterLine: { name: 'MTUS Chronic Pain Medical Treatment 2016', style: 'sections' },
  criteria: criteria2009.map((criterion) => reCite(criterion, CITE_2016, false, NOT_IN_2016_POOL)),
};

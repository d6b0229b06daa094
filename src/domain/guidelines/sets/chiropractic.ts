/**
 * Chiropractic / manual therapy and manipulation (CPMTG 2009 pp. 58-60; 2016 "Manual therapy &
 * manipulation"). Catalogue 3.4; confirmed catalogue 2.4. Decided by alternative paths: an initial
 * trial, continued care with functional improvement, or a flare-up after earlier success; every
 * path also needs a supported region (not the elbow either: CM17-0003192, CM16-0243453) and care of
 * at most 8 weeks unless a chronic pain patient keeps improving (CM17-0015198). The CPMTG gives no
 * recommendation for neck or upper-back manipulation (CM16-0247405): such requests leave this set
 * for the evidence hierarchy. The 24-visit cap is shown but advisory. Manipulation under anesthesia
 * (the item's modality) has its own sets: not recommended (CM17-0005344, confirmed catalogue 2.4).
 */
import type { Criterion, DecisionPath, GuidelineCitation, GuidelineSet } from '../guideline-schema';
import {
  allOf,
  atLeast,
  atMost,
  byValue,
  cpmtg2009,
  cpmtg2016,
  defineCriterion,
  isFalse,
  isTrue,
  noneOf,
  odg,
  oneOf,
  REQUEST_BODY_PART_STATED,
  VISIT_CAP_24,
} from './common';
import { ESWT_WITHOUT_A_RULE } from './shockwave';

const SECTION = 'Manual therapy & manipulation';

interface Edition {
  citation: GuidelineCitation;
  /** Confirmation note for rules the 2016-17 letters confirm, per edition. */
  lettersConfirm: (cases: string) => { confirmed: boolean; confirmationNote: string };
}

/**
 * The MTUS elbow chapter (ACOEM, revised 2007) as the letters print it ("MTUS Elbow Complaints
 * 2007"); CM17-0003192 cites it in finding no support for elbow manipulation.
 */
const ELBOW_CHAPTER: GuidelineCitation = { guideline: 'MTUS Elbow Complaints', edition: '2007' };
const ELBOW_NOTE =
  "Confirmed catalogue 2.4 #4: the elbow is not on the Chronic Pain guideline's list, but CM17-0003192 (MTUS Elbow Complaints 2007) found no MTUS support for elbow manipulation and CM16-0243453 (Manual therapy & manipulation, 2016) treated the elbow as unsupported; both upheld.";

const EDITION_2009: Edition = {
  citation: cpmtg2009(SECTION, '58-60'),
  lettersConfirm: (cases) => ({
    confirmed: false,
    confirmationNote: `Confirmed for the 2016 text (${cases}); the 2009 pages 58-60 are unconfirmed [U].`,
  }),
};

const EDITION_2016: Edition = {
  citation: cpmtg2016(SECTION),
  lettersConfirm: (cases) => ({
    confirmed: true,
    confirmationNote: `Confirmed in 2016-17 letters: ${cases}.`,
  }),
};

/**
 * Continued care and a flare-up both follow visits already given: on a first request their criteria
 * do not apply (an initial trial is the only path), so the letter never lists them.
 */
const AFTER_PRIOR_VISITS = {
  condition: atLeast(
    'item.priorVisitsSameDiscipline',
    1,
    'visits',
    'visits of the same therapy already given',
  ),
  description:
    'applies to continued care or a flare-up, after visits of the same therapy already given; not to a first request',
};

function chiropracticCriteria({ citation, lettersConfirm }: Edition): Criterion[] {
  return [
    defineCriterion({
      id: 'ch-body-region',
      statement:
        'Manipulation is not recommended for the ankle or foot, carpal tunnel syndrome, the forearm, wrist or hand, or the knee.',
      whenNotMet:
        'The guideline does not recommend manipulation for the ankle or foot, carpal tunnel syndrome, the forearm, wrist or hand, or the knee, and the request includes one of these',
      asRequirement:
        'The request is limited to regions other than the ankle or foot, the forearm, wrist or hand (including carpal tunnel syndrome) and the knee, where the guideline does not recommend manipulation',
      citation,
      required: true,
      condition: noneOf(
        'item.bodyRegions',
        ['ankle_foot', 'forearm_wrist_hand', 'knee'],
        'a region other than the ankle/foot, forearm/wrist/hand (including carpal tunnel syndrome) or knee',
      ),
      wouldMeet: {
        kind: 'documentation',
        text: 'A request limited to a region where manipulation is recommended (e.g. the low back)',
        label: 'body region',
      },
      ...lettersConfirm('CM16-0243453 (elbow and knee request upheld)'),
    }),
    defineCriterion({
      id: 'ch-elbow-not-supported',
      statement:
        'Manipulation of the elbow is not supported: the Chronic Pain guideline does not name the elbow as a region where it helps, and the MTUS elbow chapter gives it no support.',
      whenNotMet:
        'The request includes the elbow, and manipulation of the elbow is not supported (the Chronic Pain guideline does not name the elbow among the regions where manipulation helps, and the MTUS elbow chapter gives it no support)',
      asRequirement:
        'The request is limited to regions other than the elbow (manipulation of the elbow is not supported)',
      citation: ELBOW_CHAPTER,
      required: true,
      condition: noneOf('item.bodyRegions', ['elbow'], 'a region other than the elbow'),
      wouldMeet: {
        kind: 'documentation',
        text: 'A request limited to a region where manipulation is supported (e.g. the low back)',
        label: 'elbow',
      },
      confirmed: citation.edition === '2016',
      confirmationNote: `${ELBOW_NOTE}${citation.edition === '2016' ? '' : ' Unconfirmed [U] for requests before 07/29/2016: no letter of that period was checked.'}`,
    }),
    defineCriterion({
      id: 'ch-not-maintenance',
      statement: 'The care is therapeutic: elective or maintenance care is not medically necessary.',
      whenNotMet: 'The care requested is elective or maintenance care, which the guideline does not support',
      asRequirement: 'The care is therapeutic, not elective or maintenance care',
      citation,
      required: true,
      // Unstated, a course the guideline itself calls therapeutic (a trial that improved function,
      // up to 18 visits) is therapeutic care.
      condition: isTrue('item.therapeuticCare', 'therapeutic care, not elective or maintenance care'),
      wouldMeet: {
        kind: 'documentation',
        text: 'Documentation that the care is therapeutic, with functional goals',
        label: 'therapeutic care',
      },
      confirmed: false,
      confirmationNote: 'Unconfirmed [U]: no letter in the sources addresses maintenance care.',
    }),
    defineCriterion({
      id: 'ch-plan-of-care',
      statement:
        "The treating provider's plan of care specifically recommends manipulation, aiming at measurable functional gain.",
      whenNotMet:
        'The records do not show a plan of care from the treating provider that specifically recommends manipulation with measurable functional goals',
      citation,
      required: true,
      // A documented fact since case schema 2 (it was a judgment): the reports say it or they do not.
      condition: isTrue(
        'item.facts.manipulationPlanOfCare',
        'a plan of care recommending manipulation with measurable functional goals',
      ),
      wouldMeet: {
        kind: 'documentation',
        text: 'A plan of care that specifically recommends manipulation with functional goals',
        label: 'plan of care',
      },
      ...lettersConfirm('CM16-0230651, CM17-0003284, CM17-0005344'),
    }),
    VISIT_CAP_24,
    defineCriterion({
      id: 'ch-trial-visits',
      statement: 'An initial trial is up to 6 visits over about 2 weeks.',
      whenNotMet:
        'The visits requested, with those already completed, exceed the initial trial the guideline allows',
      citation,
      required: true,
      condition: atMost(
        'item.totalVisitsWithPrior',
        6,
        'visits',
        'a trial of no more than 6 visits (over about 2 weeks)',
      ),
      wouldMeet: {
        kind: 'request',
        text: 'of no more than 6 visits in all (a trial)',
        label: 'initial trial',
      },
      ...lettersConfirm('CM16-0232182, CM16-0247660'),
    }),
    defineCriterion({
      id: 'ch-total-visits-18',
      statement:
        'With objective functional improvement after the trial, up to 18 visits in total over 6-8 weeks.',
      whenNotMet:
        'The visits requested, with those already completed, exceed the total the guideline allows after a trial with functional improvement',
      citation,
      required: true,
      condition: atMost(
        'item.totalVisitsWithPrior',
        18,
        'visits',
        'no more than 18 visits in total (over 6-8 weeks)',
      ),
      appliesWhen: AFTER_PRIOR_VISITS,
      wouldMeet: {
        kind: 'request',
        text: 'of no more than 18 visits in total, counting visits already completed',
        label: 'total visits',
      },
      ...lettersConfirm('CM16-0232182, CM16-0247660; CM16-0243453 calls 18 the ceiling'),
    }),
    defineCriterion({
      id: 'ch-functional-improvement',
      statement:
        'Objective functional improvement (as 8 CCR 9792.20 defines it) is documented after the visits already given.',
      whenNotMet:
        'The records do not show objective functional improvement (as 8 CCR 9792.20 defines it) from the visits already given',
      citation,
      required: true,
      condition: isTrue(
        'item.priorFunctionalImprovement',
        'objective functional improvement from the earlier visits',
      ),
      appliesWhen: AFTER_PRIOR_VISITS,
      wouldMeet: {
        kind: 'documentation',
        text: 'Documentation of objective functional improvement from the earlier visits',
        label: 'functional improvement',
      },
      ...lettersConfirm('CM16-0232182, CM16-0247660; functional improvement gate in 7 more letters'),
    }),
    defineCriterion({
      id: 'ch-continued-not-flare-up',
      statement:
        'Continued care extends a course under way; a flare-up after the earlier course succeeded is held to the flare-up allowance instead.',
      whenNotMet:
        'The request is for a flare-up after the earlier course succeeded, which the flare-up allowance governs, not continued care',
      citation,
      required: true,
      condition: isFalse('item.facts.flareUp', 'care continued without a new flare-up'),
      appliesWhen: {
        condition: isTrue('item.facts.flareUp', 'a recurrence or flare-up'),
        description: 'applies only to a recurrence or flare-up',
      },
      // The flare-up allowance is confirmed; that it takes precedence over continued care is ours.
      confirmed: false,
      confirmationNote:
        'The flare-up allowance of 1-2 visits is confirmed (CM16-0232182, CM16-0247660); that a flare-up after a successful course is held to it rather than to continued care is our reading [U] (ADR 021).',
    }),
    defineCriterion({
      id: 'ch-flare-up',
      statement: 'The request is for a recurrence or flare-up, after earlier treatment succeeded.',
      whenNotMet: 'The records do not show a recurrence or flare-up following successful earlier treatment',
      citation,
      required: true,
      condition: isTrue('item.facts.flareUp', 'a recurrence or flare-up'),
      appliesWhen: AFTER_PRIOR_VISITS,
      wouldMeet: {
        kind: 'documentation',
        text: 'Documentation of a recurrence or flare-up',
        label: 'flare-up',
      },
      ...lettersConfirm('CM16-0232182, CM16-0247660'),
    }),
    defineCriterion({
      id: 'ch-flare-up-visits',
      statement: 'For a flare-up once back at work: 1-2 visits (every 4-6 months).',
      whenNotMet: 'The visits requested exceed the number the guideline allows for a flare-up',
      citation,
      required: true,
      condition: atMost('item.requestedVisits', 2, 'visits', '1-2 visits for a flare-up'),
      appliesWhen: AFTER_PRIOR_VISITS,
      wouldMeet: { kind: 'request', text: 'of 1-2 visits for the flare-up', label: 'flare-up visits' },
      ...lettersConfirm('CM16-0232182, CM16-0247660'),
    }),
    defineCriterion({
      id: 'ch-course-weeks',
      statement:
        'Care lasts no more than 8 weeks; longer only for a chronic pain patient (3 months or more after the injury) whose function keeps improving with manipulation.',
      whenNotMet:
        'The course requested runs longer than the guideline allows, and the records do not show a chronic pain patient whose function keeps improving with manipulation',
      citation,
      required: true,
      condition: {
        kind: 'unless',
        condition: atMost('item.durationWeeks', 8, 'weeks', 'a course of no more than 8 weeks'),
        exceptions: [
          allOf(
            atLeast(
              'case.monthsFromInjuryToRequest',
              3,
              'months',
              'chronic pain (3 months or more from the injury to the request)',
            ),
            isTrue('item.priorFunctionalImprovement', 'functional improvement from the manipulation so far'),
          ),
        ],
      },
      // A request stated as a number of sessions only (CM17-0004738, overturned) is not held to it.
      appliesWhen: {
        condition: atLeast('item.durationWeeks', 0, 'weeks', 'a stated duration'),
        description: 'applies when the request states its length in weeks',
      },
      wouldMeet: { kind: 'request', text: 'lasting no more than 8 weeks', label: 'duration' },
      ...lettersConfirm(
        'CM17-0015198: maximum duration 8 weeks, longer only for chronic pain patients whose function, pain and quality of life improve (confirmed catalogue 2.4 #5 and 8, corrected from "re-evaluate at 8 weeks"); chronic pain is more than 3 months (catalogue 7, rule 5)',
      ),
    }),
    REQUEST_BODY_PART_STATED,
  ];
}

const INITIAL_TRIAL_PATH: DecisionPath = {
  id: 'initial-trial',
  label: 'an initial trial',
  criteria: ['ch-trial-visits'],
};
const CONTINUED_CARE_PATH: DecisionPath = {
  id: 'continued-care',
  label: 'continued care with functional improvement',
  criteria: ['ch-total-visits-18', 'ch-functional-improvement', 'ch-continued-not-flare-up'],
};

const DECISION_RULE: GuidelineSet['decisionRule'] = {
  kind: 'any_path',
  paths: [
    INITIAL_TRIAL_PATH,
    CONTINUED_CARE_PATH,
    {
      id: 'flare-up',
      label: 'a flare-up after earlier success',
      criteria: ['ch-flare-up', 'ch-functional-improvement', 'ch-flare-up-visits'],
    },
  ],
};

const NECK_ONLY = {
  condition: oneOf('item.bodyRegions', ['neck', 'thoracic']),
  note: 'The MTUS Chronic Pain guideline gives no recommendation on manipulation of the neck or upper back (CM16-0247405); ODG Neck and Upper Back addresses it.',
};

export const CHIROPRACTIC_2009: GuidelineSet = {
  id: 'cpmtg-2009-manual-therapy',
  title: `MTUS Chronic Pain Medical Treatment Guidelines (2009): ${SECTION}`,
  guideline: 'MTUS Chronic Pain Medical Treatment Guidelines',
  edition: '2009',
  effectiveFrom: '2009-07-18',
  effectiveTo: '2016-07-29',
  services: ['chiropractic'],
  // Shockwave therapy of a region with no ESWT rule is not manipulation: no manual therapy rule judges it.
  excludedWhen: [ESWT_WITHOUT_A_RULE, NECK_ONLY],
  letterLine: { name: 'MTUS Chronic Pain Medical Treatment Guidelines (2009)', style: 'pages' },
  requestNoun: 'course',
  decisionRule: DECISION_RULE,
  criteria: chiropracticCriteria(EDITION_2009),
};

export const CHIROPRACTIC_2016: GuidelineSet = {
  ...CHIROPRACTIC_2009,
  id: 'cpmtg-2016-manual-therapy',
  title: `MTUS Chronic Pain Medical Treatment Guidelines (2016): ${SECTION}`,
  edition: '2016',
  effectiveFrom: '2016-07-29',
  effectiveTo: '2017-12-01',
  letterLine: { name: 'MTUS Chronic Pain Medical Treatment 2016', style: 'sections' },
  criteria: chiropracticCriteria(EDITION_2016),
};

// ---------- manipulation under anesthesia: a procedure the letters find not recommended ----------

const MUA_SERVICES: GuidelineSet['services'] = ['chiropractic', 'physical_therapy', 'occupational_therapy'];
const IS_MUA = oneOf('item.modality', ['manipulation_under_anesthesia']);

const muaCriterion = (citation: GuidelineCitation, confirmed: boolean, confirmationNote: string) =>
  defineCriterion({
    id: 'mua-not-recommended',
    statement: 'Manipulation under anesthesia is not recommended.',
    whenNotMet: 'The guideline does not recommend manipulation under anesthesia',
    citation,
    required: true,
    condition: {
      kind: 'not_recommended',
      text: 'Manipulation under anesthesia is not a recommended form of manual therapy',
    },
    extraFieldPaths: ['facts.modality'],
    confirmed,
    confirmationNote,
  });

/** Chosen before the general manual therapy set whenever the modality is manipulation under anesthesia. */
function muaSet(
  base: GuidelineSet,
  edition: { year: string; citation: GuidelineCitation },
  confirmed: boolean,
  confirmationNote: string,
): GuidelineSet {
  return {
    ...base,
    id: `cpmtg-${edition.year}-manipulation-under-anesthesia`,
    title: `MTUS Chronic Pain Medical Treatment Guidelines (${edition.year}): ${SECTION} (manipulation under anesthesia)`,
    services: MUA_SERVICES,
    appliesOnlyWhen: IS_MUA,
    excludedWhen: undefined,
    decisionRule: { kind: 'all_required' },
    criteria: [muaCriterion(edition.citation, confirmed, confirmationNote)],
  };
}

export const MUA_2009 = muaSet(
  CHIROPRACTIC_2009,
  { year: '2009', citation: EDITION_2009.citation },
  false,
  'Unconfirmed [U] for 2009: the rule is confirmed for 2016-17 letters (CM17-0005344, confirmed catalogue 2.4 NEW); the 2009 pages 58-60 and wording were not checked.',
);

export const MUA_2016 = muaSet(
  CHIROPRACTIC_2016,
  { year: '2016', citation: EDITION_2016.citation },
  true,
  'Confirmed (confirmed catalogue 2.4, NEW): manipulation under anesthesia is not recommended (CM17-0005344).',
);

// ---------- the neck and upper back: ODG, where the CPMTG is silent ----------

/**
 * CM16-0247405 (confirmed catalogue 2.4): the CPMTG gives no recommendation on neck or upper-back
 * manipulation, so the letter applies ODG Neck and Upper Back: an initial trial of 6 visits over
 * 2-3 weeks, then up to 18 over 6-8 weeks with objective functional improvement. The letter's line
 * names both, the silent CPMTG section and ODG. A severe (grade 3) strain the diagnoses name gets
 * ODG's larger numbers (10 visits over 4-6 weeks, up to 25 over 6 months).
 */
const ODG_NECK: Edition = {
  citation: odg('Neck and Upper Back', 'Manipulation'),
  lettersConfirm: (cases) => ({
    confirmed: true,
    confirmationNote: `Confirmed for the neck by CM16-0247405 (ODG Neck and Upper Back, confirmed catalogue 2.4); the rule itself in ${cases}.`,
  }),
};
/**
 * ODG Neck's numbers (CM16-0247405): a trial of 6 visits over 2-3 weeks and up to 18 in all; for a
 * severe (grade 3) strain the diagnoses name, a trial of 10 over 4-6 weeks and up to 25 over 6 months.
 */
const NECK_VISITS: Record<
  string,
  { id: string; usual: number; severe: number; statement: string; text: string }
> = {
  'ch-trial-visits': {
    id: 'ch-neck-trial-visits',
    usual: 6,
    severe: 10,
    statement:
      'An initial trial is up to 6 visits over 2-3 weeks (a severe, grade 3, neck strain: up to 10 over 4-6 weeks).',
    text: 'a trial of no more than',
  },
  'ch-total-visits-18': {
    id: 'ch-neck-total-visits',
    usual: 18,
    severe: 25,
    statement:
      'With objective functional improvement after the trial, up to 18 visits in total (a severe, grade 3, neck strain: up to 25 over 6 months).',
    text: 'no more than',
  },
};

function withNeckNumbers(criterion: Criterion): Criterion {
  const numbers = NECK_VISITS[criterion.id];
  if (!numbers) return criterion;
  const visits = (max: number, what: string) =>
    atMost('item.totalVisitsWithPrior', max, 'visits', `${numbers.text} ${max} visits in all (${what})`);
  // Its own id: a rule with other numbers than the low back's (one id, one rule).
  return defineCriterion({
    ...criterion,
    id: numbers.id,
    statement: numbers.statement,
    condition: byValue(
      'case.neckStrainSeverity',
      {
        severe: {
          condition: visits(numbers.severe, 'ODG Neck, severe grade 3 strain'),
          wouldMeet: `of no more than ${numbers.severe} visits in all (a severe neck strain)`,
        },
      },
      visits(numbers.usual, 'ODG Neck'),
    ),
  });
}

const NECK_CRITERIA = new Set([
  'ch-not-maintenance',
  'ch-plan-of-care',
  'ch-trial-visits',
  'ch-total-visits-18',
  'ch-functional-improvement',
  'ch-course-weeks',
]);

function neckManipulation(cpmtg: typeof CHIROPRACTIC_2009): GuidelineSet {
  const odgLine = `Non-MTUS Citation ${ODG_NECK.citation.guideline}`;
  return {
    id: `odg-neck-manipulation-${cpmtg.edition}`,
    title: 'Official Disability Guidelines (ODG) (non-MTUS): Neck and Upper Back, Manipulation',
    guideline: ODG_NECK.citation.guideline,
    edition: ODG_NECK.citation.edition,
    effectiveFrom: cpmtg.effectiveFrom,
    ...(cpmtg.effectiveTo ? { effectiveTo: cpmtg.effectiveTo } : {}),
    services: ['chiropractic'],
    appliesOnlyWhen: oneOf('item.bodyRegions', ['neck', 'thoracic'], 'a request for the neck or upper back'),
    excludedWhen: [ESWT_WITHOUT_A_RULE],
    letterLine: {
      name:
        cpmtg.edition === '2016'
          ? `MTUS Chronic Pain Medical Treatment 2016, Section(s): ${SECTION}. Decision based on ${odgLine}`
          : odgLine,
      style: 'name_only',
    },
    requestNoun: 'course',
    // No flare-up path: the ODG Neck numbers the letter quotes cover a trial and continued care.
    decisionRule: {
      kind: 'any_path',
      paths: [
        { ...INITIAL_TRIAL_PATH, criteria: ['ch-neck-trial-visits'] },
        { ...CONTINUED_CARE_PATH, criteria: ['ch-neck-total-visits', 'ch-functional-improvement'] },
      ],
    },
    criteria: [
      ...chiropracticCriteria(ODG_NECK)
        .filter((criterion) => NECK_CRITERIA.has(criterion.id))
        .map(withNeckNumbers),
      REQUEST_BODY_PART_STATED,
    ],
    note: 'ODG Neck and Upper Back: a severe (grade 3) strain the diagnoses name allows a trial of 10 visits over 4-6 weeks and up to 25 over 6 months. ACOEM Ch. 8 expects some improvement within the first 6 visits.',
  };
}

export const NECK_MANIPULATION_2009 = neckManipulation(CHIROPRACTIC_2009);
export const NECK_MANIPULATION_2016 = neckManipulation(CHIROPRACTIC_2016);

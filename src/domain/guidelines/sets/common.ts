/**
 * Building blocks for the guideline sets: citations, typed condition builders (fact names are
 * checked at compile time) and the cross-cutting rules written once and reused by every set that
 * needs them (functional improvement, the 24-visit cap, visits counted with prior visits, a
 * request complete enough to decide as submitted).
 */
import { FACTS, type FactName } from '../facts';
import {
  type Condition,
  type Criterion,
  factsUsedBy,
  type GuidelineCitation,
  NON_MTUS_EDITION,
  type Period,
  type SwitchCase,
} from '../guideline-schema';

// ---------- citations ----------

export const CPMTG = 'MTUS Chronic Pain Medical Treatment Guidelines';

export const cpmtg2009 = (section: string, pages: string): GuidelineCitation => ({
  guideline: CPMTG,
  edition: '2009',
  section,
  pages,
});

/** The 2016-17 letters cite the 2016 CPMTG by section name, never by page. */
export const cpmtg2016 = (section: string): GuidelineCitation => ({
  guideline: CPMTG,
  edition: '2016',
  section,
});

/**
 * An ODG citation, reached under 8 CCR 9792.21.1 where the MTUS is silent on the point. The
 * guideline reads as the letters print it after "Non-MTUS Citation" ("Official Disability Guidelines
 * (ODG) Fitness for Duty"), the topic as its section ("Functional capacity evaluation (FCE)").
 */
export const odg = (chapter: string, topic?: string): GuidelineCitation => ({
  guideline: `Official Disability Guidelines (ODG) ${chapter}`,
  edition: NON_MTUS_EDITION,
  ...(topic ? { section: topic } : {}),
});

export const FUNCTIONAL_IMPROVEMENT_CITATION: GuidelineCitation = {
  guideline: '8 CCR 9792.20 (MTUS definitions)',
  edition: '2009',
  section: 'Functional improvement',
};

export const VISIT_CAP_CITATION: GuidelineCitation = {
  guideline: 'California Labor Code',
  edition: '2004',
  section: '4604.5 (24-visit cap)',
};

/**
 * Cross-cutting rule 10 (confirmed catalogue 7): IMR decides the request as it was submitted. The
 * rule is the letters' practice; the anchor in the IMR regulation is ours (the reviewer determines
 * whether the disputed treatment is medically necessary: 8 CCR 9792.10.6, sourced in the draft
 * catalogue 1.3). No edition: the letters cite no version of the regulation for it.
 */
export const AS_SUBMITTED_CITATION: GuidelineCitation = {
  guideline: '8 CCR 9792.10.6 (IMR standards)',
  edition: '',
  section: 'Determination of the disputed treatment',
};

/** Confirmation note of the completeness criteria: the rule, its cases, and the anchor's status. */
export const asSubmittedNote = (cases: string): string =>
  `Confirmed NEW (confirmed catalogue 7, rule 10): an incomplete request is upheld, here ${cases}; IMR cannot modify a request (CM16-0237844; confirmed catalogue 2.2, "IMR judges the request as submitted"). The citation is our anchor [U]: 8 CCR 9792.10.6 has the reviewer determine whether the disputed treatment is medically necessary [S], but the text retrieved does not state the no-modification rule, which the letters state without citing a section.`;

// ---------- condition builders ----------

const withRequirement = (requirement: string | undefined) => (requirement ? { requirement } : {});

export const atMost = (fact: FactName, max: number, unit: string, requirement?: string): Condition => ({
  kind: 'at_most',
  fact,
  max,
  unit,
  ...withRequirement(requirement),
});

export const atLeast = (fact: FactName, min: number, unit: string, requirement?: string): Condition => ({
  kind: 'at_least',
  fact,
  min,
  unit,
  ...withRequirement(requirement),
});

export const between = (
  fact: FactName,
  min: number,
  max: number,
  unit: string,
  requirement?: string,
): Condition => ({
  kind: 'number_range',
  fact,
  min,
  max,
  unit,
  ...withRequirement(requirement),
});

export const isTrue = (fact: FactName, requirement: string): Condition => ({
  kind: 'boolean_fact',
  fact,
  expected: true,
  requirement,
});

export const isFalse = (fact: FactName, requirement: string): Condition => ({
  kind: 'boolean_fact',
  fact,
  expected: false,
  requirement,
});

export const within = (
  fromFact: FactName,
  toFact: FactName,
  period: Period,
  requirement?: string,
): Condition => ({
  kind: 'date_within',
  fromFact,
  toFact,
  period,
  ...withRequirement(requirement),
});

export const oneOf = (fact: FactName, values: string[], requirement?: string): Condition => ({
  kind: 'enum_in',
  fact,
  values,
  ...withRequirement(requirement),
});

export const noneOf = (fact: FactName, values: string[], requirement?: string): Condition => ({
  kind: 'enum_not_in',
  fact,
  values,
  ...withRequirement(requirement),
});

export const allOf = (...conditions: Condition[]): Condition => ({ kind: 'all', conditions });
export const anyOf = (...conditions: Condition[]): Condition => ({ kind: 'any', conditions });
/** Met when the condition is not met (not documented stays not documented). */
export const negate = (condition: Condition): Condition => ({ kind: 'not', condition });

export const byValue = (
  fact: FactName,
  cases: Record<string, SwitchCase>,
  fallback?: Condition,
): Condition => ({
  kind: 'switch',
  fact,
  cases,
  ...(fallback ? { default: fallback } : {}),
});

export const JUDGMENT: Condition = { kind: 'judgment' };

// ---------- criteria ----------

export type CriterionInput = Omit<Criterion, 'fieldPaths' | 'kind'> & {
  /** Fields that inform a judgment but feed no fact (e.g. the reports a reviewer reads). */
  extraFieldPaths?: string[];
};

/** A criterion whose kind and field paths follow from its condition and the facts it reads. */
export function defineCriterion({ extraFieldPaths = [], ...input }: CriterionInput): Criterion {
  const facts = [
    ...factsUsedBy(input.condition),
    ...(input.appliesWhen ? factsUsedBy(input.appliesWhen.condition) : []),
  ];
  const paths = facts.flatMap((name) =>
    Object.hasOwn(FACTS, name) ? FACTS[name as FactName].fieldPaths : [],
  );
  return {
    ...input,
    kind: input.condition.kind === 'judgment' ? 'judgment' : 'computed',
    fieldPaths: [...new Set([...paths, ...extraFieldPaths])],
  };
}

/** The same rule in another edition's set: new citation and confirmation, same id and condition. */
export function reCite(
  criterion: Criterion,
  citation: GuidelineCitation,
  confirmed: boolean,
  confirmationNote: string,
): Criterion {
  return { ...criterion, citation, confirmed, confirmationNote };
}

// ---------- cross-cutting rules ----------

export const AFTER_A_PRIOR_COURSE = {
  condition: atLeast('item.priorCoursesSameDiscipline', 1, 'courses', 'a prior course'),
  description: 'applies only when a prior course of the same therapy is recorded',
};

/** 8 CCR 9792.20: more visits after a course need functional improvement from it. */
export const FUNCTIONAL_IMPROVEMENT_FOR_MORE_VISITS = defineCriterion({
  id: 'functional-improvement-for-more-visits',
  statement:
    'After a prior course, further visits need documented functional improvement from it: better daily activities or fewer work restrictions, and less dependence on care.',
  whenNotMet:
    'The records do not show functional improvement (as 8 CCR 9792.20 defines it) from the prior course',
  citation: FUNCTIONAL_IMPROVEMENT_CITATION,
  required: true,
  condition: isTrue(
    'item.priorFunctionalImprovement',
    'documented functional improvement from the visits already given',
  ),
  appliesWhen: AFTER_A_PRIOR_COURSE,
  wouldMeet: {
    kind: 'documentation',
    text: 'Documentation of functional improvement (8 CCR 9792.20) from the prior course',
    label: 'functional improvement',
  },
  confirmed: true,
  confirmationNote:
    'Confirmed: definition in 8 CCR 9792.20 [S]; used as the gate for more visits in 2016-17 letters (CM16-0237844, CM16-0240900, CM17-0002198, CM17-0010362; CM16-0241231 cites 9792.20(e)).',
});

/**
 * Labor Code 4604.5: 24 PT, 24 OT and 24 chiropractic visits per injury (from 2004). Advisory:
 * no 2016-17 IMR letter applies it (confirmed catalogue 2.2 criterion #4, 7 rule 2), and as a
 * required rule it would cut the 2016 CRPS allowance of 26 visits (confirmed catalogue 8) to 24.
 * It stays in the sets so the reviewer sees the count.
 */
export const VISIT_CAP_24 = defineCriterion({
  id: 'visit-cap-24',
  whenNotMet:
    "The visits per discipline for the injury, with those already completed, exceed 24 without the employer's written authorization (advisory)",
  statement:
    'No more than 24 visits per discipline (PT, OT, chiropractic) for the injury, counting visits already completed, unless the employer authorized more in writing; post-surgical therapy is outside the cap (advisory: the 2016-17 IMR letters do not apply it).',
  asRequirement:
    'No more than 24 visits per discipline for the injury, counting visits already completed, unless the employer authorized more (advisory)',
  citation: VISIT_CAP_CITATION,
  required: false,
  condition: {
    kind: 'unless',
    condition: atMost(
      'item.capVisitsWithPrior',
      24,
      'visits',
      'at most 24 visits per discipline for the injury',
    ),
    exceptions: [
      isTrue('item.facts.employerWrittenAuthorization', 'written employer authorization to exceed the cap'),
      {
        kind: 'date_compare',
        fact: 'case.dateOfInjury',
        op: 'before',
        date: '2004-01-01',
        requirement: 'an injury before 01/01/2004 for the cap not to apply',
      },
    ],
  },
  wouldMeet: {
    kind: 'request',
    text: 'that keeps the total with completed visits at 24 or fewer',
    label: '24-visit cap',
  },
  confirmed: false,
  confirmationNote:
    'Still unconfirmed [U] as an IMR criterion: no 2016-17 letter in the pool cites the cap (confirmed catalogue 2.2 criterion #4; 7, rule 2), so it is advisory and never decides. The statute itself is sourced [S] (LC 4604.5 via self-law.org; friedmanlawoffices). The 2016 CRPS allowance is 26 visits (confirmed catalogue 8).',
});

/**
 * Cross-cutting rule 10: a therapy request that names no body part is incomplete, and IMR cannot
 * complete or modify it, so it is upheld. Required in the therapy sets (physical medicine, aquatic
 * therapy, massage, chiropractic, acupuncture, post-surgical therapy).
 */
export const REQUEST_BODY_PART_STATED = defineCriterion({
  id: 'request-body-part-stated',
  statement:
    'The request as submitted names the body part to be treated (IMR decides the request as submitted and cannot complete or modify it).',
  whenNotMet:
    'The request as submitted does not name the body part to be treated, and IMR cannot complete or modify a request',
  citation: AS_SUBMITTED_CITATION,
  required: true,
  quietWhenMet: true,
  condition: isTrue('item.bodyPartStated', 'a request that names the body part to be treated'),
  wouldMeet: {
    kind: 'documentation',
    text: 'A request that names the body part to be treated',
    label: 'body part',
  },
  confirmed: true,
  confirmationNote: asSubmittedNote('a missing body part (CM16-0235869)'),
});

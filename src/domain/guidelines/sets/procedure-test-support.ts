/**
 * Test support for the injection, imaging, equipment, program and surgery sets: one disputed item
 * evaluated against the real library, with the case parts those sets read (injury and request
 * dates, recorded injections, work status).
 */
import type { CaseDraft, Injection, ServiceType } from '../../case/case-schema';
import { caseWith, disputedItem, type ItemSpec } from '../../evaluator/case-builders';
import { evaluate } from '../../evaluator/evaluate';
import { criterionResult } from '../../evaluator/evaluation-queries';
import type { CriterionStatus, ItemEvaluation } from '../../evaluator/evaluation-types';
import { GUIDELINE_LIBRARY } from '../index';

export const AS_OF = '2026-01-15';

/** A first 2-week functional restoration program's facts, meeting every computed admission criterion. */
export const FRP_FIRST_TWO_WEEKS: ItemSpec = {
  frequencyPerWeek: 5,
  durationWeeks: 2,
  hoursPerDay: 6,
  facts: {
    frpBaselineEvaluation: true,
    conservativeCareFailed: true,
    surgicalCandidate: false,
    motivationToChange: true,
    negativePredictorsAddressed: true,
    weeksCompletedInProgram: 0,
    sessionsCompletedInProgram: 0,
  },
};

/** Request dates inside each edition. */
export const DATES = {
  cpmtg2009: { doi: '2011-01-10', rfa: '2012-06-01' },
  cpmtg2016: { doi: '2016-01-10', rfa: '2016-12-01' },
} as const;

export interface Scenario {
  service: ServiceType;
  item?: ItemSpec;
  doi?: string;
  rfa?: string;
  injections?: Partial<Injection>[];
  edit?: (draft: CaseDraft) => void;
}

export function injection(spec: Partial<Injection>, index = 0): Injection {
  return {
    id: `injection-${index}`,
    date: '',
    type: '',
    level: '',
    reliefPercent: null,
    reliefWeeks: null,
    ...spec,
  };
}

export function draftFor({
  service,
  item = {},
  doi = '2016-01-10',
  rfa = '2016-12-01',
  injections = [],
  edit,
}: Scenario) {
  return caseWith({
    dateOfInjury: doi,
    requestDate: rfa,
    items: [disputedItem(service, item)],
    edit: (draft) => {
      draft.treatment.injections = injections.map((entry, index) => injection(entry, index));
      edit?.(draft);
    },
  });
}

export function run(scenario: Scenario): ItemEvaluation {
  const [result] = evaluate(draftFor(scenario), GUIDELINE_LIBRARY, { asOf: AS_OF }).items;
  if (!result) throw new Error('The scenario has no disputed item');
  return result;
}

/** The status of a criterion; throws when the set lacks it (a typo must not pass as undefined). */
export function statusOf(result: ItemEvaluation, criterionId: string): CriterionStatus {
  const found = criterionResult(result, criterionId);
  if (!found) throw new Error(`${result.guidelineSet?.id ?? 'no set'} has no criterion ${criterionId}`);
  return found.status;
}

/** Merges item specs, facts included. */
export function withItem(base: ItemSpec, change: ItemSpec = {}): ItemSpec {
  return { ...base, ...change, facts: { ...base.facts, ...change.facts } };
}

/** Failing criteria (id and required flag), for "only this fails" assertions. */
export function failing(result: ItemEvaluation): string[] {
  return result.criteria
    .filter((c) => c.required && (c.status === 'not_met' || c.status === 'not_documented'))
    .map((c) => c.criterionId);
}

/** The facts of a surgery request on the elective path, each documented. */
export const ELECTIVE_SURGERY_FACTS: ItemSpec['facts'] = {
  redFlags: false,
  functionLimitedByPain: true,
  conservativeCareWeeks: 12,
  conservativeCareFailed: true,
  imagingCorroborates: true,
};

/** A surgery request for a body part (injury 06/01/2016, request 12/01/2016), facts changed as given. */
export const surgeryRequest = (
  bodyPart: string,
  facts: ItemSpec['facts'] = {},
  rest: Partial<Scenario> = {},
) =>
  run({
    service: 'surgery',
    item: withItem({ bodyPart, quantity: 1, facts: ELECTIVE_SURGERY_FACTS }, { facts }),
    doi: '2016-06-01',
    rfa: '2016-12-01',
    ...rest,
  });

/** A scenario edit that sets the case's diagnoses (a set reading a condition named there). */
export const withDiagnoses =
  (...texts: string[]) =>
  (draft: CaseDraft): void => {
    draft.injury.diagnoses = texts.map((text, index) => ({ id: `dx-${index}`, text, icd10: '' }));
  };

/**
 * Builders for the medication tests: a case with one disputed drug, its treatment history and urine
 * drug tests, evaluated with the real library. Starts from the empty-case factories, so every
 * draft is valid.
 */
import type {
  CaseDraft,
  CriterionReview,
  DisputedItem,
  Medication,
  ServiceFacts,
  ServiceType,
  UrineDrugTest,
} from '../../case/case-schema';
import { emptyMedication } from '../../case/empty-case';
import { caseWith, disputedItem, type ItemSpec } from '../../evaluator/case-builders';
import { evaluate } from '../../evaluator/evaluate';
import type { ItemEvaluation } from '../../evaluator/evaluation-types';
import { type FactExplanation, type FactValue, getFact } from '../facts';
import { GUIDELINE_LIBRARY } from '../index';

export const AS_OF = '2017-03-01';

export function med(id: string, spec: Partial<Omit<Medication, 'id'>> = {}): Medication {
  return { ...emptyMedication(id), ...spec };
}

/**
 * A requested drug: a quantity of 30 unless the spec gives one (or a days supply), since a request
 * that states none is incomplete (rule 10) and would be upheld for that alone.
 */
export function requestedMed(id: string, spec: Partial<Omit<Medication, 'id'>> = {}): Medication {
  const stated = spec.quantity !== undefined || spec.daysSupply !== undefined;
  return med(id, stated ? spec : { quantity: 30, ...spec });
}

export const udt = (date: string, consistent: boolean | null = true, id = `udt-${date}`): UrineDrugTest => ({
  id,
  date,
  consistent,
});

export interface MedicationCaseSpec {
  service: ServiceType;
  medication?: Partial<Omit<Medication, 'id'>>;
  requestDate?: string;
  urDate?: string;
  dateOfInjury?: string;
  history?: Medication[];
  udts?: UrineDrugTest[];
  facts?: Partial<ServiceFacts>;
  criteria?: Record<string, CriterionReview>;
  quantity?: number | null;
  /** More disputed items of the same case (e.g. the NSAID requested with a PPI). */
  otherItems?: DisputedItem[];
  edit?: (draft: CaseDraft) => void;
}

export function medicationCase({
  service,
  medication = {},
  requestDate = '2016-12-01',
  urDate = '',
  dateOfInjury = '2016-01-04',
  history = [],
  udts = [],
  facts = {},
  criteria = {},
  quantity = null,
  otherItems = [],
  edit,
}: MedicationCaseSpec): CaseDraft {
  const spec: ItemSpec = {
    requestedAs: medication.name ?? service,
    medication: requestedMed('item-1-medication', medication),
    facts,
    quantity,
    review: { criteria },
  };
  return caseWith({
    dateOfInjury,
    requestDate,
    urDate,
    items: [disputedItem(service, spec, 'item-1'), ...otherItems],
    edit: (draft) => {
      draft.treatment.medications = history;
      draft.treatment.urineDrugTests = udts;
      edit?.(draft);
    },
  });
}

/** Another disputed drug in the same case. */
export function otherDrugItem(
  service: ServiceType,
  medication: Partial<Omit<Medication, 'id'>>,
  id = 'item-2',
): DisputedItem {
  return disputedItem(
    service,
    { requestedAs: medication.name ?? service, medication: requestedMed(`${id}-medication`, medication) },
    id,
  );
}

export function evaluateFirst(draft: CaseDraft, asOf = AS_OF): ItemEvaluation {
  const item = evaluate(draft, GUIDELINE_LIBRARY, { asOf }).items[0];
  if (!item) throw new Error('no disputed item');
  return item;
}

const contextOf = (draft: CaseDraft, asOf: string) => {
  const item = draft.disputedItems[0];
  if (!item) throw new Error('no disputed item');
  return { draft, item, asOf };
};

/** A registry fact of the first disputed item. */
export function factOf(name: string, draft: CaseDraft, asOf = AS_OF): FactValue | undefined {
  const fact = getFact(name);
  if (!fact) throw new Error(`unknown fact ${name}`);
  return fact.get(contextOf(draft, asOf));
}

export function explainOf(name: string, draft: CaseDraft, asOf = AS_OF): FactExplanation {
  const fact = getFact(name);
  if (!fact?.explain) throw new Error(`fact ${name} has no explanation`);
  return fact.explain(contextOf(draft, asOf));
}

/** The Norco the e2e and several tests use: hydrocodone 10 mg, four times a day = 40 MME/day. */
export const NORCO_QID: Partial<Omit<Medication, 'id'>> = {
  name: 'Norco',
  strength: '10/325 mg',
  dose: '1 tablet',
  frequency: 'four times a day',
};

/** Oxycodone IR tablets of `mg` each, 1 tablet `timesPerDay`: mg x times x 1.5 MME/day. */
export const oxycodone = (mg: number, timesPerDay: number, extra: Partial<Omit<Medication, 'id'>> = {}) => ({
  name: 'Oxycodone',
  strength: `${mg} mg`,
  dose: '1 tablet',
  frequency: `${timesPerDay} times a day`,
  ...extra,
});

/** Morphine IR: `mgPerDay` split as one dose a day (factor 1), for exact MED boundaries. */
export const morphineDaily = (mgPerDay: number, extra: Partial<Omit<Medication, 'id'>> = {}) => ({
  name: 'Morphine sulfate',
  strength: `${mgPerDay} mg`,
  dose: '1 tablet',
  frequency: 'once a day',
  ...extra,
});

/**
 * The opioid amount per unit of a product, from its written strength: "10/325 mg" of Norco is
 * hydrocodone 10 mg; a fentanyl patch is read in mcg/h; an oral solution in mg per ml.
 */
import { type DrugEntry, drugById } from './drug-reference';
import { formatNumber, formatStrength, type ParsedStrength } from './parse-strength';

export interface OpioidStrength {
  value: number;
  /** mg per tablet/capsule, mg per ml of solution, or a patch's delivery rate in mcg/h. */
  unit: 'mg' | 'mg/ml' | 'mcg/h';
  /** How the value was read, for the reviewer ("hydrocodone 10 mg: the opioid part of 10/325 mg"). */
  explanation: string;
  /** Set when the amount was picked among several: the reviewer confirms it (shown as a flag). */
  confirm?: string;
}

/** Start of the flag raised when a strength has several amounts and one was picked for the opioid. */
export const SEVERAL_AMOUNTS_FLAG = 'several amounts in the strength';

/** Below this many mg an amount is an antagonist part (naloxone 0.5 mg, naltrexone 1.2 mg), not the opioid. */
const SMALLEST_OPIOID_MG = 1;

const hasAntagonistPart = (drug: DrugEntry): boolean =>
  (drug.components ?? []).some((id) => drugById(id)?.pharmacologicClass === 'opioid_antagonist');

/**
 * The amount that is the opioid in a strength with several amounts. A known combination: the smaller
 * next to acetaminophen, ibuprofen, aspirin or caffeine; the larger next to an antagonist (Embeda
 * 30/1.2, Targiniq 10/5). An opioid written with several amounts ("codeine 300/30", "Fioricet with
 * codeine 50/300/40/30"): the smallest that is not an antagonist-sized amount (under 1 mg), since
 * acetaminophen, aspirin and butalbital parts are larger than the opioid.
 */
function opioidAmount(drug: DrugEntry, strength: ParsedStrength): number {
  const { amounts } = strength;
  if (drug.opioidComponent !== undefined && hasAntagonistPart(drug)) return Math.max(...amounts);
  if (drug.opioidComponent !== undefined || strength.unit !== 'mg') return Math.min(...amounts);
  const opioidSized = amounts.filter((amount) => amount >= SMALLEST_OPIOID_MG);
  return Math.min(...(opioidSized.length > 0 ? opioidSized : amounts));
}

export type OpioidStrengthResult = OpioidStrength | { reason: string };

export function opioidName(drug: DrugEntry): string {
  return drugById(drug.opioidComponent ?? '')?.genericName ?? drug.genericName;
}

/**
 * Reads the opioid strength of `drug` from `strength`. Combination products: the opioid is the
 * smaller amount (opioid doses are 2.5-60 mg; acetaminophen, ibuprofen and caffeine parts are larger,
 * except caffeine 30 mg next to dihydrocodeine 16 mg, where the smaller is still the opioid).
 */
export function opioidStrengthOf(drug: DrugEntry, strength: ParsedStrength): OpioidStrengthResult {
  const name = opioidName(drug);
  const written = formatStrength(strength);
  const [first] = strength.amounts;
  if (first === undefined || strength.amounts.some((amount) => !(amount > 0))) {
    return { reason: `the strength "${written}" has no positive amount` };
  }

  if (drug.mme?.kind === 'per_mcg_per_hour') {
    if (strength.unit === 'mcg/h') {
      return { value: first, unit: 'mcg/h', explanation: `${name} ${formatNumber(first)} mcg/h` };
    }
    if (strength.unit === 'mcg' || strength.unitAssumed) {
      return {
        value: first,
        unit: 'mcg/h',
        explanation: `${name} ${formatNumber(first)} mcg/h (written "${written}"${strength.unitAssumed ? ' without a unit' : ''}; read as the patch rate in mcg/h)`,
      };
    }
    return { reason: `a ${name} patch strength must be in mcg/h; "${written}" is not` };
  }

  const isCombination = drug.opioidComponent !== undefined && strength.amounts.length > 1;
  const picked = !isCombination && strength.amounts.length > 1;
  const amount = strength.amounts.length > 1 ? opioidAmount(drug, strength) : first;
  const assumed = strength.unitAssumed ? ' (no unit written; read as mg)' : '';
  const part = isCombination ? `: the opioid part of ${written}` : '';
  const several = picked ? ` (read from several amounts in "${written}")` : '';
  const confirm = picked
    ? {
        confirm: `${SEVERAL_AMOUNTS_FLAG} "${written}": ${formatNumber(amount)} ${strength.unit} was read as the ${name} amount (the other amounts taken as non-opioid parts); confirm the ${name} amount per unit`,
      }
    : {};

  switch (strength.unit) {
    case 'mg':
      return {
        value: amount,
        unit: 'mg',
        explanation: `${name} ${formatNumber(amount)} mg${part}${assumed}${several}`,
        ...confirm,
      };
    case 'mcg':
      return {
        value: amount / 1000,
        unit: 'mg',
        explanation: `${name} ${formatNumber(amount / 1000)} mg (${formatNumber(amount)} mcg)${part}${several}`,
        ...confirm,
      };
    case 'g':
      return {
        value: amount * 1000,
        unit: 'mg',
        explanation: `${name} ${formatNumber(amount * 1000)} mg (${formatNumber(amount)} g)${part}${several}`,
        ...confirm,
      };
    case 'mg/ml':
      return {
        value: amount,
        unit: 'mg/ml',
        explanation: `${name} ${formatNumber(amount)} mg per ml${part}${several}`,
        ...confirm,
      };
    case 'mcg/ml':
      return {
        value: amount / 1000,
        unit: 'mg/ml',
        explanation: `${name} ${formatNumber(amount / 1000)} mg per ml${part}${several}`,
        ...confirm,
      };
    default:
      return { reason: `a ${name} strength in ${strength.unit} cannot be converted to mg` };
  }
}

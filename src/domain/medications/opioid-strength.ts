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
  const amount = isCombination ? Math.min(...strength.amounts) : first;
  const assumed = strength.unitAssumed ? ' (no unit written; read as mg)' : '';
  const part = isCombination ? `: the opioid part of ${written}` : '';
  const several =
    !isCombination && strength.amounts.length > 1
      ? ` (several amounts in "${written}"; the first was used)`
      : '';

  switch (strength.unit) {
    case 'mg':
      return {
        value: amount,
        unit: 'mg',
        explanation: `${name} ${formatNumber(amount)} mg${part}${assumed}${several}`,
      };
    case 'mcg':
      return {
        value: amount / 1000,
        unit: 'mg',
        explanation: `${name} ${formatNumber(amount / 1000)} mg (${formatNumber(amount)} mcg)${part}${several}`,
      };
    case 'g':
      return {
        value: amount * 1000,
        unit: 'mg',
        explanation: `${name} ${formatNumber(amount * 1000)} mg (${formatNumber(amount)} g)${part}${several}`,
      };
    case 'mg/ml':
      return {
        value: amount,
        unit: 'mg/ml',
        explanation: `${name} ${formatNumber(amount)} mg per ml${part}${several}`,
      };
    case 'mcg/ml':
      return {
        value: amount / 1000,
        unit: 'mg/ml',
        explanation: `${name} ${formatNumber(amount / 1000)} mg per ml${part}${several}`,
      };
    default:
      return { reason: `a ${name} strength in ${strength.unit} cannot be converted to mg` };
  }
}

/**
 * Which class a medication belongs to (reference, reviewer's choice, or its ingredients), and whether
 * it is being taken on a date.
 */
import type { Medication } from '../case/case-schema';
import { compareIsoDates, formatUsDate, isValidIsoDate } from '../dates/dates';
import { counted } from '../text/wording';
import type { DrugClass } from './drug-reference';
import { type DrugMatch, findDrug, findDrugs } from './find-drug';

export const DRUG_CLASS_LABELS: Readonly<Record<DrugClass, string>> = {
  opioid: 'opioid',
  nsaid: 'NSAID',
  ppi_h2: 'PPI / H2 blocker',
  muscle_relaxant: 'muscle relaxant',
  anticonvulsant: 'anti-epilepsy drug',
  benzodiazepine: 'benzodiazepine',
  antidepressant: 'antidepressant',
  sleep_aid: 'sleep aid',
  topical: 'topical analgesic',
  compound: 'compounded product',
  other: 'other',
};

export interface MedicationClassification {
  drugClass: DrugClass | 'unknown';
  /** Where the class came from. */
  source: 'reference' | 'reviewer' | 'ingredients' | 'none';
  /** The reference entry, when the name resolved to one drug. */
  match: DrugMatch | null;
  /** Plain words for the reviewer, e.g. '"Xyz" is not in the drug reference; classify it'. */
  message: string;
}

const SKIN = /\b(?:cream|gel|ointment|lotion|patch|patches|topical|liniment|roll[- ]?on|foam|salve|balm)\b/i;

/** The product goes on the skin (route or form says so). */
export function isAppliedToSkin(medication: Pick<Medication, 'route' | 'form' | 'name'>): boolean {
  return (
    medication.route === 'topical' ||
    medication.route === 'transdermal' ||
    SKIN.test(medication.form) ||
    SKIN.test(medication.name)
  );
}

export function lookupContext(medication: Pick<Medication, 'route' | 'form'>) {
  return { route: medication.route, form: medication.form };
}

/**
 * The class of `medication`: the reviewer's `drugClass` when set (a deliberate choice), else the
 * reference's, else 'compound' when ingredients are listed, else 'unknown' with a message.
 * An oral drug written as a cream or gel ("ketoprofen cream") is classed as a topical.
 */
export function classifyMedication(medication: Medication): MedicationClassification {
  const name = medication.name.trim();
  const match = name === '' ? undefined : findDrug(name, lookupContext(medication));
  const referenceClass = match ? referenceClassFor(match, medication) : null;

  if (medication.drugClass !== '') {
    const differs =
      referenceClass !== null && referenceClass !== medication.drugClass
        ? `; the reference lists ${match?.drug.genericName} as ${DRUG_CLASS_LABELS[referenceClass]}`
        : '';
    return {
      drugClass: medication.drugClass,
      source: 'reviewer',
      match: match ?? null,
      message: `class set by the reviewer: ${DRUG_CLASS_LABELS[medication.drugClass]}${differs}`,
    };
  }

  if (match && referenceClass) {
    const skinNote =
      referenceClass === 'topical' && match.drug.drugClass !== 'topical'
        ? ` (${match.drug.genericName} applied to the skin is judged as a topical analgesic)`
        : '';
    const kitNote = match.drug.compoundedKit ? ' (proprietary compounded kit)' : '';
    return {
      drugClass: referenceClass,
      source: 'reference',
      match,
      message: `${match.drug.genericName}: ${DRUG_CLASS_LABELS[referenceClass]}${skinNote}${kitNote}${
        match.note ? `; ${match.note}` : ''
      }`,
    };
  }

  if (medication.ingredients.length > 0) {
    return {
      drugClass: 'compound',
      source: 'ingredients',
      match: null,
      message: `compounded product of ${counted(medication.ingredients.length, 'listed ingredients')}: judged ingredient by ingredient`,
    };
  }

  if (name === '') {
    return {
      drugClass: 'unknown',
      source: 'none',
      match: null,
      message: 'no drug name entered; enter it or classify it',
    };
  }
  const several = findDrugs(name, lookupContext(medication));
  if (several.length > 1) {
    return {
      drugClass: 'unknown',
      source: 'none',
      match: null,
      message: `"${name}" names more than one drug (${several.map((m) => m.drug.genericName).join(', ')}): enter each as its own medication, or list the ingredients of a compound`,
    };
  }
  return {
    drugClass: 'unknown',
    source: 'none',
    match: null,
    message: `"${name}" is not in the drug reference; classify it`,
  };
}

function referenceClassFor(match: DrugMatch, medication: Medication): DrugClass {
  const drug = match.drug;
  if (drug.route === 'oral' && isAppliedToSkin(medication)) return 'topical';
  return drug.drugClass;
}

export interface ActiveOnDate {
  active: boolean;
  /** Set when the answer rests on an assumption the reviewer should see. */
  note: string | null;
}

/** Taken on `asOf`: no stop date, or a stop date on or after `asOf`. */
export function isActiveOn(medication: Pick<Medication, 'stopDate' | 'name'>, asOf: string): ActiveOnDate {
  const stop = medication.stopDate.trim();
  if (stop === '') return { active: true, note: null };
  if (!isValidIsoDate(stop)) {
    return {
      active: true,
      note: `stop date "${stop}" of ${medication.name || 'a medication'} is not a valid date; counted as still taken`,
    };
  }
  if (!isValidIsoDate(asOf)) return { active: true, note: `the as-of date "${asOf}" is not a valid date` };
  return compareIsoDates(stop, asOf) >= 0
    ? { active: true, note: null }
    : { active: false, note: `stopped ${formatUsDate(stop)}` };
}

/**
 * Morphine milligram equivalents (MME/day) of the opioids a patient takes on a date, each with its
 * arithmetic in words ("hydrocodone 10 mg x 4/day x 1 = 40 MME/day") so the reviewer can check it.
 * Computed, never stored. Factors come from DRUG_REFERENCE (CDC 2016 table; see its sources).
 */
import type { Medication } from '../case/case-schema';
import { classifyMedication, isActiveOn } from './classify-medication';
import { DRUG_REFERENCE, type DrugEntry, methadoneBand, sourceLabel } from './drug-reference';
import { type OpioidStrength, opioidName, opioidStrengthOf } from './opioid-strength';
import { MAX_PLAUSIBLE_DOSES_PER_DAY, parseSig, type SigBasis, type SigParse } from './parse-sig';
import { formatNumber, formatStrength, parseStrength } from './parse-strength';

/** An opioid MME/day above this is flagged as implausible (a typo in strength or sig is likelier). */
export const MAX_PLAUSIBLE_MME_PER_DAY = 1000;
/** Beyond this a row is a data-entry error, not a dose; it is left out so the total stays finite. */
const MAX_COMPUTABLE_MME = 1e9;
/** A fentanyl patch is worn 72 hours (the CDC factor assumes it); used in wording only. */
const FENTANYL_PATCH_DAYS = 3;

export interface MorphineEquivalentOptions {
  /** The date the regimen is judged on (ISO). */
  asOf: string;
  /** Reviewer-confirmed maximum units/day by medication id; wins over `confirmedMaxUnitsPerDay`. */
  confirmedUnits?: Readonly<Record<string, number>>;
}

export interface OpioidDoseRow {
  medicationId: string;
  /** As written in the records. */
  name: string;
  drugId: string | null;
  /** Generic name of the opioid ("hydrocodone" for Norco). */
  opioid: string | null;
  strength: OpioidStrength | null;
  /** Units a day used (tablets, ml of solution, patches/day); null when unknown. */
  unitsPerDay: number | null;
  unitsSource: SigBasis | 'confirmed';
  /** Opioid per day: mg/day, or the patch rate in mcg/h for transdermal fentanyl. */
  dailyDose: { value: number; unit: 'mg/day' | 'mcg/h' } | null;
  factor: number | null;
  /** "CDC 2016", with the methadone band when it applies. */
  factorSource: string | null;
  /** MME/day; null when it cannot be computed (or the drug is excluded from the table). */
  med: number | null;
  /**
   * MME/day at the low end of a sig range ("1-2 tabs q4-6h": 1 tab q6h); `med` when the dose is
   * exact; null when nothing bounds it from below (a quantity fallback, an implausible sig).
   */
  medMin: number | null;
  /** The calculation in words, or why there is none. */
  arithmetic: string;
  /** Rests on a sig range or a quantity fallback that the reviewer has not confirmed. */
  ambiguous: boolean;
  /** Listed by the table as not converted (buprenorphine). */
  excluded: boolean;
  flags: string[];
  /** How the daily units were read from the sig. */
  sigReason: string;
}

export interface MorphineEquivalentSummary {
  asOf: string;
  referenceVersion: string;
  mmeTable: string;
  rows: OpioidDoseRow[];
  /** Sum of the rows that have an MME. */
  total: number;
  /**
   * Sum of the same rows at the low end of every sig range (`total` when no sig gives a range);
   * null when a counted row has no lower bound. The regimen lies between this and `total`.
   */
  totalMin: number | null;
  /** Every active opioid that the table converts has an MME. */
  complete: boolean;
  /** Some row rests on an unconfirmed range or fallback. */
  ambiguous: boolean;
  /** "40 + 60 = 100 MME/day", with what is missing. */
  totalArithmetic: string;
  flags: string[];
}

const round2 = (value: number) => {
  const scaled = Math.round(value * 100) / 100;
  return Number.isFinite(scaled) ? scaled : value;
};

function confirmedUnitsFor(medication: Medication, options: MorphineEquivalentOptions): number | null {
  const override = options.confirmedUnits?.[medication.id];
  const value = override ?? medication.confirmedMaxUnitsPerDay;
  return value !== null && value !== undefined && Number.isFinite(value) && value >= 0 ? value : null;
}

function sigText(medication: Medication): string {
  return [medication.dose, medication.frequency]
    .map((part) => part.trim())
    .filter(Boolean)
    .join(' ');
}

function resolveStrength(
  medication: Medication,
  drug: DrugEntry,
  fromName: OpioidStrength | null,
  flags: string[],
): OpioidStrength | null {
  const written = medication.strength.trim();
  if (written !== '') {
    const parsed = parseStrength(written, { allowBareNumber: true });
    if (parsed.ok) {
      const read = opioidStrengthOf(drug, parsed.strength);
      if ('value' in read) {
        if (fromName && (fromName.value !== read.value || fromName.unit !== read.unit)) {
          flags.push(
            `the name gives ${fromName.explanation} but the strength field says ${formatStrength(parsed.strength)}; used the strength field`,
          );
        }
        if (read.confirm) flags.push(read.confirm);
        return read;
      }
      flags.push(read.reason);
    } else {
      flags.push(`strength: ${parsed.reason}`);
    }
  }
  if (fromName) {
    if (fromName.confirm) flags.push(fromName.confirm);
    return { ...fromName, explanation: `${fromName.explanation} (from the name)` };
  }
  return null;
}

interface PartialRow extends OpioidDoseRow {
  /** Methadone rows get their factor once the total methadone dose is known. */
  pendingMethadone: boolean;
  /** Methadone mg/day at the low end of the sig range, for the band of the lowest total. */
  methadoneMinMg: number | null;
}

function baseRow(medication: Medication): PartialRow {
  return {
    medicationId: medication.id,
    name: medication.name,
    drugId: null,
    opioid: null,
    strength: null,
    unitsPerDay: null,
    unitsSource: 'none',
    dailyDose: null,
    factor: null,
    factorSource: null,
    med: null,
    medMin: null,
    arithmetic: '',
    ambiguous: false,
    excluded: false,
    flags: [],
    sigReason: '',
    pendingMethadone: false,
    methadoneMinMg: null,
  };
}

/**
 * The low end of the sig's daily amount over its high end (1-2 tabs q4-6h: 3/12), so a row can say
 * how low the dose may be as well as how high. 1 when exact; null when the dose is to confirm for
 * another reason (a quantity fallback, an implausible frequency): then nothing bounds it from below.
 */
function sigLowShare(sig: SigParse): number | null {
  if (!sig.ambiguous) return 1;
  const dose = sig.perDose;
  const doses = sig.dosesPerDay;
  if (sig.basis !== 'sig' || !dose || !doses || doses.max >= MAX_PLAUSIBLE_DOSES_PER_DAY) return null;
  const high = dose.max * doses.max;
  return high > 0 ? (dose.min * doses.min) / high : null;
}

function writtenPatchCount(medication: Medication): number | null {
  const match = /(\d+(?:\.\d+)?)\s*patch/i.exec(sigText(medication));
  const count = match ? Number(match[1]) : Number.NaN;
  return Number.isFinite(count) && count > 0 ? count : null;
}

function fentanylRow(
  row: PartialRow,
  drug: DrugEntry,
  medication: Medication,
  confirmed: number | null,
  sig: SigParse,
) {
  if (drug.mme?.kind !== 'per_mcg_per_hour') return row;
  const factor = drug.mme.factor;
  row.factor = factor;
  row.factorSource = sourceLabel(drug.mme.sourceId);
  if (row.strength?.unit !== 'mcg/h') {
    row.arithmetic = `MME not computed: enter the ${row.opioid} patch strength in mcg/h`;
    return row;
  }
  const rate = row.strength.value;
  let patches: number;
  let patchNote: string;
  if (confirmed !== null) {
    // For a patch the confirmed units are the patches worn at the same time (one 25 mcg/h patch
    // changed every 72 hours = 1), as a patch count in the sig is: each delivers its rate all day.
    patches = confirmed;
    patchNote = ` x ${formatNumber(patches)} ${patches === 1 ? 'patch' : 'patches'} worn at a time (confirmed by the reviewer)`;
    row.unitsSource = 'confirmed';
    row.unitsPerDay = confirmed;
    if (confirmed > 0 && confirmed < 1)
      row.flags.push(
        `a confirmed ${formatNumber(confirmed)} is less than one patch; for a patch, confirm the number of patches worn at the same time (one patch changed every ${FENTANYL_PATCH_DAYS} days = 1)`,
      );
  } else if (sig.perDose === null && writtenPatchCount(medication) !== null) {
    // the sig had no readable frequency, but the patch count is all the MME needs
    patches = writtenPatchCount(medication) ?? 1;
    patchNote = patches === 1 ? '' : ` x ${formatNumber(patches)} patches at a time`;
    row.unitsSource = 'sig';
  } else if (sig.perDose?.unit === 'unit' && sig.perDose.stated) {
    patches = sig.perDose.max;
    patchNote = patches === 1 ? '' : ` x ${formatNumber(patches)} patches at a time`;
    row.unitsSource = sig.basis === 'none' ? 'sig' : sig.basis;
    row.unitsPerDay = sig.unitsPerDay;
    row.ambiguous = sig.perDose.min !== sig.perDose.max;
  } else {
    patches = 1;
    patchNote = '';
    row.unitsPerDay = sig.unitsPerDay;
    row.unitsSource = sig.basis;
    row.flags.push(
      `no number of patches written in "${sigText(medication) || 'the sig'}"; counted one patch at a time`,
    );
  }
  const med = round2(rate * patches * factor);
  row.dailyDose = { value: round2(rate * patches), unit: 'mcg/h' };
  row.med = med;
  // Only the patch count can be a range here; the frequency does not change the rate worn.
  const fewestPatches = row.ambiguous ? (sig.perDose?.min ?? null) : patches;
  row.medMin = fewestPatches === null ? null : round2(rate * fewestPatches * factor);
  row.arithmetic = `${row.opioid} ${formatNumber(rate)} mcg/h${patchNote} x ${formatNumber(factor)} = ${formatNumber(med)} MME/day`;
  return row;
}

/** Daily opioid mg for oral products, with the first half of the arithmetic ("hydrocodone 10 mg x 4/day"). */
function dailyMilligrams(
  row: PartialRow,
  confirmed: number | null,
  sig: SigParse,
): { mg: number; text: string } | { reason: string } {
  const strength = row.strength;
  const opioid = row.opioid ?? 'opioid';
  if (confirmed !== null) {
    row.unitsSource = 'confirmed';
    row.unitsPerDay = confirmed;
    if (!strength) return { reason: `enter the ${opioid} strength` };
    const unit = strength.unit === 'mg/ml' ? 'mg/ml' : 'mg';
    const perDay = strength.unit === 'mg/ml' ? 'ml/day' : '/day';
    return {
      mg: strength.value * confirmed,
      text: `${opioid} ${formatNumber(strength.value)} ${unit} x ${formatNumber(confirmed)}${perDay} (confirmed by the reviewer)`,
    };
  }
  row.unitsSource = sig.basis;
  row.ambiguous = sig.ambiguous;
  const caveat =
    sig.basis === 'quantity_days_supply'
      ? ' (average from quantity and days supply; confirm)'
      : sig.ambiguous
        ? ' (maximum of the sig range; confirm)'
        : sig.basis === 'stated_maximum'
          ? ' (stated maximum)'
          : '';
  const amount = sig.amountPerDay;
  if (amount && (amount.unit === 'mg' || amount.unit === 'mcg' || amount.unit === 'g')) {
    const scale = amount.unit === 'mg' ? 1 : amount.unit === 'mcg' ? 0.001 : 1000;
    row.unitsPerDay = sig.unitsPerDay;
    const perDose = sig.perDose && sig.perDose.unit !== 'unit' ? sig.perDose.max * scale : null;
    const doses = sig.dosesPerDay?.max;
    const text =
      perDose !== null && doses !== undefined
        ? `${opioid} ${formatNumber(perDose)} mg per dose x ${formatNumber(doses)}/day${caveat}`
        : `${opioid} ${formatNumber(amount.value * scale)} mg/day${caveat}`;
    return { mg: amount.value * scale, text };
  }
  if (amount && amount.unit === 'ml') {
    row.unitsPerDay = amount.value;
    if (strength?.unit !== 'mg/ml') {
      return {
        reason: `the sig gives a volume (${formatNumber(amount.value)} ml/day); enter the strength in mg/ml`,
      };
    }
    return {
      mg: strength.value * amount.value,
      text: `${opioid} ${formatNumber(strength.value)} mg/ml x ${formatNumber(amount.value)} ml/day${caveat}`,
    };
  }
  row.unitsPerDay = sig.unitsPerDay;
  if (sig.unitsPerDay === null) return { reason: sig.reason };
  if (!strength) return { reason: `enter the ${opioid} strength` };
  if (strength.unit !== 'mg') {
    return { reason: `the strength is per ml; the sig must give the volume per dose in ml` };
  }
  return {
    mg: strength.value * sig.unitsPerDay,
    text: `${opioid} ${formatNumber(strength.value)} mg x ${formatNumber(sig.unitsPerDay)}/day${caveat}`,
  };
}

function opioidRow(medication: Medication, options: MorphineEquivalentOptions): PartialRow {
  const row = baseRow(medication);
  const classification = classifyMedication(medication);
  const match = classification.match;
  if (match?.note) row.flags.push(match.note);
  const drug = match?.drug;
  if (!drug?.mme) {
    row.opioid = drug ? opioidName(drug) : null;
    row.drugId = drug?.id ?? null;
    row.arithmetic = drug
      ? `MME not computed: the reference has no conversion factor for ${drug.genericName}`
      : `MME not computed: "${medication.name}" is not in the drug reference, so its conversion factor is unknown`;
    row.flags.push('not counted in the total MME');
    return row;
  }
  row.drugId = drug.id;
  row.opioid = opioidName(drug);
  if (drug.mme.kind === 'excluded') {
    row.excluded = true;
    row.arithmetic = `not converted: ${drug.mme.reason}`;
    return row;
  }
  row.strength = resolveStrength(medication, drug, match?.opioidStrength ?? null, row.flags);
  const confirmed = confirmedUnitsFor(medication, options);
  const sig = parseSig(sigText(medication), {
    quantity: medication.quantity,
    daysSupply: medication.daysSupply,
    unitStrength: row.strength?.unit === 'mg' ? { value: row.strength.value, unit: 'mg' } : null,
  });
  row.sigReason = sig.reason;
  if (confirmed === null) row.flags.push(...sig.flags);

  if (drug.mme.kind === 'per_mcg_per_hour') return fentanylRow(row, drug, medication, confirmed, sig);

  const daily = dailyMilligrams(row, confirmed, sig);
  if ('reason' in daily) {
    row.arithmetic = `MME not computed: ${daily.reason}`;
    return row;
  }
  row.dailyDose = { value: round2(daily.mg), unit: 'mg/day' };
  const lowShare = row.ambiguous ? sigLowShare(sig) : 1;
  const minMg = lowShare === null ? null : daily.mg * lowShare;
  if (drug.mme.kind === 'methadone_bands') {
    row.pendingMethadone = true;
    row.methadoneMinMg = minMg === null ? null : round2(minMg);
    row.arithmetic = `${daily.text} = ${formatNumber(daily.mg)} mg/day`;
    return row;
  }
  const factor = drug.mme.factor;
  const med = round2(daily.mg * factor);
  row.factor = factor;
  row.factorSource = sourceLabel(drug.mme.sourceId);
  row.med = med;
  row.medMin = minMg === null ? null : round2(minMg * factor);
  row.arithmetic = `${daily.text} x ${formatNumber(factor)} = ${formatNumber(med)} MME/day`;
  return row;
}

/** Applies the methadone band of the TOTAL daily methadone dose to every methadone row. */
function applyMethadoneBands(rows: PartialRow[], summaryFlags: string[]) {
  const methadoneRows = rows.filter((row) => row.pendingMethadone && row.dailyDose);
  if (methadoneRows.length === 0) return;
  const totalMg = round2(methadoneRows.reduce((sum, row) => sum + (row.dailyDose?.value ?? 0), 0));
  const band = methadoneBand(totalMg);
  const several = methadoneRows.length > 1 ? `, total methadone ${formatNumber(totalMg)} mg/day` : '';
  // The factor grows with the dose, so the low end takes the band of the lowest total.
  const minMgs = methadoneRows.map((row) => row.methadoneMinMg);
  const lowBand = minMgs.every((mg) => mg !== null)
    ? methadoneBand(round2(minMgs.reduce((sum: number, mg) => sum + (mg ?? 0), 0)))
    : null;
  for (const row of methadoneRows) {
    const mg = row.dailyDose?.value ?? 0;
    const med = round2(mg * band.factor);
    row.factor = band.factor;
    row.factorSource = `CDC 2016 methadone band ${band.label}`;
    row.med = med;
    row.medMin =
      lowBand === null || row.methadoneMinMg === null ? null : round2(row.methadoneMinMg * lowBand.factor);
    row.arithmetic = `${row.arithmetic} x ${formatNumber(band.factor)} (methadone ${band.label}${several}) = ${formatNumber(med)} MME/day`;
    if (band.beyondTable) {
      row.flags.push(
        `total methadone ${formatNumber(totalMg)} mg/day is above the CDC 2016 table (which stops at 80 mg/day); factor ${band.factor} used, the true equivalence may be higher`,
      );
    }
  }
  if (band.beyondTable) summaryFlags.push('methadone dose beyond the conversion table');
}

/**
 * MME/day of every opioid active on `asOf` (no stop date, or a stop date on or after `asOf`), and
 * their total. A reviewer-confirmed units/day replaces the sig reading. Nothing throws: what cannot
 * be computed is a row with `med: null` and the reason in `arithmetic`.
 */
export function morphineEquivalents(
  medications: readonly Medication[],
  options: MorphineEquivalentOptions,
): MorphineEquivalentSummary {
  const summaryFlags: string[] = [];
  const rows: PartialRow[] = [];
  for (const medication of medications) {
    if (classifyMedication(medication).drugClass !== 'opioid') continue;
    const active = isActiveOn(medication, options.asOf);
    if (!active.active) continue;
    const row = opioidRow(medication, options);
    if (active.note) row.flags.push(active.note);
    rows.push(row);
  }
  applyMethadoneBands(rows, summaryFlags);

  for (const row of rows) {
    if (row.med !== null && !(row.med <= MAX_COMPUTABLE_MME)) {
      row.med = null;
      row.medMin = null;
      row.dailyDose = null;
      row.arithmetic =
        'MME not computed: the numbers are too large to compute; check the strength and the daily units';
      continue;
    }
    if (row.med !== null && row.med > MAX_PLAUSIBLE_MME_PER_DAY) {
      row.flags.push(`${formatNumber(row.med)} MME/day is implausible; check the strength and the sig`);
    }
  }

  const counted = rows.filter((row) => row.med !== null);
  const missing = rows.filter((row) => row.med === null && !row.excluded);
  const excluded = rows.filter((row) => row.excluded);
  const total = round2(counted.reduce((sum, row) => sum + (row.med ?? 0), 0));
  const totalMin = counted.every((row) => row.medMin !== null)
    ? round2(counted.reduce((sum, row) => sum + (row.medMin ?? 0), 0))
    : null;
  const parts: string[] = [];
  if (counted.length === 0)
    parts.push(rows.length === 0 ? 'no active opioid: 0 MME/day' : '0 MME/day counted');
  else if (counted.length === 1) parts.push(`${formatNumber(total)} MME/day`);
  else
    parts.push(
      `${counted.map((row) => formatNumber(row.med ?? 0)).join(' + ')} = ${formatNumber(total)} MME/day`,
    );
  if (missing.length > 0) {
    parts.push(`not counted (no MME computed): ${missing.map((row) => row.name || 'unnamed').join(', ')}`);
    summaryFlags.push('the total is incomplete: some opioids have no MME');
  }
  if (excluded.length > 0) {
    parts.push(`not converted by the table: ${excluded.map((row) => row.name || row.opioid).join(', ')}`);
  }
  if (total > MAX_PLAUSIBLE_MME_PER_DAY)
    summaryFlags.push(`total ${formatNumber(total)} MME/day is implausible`);
  const ambiguous = rows.some((row) => row.ambiguous);
  if (ambiguous) summaryFlags.push('some doses come from a sig range or a quantity fallback; confirm them');

  return {
    asOf: options.asOf,
    referenceVersion: DRUG_REFERENCE.version,
    mmeTable: DRUG_REFERENCE.mmeTable,
    rows: rows.map(({ pendingMethadone: _pending, methadoneMinMg: _minMg, ...row }) => row),
    total,
    totalMin,
    complete: missing.length === 0,
    ambiguous,
    totalArithmetic: parts.join('; '),
    flags: summaryFlags,
  };
}

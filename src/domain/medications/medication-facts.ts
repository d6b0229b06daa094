/**
 * Facts the medication criteria read, computed from the case on demand (never stored): time on a
 * drug, urine drug tests in the last 12 months, a concurrent NSAID; plus re-exports of MME,
 * classification and compound analysis so criteria import one module.
 */
import type { Medication, UrineDrugTest } from '../case/case-schema';
import { addYears, compareIsoDates, daysBetween, formatUsDate, isValidIsoDate } from '../dates/dates';
import { classifyMedication, isActiveOn } from './classify-medication';
import { formatNumber } from './parse-strength';

export {
  type ActiveOnDate,
  classifyMedication,
  DRUG_CLASS_LABELS,
  isActiveOn,
  isAppliedToSkin,
  type MedicationClassification,
} from './classify-medication';
export {
  type CompoundAnalysis,
  compoundAnalysis,
  type IngredientAnalysis,
  topicalAnalysis,
  topicalRuleFor,
} from './compound-analysis';
export {
  MAX_PLAUSIBLE_MME_PER_DAY,
  type MorphineEquivalentOptions,
  type MorphineEquivalentSummary,
  morphineEquivalents,
  type OpioidDoseRow,
} from './morphine-equivalents';

export interface DrugDuration {
  /** Whole days from the start date to the stop date or `asOf`, whichever is earlier; null if unknown. */
  days: number | null;
  /** days / 7, unrounded (criteria compare it: "no longer than 3 weeks" is days <= 21). */
  weeks: number | null;
  /** The dates used, ISO. */
  from: string;
  to: string;
  /** "22 days (3.1 weeks), 10/31/2016 to 11/22/2016", or why it is unknown. */
  text: string;
}

/** How long `medication` has been (or was) taken, as of `asOf`. */
export function weeksOnDrug(
  medication: Pick<Medication, 'startDate' | 'stopDate'>,
  asOf: string,
): DrugDuration {
  const start = medication.startDate.trim();
  const stop = medication.stopDate.trim();
  const to = isValidIsoDate(stop) && compareIsoDates(stop, asOf) < 0 ? stop : asOf;
  const unknown = (text: string): DrugDuration => ({ days: null, weeks: null, from: start, to, text });
  if (start === '') return unknown('start date not entered');
  if (!isValidIsoDate(start)) return unknown(`start date "${start}" is not a valid date`);
  if (!isValidIsoDate(asOf)) return unknown(`the as-of date "${asOf}" is not a valid date`);
  const days = daysBetween(start, to);
  if (days === null) return unknown('dates could not be compared');
  if (days < 0) return unknown(`start date ${formatUsDate(start)} is after ${formatUsDate(to)}`);
  const weeks = days / 7;
  const stoppedNote = to === stop ? ' (stopped)' : '';
  return {
    days,
    weeks,
    from: start,
    to,
    text: `${days} day${days === 1 ? '' : 's'} (${formatNumber(weeks)} week${weeks === 1 ? '' : 's'}), ${formatUsDate(start)} to ${formatUsDate(to)}${stoppedNote}`,
  };
}

export interface UrineDrugTestWindow {
  /** First day counted (`asOf` one year earlier, inclusive), or null when `asOf` is invalid. */
  windowStart: string | null;
  windowEnd: string;
  count: number;
  consistentCount: number;
  inconsistentCount: number;
  /** Tests in the window whose result (consistent or not) is not recorded. */
  unknownResultCount: number;
  /** Tests in the window, oldest first. */
  tests: UrineDrugTest[];
  /** Tests without a valid date (not counted). */
  undatedCount: number;
  /** Tests dated after `asOf` (not counted). */
  afterAsOfCount: number;
  text: string;
}

/**
 * Urine drug tests in the 12 months up to `asOf`: from the same calendar day one year earlier
 * (inclusive) to `asOf` (inclusive).
 */
export function urineDrugTestsInLast12Months(
  tests: readonly UrineDrugTest[],
  asOf: string,
): UrineDrugTestWindow {
  const windowStart = addYears(asOf, -1);
  const undated = tests.filter((test) => !isValidIsoDate(test.date));
  const dated = tests.filter((test) => isValidIsoDate(test.date));
  const empty = {
    windowStart,
    windowEnd: asOf,
    count: 0,
    consistentCount: 0,
    inconsistentCount: 0,
    unknownResultCount: 0,
    tests: [],
    undatedCount: undated.length,
    afterAsOfCount: 0,
  };
  if (windowStart === null) return { ...empty, text: `the as-of date "${asOf}" is not a valid date` };
  const inWindow = dated
    .filter((test) => compareIsoDates(test.date, windowStart) >= 0 && compareIsoDates(test.date, asOf) <= 0)
    .sort((a, b) => compareIsoDates(a.date, b.date));
  const afterAsOf = dated.filter((test) => compareIsoDates(test.date, asOf) > 0).length;
  const consistentCount = inWindow.filter((test) => test.consistent === true).length;
  const inconsistentCount = inWindow.filter((test) => test.consistent === false).length;
  const unknownResultCount = inWindow.length - consistentCount - inconsistentCount;
  const notes: string[] = [];
  if (inconsistentCount > 0) notes.push(`${inconsistentCount} inconsistent`);
  if (unknownResultCount > 0) notes.push(`${unknownResultCount} with no result recorded`);
  if (undated.length > 0) notes.push(`${undated.length} undated not counted`);
  if (afterAsOf > 0) notes.push(`${afterAsOf} after ${formatUsDate(asOf)} not counted`);
  const plural = inWindow.length === 1 ? 'test' : 'tests';
  return {
    ...empty,
    count: inWindow.length,
    consistentCount,
    inconsistentCount,
    unknownResultCount,
    tests: inWindow,
    afterAsOfCount: afterAsOf,
    text: `${inWindow.length} urine drug ${plural} from ${formatUsDate(windowStart)} to ${formatUsDate(asOf)}${
      notes.length > 0 ? ` (${notes.join('; ')})` : ''
    }`,
  };
}

export interface ConcurrentNsaid {
  /** At least one oral NSAID is taken on `asOf`. */
  present: boolean;
  /** More than one NSAID at once (a GI risk factor, and "no second NSAID"). */
  multiple: boolean;
  nsaids: { medicationId: string; name: string; genericName: string | null }[];
  text: string;
}

/**
 * NSAIDs taken on `asOf` (reference class or the reviewer's class 'nsaid'). Topical NSAIDs are
 * classed as topicals and not counted here.
 */
export function concurrentNsaid(medications: readonly Medication[], asOf: string): ConcurrentNsaid {
  const nsaids = medications
    .filter((medication) => isActiveOn(medication, asOf).active)
    .map((medication) => ({ medication, classification: classifyMedication(medication) }))
    .filter(({ classification }) => classification.drugClass === 'nsaid')
    .map(({ medication, classification }) => ({
      medicationId: medication.id,
      name: medication.name,
      genericName: classification.match?.drug.genericName ?? null,
    }));
  const names = nsaids.map((nsaid) => nsaid.name || nsaid.genericName || 'unnamed').join(', ');
  return {
    present: nsaids.length > 0,
    multiple: nsaids.length > 1,
    nsaids,
    text:
      nsaids.length === 0
        ? `no NSAID taken on ${formatUsDate(asOf)}`
        : `${nsaids.length} NSAID${nsaids.length === 1 ? '' : 's'} taken on ${formatUsDate(asOf)}: ${names}`,
  };
}

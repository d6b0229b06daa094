/**
 * Facts the medication criteria read (sets/medications-*.ts), computed on demand with the medication
 * domain: the drug requested and its class, the regimen's morphine equivalents with the arithmetic
 * per drug, time on the drug, urine drug tests in the 12 months before the request, a concurrent
 * NSAID, and each ingredient of a topical. Spread into the fact registry (facts.ts `FACTS`); same
 * rules: a fact answers `undefined` when the case does not document it, never a guess.
 *
 * Every fact is judged on the request date (RFA, else UR date, else `asOf`), the date the guideline
 * edition is chosen by. "The regimen" is the medication list of the treatment history taken on that
 * date, with the drug of each disputed medication item in place of the same drug in the history.
 *
 * Facts with `explain` are the "computed facts" the sets display, with their arithmetic and what the
 * reviewer should check ("confirm the daily dose").
 */
import type { CaseDraft, DisputedItem, Medication, ServiceType } from '../case/case-schema';
import { patientAge, requestReferenceDate } from '../case/derived';
import { compareIsoDates, daysBetween, formatUsDate, isValidIsoDate } from '../dates/dates';
import {
  type CompoundAnalysis,
  classifyMedication,
  DRUG_CLASS_LABELS,
  DRUG_REFERENCE,
  type DrugClass,
  type DrugEntry,
  formatNumber,
  formatStrength,
  type IngredientAnalysis,
  isActiveOn,
  type MedicationClassification,
  type MorphineEquivalentSummary,
  morphineEquivalents,
  opioidStrengthOf,
  parseSig,
  parseStrength,
  releaseType,
  SEVERAL_AMOUNTS_FLAG,
  type TopicalStatus,
  topicalAnalysis,
  topicalRuleFor,
  urineDrugTestsInLast12Months,
} from '../medications';
import { counted, listed } from '../text/wording';
import { serviceBoolean } from './fact-readers';
// Type-only: facts.ts imports this file, so no value imports back.
import type {
  FactBounds,
  FactContext,
  FactDefinition,
  FactExplanation,
  FactValue,
  ItemOutcome,
} from './facts';

// ---------- readers ----------

const readAmount = (value: number | null | undefined): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;

/** Weeks to one decimal ("10.6 weeks"): criteria compare days, this is for reading. */
const weeksText = (days: number) => counted(Math.round((days / 7) * 10) / 10, 'weeks');
const daysText = (days: number) => `${counted(days, 'days')} (${weeksText(days)})`;

/** The date the regimen is judged on: the request (or UR) date, else `asOf`. */
export function judgedOn({ draft, asOf }: Pick<FactContext, 'draft' | 'asOf'>): string | undefined {
  return requestReferenceDate(draft)?.date ?? (isValidIsoDate(asOf) ? asOf : undefined);
}

const isEntered = (medication: Medication): boolean =>
  medication.name.trim() !== '' || medication.ingredients.some((entry) => entry.name.trim() !== '');

const requestedDrug = (item: DisputedItem): Medication | undefined =>
  isEntered(item.medication) ? item.medication : undefined;

const drugName = (medication: Medication): string =>
  medication.name.trim() || medication.ingredients.map((entry) => entry.name.trim()).join(' / ') || 'unnamed';

/**
 * Where the request states the drug's strength, in words for the evidence (cross-cutting rule 10: a
 * request without one is incomplete): the strength field ("800 mg"), else the name ("Naproxen 550
 * mg", "Norco 10/325"; a bare number in a name is not read as a strength, since it may be a product
 * number or a count), else a strength the name implies ("Tylenol #3"), else, for a compound, every
 * ingredient with its own strength. Undefined when none of them states it.
 */
function statedStrength(medication: Medication): string | undefined {
  const written = medication.strength.trim();
  if (written !== '' && parseStrength(written, { allowBareNumber: true }).ok) return `Strength: ${written}`;
  const inName = parseStrength(medication.name);
  if (inName.ok) return `Strength in the name: ${formatStrength(inName.strength)}`;
  const implied = classify(medication).match?.opioidStrength;
  if (implied) return `Strength: ${implied.explanation}`;
  const ingredients = medication.ingredients.filter((entry) => entry.name.trim() !== '');
  const eachStated = ingredients.every(
    (entry) => parseStrength(entry.strength, { allowBareNumber: true }).ok,
  );
  if (ingredients.length === 0 || !eachStated) return undefined;
  const list = ingredients.map((entry) => `${entry.name.trim()} ${entry.strength.trim()}`);
  return `Strength of each ingredient: ${list.join(', ')}`;
}

// Classifying reads the whole drug reference (tens of microseconds a call) and facts ask it many times
// per evaluation: remember it per medication object, checked against the fields it depends on, so a
// medication edited in place is classified again.
const classified = new WeakMap<Medication, { fingerprint: string; value: MedicationClassification }>();

function classify(medication: Medication): MedicationClassification {
  const fingerprint = [
    medication.name,
    medication.form,
    medication.route,
    medication.drugClass,
    medication.ingredients.length,
  ].join('\u0000');
  const known = classified.get(medication);
  if (known?.fingerprint === fingerprint) return known.value;
  const value = classifyMedication(medication);
  classified.set(medication, { fingerprint, value });
  return value;
}

/** The drug the entry stands for: a compounded kit counts as its base drug (Fanatrex as gabapentin). */
function baseDrugId(drug: DrugEntry): string {
  return drug.compoundedKit && drug.components?.[0] ? drug.components[0] : drug.id;
}

/** Identity used to recognise the same drug in the history and the request. */
function drugKey(medication: Medication): string | undefined {
  const match = classify(medication).match;
  if (match) return baseDrugId(match.drug);
  const name = medication.name.trim().toLowerCase().replace(/\s+/g, ' ');
  return name ? `name:${name}` : undefined;
}

const drugClassOf = (medication: Medication): DrugClass | 'unknown' => classify(medication).drugClass;

/** The opioid amount per unit ("10 mg", "25 mcg/h"), from the strength field, else the name. */
function unitStrengthKey(medication: Medication): string | undefined {
  const match = classify(medication).match;
  if (!match) return undefined;
  const written = medication.strength.trim();
  if (written !== '' && match.drug.mme) {
    const parsed = parseStrength(written, { allowBareNumber: true });
    if (parsed.ok) {
      const read = opioidStrengthOf(match.drug, parsed.strength);
      if ('value' in read) return `${read.value} ${read.unit}`;
    }
    return `written:${written.toLowerCase().replace(/\s+/g, '')}`;
  }
  return match.opioidStrength ? `${match.opioidStrength.value} ${match.opioidStrength.unit}` : undefined;
}

/**
 * The history entry is the same prescription as the request (listed in both places): the same
 * reference entry (Norco and hydrocodone/APAP, not hydrocodone alone), the same release type (never an
 * extended-release base dose and an immediate-release breakthrough dose), and the same strength when
 * both are written. Only then is it counted once, as requested.
 */
function sameProduct(entry: Medication, requested: Medication): boolean {
  const a = classify(entry).match;
  const b = classify(requested).match;
  if (!a || !b) return drugKey(entry) !== undefined && drugKey(entry) === drugKey(requested);
  if (a.drug.id !== b.drug.id) return false;
  if (releaseType(entry) !== releaseType(requested)) return false;
  const strengthA = unitStrengthKey(entry);
  const strengthB = unitStrengthKey(requested);
  return strengthA === undefined || strengthB === undefined || strengthA === strengthB;
}

const releaseLabel = (medication: Medication): string =>
  releaseType(medication) === 'extended' ? 'extended release' : 'immediate release';

const startsBefore = (medication: Medication, date: string): boolean =>
  !isValidIsoDate(medication.startDate) || compareIsoDates(medication.startDate, date) < 0;

/** History entries taken on `date` (entered, not stopped before it). */
function historyOn(draft: CaseDraft, date: string): Medication[] {
  return draft.treatment.medications.filter((entry) => isEntered(entry) && isActiveOn(entry, date).active);
}

const historyEntered = (draft: CaseDraft): boolean => draft.treatment.medications.some(isEntered);

interface RequestedElsewhere {
  medication: Medication;
  itemIndex: number;
  itemId: string;
}

/** Drugs requested in the other disputed items of the case. */
function otherRequests(ctx: FactContext): RequestedElsewhere[] {
  return ctx.draft.disputedItems.flatMap((item, itemIndex) => {
    const medication = item.id === ctx.item.id ? undefined : requestedDrug(item);
    return medication ? [{ medication, itemIndex, itemId: item.id }] : [];
  });
}

/** The same drug as the request in the history, taken on `date`. */
function sameDrugInHistory(ctx: FactContext, date: string): Medication[] {
  const requested = requestedDrug(ctx.item);
  const key = requested ? drugKey(requested) : undefined;
  if (!key) return [];
  return historyOn(ctx.draft, date).filter((entry) => drugKey(entry) === key);
}

// ---------- the regimen's morphine equivalents ----------

interface MedRegimen {
  date: string;
  summary: MorphineEquivalentSummary;
  /** "(requested)", "(requested in item 2)", "(treatment history)" by medication id. */
  sources: Map<string, string>;
  /** History entries that are the prescription requested: counted once, as requested. */
  replaced: string[];
  /** History entries of a requested molecule in another form or strength: counted in addition. */
  alongside: string[];
  /** History entries taken on the date that cannot be classified: the MED may miss an opioid. */
  unclassified: string[];
  /** Why there is no usable total (no date, or the requested drug cannot be classified). */
  blocked?: string;
}

// The MED is read by criteria, evidence and computed facts, on every keystroke: remember the last
// few regimens by what they depend on (dates and medication lists), so typing elsewhere in the case
// never recomputes them. Results are a pure function of the key.
const regimens = new Map<string, MedRegimen | undefined>();
const REMEMBERED_REGIMENS = 32;

function medRegimen(ctx: FactContext): MedRegimen | undefined {
  const { draft, item, asOf } = ctx;
  const key = JSON.stringify([
    item.id,
    draft.imr.requestDate,
    draft.imr.urDeterminationDate,
    asOf,
    draft.treatment.medications,
    draft.disputedItems.map((entry) => [entry.id, entry.medication]),
  ]);
  if (regimens.has(key)) return regimens.get(key);
  const value = computeMedRegimen(ctx);
  if (regimens.size >= REMEMBERED_REGIMENS) regimens.delete(regimens.keys().next().value ?? '');
  regimens.set(key, value);
  return value;
}

function computeMedRegimen(ctx: FactContext): MedRegimen | undefined {
  const date = judgedOn(ctx);
  if (!date) return undefined;
  const requested = requestedDrug(ctx.item);
  const requests = [...(requested ? [{ medication: requested, itemIndex: -1 }] : []), ...otherRequests(ctx)];
  const taken = historyOn(ctx.draft, date);
  const isRequested = (entry: Medication) =>
    requests.some((request) => sameProduct(entry, request.medication));
  const history = taken.filter((entry) => !isRequested(entry));
  const replaced = taken
    .filter((entry) => isRequested(entry) && drugClassOf(entry) === 'opioid')
    .map(drugName);
  const requestedMolecules = new Set(requests.map((entry) => drugKey(entry.medication)));
  const alongside = history
    .filter((entry) => drugClassOf(entry) === 'opioid' && requestedMolecules.has(drugKey(entry)))
    .map(
      (entry) =>
        `${drugName(entry)} (${releaseLabel(entry)}${entry.strength.trim() ? `, ${entry.strength.trim()}` : ''})`,
    );
  const unclassified = history.filter((entry) => drugClassOf(entry) === 'unknown').map(drugName);
  const sources = new Map<string, string>();
  for (const entry of history) sources.set(entry.id, 'treatment history');
  for (const entry of requests)
    sources.set(
      entry.medication.id,
      entry.itemIndex < 0 ? 'requested' : `requested in disputed item ${entry.itemIndex + 1}`,
    );
  // A refill asked for without its sig is taken as the same product is taken now.
  const withSig = (medication: Medication): Medication => {
    if (medication.dose.trim() !== '' || medication.frequency.trim() !== '') return medication;
    const same = taken.find(
      (entry) =>
        sameProduct(entry, medication) && (entry.dose.trim() !== '' || entry.frequency.trim() !== ''),
    );
    if (!same) return medication;
    sources.set(
      medication.id,
      `${sources.get(medication.id)}, at the sig it is taken on in the treatment history`,
    );
    return { ...medication, dose: same.dose, frequency: same.frequency };
  };
  const summary = morphineEquivalents([...requests.map((entry) => withSig(entry.medication)), ...history], {
    asOf: date,
  });
  const blocked =
    requested && drugClassOf(requested) === 'unknown'
      ? `the requested drug ${drugName(requested)} is not classified: ${classify(requested).message}`
      : undefined;
  return { date, summary, sources, replaced, alongside, unclassified, ...(blocked ? { blocked } : {}) };
}

const rowLines = (regimen: MedRegimen): string[] =>
  regimen.summary.rows.map((row) => {
    const source = regimen.sources.get(row.medicationId);
    return `${row.name || row.opioid || 'opioid'}${source ? `, ${source}` : ''}: ${row.arithmetic}`;
  });

/** The total MME/day, or undefined when any opioid has no MME or rests on a dose to confirm. */
function regimenMed(ctx: FactContext): number | undefined {
  const regimen = medRegimen(ctx);
  if (!regimen || regimen.blocked) return undefined;
  const { summary } = regimen;
  if (summary.rows.length === 0 || !summary.complete || summary.ambiguous) return undefined;
  return summary.total;
}

/**
 * Where the total lies when only sig ranges keep it from being exact: from every range at its low
 * end to every range at its high end. A threshold outside that span is decided without the reviewer.
 */
function regimenMedBounds(ctx: FactContext): FactBounds | undefined {
  const regimen = medRegimen(ctx);
  if (!regimen || regimen.blocked) return undefined;
  const { summary } = regimen;
  if (summary.rows.length === 0 || !summary.complete || !summary.ambiguous || summary.totalMin === null)
    return undefined;
  const ranged = summary.rows
    .filter((row) => row.ambiguous)
    .map((row) => row.name || row.opioid || 'an opioid');
  return {
    min: summary.totalMin,
    max: summary.total,
    why: `from the sig range of ${ranged.join(', ')}`,
    toSettle: 'confirm the daily dose',
  };
}

function explainMed(ctx: FactContext): FactExplanation {
  const regimen = medRegimen(ctx);
  if (!regimen)
    return { value: 'not computed', detail: 'No request, UR or current date to judge the regimen on.' };
  if (regimen.blocked)
    return {
      value: 'not computed',
      detail: `${regimen.blocked}.`,
      warnings: [`MED not computed: ${regimen.blocked}.`],
    };
  const { summary } = regimen;
  const warnings: string[] = [];
  if (regimen.unclassified.length > 0)
    warnings.push(
      `The MED may be incomplete: ${regimen.unclassified.join(', ')} in the treatment history ${regimen.unclassified.length === 1 ? 'is' : 'are'} not in the drug reference and not classified; if an opioid, enter its class and strength so it is counted.`,
    );
  if (summary.rows.length === 0)
    return {
      value: 'no opioid',
      detail: `No opioid taken or requested on ${formatUsDate(regimen.date)}.`,
      ...(warnings.length > 0 ? { warnings } : {}),
    };
  for (const row of summary.rows) {
    const name = row.name || row.opioid || 'an opioid';
    if (row.ambiguous) warnings.push(`Confirm the daily dose of ${name}: ${row.sigReason}.`);
    else if (row.med === null && !row.excluded)
      warnings.push(`MED of ${name} not computed: ${row.arithmetic}.`);
    for (const flag of row.flags.filter(
      (text) => text.includes('implausible') || text.startsWith(SEVERAL_AMOUNTS_FLAG),
    ))
      warnings.push(`${name}: ${flag}.`);
  }
  const final = summary.complete && !summary.ambiguous;
  const total = `${formatNumber(summary.total)} MME/day`;
  const lines = rowLines(regimen);
  if (summary.rows.length > 1) lines.push(`total ${summary.totalArithmetic}`);
  const once =
    regimen.replaced.length > 0
      ? ` ${regimen.replaced.join(', ')} in the treatment history ${regimen.replaced.length === 1 ? 'is' : 'are'} the drug requested (same product, release and strength): counted once.`
      : '';
  const also =
    regimen.alongside.length > 0
      ? ` ${regimen.alongside.join(', ')} in the treatment history ${regimen.alongside.length === 1 ? 'is' : 'are'} another form or strength of a drug requested: counted in addition to the request.`
      : '';
  return {
    value: final
      ? total
      : summary.complete
        ? summary.totalMin !== null && summary.totalMin < summary.total
          ? `${formatNumber(summary.totalMin)}-${total} (a sig range: confirm the daily dose)`
          : `up to ${total} (confirm the daily dose)`
        : `${total} counted so far (incomplete)`,
    detail: `${lines.join('; ')}.${once}${also} Judged on ${formatUsDate(regimen.date)} with ${DRUG_REFERENCE.mmeTable.split(' (')[0]} factors.`,
    ...(warnings.length > 0 ? { warnings } : {}),
  };
}

// ---------- opioid treatment phase, time on the drug, supply ----------

/** A request named as a taper or a weaning. */
export const TAPER_WORDS = /\b(?:taper\w*|wean\w*)\b/i;

function priorOpioids(ctx: FactContext, date: string): string[] {
  const fromHistory = historyOn(ctx.draft, date)
    .filter((entry) => drugClassOf(entry) === 'opioid' && startsBefore(entry, date))
    .map((entry) =>
      isValidIsoDate(entry.startDate)
        ? `${drugName(entry)} in the treatment history since ${formatUsDate(entry.startDate)}`
        : `${drugName(entry)} in the treatment history`,
    );
  const requested = requestedDrug(ctx.item);
  const fromRequest =
    requested &&
    drugClassOf(requested) === 'opioid' &&
    isValidIsoDate(requested.startDate) &&
    compareIsoDates(requested.startDate, date) < 0
      ? [`${drugName(requested)} taken since ${formatUsDate(requested.startDate)}`]
      : [];
  // A drug can only be weaned from if it is taken: "Norco 10/325 #45 for weaning".
  const fromTaper =
    requested && drugClassOf(requested) === 'opioid' && TAPER_WORDS.test(ctx.item.requestedAs)
      ? [`${drugName(requested)} requested as a taper ("${ctx.item.requestedAs.trim()}")`]
      : [];
  return [...fromHistory, ...fromRequest, ...fromTaper];
}

function explainPhase(ctx: FactContext): FactExplanation {
  const date = judgedOn(ctx);
  if (!date) return { value: 'not known', detail: 'No request, UR or current date.' };
  const prior = priorOpioids(ctx, date);
  return prior.length > 0
    ? { value: 'ongoing opioid treatment', detail: `${prior.join('; ')}.` }
    : {
        value: 'start of opioid treatment',
        detail: `No opioid taken before ${formatUsDate(date)} in the treatment history or the request; enter earlier opioids in the treatment history if there were any.`,
      };
}

type CourseStart = { start: string | null; source: string } | { unknown: string };

/** Where the course of the requested drug starts: the request's start date, else the history's. */
function courseStart(ctx: FactContext, date: string): CourseStart {
  const requested = requestedDrug(ctx.item);
  if (!requested) return { unknown: 'no drug entered for the request' };
  const written = requested.startDate.trim();
  if (isValidIsoDate(written)) return { start: written, source: 'start date of the request' };
  if (written !== '') return { unknown: `the start date "${written}" is not a valid date` };
  const history = sameDrugInHistory(ctx, date);
  const starts = history
    .map((entry) => entry.startDate)
    .filter(isValidIsoDate)
    .sort(compareIsoDates);
  if (starts[0])
    return { start: starts[0], source: `${drugName(history[0] as Medication)} in the treatment history` };
  if (history.length > 0)
    return {
      unknown: `the start date of ${drugName(history[0] as Medication)} in the treatment history is not entered`,
    };
  return { start: null, source: 'a new prescription: the drug is not in the treatment history' };
}

interface DaysSoFar {
  days: number;
  text: string;
}

function daysSoFar(ctx: FactContext): DaysSoFar | { unknown: string } {
  const date = judgedOn(ctx);
  if (!date) return { unknown: 'no request, UR or current date' };
  const course = courseStart(ctx, date);
  if ('unknown' in course) return course;
  if (course.start === null) return { days: 0, text: `0 days so far (${course.source})` };
  const days = Math.max(0, daysBetween(course.start, date) ?? 0);
  return {
    days,
    text: `${daysText(days)} from ${formatUsDate(course.start)} to ${formatUsDate(date)} (${course.source})`,
  };
}

interface Supply {
  days: number;
  text: string;
}

/** Days the requested quantity lasts: the days supply written, else quantity / units a day. */
function requestedSupply(item: DisputedItem): Supply | { unknown: string } {
  const requested = requestedDrug(item);
  if (!requested) return { unknown: 'no drug entered for the request' };
  const daysSupply = readAmount(requested.daysSupply);
  if (daysSupply !== undefined && daysSupply > 0)
    return { days: daysSupply, text: `${counted(daysSupply, 'days')} supply requested` };
  const quantity = readAmount(requested.quantity);
  if (quantity === undefined) return { unknown: 'enter the quantity or the days supply of the request' };
  const confirmed = readAmount(requested.confirmedMaxUnitsPerDay);
  let unitsPerDay: number;
  let how: string;
  if (confirmed !== undefined && confirmed > 0) {
    unitsPerDay = confirmed;
    how = `${formatNumber(confirmed)}/day confirmed by the reviewer`;
  } else {
    const strength = parseStrength(requested.strength, { allowBareNumber: true });
    const unitStrength =
      strength.ok && strength.strength.amounts.length === 1 && strength.strength.unit === 'mg'
        ? { value: strength.strength.amounts[0] as number, unit: 'mg' as const }
        : null;
    const sig = parseSig([requested.dose, requested.frequency].map((part) => part.trim()).join(' '), {
      unitStrength,
    });
    if (sig.unitsPerDay === null || sig.unitsPerDay <= 0)
      return { unknown: `confirm the daily dose: ${sig.reason}` };
    if (sig.ambiguous) return { unknown: `confirm the daily dose: ${sig.reason}` };
    unitsPerDay = sig.unitsPerDay;
    how = sig.reason;
  }
  const days = quantity / unitsPerDay;
  if (!Number.isFinite(days))
    return { unknown: 'the quantity and the daily dose give no usable supply; check them' };
  return {
    days,
    text: `#${formatNumber(quantity)} at ${formatNumber(unitsPerDay)}/day = ${counted(days, 'days')} requested (${how})`,
  };
}

function courseDays(ctx: FactContext): { days: number; text: string } | { unknown: string } {
  const soFar = daysSoFar(ctx);
  if ('unknown' in soFar) return soFar;
  const supply = requestedSupply(ctx.item);
  if ('unknown' in supply) return supply;
  const days = soFar.days + supply.days;
  if (!Number.isFinite(days)) return { unknown: 'the course length cannot be computed; check the quantity' };
  return {
    days,
    text: `${counted(soFar.days, 'days')} so far + ${counted(supply.days, 'days')} requested = ${daysText(days)}`,
  };
}

const daysOf = (result: { days: number } | { unknown: string }): number | undefined =>
  'days' in result ? result.days : undefined;

function explainDays(result: { days: number; text: string } | { unknown: string }): FactExplanation {
  if ('unknown' in result) return { value: 'not documented', detail: `${capitalize(result.unknown)}.` };
  return { value: daysText(result.days), detail: `${capitalize(result.text)}.` };
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function continuingDrug(ctx: FactContext): { continuing: boolean; text: string } | undefined {
  const date = judgedOn(ctx);
  const requested = requestedDrug(ctx.item);
  if (!date || !requested) return undefined;
  if (isValidIsoDate(requested.startDate) && compareIsoDates(requested.startDate, date) < 0)
    return { continuing: true, text: `taken since ${formatUsDate(requested.startDate)}` };
  const history = sameDrugInHistory(ctx, date).filter((entry) => startsBefore(entry, date));
  if (history[0]) return { continuing: true, text: `${drugName(history[0])} is in the treatment history` };
  return { continuing: false, text: 'a new prescription: the drug is not in the treatment history' };
}

// ---------- urine drug tests ----------

function udtWindow(ctx: FactContext) {
  const date = judgedOn(ctx);
  return date ? urineDrugTestsInLast12Months(ctx.draft.treatment.urineDrugTests, date) : undefined;
}

/**
 * A request for the laboratory confirmation (GC/MS, LC/MS, "confirmatory", "quantitative") of a
 * screen, without a screen of its own ("point-of-care with confirmatory testing" asks for both).
 */
export function isConfirmatoryOnly(requestedAs: string): boolean | undefined {
  if (requestedAs.trim() === '') return undefined;
  const confirms =
    /\b(?:confirmat\w+|quantitative|[GL]C[-/ ]?MS(?:\/MS)?|mass\s+spectrometry|chromatography)\b/i.test(
      requestedAs,
    );
  const screens =
    /\b(?:point[- ]of[- ]care|POC|screens?|immunoassay|cups?|dip\s*stick|in[- ]office|qualitative)\b/i.test(
      // The screen confirmed is not a screen asked for: "drug screen confirmation", "of the 11/2016 screen".
      requestedAs
        .replace(/\bdrug\s+screen(?=\s+confirmat)/i, '')
        .replace(/\b(?:of|for)\s+(?:the\s+|a\s+)?(?:[\w/-]+\s+){0,2}screens?\b/i, ''),
    );
  return confirms && !screens;
}

/** The latest urine drug test on or before the request: the screen a confirmatory test follows. */
function screenToConfirm(ctx: FactContext) {
  const date = judgedOn(ctx);
  if (!date) return undefined;
  return ctx.draft.treatment.urineDrugTests
    .filter((test) => isValidIsoDate(test.date) && compareIsoDates(test.date, date) <= 0)
    .sort((a, b) => compareIsoDates(a.date, b.date))
    .at(-1);
}

const requestedTests = (item: DisputedItem): number => {
  const quantity = readAmount(item.quantity);
  return quantity !== undefined && quantity > 0 ? quantity : 1;
};

function opioidTherapyDays(ctx: FactContext): { days: number; since: string } | undefined {
  const date = judgedOn(ctx);
  if (!date) return undefined;
  const starts = historyOn(ctx.draft, date)
    .filter((entry) => drugClassOf(entry) === 'opioid' && isValidIsoDate(entry.startDate))
    .map((entry) => entry.startDate)
    .filter((start) => compareIsoDates(start, date) <= 0)
    .sort(compareIsoDates);
  const since = starts[0];
  if (!since) return undefined;
  return { days: daysBetween(since, date) ?? 0, since };
}

export const UDT_RISK_LEVELS = { low: 'low', moderate: 'moderate', high: 'high' } as const;
type UdtRiskLevel = keyof typeof UDT_RISK_LEVELS;

export function readUdtRiskLevel(text: string | undefined): UdtRiskLevel | undefined {
  const value = (text ?? '').trim().toLowerCase();
  if (value === '') return undefined;
  if (/\bhigh\b/.test(value)) return 'high';
  if (/\b(?:moderate|medium|intermediate|mod)\b/.test(value)) return 'moderate';
  if (/\blow\b/.test(value)) return 'low';
  return undefined;
}

// ---------- NSAIDs and other drugs of the same class ----------

interface ClassPeers {
  names: string[];
  /** How many different drugs the names stand for: naproxen in the history and naproxen requested are one. */
  drugCount: number;
}

/**
 * Other drugs of `drugClass` taken on the date or requested in other items (not the same drug),
 * leaving out the requests `skip` names.
 */
function peersOfClass(
  ctx: FactContext,
  drugClass: DrugClass,
  excludeKey: string | undefined,
  skip: (request: RequestedElsewhere) => boolean = () => false,
): ClassPeers {
  const date = judgedOn(ctx);
  const history = date ? historyOn(ctx.draft, date) : [];
  const found = [
    ...history
      .filter((entry) => drugClassOf(entry) === drugClass && drugKey(entry) !== excludeKey)
      .map((entry) => ({ key: drugKey(entry), name: `${drugName(entry)} (treatment history)` })),
    ...otherRequests(ctx)
      .filter(
        (request) =>
          drugClassOf(request.medication) === drugClass &&
          drugKey(request.medication) !== excludeKey &&
          !skip(request),
      )
      .map(({ medication, itemIndex }) => ({
        key: drugKey(medication),
        name: `${drugName(medication)} (requested in disputed item ${itemIndex + 1})`,
      })),
  ];
  return {
    names: [...new Set(found.map((entry) => entry.name))],
    drugCount: new Set(found.map((entry) => entry.key)).size,
  };
}

/** Drugs that raise an NSAID's GI risk when taken with it (aspirin by mouth, not on the skin). */
const GI_RISK_CLASSES: ReadonlySet<string> = new Set([
  'salicylate',
  'corticosteroid',
  'anticoagulant',
  'antiplatelet',
]);

function raisesGiRisk(medication: Medication): boolean {
  const classified = classify(medication);
  const pharmacologic = classified.match?.drug.pharmacologicClass;
  return (
    pharmacologic !== undefined && GI_RISK_CLASSES.has(pharmacologic) && classified.drugClass !== 'topical'
  );
}

/** Aspirin, corticosteroids, anticoagulants and antiplatelets taken on the request date or requested beside this item. */
function giRiskDrugs(ctx: FactContext): string[] | undefined {
  if (!medicationsKnown(ctx)) return undefined;
  const date = judgedOn(ctx);
  const history = date ? historyOn(ctx.draft, date) : [];
  return [
    ...new Set([
      ...history.filter(raisesGiRisk).map((entry) => `${drugName(entry)} (treatment history)`),
      ...otherRequests(ctx)
        .filter((request) => raisesGiRisk(request.medication))
        .map(
          (request) =>
            `${drugName(request.medication)} (requested in disputed item ${request.itemIndex + 1})`,
        ),
    ]),
  ];
}

/** Nothing can be said about what else is taken until a medication list or another drug is entered. */
const medicationsKnown = (ctx: FactContext): boolean =>
  historyEntered(ctx.draft) || otherRequests(ctx).length > 0;

/** The other disputed items that request a drug of this class: the items whose outcome a fact reads. */
const requestIdsOfClass =
  (drugClass: DrugClass) =>
  (ctx: FactContext): string[] =>
    otherRequests(ctx)
      .filter(({ medication }) => drugClassOf(medication) === drugClass)
      .map(({ itemId }) => itemId);

interface OpioidsTaken {
  names: string[];
  /** Opioids this review finds not medically necessary: the laxative falls with them. */
  notNecessary: string[];
}

/**
 * The opioids a laxative is taken with: the treatment history on the request date and the other
 * requests, without any opioid this review upholds, even one already taken. Unlike a PPI's NSAID
 * (which still counts while it is taken), constipation prophylaxis belongs to the opioid therapy
 * itself: when the opioid is not supported, the laxative goes with it.
 */
function opioidsTaken(ctx: FactContext): OpioidsTaken | undefined {
  if (!medicationsKnown(ctx)) return undefined;
  const upheld = otherRequests(ctx).filter(
    (request) =>
      drugClassOf(request.medication) === 'opioid' && upheldInThisReview(ctx.outcomes?.get(request.itemId)),
  );
  const dropped = new Set(upheld.map((request) => drugKey(request.medication)));
  const date = judgedOn(ctx);
  const history = date ? historyOn(ctx.draft, date) : [];
  const names = [
    ...history
      .filter((entry) => drugClassOf(entry) === 'opioid' && !dropped.has(drugKey(entry)))
      .map((entry) => `${drugName(entry)} (treatment history)`),
    ...otherRequests(ctx)
      .filter(
        (request) =>
          drugClassOf(request.medication) === 'opioid' && !dropped.has(drugKey(request.medication)),
      )
      .map(
        (request) => `${drugName(request.medication)} (requested in disputed item ${request.itemIndex + 1})`,
      ),
  ];
  return {
    names: [...new Set(names)],
    notNecessary: upheld.map(
      (request) => `${drugName(request.medication)}, disputed item ${request.itemIndex + 1}`,
    ),
  };
}

/** An NSAID requested in another item whose outcome in this review decides whether it counts. */
interface NsaidRequestOutcome {
  name: string;
  itemIndex: number;
  /** Why it is taken on the request date whatever this review decides ("taken since 10/01/2016"). */
  takenOn?: string;
}

interface Nsaids extends ClassPeers {
  /**
   * NSAIDs requested in other items that this review upholds (not medically necessary): not
   * counted as NSAIDs the worker takes, unless already taken on the request date (`takenOn`).
   */
  notNecessary: NsaidRequestOutcome[];
  /**
   * NSAIDs requested in other items, not yet taken, whose decision in this review is still open
   * (none yet, or an uphold awaiting the reviewer's judgment): counted for now.
   */
  open: NsaidRequestOutcome[];
}

/** Upheld on a finding, not only for want of the reviewer's judgment. */
const upheldInThisReview = (outcome: ItemOutcome | undefined): boolean =>
  outcome?.decision === 'upheld' && !outcome.provisional;

/**
 * Why an NSAID requested elsewhere is taken on the request date whatever this review decides: its
 * own start date is earlier (the request stays listed), or the treatment history lists the same
 * drug on that date (the history entry is listed already).
 */
function takenOnRequestDate(
  ctx: FactContext,
  medication: Medication,
  date: string | undefined,
): { text: string; listedAsRequest: boolean } | undefined {
  if (!date) return undefined;
  const start = medication.startDate;
  if (isValidIsoDate(start) && compareIsoDates(start, date) < 0)
    return { text: `taken since ${formatUsDate(start)}`, listedAsRequest: true };
  const key = drugKey(medication);
  const listed = historyOn(ctx.draft, date).find((entry) => drugKey(entry) === key);
  return listed
    ? {
        text: `the treatment history lists ${drugName(listed)} on ${formatUsDate(date)}`,
        listedAsRequest: false,
      }
    : undefined;
}

/**
 * The NSAIDs the worker takes with the item's drug: the treatment history on the request date and
 * the NSAIDs requested in the other items, except those this review upholds: when the NSAID itself
 * is not supported, the PPI falls with it (confirmed catalogue 3.3 NEW, CM16-0249170). An NSAID the
 * worker already takes on the request date (in the treatment history, or a request started
 * earlier) still counts. Without `ctx.outcomes` every request counts, as before any decision.
 */
function nsaids(ctx: FactContext): Nsaids | undefined {
  if (!medicationsKnown(ctx)) return undefined;
  const date = judgedOn(ctx);
  const notNecessary: NsaidRequestOutcome[] = [];
  const open: NsaidRequestOutcome[] = [];
  const dropped = new Set<string>();
  for (const request of otherRequests(ctx)) {
    if (drugClassOf(request.medication) !== 'nsaid') continue;
    const entry = { name: drugName(request.medication), itemIndex: request.itemIndex };
    const outcome = ctx.outcomes?.get(request.itemId);
    const taken = takenOnRequestDate(ctx, request.medication, date);
    if (upheldInThisReview(outcome)) {
      notNecessary.push(taken ? { ...entry, takenOn: taken.text } : entry);
      if (!taken?.listedAsRequest) dropped.add(request.itemId);
    } else if (ctx.outcomes && outcome?.decision !== 'overturned' && !taken) open.push(entry);
  }
  const peers = peersOfClass(ctx, 'nsaid', undefined, (request) => dropped.has(request.itemId));
  return { ...peers, notNecessary, open };
}

const itemRef = (entry: NsaidRequestOutcome) => `${entry.name}, disputed item ${entry.itemIndex + 1}`;

/** "The NSAID it protects against (Naproxen, disputed item 1) is not medically necessary in this review" */
function notNecessaryText(entries: NsaidRequestOutcome[]): string {
  const refs = entries.map(itemRef).join('; ');
  return entries.length === 1
    ? `The NSAID it protects against (${refs}) is not medically necessary in this review`
    : `The NSAIDs it protects against (${refs}) are not medically necessary in this review`;
}

/** Notes on the NSAIDs requested elsewhere whose outcome was read, for the computed facts. */
function outcomeNotes(found: Nsaids): string[] {
  return [
    ...found.notNecessary.map((entry) =>
      entry.takenOn
        ? `${entry.name} (disputed item ${entry.itemIndex + 1}) is not medically necessary in this review, but is still counted: ${entry.takenOn}.`
        : `${entry.name} (disputed item ${entry.itemIndex + 1}) is not medically necessary in this review: not counted as an NSAID taken.`,
    ),
    ...found.open.map(
      (entry) =>
        `${entry.name} (disputed item ${entry.itemIndex + 1}) is counted while its decision in this review is open; if it is upheld, it no longer counts.`,
    ),
  ];
}

function sameClassPeers(ctx: FactContext): { drugClass: DrugClass; peers: ClassPeers } | undefined {
  const requested = requestedDrug(ctx.item);
  if (!requested) return undefined;
  const drugClass = drugClassOf(requested);
  if (drugClass === 'unknown' || !medicationsKnown(ctx)) return undefined;
  return { drugClass, peers: peersOfClass(ctx, drugClass, drugKey(requested)) };
}

// ---------- topicals ----------

function topical(item: DisputedItem): CompoundAnalysis | undefined {
  const requested = requestedDrug(item);
  return requested ? topicalAnalysis(requested) : undefined;
}

export const TOPICAL_STATUS_LABELS: Record<TopicalStatus, string> = {
  recommended: 'recommended',
  conditional: 'recommended only under conditions',
  not_recommended: 'not recommended',
  unknown: 'not rated',
};

/** The drug reference's entry for the drug requested, or null when none matches. */
function referenceMatch(item: DisputedItem) {
  const requested = requestedDrug(item);
  return requested ? classify(requested).match : null;
}

/** Whether a topical holds an ingredient of a class that its rule does not reject (undefined: no ingredients read). */
function includesSupported(
  pharmacologicClass: DrugEntry['pharmacologicClass'],
  label: string,
): FactDefinition {
  return {
    type: 'boolean',
    label,
    fieldPaths: ['medication'],
    get: ({ item }) => {
      const ingredients = topical(item)?.ingredients;
      if (!ingredients || ingredients.length === 0) return undefined;
      return ingredients.some(
        (entry) =>
          entry.drug?.pharmacologicClass === pharmacologicClass && entry.status !== 'not_recommended',
      );
    },
  };
}

/** Muscle relaxants the guideline gives for spasticity (MS, spinal cord injury), not for back pain. */
const ANTISPASTICITY_DRUG_IDS: ReadonlySet<string> = new Set(['baclofen']);

/** NSAIDs selective for COX-2, which the guideline keeps for patients at GI risk. */
const COX2_SELECTIVE_DRUG_IDS: ReadonlySet<string> = new Set(['celecoxib']);

/**
 * Topical NSAIDs, salicylates and capsaicin have their own indications; every other topical is for
 * neuropathic pain.
 */
const OWN_INDICATION_CLASSES: ReadonlySet<DrugEntry['pharmacologicClass']> = new Set([
  'nsaid',
  'salicylate',
  'counterirritant',
  'capsaicinoid',
]);

/** A reason quoted inside a sentence: "Only the lidocaine..." -> "only the lidocaine...", no period. */
const quotedReason = (reason: string): string => {
  const text = reason.trim().replace(/\.$/, '');
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
};

/**
 * Not recommended as used, though the guideline supports the drug as a dermal patch (lidocaine:
 * creams, lotions, gels and ointments are not indicated; the patch is). Read from the reference.
 */
const supportedAsPatch = (entry: IngredientAnalysis): boolean =>
  entry.drug !== null && topicalRuleFor(entry.drug, { form: 'patch' }).status !== 'not_recommended';

/**
 * The evidence of a topical that is not recommended, ingredient by ingredient: ingredients not
 * recommended as topicals, each one supported only in another form with its own reason (never "not
 * recommended as a topical" for lidocaine, which the patch form is), and every ingredient the
 * reference does not know or rate, named as not evaluated (never dropped).
 */
function describeNotRecommendedTopical(
  analysis: CompoundAnalysis,
  medication: Medication | undefined,
): string {
  const single = analysis.ingredients.length === 1 && (medication?.ingredients.length ?? 0) === 0;
  const form = medication?.form.trim() ?? '';
  const named = (entry: IngredientAnalysis): string => {
    const text =
      [entry.name, entry.strength].filter((part) => part.trim() !== '').join(' ') || 'an unnamed ingredient';
    return single && form !== '' && !text.toLowerCase().includes(form.toLowerCase())
      ? `${text} ${form}`
      : text;
  };
  const notRecommended = analysis.ingredients.filter((entry) => entry.status === 'not_recommended');
  const general = notRecommended.filter((entry) => !supportedAsPatch(entry));
  const otherForm = notRecommended.filter(supportedAsPatch);
  const unknown = analysis.ingredients.filter((entry) => entry.status === 'unknown');
  const clauses = [
    ...(general.length > 0
      ? [
          `${listed(general.map((entry) => entry.name))} ${general.length === 1 ? 'is' : 'are'} not recommended as a topical`,
        ]
      : []),
    ...otherForm.map(
      (entry) => `${named(entry)} is not recommended as requested: ${quotedReason(entry.reason)}`,
    ),
    ...unknown.map((entry) =>
      entry.drug === null
        ? `${named(entry)} is not in the drug reference and is not evaluated`
        : `${named(entry)} is not rated as a topical in the reference and is not evaluated`,
    ),
    ...(analysis.ingredients.length > 1
      ? ['A compound with any non-recommended ingredient is not recommended as a whole']
      : []),
  ];
  return clauses.map((clause) => clause.charAt(0).toUpperCase() + clause.slice(1)).join('. ');
}

function describeTopical(item: DisputedItem, value: FactValue): string {
  const analysis = topical(item);
  if (!analysis) return `Topical product: ${TOPICAL_STATUS_LABELS[String(value) as TopicalStatus]}`;
  if (analysis.status === 'not_recommended')
    return `Topical product: ${describeNotRecommendedTopical(analysis, requestedDrug(item))}`;
  return `Topical product: ${analysis.reason.replace(/\.$/, '')}`;
}

function explainTopical(ctx: FactContext): FactExplanation {
  const analysis = topical(ctx.item);
  if (!analysis) return { value: 'not documented', detail: 'Enter the product or its ingredients.' };
  const parts = analysis.ingredients.map(
    (entry) =>
      `${entry.name}${entry.strength ? ` ${entry.strength}` : ''}: ${TOPICAL_STATUS_LABELS[entry.status]} (${entry.reason.replace(/\.$/, '')})`,
  );
  const unknown = analysis.ingredients.filter((entry) => entry.drug === null);
  return {
    value: TOPICAL_STATUS_LABELS[analysis.status],
    detail: `${parts.length > 0 ? `${parts.join('; ')}. ` : ''}${analysis.reason}`,
    ...(unknown.length > 0
      ? {
          warnings: unknown.map(
            (entry) =>
              `Topical ingredient "${entry.name || 'unnamed'}" is not in the drug reference: correct the name, or judge it with an override and a note.`,
          ),
        }
      : {}),
  };
}

// ---------- the drug requested ----------

/** The drug classes each medication service type is about. */
const SERVICE_CLASSES: Partial<Record<ServiceType, readonly DrugClass[]>> = {
  opioid: ['opioid'],
  nsaid: ['nsaid'],
  ppi_h2: ['ppi_h2'],
  muscle_relaxant: ['muscle_relaxant'],
  topical_analgesic: ['topical', 'compound'],
  anticonvulsant: ['anticonvulsant'],
  benzodiazepine: ['benzodiazepine'],
  antidepressant: ['antidepressant'],
  // Sedating antidepressants (trazodone, amitriptyline) are a usual sleep prescription (2016 Insomnia treatment).
  sleep_aid: ['sleep_aid', 'antidepressant'],
};

function explainDrug(ctx: FactContext): FactExplanation {
  const requested = requestedDrug(ctx.item);
  if (!requested)
    return { value: 'not entered', detail: 'Enter the drug requested (name, strength, dose and frequency).' };
  const classification = classify(requested);
  const name = drugName(requested);
  if (classification.drugClass === 'unknown')
    return {
      value: `${name}: class not known`,
      detail: `${capitalize(classification.message)}.`,
      warnings: [
        `The drug requested (${name}) is not in the drug reference: choose its drug class, or check the spelling.`,
      ],
    };
  const label = DRUG_CLASS_LABELS[classification.drugClass];
  const expected = ctx.item.serviceType ? SERVICE_CLASSES[ctx.item.serviceType] : undefined;
  const mismatch =
    expected && !expected.includes(classification.drugClass)
      ? [
          `The drug requested (${name}, ${label}) does not match the service type chosen for this item; check the service type.`,
        ]
      : [];
  return {
    value: `${name}: ${label}`,
    detail: `${capitalize(classification.message)}.`,
    ...(mismatch.length > 0 ? { warnings: mismatch } : {}),
  };
}

const DRUG_ID_LABELS: Record<string, string> = {
  ...Object.fromEntries(DRUG_REFERENCE.drugs.map((drug) => [drug.id, drug.genericName])),
  not_in_reference: 'a drug not in the reference',
};

// ---------- registry ----------

const REQUEST_DATE = ['imr.requestDate', 'imr.urDeterminationDate'] as const;
const REGIMEN = ['medication', 'treatment.medications', 'disputedItems', ...REQUEST_DATE] as const;
const HISTORY = ['medication', 'requestedAs', 'treatment.medications', ...REQUEST_DATE] as const;
const UDTS = ['treatment.urineDrugTests', ...REQUEST_DATE] as const;

const yesNo = (value: boolean) => (value ? 'yes' : 'no');

/** An NSAID taken or requested beside the item (the PPI's and the laboratory monitoring's reason). */
const CONCURRENT_NSAID: FactDefinition = {
  type: 'boolean',
  label: 'NSAID taken with it',
  fieldPaths: REGIMEN,
  outcomesRead: requestIdsOfClass('nsaid'),
  get: (ctx) => {
    const found = nsaids(ctx);
    return found ? found.names.length > 0 : undefined;
  },
  describe: (value, ctx) => {
    const found = nsaids(ctx);
    if (value === true && found) return `NSAID taken: ${found.names.join(', ')}`;
    const dropped = found?.notNecessary.filter((entry) => entry.takenOn === undefined) ?? [];
    return dropped.length > 0
      ? `${notNecessaryText(dropped)}, and no other NSAID is taken or requested`
      : 'No NSAID taken or requested';
  },
  explain: (ctx) => {
    const found = nsaids(ctx);
    if (!found) return { value: 'not documented', detail: 'No medication list entered.' };
    const notes = outcomeNotes(found);
    const after = notes.length > 0 ? ` ${notes.join(' ')}` : '';
    return found.names.length > 0
      ? { value: 'yes', detail: `${found.names.join('; ')}.${after}` }
      : {
          value: 'no',
          detail: `No NSAID in the treatment history on the request date${found.notNecessary.length > 0 ? ', and none requested that this review finds medically necessary' : ', nor requested'}.${after}`,
        };
  },
};

const REFILLS_ASKED = /\b(?:[1-9]|one|two|three|four|five|six)\s+refills?\b|\brefills?\s*(?:x|:)\s*[1-9]\b/i;

export const MEDICATION_FACTS = {
  // ---------- the drug requested ----------
  'item.drugClass': {
    type: 'enum',
    label: 'Drug requested',
    fieldPaths: ['medication'],
    valueLabels: DRUG_CLASS_LABELS,
    get: ({ item }) => {
      const requested = requestedDrug(item);
      const drugClass = requested ? drugClassOf(requested) : 'unknown';
      return drugClass === 'unknown' ? undefined : drugClass;
    },
    explain: explainDrug,
  },
  'item.antispasticityDrug': {
    type: 'boolean',
    label: 'An antispasticity drug (baclofen)',
    fieldPaths: ['medication'],
    // Never unknown: a drug not read as baclofen is judged as a muscle relaxant for back pain.
    get: ({ item }) => {
      const match = referenceMatch(item);
      return match ? ANTISPASTICITY_DRUG_IDS.has(baseDrugId(match.drug)) : false;
    },
    describe: (value) => (value === true ? 'Baclofen, an antispasticity drug' : 'Not an antispasticity drug'),
  },
  'item.cox2SelectiveDrug': {
    type: 'boolean',
    label: 'A COX-2 selective NSAID (celecoxib)',
    fieldPaths: ['medication'],
    // Never unknown: a drug not read as celecoxib is judged as a non-selective NSAID.
    get: ({ item }) => {
      const match = referenceMatch(item);
      return match ? COX2_SELECTIVE_DRUG_IDS.has(baseDrugId(match.drug)) : false;
    },
    describe: (value) =>
      value === true ? 'Celecoxib, a COX-2 selective NSAID' : 'Not a COX-2 selective NSAID',
  },
  /** The reference drug (a compounded kit as its base drug); 'not_in_reference' once the reviewer classed it. */
  'item.drugId': {
    type: 'enum',
    label: 'Drug',
    fieldPaths: ['medication'],
    valueLabels: DRUG_ID_LABELS,
    get: ({ item }) => {
      const requested = requestedDrug(item);
      if (!requested) return undefined;
      const classification = classify(requested);
      if (classification.match) return baseDrugId(classification.match.drug);
      return classification.drugClass === 'unknown' ? undefined : 'not_in_reference';
    },
  },
  /**
   * The request states the strength of the drug (cross-cutting rule 10: IMR decides the request as
   * submitted). Never false: a strength nowhere stated is "not documented" (see statedStrength).
   */
  'item.strengthStated': {
    type: 'boolean',
    label: 'Strength of the drug requested',
    fieldPaths: ['medication'],
    get: ({ item }) => {
      const requested = requestedDrug(item);
      return requested && statedStrength(requested) !== undefined ? true : undefined;
    },
    describe: (_value, { item }) => statedStrength(item.medication) ?? 'Strength stated',
  },
  'item.quantityStated': {
    type: 'boolean',
    label: 'Quantity of the drug requested',
    fieldPaths: ['medication'],
    get: ({ item }) => {
      const requested = requestedDrug(item);
      if (!requested) return undefined;
      const quantity = readAmount(requested.quantity);
      const days = readAmount(requested.daysSupply);
      return (quantity !== undefined && quantity > 0) || (days !== undefined && days > 0) ? true : undefined;
    },
    describe: (_value, { item }) => {
      const quantity = readAmount(item.medication.quantity);
      return quantity !== undefined && quantity > 0
        ? `Quantity: ${formatNumber(quantity)}`
        : `Days supply: ${formatNumber(readAmount(item.medication.daysSupply) ?? 0)}`;
    },
  },
  'item.isCompoundedKit': {
    type: 'boolean',
    label: 'Proprietary compounded kit (oral suspension)',
    fieldPaths: ['medication'],
    get: ({ item }) => {
      const match = referenceMatch(item);
      return match ? match.drug.compoundedKit === true : undefined;
    },
  },

  // ---------- opioids ----------
  'item.regimenMed': {
    type: 'number',
    label: 'Morphine equivalent dose (MED)',
    fieldPaths: REGIMEN,
    get: regimenMed,
    bounds: regimenMedBounds,
    describe: (value, ctx) => {
      const regimen = medRegimen(ctx);
      return `MED ${String(value)} MME/day${regimen ? ` (${rowLines(regimen).join('; ')})` : ''}`;
    },
    explain: explainMed,
  },
  'item.onOpioidsBeforeRequest': {
    type: 'boolean',
    label: 'Opioid treatment phase',
    fieldPaths: HISTORY,
    get: (ctx) => {
      const date = judgedOn(ctx);
      return date ? priorOpioids(ctx, date).length > 0 : undefined;
    },
    describe: (value) => `Opioids taken before the request: ${yesNo(value === true)}`,
    explain: explainPhase,
  },
  /** The opioid requested is a long-acting (extended-release) form: OxyContin, MS Contin, a patch... */
  'item.requestedLongActingOpioid': {
    type: 'boolean',
    label: 'Long-acting (extended-release) opioid requested',
    fieldPaths: ['medication'],
    get: ({ item }) => {
      const requested = requestedDrug(item);
      if (!requested || drugClassOf(requested) !== 'opioid') return undefined;
      return releaseType(requested) === 'extended';
    },
    describe: (value, { item }) =>
      `${drugName(item.medication)}: ${value === true ? 'a long-acting (extended-release)' : 'a short-acting (immediate-release)'} form`,
  },
  'case.opioidsInRegimen': {
    type: 'boolean',
    label: 'Opioid taken or requested',
    fieldPaths: ['treatment.medications', 'disputedItems', ...REQUEST_DATE],
    get: (ctx) => {
      const date = judgedOn(ctx);
      const requestedOpioid = ctx.draft.disputedItems.some((item) => {
        const requested = requestedDrug(item);
        return requested !== undefined && drugClassOf(requested) === 'opioid';
      });
      if (requestedOpioid) return true;
      if (!date || !historyEntered(ctx.draft)) return undefined;
      return historyOn(ctx.draft, date).some((entry) => drugClassOf(entry) === 'opioid');
    },
  },
  'case.opioidTherapyDays': {
    type: 'number',
    label: 'Days on opioids',
    fieldPaths: ['treatment.medications', ...REQUEST_DATE],
    get: (ctx) => opioidTherapyDays(ctx)?.days,
    describe: (value, ctx) => {
      const therapy = opioidTherapyDays(ctx);
      return `On opioids ${counted(Number(value), 'days')}${therapy ? ` (since ${formatUsDate(therapy.since)})` : ''}`;
    },
  },

  // ---------- time on the drug and the supply requested ----------
  'item.continuingDrug': {
    type: 'boolean',
    label: 'Drug already taken before the request',
    fieldPaths: HISTORY,
    get: (ctx) => continuingDrug(ctx)?.continuing,
    describe: (value, ctx) => {
      const found = continuingDrug(ctx);
      return `Drug already taken before the request: ${yesNo(value === true)}${found ? ` (${found.text})` : ''}`;
    },
    explain: (ctx) => {
      const found = continuingDrug(ctx);
      return found
        ? {
            value: found.continuing ? 'continuing' : 'new prescription',
            detail: `${capitalize(found.text)}.`,
          }
        : { value: 'not documented', detail: 'Enter the drug requested.' };
    },
  },
  'item.drugDaysSoFar': {
    type: 'number',
    label: 'Time on the drug before the request',
    fieldPaths: HISTORY,
    get: (ctx) => daysOf(daysSoFar(ctx)),
    describe: (_value, ctx) => {
      const result = daysSoFar(ctx);
      return 'text' in result ? `On the drug ${result.text}` : 'Time on the drug not documented';
    },
    explain: (ctx) => explainDays(daysSoFar(ctx)),
  },
  /** "100 g with 2 refills": the request asks for more than the supply it names. */
  'item.requestNamesRefills': {
    type: 'boolean',
    label: 'Refills requested',
    fieldPaths: ['requestedAs'],
    get: ({ item }) => REFILLS_ASKED.test(item.requestedAs),
    describe: (value, { item }) =>
      value === true
        ? `Requested with refills: ${item.requestedAs.trim()}`
        : `Requested without refills: ${item.requestedAs.trim()}`,
  },
  'item.requestedSupplyDays': {
    type: 'number',
    label: 'Days the requested supply lasts',
    fieldPaths: ['medication'],
    get: ({ item }) => daysOf(requestedSupply(item)),
    describe: (_value, { item }) => {
      const result = requestedSupply(item);
      return 'text' in result ? capitalize(result.text) : 'Requested supply not documented';
    },
    explain: ({ item }) => {
      const result = requestedSupply(item);
      if ('unknown' in result)
        return {
          value: 'not documented',
          detail: `${capitalize(result.unknown)}.`,
          ...(result.unknown.startsWith('confirm the daily dose')
            ? { warnings: [`${drugName(item.medication)}: ${result.unknown}.`] }
            : {}),
        };
      return { value: daysText(result.days), detail: `${capitalize(result.text)}.` };
    },
  },
  'item.drugCourseDays': {
    type: 'number',
    label: 'Course with the request',
    fieldPaths: HISTORY,
    get: (ctx) => daysOf(courseDays(ctx)),
    describe: (_value, ctx) => {
      const result = courseDays(ctx);
      return 'text' in result ? `Course ${result.text}` : 'Course with the request not documented';
    },
    explain: (ctx) => explainDays(courseDays(ctx)),
  },

  // ---------- urine drug tests ----------
  'case.udtInLast12Months': {
    type: 'boolean',
    label: 'Urine drug test in the 12 months before the request',
    fieldPaths: UDTS,
    get: (ctx) => {
      const window = udtWindow(ctx);
      if (!window || ctx.draft.treatment.urineDrugTests.length === 0) return undefined;
      return window.count > 0;
    },
    describe: (_value, ctx) => capitalize(udtWindow(ctx)?.text ?? 'urine drug tests not documented'),
  },
  'case.udtCount12Months': {
    type: 'number',
    label: 'Urine drug tests in the last 12 months',
    fieldPaths: UDTS,
    get: (ctx) => udtWindow(ctx)?.count,
    describe: (_value, ctx) => capitalize(udtWindow(ctx)?.text ?? 'urine drug tests not documented'),
    explain: (ctx) => {
      const window = udtWindow(ctx);
      if (!window) return { value: 'not computed', detail: 'No request, UR or current date.' };
      const results = window.tests
        .map(
          (test) =>
            `${formatUsDate(test.date)} ${test.consistent === true ? 'consistent' : test.consistent === false ? 'inconsistent' : 'result not recorded'}`,
        )
        .join('; ');
      return {
        value: String(window.count),
        detail: `${capitalize(window.text)}.${results ? ` ${results}.` : ''}`,
        ...(window.inconsistentCount > 0
          ? {
              warnings: [
                `${counted(window.inconsistentCount, 'urine drug tests')} in the last 12 months inconsistent with the prescribed medications.`,
              ],
            }
          : {}),
      };
    },
  },
  'item.confirmatoryTestOnly': {
    type: 'boolean',
    label: 'Confirmatory laboratory testing of a screen',
    fieldPaths: ['requestedAs'],
    get: ({ item }) => isConfirmatoryOnly(item.requestedAs),
    describe: (value) =>
      value === true
        ? 'Requested: confirmatory laboratory testing (GC/MS, LC/MS) of a screen'
        : 'Requested: a screen, or a screen with confirmation',
  },
  'item.screenToConfirmConsistent': {
    type: 'boolean',
    label: 'The screen to confirm was consistent with the prescribed drugs',
    fieldPaths: UDTS,
    get: (ctx) => screenToConfirm(ctx)?.consistent ?? undefined,
    describe: (value, ctx) => {
      const screen = screenToConfirm(ctx);
      const on = screen ? ` (${formatUsDate(screen.date)})` : '';
      return value === true
        ? `The screen to confirm${on} was consistent with the prescribed drugs`
        : `The screen to confirm${on} was unexpected or inconsistent`;
    },
  },
  'item.udtCountWithRequest': {
    type: 'number',
    label: 'Urine drug tests in 12 months with the request',
    fieldPaths: ['quantity', ...UDTS],
    get: (ctx) => {
      const window = udtWindow(ctx);
      return window ? window.count + requestedTests(ctx.item) : undefined;
    },
    describe: (value, ctx) => {
      const window = udtWindow(ctx);
      const requested = requestedTests(ctx.item);
      const assumed = readAmount(ctx.item.quantity) ? '' : ', one test when no quantity is given';
      return window
        ? `${counted(window.count, 'tests')} in the 12 months before ${formatUsDate(window.windowEnd)} + ${requested} requested${assumed} = ${counted(Number(value), 'tests')}`
        : counted(Number(value), 'tests');
    },
  },
  'item.facts.opioidStarting': serviceBoolean(
    'opioidStarting',
    'An opioid is being started (a baseline test before the trial)',
  ),
  'item.udtRiskLevel': {
    type: 'enum',
    label: 'Risk of misuse',
    fieldPaths: ['facts.udtRiskLevel'],
    valueLabels: UDT_RISK_LEVELS,
    get: ({ item }) => readUdtRiskLevel(item.facts.udtRiskLevel),
    explain: ({ item }) => {
      const written = item.facts.udtRiskLevel.trim();
      const level = readUdtRiskLevel(written);
      if (level) return { value: UDT_RISK_LEVELS[level], detail: `As written: ${written}.` };
      return written === ''
        ? { value: 'not documented', detail: 'Enter the risk level (low, moderate or high).' }
        : {
            value: 'not recognized',
            detail: `"${written}" is not a risk level.`,
            warnings: [`Risk of misuse "${written}" is not recognized: write low, moderate or high.`],
          };
    },
  },

  // ---------- NSAIDs, PPIs ----------
  'item.concurrentNsaid': CONCURRENT_NSAID,
  /**
   * The same reading for a request that is not itself a drug (a laboratory test monitoring one): the
   * medication list and the other requests only, so the wizard never asks for a drug of its own.
   */
  'item.nsaidToMonitor': {
    ...CONCURRENT_NSAID,
    label: 'NSAID taken, whose monitoring the request is for',
    fieldPaths: ['treatment.medications', 'disputedItems', ...REQUEST_DATE],
  },
  'item.concurrentOpioid': {
    type: 'boolean',
    label: 'Opioid taken with it',
    fieldPaths: REGIMEN,
    outcomesRead: requestIdsOfClass('opioid'),
    get: (ctx) => {
      const found = opioidsTaken(ctx);
      return found ? found.names.length > 0 : undefined;
    },
    describe: (value, ctx) => {
      const found = opioidsTaken(ctx);
      if (value === true && found) return `Opioid taken: ${found.names.join(', ')}`;
      const dropped = found?.notNecessary ?? [];
      if (dropped.length === 0) return 'No opioid taken or requested';
      const refs = dropped.join('; ');
      return dropped.length === 1
        ? `The opioid it goes with (${refs}) is not medically necessary in this review, and no other opioid is taken`
        : `The opioids it goes with (${refs}) are not medically necessary in this review, and no other opioid is taken`;
    },
  },
  'item.giRiskDrug': {
    type: 'boolean',
    label: 'Aspirin, a corticosteroid or an anticoagulant taken',
    fieldPaths: REGIMEN,
    get: (ctx) => {
      const found = giRiskDrugs(ctx);
      return found ? found.length > 0 : undefined;
    },
    describe: (value, ctx) =>
      value === true
        ? `Taken with it: ${giRiskDrugs(ctx)?.join(', ') ?? ''}`
        : 'No aspirin, corticosteroid or anticoagulant in the medications',
  },
  'item.multipleNsaids': {
    type: 'boolean',
    label: 'More than one NSAID',
    fieldPaths: REGIMEN,
    outcomesRead: requestIdsOfClass('nsaid'),
    get: (ctx) => {
      const found = nsaids(ctx);
      return found ? found.drugCount > 1 : undefined;
    },
    describe: (value, ctx) =>
      value === true ? `More than one NSAID: ${nsaids(ctx)?.names.join(', ') ?? ''}` : 'One NSAID or none',
  },
  'item.otherDrugSameClass': {
    type: 'boolean',
    label: 'Another drug of the same class',
    fieldPaths: REGIMEN,
    get: (ctx) => {
      const found = sameClassPeers(ctx);
      return found ? found.peers.names.length > 0 : undefined;
    },
    describe: (value, ctx) => {
      const found = sameClassPeers(ctx);
      if (!found) return 'Other drugs of the same class not documented';
      const label = DRUG_CLASS_LABELS[found.drugClass];
      return value === true
        ? `Another ${label} taken or requested: ${found.peers.names.join(', ')}`
        : `No other ${label} taken or requested`;
    },
    explain: (ctx) => {
      const found = sameClassPeers(ctx);
      if (!found)
        return { value: 'not documented', detail: 'Enter the drug requested and the medication list.' };
      return found.peers.names.length > 0
        ? { value: 'yes', detail: `${found.peers.names.join('; ')}.` }
        : { value: 'no', detail: `No other ${DRUG_CLASS_LABELS[found.drugClass]} taken or requested.` };
    },
  },
  'case.patientAgeAtRequest': {
    type: 'number',
    label: 'Age',
    fieldPaths: ['patient.age', 'patient.dateOfBirth', ...REQUEST_DATE],
    get: ({ draft }) => readAmount(patientAge(draft)),
    describe: (value) => `Age ${String(value)}`,
  },

  // ---------- topicals ----------
  'item.topicalStatus': {
    type: 'enum',
    label: 'Topical ingredients',
    fieldPaths: ['medication'],
    valueLabels: TOPICAL_STATUS_LABELS,
    get: ({ item }) => {
      const status = topical(item)?.status;
      return status === undefined || status === 'unknown' ? undefined : status;
    },
    describe: (value, { item }) => describeTopical(item, value),
    explain: explainTopical,
  },
  'item.topicalNeedsNeuropathicPain': {
    type: 'boolean',
    label: 'Ingredient used for neuropathic pain (not a topical NSAID, salicylate or capsaicin)',
    fieldPaths: ['medication'],
    get: ({ item }) => {
      const ingredients = topical(item)?.ingredients ?? [];
      if (
        ingredients.some((entry) => entry.drug && !OWN_INDICATION_CLASSES.has(entry.drug.pharmacologicClass))
      )
        return true;
      if (ingredients.length === 0 || ingredients.some((entry) => entry.drug === null)) return undefined;
      return false;
    },
  },
  'item.topicalIncludesCapsaicin': includesSupported(
    'capsaicinoid',
    'Includes capsaicin the guideline supports',
  ),
  'item.topicalIncludesApprovedNsaid': includesSupported(
    'nsaid',
    'Includes a topical NSAID the guideline supports (diclofenac)',
  ),

  // ---------- what the reviewer records ----------
  'item.facts.painAndFunctionDocumented': serviceBoolean(
    'painAndFunctionDocumented',
    'Pain and function assessed at the visits',
  ),
  'item.facts.analgesiaDocumented': serviceBoolean(
    'analgesiaDocumented',
    'Meaningful pain relief from the drug (analgesia)',
  ),
  'item.facts.adlsDocumented': serviceBoolean(
    'adlsDocumented',
    'Better function or daily activities on the drug',
  ),
  'item.facts.adverseEffectsAssessed': serviceBoolean(
    'adverseEffectsAssessed',
    'Side effects assessed and tolerable',
  ),
  'item.facts.aberrantBehaviourAssessed': serviceBoolean(
    'aberrantBehaviourAssessed',
    'Aberrant drug-taking behaviour monitored, none found',
  ),
  'item.facts.opioidAgreement': serviceBoolean('opioidAgreement', 'Written opioid treatment agreement'),
  'item.facts.curesChecked': serviceBoolean('curesChecked', 'CURES report checked'),
  'item.facts.riskScreeningDone': serviceBoolean('riskScreeningDone', 'Screening for misuse risk'),
  'item.facts.nonOpioidTried': serviceBoolean('nonOpioidTried', 'Non-opioid treatment tried first'),
  'item.facts.painSpecialistConsult': serviceBoolean('painSpecialistConsult', 'Pain management consultation'),
  'item.facts.taperStepRequested': serviceBoolean(
    'taperStepRequested',
    'A step of a documented taper of the drug',
  ),
  'item.facts.weanAttemptDocumented': serviceBoolean(
    'weanAttemptDocumented',
    'Attempt to wean below 80 MED/day in the last 6 months',
  ),
  'item.facts.giRiskFactors': serviceBoolean(
    'giRiskFactors',
    'GI risk factor (ulcer, bleeding or perforation history; aspirin, corticosteroid or anticoagulant; high-dose NSAID)',
  ),
  'item.facts.nsaidDyspepsia': serviceBoolean('nsaidDyspepsia', 'Dyspepsia or GI symptoms from the NSAID'),
  'item.facts.neuropathicPain': serviceBoolean('neuropathicPain', 'Neuropathic pain'),
  'item.facts.firstLineNeuropathicTried': serviceBoolean(
    'firstLineNeuropathicTried',
    'First-line neuropathic drug (antidepressant or antiepilepsy drug) tried and failed',
  ),
  'item.facts.topicalReasonDocumented': serviceBoolean(
    'topicalReasonDocumented',
    'Reason for a topical over an oral drug',
  ),
  'item.facts.standardFormNotUsable': serviceBoolean(
    'standardFormNotUsable',
    'Reason a standard tablet or capsule cannot be used',
  ),
  'item.facts.painReliefPercent': {
    type: 'number',
    label: 'Pain reduction from the drug',
    fieldPaths: ['facts.painReliefPercent'],
    get: ({ item }) => readAmount(item.facts.painReliefPercent),
    describe: (value) => `Pain reduced by ${String(value)}%`,
  },
  'item.facts.sleepHygieneTried': serviceBoolean(
    'sleepHygieneTried',
    'Sleep hygiene or over-the-counter aids tried first',
  ),
  'item.facts.lowTestosteroneDocumented': serviceBoolean(
    'lowTestosteroneDocumented',
    'A low testosterone level on testing',
  ),
  'item.facts.vitaminDeficiencyDocumented': serviceBoolean(
    'vitaminDeficiencyDocumented',
    'A deficiency of the vitamin on testing',
  ),
} satisfies Record<string, FactDefinition>;

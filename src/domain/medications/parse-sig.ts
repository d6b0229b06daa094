/**
 * Reads a sig ("1 tab q6h prn pain", "1-2 tabs q4-6h prn", "BID", "apply 1 patch every 72 hours")
 * into the MAXIMUM number of dose units a day. Never guesses silently: a range, a default of one unit
 * per dose, or a fallback to quantity / days supply is said in `reason` and marks the result
 * `ambiguous` where the reviewer must confirm. Never throws.
 */
import { formatNumber, truncate } from './parse-strength';

export interface NumberRange {
  min: number;
  max: number;
}

export type DoseAmountUnit = 'unit' | 'mg' | 'mcg' | 'g' | 'ml';
export type DailyAmountUnit = Exclude<DoseAmountUnit, 'unit'>;

export type SigBasis = 'sig' | 'stated_maximum' | 'quantity_days_supply' | 'none';

export interface SigParse {
  /** Maximum dose units (tablets, capsules, patches) a day; null when it cannot be read. */
  unitsPerDay: number | null;
  /** The reviewer must confirm: the sig gives a range, or the daily dose came from a fallback. */
  ambiguous: boolean;
  /** How the number was reached, or why it could not be ("could not read the frequency ..."). */
  reason: string;
  /** Implausible values and inconsistencies worth a second look. */
  flags: string[];
  basis: SigBasis;
  /** Doses a day with the phrase it was read from ("q4-6h" -> 4 to 6). */
  dosesPerDay: (NumberRange & { label: string }) | null;
  /** Amount per dose; `stated: false` when no amount was written and one unit was counted. */
  perDose: (NumberRange & { unit: DoseAmountUnit; stated: boolean }) | null;
  /** Maximum amount a day when doses are written by mass or volume ("20 mg q12h" -> 40 mg). */
  amountPerDay: { value: number; unit: DailyAmountUnit } | null;
}

export interface SigOptions {
  /** Units dispensed ("#60"). */
  quantity?: number | null;
  /** Days the quantity should last. */
  daysSupply?: number | null;
  /** Mass of one unit, so a dose written in mg ("20 mg q12h") can be counted in units. */
  unitStrength?: { value: number; unit: 'mg' | 'mcg' } | null;
}

/** More units a day than this is flagged as implausible. */
export const MAX_PLAUSIBLE_UNITS_PER_DAY = 24;
/** This many doses a day or more (every hour, around the clock) is flagged as implausible. */
export const MAX_PLAUSIBLE_DOSES_PER_DAY = 24;

const MAX_SIG_LENGTH = 2000;
const N = String.raw`(\d+(?:\.\d+)?)`;
const HOURS = '(?:h|hr|hrs|hour|hours)';
const DAYS = '(?:d|day|days)';
const RANGE_JOIN = String.raw`\s*(?:-|to|or)\s*`;
const PER = String.raw`(?:(?:a|per|each|every|/)\s*)?`;
const COUNT_UNIT =
  'tabs?|tablets?|caps?|capsules?|pills?|patch(?:es)?|pieces?|units?|sprays?|puffs?|applications?|applicators?|pumps?|lozenges?|films?|drops?|suppositor(?:y|ies)|packets?|vials?';
const MASS_OR_VOLUME_UNIT = 'mg|mcg|gm|grams?|g|ml|cc|tsp|teaspoons?|tbsp|tablespoons?';
const ROUTE_WORD = String.raw`po|by\s*mouth|orally|sl|sublingually?`;

const WORD_NUMBERS: Readonly<Record<string, string>> = {
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
  eleven: '11',
  twelve: '12',
  half: '0.5',
  once: '1 times',
  twice: '2 times',
  thrice: '3 times',
};

const LATIN_PER_DAY: Readonly<Record<string, number>> = {
  qd: 1,
  daily: 1,
  bid: 2,
  bd: 2,
  tid: 3,
  tds: 3,
  qid: 4,
  qds: 4,
};

function normalizeSig(text: string): string {
  return (
    text
      .slice(0, MAX_SIG_LENGTH)
      .toLowerCase()
      .replace(/[–—]/g, '-')
      .replace(/½/g, ' 0.5 ')
      .replace(/\(s\)/g, 's')
      // "q.i.d." -> "qid.", "p.o." -> "po."
      .replace(/\b([a-z])\.(?=[a-z0-9])/g, '$1')
      .replace(/(^|[^\d])\.(\d)/g, '$10.$2')
      // any dot left that is not a decimal point is punctuation
      .replace(/(?<!\d)\.|\.(?!\d)/g, ' ')
      .replace(/\b(?:one[\s-]half|a\s+half)\b/g, '0.5')
      .replace(/\b1\s*\/\s*2\b/g, '0.5')
      .replace(
        /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|once|twice|thrice)\b/g,
        (word) => (word in WORD_NUMBERS ? (WORD_NUMBERS[word] as string) : word),
      )
      .replace(/[,;()[\]]/g, ' ')
  );
}

function positiveNumber(text: string | undefined): number | null {
  if (text === undefined) return null;
  const value = Number(text);
  return Number.isFinite(value) && value > 0 ? value : null;
}

function mask(text: string, start: number, end: number): string {
  return text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
}

/** Runs `pattern` over `text`, calling `read` on each match and blanking the matched span. */
function consume(text: string, pattern: RegExp, read: (match: RegExpExecArray) => void): string {
  let result = text;
  for (const match of text.matchAll(new RegExp(pattern.source, 'g'))) {
    read(match);
    result = mask(result, match.index, match.index + match[0].length);
  }
  return result;
}

interface FrequencyRule {
  pattern: RegExp;
  read: (match: RegExpExecArray) => NumberRange | null;
}

const perHours = (low: number | null, high: number | null): NumberRange | null =>
  low === null || high === null ? null : { min: 24 / Math.max(low, high), max: 24 / Math.min(low, high) };
const perDays = (low: number | null, high: number | null): NumberRange | null =>
  low === null || high === null ? null : { min: 1 / Math.max(low, high), max: 1 / Math.min(low, high) };
const fixed = (value: number): NumberRange => ({ min: value, max: value });
const range = (low: number | null, high: number | null): NumberRange | null =>
  low === null || high === null ? null : { min: Math.min(low, high), max: Math.max(low, high) };

/** Most specific first: each rule blanks what it read, so "3 times a day" is not read again as "a day". */
const FREQUENCY_RULES: readonly FrequencyRule[] = [
  {
    pattern: /\b(qd|daily|bid|bd|tid|tds|qid|qds)\s*(?:-|to|or)\s*(bid|tid|qid)\b/,
    read: (m) => range(LATIN_PER_DAY[m[1] ?? ''] ?? null, LATIN_PER_DAY[m[2] ?? ''] ?? null),
  },
  // "6 hourly", "every 4-6 hourly" (British usage): every N hours, never "hourly" alone.
  {
    pattern: new RegExp(String.raw`\b(?:(?:q|every)\s*)?${N}${RANGE_JOIN}${N}\s*-?\s*hourly\b`),
    read: (m) => perHours(positiveNumber(m[1]), positiveNumber(m[2])),
  },
  {
    pattern: new RegExp(String.raw`\b(?:(?:q|every)\s*)?${N}\s*-?\s*hourly\b`),
    read: (m) => perHours(positiveNumber(m[1]), positiveNumber(m[1])),
  },
  {
    pattern: new RegExp(String.raw`\b(?:q|every)\s*${N}${RANGE_JOIN}${N}\s*${HOURS}\b`),
    read: (m) => perHours(positiveNumber(m[1]), positiveNumber(m[2])),
  },
  { pattern: new RegExp(String.raw`\b${N}\s*${HOURS}\s*on\b`), read: () => fixed(1) },
  {
    pattern: new RegExp(String.raw`\b(?:q|every)\s*${N}\s*${HOURS}\b`),
    read: (m) => perHours(positiveNumber(m[1]), positiveNumber(m[1])),
  },
  // "q6" with no unit is read as hours, the usual shorthand.
  {
    pattern: /\bq(\d{1,2})\b(?!\s*(?:d|day|days|wk|week|weeks)\b)/,
    read: (m) => perHours(positiveNumber(m[1]), positiveNumber(m[1])),
  },
  { pattern: /\b(?:q|every)\s*(?:h|hr|hour)\b|\bhourly\b/, read: () => fixed(24) },
  {
    pattern: new RegExp(String.raw`\b(?:q|every)\s*${N}${RANGE_JOIN}${N}\s*${DAYS}\b`),
    read: (m) => perDays(positiveNumber(m[1]), positiveNumber(m[2])),
  },
  {
    pattern: new RegExp(String.raw`\b(?:q|every)\s*${N}\s*${DAYS}\b`),
    read: (m) => perDays(positiveNumber(m[1]), positiveNumber(m[1])),
  },
  {
    pattern: new RegExp(String.raw`\b(?:q|every)\s*${N}\s*(?:wk|wks|week|weeks)\b`),
    read: (m) => perDays(mul7(positiveNumber(m[1])), mul7(positiveNumber(m[1]))),
  },
  {
    pattern: new RegExp(String.raw`\b${N}${RANGE_JOIN}${N}\s*(?:x|times)\s*${PER}(?:day|daily|d)\b`),
    read: (m) => range(positiveNumber(m[1]), positiveNumber(m[2])),
  },
  {
    pattern: new RegExp(String.raw`\b${N}\s*(?:x|times)\s*${PER}(?:day|daily|d)\b`),
    read: (m) => range(positiveNumber(m[1]), positiveNumber(m[1])),
  },
  // "x2 daily", "x 3 a day": the count after the x ("for 30 days" is read as the supply before this).
  {
    pattern: new RegExp(String.raw`\b(?:x|times)\s*${N}\s*${PER}(?:day|daily|d)\b`),
    read: (m) => range(positiveNumber(m[1]), positiveNumber(m[1])),
  },
  {
    pattern: new RegExp(String.raw`\b${N}${RANGE_JOIN}${N}\s*(?:x|times)\s*${PER}(?:wk|week|weekly)\b`),
    read: (m) => perDays(div7(positiveNumber(m[2])), div7(positiveNumber(m[1]))),
  },
  {
    pattern: new RegExp(String.raw`\b${N}\s*(?:x|times)\s*${PER}(?:wk|week|weekly)\b`),
    read: (m) => perDays(div7(positiveNumber(m[1])), div7(positiveNumber(m[1]))),
  },
  { pattern: /\b(?:qid|qds|q i d)\b/, read: () => fixed(4) },
  { pattern: /\b(?:tid|tds|t i d)\b/, read: () => fixed(3) },
  { pattern: /\b(?:bid|bd|b i d)\b/, read: () => fixed(2) },
  {
    pattern: /\b(?:qod|qad|every\s+other\s+day|every\s+second\s+day|alternate\s+days)\b/,
    read: () => fixed(0.5),
  },
  { pattern: /\b(?:weekly|qwk|q\s*week|every\s+week)\b/, read: () => fixed(1 / 7) },
  { pattern: /\bwith\s+(?:each\s+)?meals?\b/, read: () => fixed(3) },
  {
    pattern:
      /\b(?:qd|qday|q\s*day|daily|every\s*day|each\s*day|per\s*day|a\s*day|qam|q\s*am|qpm|q\s*pm|qhs|q\s*hs|hs|at\s*bedtime|bedtime|nightly|at\s*night|every\s*night|each\s*night|qnight|every\s*morning|each\s*morning|in\s*the\s*morning|every\s*evening|in\s*the\s*evening)\b|\/\s*d(?:ay)?\b/,
    read: () => fixed(1),
  },
];

function mul7(value: number | null): number | null {
  return value === null ? null : value * 7;
}
function div7(value: number | null): number | null {
  // n times a week = one dose every 7/n days
  return value === null ? null : 7 / value;
}

const AS_DIRECTED = /\b(?:as\s+directed|as\s+instructed|use\s+as\s+directed|ud|as\s+needed|prn)\b/;

interface DoseCandidate extends NumberRange {
  unit: DoseAmountUnit;
}

function doseUnit(word: string | undefined): { unit: DoseAmountUnit; scale: number } | null {
  if (word === undefined) return null;
  const w = word.replace(/\s+/g, ' ');
  if (/^(?:mg)$/.test(w)) return { unit: 'mg', scale: 1 };
  if (/^(?:mcg)$/.test(w)) return { unit: 'mcg', scale: 1 };
  if (/^(?:gm|grams?|g)$/.test(w)) return { unit: 'g', scale: 1 };
  if (/^(?:ml|cc)$/.test(w)) return { unit: 'ml', scale: 1 };
  if (/^(?:tsp|teaspoons?)$/.test(w)) return { unit: 'ml', scale: 5 };
  if (/^(?:tbsp|tablespoons?)$/.test(w)) return { unit: 'ml', scale: 15 };
  return { unit: 'unit', scale: 1 };
}

const DOSE_PATTERN = new RegExp(
  String.raw`(?:^|\b(take|apply|use|give|chew|place|inject|insert|inhale)\s+|\b)${N}(?:${RANGE_JOIN}${N})?\s*(${COUNT_UNIT}|${MASS_OR_VOLUME_UNIT}|${ROUTE_WORD})?\b`,
  'g',
);

function readDoses(text: string): DoseCandidate[] {
  const doses: DoseCandidate[] = [];
  for (const match of text.matchAll(DOSE_PATTERN)) {
    const [whole, verb, lowText, highText, unitWord] = match;
    const low = positiveNumber(lowText);
    const high = highText === undefined ? low : positiveNumber(highText);
    if (low === null || high === null) continue;
    const isFirstThing = text.slice(0, match.index).trim() === '' && whole.trim() !== '';
    if (unitWord === undefined && verb === undefined && !isFirstThing) continue;
    const unit = doseUnit(unitWord) ?? { unit: 'unit' as const, scale: 1 };
    doses.push({
      min: Math.min(low, high) * unit.scale,
      max: Math.max(low, high) * unit.scale,
      unit: unit.unit,
    });
  }
  return doses;
}

function distinctRanges<T extends NumberRange>(ranges: T[]): T[] {
  const seen = new Map<string, T>();
  for (const item of ranges) {
    const key = `${item.min.toFixed(6)}-${item.max.toFixed(6)}`;
    if (!seen.has(key)) seen.set(key, item);
  }
  return [...seen.values()];
}

function describeRange(r: NumberRange): string {
  return r.min === r.max ? formatNumber(r.max) : `${formatNumber(r.min)}-${formatNumber(r.max)}`;
}

function describeDose(dose: NumberRange & { unit: DoseAmountUnit; stated: boolean }): string {
  const unitName = dose.unit === 'unit' ? (dose.max === 1 ? 'unit' : 'units') : dose.unit;
  if (!dose.stated) return '1 unit (no amount per dose written; counted as 1)';
  if (dose.min === dose.max) return `${formatNumber(dose.max)} ${unitName}`;
  return `up to ${formatNumber(dose.max)} ${unitName} (${describeRange(dose)})`;
}

function describeFrequency(freq: NumberRange & { label: string }): string {
  const count = freq.min === freq.max ? formatNumber(freq.max) : `up to ${formatNumber(freq.max)}`;
  return `${count} ${freq.max === 1 ? 'dose' : 'doses'}/day ("${freq.label}")`;
}

interface StatedMaximum {
  value: number;
  unit: DoseAmountUnit | 'doses';
  label: string;
}

const STATED_MAX_PATTERNS: readonly RegExp[] = [
  new RegExp(
    String.raw`\b(?:max(?:imum)?(?:\s*daily)?(?:\s*dose)?|not\s*to\s*exceed|do\s*not\s*exceed|nte|no\s*more\s*than|up\s*to)\s*(?:of\s*)?${N}\s*(${COUNT_UNIT}|${MASS_OR_VOLUME_UNIT}|doses?)?\s*(?:/|per|a|in|each|every|q)\s*(?:day|d|24\s*(?:h|hr|hrs|hours?))\b`,
  ),
  new RegExp(
    String.raw`\bmax(?:imum)?\s*daily(?:\s*dose)?\s*(?:of\s*)?${N}\s*(${COUNT_UNIT}|${MASS_OR_VOLUME_UNIT}|doses?)?`,
  ),
  new RegExp(
    String.raw`\b${N}\s*(${COUNT_UNIT}|${MASS_OR_VOLUME_UNIT}|doses?)?\s*(?:/|per|a|in)\s*(?:day|d|24\s*(?:h|hr|hrs|hours?))\s*max(?:imum)?\b`,
  ),
];

function readStatedMaximum(text: string): { text: string; maximum: StatedMaximum | null; flags: string[] } {
  let rest = text;
  const found: StatedMaximum[] = [];
  for (const pattern of STATED_MAX_PATTERNS) {
    rest = consume(rest, pattern, (match) => {
      const value = positiveNumber(match[1]);
      if (value === null) return;
      const word = match[2];
      const unit = word !== undefined && /^doses?$/.test(word) ? 'doses' : (doseUnit(word)?.unit ?? 'unit');
      const scale = word !== undefined && unit !== 'doses' ? (doseUnit(word)?.scale ?? 1) : 1;
      found.push({ value: value * scale, unit, label: match[0].trim().replace(/\s+/g, ' ') });
    });
  }
  const distinct = new Map(found.map((max) => [`${max.value}-${max.unit}`, max]));
  if (distinct.size > 1) {
    return {
      text: rest,
      maximum: null,
      flags: [
        `the sig states more than one maximum (${[...distinct.values()].map((m) => `"${m.label}"`).join(', ')})`,
      ],
    };
  }
  return { text: rest, maximum: found[0] ?? null, flags: [] };
}

function readQuantityAndDays(text: string): {
  text: string;
  quantity: number | null;
  daysSupply: number | null;
} {
  let quantity: number | null = null;
  let daysSupply: number | null = null;
  let rest = consume(
    text,
    new RegExp(String.raw`#\s*${N}|\b(?:qty|quantity|disp|dispense|dispensed)\s*:?\s*#?\s*${N}`),
    (m) => {
      quantity ??= positiveNumber(m[1] ?? m[2]);
    },
  );
  rest = consume(
    rest,
    new RegExp(
      String.raw`\b${N}\s*-?\s*days?\s*supply\b|\bdays?\s*supply\s*:?\s*(?:of\s*)?${N}\b|\b(?:x|for)\s*${N}\s*(?:days?|d)\b`,
    ),
    (m) => {
      daysSupply ??= positiveNumber(m[1] ?? m[2] ?? m[3]);
    },
  );
  // durations in weeks or months say nothing about the daily dose
  rest = consume(rest, new RegExp(String.raw`\b(?:x|for)\s*${N}\s*(?:weeks?|wks?|months?|mos?)\b`), () => {});
  return { text: rest, quantity, daysSupply };
}

function fallbackFromQuantity(
  quantity: number | null,
  daysSupply: number | null,
  why: string,
  flags: string[],
): SigParse | null {
  if (quantity === null || daysSupply === null || quantity <= 0 || daysSupply <= 0) return null;
  const perDay = quantity / daysSupply;
  return withPlausibilityFlags({
    unitsPerDay: perDay,
    ambiguous: true,
    reason: `${why}; used the quantity instead: #${formatNumber(quantity)} over a ${formatNumber(daysSupply)}-day supply = ${formatNumber(perDay)}/day (an average, not a stated maximum); confirm the daily dose`,
    flags,
    basis: 'quantity_days_supply',
    dosesPerDay: null,
    perDose: null,
    amountPerDay: null,
  });
}

function withPlausibilityFlags(result: SigParse): SigParse {
  const finite = (value: number | null | undefined) =>
    value === null || value === undefined || Number.isFinite(value);
  if (
    !finite(result.unitsPerDay) ||
    !finite(result.amountPerDay?.value) ||
    !finite(result.dosesPerDay?.max)
  ) {
    return unparsed('the numbers in the sig are too large to read; confirm the daily dose', result.flags);
  }
  const flags = [...result.flags];
  if (result.unitsPerDay !== null && result.unitsPerDay > MAX_PLAUSIBLE_UNITS_PER_DAY) {
    flags.push(`${formatNumber(result.unitsPerDay)} units a day is implausible; check the sig`);
  }
  // Every hour around the clock (24 doses a day) is already implausible for an analgesic: the
  // reviewer confirms the daily dose before it is used.
  const tooFrequent = result.dosesPerDay !== null && result.dosesPerDay.max >= MAX_PLAUSIBLE_DOSES_PER_DAY;
  if (tooFrequent && result.dosesPerDay) {
    flags.push(
      `${formatNumber(result.dosesPerDay.max)} doses a day ("${result.dosesPerDay.label}") is implausible; check the sig and confirm the daily dose`,
    );
  }
  return { ...result, flags, ambiguous: result.ambiguous || tooFrequent };
}

function unparsed(reason: string, flags: string[] = []): SigParse {
  return {
    unitsPerDay: null,
    ambiguous: false,
    reason,
    flags,
    basis: 'none',
    dosesPerDay: null,
    perDose: null,
    amountPerDay: null,
  };
}

/** Units per dose for a dose written by mass, given the mass of one unit; null when not comparable. */
function unitsFromMass(
  amount: number,
  unit: DoseAmountUnit,
  strength: SigOptions['unitStrength'],
): number | null {
  if (!strength || !(strength.value > 0)) return null;
  const toMg = (value: number, u: DoseAmountUnit | 'mg' | 'mcg'): number | null =>
    u === 'mg' ? value : u === 'mcg' ? value / 1000 : u === 'g' ? value * 1000 : null;
  const doseMg = toMg(amount, unit);
  const unitMg = toMg(strength.value, strength.unit);
  return doseMg === null || unitMg === null ? null : doseMg / unitMg;
}

/**
 * The maximum units a day the sig allows. `options.quantity` / `daysSupply` are the structured
 * fields; "#60" and "30-day supply" written in the sig are used when those are empty.
 */
export function parseSig(text: string, options: SigOptions = {}): SigParse {
  if (typeof text !== 'string' || text.trim() === '') {
    const fallback = fallbackFromQuantity(
      options.quantity ?? null,
      options.daysSupply ?? null,
      'no sig entered',
      [],
    );
    return fallback ?? unparsed('no sig entered; confirm the daily dose');
  }
  const original = text.slice(0, MAX_SIG_LENGTH);
  const normalized = normalizeSig(original);

  const fromText = readQuantityAndDays(normalized);
  const quantity = options.quantity ?? fromText.quantity;
  const daysSupply = options.daysSupply ?? fromText.daysSupply;
  const stated = readStatedMaximum(fromText.text);
  const flags = [...stated.flags];
  // strengths written inside the sig ("Norco 10/325", "pain 7/10") are not doses
  let rest = consume(stated.text, new RegExp(String.raw`\b${N}(?:\s*/\s*${N})+\s*(?:mg)?`), () => {});

  const frequencies: (NumberRange & { label: string })[] = [];
  for (const rule of FREQUENCY_RULES) {
    rest = consume(rest, rule.pattern, (match) => {
      const read = rule.read(match);
      const label = match[0].trim().replace(/\s+/g, ' ');
      if (read && Number.isFinite(read.min) && Number.isFinite(read.max) && read.max > 0) {
        frequencies.push({ ...read, label });
      } else {
        flags.push(`could not read the interval "${label}"`);
      }
    });
  }

  const doses = readDoses(rest);
  const counted = distinctRanges(doses.filter((dose) => dose.unit === 'unit'));
  const measured = distinctRanges(doses.filter((dose) => dose.unit !== 'unit'));
  const chosenDoses = counted.length > 0 ? counted : measured;
  if (chosenDoses.length > 1) {
    const listed = chosenDoses
      .map(
        (dose) =>
          `${describeRange(dose)} ${dose.unit === 'unit' ? (dose.max === 1 ? 'unit' : 'units') : dose.unit}`,
      )
      .join(', ');
    return unparsed(`the sig lists more than one dose (${listed}); confirm the daily dose`, flags);
  }
  const onlyDose = chosenDoses[0];
  const perDose = onlyDose
    ? { ...onlyDose, stated: true }
    : { min: 1, max: 1, unit: 'unit' as const, stated: false };

  const distinctFrequencies = distinctRanges(frequencies);
  const maximum = stated.maximum;

  if (maximum) {
    return withPlausibilityFlags(
      fromStatedMaximum(maximum, perDose, distinctFrequencies, options.unitStrength ?? null, flags),
    );
  }

  if (distinctFrequencies.length > 1) {
    const listed = distinctFrequencies.map((f) => `"${f.label}"`).join(', ');
    return unparsed(`the sig gives more than one frequency (${listed}); confirm the daily dose`, flags);
  }

  const frequency = distinctFrequencies[0];
  if (!frequency) {
    const directed = AS_DIRECTED.exec(normalized);
    const why = directed
      ? `could not read the frequency '${directed[0]}'`
      : `could not find a frequency in "${truncate(original)}"`;
    const fallback = fallbackFromQuantity(quantity, daysSupply, why, flags);
    return fallback ?? unparsed(`${why}; confirm the daily dose`, flags);
  }

  const ambiguous = perDose.min !== perDose.max || frequency.min !== frequency.max;
  const rangeNote = ambiguous
    ? ' at most; the sig gives a range, so the reviewer must confirm the daily dose'
    : '';
  let result: SigParse;
  if (perDose.unit === 'unit') {
    const unitsPerDay = perDose.max * frequency.max;
    result = {
      unitsPerDay,
      ambiguous,
      reason: `${describeDose(perDose)} x ${describeFrequency(frequency)} = ${formatNumber(unitsPerDay)}/day${rangeNote}`,
      flags,
      basis: 'sig',
      dosesPerDay: frequency,
      perDose,
      amountPerDay: null,
    };
  } else {
    const amount = perDose.max * frequency.max;
    const unitsPerDose = unitsFromMass(perDose.max, perDose.unit, options.unitStrength);
    const unitsPerDay = unitsPerDose === null ? null : unitsPerDose * frequency.max;
    const unitsNote =
      unitsPerDay === null
        ? ''
        : ` (${formatNumber(unitsPerDay)} units/day at ${formatNumber(options.unitStrength?.value ?? 0)} ${options.unitStrength?.unit} per unit)`;
    if (unitsPerDose !== null && Math.abs(unitsPerDose - Math.round(unitsPerDose * 2) / 2) > 1e-9) {
      flags.push(
        `${formatNumber(perDose.max)} ${perDose.unit} per dose is not a whole number of ${formatNumber(options.unitStrength?.value ?? 0)} ${options.unitStrength?.unit} units`,
      );
    }
    result = {
      unitsPerDay,
      ambiguous,
      reason: `${describeDose(perDose)} x ${describeFrequency(frequency)} = ${formatNumber(amount)} ${perDose.unit}/day${unitsNote}${rangeNote}`,
      flags,
      basis: 'sig',
      dosesPerDay: frequency,
      perDose,
      amountPerDay: { value: amount, unit: perDose.unit },
    };
  }
  if (
    result.unitsPerDay !== null &&
    quantity !== null &&
    daysSupply !== null &&
    quantity > 0 &&
    daysSupply > 0
  ) {
    const dispensedPerDay = quantity / daysSupply;
    if (dispensedPerDay > result.unitsPerDay + 1e-9) {
      result.flags.push(
        `the quantity (#${formatNumber(quantity)} for ${formatNumber(daysSupply)} days = ${formatNumber(dispensedPerDay)}/day) is more than the sig allows (${formatNumber(result.unitsPerDay)}/day)`,
      );
    }
  }
  return withPlausibilityFlags(result);
}

function fromStatedMaximum(
  maximum: StatedMaximum,
  perDose: NumberRange & { unit: DoseAmountUnit; stated: boolean },
  frequencies: (NumberRange & { label: string })[],
  unitStrength: SigOptions['unitStrength'] | null,
  flags: string[],
): SigParse {
  const base = {
    ambiguous: false,
    flags,
    basis: 'stated_maximum' as const,
    perDose,
    dosesPerDay: frequencies[0] ?? null,
  };
  const statedText = `the sig states a maximum ("${maximum.label}")`;
  if (maximum.unit === 'doses') {
    const unitsPerDay = perDose.unit === 'unit' ? perDose.max * maximum.value : null;
    const amount =
      perDose.unit === 'unit' ? null : { value: perDose.max * maximum.value, unit: perDose.unit };
    return {
      ...base,
      unitsPerDay,
      amountPerDay: amount,
      reason: `${statedText}: ${describeDose(perDose)} x ${formatNumber(maximum.value)} doses = ${
        amount ? `${formatNumber(amount.value)} ${amount.unit}` : formatNumber(unitsPerDay ?? 0)
      }/day`,
    };
  }
  if (maximum.unit === 'unit') {
    return {
      ...base,
      unitsPerDay: maximum.value,
      amountPerDay: null,
      reason: `${statedText}: ${formatNumber(maximum.value)}/day`,
    };
  }
  const units = unitsFromMass(maximum.value, maximum.unit, unitStrength);
  return {
    ...base,
    unitsPerDay: units,
    amountPerDay: { value: maximum.value, unit: maximum.unit },
    reason: `${statedText}: ${formatNumber(maximum.value)} ${maximum.unit}/day`,
  };
}

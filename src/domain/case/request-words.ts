/**
 * What a request line says in the shorthand of utilization review ("PT 2x6 lumbar spine", "Norco
 * 10/325 mg #120", "Chiropractic, remaining 2 of 8 sessions, right shoulder"): the schedule, a count,
 * the body part as written and a drug's strength and quantity. Used to offer the wizard's fields
 * filled from the words the reviewer typed, and to read summarized decisions.
 *
 * Reads only what the words state plainly: a range ("2-3x/week"), a count that could be something
 * else, or a number outside a plausible span gives nothing, so nothing is guessed.
 */
import {
  INJECTATES,
  INJECTION_APPROACHES,
  readInjectate,
  readInjectionApproach,
} from '../guidelines/facts-procedures';
import { MODALITIES, readModality, readStimulationUnit, STIMULATION_UNITS } from '../guidelines/vocabularies';
import { parseSig } from '../medications/parse-sig';
import { parseStrength } from '../medications/parse-strength';
import { listed } from '../text/wording';
import type { DisputedItem, ServiceFacts } from './case-schema';
import { fieldsForService } from './service-fields';
import type { ItemFieldKey } from './service-types';

export interface RequestReading {
  frequencyPerWeek: number | null;
  durationWeeks: number | null;
  hoursPerDay: number | null;
  /** Visits, sessions or units when the words count them ("12 sessions", "remaining 2 of 12" = 12). */
  count: number | null;
  /** The body parts as written, with their side ("right shoulder", "cervical and lumbar spine"). */
  bodyPart: string;
  /**
   * A drug request's name as written before its strength, the strength, the quantity (#120), and
   * the sig written after the strength, split as the medication fields take it ("1 tab" and "q6h
   * prn"); the sig only when its frequency can be read.
   */
  drug: { name: string; strength: string; quantity: number | null; dose: string; frequency: string };
  /**
   * Facts that say what is requested, not what was found: the injectate, the approach, a passive
   * modality, the kind of unit, rental or purchase and the days. Each as its question's canonical
   * answer ("corticosteroid"), which the guideline readers read back.
   */
  requestFacts: Partial<Record<(typeof REQUEST_FACT_KEYS)[number], string | number | boolean>>;
}

const MAX_WORDS = 500;
const WORD_NUMBERS: Readonly<Record<string, number>> = { once: 1, twice: 2, thrice: 3 };
/** Numbers written as words, as requests and findings write small counts. */
export const SMALL_NUMBERS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  ten: 10,
  twelve: 12,
};

const inSpan = (value: number, low: number, high: number) =>
  Number.isInteger(value) && value >= low && value <= high ? value : null;

/** "2", "two" -> 2; anything else -> NaN. */
function numberWord(text: string | undefined): number {
  if (text === undefined) return Number.NaN;
  const lower = text.toLowerCase();
  return SMALL_NUMBERS[lower] ?? Number(lower);
}

const NUMBER = String.raw`(\d{1,2}|one|two|three|four|five|six|seven|eight|ten|twelve)`;
const WEEK = '(?:weeks?|wks?)';
const TIMES = String.raw`(?:\s*[x×]|\s+times)`;
const A_WEEK = String.raw`(?:week|wk)\b`;
// "2x/week", "2 times a week", "2x weekly", "2 per week", "2/wk": a connector is required, so
// "6 weeks" is never read as a frequency.
const PER_WEEK = String.raw`(?:${TIMES}\s*(?:(?:\/|a|per|each|every)\s*)?${A_WEEK}|\s*(?:\/|a\s|per\s|each\s|every\s)\s*${A_WEEK}|${TIMES}\s*weekly\b)`;

// A number followed by one of these is a dose, a supply or a length of time, never a schedule.
const NOT_A_SCHEDULE = String.raw`(?!\s*(?:mg|mcg|ml|g\b|%|days?|months?|hours?|hrs?|min|minutes?|tabs?|tablets?|caps?|capsules?|patch|refills?|units?|\d))`;

function frequencyOf(text: string): number | null {
  // A range of frequencies ("2-3x/week") states no single schedule.
  if (new RegExp(String.raw`\d\s*(?:-|to|or)\s*\d+${PER_WEEK}`, 'i').test(text)) return null;
  const word =
    /\b(once|twice|thrice)\s*(?:a|per|each|every)?\s*(?:week|wk)\b|\b(once|twice|thrice)\s+weekly\b/i.exec(
      text,
    );
  if (word) return WORD_NUMBERS[(word[1] ?? word[2] ?? '').toLowerCase()] ?? null;
  // "3x/week", or days a week: "8 hours/day, 7 days/week".
  const numbered =
    new RegExp(String.raw`\b${NUMBER}${PER_WEEK}`, 'i').exec(text) ??
    new RegExp(String.raw`\b${NUMBER}\s+days?\s*(?:\/|a\s|per\s|each\s)\s*${A_WEEK}`, 'i').exec(text);
  return numbered ? inSpan(numberWord(numbered[1]), 1, 7) : null;
}

function durationOf(text: string): number | null {
  if (new RegExp(String.raw`\d\s*(?:-|to)\s*\d+\s*${WEEK}\b`, 'i').test(text)) return null;
  // "for 6 weeks", "x 6 weeks", "additional 2 weeks", or a quantity's weeks in brackets: "80 hours (2 weeks)".
  const match = new RegExp(
    String.raw`(?:\bfor|[x×]|\b(?:additional|another|further|more|extra))\s*(?:the\s+next\s+)?${NUMBER}\s*${WEEK}\b|\(\s*${NUMBER}\s*${WEEK}\s*\)`,
    'i',
  ).exec(text);
  return match ? inSpan(numberWord(match[1] ?? match[2] ?? ''), 1, 52) : null;
}

/** "2x6", "2 x 6 weeks", "3x4": so many a week for so many weeks, the shorthand of therapy requests. */
function compactSchedule(text: string): { frequencyPerWeek: number; durationWeeks: number } | null {
  const match = new RegExp(
    String.raw`(?:^|[^\d/.#])(\d)\s*[x×]\s*(\d{1,2})(?:\s*${WEEK})?\b${NOT_A_SCHEDULE}`,
    'i',
  ).exec(text);
  if (!match) return null;
  const frequencyPerWeek = inSpan(Number(match[1]), 1, 7);
  const durationWeeks = inSpan(Number(match[2]), 1, 52);
  return frequencyPerWeek !== null && durationWeeks !== null ? { frequencyPerWeek, durationWeeks } : null;
}

function hoursPerDayOf(text: string): number | null {
  // "4 hours/day", or visits of so many hours each: "18 visits (about 1 hour each)".
  const match =
    /\b(\d{1,2})\s*(?:hours?|hrs?)\s*(?:a|per|each|\/)\s*day\b/i.exec(text) ??
    /\b(\d{1,2})\s*(?:hours?|hrs?)\s+(?:each|per\s+(?:visit|session)|a\s+(?:visit|session))\b/i.exec(text);
  return match ? inSpan(Number(match[1]), 1, 12) : null;
}

function countOf(text: string): number | null {
  // "remaining 2 of 12", "remaining 2 of a series of 3", "(remaining portion of 3)": the whole request.
  const remaining =
    /remaining\s+(?:#?(\d{1,3})\s+)?(?:portion\s+)?of\s+(?:the\s+|an?\s+)?(?:series\s+of\s+|total\s+of\s+)?#?(\d{1,3})\b/i.exec(
      text,
    );
  if (remaining) return inSpan(Number(remaining[2]), 1, 999);
  const counted = new RegExp(
    String.raw`(?:\(|\b)${NUMBER}\)?\s*(?:additional\s+|more\s+)?(?:sessions?|visits?|treatments?)\b`,
    'i',
  ).exec(text);
  return counted ? inSpan(numberWord(counted[1]), 1, 999) : null;
}

const SIDE = String.raw`(?:(left|right|bilateral|bilat\.?|both|lt\.?|rt\.?)\s+)?`;
const PART = String.raw`(lumbosacral(?:\s+spine)?|lumbar(?:\s+spine)?|low(?:er)?\s+back|l-spine|cervical(?:\s+spine)?|c-spine|neck|thoracic(?:\s+spine)?|t-spine|mid(?:dle)?[- ]back|upper\s+back|(?:upper|lower)\s+extremit(?:y|ies)|(?:lower\s+)?legs?|(?:upper\s+)?arms?|shoulders?|elbows?|forearms?|wrists?|hands?|fingers?|thumbs?|hips?|knees?|ankles?|feet|foot|heels?|head|groin|abdominal\s+wall)`;
const SIDE_WORDS: Readonly<Record<string, string>> = {
  'bilat.': 'bilateral',
  bilat: 'bilateral',
  'lt.': 'left',
  lt: 'left',
  'rt.': 'right',
  rt: 'right',
};

function bodyPartOf(text: string): string {
  const parts: string[] = [];
  for (const match of text.matchAll(new RegExp(String.raw`\b${SIDE}${PART}\b`, 'gi'))) {
    const side = match[1] ? (SIDE_WORDS[match[1].toLowerCase()] ?? match[1].toLowerCase()) : '';
    const part = (match[2] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const phrase = side ? `${side} ${part}` : part;
    if (!parts.includes(phrase)) parts.push(phrase);
  }
  // "cervical and lumbar spine": a shared "spine" is said once, at the end.
  const spines = parts.filter(
    (part) => / spine$/.test(part) || /^(cervical|thoracic|lumbar|lumbosacral)$/.test(part),
  );
  if (spines.length === parts.length && spines.length > 1) {
    const levels = spines.map((part) => part.replace(/ spine$/, ''));
    return `${listed(levels)} spine`;
  }
  if (parts.length > 0) return listed(parts);
  // No part named, but a spinal level is ("R L4-5 microdiscectomy", "C5-6 ESI"): its region.
  const levels = [...text.matchAll(/\b([CTL])\d{1,2}\s*[-/]\s*[CTLS]?\d{1,2}\b/gi)].map((match) =>
    match[1]?.toUpperCase(),
  );
  return listed(
    [...new Set(levels)].map((level) => `${SPINE_BY_LEVEL[level as keyof typeof SPINE_BY_LEVEL]} spine`),
  );
}

const SPINE_BY_LEVEL = { C: 'cervical', T: 'thoracic', L: 'lumbar' } as const;

function drugQuantityOf(text: string, strengthText: string): number | null {
  const pounds = [...text.matchAll(/#\s*(\d{1,4})\b/g)].map((match) => Number(match[1]));
  // "Tylenol #3" names the product: its number is a quantity only with a second one ("#3 #60").
  const namesProduct = /\b(tylenol|t)\s*#\s*[234]\b/i.test(text);
  const pound = namesProduct ? (pounds.length > 1 ? pounds.at(-1) : undefined) : pounds.at(-1);
  if (pound !== undefined) return inSpan(pound, 1, 9999);
  const written =
    /\b(?:qty|quantity)\.?:?\s*(\d{1,4})\b/i.exec(text) ??
    /\b(\d{1,4})\s*(?:tablets?|tabs?|capsules?|caps?|patch(?:es)?|pills?)\b/i.exec(
      text.replace(strengthText, ' '),
    );
  return written ? inSpan(Number(written[1]), 1, 9999) : null;
}

const DOSE_AMOUNT =
  /^((?:\d+(?:\.\d+)?(?:\s*-\s*\d+)?|one|two)(?:\s*(?:tabs?|tablets?|caps?|capsules?|patch(?:es)?|pills?)\b)?)\s+(.+)$/i;

/** The sig after the strength ("1 tab q6h prn, #120" -> "1 tab", "q6h prn"), when its frequency reads. */
function sigOf(afterStrength: string, strength: string): { dose: string; frequency: string } {
  const sig = afterStrength
    .replace(/#\s*\d+/g, ' ')
    .replace(/\b(?:qty|quantity)\.?:?\s*\d+/gi, ' ')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[,;]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    // A form or release word after the strength ("5% patch, apply ...", "20 mg ER q12h") is no sig.
    .replace(
      /^(?:(?:er|xr|sr|cr|ir|tabs?|tablets?|caps?|capsules?|patch(?:es)?|cream|gel|ointment|lotion|solution)\b\s*)+/i,
      '',
    );
  // The strength said again before the sig ("100 mg #30, 100 mg twice daily") is not a dose of 100.
  const said = strength.replace(/\s+/g, ' ').toLowerCase();
  const again = said !== '' && sig.toLowerCase().startsWith(said);
  return sigParts(again ? sig.slice(said.length).trim() : sig);
}

function sigParts(sig: string): { dose: string; frequency: string } {
  if (sig === '' || parseSig(sig).dosesPerDay === null) return { dose: '', frequency: '' };
  const split = DOSE_AMOUNT.exec(sig);
  return split ? { dose: split[1] ?? '', frequency: split[2] ?? '' } : { dose: '', frequency: sig };
}

function drugOf(text: string): RequestReading['drug'] {
  // A compound's strengths are its ingredients', entered one by one: only its quantity is read.
  if (/compound/i.test(text) || (text.match(/\d\s*%/g) ?? []).length > 1)
    return { name: '', strength: '', quantity: drugQuantityOf(text, ''), dose: '', frequency: '' };
  const parsed = parseStrength(text);
  const strength = parsed.ok ? parsed.strength.text : '';
  const at = strength === '' ? -1 : text.indexOf(strength);
  const before = at >= 0 ? text.slice(0, at) : text.replace(/#.*$/, '');
  const name = before.replace(/[\s,;:(-]+$/, '').trim();
  const sig = at >= 0 ? sigOf(text.slice(at + strength.length), strength) : { dose: '', frequency: '' };
  return { name, strength, quantity: drugQuantityOf(text, strength), ...sig };
}

/** A diagnostic study: imaging or electrodiagnostic testing. */
const STUDY =
  /\b(?:MRI|MRA|CT|x-?rays?|radiographs?|films?|scans?|EMG|NCS|NCV|nerve\s+conduction|studies|study|imaging|ultrasound|arthrogram|myelogram)\b/i;

/** The facts a request's words can state: what is requested, never a finding. */
export const REQUEST_FACT_KEYS = [
  'injectate',
  'injectionApproach',
  'modality',
  'stimulationUnit',
  'rentalOrPurchase',
  'rentalDays',
  'postoperative',
  'levelsRequested',
  'diagnosticBlock',
  'fluoroscopyGuided',
  'specialtyNamed',
  'surgicalOpinionSought',
  'meetsDmeDefinition',
  'priorStudySameRegion',
  'includesNcs',
] as const satisfies readonly (keyof ServiceFacts)[];

/** The canonical label of a reading, or nothing for no reading or "other". */
function labelOf<K extends string>(
  key: K | undefined,
  labels: Readonly<Record<K, string>>,
): string | undefined {
  return key === undefined || key === 'other' ? undefined : labels[key];
}

function requestFactsOf(text: string): RequestReading['requestFacts'] {
  const facts: RequestReading['requestFacts'] = {};
  const injectate = labelOf(readInjectate(text), INJECTATES);
  if (injectate) facts.injectate = injectate;
  const approach = labelOf(readInjectionApproach(text), INJECTION_APPROACHES);
  if (approach) facts.injectionApproach = approach;
  const modality = labelOf(readModality(text), MODALITIES);
  if (modality) facts.modality = modality;
  // A blank kind of unit is a TENS unit: only another kind is worth stating.
  const unit = readStimulationUnit(text);
  if (unit !== undefined && unit !== 'tens' && unit !== 'other')
    facts.stimulationUnit = STIMULATION_UNITS[unit];
  // Whole words only ("current pain" is no rental); both named states neither.
  const rental = /\b(rentals?|rent(ed)?|trial)\b/i.test(text);
  const purchase = /\bpurchase[ds]?\b/i.test(text);
  if (rental !== purchase) facts.rentalOrPurchase = rental ? 'rental' : 'purchase';
  const days = /\b(\d{1,3})[- ]?days?\b/i.exec(text);
  // Days of a motion machine's home use are its rental's, whether or not the word is written.
  const rentedMachine = rental || /\bCPM\b|\bcontinuous passive motion\b/i.test(text);
  if (rentedMachine && !purchase && days) {
    const count = inSpan(Number(days[1]), 1, 365);
    if (count !== null) facts.rentalDays = count;
  }
  const levels = spinalLevelsOf(text);
  if (levels !== null) facts.levelsRequested = levels;
  // A medial branch block is the diagnostic facet procedure (it selects candidates for
  // radiofrequency neurotomy); a request that calls a facet procedure therapeutic says otherwise.
  const facetProcedure = /\bfacet\b|\bmedial\s+branch\b|\bMBBs?\b/i.test(text);
  if (facetProcedure && /\btherapeutic\b/i.test(text)) facts.diagnosticBlock = false;
  else if (/\bmedial\s+branch\s+(?:nerve\s+)?blocks?\b|\bMBBs?\b/i.test(text)) facts.diagnosticBlock = true;
  else if (facetProcedure && /\bdiagnostic\b/i.test(text)) facts.diagnosticBlock = true;
  // A transforaminal injection is placed under image guidance by its nature (the needle goes to the
  // foramen): the request need not say so.
  if (
    /\bfluoro(?:scop\w*)?\b|\bimage[- ]guided\b/i.test(text) ||
    facts.injectionApproach === INJECTION_APPROACHES.transforaminal
  )
    facts.fluoroscopyGuided = true;
  // A visit or consultation with a named specialty ("orthopedic follow-up", "pain management consult").
  if (SPECIALTY.test(text)) facts.specialtyNamed = true;
  // A consultation with a surgeon ("spine surgery consultation", "neurosurgical referral").
  if (CONSULTATION.test(text) && SURGICAL_OPINION.test(text)) facts.surgicalOpinionSought = true;
  // "Repeat MRI", "EMG/NCS (repeat)": the same study was done before (asked only of studies).
  if (/\brepeat(?:ed)?\b/i.test(text) && STUDY.test(text)) facts.priorStudySameRegion = true;
  // Nerve conduction studies named in an electrodiagnostic request ("EMG/NCV", "nerve conduction
  // velocity study"); a needle EMG alone names none, as does one "without nerve conduction study".
  const ncsNamed = text.replace(
    /\b(?:without|no|excluding|not\s+including)\s+(?:an?\s+|the\s+)?(?:NCS|NCV|NCT|nerve\s+conduction)\b/gi,
    ' ',
  );
  if (/\b(?:NCS|NCV|NCT|nerve\s+conduction)\b/i.test(ncsNamed)) facts.includesNcs = true;
  else if (/\b(?:EMG|electromyogra\w*)\b/i.test(text)) facts.includesNcs = false;
  // Equipment whose kind answers Medicare's DME definition: reusable medical equipment for the
  // home (a brace, crutches, a wheelchair), or disposable supplies (gloves, wipes) and exercise
  // machines (useful to anyone, so not primarily medical), which are not.
  if (DISPOSABLE_SUPPLIES.test(text) || EXERCISE_MACHINES.test(text)) facts.meetsDmeDefinition = false;
  else if (DURABLE_EQUIPMENT.test(text)) facts.meetsDmeDefinition = true;
  // Equipment asked for after a surgery says so ("post-op sling", "associated surgical service",
  // "home use after left TKA").
  if (
    /\bpost[- ]?(op|operative(ly)?|surgical)\b|\bafter (the )?surgery\b|\bassociated surgical service\b|\bafter (?:(?:the|a|his|her) )?(?:(?:left|right|bilateral|L|R) )?(?:TKA|TKR|THA|THR|UKA|ACDF|ORIF|total (?:knee|hip|shoulder) (?:arthroplasty|replacement)|(?:knee|hip|shoulder) (?:arthroplasty|replacement)|arthroscop\w*|(?:rotator )?cuff repair|fusion)\b/i.test(
      text,
    )
  )
    facts.postoperative = true;
  return facts;
}

const DURABLE_EQUIPMENT =
  /\b(?:brace|splint|orthosis|LSO|TLSO|sling|crutch(?:es)?|walker|cane|wheelchair|(?:knee\s+)?scooter|commode|hospital\s+bed|shower\s+chair|raised\s+toilet\s+seat|toilet\s+(?:seat\s+)?riser|sitz\s+bath|counterforce\b[^,;]{0,25}?\b(?:strap|band|brace)|tennis\s+elbow\s+(?:strap|band|brace))\b/i;
const DISPOSABLE_SUPPLIES = /\b(?:gloves|wipes|diapers|disposable\w*|incontinence\s+pads)\b/i;
const EXERCISE_MACHINES =
  /\b(?:(?:stationary|exercise|recumbent|upright)\s+(?:exercise\s+)?(?:bike|bicycle|cycle)|treadmill|elliptical(?:\s+(?:trainer|machine))?|rowing\s+machine|free\s+weights|weight\s+(?:set|bench)|dumbbells?|home\s+gym)\b/i;

const CONSULTATION = /\b(?:consult\w*|referral|second\s+opinion|evaluat(?:e|ion)\s+and\s+treat)\b/i;
const SURGICAL_OPINION = /\b(?:surgeon|surgery|surgical|neurosurg\w*)\b/i;
const SPECIALTY =
  /\b(?:orthop(?:a)?edi\w*|neurosurg\w*|neurolog\w*|pain\s+management|pain\s+medicine|physiatr\w*|PM&R|physical\s+medicine\s+and\s+rehabilitation|psychiatr\w*|psycholog\w*|rheumatolog\w*|(?:spine|spinal|hand|foot|general|plastic)\s+(?:surgeon|surgery|surgical)|podiatr\w*|internal\s+medicine|internist|cardiolog\w*|gastroenterolog\w*|sleep\s+medicine|urolog\w*|ophthalmolog\w*|otolaryngolog\w*|dentist|dental|endocrinolog\w*)\b/i;

const SPINE_REGION_ORDER = ['C', 'T', 'L', 'S'] as const;

/** "L4-5", "L4-L5", "L5-S1", "C5/6": one motion segment, as a key ("L4-L5"); null for a range. */
function segmentKey(upper: string, from: string, lowerRegion: string | undefined, to: string): string | null {
  const start = Number(from);
  const end = Number(to);
  const region = upper.toUpperCase();
  const lower = (lowerRegion ?? region).toUpperCase();
  const adjacent =
    (lower === region && end === start + 1) ||
    // The last lumbar (L5, or L6 in some spines) to the sacrum, and the like between regions.
    (SPINE_REGION_ORDER.indexOf(lower as 'C') === SPINE_REGION_ORDER.indexOf(region as 'C') + 1 && end === 1);
  return adjacent ? `${region}${start}-${lower}${end}` : null;
}

/**
 * The spinal levels a request names ("L4-5 and L5-S1" -> 2, "two-level"), or null when it names
 * none or a span whose levels are not plain ("L3-L5").
 */
function spinalLevelsOf(text: string): number | null {
  const stated = /\b(one|single|two|three|four|[1-6])[- ]levels?\b/i.exec(text)?.[1]?.toLowerCase();
  if (stated) return stated === 'single' ? 1 : (SMALL_NUMBERS[stated] ?? Number(stated));
  const segments = new Set<string>();
  for (const match of text.matchAll(/\b([CTL])(\d{1,2})\s*[-/]\s*([CTLS])?(\d{1,2})\b/gi)) {
    const [, upper, from, lowerRegion, to] = match;
    if (!upper || !from || !to) continue;
    const key = segmentKey(upper, from, lowerRegion, to);
    if (key === null) return null;
    segments.add(key);
  }
  if (segments.size > 0) return segments.size;
  // A transforaminal injection names the root it bathes: "left L5 transforaminal ESI" is one level.
  if (!/transforaminal|\btf(?:esi)?\b/i.test(text)) return null;
  const roots = new Set(
    [...text.matchAll(/\b([CTLS])(\d{1,2})\b(?!\s*[-/]\s*[CTLS]?\d)/gi)].map((root) => root[0].toUpperCase()),
  );
  return roots.size > 0 ? roots.size : null;
}

/** Reads a request line; every part it cannot read plainly is null or ''. */
export function readRequestWords(text: string): RequestReading {
  const words = text.slice(0, MAX_WORDS);
  const compact = compactSchedule(words);
  return {
    frequencyPerWeek: compact?.frequencyPerWeek ?? frequencyOf(words),
    durationWeeks: compact?.durationWeeks ?? durationOf(words),
    hoursPerDay: hoursPerDayOf(words),
    count: countOf(words),
    bodyPart: bodyPartOf(words),
    drug: drugOf(words),
    requestFacts: requestFactsOf(words),
  };
}

/** One field the request's words can fill: its path under the disputed item, name and value. */
export interface RequestFill {
  path: string;
  label: string;
  value: string | number | boolean;
  /** The value as the offer says it ("2 per week"). */
  shown: string;
}

const isEmpty = (value: unknown) => value === null || value === undefined || value === '';

/**
 * The fields of a disputed item that are empty, shown for its service type, and that its "Requested
 * as" words fill. A field the reviewer has filled is never offered again, whatever the words say.
 */
export function fillsFromRequest(item: DisputedItem): RequestFill[] {
  const reading = readRequestWords(item.requestedAs);
  const { itemFields, facts } = fieldsForService(item.serviceType);
  const fields = new Set<ItemFieldKey>(itemFields);
  const fills: RequestFill[] = [];
  const offer = (
    path: string,
    label: string,
    current: unknown,
    value: string | number | boolean | null,
    shown: string,
  ) => {
    if (value === null || value === '' || !isEmpty(current)) return;
    fills.push({ path, label, value, shown });
  };
  if (fields.has('frequencyPerWeek'))
    offer(
      'frequencyPerWeek',
      'Frequency',
      item.frequencyPerWeek,
      reading.frequencyPerWeek,
      `${reading.frequencyPerWeek} per week`,
    );
  if (fields.has('durationWeeks'))
    offer(
      'durationWeeks',
      'Duration',
      item.durationWeeks,
      reading.durationWeeks,
      `${reading.durationWeeks} ${reading.durationWeeks === 1 ? 'week' : 'weeks'}`,
    );
  if (fields.has('hoursPerDay'))
    offer(
      'hoursPerDay',
      'Hours per day',
      item.hoursPerDay,
      reading.hoursPerDay,
      `${reading.hoursPerDay} hours`,
    );
  // A full schedule gives the visits; a count is offered only where it does not.
  const scheduled =
    fields.has('frequencyPerWeek') &&
    (item.frequencyPerWeek ?? reading.frequencyPerWeek) !== null &&
    (item.durationWeeks ?? reading.durationWeeks) !== null;
  if (fields.has('quantity') && !scheduled)
    offer('quantity', 'Quantity', item.quantity, reading.count, String(reading.count));
  offer('bodyPart', 'Body part', item.bodyPart, reading.bodyPart, reading.bodyPart);
  if (fields.has('medication')) {
    const { drug } = reading;
    offer('medication.name', 'Drug name', item.medication.name, drug.name, drug.name);
    offer('medication.strength', 'Strength', item.medication.strength, drug.strength, drug.strength);
    offer('medication.dose', 'Dose', item.medication.dose, drug.dose, drug.dose);
    offer('medication.frequency', 'Frequency', item.medication.frequency, drug.frequency, drug.frequency);
    offer('medication.quantity', 'Quantity', item.medication.quantity, drug.quantity, String(drug.quantity));
  }
  for (const fact of facts) {
    const value = (reading.requestFacts as Partial<Record<keyof ServiceFacts, string | number | boolean>>)[
      fact.key
    ];
    const shown = typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value);
    if (value !== undefined) offer(`facts.${fact.key}`, fact.label, item.facts[fact.key], value, shown);
  }
  return fills;
}

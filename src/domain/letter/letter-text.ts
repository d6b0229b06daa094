/** Small text helpers for drafting letter prose from case facts. */
import { findDrugs } from '../medications/find-drug';
import { parseStrength } from '../medications/parse-strength';

// C0/C1 controls other than tab and newline, plus lone surrogates: they cannot be printed, break
// DOCX XML and PDF text, and never carry meaning in a letter.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const UNPRINTABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFEFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Normalizes text typed or pasted by the reviewer: CRLF/CR to LF, tabs to spaces, unprintable
 * characters removed, lone surrogates replaced. Everything else (including `<`, `&`, quotes) is kept
 * literally: renderers print text, they never interpret it.
 */
export function cleanText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(UNPRINTABLE, '')
    .replace(LONE_SURROGATE, '\uFFFD');
}

/** One-line form: all whitespace runs (newlines included) collapsed to one space, trimmed. */
export function oneLine(text: string): string {
  return cleanText(text).replace(/\s+/g, ' ').trim();
}

/**
 * Ends a sentence with a period unless it already ends with terminal punctuation (possibly inside
 * closing quotes or brackets); a trailing comma, colon or semicolon becomes the period.
 */
export function asSentence(text: string): string {
  const trimmed = oneLine(text);
  if (trimmed === '') return '';
  if (/[.!?]["'\u201d\u2019)\]]*$/.test(trimmed)) return trimmed;
  return `${trimmed.replace(/[,:;]+$/, '')}.`;
}

export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Lower-cases the first letter when the first word is an ordinary capitalised word, so typed text
 * reads inside a sentence: "Physical therapy 2x6" -> "physical therapy 2x6", "Consult with pain
 * specialist" -> "consult with pain specialist". Left as typed:
 * - a first word that is not letters only with one leading capital: acronyms and codes ("MRI",
 *   "TENS", "L4-5", "X-ray"), inner capitals ("OxyContin"), digits ("B12"), abbreviations ("Dr.");
 * - a drug the drug reference names, generic or brand ("Norco 10/325 #120", "Lidoderm patches",
 *   "Tramadol 50 mg": letters quote a prescription as written);
 * - a brand-like word the reference does not know, told conservatively by what follows it: a
 *   dosage form next ("Terocin patches", "Synvisc injection"), or a strength with its unit or a
 *   quantity within the next two words ("Theramine #120", "Sentra PM #60"), unless those belong to
 *   a drug named after it ("Retrospective Norco 10/325 #120") or the word is a common service word.
 * - a proper noun a request commonly starts with: languages for interpreter requests ("Spanish
 *   interpreter"), and a few names of places and programs. Other proper nouns cannot be told from
 *   ordinary words and are lower-cased.
 */
export function lowerFirstForSentence(text: string): string {
  const firstWord = ORDINARY_FIRST_WORD.exec(text)?.[1];
  if (!firstWord) return text;
  if (PROPER_FIRST_WORDS.has(firstWord)) return text;
  const lowered = text.charAt(0).toLowerCase() + text.slice(1);
  if (COMMON_LEADING_WORDS.has(firstWord.toLowerCase())) return lowered;
  return namesProduct(text, firstWord) ? text : lowered;
}

/** Proper nouns that start requests (interpreters above all): never lower-cased. */
const PROPER_FIRST_WORDS = new Set([
  'Arabic',
  'Armenian',
  'Cantonese',
  'Chinese',
  'English',
  'Farsi',
  'French',
  'Hindi',
  'Hmong',
  'Japanese',
  'Khmer',
  'Korean',
  'Mandarin',
  'Portuguese',
  'Punjabi',
  'Russian',
  'Spanish',
  'Tagalog',
  'Vietnamese',
  'California',
  'Medicare',
]);

/** Letters only, one leading capital, then the end, a space or a joining mark (not a period). */
const ORDINARY_FIRST_WORD = /^([A-Z][a-z]+)(?=$|[\s,;:/'\u2019-])/;

/** Dosage forms: the word before one is a product's name ("Terocin patches"). */
const DOSAGE_FORM =
  /^(?:patch(?:es)?|creams?|gels?|ointments?|lotions?|liniments?|tablets?|tabs?|capsules?|caps?|solutions?|sprays?|drops|liquids?|suspensions?|syrups?|lozenges?|suppositor(?:y|ies)|injections?|inj)\b/i;

function namesProduct(text: string, firstWord: string): boolean {
  const drugWords = new Set(
    findDrugs(text)
      .filter((match) => !match.approximate)
      .map((match) => match.matchedAlias.split(' ')[0]),
  );
  if (drugWords.has(firstWord.toLowerCase())) return true;
  // The two words after the first, up to a drug named there: its strength is not the first word's.
  const next: string[] = [];
  for (const word of text.split(/\s+/).slice(1, 3)) {
    if (drugWords.has(word.toLowerCase().replace(/[^a-z0-9]/g, ''))) break;
    next.push(word);
  }
  if (DOSAGE_FORM.test(next[0] ?? '')) return true;
  const following = next.join(' ');
  if (/#\s*\d/.test(following)) return true;
  const strength = parseStrength(following);
  return strength.ok && !strength.strength.unitAssumed;
}

/** Ordinary words a request often starts with, lower-cased whatever follows them. */
const COMMON_LEADING_WORDS = new Set([
  'additional',
  'aquatic',
  'bilateral',
  'cervical',
  'chiropractic',
  'chiropractor',
  'cognitive',
  'cold',
  'continued',
  'consultation',
  'diagnostic',
  'electrodiagnostic',
  'epidural',
  'facet',
  'functional',
  'follow',
  'home',
  'hot',
  'injection',
  'knee',
  'left',
  'lumbar',
  'massage',
  'medial',
  'occupational',
  'outpatient',
  'physical',
  'post',
  'postoperative',
  'psychological',
  'psychotherapy',
  'purchase',
  'radiofrequency',
  'rental',
  'repeat',
  'right',
  'shoulder',
  'thoracic',
  'topical',
  'trigger',
  'urine',
  'work',
]);

/** "a" or "an" before a number word as read aloud: "an 8/10", "a 7-8/10", "an 11", "an 18". */
export function articleForNumber(value: number): 'a' | 'an' {
  const digits = String(Math.trunc(Math.abs(value)));
  if (digits.startsWith('8')) return 'an';
  if (digits === '11' || digits === '18' || /^1[18]\d{2}$/.test(digits)) return 'an';
  return 'a';
}

/** "a, b and c" */
export function joinWithAnd(parts: string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** 7-8 for a range, 7 for a single value, null when no rating. */
export function painRating(low: number | null, high: number | null): string | null {
  if (low === null && high === null) return null;
  if (low === null || high === null || low === high) return formatNumber((low ?? high) as number);
  return `${formatNumber(Math.min(low, high))}-${formatNumber(Math.max(low, high))}`;
}

/** Numbers as a person writes them: no trailing zeros, at most two decimals. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return String(Math.round(value * 100) / 100);
}

/** "1 time", "2 times" style counts. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatNumber(count)} ${count === 1 ? singular : pluralForm}`;
}

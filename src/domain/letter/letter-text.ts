/** Small text helpers for drafting letter prose from case facts. */

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
 * Lower-cases the first letter when the first word is an ordinary capitalised word ("Work
 * hardening ..." -> "work hardening ..."), so it reads inside a sentence. Acronyms, codes and words
 * with inner capitals ("MRI", "L4-5", "OxyContin") are left alone; brand names cannot be told from
 * ordinary words, so a short list of common service words decides.
 */
export function lowerFirstForSentence(text: string): string {
  const firstWord = /^([A-Z][a-z]+)\b/.exec(text)?.[1];
  if (!firstWord || !COMMON_LEADING_WORDS.has(firstWord.toLowerCase())) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

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

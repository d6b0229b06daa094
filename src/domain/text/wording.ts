/**
 * Wording helpers shared by the evaluator's evidence sentences and the letter: a count with its noun
 * in the right number, and reviewer-typed text placed inside or at the start of a sentence. Kept
 * free of imports so guideline facts and letter drafting can both use them.
 */

/** Numbers as people write them: 12, 2.5 (never 2.4999999). */
function formatCount(count: number): string {
  if (!Number.isFinite(count)) return String(count);
  return Number.isInteger(count) ? String(count) : String(Number(count.toFixed(2)));
}

/**
 * The singular of a plural noun or unit as guideline data writes them: the last word before any
 * "/" loses its final "s" ("days/week" -> "day/week", "prior facet blocks" -> "prior facet block").
 * Words that do not end in a lower-case "s" ("MME/day", "%") are left alone; irregular nouns pass
 * their singular to `counted`.
 */
function singularOf(pluralNoun: string): string {
  const slash = pluralNoun.indexOf('/');
  const head = slash === -1 ? pluralNoun : pluralNoun.slice(0, slash);
  const tail = slash === -1 ? '' : pluralNoun.slice(slash);
  return `${head.replace(/([a-z])s$/, (_match, letter: string) => (letter === 's' ? 'ss' : letter))}${tail}`;
}

/**
 * A count and its noun, singular only for exactly 1: "1 week", "2 weeks", "0 visits", "1.5 weeks",
 * "1 day/week". The noun is given in the plural, as units are in guideline data.
 */
export function counted(count: number, pluralNoun: string, singularNoun = singularOf(pluralNoun)): string {
  return `${formatCount(count)} ${count === 1 ? singularNoun : pluralNoun}`;
}

/** Names in a sentence: "a", "a and b", "a, b and c". */
export function listed(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

// Abbreviations whose final period carries meaning, so it stays when the text is embedded.
const DOTTED_ABBREVIATION = /(?:^|[\s(])(?:[A-Za-z]\.){2,}$/;
const COMMON_ABBREVIATION = /(?:^|[\s(])(?:etc|approx|inc|ltd|jr|sr|dr|vs)\.$/i;

/**
 * Reviewer-typed text placed inside a sentence ("complains of <text> which she rates ..."): its
 * trailing sentence punctuation (periods, commas, semicolons, colons) and spaces are dropped so the
 * sentence keeps one mark of its own. A closing bracket or quote is kept, and so is the period of a
 * dotted abbreviation ("p.r.n.", "e.g.") or of a common one ("etc.", "Inc."). Question and
 * exclamation marks are kept: they are part of what was typed. Expects one-line text.
 */
export function withinSentence(text: string): string {
  const trimmed = text.trim();
  const stripped = trimmed.replace(/[\s.,;:]+$/, '');
  if (trimmed.charAt(stripped.length) === '.') {
    const withPeriod = `${stripped}.`;
    if (DOTTED_ABBREVIATION.test(withPeriod) || COMMON_ABBREVIATION.test(withPeriod)) return withPeriod;
  }
  return stripped;
}

/**
 * Capitalises the first letter of typed text that starts a sentence, after any opening quote or
 * bracket. A first word with capitals of its own ("eGFR", "pH") is left as typed.
 */
export function capitalizeSentenceStart(text: string): string {
  const match = /^([\s"'\u201c\u2018([]*)([a-z])(\S*)/.exec(text);
  if (!match) return text;
  const [whole, opening = '', letter = '', rest = ''] = match;
  if (/[A-Z]/.test(rest)) return text;
  return `${opening}${letter.toUpperCase()}${rest}${text.slice(whole.length)}`;
}

/**
 * Lower-cases the first letter of a label placed mid-sentence ("Pre-operative tests" -> "pre-operative
 * tests", "X-ray" -> "x-ray"), unless its first word is an acronym or code, told by a capital or digit
 * after its first letter ("MRI", "NSAID", "TENS unit", "H2 blocker"): those are written as they are.
 */
export function lowerFirstUnlessAcronym(label: string): string {
  const firstWord = /^\S*/.exec(label)?.[0] ?? '';
  if (!/^[A-Z]/.test(firstWord) || /[A-Z0-9]/.test(firstWord.slice(1))) return label;
  return label.charAt(0).toLowerCase() + label.slice(1);
}

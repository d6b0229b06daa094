/**
 * Resolves a drug name as written in the records ("Norco 10/325", "Oxycodone HCl ER 20mg",
 * "Mobic (meloxicam)") to a reference entry. Case-insensitive, whole-word, tolerant of strengths,
 * salts and dosage-form words, and of one-letter misspellings (reported as approximate). Unknown or
 * multi-drug names return undefined from `findDrug`; nothing here throws.
 */
import { DRUG_REFERENCE, type DrugEntry, drugById } from './drug-reference';
import { type OpioidStrength, opioidStrengthOf } from './opioid-strength';
import { type ParsedStrength, parseStrength } from './parse-strength';

export interface DrugLookupContext {
  /** Medication route as entered ('oral', 'topical', 'transdermal', ...). */
  route?: string;
  /** Dosage form as entered ("tablet", "patch", "cream"). */
  form?: string;
}

export interface DrugMatch {
  drug: DrugEntry;
  /** The alias that matched, normalised ("norco", "ultram er"). */
  matchedAlias: string;
  /** Matched by a near spelling (one letter off): the reviewer should confirm. */
  approximate: boolean;
  /** Strength written in the name ("Norco 10/325" -> 10/325 mg), or null. */
  strength: ParsedStrength | null;
  /** The opioid strength the name gives or implies ("Tylenol #3" -> codeine 30 mg); null otherwise. */
  opioidStrength: OpioidStrength | null;
  /** Why this entry was picked, when it was not a plain match (variant or near spelling). */
  note: string | null;
}

/** Words that never tell drugs apart: salts and connectors. */
const NOISE_WORDS = new Set([
  'hcl',
  'hydrochloride',
  'bitartrate',
  'sulfate',
  'sodium',
  'potassium',
  'citrate',
  'tartrate',
  'phosphate',
  'besylate',
  'succinate',
  'mesylate',
  'maleate',
  'fumarate',
  'acetate',
  'hbr',
  'hydrobromide',
  'epolamine',
  'and',
  'with',
  'w',
  'plus',
]);

const SYNONYMS: Readonly<Record<string, string>> = { acetaminophen: 'apap', paracetamol: 'apap' };

const UNIT_WORDS = new Set(['mg', 'mcg', 'g', 'gm', 'ml', '%', 'h', 'hr', 'ug']);

const APPROXIMATE_MIN_LENGTH = 6;
const MAX_NAME_LENGTH = 2000;

function tokenize(text: string): string[] {
  return (
    text
      .slice(0, MAX_NAME_LENGTH)
      .toLowerCase()
      .replace(/[µμ]g/g, 'mcg')
      // "Tylenol No. 3" is "Tylenol #3": the "no" before a number is the number sign
      .replace(/\bno\.?\s*(?=\d)/g, ' ')
      .split(/[^a-z0-9.%]+/)
      .map((token) => token.replace(/^\.+|\.+$/g, ''))
      .filter((token) => token !== '' && !NOISE_WORDS.has(token))
      .map((token) => SYNONYMS[token] ?? token)
  );
}

function isStrengthToken(token: string): boolean {
  return /^[\d.%]/.test(token) || UNIT_WORDS.has(token);
}

interface AliasIndex {
  byKey: Map<string, string>;
  maxTokens: number;
  /** Single-word aliases long enough for near-spelling matching. */
  longSingles: { key: string; drugId: string }[];
}

function buildAliasIndex(drugs: readonly DrugEntry[]): AliasIndex {
  const byKey = new Map<string, string>();
  let maxTokens = 1;
  for (const drug of drugs) {
    for (const alias of [drug.genericName, ...drug.aliases]) {
      const tokens = tokenize(alias);
      if (tokens.length === 0) continue;
      const key = tokens.join(' ');
      // First writer wins; reference tests assert that no alias names two drugs.
      if (!byKey.has(key)) byKey.set(key, drug.id);
      maxTokens = Math.max(maxTokens, tokens.length);
    }
  }
  const longSingles = [...byKey.entries()]
    .filter(([key]) => !key.includes(' ') && key.length >= APPROXIMATE_MIN_LENGTH)
    .map(([key, drugId]) => ({ key, drugId }));
  return { byKey, maxTokens, longSingles };
}

const INDEX = buildAliasIndex(DRUG_REFERENCE.drugs);

/** Every alias key with the id it resolves to, for reference tests. */
export function aliasKeysFor(drug: DrugEntry): string[] {
  return [drug.genericName, ...drug.aliases].map((alias) => tokenize(alias).join(' ')).filter(Boolean);
}

interface Candidate {
  start: number;
  end: number; // exclusive, in full-token positions
  tokenCount: number;
  key: string;
  drugId: string;
}

function candidatesIn(tokens: string[], positions: number[]): Candidate[] {
  const found: Candidate[] = [];
  for (let start = 0; start < tokens.length; start += 1) {
    for (let length = Math.min(INDEX.maxTokens, tokens.length - start); length >= 1; length -= 1) {
      const key = tokens.slice(start, start + length).join(' ');
      const drugId = INDEX.byKey.get(key);
      if (drugId === undefined) continue;
      const first = positions[start] ?? start;
      const last = positions[start + length - 1] ?? start + length - 1;
      found.push({ start: first, end: last + 1, tokenCount: length, key, drugId });
    }
  }
  return found;
}

function selectNonOverlapping(candidates: Candidate[]): Candidate[] {
  const ordered = [...candidates].sort(
    (a, b) => b.tokenCount - a.tokenCount || b.key.length - a.key.length || a.start - b.start,
  );
  const chosen: Candidate[] = [];
  for (const candidate of ordered) {
    if (chosen.every((other) => candidate.end <= other.start || candidate.start >= other.end)) {
      chosen.push(candidate);
    }
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/**
 * Drops a generic name that spells out a part of another matched product ("Norco (hydrocodone)",
 * "Fanatrex (gabapentin)"). A brand stays a product of its own ("OxyContin ..., Percocet").
 */
function distinctProducts(candidates: Candidate[]): Candidate[] {
  const ids = new Set(candidates.map((candidate) => candidate.drugId));
  const spellsOutPartOfAnother = (candidate: Candidate) => {
    const part = drugById(candidate.drugId);
    if (!part || tokenize(part.genericName).join(' ') !== candidate.key) return false;
    return [...ids].some((other) => {
      if (other === candidate.drugId) return false;
      const entry = drugById(other);
      return (
        entry?.components?.includes(candidate.drugId) === true || entry?.opioidComponent === candidate.drugId
      );
    });
  };
  const seen = new Set<string>();
  return candidates.filter((candidate) => {
    if (seen.has(candidate.drugId) || spellsOutPartOfAnother(candidate)) return false;
    seen.add(candidate.drugId);
    return true;
  });
}

/** Optimal string alignment distance, stopping early above 1 (only 0/1/2 are ever needed). */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  if (a === b) return true;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  const restA = a.slice(i);
  const restB = b.slice(i);
  return (
    restA.slice(1) === restB.slice(1) || // substitution
    restA.slice(1) === restB || // deletion from a
    restA === restB.slice(1) || // insertion into a
    (restA.length >= 2 && restA[0] === restB[1] && restA[1] === restB[0] && restA.slice(2) === restB.slice(2)) // swap
  );
}

function approximateCandidates(tokens: string[], positions: number[]): Candidate[] {
  const found: Candidate[] = [];
  tokens.forEach((token, index) => {
    if (token.length < APPROXIMATE_MIN_LENGTH) return;
    for (const single of INDEX.longSingles) {
      if (withinOneEdit(token, single.key)) {
        const position = positions[index] ?? index;
        found.push({
          start: position,
          end: position + 1,
          tokenCount: 1,
          key: single.key,
          drugId: single.drugId,
        });
      }
    }
  });
  return found;
}

const SKIN_FORM =
  /\b(?:cream|gel|ointment|lotion|patch|patches|topical|liniment|roll[- ]?on|foam|salve|balm)\b/;
const PATCH_FORM = /\bpatch(?:es)?\b/;

function pickVariant(
  drug: DrugEntry,
  name: string,
  context: DrugLookupContext,
): { drug: DrugEntry; note: string | null } {
  const formText = `${name} ${context.form ?? ''}`.toLowerCase();
  const route = (context.route ?? '').toLowerCase();
  const isPatch = PATCH_FORM.test(formText);
  const onSkin = isPatch || SKIN_FORM.test(formText) || route === 'topical' || route === 'transdermal';
  if (drug.patchVariantId && isPatch) {
    const variant = drugById(drug.patchVariantId);
    if (variant) return { drug: variant, note: `written as a patch: read as ${variant.genericName}` };
  }
  if (drug.topicalVariantId && onSkin) {
    const variant = drugById(drug.topicalVariantId);
    if (variant) return { drug: variant, note: `applied to the skin: read as ${variant.genericName}` };
  }
  return { drug, note: null };
}

function toMatch(
  candidate: Candidate,
  name: string,
  context: DrugLookupContext,
  approximate: boolean,
): DrugMatch | null {
  const base = drugById(candidate.drugId);
  if (!base) return null;
  const { drug, note: variantNote } = pickVariant(base, name, context);
  const parsed = parseStrength(name);
  const strength = parsed.ok ? parsed.strength : null;
  const impliedMg = drug.impliedOpioidMg?.[candidate.key];
  const opioidStrength =
    impliedMg !== undefined && strength === null
      ? {
          value: impliedMg,
          unit: 'mg' as const,
          explanation: `${drugById(drug.opioidComponent ?? '')?.genericName ?? 'opioid'} ${impliedMg} mg implied by the name "${candidate.key}"`,
        }
      : strength && drug.mme
        ? opioidStrengthOf(drug, strength)
        : null;
  const approximateNote = approximate
    ? `"${name.trim()}" is not an exact name in the reference; read as ${drug.genericName} (${candidate.key}): confirm`
    : null;
  return {
    drug,
    matchedAlias: candidate.key,
    approximate,
    strength,
    opioidStrength: opioidStrength && 'value' in opioidStrength ? opioidStrength : null,
    note: [approximateNote, variantNote].filter(Boolean).join('; ') || null,
  };
}

/**
 * Every distinct product named in `name` ("Norco and Soma" -> two). Parts of a named product are
 * not listed separately ("Percocet (oxycodone/acetaminophen)" -> one).
 */
export function findDrugs(name: string, context: DrugLookupContext = {}): DrugMatch[] {
  if (typeof name !== 'string') return [];
  const full = tokenize(name);
  if (full.length === 0) return [];
  const fullPositions = full.map((_, index) => index);
  const strippedPositions = fullPositions.filter((index) => !isStrengthToken(full[index] ?? ''));
  const stripped = strippedPositions.map((index) => full[index] ?? '');

  let approximate = false;
  let chosen = distinctProducts(
    selectNonOverlapping([
      ...candidatesIn(full, fullPositions),
      ...candidatesIn(stripped, strippedPositions),
    ]),
  );
  if (chosen.length === 0) {
    const near = distinctProducts(selectNonOverlapping(approximateCandidates(stripped, strippedPositions)));
    // A near spelling that fits two different drugs is not a match at all.
    const nearIds = new Set(approximateCandidates(stripped, strippedPositions).map((c) => c.drugId));
    if (near.length > 0 && nearIds.size === near.length) {
      chosen = near;
      approximate = true;
    }
  }
  // Two words may name one product once the route is known: "Voltaren (diclofenac sodium) 1% gel"
  // is the brand and the gel, both topical diclofenac.
  const products = new Set<string>();
  return chosen
    .map((candidate) => toMatch(candidate, name, context, approximate))
    .filter((match): match is DrugMatch => {
      if (match === null || products.has(match.drug.id)) return false;
      products.add(match.drug.id);
      return true;
    });
}

/**
 * The one drug `name` refers to, or undefined when the name is unknown, empty, or names several
 * products (the caller says "not in the reference; classify it" or "list the ingredients").
 */
export function findDrug(name: string, context: DrugLookupContext = {}): DrugMatch | undefined {
  const matches = findDrugs(name, context);
  return matches.length === 1 ? matches[0] : undefined;
}

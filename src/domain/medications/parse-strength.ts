/**
 * Reads a drug strength as written in the records: "10/325 mg", "25 mcg/h", "5%", "7.5 mg", "50mg",
 * "25 mg/ml", "5 mg/5 ml". Never throws; an unreadable strength comes back with a reason.
 */

export type StrengthUnit = 'mg' | 'mcg' | 'g' | 'mcg/h' | 'mg/h' | 'mg/ml' | 'mcg/ml' | '%';

export interface ParsedStrength {
  /** Every amount in writing order: "10/325 mg" -> [10, 325]. Per-ml units are normalised to 1 ml. */
  amounts: number[];
  unit: StrengthUnit;
  /** True when no unit was written and mg was assumed ("Norco 10/325"). */
  unitAssumed: boolean;
  /** The part of the text the strength was read from. */
  text: string;
}

export type StrengthParse = { ok: true; strength: ParsedStrength } | { ok: false; reason: string };

export interface StrengthParseOptions {
  /**
   * Accept a bare number without a unit ("20"), read as mg. Off for drug names, where a bare number
   * is as likely a product number ("Tylenol 3") as a strength.
   */
  allowBareNumber?: boolean;
}

const NUMBER = String.raw`\d+(?:\.\d+)?`;
// Amounts joined by "/" or "-" ("10/325", "10-325"), an optional unit, an optional "per" part.
const STRENGTH_PATTERN = new RegExp(
  String.raw`(${NUMBER}(?:\s*[/-]\s*${NUMBER})*)\s*((?:mcg|mg|gm|g)(?![a-z])|%)?` +
    String.raw`(?:\s*/\s*(?:(${NUMBER})\s*)?(h|ml)\b)?`,
  'g',
);

/** Lower-cases and rewrites unit spellings to one form each, keeping the character positions meaningful. */
function normalizeStrengthText(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[µμ]g|(?<=\d\s*)ug\b|\bug\b/g, 'mcg')
      .replace(/\bmicrograms?\b/g, 'mcg')
      .replace(/\bmilligrams?\b/g, 'mg')
      .replace(/\bgrams?\b/g, 'g')
      .replace(/\bpercent\b/g, '%')
      .replace(/\s*(?:per|\/)\s*(?:hour|hr|hrs|h)\b/g, '/h')
      .replace(/\s*(?:per|\/)\s*(\d+(?:\.\d+)?\s*)?(?:ml|cc|milliliters?)\b/g, '/$1ml')
      .replace(/(\d),(\d{3})\b/g, '$1$2')
      .replace(/[–—]/g, '-')
      // "#60" is a dispensed quantity, never a strength.
      .replace(/#\s*\d+(?:\.\d+)?/g, ' ')
  );
}

function unitFor(base: string | undefined, per: string | undefined): StrengthUnit | null {
  const mass = base === 'gm' ? 'g' : base;
  if (per === 'h') {
    if (mass === 'mcg') return 'mcg/h';
    if (mass === 'mg') return 'mg/h';
    return null;
  }
  if (per === 'ml') {
    if (mass === 'mg') return 'mg/ml';
    if (mass === 'mcg') return 'mcg/ml';
    return null;
  }
  if (mass === 'mg' || mass === 'mcg' || mass === 'g' || mass === '%') return mass;
  return null;
}

/**
 * The first strength in `text`. A match with a unit or with several amounts ("10/325") is preferred
 * over a bare number; a bare number is used (as mg, flagged `unitAssumed`) only with `allowBareNumber`.
 */
export function parseStrength(text: string, options: StrengthParseOptions = {}): StrengthParse {
  const source = typeof text === 'string' ? text.slice(0, 2000) : '';
  if (source.trim() === '') return { ok: false, reason: 'no strength entered' };
  const normalized = normalizeStrengthText(source);
  let bare: ParsedStrength | null = null;
  for (const match of normalized.matchAll(STRENGTH_PATTERN)) {
    const [whole, amountText = '', baseUnit, perAmountText, perUnit] = match;
    const amounts = amountText.split(/\s*[/-]\s*/).map(Number);
    if (amounts.some((amount) => !Number.isFinite(amount))) continue;
    const unit = unitFor(baseUnit, perUnit);
    if (unit) {
      const perAmount = perAmountText === undefined ? 1 : Number(perAmountText);
      if (!Number.isFinite(perAmount) || perAmount <= 0) continue;
      const scaled = perUnit === 'ml' ? amounts.map((amount) => amount / perAmount) : amounts;
      return { ok: true, strength: { amounts: scaled, unit, unitAssumed: false, text: whole.trim() } };
    }
    if (baseUnit === undefined && perUnit === undefined && amounts.length > 1) {
      // "10/325" with no unit: oral combination strengths are written in mg.
      return { ok: true, strength: { amounts, unit: 'mg', unitAssumed: true, text: whole.trim() } };
    }
    if (baseUnit === undefined && perUnit === undefined && bare === null) {
      bare = { amounts, unit: 'mg', unitAssumed: true, text: whole.trim() };
    }
  }
  if (bare && options.allowBareNumber) return { ok: true, strength: bare };
  if (bare) return { ok: false, reason: `no unit written with "${bare.text}"` };
  return { ok: false, reason: `could not read a strength in "${truncate(source)}"` };
}

export function truncate(text: string, length = 40): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  return trimmed.length <= length ? trimmed : `${trimmed.slice(0, length - 1)}…`;
}

/** "10/325 mg", "25 mcg/h", "5%". */
export function formatStrength(strength: ParsedStrength): string {
  const amounts = strength.amounts.map(formatNumber).join('/');
  return strength.unit === '%' ? `${amounts}%` : `${amounts} ${strength.unit}`;
}

/** Up to 2 decimals, no trailing zeros: 40, 0.33, 7.5. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return String(Math.round(value * 100) / 100);
}

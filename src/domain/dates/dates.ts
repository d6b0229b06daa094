/**
 * Date-only helpers on ISO `YYYY-MM-DD` strings. No Date.now(): callers pass "today" (asOf) in.
 * Arithmetic runs on UTC day numbers so time zones and DST never shift a date.
 */

export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date in YYYY-MM-DD form (rejects 2014-02-30, 2014-13-01). */
export function isValidIsoDate(value: string): boolean {
  return toDayNumber(value) !== null;
}

/** Days since 1970-01-01 for a valid ISO date, or null. */
export function toDayNumber(value: string): number | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

export function fromDayNumber(dayNumber: number): IsoDate {
  return new Date(dayNumber * 86_400_000).toISOString().slice(0, 10);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whole days from `from` to `to` (negative when `to` is earlier); null if either is invalid. */
export function daysBetween(from: string, to: string): number | null {
  const a = toDayNumber(from);
  const b = toDayNumber(to);
  return a === null || b === null ? null : b - a;
}

export function addDays(date: string, days: number): IsoDate | null {
  const n = toDayNumber(date);
  return n === null ? null : fromDayNumber(n + days);
}

/** Negative, zero or positive like a sort comparator; invalid dates sort last. */
export function compareIsoDates(a: string, b: string): number {
  const x = toDayNumber(a);
  const y = toDayNumber(b);
  if (x === null && y === null) return 0;
  if (x === null) return 1;
  if (y === null) return -1;
  return x - y;
}

/** Completed calendar years from `from` to `to` (birthday arithmetic); null if invalid or negative. */
export function wholeYearsBetween(from: string, to: string): number | null {
  if (!isValidIsoDate(from) || !isValidIsoDate(to) || compareIsoDates(from, to) > 0) return null;
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  let years = ty - fy;
  if (tm < fm || (tm === fm && td < fd)) years -= 1;
  return years;
}

/** Completed calendar months from `from` to `to`; null if invalid or negative. */
export function wholeMonthsBetween(from: string, to: string): number | null {
  if (!isValidIsoDate(from) || !isValidIsoDate(to) || compareIsoDates(from, to) > 0) return null;
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  let months = (ty - fy) * 12 + (tm - fm);
  if (td < fd) months -= 1;
  return months;
}

/** The same calendar day `years` later (Feb 29 -> Feb 28 in non-leap years). */
export function addYears(date: string, years: number): IsoDate | null {
  if (!isValidIsoDate(date)) return null;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const year = y + years;
  const day = Math.min(d, daysInMonth(year, m));
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** MM/DD/YYYY for screens and the letter header; the input unchanged if it is not a valid date. */
export function formatUsDate(date: string): string {
  if (!isValidIsoDate(date)) return date;
  const [y, m, d] = date.split('-');
  return `${m}/${d}/${y}`;
}

/** MM/DD/YY, as real letters write dates inside the case summary ("injury date of 08/01/13"). */
export function formatUsShortDate(date: string): string {
  if (!isValidIsoDate(date)) return date;
  const [y, m, d] = date.split('-');
  return `${m}/${d}/${y?.slice(2)}`;
}

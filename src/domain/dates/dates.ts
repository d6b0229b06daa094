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
  return daysFromCivil(year, month, day);
}

// Calendar arithmetic without Date objects (H. Hinnant's days_from_civil / civil_from_days): the
// evaluator converts dates for every criterion on every keystroke, and Date allocation dominated.
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

export function fromDayNumber(dayNumber: number): IsoDate {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] ?? 31);
}

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** The last day of a month (2016, 2 -> "2016-02-29"), or null for a month that does not exist. */
export function lastDayOfMonth(year: number, month: number): IsoDate | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) return null;
  const date = `${pad(year, 4)}-${pad(month, 2)}-${pad(daysInMonth(year, month), 2)}`;
  return isValidIsoDate(date) ? date : null;
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
  return compareDayNumbers(toDayNumber(a), toDayNumber(b));
}

/** compareIsoDates on dates already read with toDayNumber: invalid (null) last. */
export function compareDayNumbers(x: number | null, y: number | null): number {
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

/**
 * Facts derived from a case: computed on demand, never stored. Every function tolerates missing or
 * malformed input and answers null ("not known") instead of guessing.
 */
import { addDays, daysBetween, isValidIsoDate, wholeMonthsBetween, wholeYearsBetween } from '../dates/dates';
import type { CaseDraft, DisputedItem, TherapyCourse } from './case-schema';
import { itemAsUsed } from './service-types';

/** IMR decision windows in days from receipt of records (Labor Code 4610.6). */
export const IMR_DEADLINE_DAYS = { standard: 30, expedited: 3 } as const;

/** Age at the date of injury: from the date of birth when given, else the stated age. */
export function ageAtInjury(draft: CaseDraft): number | null {
  const { dateOfBirth, age } = draft.patient;
  if (isValidIsoDate(dateOfBirth) && isValidIsoDate(draft.injury.dateOfInjury)) {
    return wholeYearsBetween(dateOfBirth, draft.injury.dateOfInjury);
  }
  return age;
}

/** Age as the letter states it: from date of birth at the UR date or request date, else the stated age. */
export function patientAge(draft: CaseDraft): number | null {
  const { dateOfBirth, age } = draft.patient;
  const reference = firstValidDate(draft.imr.requestDate, draft.imr.urDeterminationDate);
  if (isValidIsoDate(dateOfBirth) && reference) return wholeYearsBetween(dateOfBirth, reference);
  return age;
}

/**
 * The date a request is judged by: the RFA date, or the UR determination date when the RFA date is
 * unknown (letters often give only the UR date).
 */
export function requestReferenceDate(draft: CaseDraft): { date: string; source: 'request' | 'ur' } | null {
  if (isValidIsoDate(draft.imr.requestDate)) return { date: draft.imr.requestDate, source: 'request' };
  if (isValidIsoDate(draft.imr.urDeterminationDate))
    return { date: draft.imr.urDeterminationDate, source: 'ur' };
  return null;
}

/** Days and whole months from injury to the request (or UR) date. */
export function timeFromInjuryToRequest(draft: CaseDraft): { days: number; months: number } | null {
  const reference = requestReferenceDate(draft);
  if (!reference || !isValidIsoDate(draft.injury.dateOfInjury)) return null;
  const days = daysBetween(draft.injury.dateOfInjury, reference.date);
  const months = wholeMonthsBetween(draft.injury.dateOfInjury, reference.date);
  return days === null || months === null ? null : { days, months };
}

/**
 * Visits a disputed item asks for: frequency x duration when both are given, else the stated
 * quantity, counting only the fields its service type uses. Null when neither is known.
 */
export function requestedVisits(item: DisputedItem): number | null {
  const { frequencyPerWeek, durationWeeks, quantity } = itemAsUsed(item);
  if (frequencyPerWeek !== null && durationWeeks !== null) return frequencyPerWeek * durationWeeks;
  return quantity;
}

/** Visits already completed per therapy discipline (sum over courses with a known count). */
export function completedVisitsByDiscipline(courses: TherapyCourse[]): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const course of courses) {
    if (!course.discipline || course.visitsCompleted === null) continue;
    totals[course.discipline] = (totals[course.discipline] ?? 0) + course.visitsCompleted;
  }
  return totals;
}

export interface ImrDeadline {
  dueDate: string;
  windowDays: number;
  /**
   * What the due date is measured against: the determination date once one is entered (a decided
   * case is judged by when it was decided, not by how long ago that was), else today.
   */
  measuredTo: 'decision' | 'today';
  /** Days from that date to the due date: negative when it is past the deadline. */
  daysLeft: number;
}

/** The IMR decision deadline: 30 days (standard) or 3 days (expedited) from records received. */
export function imrDeadline(draft: CaseDraft, today: string): ImrDeadline | null {
  const received = draft.imr.recordsReceivedDate;
  if (!isValidIsoDate(received)) return null;
  const decided = isValidIsoDate(draft.imr.decisionDate);
  const measuredFrom = decided ? draft.imr.decisionDate : today;
  if (!isValidIsoDate(measuredFrom)) return null;
  const windowDays = IMR_DEADLINE_DAYS[draft.imr.priority === 'expedited' ? 'expedited' : 'standard'];
  const dueDate = addDays(received, windowDays);
  const daysLeft = dueDate === null ? null : daysBetween(measuredFrom, dueDate);
  return dueDate === null || daysLeft === null
    ? null
    : { dueDate, windowDays, measuredTo: decided ? 'decision' : 'today', daysLeft };
}

function firstValidDate(...dates: string[]): string | null {
  return dates.find((date) => isValidIsoDate(date)) ?? null;
}

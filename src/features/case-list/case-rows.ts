/** What the case list shows for each case, and the search over it. Pure: `today` is passed in. */
import type { CaseDraft } from '@/domain/case/case-schema';
import { CASE_STATUS_LABELS, type CaseStatus, caseStatus } from '@/domain/case/case-status';
import { imrDeadline } from '@/domain/case/derived';
import { SERVICE_TYPE_LABELS } from '@/domain/case/service-types';
import { formatUsDate } from '@/domain/dates/dates';

export const UNTITLED_CASE = 'Untitled case';

export type DeadlineUrgency = 'none' | 'ok' | 'soon' | 'overdue';

export interface CaseRow {
  id: string;
  updatedAt: string;
  /** Case number, or "Untitled case". */
  title: string;
  hasCaseNumber: boolean;
  patient: string;
  services: string[];
  status: CaseStatus;
  statusLabel: string;
  deadline: { text: string; dueDate: string; urgency: DeadlineUrgency };
  /** What the search looks in, as search words (see `filterCaseRows`). */
  searchWords: {
    /** The words the row shows (title, patient, services, status) and the services' types. */
    shown: string[];
    /** The case number's words, matched anywhere inside. */
    caseNumber: string[];
  };
}

/** Days left at or below which a deadline is shown as close. */
const SOON_DAYS = 5;

export function toCaseRow(
  summary: { id: string; updatedAt: string; draft: CaseDraft },
  today: string,
): CaseRow {
  const { draft } = summary;
  const status = caseStatus(draft);
  const caseNumber = draft.imr.caseNumber.trim();
  const services = draft.disputedItems
    .map((item) => item.requestedAs.trim() || (item.serviceType ? SERVICE_TYPE_LABELS[item.serviceType] : ''))
    .filter((service) => service !== '');
  const serviceTypeLabels = draft.disputedItems.flatMap((item) =>
    item.serviceType ? [SERVICE_TYPE_LABELS[item.serviceType]] : [],
  );
  const title = caseNumber || UNTITLED_CASE;
  const patient = describePatient(draft);
  const statusLabel = CASE_STATUS_LABELS[status];

  return {
    id: summary.id,
    updatedAt: summary.updatedAt,
    title,
    hasCaseNumber: caseNumber !== '',
    patient,
    services,
    status,
    statusLabel,
    deadline: describeDeadline(draft, today, status),
    searchWords: {
      // The deadline and last-changed dates are left out: their numbers would match ages.
      shown: [...new Set(toSearchWords([title, patient, ...services, ...serviceTypeLabels, statusLabel]))],
      caseNumber: toSearchWords([caseNumber]),
    },
  };
}

function describePatient(draft: CaseDraft): string {
  const { age, sex, occupation } = draft.patient;
  const who = [age === null ? '' : String(age), sex].filter(Boolean).join(', ');
  const parts = [who, occupation.trim()].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : 'Not entered';
}

function describeDeadline(draft: CaseDraft, today: string, status: CaseStatus): CaseRow['deadline'] {
  const deadline = imrDeadline(draft, today);
  if (!deadline) return { text: 'Not known', dueDate: '', urgency: 'none' };
  const dueDate = formatUsDate(deadline.dueDate);
  const { daysLeft } = deadline;
  // A determination date, once entered, is what meets or misses the deadline: no countdown from
  // today, which would call a case decided in time years ago "overdue".
  if (deadline.measuredTo === 'decision') {
    if (daysLeft >= 0) return { text: `Due ${dueDate}`, dueDate, urgency: 'none' };
    const late = -daysLeft;
    return { text: `Decided ${late} ${late === 1 ? 'day' : 'days'} late`, dueDate, urgency: 'overdue' };
  }
  // A decided case no longer runs against the clock: show when it was due, not a countdown.
  if (status === 'decided') return { text: `Due ${dueDate}`, dueDate, urgency: 'none' };
  if (daysLeft < 0) {
    const overdue = -daysLeft;
    return { text: `${overdue} ${overdue === 1 ? 'day' : 'days'} overdue`, dueDate, urgency: 'overdue' };
  }
  if (daysLeft === 0) return { text: 'Due today', dueDate, urgency: 'soon' };
  return {
    text: `${daysLeft} ${daysLeft === 1 ? 'day' : 'days'} left`,
    dueDate,
    urgency: daysLeft <= SOON_DAYS ? 'soon' : 'ok',
  };
}

/**
 * Rows matching every word of the query, compared as the row shows them without case, accents or
 * punctuation ("45, male" finds "45, male · Bus driver"). A word matches a word of the row by its
 * start ("fem" finds "female", "untitled" finds "Untitled case"), a number only whole ("3" does not
 * find every 30-something patient), and any part of the case number ("0208" finds "CM14-0208137").
 */
export function filterCaseRows(rows: CaseRow[], query: string): CaseRow[] {
  const queryWords = toSearchWords([query]);
  if (queryWords.length === 0) return rows;
  return rows.filter((row) => queryWords.every((word) => rowHasWord(row, word)));
}

function rowHasWord(row: CaseRow, word: string): boolean {
  const { shown, caseNumber } = row.searchWords;
  if (caseNumber.some((part) => part.includes(word))) return true;
  if (/^\p{N}+$/u.test(word)) return shown.includes(word);
  // By its start only, so "male" does not find every female patient.
  return shown.some((shownWord) => shownWord.startsWith(word));
}

/** Lower-case words without accents; anything but letters and digits separates words. */
function toSearchWords(texts: readonly string[]): string[] {
  return texts.flatMap((text) =>
    text
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean),
  );
}

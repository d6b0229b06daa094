/** What the case list shows for each case, and the search over it. Pure: `today` is passed in. */
import type { CaseDraft } from '@/domain/case/case-schema';
import { CASE_STATUS_LABELS, type CaseStatus, caseStatus } from '@/domain/case/case-status';
import { imrDeadline } from '@/domain/case/derived';
import { SERVICE_TYPE_LABELS } from '@/domain/case/service-fields';
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
  /** Lower-cased words the search looks in. */
  searchText: { text: string[]; exact: string[] };
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
  const { age, sex, occupation } = draft.patient;

  return {
    id: summary.id,
    updatedAt: summary.updatedAt,
    title: caseNumber || UNTITLED_CASE,
    hasCaseNumber: caseNumber !== '',
    patient: describePatient(draft),
    services,
    status,
    statusLabel: CASE_STATUS_LABELS[status],
    deadline: describeDeadline(draft, today, status),
    searchText: {
      text: [caseNumber, occupation, ...services, ...serviceTypeLabels].map(normalize).filter(Boolean),
      // Matched whole, so "male" does not find every female patient and "3" not every 30-something.
      exact: [sex, age === null ? '' : String(age)].map(normalize).filter(Boolean),
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
 * Rows matching every word of the query, each word found in the case number, occupation or a
 * service (anywhere in the text) or equal to the patient's sex or age.
 */
export function filterCaseRows(rows: CaseRow[], query: string): CaseRow[] {
  const words = normalize(query).split(' ').filter(Boolean);
  if (words.length === 0) return rows;
  return rows.filter((row) =>
    words.every(
      (word) =>
        row.searchText.exact.includes(word) || row.searchText.text.some((text) => text.includes(word)),
    ),
  );
}

function normalize(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The pieces of a case list row that both layouts show: the table (wide screens) and the cards
 * (phones and narrow windows) render a case through these, so the two cannot drift apart.
 */
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { CaseStatus } from '@/domain/case/case-status';
import type { CaseRow, DeadlineUrgency } from './case-rows';

const STATUS_BADGE: Record<CaseStatus, string> = {
  not_started: 'bg-slate-100 text-slate-800 ring-slate-300',
  in_progress: 'bg-blue-50 text-blue-900 ring-blue-200',
  decided: 'bg-green-50 text-green-900 ring-green-200',
};

const DEADLINE_TEXT: Record<DeadlineUrgency, string> = {
  none: 'text-slate-600',
  ok: 'text-slate-800',
  soon: 'font-semibold text-amber-900',
  overdue: 'font-semibold text-red-800',
};

const lastChangedDate = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' });
const lastChangedTime = new Intl.DateTimeFormat('en-US', { timeStyle: 'short' });

export const rowActionButton =
  'rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm font-medium text-slate-800 hover:bg-slate-100 disabled:opacity-60';

const openLink = 'rounded-md bg-blue-700 px-2.5 py-1 text-sm font-medium text-white hover:bg-blue-800';

/** What each layout is given: the rows and what their actions do. */
export interface CaseRowsProps {
  rows: CaseRow[];
  caseHref: (caseId: string) => string;
  onDuplicate: (row: CaseRow) => void;
  onDelete: (row: CaseRow) => void;
  busy: boolean;
  /** More actions for a row, after Open. */
  rowActions?: (row: CaseRow) => ReactNode;
}

/** The case number, or "Untitled case" set apart so it does not read as a number. */
export function CaseTitle({ row }: { row: CaseRow }) {
  return <span className={row.hasCaseNumber ? '' : 'font-normal text-slate-600 italic'}>{row.title}</span>;
}

export function DisputedServices({ services }: { services: string[] }) {
  if (services.length === 0) return <span className="text-slate-600">None yet</span>;
  return (
    <ul className="space-y-0.5">
      {services.map((service, index) => (
        // Two items may have the same text; their position tells them apart.
        // biome-ignore lint/suspicious/noArrayIndexKey: the list is rebuilt from the draft, never reordered in place
        <li key={index}>{service}</li>
      ))}
    </ul>
  );
}

export function StatusBadge({ row }: { row: CaseRow }) {
  return (
    <span
      className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ${STATUS_BADGE[row.status]}`}
    >
      {row.statusLabel}
    </span>
  );
}

/** "3 days left" in its urgency's colour, the due date below while the clock runs. */
export function DeadlineText({ deadline }: { deadline: CaseRow['deadline'] }) {
  return (
    <>
      <span className={DEADLINE_TEXT[deadline.urgency]}>{deadline.text}</span>
      {deadline.dueDate && deadline.urgency !== 'none' && (
        <span className="block text-xs text-slate-600">Due {deadline.dueDate}</span>
      )}
    </>
  );
}

/** "Nov 29, 2026" above "5:25 AM" where room is short, without breaking inside either. */
export function LastChanged({ isoDateTime }: { isoDateTime: string }) {
  const date = new Date(isoDateTime);
  if (Number.isNaN(date.getTime())) return <time dateTime={isoDateTime}>{isoDateTime}</time>;
  return (
    <time dateTime={isoDateTime}>
      <span className="whitespace-nowrap">{lastChangedDate.format(date)}</span>,{' '}
      <span className="whitespace-nowrap">{lastChangedTime.format(date)}</span>
    </time>
  );
}

/**
 * Open, the composed actions, Duplicate and Delete, in that order. Each is named with the case
 * ("Delete CM14-0208137"), the same in both layouts; `className` lays them out.
 */
export function CaseRowActions({
  row,
  caseHref,
  onDuplicate,
  onDelete,
  busy,
  rowActions,
  className,
}: Omit<CaseRowsProps, 'rows'> & { row: CaseRow; className: string }) {
  return (
    <div className={className}>
      <Link to={caseHref(row.id)} className={openLink}>
        Open<span className="sr-only"> {row.title}</span>
      </Link>
      {rowActions?.(row)}
      <button type="button" className={rowActionButton} disabled={busy} onClick={() => onDuplicate(row)}>
        Duplicate<span className="sr-only"> {row.title}</span>
      </button>
      <button type="button" className={rowActionButton} disabled={busy} onClick={() => onDelete(row)}>
        Delete<span className="sr-only"> {row.title}</span>
      </button>
    </div>
  );
}

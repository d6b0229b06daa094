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

/** Every cell's padding: narrower than the page's, so seven columns fit 1024 px. */
const cell = 'px-3 py-3';

export const rowActionButton =
  'rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm font-medium text-slate-800 hover:bg-slate-100 disabled:opacity-60';

export interface CaseTableProps {
  rows: CaseRow[];
  caseHref: (caseId: string) => string;
  onDuplicate: (row: CaseRow) => void;
  onDelete: (row: CaseRow) => void;
  busy: boolean;
  /** More actions for a row, after Open. */
  rowActions?: (row: CaseRow) => ReactNode;
}

/**
 * The list fits the page from 1024 px wide (no sideways scroll, every row's actions on screen): a
 * fixed layout whose set columns hold their content wrapped (case numbers and names break anywhere,
 * the date above the time, the actions two by two), and the disputed services take the rest. Only
 * below that width does the table scroll inside its own frame.
 */
export function CaseTable({ rows, caseHref, onDuplicate, onDelete, busy, rowActions }: CaseTableProps) {
  return (
    // `relative`: the rows' screen-reader-only names are placed inside this scrolling frame, not
    // against the page, which they made wider than a phone's screen.
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="w-full min-w-[58rem] table-fixed border-collapse text-left text-sm [overflow-wrap:anywhere]">
        <caption className="sr-only">Cases, most recently changed first</caption>
        <colgroup>
          <col className="w-[9.5rem]" />
          <col className="w-[7rem]" />
          <col />
          <col className="w-[7.25rem]" />
          <col className="w-[7.5rem]" />
          <col className="w-[7rem]" />
          <col className="w-[12.5rem]" />
        </colgroup>
        <thead className="border-b border-slate-200 bg-slate-100 text-xs font-semibold tracking-wide text-slate-700 uppercase [overflow-wrap:normal]">
          <tr>
            <th scope="col" className={cell}>
              Case
            </th>
            <th scope="col" className={cell}>
              Patient
            </th>
            <th scope="col" className={cell}>
              Disputed services
            </th>
            <th scope="col" className={cell}>
              Status
            </th>
            <th scope="col" className={cell}>
              Deadline
            </th>
            <th scope="col" className={cell}>
              Last changed
            </th>
            <th scope="col" className={cell}>
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {rows.map((row) => (
            <tr key={row.id} className="align-top hover:bg-slate-50">
              <th scope="row" className={`${cell} font-semibold text-slate-900`}>
                <span className={row.hasCaseNumber ? '' : 'font-normal text-slate-600 italic'}>
                  {row.title}
                </span>
              </th>
              <td className={`${cell} text-slate-800`}>{row.patient}</td>
              <td className={`${cell} text-slate-800`}>
                {row.services.length === 0 ? (
                  <span className="text-slate-600">None yet</span>
                ) : (
                  <ul className="space-y-0.5">
                    {row.services.map((service, index) => (
                      // Two items may have the same text; their position tells them apart.
                      // biome-ignore lint/suspicious/noArrayIndexKey: the list is rebuilt from the draft, never reordered in place
                      <li key={index}>{service}</li>
                    ))}
                  </ul>
                )}
              </td>
              <td className={cell}>
                <span
                  className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ${STATUS_BADGE[row.status]}`}
                >
                  {row.statusLabel}
                </span>
              </td>
              <td className={`${cell} [overflow-wrap:normal]`}>
                <span className={DEADLINE_TEXT[row.deadline.urgency]}>{row.deadline.text}</span>
                {row.deadline.dueDate && row.deadline.urgency !== 'none' && (
                  <span className="block text-xs text-slate-600">Due {row.deadline.dueDate}</span>
                )}
              </td>
              <td className={`${cell} text-slate-700 [overflow-wrap:normal]`}>
                <LastChanged isoDateTime={row.updatedAt} />
              </td>
              <td className={cell}>
                {/* Two by two, each action the width of its column: nothing is pushed off the row. */}
                <div className="grid grid-cols-2 gap-1.5 [overflow-wrap:normal] *:text-center">
                  <Link
                    to={caseHref(row.id)}
                    className="rounded-md bg-blue-700 px-2.5 py-1 text-sm font-medium text-white hover:bg-blue-800"
                  >
                    Open<span className="sr-only"> {row.title}</span>
                  </Link>
                  {rowActions?.(row)}
                  <button
                    type="button"
                    className={rowActionButton}
                    disabled={busy}
                    onClick={() => onDuplicate(row)}
                  >
                    Duplicate<span className="sr-only"> {row.title}</span>
                  </button>
                  <button
                    type="button"
                    className={rowActionButton}
                    disabled={busy}
                    onClick={() => onDelete(row)}
                  >
                    Delete<span className="sr-only"> {row.title}</span>
                  </button>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** "Nov 29, 2026" above "5:25 AM": the column stays narrow without breaking inside either. */
function LastChanged({ isoDateTime }: { isoDateTime: string }) {
  const date = new Date(isoDateTime);
  if (Number.isNaN(date.getTime())) return <time dateTime={isoDateTime}>{isoDateTime}</time>;
  return (
    <time dateTime={isoDateTime}>
      <span className="whitespace-nowrap">{lastChangedDate.format(date)}</span>,{' '}
      <span className="whitespace-nowrap">{lastChangedTime.format(date)}</span>
    </time>
  );
}

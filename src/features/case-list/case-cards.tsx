import { useId } from 'react';
import {
  CaseRowActions,
  type CaseRowsProps,
  CaseTitle,
  DeadlineText,
  DisputedServices,
  LastChanged,
  StatusBadge,
} from './case-row-parts';

/** A term beside its description, first lines on one baseline. */
const entry = 'grid grid-cols-[7.5rem_minmax(0,1fr)] items-baseline gap-x-3';
const term = 'text-xs font-semibold tracking-wide text-slate-600 uppercase';

/**
 * The list on phones and narrow windows: one card per case, stacked, as wide as the screen, so the
 * deadline, the status and every action show without scrolling sideways. Each card is a list item
 * named by its case number (its heading); its actions carry the same names as the table's.
 */
export function CaseCards({ rows, ...actions }: CaseRowsProps) {
  const idPrefix = useId();
  return (
    // `role="list"`: Safari drops a list's semantics once its bullets are styled away.
    // `relative`: the actions' screen-reader-only names are placed within the list.
    // biome-ignore lint/a11y/noRedundantRoles: see above
    <ul role="list" aria-label="Cases, most recently changed first" className="relative space-y-3">
      {rows.map((row, index) => {
        const titleId = `${idPrefix}-${index}`;
        return (
          <li
            key={row.id}
            aria-labelledby={titleId}
            className="rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm"
          >
            <div className="flex items-start justify-between gap-3">
              <h2
                id={titleId}
                className="min-w-0 text-base font-semibold text-slate-900 [overflow-wrap:anywhere]"
              >
                <CaseTitle row={row} />
              </h2>
              <StatusBadge row={row} />
            </div>
            <p className="mt-0.5 text-slate-700 [overflow-wrap:anywhere]">{row.patient}</p>
            <dl className="mt-3 space-y-2">
              <div className={entry}>
                <dt className={term}>Deadline</dt>
                <dd>
                  <DeadlineText deadline={row.deadline} />
                </dd>
              </div>
              <div className={entry}>
                <dt className={term}>Disputed services</dt>
                <dd className="text-slate-800 [overflow-wrap:anywhere]">
                  <DisputedServices services={row.services} />
                </dd>
              </div>
              <div className={entry}>
                <dt className={term}>Last changed</dt>
                <dd className="text-slate-700">
                  <LastChanged isoDateTime={row.updatedAt} />
                </dd>
              </div>
            </dl>
            {/* Two by two on a phone, each a full-width target; in one row once there is room. */}
            <CaseRowActions
              row={row}
              {...actions}
              className="mt-4 grid grid-cols-2 gap-2 border-t border-slate-200 pt-3 *:inline-flex *:items-center *:justify-center *:py-2 sm:flex sm:flex-wrap"
            />
          </li>
        );
      })}
    </ul>
  );
}

import {
  CaseRowActions,
  type CaseRowsProps,
  CaseTitle,
  DeadlineText,
  DisputedServices,
  LastChanged,
  StatusBadge,
} from './case-row-parts';

/** Every cell's padding: narrower than the page's, so seven columns fit 1024 px. */
const cell = 'px-3 py-3';

/**
 * The list on wide screens. It fits the page from 1024 px wide (no sideways scroll, every row's
 * actions on screen): a fixed layout whose set columns hold their content wrapped (case numbers and
 * names break anywhere, the date above the time, the actions two by two), and the disputed services
 * take the rest. Narrower screens get the cards (`CaseCards`) instead; should the table be shown
 * narrower all the same, it scrolls inside its own frame rather than widening the page.
 */
export function CaseTable({ rows, ...actions }: CaseRowsProps) {
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
                <CaseTitle row={row} />
              </th>
              <td className={`${cell} text-slate-800`}>{row.patient}</td>
              <td className={`${cell} text-slate-800`}>
                <DisputedServices services={row.services} />
              </td>
              <td className={cell}>
                <StatusBadge row={row} />
              </td>
              <td className={`${cell} [overflow-wrap:normal]`}>
                <DeadlineText deadline={row.deadline} />
              </td>
              <td className={`${cell} text-slate-700 [overflow-wrap:normal]`}>
                <LastChanged isoDateTime={row.updatedAt} />
              </td>
              <td className={cell}>
                {/* Two by two, each action the width of its column: nothing is pushed off the row. */}
                <CaseRowActions
                  row={row}
                  {...actions}
                  className="grid grid-cols-2 gap-1.5 [overflow-wrap:normal] *:text-center"
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

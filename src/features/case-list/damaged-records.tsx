import type { DamagedRecord } from '@/storage/cases-repo';
import { downloadJson, safeFileNamePart } from './download-json';

const SHOWN_ISSUES = 5;

/** Records that could not be read: kept, explained, exportable, and deletable (with undo). */
export function DamagedRecords({
  records,
  onDelete,
  busy,
}: {
  records: DamagedRecord[];
  onDelete: (record: DamagedRecord) => void;
  busy: boolean;
}) {
  return (
    <section aria-labelledby="damaged-heading" className="space-y-3">
      <h2 id="damaged-heading" className="text-lg font-semibold text-slate-900">
        Records that cannot be opened
      </h2>
      <p className="max-w-3xl text-sm text-slate-700">
        These stored records could not be read as cases. They are kept exactly as they are. Export the raw
        data to keep a copy or to get help recovering it.
      </p>
      <ul className="space-y-3">
        {records.map((record) => (
          <li key={record.id} className="rounded-lg border border-amber-300 bg-amber-50 p-4">
            <p className="font-medium text-slate-900">
              Record <code className="rounded bg-white px-1 text-sm">{record.id}</code>
            </p>
            <p className="mt-1 text-sm text-slate-800">{record.reason}</p>
            {record.issues.length > 0 && (
              <ul className="mt-2 list-disc pl-5 text-sm text-slate-800">
                {record.issues.slice(0, SHOWN_ISSUES).map((issue) => (
                  <li key={`${issue.path}:${issue.message}`}>
                    <code>{issue.path}</code>: {issue.message}
                  </li>
                ))}
                {record.issues.length > SHOWN_ISSUES && (
                  <li>and {record.issues.length - SHOWN_ISSUES} more (see the exported data)</li>
                )}
              </ul>
            )}
            <div className="mt-3 flex flex-wrap gap-2">
              <button
                type="button"
                onClick={() => downloadJson(`damaged-record-${safeFileNamePart(record.id)}.json`, record.raw)}
                className="rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium text-slate-900 hover:bg-slate-100"
              >
                Export raw data<span className="sr-only"> of record {record.id}</span>
              </button>
              <button
                type="button"
                disabled={busy}
                onClick={() => onDelete(record)}
                className="rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium text-slate-900 hover:bg-slate-100 disabled:opacity-60"
              >
                Delete<span className="sr-only"> record {record.id}</span>
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

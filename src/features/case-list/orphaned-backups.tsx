import type { CaseDraft } from '@/domain/case/case-schema';
import type { OrphanedBackup } from '@/storage/orphaned-backups';
import { downloadJson, safeFileNamePart } from './download-json';

const dateTime = new Intl.DateTimeFormat('en-US', { dateStyle: 'short', timeStyle: 'short' });

/** What the reviewer calls these changes: their case number, or what they are. */
export function orphanedBackupTitle(orphan: OrphanedBackup): string {
  if (!orphan.draft) return `Unreadable changes (record ${orphan.caseId})`;
  return orphan.draft.imr.caseNumber.trim() || 'Untitled case';
}

const button =
  'rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium text-slate-900 hover:bg-slate-100 disabled:opacity-60';

/**
 * Unsaved changes a closed page left for a case that is no longer stored (deleted, or all local
 * data cleared, in another tab while it was open): shown so they are neither lost nor kept unseen.
 */
export function OrphanedBackups({
  orphans,
  busy,
  onRestore,
  onDiscard,
  exportDraft,
}: {
  orphans: OrphanedBackup[];
  busy: boolean;
  onRestore: (orphan: OrphanedBackup) => void;
  onDiscard: (orphan: OrphanedBackup) => void;
  /** Downloads readable changes as a case file, which imports like any other. */
  exportDraft?: ((draft: CaseDraft) => void) | undefined;
}) {
  return (
    <section aria-labelledby="orphaned-backups-heading" className="space-y-3">
      <h2 id="orphaned-backups-heading" className="text-lg font-semibold text-slate-900">
        Unsaved changes to cases no longer stored
      </h2>
      <p className="max-w-3xl text-sm text-slate-700">
        A page was closed with changes it had not stored, after its case was deleted or all local data was
        cleared in another tab. Restore them as the case, export them, or discard them.
      </p>
      <ul className="space-y-3">
        {orphans.map((orphan) => {
          const title = orphanedBackupTitle(orphan);
          return (
            <li key={orphan.caseId} className="rounded-lg border border-amber-300 bg-amber-50 p-4">
              <h3 className="font-medium text-slate-900">{title}</h3>
              <p className="mt-1 text-sm text-slate-800">
                Changes kept by a page closed on {dateTime.format(new Date(orphan.savedAt))}.
                {!orphan.draft && ' They cannot be read as a case: export them to keep a copy.'}
              </p>
              <div className="mt-3 flex flex-wrap gap-2">
                {orphan.draft && (
                  <button
                    type="button"
                    disabled={busy}
                    aria-label={`Restore as a case: ${title}`}
                    onClick={() => onRestore(orphan)}
                    className={button}
                  >
                    Restore as a case
                  </button>
                )}
                {orphan.draft && exportDraft ? (
                  <button
                    type="button"
                    aria-label={`Export case file: ${title}`}
                    onClick={() => orphan.draft && exportDraft(orphan.draft)}
                    className={button}
                  >
                    Export case file
                  </button>
                ) : (
                  <button
                    type="button"
                    aria-label={`Export raw data: ${title}`}
                    onClick={() =>
                      downloadJson(`unsaved-changes-${safeFileNamePart(orphan.caseId)}.json`, orphan.backup)
                    }
                    className={button}
                  >
                    Export raw data
                  </button>
                )}
                <button type="button" disabled={busy} onClick={() => onDiscard(orphan)} className={button}>
                  Discard<span className="sr-only"> unsaved changes: {title}</span>
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

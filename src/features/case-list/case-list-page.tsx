/**
 * The home page: every case stored in this browser, newest change first, with search, and the
 * actions that start work (new case, demo case, sample cases) or tidy up (duplicate, delete with undo).
 */
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useId, useMemo, useRef, useState } from 'react';
import type { CaseDraft } from '@/domain/case/case-schema';
import { emptyCaseDraft } from '@/domain/case/empty-case';
import { todayIsoDate } from '@/lib/today';
import {
  caseQueries,
  useClearAllData,
  useCreateCase,
  useDeleteCase,
  useDiscardOrphanedBackup,
  useDuplicateCase,
  useKeepDiscardedBackup,
  useListFollowsOtherTabs,
  useRestoreCase,
  useRestoreOrphanedBackup,
} from '@/storage/case-queries';
import type { DeletedCase } from '@/storage/cases-repo';
import type { OrphanedBackup } from '@/storage/orphaned-backups';
import type { PendingDraft } from '@/storage/pending-drafts';
import { errorMessage } from '@/storage/storage-errors';
import { CaseCards } from './case-cards';
import { type CaseRowsProps, rowActionButton } from './case-row-parts';
import { type CaseRow, filterCaseRows, toCaseRow, UNTITLED_CASE } from './case-rows';
import { CaseTable } from './case-table';
import { ClearData } from './clear-data';
import { DamagedRecords } from './damaged-records';
import { OrphanedBackups, orphanedBackupTitle } from './orphaned-backups';
import { SampleCasesPanel } from './sample-cases-panel';
import { Toast, type ToastMessage } from './toast';

export interface CaseListPageProps {
  /** Where a case opens (the app owns the URLs). */
  caseHref: (caseId: string) => string;
  /** Opens a case that was just created. */
  onOpenCase: (caseId: string) => void;
  /** More actions beside "New case" (the app composes them, e.g. "Import case file"). */
  headerActions?: (tools: ListActionTools) => ReactNode;
  /** More actions on each row (e.g. "Export"), after Open. */
  rowActions?: (row: CaseRow, tools: ListActionTools) => ReactNode;
  /** Downloads a draft as a case file (the app owns the format): for unsaved changes whose case is gone. */
  exportDraft?: (draft: CaseDraft) => void;
}

/** What composed actions may use: the list's button look and its message area. */
export interface ListActionTools {
  primaryButtonClass: string;
  secondaryButtonClass: string;
  rowButtonClass: string;
  busy: boolean;
  showError: (message: string) => void;
}

const primaryButton =
  'rounded-md bg-blue-700 px-4 py-2 font-medium text-white shadow-sm hover:bg-blue-800 disabled:opacity-60';
const secondaryButton =
  'rounded-md border border-slate-300 bg-white px-4 py-2 font-medium text-slate-900 shadow-sm hover:bg-slate-100 disabled:opacity-60';

export function CaseListPage({
  caseHref,
  onOpenCase,
  headerActions,
  rowActions,
  exportDraft,
}: CaseListPageProps) {
  const listQuery = useQuery(caseQueries.list());
  const createCase = useCreateCase();
  const duplicateCase = useDuplicateCase();
  const deleteCase = useDeleteCase();
  const restoreCase = useRestoreCase();
  const clearAllData = useClearAllData();
  const restoreOrphan = useRestoreOrphanedBackup();
  const discardOrphan = useDiscardOrphanedBackup();
  const keepDiscarded = useKeepDiscardedBackup();
  // Another tab's new, changed or deleted case shows here without a reload.
  useListFollowsOtherTabs();

  const [search, setSearch] = useState('');
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const [focusToastAction, setFocusToastAction] = useState(false);
  const toastCounter = useRef(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const searchId = useId();
  const samplesId = useId();
  const [samplesOpen, setSamplesOpen] = useState(false);
  const samplesToggleRef = useRef<HTMLButtonElement>(null);

  const today = todayIsoDate();
  const rows = useMemo(
    () => (listQuery.data?.cases ?? []).map((summary) => toCaseRow(summary, today)),
    [listQuery.data, today],
  );
  const visibleRows = filterCaseRows(rows, search);
  const damaged = listQuery.data?.damaged ?? [];
  const orphans = listQuery.data?.orphanedBackups ?? [];
  const busy =
    createCase.isPending ||
    duplicateCase.isPending ||
    deleteCase.isPending ||
    restoreCase.isPending ||
    clearAllData.isPending ||
    restoreOrphan.isPending ||
    discardOrphan.isPending ||
    keepDiscarded.isPending;

  function showToast(message: Omit<ToastMessage, 'key'>, { focusAction = false } = {}) {
    toastCounter.current += 1;
    setFocusToastAction(focusAction);
    setToast({ ...message, key: toastCounter.current });
  }

  function dismissToast(focusWasInToast: boolean) {
    setToast(null);
    if (focusWasInToast) headingRef.current?.focus();
  }

  function showError(error: unknown) {
    showToast({ text: errorMessage(error), tone: 'error' });
  }

  const tools: ListActionTools = {
    primaryButtonClass: primaryButton,
    secondaryButtonClass: secondaryButton,
    rowButtonClass: rowActionButton,
    busy,
    showError: (message) => showToast({ text: message, tone: 'error' }),
  };

  function startCase(draftFor: (id: string) => ReturnType<typeof emptyCaseDraft>) {
    const id = crypto.randomUUID();
    createCase.mutate(draftFor(id), { onSuccess: () => onOpenCase(id), onError: showError });
  }

  function duplicate(row: CaseRow) {
    duplicateCase.mutate(
      { id: row.id, newId: crypto.randomUUID() },
      {
        onSuccess: (copy) =>
          showToast({ text: `Duplicated as “${copy.draft.imr.caseNumber || UNTITLED_CASE}”.`, tone: 'info' }),
        onError: showError,
      },
    );
  }

  function remove(id: string, label: string) {
    deleteCase.mutate(id, {
      onSuccess: (deleted) =>
        showToast(
          {
            text: `Deleted “${label}”.`,
            tone: 'info',
            action: { label: 'Undo', onAction: () => undoDelete(deleted, label) },
          },
          // The focused Delete button is gone with its row: put focus where the next step is.
          { focusAction: true },
        ),
      onError: showError,
    });
  }

  function undoDelete(deleted: DeletedCase, label: string) {
    // Replace the toast first, so Undo cannot be pressed twice.
    headingRef.current?.focus();
    showToast({ text: `Restoring “${label}”…`, tone: 'info' });
    restoreCase.mutate(deleted, {
      onSuccess: () => showToast({ text: `Restored “${label}”.`, tone: 'info' }),
      onError: showError,
    });
  }

  function restoreOrphaned(orphan: OrphanedBackup) {
    const title = orphanedBackupTitle(orphan);
    restoreOrphan.mutate(orphan.caseId, {
      onSuccess: () => {
        // The pressed button is gone with its entry.
        headingRef.current?.focus();
        showToast({ text: `Restored “${title}” as a case.`, tone: 'info' });
      },
      onError: showError,
    });
  }

  function discardOrphaned(orphan: OrphanedBackup) {
    const title = orphanedBackupTitle(orphan);
    discardOrphan.mutate(orphan.backup, {
      onSuccess: (backup: PendingDraft) =>
        showToast(
          {
            text: `Discarded the unsaved changes to “${title}”.`,
            tone: 'info',
            action: {
              label: 'Undo',
              onAction: () => {
                headingRef.current?.focus();
                keepDiscarded.mutate(backup, {
                  onSuccess: () =>
                    showToast({ text: `Kept the unsaved changes to “${title}”.`, tone: 'info' }),
                  onError: showError,
                });
              },
            },
          },
          { focusAction: true },
        ),
      onError: showError,
    });
  }

  return (
    // Bottom padding keeps the last row clear of the toast.
    <div className="space-y-8 pb-24">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 ref={headingRef} tabIndex={-1} className="text-2xl font-semibold text-slate-900 outline-none">
            <span className="sr-only">IMR Reviewer Workbench: </span>Cases
          </h1>
          <p className="mt-1 text-slate-700">Independent Medical Review cases saved in this browser.</p>
        </div>
        <div className="flex flex-wrap gap-2">
          <button
            type="button"
            className={primaryButton}
            disabled={busy}
            onClick={() => startCase(emptyCaseDraft)}
          >
            New case
          </button>
          <button
            type="button"
            className={secondaryButton}
            disabled={busy}
            onClick={() => {
              // The demo's data loads with the button, not with the list.
              import('@/domain/case/demo-case').then(
                (module) => startCase(module.buildDemoCase),
                () =>
                  showError(new Error('The demo case could not be loaded. Reload the page and try again.')),
              );
            }}
          >
            Load demo case
          </button>
          {headerActions?.(tools)}
          {/* Last in the row: Tab goes on from it into the panel it opens, just below. */}
          <button
            ref={samplesToggleRef}
            type="button"
            className={secondaryButton}
            aria-expanded={samplesOpen}
            aria-controls={samplesOpen ? samplesId : undefined}
            onClick={() => setSamplesOpen((open) => !open)}
          >
            Sample cases
          </button>
        </div>
      </div>

      {samplesOpen && (
        <SampleCasesPanel
          id={samplesId}
          busy={busy}
          onLoad={startCase}
          onClose={() => {
            setSamplesOpen(false);
            samplesToggleRef.current?.focus();
          }}
          loadButtonClass={secondaryButton}
        />
      )}

      {listQuery.isError ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-900">
          {errorMessage(listQuery.error)}
        </p>
      ) : listQuery.isPending ? (
        <p role="status" className="text-slate-700">
          Loading cases…
        </p>
      ) : (
        <section aria-label="Case list" className="space-y-4">
          {rows.length > 0 && (
            <div className="max-w-md">
              <label htmlFor={searchId} className="block text-sm font-medium text-slate-800">
                Search cases
              </label>
              <input
                id={searchId}
                type="search"
                value={search}
                onChange={(event) => setSearch(event.target.value)}
                placeholder="Case number, patient, service or status"
                className="mt-1 w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900 placeholder:text-slate-500 focus:border-blue-700"
              />
            </div>
          )}
          {rows.length === 0 ? (
            <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-700">
              <p className="font-medium text-slate-900">No cases yet.</p>
              <p className="mt-1">
                Start a new case, or load the demo case or a sample case to see how the workbench works.
              </p>
            </div>
          ) : visibleRows.length === 0 ? (
            <p className="text-slate-700">No cases match “{search.trim()}”.</p>
          ) : (
            <CaseRows
              rows={visibleRows}
              caseHref={caseHref}
              busy={busy}
              onDuplicate={duplicate}
              onDelete={(row) => remove(row.id, row.title)}
              rowActions={rowActions ? (row) => rowActions(row, tools) : undefined}
            />
          )}
          {search.trim() !== '' && rows.length > 0 && (
            <p className="sr-only" aria-live="polite">
              {visibleRows.length} of {rows.length} cases shown
            </p>
          )}
        </section>
      )}

      {damaged.length > 0 && (
        <DamagedRecords
          records={damaged}
          busy={busy}
          onDelete={(record) => remove(record.id, `record ${record.id}`)}
        />
      )}

      {orphans.length > 0 && (
        <OrphanedBackups
          orphans={orphans}
          busy={busy}
          onRestore={restoreOrphaned}
          onDiscard={discardOrphaned}
          exportDraft={exportDraft}
        />
      )}

      <ClearData
        caseCount={rows.length + damaged.length}
        busy={busy}
        clear={() => clearAllData.mutateAsync()}
        onCleared={() => {
          setSearch('');
          headingRef.current?.focus();
          showToast({
            text: 'All local data was cleared: no cases are stored in this browser.',
            tone: 'info',
          });
        }}
      />

      <Toast message={toast} onDismiss={dismissToast} focusAction={focusToastAction} />
    </div>
  );
}

/**
 * The table from 1024 px wide, where its seven columns fit; cards below, where the table would
 * scroll sideways. Only one is displayed at a time (the other is `display: none`, so it is out of
 * the accessibility tree and the tab order too).
 */
function CaseRows(props: CaseRowsProps) {
  return (
    <>
      <div className="hidden lg:block">
        <CaseTable {...props} />
      </div>
      <div className="lg:hidden">
        <CaseCards {...props} />
      </div>
    </>
  );
}

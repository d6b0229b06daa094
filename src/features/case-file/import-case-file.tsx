/**
 * "Import case file" on the case list. The file is read here, in the browser, and checked by
 * `parseCaseFile`: a file with problems is refused with each problem in plain words and nothing
 * changes. A good file whose case is already here (same case, or same case number) is never stored
 * silently: the reviewer chooses "Replace existing", "Keep both" or "Cancel". Whenever the import
 * ends here (cancelled, refused, failed, its message dismissed), focus returns to "Import case file",
 * as the Clear-data dialog returns it to its opener.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import {
  checkCaseFileSize,
  type FileProblem,
  formatFileProblem,
  parseCaseFile,
} from '@/domain/case-file/parse-case-file';
import { caseQueries, saveCaseAndUpdateCache } from '@/storage/case-queries';
import { pendingDrafts } from '@/storage/pending-drafts';
import { errorMessage } from '@/storage/storage-errors';
import {
  draftToStore,
  type ImportChoice,
  type ImportPlan,
  importFailureMessage,
  matchQuestion,
  planImport,
} from './import-plan';

type ImportState =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'refused'; fileName: string; problems: FileProblem[] }
  | { kind: 'confirming'; fileName: string; plan: ImportPlan; warnings: FileProblem[]; takenIds: Set<string> }
  | { kind: 'saving'; fileName: string }
  | { kind: 'failed'; fileName: string; message: string };

export interface ImportCaseFileProps {
  /** Opens the case that was just imported. */
  onImported: (caseId: string) => void;
  className?: string;
}

const lastChangedFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });

const dialogButton =
  'rounded-md border border-slate-400 bg-white px-4 py-2 font-medium text-slate-900 hover:bg-slate-100';
const dialogPrimaryButton = 'rounded-md bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800';

export function ImportCaseFile({ onImported, className }: ImportCaseFileProps) {
  const queryClient = useQueryClient();
  const inputRef = useRef<HTMLInputElement>(null);
  const importButtonRef = useRef<HTMLButtonElement>(null);
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  // Set when the control that had focus goes away (the dialog closes, a message is dismissed) or was
  // disabled while the file was read or stored: focus then returns to "Import case file", once it
  // is enabled again, instead of falling to the page body.
  const returnFocusRef = useRef(false);

  useEffect(() => {
    if (!returnFocusRef.current || state.kind === 'reading' || state.kind === 'saving') return;
    returnFocusRef.current = false;
    importButtonRef.current?.focus();
  }, [state]);

  /** Ends in `next` with focus back on "Import case file". */
  function settle(next: ImportState) {
    returnFocusRef.current = true;
    setState(next);
  }

  async function readFile(file: File) {
    setState({ kind: 'reading', fileName: file.name });
    // Refuse an oversized file before reading it into memory.
    const tooLarge = checkCaseFileSize(file.size);
    if (tooLarge) {
      settle({ kind: 'refused', fileName: file.name, problems: [tooLarge] });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      settle({
        kind: 'refused',
        fileName: file.name,
        problems: [{ path: '', message: `The file could not be read: ${errorMessage(error)}` }],
      });
      return;
    }
    const result = parseCaseFile(text);
    if (!result.ok) {
      settle({ kind: 'refused', fileName: file.name, problems: result.problems });
      return;
    }
    try {
      // A fresh read: the list on screen may be older than what another tab stored.
      const list = await queryClient.fetchQuery({ ...caseQueries.list(), staleTime: 0 });
      const takenIds = new Set([
        ...list.cases.map((entry) => entry.id),
        ...list.damaged.map((entry) => entry.id),
      ]);
      const plan = planImport(result.draft, list.cases);
      if (plan.match || result.warnings.length > 0) {
        setState({ kind: 'confirming', fileName: file.name, plan, warnings: result.warnings, takenIds });
      } else {
        await store(file.name, plan, 'import', takenIds);
      }
    } catch (error) {
      settle({ kind: 'failed', fileName: file.name, message: errorMessage(error) });
    }
  }

  async function store(fileName: string, plan: ImportPlan, choice: ImportChoice, takenIds: Set<string>) {
    setState({ kind: 'saving', fileName });
    const draft = draftToStore(plan, choice, takenIds, () => crypto.randomUUID());
    try {
      const saved = await saveCaseAndUpdateCache(
        queryClient,
        draft,
        // Replacing: only the version the reviewer was shown; a change made meanwhile is a conflict.
        choice === 'replace' && plan.match ? { expectedRevision: plan.match.revision } : {},
      );
      // The file is what the reviewer chose: a backup left by an earlier page of this id must not
      // be applied over it when the case opens.
      pendingDrafts.remove(saved.id);
      setState({ kind: 'idle' });
      onImported(saved.id);
    } catch (error) {
      settle({ kind: 'failed', fileName, message: importFailureMessage(error) });
    }
  }

  const busy = state.kind === 'reading' || state.kind === 'saving';
  return (
    <>
      <button
        ref={importButtonRef}
        type="button"
        className={className}
        disabled={busy}
        onClick={() => inputRef.current?.click()}
      >
        {busy ? 'Importing…' : 'Import case file'}
      </button>
      <input
        ref={inputRef}
        type="file"
        accept=".json,application/json"
        aria-label="Case file to import"
        hidden
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Cleared so that choosing the same file again is noticed.
          event.currentTarget.value = '';
          if (file) void readFile(file);
        }}
      />
      <ImportMessages state={state} onDismiss={() => settle({ kind: 'idle' })} />
      {state.kind === 'confirming' && (
        <ImportDialog
          state={state}
          onChoose={(choice) => void store(state.fileName, state.plan, choice, state.takenIds)}
          onCancel={() => settle({ kind: 'idle' })}
        />
      )}
    </>
  );
}

/** The refusal (or failure) of the last file, until dismissed or another file is chosen. */
function ImportMessages({ state, onDismiss }: { state: ImportState; onDismiss: () => void }) {
  const headingId = useId();
  return (
    <div role="alert" className="basis-full empty:hidden">
      {(state.kind === 'refused' || state.kind === 'failed') && (
        <section
          aria-labelledby={headingId}
          className="mt-2 max-w-3xl space-y-2 rounded-md border border-red-300 bg-red-50 p-4 text-red-950"
        >
          <h2 id={headingId} className="font-semibold">
            “{state.fileName}” was not imported
          </h2>
          {state.kind === 'refused' ? (
            <ul className="list-disc space-y-1 pl-5">
              {state.problems.map((problem, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: problems are a fixed list for this file
                <li key={index}>{formatFileProblem(problem)}</li>
              ))}
            </ul>
          ) : (
            <p>{state.message}</p>
          )}
          <p>Nothing was changed: the cases in this browser are as they were.</p>
          <button type="button" onClick={onDismiss} className={dialogButton}>
            Dismiss
          </button>
        </section>
      )}
    </div>
  );
}

function ImportDialog({
  state,
  onChoose,
  onCancel,
}: {
  state: Extract<ImportState, { kind: 'confirming' }>;
  onChoose: (choice: ImportChoice) => void;
  onCancel: () => void;
}) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const safeChoiceRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const { plan, warnings } = state;
  const caseNumber = plan.draft.imr.caseNumber.trim() || 'Untitled case';

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    // Start on the choice that loses nothing, never on "Replace existing".
    safeChoiceRef.current?.focus();
    return () => dialog?.close();
  }, []);

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
      className="m-auto max-w-2xl rounded-lg bg-white p-6 text-slate-900 shadow-xl backdrop:bg-slate-900/50"
    >
      <h2 id={titleId} className="text-xl font-semibold">
        Import case {caseNumber}
      </h2>
      {plan.match && <p className="mt-3">{matchQuestion(plan, formatLastChanged(plan.match.updatedAt))}</p>}
      {warnings.length > 0 && (
        <div className="mt-3 space-y-1">
          <p className="font-medium">The file can be imported. Please note:</p>
          <ul className="list-disc space-y-1 pl-5 text-slate-800">
            {warnings.map((warning, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: warnings are a fixed list for this file
              <li key={index}>{formatFileProblem(warning)}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="mt-6 flex flex-wrap justify-end gap-2">
        {plan.match ? (
          <>
            <button type="button" className={dialogButton} onClick={() => onChoose('replace')}>
              Replace existing
            </button>
            <button
              ref={safeChoiceRef}
              type="button"
              className={dialogPrimaryButton}
              onClick={() => onChoose('keep-both')}
            >
              Keep both
            </button>
          </>
        ) : (
          <button
            ref={safeChoiceRef}
            type="button"
            className={dialogPrimaryButton}
            onClick={() => onChoose('import')}
          >
            Import
          </button>
        )}
        <button type="button" className={dialogButton} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}

function formatLastChanged(isoDateTime: string): string {
  const date = new Date(isoDateTime);
  return Number.isNaN(date.getTime()) ? isoDateTime : lastChangedFormat.format(date);
}

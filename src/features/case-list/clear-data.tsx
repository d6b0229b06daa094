/**
 * "Clear all local data": deletes every case stored in this browser (the whole IndexedDB database),
 * the unsaved-draft backups and the remembered citations, after a confirmation that says what goes and that it is final.
 * A native modal dialog: focus starts on Cancel, stays inside, Escape cancels, and focus returns
 * to the button that opened it.
 */
import { useId, useRef, useState } from 'react';
import { errorMessage } from '@/storage/storage-errors';

export interface ClearDataProps {
  /** Readable cases and damaged records in the list (for the confirmation's wording). */
  caseCount: number;
  busy: boolean;
  clear: () => Promise<void>;
  /** After clearing: the list says so and takes focus. */
  onCleared: () => void;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export function ClearData({ caseCount, busy, clear, onCleared }: ClearDataProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const clearedRef = useRef(false);
  const [clearing, setClearing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const headingId = useId();
  const descriptionId = useId();

  function open() {
    setProblem(null);
    dialogRef.current?.showModal();
  }

  function close() {
    dialogRef.current?.close();
  }

  async function confirm() {
    setClearing(true);
    setProblem(null);
    try {
      await clear();
      clearedRef.current = true;
      dialogRef.current?.close();
    } catch (error) {
      setProblem(`Nothing was cleared: ${errorMessage(error)}`);
    } finally {
      setClearing(false);
    }
  }

  return (
    <section aria-labelledby={`${headingId}-section`} className="space-y-2 border-t border-slate-200 pt-6">
      <h2 id={`${headingId}-section`} className="text-lg font-semibold text-slate-900">
        Local data
      </h2>
      <p className="max-w-3xl text-sm text-slate-700">
        Cases are stored only in this browser on this machine; nothing is sent anywhere. Export the cases you
        want to keep before clearing.
      </p>
      <button
        ref={openerRef}
        type="button"
        disabled={busy}
        onClick={open}
        className="rounded-md border border-red-700 bg-white px-4 py-2 font-medium text-red-800 shadow-sm hover:bg-red-50 disabled:opacity-60"
      >
        Clear all local data
      </button>
      <dialog
        ref={dialogRef}
        aria-labelledby={headingId}
        aria-describedby={descriptionId}
        // Escape (cancel), Cancel and a finished clear all end here. Cancelled: focus goes back to
        // the button that opened the dialog; cleared: the list takes it.
        onClose={() => {
          if (clearedRef.current) {
            clearedRef.current = false;
            onCleared();
          } else {
            openerRef.current?.focus();
          }
        }}
        className="m-auto max-w-lg rounded-lg border border-slate-300 bg-white p-6 text-slate-900 shadow-xl backdrop:bg-slate-900/50"
      >
        <h2 id={headingId} className="text-xl font-semibold">
          Clear all local data?
        </h2>
        <div id={descriptionId} className="mt-3 space-y-2 text-slate-800">
          <p>
            This deletes every case stored in this browser on this machine (
            {plural(caseCount, 'case', 'cases')}), including unsaved drafts and the evidence citations it
            remembers.
          </p>
          <p className="font-semibold">It cannot be undone.</p>
        </div>
        {problem && (
          <p role="alert" className="mt-3 rounded-md border border-red-300 bg-red-50 p-2 text-red-900">
            {problem}
          </p>
        )}
        <div className="mt-5 flex flex-wrap justify-end gap-2">
          {/* Focus starts on the safe choice. */}
          <button
            type="button"
            // biome-ignore lint/a11y/noAutofocus: a modal dialog's initial focus, on its safe choice
            autoFocus
            onClick={close}
            className="rounded-md border border-slate-400 bg-white px-4 py-2 font-medium text-slate-900 hover:bg-slate-100"
          >
            Cancel
          </button>
          <button
            type="button"
            disabled={clearing}
            onClick={() => void confirm()}
            className="rounded-md bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800 disabled:opacity-60"
          >
            {clearing ? 'Deleting…' : 'Delete every case'}
          </button>
        </div>
      </dialog>
    </section>
  );
}

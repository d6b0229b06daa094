/**
 * The autosave status and the "changed in another tab" notice. Both read the autosave's small
 * state store themselves, so a status change re-renders them alone, never the case page or wizard.
 */
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { exportCaseFile } from '@/features/case-file/export-case-file';
import { subscribeAfterPaint } from '@/lib/subscribe-after-paint';
import {
  CHANGED_IN_ANOTHER_TAB_MESSAGE,
  DELETED_IN_ANOTHER_TAB_MESSAGE,
  errorMessage,
} from '@/storage/storage-errors';
import type { AutosaveController, SaveState, SaveStatus } from '@/storage/use-autosave';
import { MAIN_CONTENT_ID } from './root-layout';

const STATUS_TEXT: Record<Exclude<SaveStatus['state'], 'error'>, string> = {
  saved: 'Saved',
  saving: 'Saving…',
  unsaved: 'Unsaved changes',
};

const smallButton =
  'rounded-md border border-slate-400 bg-white px-2 py-1 font-medium text-slate-900 hover:bg-slate-100';

/**
 * A keystroke flips the save status to "unsaved": shown after the keystroke's frame, so its render,
 * layout and paint never add to the typing latency (the save itself is never delayed).
 */
function useSaveStateSubscription(autosave: AutosaveController) {
  return useMemo(() => subscribeAfterPaint(autosave.state.subscribe), [autosave.state]);
}

function useSaveState(autosave: AutosaveController): SaveState {
  return useSyncExternalStore(useSaveStateSubscription(autosave), autosave.state.get, autosave.state.get);
}

/** Only the notice's own part of the state: a save status flip does not re-render the notice. */
function useChangedElsewhere(autosave: AutosaveController): SaveState['changedElsewhere'] {
  const read = () => autosave.state.get().changedElsewhere;
  return useSyncExternalStore(useSaveStateSubscription(autosave), read, read);
}

/** Downloads the page's latest draft as a case file: the way out when the browser will not store it. */
function ExportDraftButton({ autosave }: { autosave: AutosaveController }) {
  return (
    <button type="button" onClick={() => exportCaseFile(autosave.latestDraft())} className={smallButton}>
      Export case file
    </button>
  );
}

/**
 * What a screen reader hears of the autosave: a failure, and "Saved" once after one, never the
 * "Unsaved changes / Saving… / Saved" cycle every pause in typing brings (dozens a minute).
 */
function useSaveAnnouncement(status: SaveStatus): string {
  const [spoken, setSpoken] = useState('');
  const text = status.state === 'error' ? `Not saved: ${status.reason}` : null;
  const saved = status.state === 'saved';
  useEffect(() => {
    if (text) setSpoken(text);
    else if (saved) setSpoken((previous) => (previous.startsWith('Not saved') ? 'Saved' : previous));
  }, [text, saved]);
  return spoken;
}

/**
 * The autosave status. On failure it says why in plain words (announced), keeps the typed data on
 * the page, and offers to try again and to export the case file right here.
 */
export function SaveIndicator({ autosave }: { autosave: AutosaveController }) {
  const { status, changedElsewhere } = useSaveState(autosave);
  const failed = status.state === 'error';
  const announcement = useSaveAnnouncement(status);
  // Its own paint layer (`relative`): "Saving…" and "Saved" repaint this line, not the whole page.
  return (
    <div className="relative flex flex-wrap items-center gap-2 text-sm">
      <p aria-live="polite" className="sr-only" data-testid="save-announcement">
        {announcement}
      </p>
      <p
        // A status for reading, not for announcing: the region above speaks for it.
        role="status"
        aria-live="off"
        data-save-state={status.state}
        className={
          failed
            ? 'max-w-xl rounded-md border border-red-300 bg-red-50 px-2 py-1 font-medium text-red-900'
            : 'text-slate-700'
        }
      >
        {failed ? `Not saved: ${status.reason}` : STATUS_TEXT[status.state]}
      </p>
      {/* A write refused for another tab's change waits for the notice's choice, not a retry. */}
      {failed && changedElsewhere === null && (
        <button type="button" onClick={() => void autosave.flush()} className={smallButton}>
          Try saving again
        </button>
      )}
      {failed && <ExportDraftButton autosave={autosave} />}
    </div>
  );
}

/** Where focus goes when the notice (and the button just pressed) goes away. */
function focusMain() {
  document.getElementById(MAIN_CONTENT_ID)?.focus();
}

/**
 * Shown when another tab stored a newer version of this case (or deleted it): the reviewer chooses
 * between the latest version and this page's changes. Nothing is overwritten until they choose.
 */
export function ChangedElsewhereNotice({
  autosave,
  onReloadLatest,
}: {
  autosave: AutosaveController;
  /** Drops this page's changes and shows the stored version. */
  onReloadLatest: () => Promise<void>;
}) {
  const changedElsewhere = useChangedElsewhere(autosave);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  if (changedElsewhere === null) return null;

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setProblem(null);
    try {
      await action();
      focusMain();
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section
      aria-labelledby="changed-elsewhere-heading"
      className="mb-4 space-y-3 rounded-lg border border-amber-400 bg-amber-50 p-4 text-amber-950"
    >
      <h2 id="changed-elsewhere-heading" className="font-semibold">
        {changedElsewhere === 'deleted' ? 'Case deleted in another tab' : 'Case changed in another tab'}
      </h2>
      <p role="alert">
        {changedElsewhere === 'deleted' ? DELETED_IN_ANOTHER_TAB_MESSAGE : CHANGED_IN_ANOTHER_TAB_MESSAGE}
      </p>
      {problem && <p className="font-medium text-red-900">{problem}</p>}
      <div className="flex flex-wrap gap-2 text-sm">
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            void run(async () => {
              await autosave.discardChanges();
              await onReloadLatest();
            })
          }
          className="rounded-md bg-blue-700 px-3 py-1.5 font-medium text-white hover:bg-blue-800 disabled:opacity-60"
        >
          Reload latest
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => void run(() => autosave.keepMine())}
          className={`${smallButton} px-3 py-1.5 disabled:opacity-60`}
        >
          Keep mine
        </button>
        <ExportDraftButton autosave={autosave} />
      </div>
    </section>
  );
}

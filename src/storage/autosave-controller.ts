/**
 * Autosave for one open case, free of React (tested with fake timers, storage and events):
 *
 * - Debounced writes (autosaver.ts) that build on the revision this page last read or wrote; a
 *   write meeting a newer revision (another tab) is refused, never silently overwriting it.
 * - When the page is hidden or closed, the draft not yet stored is written synchronously to a
 *   localStorage backup (pending-drafts.ts) and the IndexedDB write starts; the backup goes once
 *   IndexedDB has the draft. So a close within the debounce loses no keystroke.
 * - Other tabs' writes arrive through the case channel. A page with nothing unsaved takes the newer
 *   version itself (when the page listens for that); otherwise it says the case changed elsewhere
 *   and the reviewer chooses "Reload latest" (drop these changes) or "Keep mine" (save over).
 * - The status lives in a small store (save-state-store.ts) that only the indicator reads.
 */
import type { CaseDraft } from '@/domain/case/case-schema';
import { labelForPath } from '@/domain/case/validate-case';
import { createAutosaver } from './autosaver';
import type { CaseChangeChannel } from './case-changes';
import type { PendingDrafts } from './pending-drafts';
import { createSaveStateStore, type SaveStateStore } from './save-state-store';
import {
  CHANGED_IN_ANOTHER_TAB_MESSAGE,
  DELETED_IN_ANOTHER_TAB_MESSAGE,
  describeUnstorable,
  errorMessage,
  RevisionConflictError,
  UnstorableDraftError,
} from './storage-errors';

/** The reason a write failed, in plain words, naming the field as the wizard labels it. */
function describeSaveError(error: unknown): string {
  if (error instanceof RevisionConflictError) {
    // The same words as the notice: the changes stay on the page until the reviewer chooses.
    return error.storedRevision === 0 ? DELETED_IN_ANOTHER_TAB_MESSAGE : CHANGED_IN_ANOTHER_TAB_MESSAGE;
  }
  if (error instanceof UnstorableDraftError && error.path) {
    return describeUnstorable(labelForPath(error.path), error.problem);
  }
  return errorMessage(error);
}

/** Where the page's lifecycle events come from (window and document in the app). */
export interface PageLifecycle {
  window: EventSourceLike;
  document: EventSourceLike & { readonly visibilityState: DocumentVisibilityState };
}

interface EventSourceLike {
  addEventListener(type: string, listener: (event: Event) => void): void;
  removeEventListener(type: string, listener: (event: Event) => void): void;
}

export interface AutosaveControllerOptions {
  caseId: string;
  initialDraft: CaseDraft;
  /** The stored revision `initialDraft` builds on. */
  initialRevision: number;
  /** Writes a draft built on `expectedRevision`; resolves with the new stored revision. */
  save: (draft: CaseDraft, expectedRevision: number) => Promise<{ revision: number }>;
  /** The stored revision now (0 when the case is gone), for "Keep mine". */
  readStoredRevision: () => Promise<number>;
  backups: PendingDrafts;
  changes: Pick<CaseChangeChannel, 'subscribe'>;
  /** The page opens with a recovered backup: store it (and, if it conflicted, ask first). */
  recovered?: { conflicted: boolean };
  debounceMs?: number;
  maxWaitMs?: number;
  now?: () => number;
}

export interface AutosaveController {
  state: Pick<SaveStateStore, 'get' | 'subscribe'>;
  /** Records the latest draft; written after a short pause. */
  saveLater(draft: CaseDraft): void;
  /** Writes the latest draft now. */
  flush(): Promise<void>;
  /** The latest draft the page reported (for "Export case file" when a write failed). */
  latestDraft(): CaseDraft;
  /** How many drafts the page has reported so far (to tell whether a change is still unreported). */
  draftsReported(): number;
  /**
   * Where to read a change the page has not reported yet (the wizard reports a moment after each
   * keystroke): asked as the page is hidden or closed, so that moment loses nothing. Returns the
   * detach.
   */
  setUnreportedDraftSource(source: () => CaseDraft | null): () => void;
  /** "Keep mine": saves this page's draft over the version another tab stored. */
  keepMine(): Promise<void>;
  /** "Reload latest": drops this page's unsaved changes and their backup. */
  discardChanges(): Promise<void>;
  /**
   * True while everything this page has is stored: nothing pending, in flight, failed or
   * unreported, and no notice waiting for a choice. Such a page loses nothing by showing a newer
   * version.
   */
  hasNothingUnsaved(): boolean;
  /**
   * Called instead of the notice when another tab stores a newer version while this page has
   * nothing unsaved; the page shows that version, or calls `showChangedElsewhere` if it cannot.
   * Returns the detach.
   */
  onNewerVersionWhileIdle(listener: () => void): () => void;
  /** Raises the "changed in another tab" notice (the newer version could not be taken). */
  showChangedElsewhere(): void;
  /** Starts listening to the page's lifecycle and to other tabs; returns the teardown. */
  attach(page: PageLifecycle): () => void;
}

export function createAutosaveController({
  caseId,
  initialDraft,
  initialRevision,
  save,
  readStoredRevision,
  backups,
  changes,
  recovered,
  debounceMs,
  maxWaitMs,
  now,
}: AutosaveControllerOptions): AutosaveController {
  const state = createSaveStateStore();
  let revision = initialRevision;
  let latest = initialDraft;
  let discarded = false;
  let reported = 0;
  let unreportedDraft: (() => CaseDraft | null) | null = null;
  let newerWhileIdle: (() => void) | null = null;

  const hasNothingUnsaved = () =>
    !discarded &&
    autosaver.status().state === 'saved' &&
    autosaver.unconfirmed() === null &&
    (unreportedDraft?.() ?? null) === null &&
    state.get().changedElsewhere === null;

  const autosaver = createAutosaver<CaseDraft>({
    save: async (draft) => {
      try {
        revision = (await save(draft, revision)).revision;
      } catch (error) {
        if (error instanceof RevisionConflictError) {
          state.setChangedElsewhere(error.storedRevision === 0 ? 'deleted' : 'changed');
        }
        throw error;
      }
    },
    onStatusChange: (status) => {
      state.setStatus(status);
      // IndexedDB holds everything this page had: the backup has done its job.
      if (status.state === 'saved') backups.remove(caseId);
    },
    describeError: describeSaveError,
    ...(debounceMs === undefined ? {} : { debounceMs }),
    ...(maxWaitMs === undefined ? {} : { maxWaitMs }),
    ...(now === undefined ? {} : { now }),
  });

  /** Synchronous: runs inside pagehide / visibilitychange / beforeunload, before the page can go. */
  function backUpUnsaved() {
    const unreported = discarded ? null : unreportedDraft?.();
    if (unreported) saveLater(unreported);
    const draft = autosaver.unconfirmed();
    if (draft === null || discarded) return;
    backups.write({
      caseId,
      baseRevision: revision,
      conflicted: state.get().changedElsewhere !== null,
      draft,
    });
  }

  function saveLater(draft: CaseDraft) {
    if (discarded) return;
    reported += 1;
    latest = draft;
    autosaver.schedule(draft);
  }

  if (recovered) {
    if (recovered.conflicted) state.setChangedElsewhere('changed');
    saveLater(initialDraft);
  }

  return {
    state,
    saveLater,
    flush: () => autosaver.flush(),
    latestDraft: () => latest,
    draftsReported: () => reported,
    setUnreportedDraftSource(source) {
      unreportedDraft = source;
      return () => {
        if (unreportedDraft === source) unreportedDraft = null;
      };
    },

    async keepMine() {
      // Settle what is pending first, so a refused write cannot raise the notice again afterwards.
      await autosaver.flush();
      try {
        revision = await readStoredRevision();
      } catch (error) {
        state.setStatus({ state: 'error', reason: errorMessage(error) });
        return;
      }
      state.setChangedElsewhere(null);
      autosaver.schedule(latest);
      await autosaver.flush();
    },

    hasNothingUnsaved,

    onNewerVersionWhileIdle(listener) {
      newerWhileIdle = listener;
      return () => {
        if (newerWhileIdle === listener) newerWhileIdle = null;
      };
    },

    showChangedElsewhere() {
      if (!discarded) state.setChangedElsewhere('changed');
    },

    async discardChanges() {
      discarded = true;
      await autosaver.discard();
      backups.remove(caseId);
    },

    attach(page) {
      const backUpAndFlush = () => {
        backUpUnsaved();
        void autosaver.flush();
      };
      const onVisibilityChange = () => {
        if (page.document.visibilityState === 'hidden') backUpAndFlush();
      };
      const onBeforeUnload = (event: Event) => {
        backUpUnsaved();
        // A failed write is kept in the backup, but say so: the reviewer may want to export it.
        if (autosaver.status().state === 'error') event.preventDefault();
      };
      page.document.addEventListener('visibilitychange', onVisibilityChange);
      page.window.addEventListener('pagehide', backUpAndFlush);
      page.window.addEventListener('beforeunload', onBeforeUnload);
      const unsubscribe = changes.subscribe((change) => {
        if (discarded) return;
        if (change.kind === 'cleared') state.setChangedElsewhere('deleted');
        else if (change.caseId !== caseId) return;
        else if (change.kind === 'deleted') state.setChangedElsewhere('deleted');
        // Undo in another tab put back the very version this page builds on: nothing to choose.
        else if (change.kind === 'restored' && change.revision === revision) {
          if (state.get().changedElsewhere === 'deleted') state.setChangedElsewhere(null);
          // A write refused while the case was gone builds on this very version: store it now.
          if (autosaver.status().state === 'error') void autosaver.flush();
        }
        // Lower as well as higher: a case created again under this id starts over at revision 1.
        else if (change.revision === revision) return;
        else if (newerWhileIdle && hasNothingUnsaved()) newerWhileIdle();
        else state.setChangedElsewhere('changed');
      });
      return () => {
        page.document.removeEventListener('visibilitychange', onVisibilityChange);
        page.window.removeEventListener('pagehide', backUpAndFlush);
        page.window.removeEventListener('beforeunload', onBeforeUnload);
        unsubscribe();
        // Leaving the page in the app (route change): write what is pending rather than drop it.
        if (!discarded) void autosaver.flush();
      };
    },
  };
}

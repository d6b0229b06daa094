/**
 * Autosave for one case: debounced writes (see autosaver.ts), flushed at once when the page is
 * hidden or left, and on unmount (route change). The caller flushes on step change.
 *
 * Revisions: every write says which revision it builds on; when another tab wrote meanwhile the
 * write is refused and the status explains it, so one tab never silently overwrites another.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CaseDraft } from '@/domain/case/case-schema';
import { createAutosaver, type SaveStatus } from './autosaver';
import { saveCaseAndUpdateCache } from './case-queries';

export type { SaveStatus } from './autosaver';

export interface UseAutosaveResult {
  status: SaveStatus;
  /** Records the latest draft; written after a short pause. */
  saveLater: (draft: CaseDraft) => void;
  /** Writes the latest draft now. */
  flush: () => Promise<void>;
}

export function useAutosave({ initialRevision }: { initialRevision: number }): UseAutosaveResult {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<SaveStatus>({ state: 'saved' });
  const revision = useRef(initialRevision);

  const [autosaver] = useState(() =>
    createAutosaver<CaseDraft>({
      save: async (draft) => {
        const stored = await saveCaseAndUpdateCache(queryClient, draft, {
          expectedRevision: revision.current,
        });
        revision.current = stored.revision;
      },
      onStatusChange: setStatus,
    }),
  );

  useEffect(() => {
    const flushWhenHidden = () => {
      if (document.visibilityState === 'hidden') void autosaver.flush();
    };
    const flushOnPageHide = () => void autosaver.flush();
    // Only a failed write risks loss on close: a pending one is flushed by pagehide.
    const warnIfNotSaved = (event: BeforeUnloadEvent) => {
      if (autosaver.status().state === 'error') event.preventDefault();
    };
    document.addEventListener('visibilitychange', flushWhenHidden);
    window.addEventListener('pagehide', flushOnPageHide);
    window.addEventListener('beforeunload', warnIfNotSaved);
    return () => {
      document.removeEventListener('visibilitychange', flushWhenHidden);
      window.removeEventListener('pagehide', flushOnPageHide);
      window.removeEventListener('beforeunload', warnIfNotSaved);
      // Leaving the page (route change): write what is pending now rather than dropping it.
      void autosaver.flush();
    };
  }, [autosaver]);

  const saveLater = useCallback((draft: CaseDraft) => autosaver.schedule(draft), [autosaver]);
  const flush = useCallback(() => autosaver.flush(), [autosaver]);
  return { status, saveLater, flush };
}

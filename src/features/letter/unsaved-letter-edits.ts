/**
 * Which letter sections hold typed text not yet saved. An edit lives in its block until Save, so
 * leaving the page (a reload, closing the tab, "Back to the case") would drop it silently: the
 * route's guard asks first while any section is unsaved.
 */
import { useEffect } from 'react';

const unsaved = new Set<string>();
const listeners = new Set<() => void>();

export const unsavedLetterEdits = {
  any: (): boolean => unsaved.size > 0,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  set(sectionId: string, isUnsaved: boolean): void {
    if (isUnsaved === unsaved.has(sectionId)) return;
    if (isUnsaved) unsaved.add(sectionId);
    else unsaved.delete(sectionId);
    for (const listener of listeners) listener();
  },
};

/** A section reports whether its typed text differs from what is saved; unmounting clears it. */
export function useReportUnsavedEdit(sectionId: string, isUnsaved: boolean): void {
  useEffect(() => {
    unsavedLetterEdits.set(sectionId, isUnsaved);
    return () => unsavedLetterEdits.set(sectionId, false);
  }, [sectionId, isUnsaved]);
}

/** The browser's own "Leave site?" prompt on reload or close while a section is unsaved. */
export function useWarnBeforeUnload(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Chromium still needs returnValue set to show the prompt.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [active]);
}

/**
 * The save state of the open case, outside React: the save indicator and the "changed in another
 * tab" notice read it with `useSyncExternalStore`, so a status flip (unsaved, saving, saved on every
 * pause in typing) re-renders those two small components and nothing above the wizard.
 */
import type { SaveStatus } from './autosaver';

/** Another tab stored a newer version of the open case, or deleted it (or cleared all data). */
export type ChangedElsewhere = 'changed' | 'deleted';

export interface SaveState {
  status: SaveStatus;
  changedElsewhere: ChangedElsewhere | null;
}

export interface SaveStateStore {
  /** The current snapshot: a new object only when something changed. */
  get(): SaveState;
  subscribe(listener: () => void): () => void;
  setStatus(status: SaveStatus): void;
  setChangedElsewhere(change: ChangedElsewhere | null): void;
}

export const INITIAL_SAVE_STATE: SaveState = { status: { state: 'saved' }, changedElsewhere: null };

export function createSaveStateStore(initial: SaveState = INITIAL_SAVE_STATE): SaveStateStore {
  let state = initial;
  const listeners = new Set<() => void>();

  function update(next: SaveState) {
    if (next.status === state.status && next.changedElsewhere === state.changedElsewhere) return;
    state = next;
    for (const listener of [...listeners]) listener();
  }

  return {
    get: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    setStatus: (status) => update({ ...state, status }),
    setChangedElsewhere: (changedElsewhere) => update({ ...state, changedElsewhere }),
  };
}

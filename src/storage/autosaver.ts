/**
 * The timing core of autosave, free of React so it can be tested with fake timers.
 *
 * Changes are written after `debounceMs` of quiet, but never later than `maxWaitMs` after the first
 * unsaved change (typing without pause still saves). Writes never overlap, so they land in order.
 * A failed write keeps the value pending and reports the reason; it is retried on the next change
 * or flush, never silently dropped, and the status never says saved when it is not.
 */

export type SaveStatus =
  | { state: 'saved' }
  | { state: 'saving' }
  | { state: 'unsaved' }
  | { state: 'error'; reason: string };

export interface AutosaverOptions<T> {
  save: (value: T) => Promise<void>;
  onStatusChange: (status: SaveStatus) => void;
  debounceMs?: number;
  maxWaitMs?: number;
  /** The clock; the default reads the real one. */
  now?: () => number;
  describeError?: (error: unknown) => string;
}

export interface Autosaver<T> {
  /** Records the latest value; it is written after the debounce. */
  schedule(value: T): void;
  /** Writes the pending value now; resolves when nothing is pending or a write failed. */
  flush(): Promise<void>;
  status(): SaveStatus;
  /** The newest value not yet confirmed stored (pending, failed, or in flight); null when all is stored. */
  unconfirmed(): T | null;
  /** Drops the pending value and stops the timer; resolves once a write in flight has settled. */
  discard(): Promise<void>;
  /** Stops the timer (does not write). */
  dispose(): void;
}

export const AUTOSAVE_DEBOUNCE_MS = 400;
export const AUTOSAVE_MAX_WAIT_MS = 500;

export function createAutosaver<T>({
  save,
  onStatusChange,
  debounceMs = AUTOSAVE_DEBOUNCE_MS,
  maxWaitMs = AUTOSAVE_MAX_WAIT_MS,
  now = () => Date.now(),
  describeError = (error) => (error instanceof Error ? error.message : String(error)),
}: AutosaverOptions<T>): Autosaver<T> {
  let status: SaveStatus = { state: 'saved' };
  let pending: { value: T } | null = null;
  let firstPendingAt: number | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  /** The write in flight; resolves true when it succeeded. */
  let inFlight: Promise<boolean> | null = null;
  let inFlightValue: { value: T } | null = null;

  function setStatus(next: SaveStatus) {
    if (
      next.state === status.state &&
      (next.state !== 'error' || status.state !== 'error' || next.reason === status.reason)
    ) {
      return;
    }
    status = next;
    onStatusChange(next);
  }

  function clearTimer() {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  }

  function write(value: T): Promise<boolean> {
    setStatus({ state: 'saving' });
    return save(value).then(
      () => {
        setStatus({ state: pending ? 'unsaved' : 'saved' });
        return true;
      },
      (error: unknown) => {
        // A newer value may have been scheduled meanwhile: keep that one, it includes this change.
        pending ??= { value };
        setStatus({ state: 'error', reason: describeError(error) });
        return false;
      },
    );
  }

  async function flush(): Promise<void> {
    clearTimer();
    for (;;) {
      if (inFlight) {
        const succeeded = await inFlight;
        if (!succeeded) return;
        continue;
      }
      if (!pending) return;
      const { value } = pending;
      pending = null;
      firstPendingAt = null;
      const current = write(value);
      inFlight = current;
      inFlightValue = { value };
      const succeeded = await current;
      if (inFlight === current) {
        inFlight = null;
        inFlightValue = null;
      }
      if (!succeeded) return;
    }
  }

  return {
    schedule(value) {
      pending = { value };
      const at = now();
      firstPendingAt ??= at;
      if (status.state !== 'error' && status.state !== 'saving') setStatus({ state: 'unsaved' });
      clearTimer();
      const delay = Math.max(0, Math.min(debounceMs, firstPendingAt + maxWaitMs - at));
      timer = setTimeout(() => {
        timer = null;
        void flush();
      }, delay);
    },
    flush,
    status: () => status,
    unconfirmed: () => (pending ?? inFlightValue)?.value ?? null,
    async discard() {
      clearTimer();
      pending = null;
      firstPendingAt = null;
      if (inFlight) await inFlight;
      pending = null;
    },
    dispose: clearTimer,
  };
}

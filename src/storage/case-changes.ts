/**
 * Tells other tabs of this workbench (same browser, same origin) that a case was written, deleted or
 * that all local data was cleared, through a BroadcastChannel: a tab showing that case can say so at
 * once instead of finding out at its next save. Nothing leaves the browser.
 */

export const CASE_CHANNEL_NAME = 'imr-workbench-cases';

export type CaseChange =
  | { kind: 'saved'; caseId: string; revision: number }
  /** A deleted case put back as it was (Undo): the same record, at its old revision. */
  | { kind: 'restored'; caseId: string; revision: number }
  | { kind: 'deleted'; caseId: string }
  | { kind: 'cleared' };

export interface CaseChangeChannel {
  /** Tells the other tabs (never this channel's own listeners). */
  post(change: CaseChange): void;
  /** Listens to changes made by other tabs; returns the unsubscribe. */
  subscribe(listener: (change: CaseChange) => void): () => void;
}

/** The part of BroadcastChannel used here (a fake in tests). */
export interface BroadcastPort {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  close(): void;
}

export function isCaseChange(value: unknown): value is CaseChange {
  if (typeof value !== 'object' || value === null) return false;
  const change = value as Record<string, unknown>;
  switch (change.kind) {
    case 'saved':
    case 'restored':
      return typeof change.caseId === 'string' && typeof change.revision === 'number';
    case 'deleted':
      return typeof change.caseId === 'string';
    case 'cleared':
      return true;
    default:
      return false;
  }
}

function defaultPort(name: string): BroadcastPort | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(name);
  // Node (unit tests): an open channel must not keep the process alive.
  (channel as unknown as { unref?: () => void }).unref?.();
  return channel;
}

/**
 * One channel object per page, opened on first use: a BroadcastChannel never delivers a message to
 * the object that posted it, so a tab does not hear its own writes.
 */
export function createCaseChangeChannel(
  openPort: () => BroadcastPort | null = () => defaultPort(CASE_CHANNEL_NAME),
): CaseChangeChannel {
  let port: BroadcastPort | null | undefined;
  const listeners = new Set<(change: CaseChange) => void>();

  function ensurePort(): BroadcastPort | null {
    if (port === undefined) {
      try {
        port = openPort();
      } catch {
        port = null;
      }
      port?.addEventListener('message', (event) => {
        if (!isCaseChange(event.data)) return;
        for (const listener of [...listeners]) listener(event.data);
      });
    }
    return port;
  }

  return {
    post(change) {
      try {
        ensurePort()?.postMessage(change);
      } catch {
        // Telling other tabs is a courtesy: the revision check still guards every write.
      }
    },
    subscribe(listener) {
      ensurePort();
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

/** The app's channel. */
export const caseChanges: CaseChangeChannel = createCaseChangeChannel();

/** Stand-ins for browser parts in storage unit tests: localStorage, BroadcastChannel, page events. */
import type { CaseDraft } from '@/domain/case/case-schema';
import { emptyCaseDraft } from '@/domain/case/empty-case';
import type { PageLifecycle } from './autosave-controller';
import type { CaseChange, CaseChangeChannel } from './case-changes';
import { type CasesRepo, createCasesRepo } from './cases-repo';
import { createPendingDrafts, type KeyValueStorage } from './pending-drafts';

/** localStorage as a Map; set `state.full` to make every write throw like a full browser storage. */
export function fakeStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  const state = { full: false };
  const storage: KeyValueStorage = {
    get length() {
      return items.size;
    },
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem(key, value) {
      if (state.full) throw new DOMException('full', 'QuotaExceededError');
      items.set(key, value);
    },
    removeItem: (key) => {
      items.delete(key);
    },
  };
  return { storage, items, state };
}

/** A channel whose messages the test sends as if from another tab. */
export function fakeChannel() {
  const listeners = new Set<(change: CaseChange) => void>();
  const posted: CaseChange[] = [];
  const channel: CaseChangeChannel = {
    post: (change) => {
      posted.push(change);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
  const fromAnotherTab = (change: CaseChange) => {
    for (const listener of [...listeners]) listener(change);
  };
  return { channel, posted, fromAnotherTab, listenerCount: () => listeners.size };
}

/** Window and document event targets with a settable visibility. */
export function fakePage() {
  const windowTarget = new EventTarget();
  const documentTarget = Object.assign(new EventTarget(), {
    visibilityState: 'visible' as DocumentVisibilityState,
  });
  const page: PageLifecycle = { window: windowTarget, document: documentTarget };
  return {
    page,
    hide() {
      documentTarget.visibilityState = 'hidden';
      documentTarget.dispatchEvent(new Event('visibilitychange'));
    },
    show() {
      documentTarget.visibilityState = 'visible';
      documentTarget.dispatchEvent(new Event('visibilitychange'));
    },
    pageHide: () => windowTarget.dispatchEvent(new Event('pagehide')),
    /** Dispatches beforeunload; true when the page asked the browser to confirm leaving. */
    beforeUnload(): boolean {
      const event = new Event('beforeunload', { cancelable: true });
      windowTarget.dispatchEvent(event);
      return event.defaultPrevented;
    },
  };
}

let testRepoCounter = 0;
const openTestRepos: CasesRepo[] = [];

/**
 * A fresh repo (its own database) whose clock reads `clock.now`, and backups in a fake storage on
 * the same clock; `tick` moves the clock. Close them with `closeTestRepos` after each test.
 */
export function repoWithBackups(dbPrefix: string) {
  const clock = { now: new Date('2026-03-01T10:00:00.000Z') };
  const repo = createCasesRepo({ dbName: `${dbPrefix}-${++testRepoCounter}`, now: () => clock.now });
  openTestRepos.push(repo);
  const { storage, items } = fakeStorage();
  const backups = createPendingDrafts({ storage: () => storage, now: () => clock.now });
  const tick = (seconds: number) => {
    clock.now = new Date(clock.now.getTime() + seconds * 1000);
  };
  return { repo, backups, items, tick };
}

export async function closeTestRepos(): Promise<void> {
  await Promise.all(openTestRepos.splice(0).map((repo) => repo.close()));
}

/** An empty case with a case number, to tell versions apart. */
export function numberedCase(id: string, caseNumber: string): CaseDraft {
  const draft = emptyCaseDraft(id);
  return { ...draft, imr: { ...draft.imr, caseNumber } };
}

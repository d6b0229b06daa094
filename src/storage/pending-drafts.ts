/**
 * A synchronous backup of the draft a page has not stored yet, taken as the page is hidden or
 * closed. An IndexedDB write started while the page goes away may be aborted with the page; a
 * localStorage write is synchronous and done before the event handler returns. The backup is
 * removed once IndexedDB holds the draft, and applied or discarded the next time the case opens
 * (`decideBackup`). One key per case; the data stays in this browser like the cases themselves.
 */

export const PENDING_DRAFT_KEY_PREFIX = 'imr-workbench:pending-draft:';

export interface PendingDraft {
  caseId: string;
  /** The stored revision the draft builds on: the last one this page read or wrote. */
  baseRevision: number;
  /** When the backup was taken (ISO date-time). */
  savedAt: string;
  /**
   * The page knew another tab had changed (or deleted) the case: such a backup is never applied
   * over the newer version without the reviewer choosing.
   */
  conflicted: boolean;
  /** The draft as the page held it (read back through the case migration before use). */
  draft: unknown;
}

/** The part of the Web Storage API used here (a Map-backed fake in tests). */
export interface KeyValueStorage {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface PendingDrafts {
  /** Writes the backup synchronously; false when the browser refused (full, or storage disabled). */
  write(backup: Omit<PendingDraft, 'savedAt'>): boolean;
  /** The backup of a case, or null (none, or unreadable: an unreadable one is removed). */
  read(caseId: string): PendingDraft | null;
  remove(caseId: string): void;
  /** Removes every case's backup ("Clear all local data"). */
  removeAll(): void;
  /** Every readable backup (unreadable ones are removed, as `read` does), by case id. */
  list(): PendingDraft[];
}

export interface PendingDraftsOptions {
  /** Read lazily: touching localStorage can throw (storage disabled by the browser). */
  storage?: () => KeyValueStorage | null;
  now?: () => Date;
}

const keyFor = (caseId: string) => `${PENDING_DRAFT_KEY_PREFIX}${caseId}`;

function browserStorage(): KeyValueStorage | null {
  return typeof localStorage === 'undefined' ? null : localStorage;
}

export function createPendingDrafts({
  storage = browserStorage,
  now = () => new Date(),
}: PendingDraftsOptions = {}): PendingDrafts {
  function withStorage<T>(fallback: T, work: (store: KeyValueStorage) => T): T {
    try {
      const store = storage();
      return store ? work(store) : fallback;
    } catch {
      return fallback;
    }
  }

  function read(caseId: string): PendingDraft | null {
    return withStorage(null, (store) => {
      const text = store.getItem(keyFor(caseId));
      if (text === null) return null;
      const parsed = parseBackup(text, caseId);
      if (!parsed) store.removeItem(keyFor(caseId));
      return parsed;
    });
  }

  return {
    write(backup) {
      const record: PendingDraft = { ...backup, savedAt: now().toISOString() };
      return withStorage(false, (store) => {
        store.setItem(keyFor(backup.caseId), JSON.stringify(record));
        return true;
      });
    },

    read,

    remove(caseId) {
      withStorage(undefined, (store) => store.removeItem(keyFor(caseId)));
    },

    removeAll() {
      withStorage(undefined, (store) => {
        for (const key of backupKeys(store)) store.removeItem(key);
      });
    },

    list() {
      const caseIds = withStorage([], (store) =>
        backupKeys(store).map((key) => key.slice(PENDING_DRAFT_KEY_PREFIX.length)),
      );
      return caseIds.sort().flatMap((caseId) => read(caseId) ?? []);
    },
  };
}

/** Collected before any removal: removing an item renumbers the storage's keys. */
function backupKeys(store: KeyValueStorage): string[] {
  const keys: string[] = [];
  for (let index = 0; index < store.length; index += 1) {
    const key = store.key(index);
    if (key?.startsWith(PENDING_DRAFT_KEY_PREFIX)) keys.push(key);
  }
  return keys;
}

function parseBackup(text: string, caseId: string): PendingDraft | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  if (
    record.caseId !== caseId ||
    typeof record.baseRevision !== 'number' ||
    !Number.isFinite(record.baseRevision) ||
    typeof record.savedAt !== 'string' ||
    Number.isNaN(Date.parse(record.savedAt)) ||
    !('draft' in record)
  ) {
    return null;
  }
  return {
    caseId,
    baseRevision: record.baseRevision,
    savedAt: record.savedAt,
    conflicted: record.conflicted === true,
    draft: record.draft,
  };
}

/**
 * What to do with a backup when its case opens:
 * - 'apply': it builds on the stored revision (or a newer one), or was taken after the stored
 *   record was written (a write in flight at close stored an older draft): store it.
 * - 'ask': its page knew another tab had changed (or deleted) the case, and it was taken after the
 *   stored record was written: open it with the "changed in another tab" choice, never overwriting
 *   silently, whatever the revision numbers say.
 * - 'discard': the stored record is newer (the backup's draft was stored after all), or the case
 *   is gone (deleted on purpose).
 */
export type BackupDecision = 'none' | 'apply' | 'ask' | 'discard';

export function decideBackup(
  backup: PendingDraft | null,
  stored: { revision: number; updatedAt: string } | null,
): BackupDecision {
  if (!backup) return 'none';
  if (!stored) return 'discard';
  // Its page knew the case had changed or gone elsewhere: revision numbers cannot be trusted (a case
  // deleted and imported again starts over at 1), so never apply it silently.
  if (backup.conflicted) return Date.parse(backup.savedAt) > Date.parse(stored.updatedAt) ? 'ask' : 'discard';
  if (backup.baseRevision >= stored.revision) return 'apply';
  if (Date.parse(backup.savedAt) > Date.parse(stored.updatedAt)) return backup.conflicted ? 'ask' : 'apply';
  return 'discard';
}

/** The app's backups (localStorage). */
export const pendingDrafts: PendingDrafts = createPendingDrafts();

/**
 * Cases in IndexedDB. Each record is an envelope `{ id, updatedAt, revision, data }` around the raw
 * draft. Every read goes through `migrateCaseRecord`, so old records open as current drafts, and a
 * record that cannot be read is reported as damaged with its raw content: never dropped, never
 * rewritten on read (a buggy migration must not destroy the original).
 */
import { deleteDB } from 'idb';
import { type CaseDraft, CaseDraftSchema } from '@/domain/case/case-schema';
import { copyCaseNumber } from '@/domain/case/copy-case-number';
import { type MigrationIssue, migrateCaseRecord } from '@/domain/case/migrate-case';
import { type CaseChange, caseChanges } from './case-changes';
import {
  CASE_DB_NAME,
  CASES_STORE,
  openWorkbenchDb,
  type StoredCaseRecord,
  type WorkbenchDatabase,
} from './db';
import { RevisionConflictError, StorageError, toStorageError, UnstorableDraftError } from './storage-errors';

/** A readable case with its bookkeeping. */
export interface CaseSummary {
  id: string;
  updatedAt: string;
  revision: number;
  draft: CaseDraft;
  /** Set when the stored record had an older schema version (it is rewritten on the next save). */
  migratedFrom?: number;
}

export type StoredCase = CaseSummary;

/** A record that could not be read as a case. `raw` is exactly what is stored. */
export interface DamagedRecord {
  id: string;
  raw: unknown;
  reason: string;
  issues: MigrationIssue[];
}

export interface CaseList {
  cases: CaseSummary[];
  damaged: DamagedRecord[];
}

/** What `deleteCase` removed: enough to put it back exactly as it was. */
export interface DeletedCase {
  id: string;
  record: unknown;
}

export interface SaveCaseOptions {
  /**
   * The revision this page last read or wrote; a newer stored revision means another tab wrote, and
   * no record at all (while expecting one) means another tab deleted the case.
   */
  expectedRevision?: number;
}

export interface CasesRepo {
  /** Readable cases, newest change first, and damaged records. */
  listCases(): Promise<CaseList>;
  /** Null when no record has this id; throws a 'damaged' StorageError when it cannot be read. */
  getCase(id: string): Promise<StoredCase | null>;
  saveCase(draft: CaseDraft, options?: SaveCaseOptions): Promise<StoredCase>;
  deleteCase(id: string): Promise<DeletedCase>;
  restoreCase(deleted: DeletedCase): Promise<void>;
  /**
   * Stores a copy under `newId` with `copyCaseNumber` as its case number (shortened when the number is
   * too long to take the suffix: the result's draft has the number as stored).
   */
  duplicateCase(id: string, newId: string): Promise<StoredCase>;
  /** Deletes the whole database: every case and damaged record in this browser ("Clear all local data"). */
  clearAll(): Promise<void>;
  /** Closes the connection (tests; the app keeps it open). */
  close(): Promise<void>;
}

export interface CasesRepoOptions {
  dbName?: string;
  /** The clock, for `updatedAt`. */
  now?: () => Date;
  /** Called after every write that changed the store (the app tells other tabs). */
  onChange?: (change: CaseChange) => void;
}

export function createCasesRepo({
  dbName,
  now = () => new Date(),
  onChange = () => {},
}: CasesRepoOptions = {}): CasesRepo {
  let connection: Promise<WorkbenchDatabase> | null = null;

  function db(): Promise<WorkbenchDatabase> {
    if (!connection) {
      const opening = openWorkbenchDb({
        ...(dbName === undefined ? {} : { name: dbName }),
        onClosed: () => {
          connection = null;
        },
      });
      // A failed open is retried on the next call instead of failing forever.
      opening.catch(() => {
        if (connection === opening) connection = null;
      });
      connection = opening;
    }
    return connection;
  }

  async function run<T>(action: string, work: (database: WorkbenchDatabase) => Promise<T>): Promise<T> {
    try {
      return await work(await db());
    } catch (error) {
      throw toStorageError(error, action);
    }
  }

  return {
    listCases: () =>
      run('read the case list', async (database) => {
        const tx = database.transaction(CASES_STORE, 'readonly');
        const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
        await tx.done;
        const list: CaseList = { cases: [], damaged: [] };
        keys.forEach((key, index) => {
          const read = readRecord(String(key), values[index]);
          if (read.ok) list.cases.push(read.value);
          else list.damaged.push(read.damaged);
        });
        list.cases.sort(byNewestChange);
        list.damaged.sort((a, b) => a.id.localeCompare(b.id));
        return list;
      }),

    getCase: (id) =>
      run('open the case', async (database) => {
        const raw = await database.get(CASES_STORE, id);
        if (raw === undefined) return null;
        const read = readRecord(id, raw);
        if (!read.ok) throw new StorageError('damaged', `This case cannot be opened: ${read.damaged.reason}`);
        return read.value;
      }),

    saveCase: (draft, { expectedRevision } = {}) =>
      run('save the case', async (database) => {
        // A record that would not read back as a case must never replace a readable one.
        const unstorable = unstorableReason(draft);
        if (unstorable) throw unstorable;
        const tx = database.transaction(CASES_STORE, 'readwrite');
        const done = settle(tx.done);
        const stored = await tx.store.get(draft.id);
        const storedRevision = revisionOf(stored);
        const deletedMeanwhile = stored === undefined && (expectedRevision ?? 0) > 0;
        // Any other revision than the one this write builds on is someone else's: a newer one, or a
        // case deleted and created again under this id (imported), whose revisions start over.
        if (expectedRevision !== undefined && (storedRevision !== expectedRevision || deletedMeanwhile)) {
          tx.abort();
          await done;
          throw new RevisionConflictError(expectedRevision, storedRevision);
        }
        const record: StoredCaseRecord = {
          id: draft.id,
          updatedAt: now().toISOString(),
          revision: storedRevision + 1,
          data: draft,
        };
        await tx.store.put(record);
        await tx.done;
        onChange({ kind: 'saved', caseId: record.id, revision: record.revision });
        return { id: record.id, updatedAt: record.updatedAt, revision: record.revision, draft };
      }),

    deleteCase: (id) =>
      run('delete the case', async (database) => {
        const tx = database.transaction(CASES_STORE, 'readwrite');
        const done = settle(tx.done);
        const record = await tx.store.get(id);
        if (record === undefined) {
          tx.abort();
          await done;
          throw new StorageError('not_found', 'This case was already deleted (perhaps in another tab).');
        }
        await tx.store.delete(id);
        await tx.done;
        onChange({ kind: 'deleted', caseId: id });
        return { id, record };
      }),

    restoreCase: (deleted) =>
      run('restore the case', async (database) => {
        try {
          // `add`, not `put`: never overwrite a case that appeared under this id meanwhile.
          await database.add(CASES_STORE, deleted.record);
          onChange({ kind: 'restored', caseId: deleted.id, revision: revisionOf(deleted.record) });
        } catch (error) {
          if (error instanceof DOMException && error.name === 'ConstraintError') {
            throw new StorageError('exists', 'Could not restore the case: a case with this id exists again.');
          }
          throw error;
        }
      }),

    duplicateCase: (id, newId) =>
      run('duplicate the case', async (database) => {
        const raw = await database.get(CASES_STORE, id);
        if (raw === undefined) throw new StorageError('not_found', 'The case to duplicate no longer exists.');
        const read = readRecord(id, raw);
        if (!read.ok)
          throw new StorageError('damaged', `This case cannot be duplicated: ${read.damaged.reason}`);
        const original = read.value.draft;
        const copy: CaseDraft = {
          ...structuredClone(original),
          id: newId,
          imr: { ...original.imr, caseNumber: copyCaseNumber(original.imr.caseNumber) },
        };
        // As in saveCase: a copy that would not read back must not be written (it would only show
        // up as a damaged record).
        const unstorable = unstorableReason(copy);
        if (unstorable) throw unstorable;
        const record: StoredCaseRecord = {
          id: newId,
          updatedAt: now().toISOString(),
          revision: 1,
          data: copy,
        };
        await database.add(CASES_STORE, record);
        onChange({ kind: 'saved', caseId: newId, revision: 1 });
        return { id: newId, updatedAt: record.updatedAt, revision: 1, draft: copy };
      }),

    clearAll: async () => {
      const open = connection;
      connection = null;
      if (open) (await open.catch(() => null))?.close();
      try {
        // Other tabs' connections get a versionchange and close (db.ts), so the delete goes through.
        await deleteDB(dbName ?? CASE_DB_NAME);
      } catch (error) {
        throw toStorageError(error, 'clear the local data');
      }
      onChange({ kind: 'cleared' });
    },

    close: async () => {
      const open = connection;
      connection = null;
      if (open) (await open.catch(() => null))?.close();
    },
  };
}

/** The first reason a draft cannot be stored as it is (it would not read back); null when it can. */
function unstorableReason(draft: CaseDraft): UnstorableDraftError | null {
  const result = CaseDraftSchema.safeParse(draft);
  if (result.success) return null;
  const issue = result.error.issues[0];
  if (!issue) return new UnstorableDraftError('', 'cannot be stored');
  const problem =
    issue.code === 'too_big' && issue.origin === 'string'
      ? `is too long to keep (at most ${Number(issue.maximum).toLocaleString('en-US')} characters)`
      : issue.code === 'too_big'
        ? `has too many entries (at most ${Number(issue.maximum).toLocaleString('en-US')})`
        : `cannot be stored (${issue.message})`;
  return new UnstorableDraftError(issue.path.map(String).join('.'), problem);
}

type ReadResult = { ok: true; value: CaseSummary } | { ok: false; damaged: DamagedRecord };

function readRecord(key: string, raw: unknown): ReadResult {
  const damaged = (reason: string, issues: MigrationIssue[] = []): ReadResult => ({
    ok: false,
    damaged: { id: key, raw, reason, issues },
  });

  if (!isEnvelope(raw)) {
    return damaged(
      'The stored record is not in the workbench format (it needs id, updatedAt, revision and data).',
    );
  }
  const migrated = migrateCaseRecord(raw.data);
  if (!migrated.ok) return damaged(migrated.reason, migrated.issues);
  if (migrated.draft.id !== raw.id) {
    return damaged(`The record is stored as "${raw.id}" but the case inside has id "${migrated.draft.id}".`);
  }
  const value: CaseSummary = {
    id: raw.id,
    updatedAt: raw.updatedAt,
    revision: raw.revision,
    draft: migrated.draft,
  };
  if (migrated.migratedFrom !== undefined) value.migratedFrom = migrated.migratedFrom;
  return { ok: true, value };
}

function isEnvelope(raw: unknown): raw is StoredCaseRecord {
  if (typeof raw !== 'object' || raw === null) return false;
  const record = raw as Record<string, unknown>;
  return (
    typeof record.id === 'string' &&
    typeof record.updatedAt === 'string' &&
    typeof record.revision === 'number' &&
    Number.isFinite(record.revision) &&
    'data' in record
  );
}

/** The stored revision, 0 when there is no record (or no usable revision). */
function revisionOf(raw: unknown): number {
  return isEnvelope(raw) ? raw.revision : 0;
}

function byNewestChange(a: CaseSummary, b: CaseSummary): number {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt < b.updatedAt ? 1 : -1;
  return a.id.localeCompare(b.id);
}

/** Lets a transaction be aborted on purpose without an unhandled rejection of `tx.done`. */
function settle(promise: Promise<unknown>): Promise<void> {
  return promise.then(
    () => undefined,
    () => undefined,
  );
}

/** The app's store; every write is announced to the other tabs. */
export const casesRepo: CasesRepo = createCasesRepo({ onChange: (change) => caseChanges.post(change) });

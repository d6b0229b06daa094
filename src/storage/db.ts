/**
 * The workbench's IndexedDB database: the only place cases live (nothing leaves the browser).
 *
 * NEVER rename the database or the store (db-names.ts), or bump DB_VERSION, without an upgrade
 * step below that carries existing records over: a rename silently "loses" every saved case.
 * The shape of the case inside a record is versioned separately (schemaVersion, see
 * domain/case/migrate-case.ts); DB_VERSION only covers stores and indexes.
 */
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import { CASE_DB_NAME, CASES_STORE } from './db-names';
import { StorageError, toStorageError } from './storage-errors';

export { CASE_DB_NAME, CASES_STORE } from './db-names';
/** Stores and indexes version (not the case shape). Bump only together with a new upgrade step. */
export const DB_VERSION = 1;

/** A stored case: the draft as written plus bookkeeping. `data` is raw until migrated on read. */
export interface StoredCaseRecord {
  id: string;
  /** ISO date-time of the last write. */
  updatedAt: string;
  /** +1 on every write; a write expecting an older revision is refused (another tab wrote). */
  revision: number;
  data: unknown;
}

export interface WorkbenchDb extends DBSchema {
  // Values are typed `unknown`: anything may be in there (older versions, damage, devtools edits).
  [CASES_STORE]: { key: string; value: unknown };
}

export type WorkbenchDatabase = IDBPDatabase<WorkbenchDb>;

export interface OpenWorkbenchDbOptions {
  name?: string;
  /** The connection was closed for us (a newer version upgrading, or the browser ended it). */
  onClosed?: () => void;
}

export async function openWorkbenchDb({
  name = CASE_DB_NAME,
  onClosed,
}: OpenWorkbenchDbOptions = {}): Promise<WorkbenchDatabase> {
  if (typeof indexedDB === 'undefined') {
    throw new StorageError(
      'unavailable',
      'This browser does not allow saving data (IndexedDB is unavailable, e.g. in some private windows).',
    );
  }
  try {
    const db = await openDB<WorkbenchDb>(name, DB_VERSION, {
      // Idempotent: each step checks before it creates, so a half-finished upgrade can rerun.
      upgrade(database) {
        if (!database.objectStoreNames.contains(CASES_STORE)) {
          database.createObjectStore(CASES_STORE, { keyPath: 'id' });
        }
      },
      blocking() {
        // A newer workbench in another tab needs to upgrade: let it, this tab reconnects on next use.
        db.close();
        onClosed?.();
      },
      terminated() {
        onClosed?.();
      },
    });
    return db;
  } catch (error) {
    throw toStorageError(error, 'open the case store');
  }
}

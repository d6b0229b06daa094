/**
 * Names of the IndexedDB database and store. NEVER rename without an upgrade step in db.ts that
 * carries existing records over: a rename silently "loses" every case a reviewer has saved.
 * Kept free of imports so browser tests can use them to inject records.
 */
export const CASE_DB_NAME = 'imr-reviewer-workbench';
export const CASES_STORE = 'cases';

/** Errors from the case store, typed so the UI can say in plain words what went wrong. */

export type StorageErrorKind =
  | 'quota'
  | 'conflict'
  | 'not_found'
  | 'damaged'
  | 'exists'
  | 'invalid'
  | 'unavailable'
  | 'unknown';

export class StorageError extends Error {
  readonly kind: StorageErrorKind;

  constructor(kind: StorageErrorKind, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StorageError';
    this.kind = kind;
  }
}

/**
 * The case page's words (notice and save status) when another tab stored a newer version of the
 * open case: there the unsaved changes stay on the page until the reviewer chooses.
 */
export const CHANGED_IN_ANOTHER_TAB_MESSAGE =
  'This case was changed in another tab. Reload latest shows that version and drops your unsaved changes ' +
  "here; Keep mine saves this page's version over it and drops the other tab's changes. Until you choose, " +
  'your changes here are kept.';

/** The case page's words when the open case was deleted elsewhere (another tab, "Clear all local data"). */
export const DELETED_IN_ANOTHER_TAB_MESSAGE =
  'This case was deleted in another tab (or all local data was cleared). Your changes here are kept ' +
  'until you choose: keep them to save the case again, or export the case file.';

/**
 * Another tab or window saved (or deleted) this case after this page read it. `storedRevision` is 0
 * when the record is gone.
 */
export class RevisionConflictError extends StorageError {
  readonly storedRevision: number;
  readonly expectedRevision: number;

  constructor(expectedRevision: number, storedRevision: number) {
    super(
      'conflict',
      storedRevision === 0
        ? 'This case was deleted in another tab or window (or all local data was cleared), so this change was not saved.'
        : 'This case was changed in another tab or window. Reload the page to see the latest version ' +
            '(your most recent changes here were not saved).',
    );
    this.name = 'RevisionConflictError';
    this.expectedRevision = expectedRevision;
    this.storedRevision = storedRevision;
  }
}

/**
 * A draft that would not read back as a case (a text past the stored cap, a wrong type): refused
 * before it can replace a readable record. `path` is the field's path ("reports.0.examFindings");
 * the page that knows the field labels words it with `describeUnstorable`.
 */
export class UnstorableDraftError extends StorageError {
  readonly path: string;
  readonly problem: string;

  constructor(path: string, problem: string) {
    super('invalid', describeUnstorable(path || 'The case', problem));
    this.name = 'UnstorableDraftError';
    this.path = path;
    this.problem = problem;
  }
}

export function describeUnstorable(field: string, problem: string): string {
  return `${field} ${problem}. Shorten it to save; the last saved version is kept.`;
}

/** Wraps anything IndexedDB throws into a StorageError with a plain message. */
export function toStorageError(error: unknown, action: string): StorageError {
  if (error instanceof StorageError) return error;
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  const detail = error instanceof Error ? error.message : String(error);
  switch (name) {
    case 'QuotaExceededError':
      return new StorageError(
        'quota',
        "The browser's storage for this site is full. Export the case file to keep your work, then free up disk space or delete old cases and try again.",
        { cause: error },
      );
    case 'InvalidStateError':
    case 'UnknownError':
    case 'SecurityError':
      return new StorageError('unavailable', `Could not ${action}: the browser's storage is not available.`, {
        cause: error,
      });
    case 'ConstraintError':
      return new StorageError('exists', `Could not ${action}: a record with this id already exists.`, {
        cause: error,
      });
    default:
      return new StorageError('unknown', `Could not ${action}${detail ? `: ${detail}` : '.'}`, {
        cause: error,
      });
  }
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

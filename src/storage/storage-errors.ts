/** Errors from the case store, typed so the UI can say in plain words what went wrong. */

export type StorageErrorKind =
  | 'quota'
  | 'conflict'
  | 'not_found'
  | 'damaged'
  | 'exists'
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

/** Another tab or window saved this case after this page read it. */
export class RevisionConflictError extends StorageError {
  readonly storedRevision: number;
  readonly expectedRevision: number;

  constructor(expectedRevision: number, storedRevision: number) {
    super(
      'conflict',
      'This case was changed in another tab or window. Reload the page to see the latest version ' +
        '(your most recent changes here were not saved).',
    );
    this.name = 'RevisionConflictError';
    this.expectedRevision = expectedRevision;
    this.storedRevision = storedRevision;
  }
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
        'The browser has no storage space left for this site. Free up disk space or delete old cases, then try again.',
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

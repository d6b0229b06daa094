import { describe, expect, it } from 'vitest';
import { RevisionConflictError, StorageError, toStorageError } from './storage-errors';

describe('toStorageError', () => {
  it.each([
    ['QuotaExceededError', 'quota', /storage for this site is full/],
    ['InvalidStateError', 'unavailable', /Could not save the case: the browser's storage is not available/],
    ['ConstraintError', 'exists', /already exists/],
    ['DataError', 'unknown', /^Could not save the case: boom$/],
  ] as const)('turns a %s into a %s error', (name, kind, message) => {
    const error = toStorageError(new DOMException('boom', name), 'save the case');
    expect(error).toBeInstanceOf(StorageError);
    expect(error.kind).toBe(kind);
    expect(error.message).toMatch(message);
    expect(error.cause).toBeInstanceOf(DOMException);
  });

  it('keeps a StorageError as it is', () => {
    const conflict = new RevisionConflictError(1, 2);
    expect(toStorageError(conflict, 'save')).toBe(conflict);
  });

  it('words a thrown non-error', () => {
    expect(toStorageError('disk on fire', 'open the case').message).toBe(
      'Could not open the case: disk on fire',
    );
  });
});

import { describe, expect, it } from 'vitest';
import {
  createPendingDrafts,
  decideBackup,
  PENDING_DRAFT_KEY_PREFIX,
  type PendingDraft,
} from './pending-drafts';
import { fakeStorage } from './test-fakes';

const at = (iso: string) => () => new Date(iso);

describe('pending drafts', () => {
  it('writes a backup per case with its base revision and time, and reads it back', () => {
    const { storage, items } = fakeStorage();
    const backups = createPendingDrafts({ storage: () => storage, now: at('2026-03-01T10:00:00.000Z') });
    expect(
      backups.write({ caseId: 'c1', baseRevision: 4, conflicted: false, draft: { id: 'c1', n: 1 } }),
    ).toBe(true);
    expect([...items.keys()]).toEqual([`${PENDING_DRAFT_KEY_PREFIX}c1`]);
    expect(backups.read('c1')).toEqual({
      caseId: 'c1',
      baseRevision: 4,
      savedAt: '2026-03-01T10:00:00.000Z',
      conflicted: false,
      draft: { id: 'c1', n: 1 },
    });
    expect(backups.read('c2')).toBeNull();
  });

  it('replaces the previous backup of the same case', () => {
    const { storage } = fakeStorage();
    const backups = createPendingDrafts({ storage: () => storage });
    backups.write({ caseId: 'c1', baseRevision: 1, conflicted: false, draft: 'first' });
    backups.write({ caseId: 'c1', baseRevision: 2, conflicted: true, draft: 'second' });
    expect(backups.read('c1')).toMatchObject({ baseRevision: 2, conflicted: true, draft: 'second' });
  });

  it('removes one case, or every backup but nothing else in the storage', () => {
    const { storage, items } = fakeStorage({ 'other-app': 'keep me' });
    const backups = createPendingDrafts({ storage: () => storage });
    for (const caseId of ['a', 'b', 'c'])
      backups.write({ caseId, baseRevision: 1, conflicted: false, draft: {} });
    backups.remove('b');
    expect(backups.read('b')).toBeNull();
    expect(backups.read('a')).not.toBeNull();
    backups.removeAll();
    expect([...items.keys()]).toEqual(['other-app']);
  });

  it('lists every readable backup by case id, dropping unreadable ones and ignoring other keys', () => {
    const { storage, items } = fakeStorage({
      'other-app': 'keep me',
      [`${PENDING_DRAFT_KEY_PREFIX}broken`]: '{nope',
    });
    const backups = createPendingDrafts({ storage: () => storage, now: at('2026-03-01T10:00:00.000Z') });
    for (const caseId of ['b', 'a'])
      backups.write({ caseId, baseRevision: 1, conflicted: caseId === 'a', draft: { id: caseId } });
    expect(backups.list()).toEqual([
      {
        caseId: 'a',
        baseRevision: 1,
        savedAt: '2026-03-01T10:00:00.000Z',
        conflicted: true,
        draft: { id: 'a' },
      },
      {
        caseId: 'b',
        baseRevision: 1,
        savedAt: '2026-03-01T10:00:00.000Z',
        conflicted: false,
        draft: { id: 'b' },
      },
    ]);
    expect(items.has(`${PENDING_DRAFT_KEY_PREFIX}broken`)).toBe(false);
    expect(items.get('other-app')).toBe('keep me');
    expect(createPendingDrafts({ storage: () => null }).list()).toEqual([]);
  });

  it('reports a refused write (full storage) instead of throwing', () => {
    const { storage, state } = fakeStorage();
    state.full = true;
    const backups = createPendingDrafts({ storage: () => storage });
    expect(backups.write({ caseId: 'c1', baseRevision: 1, conflicted: false, draft: {} })).toBe(false);
    expect(backups.read('c1')).toBeNull();
  });

  it('works without storage at all (disabled by the browser): nothing throws', () => {
    const throwing = createPendingDrafts({
      storage: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    expect(throwing.write({ caseId: 'c1', baseRevision: 1, conflicted: false, draft: {} })).toBe(false);
    expect(throwing.read('c1')).toBeNull();
    expect(() => throwing.remove('c1')).not.toThrow();
    expect(() => throwing.removeAll()).not.toThrow();
    expect(createPendingDrafts({ storage: () => null }).read('c1')).toBeNull();
  });

  it.each([
    ['not JSON', '{nope'],
    ['not an object', '42'],
    [
      'another case id',
      JSON.stringify({ caseId: 'x', baseRevision: 1, savedAt: '2026-01-01T00:00:00Z', draft: {} }),
    ],
    ['no revision', JSON.stringify({ caseId: 'c1', savedAt: '2026-01-01T00:00:00Z', draft: {} })],
    ['a bad time', JSON.stringify({ caseId: 'c1', baseRevision: 1, savedAt: 'yesterday', draft: {} })],
    ['no draft', JSON.stringify({ caseId: 'c1', baseRevision: 1, savedAt: '2026-01-01T00:00:00Z' })],
  ])('drops an unreadable backup (%s)', (_label, text) => {
    const key = `${PENDING_DRAFT_KEY_PREFIX}c1`;
    const { storage, items } = fakeStorage({ [key]: text });
    expect(createPendingDrafts({ storage: () => storage }).read('c1')).toBeNull();
    expect(items.has(key)).toBe(false);
  });
});

describe('decideBackup', () => {
  const backup = (baseRevision: number, savedAt: string, conflicted = false): PendingDraft => ({
    caseId: 'c1',
    baseRevision,
    savedAt,
    conflicted,
    draft: {},
  });
  const stored = (revision: number, updatedAt: string) => ({ revision, updatedAt });
  const T1 = '2026-03-01T10:00:00.000Z';
  const T2 = '2026-03-01T10:00:01.000Z';

  it.each([
    ['no backup', null, stored(3, T1), 'none'],
    ['the case is gone (deleted on purpose)', backup(3, T2), null, 'discard'],
    ['builds on the stored revision', backup(3, T1), stored(3, T2), 'apply'],
    ['builds on a newer revision (its write failed)', backup(4, T1), stored(3, T2), 'apply'],
    ['taken after an older draft was stored in flight', backup(3, T2), stored(4, T1), 'apply'],
    ['taken after the stored write, knowing of another tab', backup(3, T2, true), stored(4, T1), 'ask'],
    ['older than the stored record', backup(3, T1), stored(4, T2), 'discard'],
    ['as old as the stored record', backup(3, T1), stored(4, T1), 'discard'],
    ['conflicted and older than the stored record', backup(3, T1, true), stored(4, T2), 'discard'],
    // Deleted in another tab, then the same case imported again: its revisions start over at 1.
    ['conflicted, older than a record created again', backup(5, T1, true), stored(1, T2), 'discard'],
    ['conflicted, on the stored revision, taken later', backup(3, T2, true), stored(3, T1), 'ask'],
  ] as const)('%s -> %s', (_label, pending, record, decision) => {
    expect(decideBackup(pending, record)).toBe(decision);
  });
});

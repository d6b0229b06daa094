import { afterEach, describe, expect, it } from 'vitest';
import { CASE_SCHEMA_VERSION } from '@/domain/case/case-schema';
import { COPY_SUFFIX, copyCaseNumber } from '@/domain/case/copy-case-number';
import { buildDemoCase } from '@/domain/case/demo-case';
import { emptyCaseDraft } from '@/domain/case/empty-case';
import type { CaseChange } from './case-changes';
import { type CasesRepo, createCasesRepo } from './cases-repo';
import { CASES_STORE, openWorkbenchDb } from './db';
import { RevisionConflictError, StorageError, UnstorableDraftError } from './storage-errors';

let dbCounter = 0;
const openRepos: CasesRepo[] = [];

/** A repo on its own fresh database, with a clock that ticks one second per write. */
function freshRepo() {
  const dbName = `cases-repo-test-${++dbCounter}`;
  let tick = 0;
  const repo = createCasesRepo({ dbName, now: () => new Date(Date.UTC(2026, 0, 1, 0, 0, tick++)) });
  openRepos.push(repo);
  return { repo, dbName };
}

/** Writes a raw value straight into the store, as devtools, an old build or disk damage would. */
async function putRaw(dbName: string, value: unknown) {
  const db = await openWorkbenchDb({ name: dbName });
  await db.put(CASES_STORE, value);
  db.close();
}

afterEach(async () => {
  await Promise.all(openRepos.splice(0).map((repo) => repo.close()));
});

describe('cases repo', () => {
  it('round-trips a case through save, get and list', async () => {
    const { repo } = freshRepo();
    const draft = buildDemoCase('case-1');
    const saved = await repo.saveCase(draft);
    expect(saved).toMatchObject({ id: 'case-1', revision: 1, updatedAt: '2026-01-01T00:00:00.000Z' });

    expect(await repo.getCase('case-1')).toEqual({
      id: 'case-1',
      revision: 1,
      updatedAt: '2026-01-01T00:00:00.000Z',
      draft,
    });
    const list = await repo.listCases();
    expect(list.damaged).toEqual([]);
    expect(list.cases.map((summary) => summary.draft)).toEqual([draft]);
  });

  it('returns null for a case that does not exist', async () => {
    const { repo } = freshRepo();
    expect(await repo.getCase('nope')).toBeNull();
  });

  it('adds one to the revision on every write and lists the newest change first', async () => {
    const { repo } = freshRepo();
    await repo.saveCase(emptyCaseDraft('older'));
    await repo.saveCase(emptyCaseDraft('newer'));
    const second = await repo.saveCase(emptyCaseDraft('older'));
    expect(second.revision).toBe(2);
    const { cases } = await repo.listCases();
    expect(cases.map((summary) => [summary.id, summary.revision])).toEqual([
      ['older', 2],
      ['newer', 1],
    ]);
  });

  it('refuses a write based on an older revision (another tab saved meanwhile)', async () => {
    const { repo } = freshRepo();
    const draft = emptyCaseDraft('case-1');
    const first = await repo.saveCase(draft);
    // Tab B saves on top of revision 1.
    await repo.saveCase(
      { ...draft, imr: { ...draft.imr, caseNumber: 'from tab B' } },
      { expectedRevision: 1 },
    );
    // Tab A still thinks revision 1 is the latest.
    const staleWrite = repo.saveCase(
      { ...draft, imr: { ...draft.imr, caseNumber: 'from tab A' } },
      { expectedRevision: first.revision },
    );
    await expect(staleWrite).rejects.toBeInstanceOf(RevisionConflictError);
    await expect(staleWrite).rejects.toMatchObject({
      kind: 'conflict',
      storedRevision: 2,
      expectedRevision: 1,
    });
    const stored = await repo.getCase('case-1');
    expect(stored?.draft.imr.caseNumber).toBe('from tab B');
    expect(stored?.revision).toBe(2);
  });

  it('accepts a write whose expected revision is the stored one', async () => {
    const { repo } = freshRepo();
    const saved = await repo.saveCase(emptyCaseDraft('case-1'));
    const next = await repo.saveCase(emptyCaseDraft('case-1'), { expectedRevision: saved.revision });
    expect(next.revision).toBe(2);
  });

  it('lists a damaged record with its raw content and reason, and still lists the rest', async () => {
    const { repo, dbName } = freshRepo();
    await repo.saveCase(buildDemoCase('good'));
    const garbage = {
      id: 'bad',
      updatedAt: '2026-01-01T00:00:00.000Z',
      revision: 3,
      data: { hello: 'world' },
    };
    await putRaw(dbName, garbage);
    const notAnEnvelope = { id: 'loose', caseNumber: 'typed in devtools' };
    await putRaw(dbName, notAnEnvelope);

    const { cases, damaged } = await repo.listCases();
    expect(cases.map((summary) => summary.id)).toEqual(['good']);
    expect(damaged.map((record) => record.id)).toEqual(['bad', 'loose']);
    expect(damaged[0]!.raw).toEqual(garbage);
    expect(damaged[0]!.reason).toContain('schemaVersion');
    expect(damaged[1]!.raw).toEqual(notAnEnvelope);
    expect(damaged[1]!.reason).toContain('not in the workbench format');
  });

  it('reports a record made by a newer workbench as damaged, untouched', async () => {
    const { repo, dbName } = freshRepo();
    const future = { ...emptyCaseDraft('future'), schemaVersion: 99 };
    await putRaw(dbName, { id: 'future', updatedAt: '2030-01-01T00:00:00.000Z', revision: 1, data: future });
    const { damaged } = await repo.listCases();
    expect(damaged[0]!.reason).toContain('newer version of the workbench');
    await expect(repo.getCase('future')).rejects.toMatchObject({ kind: 'damaged' });
    expect((damaged[0]!.raw as { data: unknown }).data).toEqual(future);
  });

  it('reports a record whose key and case id disagree as damaged', async () => {
    const { repo, dbName } = freshRepo();
    await putRaw(dbName, {
      id: 'a',
      updatedAt: '2026-01-01T00:00:00Z',
      revision: 1,
      data: emptyCaseDraft('b'),
    });
    const { damaged } = await repo.listCases();
    expect(damaged[0]!.reason).toContain('"a"');
  });

  it('migrates an old record on read without rewriting it', async () => {
    const { repo, dbName } = freshRepo();
    const { letter: _letter, ...rest } = emptyCaseDraft('old');
    const versionZero = {
      ...rest,
      schemaVersion: 0,
      treatment: { ...rest.treatment, urineDrugTests: undefined },
    };
    delete versionZero.treatment.urineDrugTests;
    const envelope = { id: 'old', updatedAt: '2025-05-05T00:00:00.000Z', revision: 7, data: versionZero };
    await putRaw(dbName, envelope);

    const stored = await repo.getCase('old');
    expect(stored).toMatchObject({ id: 'old', revision: 7, migratedFrom: 0 });
    expect(stored?.draft.schemaVersion).toBe(CASE_SCHEMA_VERSION);
    expect(stored?.draft.letter).toEqual({ edits: {} });
    expect(stored?.draft.treatment.urineDrugTests).toEqual([]);

    const db = await openWorkbenchDb({ name: dbName });
    expect(await db.get(CASES_STORE, 'old')).toEqual(envelope);
    db.close();

    // The next save writes the current version.
    const saved = await repo.saveCase(stored!.draft, { expectedRevision: 7 });
    expect(saved.revision).toBe(8);
    expect((await repo.getCase('old'))?.migratedFrom).toBeUndefined();
  });

  it('deletes a case and restores it exactly as it was', async () => {
    const { repo, dbName } = freshRepo();
    await repo.saveCase(buildDemoCase('case-1'));
    const before = await repo.getCase('case-1');

    const deleted = await repo.deleteCase('case-1');
    expect(await repo.getCase('case-1')).toBeNull();
    expect((await repo.listCases()).cases).toEqual([]);

    await repo.restoreCase(deleted);
    expect(await repo.getCase('case-1')).toEqual(before);
    const db = await openWorkbenchDb({ name: dbName });
    expect(await db.get(CASES_STORE, 'case-1')).toEqual(deleted.record);
    db.close();
  });

  it('deletes and restores a damaged record too', async () => {
    const { repo, dbName } = freshRepo();
    await putRaw(dbName, { id: 'bad', junk: true });
    const deleted = await repo.deleteCase('bad');
    expect((await repo.listCases()).damaged).toEqual([]);
    await repo.restoreCase(deleted);
    expect((await repo.listCases()).damaged[0]!.raw).toEqual({ id: 'bad', junk: true });
  });

  it('says so when deleting a case that is already gone', async () => {
    const { repo } = freshRepo();
    await expect(repo.deleteCase('missing')).rejects.toMatchObject({ kind: 'not_found' });
  });

  it('does not restore over a case that exists again under the same id', async () => {
    const { repo } = freshRepo();
    await repo.saveCase(emptyCaseDraft('case-1'));
    const deleted = await repo.deleteCase('case-1');
    await repo.saveCase(buildDemoCase('case-1'));
    await expect(repo.restoreCase(deleted)).rejects.toMatchObject({ kind: 'exists' });
    expect((await repo.getCase('case-1'))?.draft.imr.caseNumber).toBe('DEMO-WH-2014');
  });

  it('duplicates a case under a new id with " (copy)" after the case number', async () => {
    const { repo } = freshRepo();
    const original = buildDemoCase('case-1');
    await repo.saveCase(original);
    const copy = await repo.duplicateCase('case-1', 'case-2');
    expect(copy.revision).toBe(1);
    expect(copy.draft.id).toBe('case-2');
    expect(copy.draft.imr.caseNumber).toBe('DEMO-WH-2014 (copy)');
    expect({ ...copy.draft, id: original.id, imr: original.imr }).toEqual(original);
    expect((await repo.getCase('case-1'))?.draft).toEqual(original);
    expect((await repo.listCases()).cases.map((summary) => summary.id)).toEqual(['case-2', 'case-1']);
  });

  it('keeps an empty case number empty when duplicating', async () => {
    const { repo } = freshRepo();
    await repo.saveCase(emptyCaseDraft('case-1'));
    expect((await repo.duplicateCase('case-1', 'case-2')).draft.imr.caseNumber).toBe('');
  });

  it.each([1_993, 1_994, 1_995, 1_999, 2_000])(
    'duplicates a case whose number has %i characters into a case that reads back, its number shortened to fit',
    async (length) => {
      const { repo } = freshRepo();
      const draft = emptyCaseDraft('case-1');
      const caseNumber = `CM${'7'.repeat(length - 2)}`;
      await repo.saveCase({ ...draft, imr: { ...draft.imr, caseNumber } });
      const copy = await repo.duplicateCase('case-1', 'case-2');

      const copyNumber = copy.draft.imr.caseNumber;
      expect(copyNumber.length).toBeLessThanOrEqual(2_000);
      expect(copyNumber.endsWith(COPY_SUFFIX)).toBe(true);
      expect(copyNumber).toBe(
        length + COPY_SUFFIX.length <= 2_000
          ? `${caseNumber}${COPY_SUFFIX}`
          : `${caseNumber.slice(0, 2_000 - COPY_SUFFIX.length - 1)}…${COPY_SUFFIX}`,
      );
      const list = await repo.listCases();
      expect(list.damaged).toEqual([]);
      expect((await repo.getCase('case-2'))?.draft.imr.caseNumber).toBe(copyNumber);
    },
  );

  it.each([
    ['a short number', 'CM14-1', 'CM14-1 (copy)'],
    ['no number', '', ''],
    ['a number that just fits', 'x'.repeat(1_993), `${'x'.repeat(1_993)} (copy)`],
    ['a number one too long', 'x'.repeat(1_994), `${'x'.repeat(1_992)}… (copy)`],
    // 1,992 UTF-16 units would end in half an emoji: the whole emoji goes.
    ['a number of emoji', `x${'😀'.repeat(999)}`, `x${'😀'.repeat(995)}… (copy)`],
  ])('copyCaseNumber: %s', (_label, caseNumber, expected) => {
    expect(copyCaseNumber(caseNumber)).toBe(expected);
    expect(copyCaseNumber(caseNumber).length).toBeLessThanOrEqual(2_000);
  });

  it('refuses to duplicate a case that does not exist', async () => {
    const { repo } = freshRepo();
    const attempt = repo.duplicateCase('missing', 'copy');
    await expect(attempt).rejects.toBeInstanceOf(StorageError);
    await expect(attempt).rejects.toMatchObject({ kind: 'not_found' });
  });

  it('surfaces an error the browser throws as a typed error with a plain message', async () => {
    const { repo } = freshRepo();
    // A function cannot be stored (DataCloneError): the write fails and says why.
    const unstorable = { ...emptyCaseDraft('case-1'), extra: () => 1 };
    const attempt = repo.saveCase(unstorable);
    await expect(attempt).rejects.toBeInstanceOf(StorageError);
    await expect(attempt).rejects.toMatchObject({ kind: 'unknown', message: /^Could not save the case/ });
  });

  it('refuses a write built on a revision higher than the stored one: the case was created again meanwhile', async () => {
    const { repo } = freshRepo();
    let saved = await repo.saveCase(emptyCaseDraft('case-1'));
    saved = await repo.saveCase(emptyCaseDraft('case-1'), { expectedRevision: saved.revision });
    await repo.deleteCase('case-1');
    // Imported again under the same id: revision 1, not what the old page built on (2).
    await repo.saveCase({
      ...emptyCaseDraft('case-1'),
      imr: { ...emptyCaseDraft('case-1').imr, caseNumber: 'IMPORTED' },
    });
    const stale = repo.saveCase(emptyCaseDraft('case-1'), { expectedRevision: saved.revision });
    await expect(stale).rejects.toBeInstanceOf(RevisionConflictError);
    expect((await repo.getCase('case-1'))?.draft.imr.caseNumber).toBe('IMPORTED');
  });

  it('refuses a write expecting a revision when the case was deleted meanwhile (no silent resurrection)', async () => {
    const { repo } = freshRepo();
    const saved = await repo.saveCase(emptyCaseDraft('case-1'));
    await repo.deleteCase('case-1');
    const stale = repo.saveCase(emptyCaseDraft('case-1'), { expectedRevision: saved.revision });
    await expect(stale).rejects.toBeInstanceOf(RevisionConflictError);
    await expect(stale).rejects.toMatchObject({
      storedRevision: 0,
      message: /deleted in another tab or window/,
    });
    expect(await repo.getCase('case-1')).toBeNull();
    // Saving it again on purpose (expecting no record) works.
    expect((await repo.saveCase(emptyCaseDraft('case-1'), { expectedRevision: 0 })).revision).toBe(1);
  });

  it.each([
    [
      'a text over the stored cap',
      (draft: ReturnType<typeof emptyCaseDraft>) => ({
        ...draft,
        imr: { ...draft.imr, caseNumber: 'x'.repeat(2_001) },
      }),
      { path: 'imr.caseNumber', problem: 'is too long to keep (at most 2,000 characters)' },
    ],
    [
      'too many entries',
      (draft: ReturnType<typeof emptyCaseDraft>) => ({
        ...draft,
        disputedItems: Array.from({ length: 101 }, () => draft.disputedItems[0]),
      }),
      { path: 'disputedItems', problem: 'has too many entries (at most 100)' },
    ],
    [
      'a number where text belongs',
      (draft: ReturnType<typeof emptyCaseDraft>) => ({ ...draft, imr: { ...draft.imr, caseNumber: 7 } }),
      { path: 'imr.caseNumber', problem: expect.stringMatching(/^cannot be stored \(/) },
    ],
  ])(
    'refuses a draft that would not read back (%s) and keeps the stored one',
    async (_label, spoil, refusal) => {
      const { repo } = freshRepo();
      const draft = emptyCaseDraft('case-1');
      await repo.saveCase(draft);
      const attempt = repo.saveCase(spoil(draft) as unknown as typeof draft, { expectedRevision: 1 });
      await expect(attempt).rejects.toBeInstanceOf(UnstorableDraftError);
      await expect(attempt).rejects.toMatchObject({
        kind: 'invalid',
        ...refusal,
        message: expect.stringMatching(/ Shorten it to save; the last saved version is kept\.$/),
      });
      expect(await repo.getCase('case-1')).toMatchObject({ revision: 1, draft });
    },
  );

  it('announces every change it makes', async () => {
    const changes: CaseChange[] = [];
    const repo = createCasesRepo({
      dbName: `cases-repo-test-${++dbCounter}`,
      onChange: (change) => changes.push(change),
    });
    openRepos.push(repo);
    await repo.saveCase(emptyCaseDraft('case-1'));
    await repo.saveCase(emptyCaseDraft('case-1'), { expectedRevision: 1 });
    await repo.duplicateCase('case-1', 'case-2');
    const deleted = await repo.deleteCase('case-1');
    await repo.restoreCase(deleted);
    await expect(repo.saveCase(emptyCaseDraft('case-1'), { expectedRevision: 1 })).rejects.toThrow();
    await repo.listCases();
    await repo.clearAll();
    expect(changes).toEqual([
      { kind: 'saved', caseId: 'case-1', revision: 1 },
      { kind: 'saved', caseId: 'case-1', revision: 2 },
      { kind: 'saved', caseId: 'case-2', revision: 1 },
      { kind: 'deleted', caseId: 'case-1' },
      { kind: 'restored', caseId: 'case-1', revision: 2 },
      { kind: 'cleared' },
    ]);
  });

  it('clears all local data: the database is deleted and opens empty again', async () => {
    const { repo, dbName } = freshRepo();
    await repo.saveCase(buildDemoCase('case-1'));
    await repo.saveCase(emptyCaseDraft('case-2'));
    await putRaw(dbName, { id: 'junk' });
    await repo.clearAll();
    const names = (await indexedDB.databases()).map((database) => database.name);
    expect(names).not.toContain(dbName);
    expect(await repo.listCases()).toEqual({ cases: [], damaged: [] });
    expect(await repo.getCase('case-1')).toBeNull();
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { findOrphanedBackups, restoreOrphanedBackup } from './orphaned-backups';
import { closeTestRepos, numberedCase, repoWithBackups } from './test-fakes';

afterEach(closeTestRepos);

const numbered = numberedCase;
const setup = () => repoWithBackups('orphaned-backups-test');

describe('backups whose case is no longer stored', () => {
  it('are found, oldest first; backups of stored cases are not', async () => {
    const { repo, backups, tick } = setup();
    await repo.saveCase(numbered('kept', 'STORED'));
    backups.write({ caseId: 'kept', baseRevision: 1, conflicted: false, draft: numbered('kept', 'EDITED') });
    tick(5 * 60);
    backups.write({
      caseId: 'gone-2',
      baseRevision: 3,
      conflicted: true,
      draft: numbered('gone-2', 'SECOND'),
    });
    tick(-10 * 60);
    backups.write({
      caseId: 'gone-1',
      baseRevision: 1,
      conflicted: true,
      draft: numbered('gone-1', 'FIRST'),
    });
    backups.write({ caseId: 'not-a-case', baseRevision: 1, conflicted: false, draft: { hello: 'world' } });

    const orphans = findOrphanedBackups(await repo.listCases(), backups);
    expect(orphans.map((orphan) => [orphan.caseId, orphan.draft?.imr.caseNumber ?? null])).toEqual([
      ['gone-1', 'FIRST'],
      ['not-a-case', null],
      ['gone-2', 'SECOND'],
    ]);
    expect(orphans[1]?.backup.draft).toEqual({ hello: 'world' });
  });

  it('restore stores the backup as its case and removes the backup', async () => {
    const { repo, backups } = setup();
    backups.write({ caseId: 'gone', baseRevision: 4, conflicted: true, draft: numbered('gone', 'MINE') });
    const restored = await restoreOrphanedBackup(repo, backups, 'gone');
    expect(restored).toMatchObject({ id: 'gone', revision: 1 });
    expect((await repo.getCase('gone'))?.draft.imr.caseNumber).toBe('MINE');
    expect(backups.read('gone')).toBeNull();
    expect(findOrphanedBackups(await repo.listCases(), backups)).toEqual([]);
  });

  it('restore never writes over a case stored under the same id since, and keeps the backup', async () => {
    const { repo, backups } = setup();
    backups.write({ caseId: 'c1', baseRevision: 2, conflicted: true, draft: numbered('c1', 'MINE') });
    await repo.saveCase(numbered('c1', 'IMPORTED'));
    await expect(restoreOrphanedBackup(repo, backups, 'c1')).rejects.toThrow(/stored again/);
    expect((await repo.getCase('c1'))?.draft.imr.caseNumber).toBe('IMPORTED');
    expect(backups.read('c1')).not.toBeNull();
  });

  it('restore refuses a backup that is not a case (or is gone) with a plain reason, keeping it', async () => {
    const { repo, backups } = setup();
    backups.write({ caseId: 'odd', baseRevision: 1, conflicted: false, draft: { hello: 'world' } });
    await expect(restoreOrphanedBackup(repo, backups, 'odd')).rejects.toThrow(/cannot be read as a case/);
    expect(backups.read('odd')).not.toBeNull();
    await expect(restoreOrphanedBackup(repo, backups, 'never')).rejects.toThrow(/no longer in this browser/);
    expect((await repo.listCases()).cases).toEqual([]);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { openCaseWithBackup } from './case-recovery';
import type { CasesRepo } from './cases-repo';
import { closeTestRepos, numberedCase, repoWithBackups } from './test-fakes';

afterEach(closeTestRepos);

const numbered = numberedCase;
const setup = () => repoWithBackups('case-recovery-test');

describe('opening a case with a backup left by a closed page', () => {
  it('opens the stored case as it is when there is no backup', async () => {
    const { repo, backups } = setup();
    await repo.saveCase(numbered('c1', 'STORED'));
    const opened = await openCaseWithBackup(repo, backups, 'c1');
    expect(opened).toMatchObject({ revision: 1, draft: numbered('c1', 'STORED') });
    expect(opened?.recovered).toBeUndefined();
  });

  it('applies a backup that builds on the stored revision: stored, then removed', async () => {
    const { repo, backups, tick } = setup();
    await repo.saveCase(numbered('c1', 'CM-1'));
    tick(1);
    backups.write({ caseId: 'c1', baseRevision: 1, conflicted: false, draft: numbered('c1', 'CM-12') });
    tick(1);
    const opened = await openCaseWithBackup(repo, backups, 'c1');
    expect(opened).toMatchObject({ revision: 2, draft: numbered('c1', 'CM-12') });
    expect(opened?.recovered).toBeUndefined();
    expect((await repo.getCase('c1'))?.draft.imr.caseNumber).toBe('CM-12');
    expect(backups.read('c1')).toBeNull();
  });

  it('applies a backup taken after an older draft landed in flight', async () => {
    const { repo, backups, tick } = setup();
    await repo.saveCase(numbered('c1', 'CM'));
    // The page's write of "CM-1" (built on revision 1) lands, but the page closed after typing "CM-12".
    await repo.saveCase(numbered('c1', 'CM-1'), { expectedRevision: 1 });
    tick(1);
    backups.write({ caseId: 'c1', baseRevision: 1, conflicted: false, draft: numbered('c1', 'CM-12') });
    const opened = await openCaseWithBackup(repo, backups, 'c1');
    expect(opened).toMatchObject({ revision: 3, draft: numbered('c1', 'CM-12') });
  });

  it('discards a backup older than the stored record', async () => {
    const { repo, backups, tick } = setup();
    await repo.saveCase(numbered('c1', 'CM-1'));
    backups.write({ caseId: 'c1', baseRevision: 1, conflicted: false, draft: numbered('c1', 'OLD') });
    tick(1);
    await repo.saveCase(numbered('c1', 'NEWER'), { expectedRevision: 1 });
    const opened = await openCaseWithBackup(repo, backups, 'c1');
    expect(opened).toMatchObject({ revision: 2, draft: numbered('c1', 'NEWER') });
    expect(backups.read('c1')).toBeNull();
  });

  it('hands a conflicting backup to the page instead of saving over the other tab', async () => {
    const { repo, backups, tick } = setup();
    await repo.saveCase(numbered('c1', 'CM-1'));
    await repo.saveCase(numbered('c1', 'OTHER TAB'), { expectedRevision: 1 });
    tick(1);
    backups.write({ caseId: 'c1', baseRevision: 1, conflicted: true, draft: numbered('c1', 'MINE') });
    const opened = await openCaseWithBackup(repo, backups, 'c1');
    expect(opened).toMatchObject({
      revision: 2,
      draft: numbered('c1', 'OTHER TAB'),
      recovered: { draft: numbered('c1', 'MINE'), baseRevision: 1, conflicted: true },
    });
    expect((await repo.getCase('c1'))?.draft.imr.caseNumber).toBe('OTHER TAB');
    expect(backups.read('c1')).not.toBeNull();
  });

  it('hands the backup to the page when it cannot be stored now (it retries)', async () => {
    const { repo, backups } = setup();
    await repo.saveCase(numbered('c1', 'CM-1'));
    const failing: CasesRepo = {
      ...repo,
      saveCase: () => Promise.reject(new DOMException('full', 'QuotaExceededError')),
    };
    backups.write({ caseId: 'c1', baseRevision: 1, conflicted: false, draft: numbered('c1', 'CM-12') });
    const opened = await openCaseWithBackup(failing, backups, 'c1');
    expect(opened).toMatchObject({
      draft: numbered('c1', 'CM-1'),
      recovered: { draft: numbered('c1', 'CM-12'), baseRevision: 1, conflicted: false },
    });
    expect(backups.read('c1')).not.toBeNull();
  });

  it.each([
    ['not a case', { nope: true }],
    ['a case with another id', numbered('c2', 'X')],
  ])('drops a backup that is %s and opens the stored case', async (_label, draft) => {
    const { repo, backups } = setup();
    await repo.saveCase(numbered('c1', 'CM-1'));
    backups.write({ caseId: 'c1', baseRevision: 1, conflicted: false, draft });
    const opened = await openCaseWithBackup(repo, backups, 'c1');
    expect(opened).toMatchObject({ revision: 1, draft: numbered('c1', 'CM-1') });
    expect(backups.read('c1')).toBeNull();
  });

  it('drops the backup of a case that was deleted', async () => {
    const { repo, backups } = setup();
    backups.write({ caseId: 'gone', baseRevision: 3, conflicted: false, draft: numbered('gone', 'X') });
    expect(await openCaseWithBackup(repo, backups, 'gone')).toBeNull();
    expect(backups.read('gone')).toBeNull();
  });
});

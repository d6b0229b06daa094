import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { buildDemoCase } from '@/domain/case/demo-case';
import { caseKeys, clearAllLocalData, createCaseQueries, saveCaseAndUpdateCache } from './case-queries';
import { createCasesRepo } from './cases-repo';
import { createPendingDrafts } from './pending-drafts';
import { RECENT_CITATIONS_KEY } from './recent-citations';
import { fakeStorage } from './test-fakes';

const repo = createCasesRepo({ dbName: 'case-queries-test' });
afterEach(() => repo.close());

describe('case queries', () => {
  it('keys every case query under the "cases" prefix', () => {
    const queries = createCaseQueries(repo);
    expect(queries.list().queryKey).toEqual(['cases', 'list']);
    expect(queries.detail('a').queryKey).toEqual(['cases', 'detail', 'a']);
    expect(caseKeys.all).toEqual(['cases']);
  });

  it('reads the list and a detail through the repo', async () => {
    const queryClient = new QueryClient();
    const queries = createCaseQueries(repo);
    await repo.saveCase(buildDemoCase('q-1'));
    const list = await queryClient.fetchQuery(queries.list());
    expect(list.cases.map((summary) => summary.id)).toContain('q-1');
    expect((await queryClient.fetchQuery(queries.detail('q-1')))?.draft.imr.caseNumber).toBe('DEMO-WH-2014');
    expect(await queryClient.fetchQuery(queries.detail('missing'))).toBeNull();
  });

  it('lists, beside the cases, the backups whose case is no longer stored', async () => {
    const queryClient = new QueryClient();
    const { storage } = fakeStorage();
    const backups = createPendingDrafts({ storage: () => storage });
    const queries = createCaseQueries(repo, backups);
    await repo.saveCase(buildDemoCase('q-stored'));
    backups.write({
      caseId: 'q-stored',
      baseRevision: 1,
      conflicted: false,
      draft: buildDemoCase('q-stored'),
    });
    backups.write({ caseId: 'q-gone', baseRevision: 2, conflicted: true, draft: buildDemoCase('q-gone') });
    const list = await queryClient.fetchQuery(queries.list());
    expect(list.orphanedBackups.map((orphan) => orphan.caseId)).toEqual(['q-gone']);
  });

  it('after an autosave, caches the new revision and marks the list stale', async () => {
    const queryClient = new QueryClient();
    const queries = createCaseQueries(repo);
    await repo.saveCase(buildDemoCase('q-2'));
    await queryClient.fetchQuery(queries.list());
    const first = await queryClient.fetchQuery(queries.detail('q-2'));

    const saved = await saveCaseAndUpdateCache(
      queryClient,
      first!.draft,
      { expectedRevision: first!.revision },
      repo,
    );
    expect(queryClient.getQueryData(caseKeys.detail('q-2'))).toEqual(saved);
    expect(saved.revision).toBe(first!.revision + 1);
    expect(queryClient.getQueryState(caseKeys.list())?.isInvalidated).toBe(true);
  });

  it('clears all local data: cases, draft backups and remembered citations, nothing else', async () => {
    const own = createCasesRepo({ dbName: 'case-queries-clear-test' });
    await own.saveCase(buildDemoCase('c-1'));
    const { storage, items } = fakeStorage({
      [RECENT_CITATIONS_KEY]: '["ODG Low Back"]',
      'another-app': 'kept',
    });
    const backups = createPendingDrafts({ storage: () => storage });
    backups.write({ caseId: 'c-1', baseRevision: 1, conflicted: false, draft: {} });
    await clearAllLocalData(own, backups, storage);
    expect([...items.keys()]).toEqual(['another-app']);
    expect(await own.listCases()).toEqual({ cases: [], damaged: [] });
    await own.close();
  });
});

/**
 * TanStack Query over the case store: IndexedDB is treated as the "server". Keys and read functions
 * live together in `queryOptions` factories; every write invalidates the `['cases']` prefix so lists
 * and details re-read what was stored.
 */
import { type QueryClient, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { CaseDraft } from '@/domain/case/case-schema';
import { type CaseChangeChannel, caseChanges } from './case-changes';
import { openCaseWithBackup } from './case-recovery';
import {
  type CaseList,
  type CasesRepo,
  casesRepo,
  type DeletedCase,
  type SaveCaseOptions,
  type StoredCase,
} from './cases-repo';
import { findOrphanedBackups, type OrphanedBackup, restoreOrphanedBackup } from './orphaned-backups';
import { type PendingDraft, type PendingDrafts, pendingDrafts } from './pending-drafts';
import { RECENT_CITATIONS_KEY } from './recent-citations';

export const caseKeys = {
  all: ['cases'] as const,
  list: () => [...caseKeys.all, 'list'] as const,
  detail: (id: string) => [...caseKeys.all, 'detail', id] as const,
};

/** The stored cases, damaged records, and backups whose case is gone (orphaned-backups.ts). */
export interface CaseListWithBackups extends CaseList {
  orphanedBackups: OrphanedBackup[];
}

export function createCaseQueries(repo: CasesRepo, backups: PendingDrafts = pendingDrafts) {
  return {
    list: () =>
      queryOptions({
        queryKey: caseKeys.list(),
        queryFn: async (): Promise<CaseListWithBackups> => {
          const list = await repo.listCases();
          return { ...list, orphanedBackups: findOrphanedBackups(list, backups) };
        },
      }),
    /** The stored case, with a backup left by a closed page applied first (case-recovery.ts). */
    detail: (id: string) =>
      queryOptions({ queryKey: caseKeys.detail(id), queryFn: () => openCaseWithBackup(repo, backups, id) }),
  };
}

export const caseQueries = createCaseQueries(casesRepo);

/**
 * One save, then the cache learns the new revision at once (no re-read of a large draft) and the
 * list is marked stale. Used by autosave, which needs the returned revision for its next write.
 */
export async function saveCaseAndUpdateCache(
  queryClient: QueryClient,
  draft: CaseDraft,
  options: SaveCaseOptions = {},
  repo: CasesRepo = casesRepo,
): Promise<StoredCase> {
  const stored = await repo.saveCase(draft, options);
  queryClient.setQueryData(caseKeys.detail(stored.id), stored);
  await queryClient.invalidateQueries({ queryKey: caseKeys.list() });
  return stored;
}

function useInvalidateCases() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: caseKeys.all });
}

/** Stores a new case (new, demo, import). */
export function useCreateCase() {
  const invalidate = useInvalidateCases();
  return useMutation({
    mutationFn: (draft: CaseDraft) => casesRepo.saveCase(draft),
    onSettled: invalidate,
  });
}

export function useDuplicateCase() {
  const invalidate = useInvalidateCases();
  return useMutation({
    mutationFn: ({ id, newId }: { id: string; newId: string }) => casesRepo.duplicateCase(id, newId),
    onSettled: invalidate,
  });
}

export function useDeleteCase() {
  const invalidate = useInvalidateCases();
  return useMutation({
    mutationFn: async (id: string) => {
      const deleted = await casesRepo.deleteCase(id);
      // A deleted case's unsaved-draft backup must neither outlive it (patient data) nor come back
      // over a case imported later under the same id.
      pendingDrafts.remove(id);
      return deleted;
    },
    onSettled: invalidate,
  });
}

/**
 * "Clear all local data": every case in this browser (the whole database), the unsaved-draft
 * backups and the remembered evidence citations.
 */
export async function clearAllLocalData(
  repo: CasesRepo = casesRepo,
  backups: PendingDrafts = pendingDrafts,
  settings: Pick<Storage, 'removeItem'> | null = typeof localStorage === 'undefined' ? null : localStorage,
): Promise<void> {
  backups.removeAll();
  try {
    settings?.removeItem(RECENT_CITATIONS_KEY);
  } catch {
    // Storage disabled: there is nothing stored there to clear.
  }
  await repo.clearAll();
}

export function useClearAllData() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => clearAllLocalData(),
    onSettled: () => {
      queryClient.removeQueries({ queryKey: caseKeys.all, type: 'inactive' });
      return queryClient.invalidateQueries({ queryKey: caseKeys.all });
    },
  });
}

/**
 * Re-reads the case list when another tab writes, deletes or clears (the list stays current). A
 * hidden list only marks itself stale (typing elsewhere writes twice a second); it re-reads when it
 * is shown again (refetch on window focus).
 */
export function useListFollowsOtherTabs(changes: CaseChangeChannel = caseChanges): void {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      changes.subscribe(
        () =>
          void queryClient.invalidateQueries({
            queryKey: caseKeys.list(),
            refetchType: document.visibilityState === 'hidden' ? 'none' : 'active',
          }),
      ),
    [changes, queryClient],
  );
}

export function useRestoreCase() {
  const invalidate = useInvalidateCases();
  return useMutation({
    mutationFn: (deleted: DeletedCase) => casesRepo.restoreCase(deleted),
    onSettled: invalidate,
  });
}

/** Stores unsaved changes whose case is gone as that case again (orphaned-backups.ts). */
export function useRestoreOrphanedBackup() {
  const invalidate = useInvalidateCases();
  return useMutation({
    mutationFn: (caseId: string) => restoreOrphanedBackup(casesRepo, pendingDrafts, caseId),
    onSettled: invalidate,
  });
}

/** Discards unsaved changes whose case is gone; returns the backup, which Undo writes back. */
export function useDiscardOrphanedBackup() {
  const invalidate = useInvalidateCases();
  return useMutation({
    mutationFn: async (backup: PendingDraft) => {
      pendingDrafts.remove(backup.caseId);
      return backup;
    },
    onSettled: invalidate,
  });
}

/** Undo of a discard: the backup goes back as it was (a refused write says so). */
export function useKeepDiscardedBackup() {
  const invalidate = useInvalidateCases();
  return useMutation({
    mutationFn: async ({ caseId, baseRevision, conflicted, draft }: PendingDraft) => {
      if (!pendingDrafts.write({ caseId, baseRevision, conflicted, draft }))
        throw new Error('The browser refused to keep these changes again (storage full or disabled).');
    },
    onSettled: invalidate,
  });
}

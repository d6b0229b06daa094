/**
 * TanStack Query over the case store: IndexedDB is treated as the "server". Keys and read functions
 * live together in `queryOptions` factories; every write invalidates the `['cases']` prefix so lists
 * and details re-read what was stored.
 */
import { type QueryClient, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { CaseDraft } from '@/domain/case/case-schema';
import {
  type CasesRepo,
  casesRepo,
  type DeletedCase,
  type SaveCaseOptions,
  type StoredCase,
} from './cases-repo';

export const caseKeys = {
  all: ['cases'] as const,
  list: () => [...caseKeys.all, 'list'] as const,
  detail: (id: string) => [...caseKeys.all, 'detail', id] as const,
};

export function createCaseQueries(repo: CasesRepo) {
  return {
    list: () => queryOptions({ queryKey: caseKeys.list(), queryFn: () => repo.listCases() }),
    detail: (id: string) => queryOptions({ queryKey: caseKeys.detail(id), queryFn: () => repo.getCase(id) }),
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
    mutationFn: (id: string) => casesRepo.deleteCase(id),
    onSettled: invalidate,
  });
}

export function useRestoreCase() {
  const invalidate = useInvalidateCases();
  return useMutation({
    mutationFn: (deleted: DeletedCase) => casesRepo.restoreCase(deleted),
    onSettled: invalidate,
  });
}

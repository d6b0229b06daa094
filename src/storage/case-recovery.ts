/**
 * Opening a case with its backup (pending-drafts.ts): the draft a page held when it was closed or
 * hidden before IndexedDB had it. A backup that builds on the stored revision (or was taken after
 * the stored write) is stored and removed; an older one is discarded. One that would replace a
 * version changed in another tab, or that cannot be stored right now, is handed to the page as
 * `recovered`, which opens with it and lets the reviewer decide (or retries the save).
 */
import type { CaseDraft } from '@/domain/case/case-schema';
import { migrateCaseRecord } from '@/domain/case/migrate-case';
import type { CasesRepo, StoredCase } from './cases-repo';
import { decideBackup, type PendingDrafts } from './pending-drafts';

/** A backup the page opens with instead of the stored draft. */
export interface RecoveredDraft {
  draft: CaseDraft;
  /** The revision the page's next write builds on. */
  baseRevision: number;
  /** The backup's page knew another tab had changed the case: ask before saving over it. */
  conflicted: boolean;
}

export type OpenedCase = StoredCase & { recovered?: RecoveredDraft };

export async function openCaseWithBackup(
  repo: CasesRepo,
  backups: PendingDrafts,
  id: string,
): Promise<OpenedCase | null> {
  const stored = await repo.getCase(id);
  const backup = backups.read(id);
  const decision = decideBackup(backup, stored);
  if (decision === 'none' || decision === 'discard' || !backup || !stored) {
    if (decision === 'discard') backups.remove(id);
    return stored;
  }
  const migrated = migrateCaseRecord(backup.draft);
  if (!migrated.ok || migrated.draft.id !== id) {
    // Unreadable as a case: it can never be applied, and the stored case is intact.
    backups.remove(id);
    return stored;
  }
  if (decision === 'ask') {
    return {
      ...stored,
      recovered: { draft: migrated.draft, baseRevision: backup.baseRevision, conflicted: true },
    };
  }
  try {
    const saved = await repo.saveCase(migrated.draft, { expectedRevision: stored.revision });
    backups.remove(id);
    return saved;
  } catch {
    // Not stored now (full storage, a write from another tab): the page opens with it and retries.
    return {
      ...stored,
      recovered: { draft: migrated.draft, baseRevision: stored.revision, conflicted: false },
    };
  }
}

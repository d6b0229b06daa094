/**
 * Backups (pending-drafts.ts) whose case is no longer stored: a page held unsaved changes to a case
 * that another tab deleted, or while another tab cleared all local data, and was then closed. Such a
 * backup is applied only when its case opens, which can no longer happen, so without this it would
 * stay in the browser unseen: patient data nobody can find, changes nobody can recover. The case
 * list shows them, to restore as a case, export, or discard.
 */
import type { CaseDraft } from '@/domain/case/case-schema';
import { migrateCaseRecord } from '@/domain/case/migrate-case';
import type { CaseList, CasesRepo, StoredCase } from './cases-repo';
import type { PendingDraft, PendingDrafts } from './pending-drafts';
import { RevisionConflictError, StorageError } from './storage-errors';

export interface OrphanedBackup {
  caseId: string;
  /** When the page took the backup (ISO date-time). */
  savedAt: string;
  /** The backup read as a case; null when it cannot be (then it can only be exported or discarded). */
  draft: CaseDraft | null;
  /** Exactly what the backup holds, for export and for putting a discarded backup back. */
  backup: PendingDraft;
}

function readAsCase(backup: PendingDraft): CaseDraft | null {
  const migrated = migrateCaseRecord(backup.draft);
  return migrated.ok && migrated.draft.id === backup.caseId ? migrated.draft : null;
}

/** Backups of cases that are neither stored nor stored damaged, oldest first. */
export function findOrphanedBackups(list: CaseList, backups: PendingDrafts): OrphanedBackup[] {
  const stored = new Set([
    ...list.cases.map((summary) => summary.id),
    ...list.damaged.map((record) => record.id),
  ]);
  return backups
    .list()
    .filter((backup) => !stored.has(backup.caseId))
    .map((backup) => ({ caseId: backup.caseId, savedAt: backup.savedAt, draft: readAsCase(backup), backup }))
    .sort((a, b) => a.savedAt.localeCompare(b.savedAt));
}

/**
 * Stores the backup as a new case under its own id and removes the backup. Refused, with the backup
 * kept, when a case with that id was stored meanwhile (it is not an orphan any more: opening that
 * case offers the backup) or when the backup cannot be read as a case.
 */
export async function restoreOrphanedBackup(
  repo: CasesRepo,
  backups: PendingDrafts,
  caseId: string,
): Promise<StoredCase> {
  const backup = backups.read(caseId);
  if (!backup) throw new StorageError('not_found', 'These unsaved changes are no longer in this browser.');
  const draft = readAsCase(backup);
  if (!draft)
    throw new StorageError('damaged', 'These unsaved changes cannot be read as a case: export them instead.');
  let stored: StoredCase;
  try {
    // Revision 0 expected: never over a case stored under this id since.
    stored = await repo.saveCase(draft, { expectedRevision: 0 });
  } catch (error) {
    if (!(error instanceof RevisionConflictError)) throw error;
    throw new StorageError(
      'exists',
      'A case with this id is stored again (imported or restored): open it, and it offers these changes.',
      { cause: error },
    );
  }
  backups.remove(caseId);
  return stored;
}

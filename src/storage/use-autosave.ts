/**
 * Autosave for the open case (see autosave-controller.ts): one controller per mounted editor, wired
 * to the app's store, backups and other-tab channel. The controller never changes, so the page
 * that holds it never re-renders for a save; only components reading `controller.state` do.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { type AutosaveController, createAutosaveController } from './autosave-controller';
import { caseChanges } from './case-changes';
import { saveCaseAndUpdateCache } from './case-queries';
import type { OpenedCase } from './case-recovery';
import { casesRepo } from './cases-repo';
import { pendingDrafts } from './pending-drafts';

export type { AutosaveController } from './autosave-controller';
export type { SaveStatus } from './autosaver';
export type { ChangedElsewhere, SaveState } from './save-state-store';

export function useAutosave(opened: OpenedCase): AutosaveController {
  const queryClient = useQueryClient();
  const [controller] = useState(() =>
    createAutosaveController({
      caseId: opened.id,
      initialDraft: opened.recovered?.draft ?? opened.draft,
      initialRevision: opened.recovered?.baseRevision ?? opened.revision,
      ...(opened.recovered ? { recovered: { conflicted: opened.recovered.conflicted } } : {}),
      save: (draft, expectedRevision) => saveCaseAndUpdateCache(queryClient, draft, { expectedRevision }),
      readStoredRevision: async () => (await casesRepo.getCase(opened.id))?.revision ?? 0,
      backups: pendingDrafts,
      changes: caseChanges,
    }),
  );
  useEffect(() => controller.attach({ window, document }), [controller]);
  return controller;
}

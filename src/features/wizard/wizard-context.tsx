import { createContext, use, useDeferredValue, useSyncExternalStore } from 'react';
import type { CaseDraft } from '@/domain/case/case-schema';
import type { CaseIssue } from '@/domain/case/validate-case';
import type { StepId } from './steps';
import type { DraftStore, FocusStore, IssueStore } from './wizard-stores';

export interface WizardContextValue {
  /** ISO date the case is checked on. */
  today: string;
  drafts: DraftStore;
  issues: IssueStore;
  focus: FocusStore;
  issuesOf: (draft: CaseDraft) => CaseIssue[];
  /** Says something to screen readers (polite). */
  announce: (message: string) => void;
  /** Opens the step holding a field and focuses the field (its row opens if collapsed). */
  goToField: (path: string) => void;
  goToStep: (step: StepId) => void;
}

export const WizardContext = createContext<WizardContextValue | null>(null);

export function useWizard(): WizardContextValue {
  const context = use(WizardContext);
  if (!context) throw new Error('useWizard must be used inside <Wizard>');
  return context;
}

/**
 * The latest draft snapshot, deferred: read-only views use it so typing never waits for them.
 * Never use it in a component that renders inputs.
 */
export function useLiveDraft(): CaseDraft {
  const { drafts } = useWizard();
  const draft = useSyncExternalStore(drafts.subscribe, drafts.get, drafts.get);
  return useDeferredValue(draft);
}

/** The number of issues shown under a path prefix (a collapsed row shows it). */
export function useIssueCountUnder(prefix: string): number {
  const { issues } = useWizard();
  return useSyncExternalStore(
    issues.subscribe,
    () => issues.countUnder(prefix),
    () => issues.countUnder(prefix),
  );
}

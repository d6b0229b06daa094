import {
  createContext,
  use,
  useDeferredValue,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
} from 'react';
import type { CaseDraft } from '@/domain/case/case-schema';
import type { CaseIssue } from '@/domain/case/validate-case';
import type { StepId } from './steps';
import { createPathSelector, type DraftStore, type FocusStore, type IssueStore } from './wizard-stores';

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

/** The latest draft snapshot, rendered with the change that made it (for the live criteria). */
export function useCurrentDraft(): CaseDraft {
  const { drafts } = useWizard();
  return useSyncExternalStore(drafts.subscribe, drafts.get, drafts.get);
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

/**
 * The latest snapshot once typing pauses (at most `maxWaitMs` behind): for views that need not
 * follow every keystroke (the stepper's states), so their work never lands in a typing frame.
 */
export function useSettledDraft(quietMs = 300, maxWaitMs = 1500): CaseDraft {
  const { drafts } = useWizard();
  const [draft, setDraft] = useState(drafts.get);
  useEffect(() => {
    let quiet: ReturnType<typeof setTimeout> | undefined;
    let latest: ReturnType<typeof setTimeout> | undefined;
    const publish = () => {
      clearTimeout(quiet);
      clearTimeout(latest);
      latest = undefined;
      setDraft(drafts.get());
    };
    const unsubscribe = drafts.subscribe(() => {
      clearTimeout(quiet);
      quiet = setTimeout(publish, quietMs);
      latest ??= setTimeout(publish, maxWaitMs);
    });
    setDraft(drafts.get());
    return () => {
      unsubscribe();
      clearTimeout(quiet);
      clearTimeout(latest);
    };
  }, [drafts, quietMs, maxWaitMs]);
  return useDeferredValue(draft);
}

/**
 * One value of the latest snapshot, re-rendering only when it changes (snapshots share unchanged
 * parts, so selecting a row object is stable while the row is). Unlike useWatch, typing in the
 * selected field does not make react-hook-form clone the whole form per keystroke.
 */
export function useDraftSelect<T>(select: (draft: CaseDraft) => T): T {
  const { drafts } = useWizard();
  const get = () => select(drafts.get());
  return useSyncExternalStore(drafts.subscribe, get, get);
}

/**
 * A value computed from the snapshot's value at a path: the component re-renders only when the
 * computed value changes (return a primitive), not on every change under the path.
 */
export function useDraftAtSelect<T, R>(path: string, select: (value: T | undefined) => R): R {
  const selectAtPath = useMemo(() => createPathSelector(path, select), [path, select]);
  return useDraftSelect(selectAtPath);
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

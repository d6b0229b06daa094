/**
 * How form fields learn about their problems without knowing who computes them: the owner of the
 * form (the wizard) provides a `FieldIssueSource`; each field subscribes to its own path only, so a
 * message appearing on one field never re-renders the others.
 */
import { createContext, use, useCallback, useSyncExternalStore } from 'react';

export interface FieldIssue {
  /** 'invalid' blocks moving on; 'missing' is needed for the letter but never blocks. */
  kind: 'invalid' | 'missing';
  message: string;
}

export interface FieldIssueSource {
  subscribe(listener: () => void): () => void;
  /** The issue to show beside a field; the same object while it is unchanged. */
  issueAt(path: string): FieldIssue | undefined;
  /**
   * Input that cannot be turned into a value (a date like 02/30, "12 weeks" in a number field); null
   * clears it. `reveal: false` records it while typing: it blocks Next but shows only once the field
   * is left (revealInvalid) or Next is tried.
   */
  setInputProblem(path: string, message: string | null, options?: { reveal?: boolean }): void;
  /** Called when a field is left: show its input problem or current 'invalid' issue, if any, right away. */
  revealInvalid(path: string): void;
  /** Names a field in messages ("Report 2 date"). */
  labelFor(path: string): string;
}

const NO_ISSUES: FieldIssueSource = {
  subscribe: () => () => {},
  issueAt: () => undefined,
  setInputProblem: () => {},
  revealInvalid: () => {},
  labelFor: (path) => path,
};

export const FieldIssueContext = createContext<FieldIssueSource>(NO_ISSUES);

export function useFieldIssueSource(): FieldIssueSource {
  return use(FieldIssueContext);
}

export function useFieldIssue(path: string): FieldIssue | undefined {
  const source = useFieldIssueSource();
  const getSnapshot = useCallback(() => source.issueAt(path), [source, path]);
  return useSyncExternalStore(source.subscribe, getSnapshot, getSnapshot);
}

/** The id every input gets from its path, so links can focus it: `field-reports.2.date`. */
export function fieldId(path: string): string {
  return `field-${path}`;
}

/**
 * Small external stores the wizard shares with its parts, so that a change reaches only the
 * components that show it (a keystroke re-renders the input's own field, never the whole form):
 * - the draft store: the latest snapshot of the form values, for read-only views (stepper, review,
 *   derived facts, the aside), which render it deferred;
 * - the issue store: the problems shown beside fields, by path;
 * - the focus store: a field or element to focus once it is on screen (after a step change or after
 *   a collapsed row opens).
 */
import type { FieldIssue, FieldIssueSource } from '@/components/form/field-issues';
import type { CaseDraft } from '@/domain/case/case-schema';
import {
  type CaseIssue,
  compareFormPositions,
  labelForPath,
  stepForPath,
  validateCase,
} from '@/domain/case/validate-case';
import type { StepId } from './steps';

type Listener = () => void;

function createListeners() {
  const listeners = new Set<Listener>();
  return {
    subscribe(listener: Listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    emit() {
      for (const listener of listeners) listener();
    },
  };
}

export interface DraftStore {
  get(): CaseDraft;
  set(draft: CaseDraft): void;
  subscribe(listener: Listener): () => void;
}

export function createDraftStore(initial: CaseDraft): DraftStore {
  let draft = initial;
  const listeners = createListeners();
  return {
    get: () => draft,
    set(next) {
      draft = next;
      listeners.emit();
    },
    subscribe: listeners.subscribe,
  };
}

/**
 * `select` of the snapshot's value at a dotted path, run again only when that value is another
 * object than last time: snapshots share unchanged parts, so a keystroke in one report leaves the
 * other 99 rows' summaries uncomputed.
 */
export function createPathSelector<T, R>(
  path: string,
  select: (value: T | undefined) => R,
): (draft: CaseDraft) => R {
  const keys = path.split('.');
  let last: { value: unknown; result: R } | null = null;
  return (draft) => {
    let value: unknown = draft;
    for (const key of keys)
      value =
        value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
    if (last === null || !Object.is(last.value, value))
      last = { value, result: select(value as T | undefined) };
    return last.result;
  };
}

/** validateCase memoized per snapshot: the stepper, the review list and live messages share one run. */
export function createIssueCalculator(today: string): (draft: CaseDraft) => CaseIssue[] {
  const cache = new WeakMap<CaseDraft, CaseIssue[]>();
  return (draft) => {
    let issues = cache.get(draft);
    if (!issues) {
      issues = validateCase(draft, { today });
      cache.set(draft, issues);
    }
    return issues;
  };
}

interface ShownIssue extends FieldIssue {
  path: string;
  step: StepId;
}

interface InputProblem extends ShownIssue {
  /** Shown beside the field; until then (while typing) it only blocks Next, which reveals it. */
  revealed: boolean;
}

/**
 * Which issues are on screen. A step's issues appear when the reviewer tries to leave it (Next), and
 * a field's 'invalid' issue when the field is left; from then on they follow the data live (fixed
 * ones disappear, changed ones update). Input that cannot be read (a date like 02/30, "12 weeks" in
 * a number field) is recorded here too by the field that holds it, as it is typed, and blocks like
 * any invalid value; it shows once the field is left or Next is tried. The field clears it when it
 * unmounts or its path changes (a row moved), since the text it describes goes with the input.
 */
export class IssueStore implements FieldIssueSource {
  private shown = new Map<string, ShownIssue>();
  private inputProblems = new Map<string, InputProblem>();
  private attempted = new Set<StepId>();
  private listeners = createListeners();
  private version = 0;
  private stepCache = new Map<StepId, { version: number; issues: ShownIssue[] }>();

  constructor(
    /** Issues of the current form values (not a snapshot: blur must see the last keystroke). */
    private readonly currentIssues: () => CaseIssue[],
  ) {}

  subscribe = (listener: Listener) => this.listeners.subscribe(listener);

  issueAt = (path: string): FieldIssue | undefined => {
    const problem = this.inputProblems.get(path);
    return problem?.revealed ? problem : this.shown.get(path);
  };

  labelFor = (path: string) => labelForPath(path);

  setInputProblem = (path: string, message: string | null, { reveal = true }: { reveal?: boolean } = {}) => {
    const existing = this.inputProblems.get(path);
    if (message === null) {
      if (!existing) return;
      this.inputProblems.delete(path);
    } else {
      // Once on screen it stays on screen while the text stays unreadable.
      const revealed = reveal || existing?.revealed === true;
      if (existing?.message === message && existing.revealed === revealed) return;
      this.inputProblems.set(path, { path, step: stepForPath(path), kind: 'invalid', message, revealed });
    }
    this.changed();
  };

  revealInvalid = (path: string) => {
    const problem = this.inputProblems.get(path);
    if (problem && !problem.revealed) {
      this.inputProblems.set(path, { ...problem, revealed: true });
      this.changed();
      return;
    }
    const issue = this.currentIssues().find(
      (candidate) => candidate.path === path && candidate.kind === 'invalid',
    );
    if (issue) this.showIssue(issue) && this.changed();
  };

  /** Shows every issue of a step (Next, or a link from Review); answers them, blocking ones first. */
  showStep(step: StepId): ShownIssue[] {
    this.attempted.add(step);
    for (const [path, problem] of this.inputProblems)
      if (problem.step === step && !problem.revealed)
        this.inputProblems.set(path, { ...problem, revealed: true });
    this.replaceStep(step, this.currentIssues());
    this.changed();
    return this.issuesOfStep(step);
  }

  /** Follows the data after a change. New issues appear only on attempted steps, never on the field being typed in. */
  refresh(issues: CaseIssue[], activePath: string | null): void {
    let changed = false;
    const byPath = issuesByPath(issues);
    for (const [path, shown] of this.shown) {
      const current = byPath.get(path);
      if (!current) {
        this.shown.delete(path);
        changed = true;
      } else if (current.message !== shown.message || current.kind !== shown.kind) {
        changed = this.showIssue(current) || changed;
      }
    }
    for (const issue of byPath.values()) {
      if (
        !this.attempted.has(issue.step as StepId) ||
        this.shown.has(issue.path) ||
        issue.path === activePath
      )
        continue;
      changed = this.showIssue(issue) || changed;
    }
    if (changed) this.changed();
  }

  /** Issues on screen for a step, in form order, input problems included. */
  issuesOfStep(step: StepId): ShownIssue[] {
    const cached = this.stepCache.get(step);
    if (cached && cached.version === this.version) return cached.issues;
    const merged = new Map<string, ShownIssue>();
    for (const issue of this.shown.values()) if (issue.step === step) merged.set(issue.path, issue);
    for (const issue of this.inputProblems.values())
      if (issue.step === step && issue.revealed) merged.set(issue.path, issue);
    const issues = [...merged.values()].sort((a, b) => compareFormPositions(a.path, b.path));
    this.stepCache.set(step, { version: this.version, issues });
    return issues;
  }

  private inputProblemCache: { version: number; issues: ShownIssue[] } = { version: -1, issues: [] };

  /** Input problems anywhere (not part of the draft, so validateCase cannot see them); stable per change. */
  allInputProblems = (): ShownIssue[] => {
    if (this.inputProblemCache.version !== this.version)
      this.inputProblemCache = { version: this.version, issues: [...this.inputProblems.values()] };
    return this.inputProblemCache.issues;
  };

  /** How many shown issues sit under a path prefix ("reports.3."): for collapsed rows. */
  countUnder(prefix: string): number {
    let count = 0;
    for (const path of this.shown.keys()) if (path.startsWith(prefix)) count += 1;
    for (const [path, problem] of this.inputProblems)
      if (problem.revealed && path.startsWith(prefix) && !this.shown.has(path)) count += 1;
    return count;
  }

  /** False while nothing is on screen: then a change needs no live refresh at all. */
  hasShownIssues(): boolean {
    return this.shown.size > 0 || this.attempted.size > 0;
  }

  wasAttempted(step: StepId): boolean {
    return this.attempted.has(step);
  }

  /**
   * Rows moved or were removed: messages tied to old row numbers would point at the wrong row. Input
   * problems are not touched: each field moves its own with its text (see the class comment).
   */
  forgetUnder(prefix: string): void {
    let changed = false;
    for (const path of [...this.shown.keys()]) {
      if (!path.startsWith(prefix)) continue;
      changed = this.shown.delete(path) || changed;
    }
    if (changed) this.changed();
  }

  private replaceStep(step: StepId, issues: CaseIssue[]): void {
    for (const [path, shown] of this.shown) if (shown.step === step) this.shown.delete(path);
    for (const issue of issuesByPath(issues).values()) if (issue.step === step) this.showIssue(issue);
  }

  /** Keeps the same object for an unchanged issue, so its field does not re-render. */
  private showIssue(issue: CaseIssue): boolean {
    const existing = this.shown.get(issue.path);
    if (existing && existing.kind === issue.kind && existing.message === issue.message) return false;
    this.shown.set(issue.path, {
      path: issue.path,
      step: issue.step as StepId,
      kind: issue.kind,
      message: issue.message,
    });
    return true;
  }

  private changed(): void {
    this.version += 1;
    this.listeners.emit();
  }
}

/** One issue per field: an invalid value outranks "missing". */
function issuesByPath(issues: CaseIssue[]): Map<string, CaseIssue> {
  const byPath = new Map<string, CaseIssue>();
  for (const issue of issues) {
    const existing = byPath.get(issue.path);
    if (!existing || (existing.kind === 'missing' && issue.kind === 'invalid')) byPath.set(issue.path, issue);
  }
  return byPath;
}

/** A focus target: a field by path (its input has id `field-<path>`) or any element by id. */
export type FocusTarget = { fieldPath: string } | { elementId: string };

export interface FocusStore {
  request(target: FocusTarget): void;
  pending(): FocusTarget | null;
  clear(): void;
  subscribe(listener: Listener): () => void;
}

export function createFocusStore(): FocusStore {
  let target: FocusTarget | null = null;
  const listeners = createListeners();
  return {
    request(next) {
      target = next;
      listeners.emit();
    },
    pending: () => target,
    clear() {
      target = null;
    },
    subscribe: listeners.subscribe,
  };
}

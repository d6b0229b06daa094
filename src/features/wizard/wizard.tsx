/**
 * The case intake wizard: ONE react-hook-form form for all steps (so nothing typed on a step is lost
 * when moving between them), one component per step, a stepper, and a slot for the live criteria.
 *
 * Performance: inputs are uncontrolled and subscribe to nothing but their own issue; the whole-draft
 * views (stepper, derived facts, review, the aside) read a deferred snapshot that is taken once per
 * batch of changes, after the keystroke has been handled.
 */
import {
  memo,
  type ReactNode,
  type RefObject,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { Button } from '@/components/button';
import { FieldIssueContext, fieldId } from '@/components/form/field-issues';
import type { CaseDraft } from '@/domain/case/case-schema';
import { labelForPath, stepForPath } from '@/domain/case/validate-case';
import { isPanelFieldPath } from '@/domain/guidelines/field-paths';
import { todayIsoDate } from '@/lib/today';
import { createAsideFollower, scopeForPath } from './aside-follow';
import { nextSnapshot } from './draft-snapshot';
import { ErrorSummary } from './error-summary';
import { StepNav } from './step-nav';
import { type StepId, WIZARD_STEPS } from './steps';
import { CaseStep } from './steps/case-step';
import { DisputedStep } from './steps/disputed-step';
import { PatientStep } from './steps/patient-step';
import { ReportsStep } from './steps/reports-step';
import { ReviewStep } from './steps/review-step';
import { TreatmentStep } from './steps/treatment-step';
import { WorkStep } from './steps/work-step';
import {
  useCurrentDraft,
  useDraftSelect,
  useWizard,
  WizardContext,
  type WizardContextValue,
} from './wizard-context';
import {
  createDraftStore,
  createFocusStore,
  createIssueCalculator,
  type FocusTarget,
  IssueStore,
} from './wizard-stores';

export interface WizardProps {
  /** The stored draft; the wizard owns one react-hook-form form after mount. */
  initialDraft: CaseDraft;
  /** Current step, from the URL. */
  step: StepId;
  onStepChange: (step: StepId) => void;
  /** Called with the whole draft on every change (the page autosaves it, debounced). */
  onDraftChange: (draft: CaseDraft) => void;
  /** Slot beside the form: the live criteria panel (composed by app/, not imported by the wizard). */
  renderAside?: (draft: CaseDraft) => ReactNode;
  /** Save indicator etc., rendered in the wizard header. */
  headerExtra?: ReactNode;
  /** ISO date the case is checked against ("in the future"); defaults to the reviewer's local today. */
  today?: string;
  /** A field to focus when the wizard opens ("disputedItems.0.requestedAs"), e.g. from a letter's fix link. */
  focusField?: string | undefined;
}

/** Frames a focus request waits for its target (about a second). */
const FOCUS_TRIES = 60;

function focusNotFoundMessage(target: FocusTarget): string {
  const what = 'fieldPath' in target ? labelForPath(target.fieldPath) : 'The control asked for';
  return `${what} is not on screen, so focus stays where it was.`;
}

const STEP_COMPONENTS: Record<StepId, () => ReactNode> = {
  case: CaseStep,
  patient: PatientStep,
  reports: ReportsStep,
  work: WorkStep,
  treatment: TreatmentStep,
  disputed: DisputedStep,
  review: ReviewStep,
};

/** The field path of a wizard input's id (`field-reports.2.date`, or `--2` for a field's second input). */
function fieldPathOfId(id: string): string | null {
  return id.startsWith('field-') ? id.slice('field-'.length).replace(/--\d+$/, '') : null;
}

/** The focused wizard input's field path, if any (messages are not added while typing there). */
function focusedFieldPath(): string | null {
  return fieldPathOfId(typeof document === 'undefined' ? '' : (document.activeElement?.id ?? ''));
}

const FOCUSABLE_CONTROLS = ['input', 'select', 'textarea', 'button'];

/**
 * The control a field path is edited in, if it is on screen:
 * - a wizard input, by its id (`field-<path>`);
 * - a control of the criteria aside, marked with its path within the section that declares the
 *   disputed item (`data-field-scope="disputedItems.0"` around `data-scoped-field="review.evidenceSource"`);
 * - for a path naming a group of fields (a disputed service's `medication`), the group's first control.
 */
function findFieldControl(path: string): HTMLElement | null {
  const id = fieldId(path);
  const byId = document.getElementById(id);
  // A list that has rows is reached at its first row, not at its Add button (the list's own id, for
  // "add one" problems): an Enter there would add an empty row.
  const firstRow = document.getElementById(`row-${path}.0`);
  if (byId && firstRow && byId.tagName === 'BUTTON') return firstRow;
  if (byId) return byId;
  const sections = new Map<string, HTMLElement>();
  for (const section of document.querySelectorAll<HTMLElement>('[data-field-scope]'))
    if (section.dataset.fieldScope) sections.set(section.dataset.fieldScope, section);
  const scope = scopeForPath(sections.keys(), path);
  const scoped =
    scope === null
      ? null
      : sections
          .get(scope)
          ?.querySelector<HTMLElement>(`[data-scoped-field="${cssString(path.slice(scope.length + 1))}"]`);
  if (scoped) return scoped;
  return document.querySelector<HTMLElement>(
    FOCUSABLE_CONTROLS.map((tag) => `${tag}[id^="${cssString(`${id}.`)}"]`).join(', '),
  );
}

/** A value inside a double-quoted CSS attribute selector. */
const cssString = (value: string) => value.replaceAll('\\', '\\\\').replaceAll('"', '\\"');

function createAnnouncer() {
  let message = '';
  const listeners = new Set<() => void>();
  return {
    get: () => message,
    // A trailing no-break space toggles so repeating the same words is announced again.
    say(next: string) {
      message = message === next ? `${next}\u00a0` : next;
      for (const listener of listeners) listener();
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

export function Wizard({
  initialDraft,
  step,
  onStepChange,
  onDraftChange,
  renderAside,
  headerExtra,
  today: todayProp,
  focusField,
}: WizardProps) {
  const [today] = useState(() => todayProp ?? todayIsoDate());
  const form = useForm<CaseDraft>({ defaultValues: initialDraft, shouldUnregister: false });
  const { getValues, control } = form;

  const onStepChangeRef = useRef(onStepChange);
  const onDraftChangeRef = useRef(onDraftChange);
  useLayoutEffect(() => {
    onStepChangeRef.current = onStepChange;
    onDraftChangeRef.current = onDraftChange;
  });
  const stepRef = useRef(step);
  stepRef.current = step;

  const [announcer] = useState(createAnnouncer);
  const [stores] = useState(() => {
    const issuesOf = createIssueCalculator(today);
    const drafts = createDraftStore(initialDraft);
    const issues = new IssueStore(() => issuesOf(structuredClone(getValues())));
    return { issuesOf, drafts, issues, focus: createFocusStore() };
  });

  const changeStep = useCallback((next: StepId) => {
    if (next !== stepRef.current) onStepChangeRef.current(next);
  }, []);

  const context = useMemo<WizardContextValue>(
    () => ({
      today,
      ...stores,
      announce: announcer.say,
      goToField(path) {
        // Fields of the criteria panel belong to no step: they are reached in the aside, where they are.
        if (isPanelFieldPath(path)) {
          stores.focus.request({ fieldPath: path });
          return;
        }
        const target = stepForPath(path);
        stores.issues.showStep(target);
        stores.focus.request({ fieldPath: path });
        changeStep(target);
      },
      goToStep: changeStep,
    }),
    [today, stores, announcer, changeStep],
  );

  // One snapshot per batch of changes. A keystroke's change is applied inside its own input event,
  // so the criteria panel changes in the same frame as the character; changes made by code (a
  // panel answer, a row moved) are batched to the next task. The form's own change stream is read
  // directly: `watch(callback)` would make react-hook-form deep-clone every value on every keystroke.
  // Live messages (validateCase over the whole case) are refreshed a task later, off the keystroke.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let issueTimer: ReturnType<typeof setTimeout> | null = null;
    let changed: Set<string> | null = new Set();
    const refreshIssues = () => {
      issueTimer = null;
      if (stores.issues.hasShownIssues())
        stores.issues.refresh(stores.issuesOf(stores.drafts.get()), focusedFieldPath());
    };
    const flush = () => {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      const draft = nextSnapshot(stores.drafts.get(), getValues(), changed);
      changed = new Set();
      if (draft === stores.drafts.get()) return;
      stores.drafts.set(draft);
      if (stores.issues.hasShownIssues()) issueTimer ??= setTimeout(refreshIssues, 0);
      onDraftChangeRef.current(draft);
    };
    const subscription = control._subjects.state.subscribe({
      next: (payload) => {
        // Value changes carry the changed field's name (or values, for a whole-form change).
        if (!('name' in payload) && !('values' in payload)) return;
        if (typeof payload.name === 'string' && payload.name !== '') changed?.add(payload.name);
        else changed = null;
        // Only a field's own input or change event carries its type.
        if (payload.type === 'change') flush();
        else if (timer === null) timer = setTimeout(flush, 0);
      },
    });
    return () => {
      subscription.unsubscribe();
      if (issueTimer !== null) clearTimeout(issueTimer);
      if (timer !== null) flush();
    };
  }, [control, getValues, stores]);

  const headingRef = useRef<HTMLHeadingElement>(null);

  // Focus requests wait until their target is on screen (a step change, an opening row or aside).
  // A target that never shows is said out loud, and focus stays where the request came from.
  useEffect(() => {
    let frame = 0;
    let tries = 0;
    let origin: Element | null = null;
    const attempt = () => {
      const target = stores.focus.pending();
      if (!target) return;
      const element =
        'fieldPath' in target
          ? findFieldControl(target.fieldPath)
          : document.getElementById(target.elementId);
      if (element && !(element instanceof HTMLButtonElement && element.disabled)) {
        element.focus();
        // A hidden control does not take focus: keep waiting for it to show.
        if (document.activeElement === element) {
          stores.focus.clear();
          element.scrollIntoView?.({ block: 'nearest' });
          return;
        }
      }
      tries += 1;
      if (tries < FOCUS_TRIES) frame = requestAnimationFrame(attempt);
      else giveUp(target);
    };
    const giveUp = (target: FocusTarget) => {
      stores.focus.clear();
      announcer.say(focusNotFoundMessage(target));
      // The requesting control may have gone with a step change: then the step heading holds focus.
      const active = document.activeElement;
      if (active && active !== document.body) return;
      const fallback =
        origin instanceof HTMLElement && origin !== document.body && origin.isConnected
          ? origin
          : headingRef.current;
      fallback?.focus();
    };
    const unsubscribe = stores.focus.subscribe(() => {
      tries = 0;
      origin = document.activeElement;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(attempt);
    });
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
    };
  }, [stores, announcer]);

  // A deep link to a field (e.g. a pre-issue check's "Fix" link) opens its step and focuses it once.
  const focusedFromLink = useRef(false);
  useEffect(() => {
    if (!focusField || focusedFromLink.current) return;
    focusedFromLink.current = true;
    context.goToField(focusField);
  }, [focusField, context]);

  // Steps the reviewer has been through (for the stepper: a visited step is "started").
  const [visited, setVisited] = useState<ReadonlySet<StepId>>(() => new Set());
  const [shownStep, setShownStep] = useState(step);
  if (shownStep !== step) {
    setShownStep(step);
    setVisited((previous) => new Set(previous).add(shownStep));
  }

  // Arriving on the case (New case, Open, the demo case, an import, a reload), focus goes to the
  // page's heading, as the letter page does: a keyboard or screen-reader user starts at the top of
  // the new page instead of on the body. A field asked for by a link (`focusField`) takes it instead.
  const pageHeadingRef = useRef<HTMLHeadingElement>(null);
  const openedForField = useRef(Boolean(focusField));
  // On a step change, focus goes to the step heading unless a field was asked for.
  const firstRender = useRef(true);
  // A layout effect: it must see a pending field focus before the focus loop's next frame takes it.
  useLayoutEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      if (!openedForField.current && !stores.focus.pending()) pageHeadingRef.current?.focus();
      return;
    }
    if (!stores.focus.pending()) headingRef.current?.focus();
    const index = WIZARD_STEPS.findIndex((meta) => meta.id === step);
    announcer.say(`Step ${index + 1} of ${WIZARD_STEPS.length}: ${WIZARD_STEPS[index]?.title ?? ''}`);
  }, [step, stores, announcer]);

  return (
    <WizardContext value={context}>
      <FieldIssueContext value={stores.issues}>
        <FormProvider {...form}>
          <div className="space-y-5">
            <WizardHeader extra={headerExtra} headingRef={pageHeadingRef} />
            <StepNav step={step} visited={visited} onStepChange={changeStep} />
            <div
              className={`grid gap-6 ${renderAside ? 'lg:grid-cols-[minmax(0,1fr)_minmax(0,22rem)]' : 'max-w-4xl'}`}
            >
              <StepPanel step={step} onStepChange={changeStep} headingRef={headingRef} />
              {renderAside && <AsideColumn renderAside={renderAside} />}
            </div>
            <LiveAnnouncer announcer={announcer} />
          </div>
        </FormProvider>
      </FieldIssueContext>
    </WizardContext>
  );
}

const WizardHeader = memo(function WizardHeader({
  extra,
  headingRef,
}: {
  extra: ReactNode;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const caseNumber = useDraftSelect((draft) => draft.imr.caseNumber);
  return (
    <header className="flex flex-wrap items-center justify-between gap-3">
      <h1
        ref={headingRef}
        tabIndex={-1}
        className="text-2xl font-semibold text-slate-900 focus:outline-none focus-visible:outline-3 focus-visible:outline-blue-700"
      >
        {caseNumber?.trim() ? `Case ${caseNumber.trim()}` : 'New case'}
      </h1>
      {extra}
    </header>
  );
});

const StepPanel = memo(function StepPanel({
  step,
  onStepChange,
  headingRef,
}: {
  step: StepId;
  onStepChange: (step: StepId) => void;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const { issues, focus, announce } = useWizard();
  const [attempt, setAttempt] = useState(0);
  const index = WIZARD_STEPS.findIndex((meta) => meta.id === step);
  const meta = WIZARD_STEPS[index] ?? WIZARD_STEPS[0];
  const previous = WIZARD_STEPS[index - 1];
  const next = WIZARD_STEPS[index + 1];
  const StepBody = STEP_COMPONENTS[step];

  function goNext() {
    if (!next) return;
    const shown = issues.showStep(step);
    const blocking = shown.filter((issue) => issue.kind === 'invalid');
    setAttempt((count) => count + 1);
    if (blocking[0]) {
      focus.request({ fieldPath: blocking[0].path });
      announce(
        `${blocking.length} ${blocking.length === 1 ? 'problem' : 'problems'} to fix: ${blocking[0].message}`,
      );
      return;
    }
    onStepChange(next.id);
  }

  return (
    // Layout containment: a keystroke's relayout stays inside the step, never reaching the aside.
    <section aria-labelledby="wizard-step-heading" className="min-w-0 space-y-5 [contain:layout]">
      <div>
        <p className="text-sm text-slate-700">
          Step {index + 1} of {WIZARD_STEPS.length}
        </p>
        <h2
          id="wizard-step-heading"
          ref={headingRef}
          tabIndex={-1}
          className="text-xl font-semibold text-slate-900 focus:outline-none focus-visible:outline-3 focus-visible:outline-blue-700"
        >
          {meta.title}
        </h2>
      </div>
      <ErrorSummary step={step} attempt={attempt} />
      {/* Its own form: the browser's autofill then scans this step's fields on each keystroke, not
          every control on the page (hundreds with a long case and the criteria panel). */}
      <form noValidate onSubmit={preventSubmit} className="space-y-5">
        <StepBody key={step} />
      </form>
      <div className="flex flex-wrap justify-between gap-2 border-t border-slate-200 pt-4">
        {/* A press must not blur the field first: its message would appear and move the button away
            before the release, and the click would be lost. */}
        {previous ? (
          <Button onMouseDown={keepFocus} onClick={() => onStepChange(previous.id)}>
            Back: {previous.title}
          </Button>
        ) : (
          <span />
        )}
        {next && (
          <Button variant="primary" onMouseDown={keepFocus} onClick={goNext}>
            Next: {next.title}
          </Button>
        )}
      </div>
    </section>
  );
});

const keepFocus = (event: { preventDefault: () => void }) => event.preventDefault();
/** Enter in a field must never reload the page; steps move on with Next. */
const preventSubmit = (event: { preventDefault: () => void }) => event.preventDefault();

function useMediaQuery(query: string): boolean {
  // One list per query and component: the aside renders on every keystroke, and each matchMedia
  // call builds a new list.
  const list = useMemo(() => window.matchMedia(query), [query]);
  const subscribe = useCallback(
    (listener: () => void) => {
      list.addEventListener('change', listener);
      return () => list.removeEventListener('change', listener);
    },
    [list],
  );
  return useSyncExternalStore(
    subscribe,
    () => list.matches,
    () => true,
  );
}

/** The live criteria beside the form; on narrow screens below it, behind "Show criteria". */
const AsideColumn = memo(function AsideColumn({
  renderAside,
}: {
  renderAside: (draft: CaseDraft) => ReactNode;
}) {
  // Not deferred: the panel is what the reviewer watches while typing, and an edit re-evaluates and
  // re-renders only the items it touches (incremental evaluation, memoized cards), so it fits in the
  // keystroke's own frame instead of arriving one or two frames later.
  const draft = useCurrentDraft();
  const wide = useMediaQuery('(min-width: 64rem)');
  const [open, setOpen] = useState(false);
  // A field of the criteria panel asked for focus (Go to field, a letter's Fix link) shows the panel.
  const { focus } = useWizard();
  useEffect(() => {
    const openForPanelField = () => {
      const target = focus.pending();
      if (target && 'fieldPath' in target && isPanelFieldPath(target.fieldPath)) setOpen(true);
    };
    openForPanelField();
    return focus.subscribe(openForPanelField);
  }, [focus]);
  const visible = wide || open;
  const content = useMemo(() => (visible ? renderAside(draft) : null), [visible, renderAside, draft]);
  const asideRef = useRef<HTMLElement>(null);
  useEffect(() => {
    const aside = asideRef.current;
    if (!aside) return;
    const follow = createAsideFollower(aside);
    const onFocusIn = (event: FocusEvent) => {
      const target = event.target;
      if (!(target instanceof HTMLElement) || aside.contains(target)) return;
      const path = fieldPathOfId(target.id);
      if (path) follow(path);
    };
    document.addEventListener('focusin', onFocusIn);
    return () => document.removeEventListener('focusin', onFocusIn);
  }, []);
  return (
    <aside
      ref={asideRef}
      aria-label="Criteria"
      className="min-w-0 space-y-2 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto lg:pr-1 lg:[contain:layout_paint]"
    >
      {!wide && (
        <Button
          aria-expanded={open}
          aria-controls="wizard-aside-content"
          onClick={() => setOpen((value) => !value)}
        >
          {open ? 'Hide criteria' : 'Show criteria'}
        </Button>
      )}
      <form id="wizard-aside-content" hidden={!visible} noValidate onSubmit={preventSubmit}>
        {content}
      </form>
    </aside>
  );
});

function LiveAnnouncer({ announcer }: { announcer: ReturnType<typeof createAnnouncer> }) {
  const message = useSyncExternalStore(announcer.subscribe, announcer.get, announcer.get);
  return (
    <p aria-live="polite" className="sr-only">
      {message}
    </p>
  );
}

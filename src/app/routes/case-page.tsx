/**
 * The case page: loads the stored case, hands it to the wizard, and autosaves every draft the
 * wizard reports. The step lives in the URL so a reload reopens exactly this step.
 *
 * The save status lives in the autosave's own store (read by the indicator alone): this page and
 * the wizard do not re-render while the reviewer types.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { Link, Navigate, useNavigate, useParams, useSearchParams } from 'react-router';
import type { CaseDraft } from '@/domain/case/case-schema';
import { isStepId, type StepId } from '@/features/wizard/steps';
import { Wizard } from '@/features/wizard/wizard';
import { todayIsoDate } from '@/lib/today';
import { caseKeys, caseQueries } from '@/storage/case-queries';
import type { OpenedCase } from '@/storage/case-recovery';
import { errorMessage } from '@/storage/storage-errors';
import { type AutosaveController, useAutosave } from '@/storage/use-autosave';
import { CaseLoadError, CaseLoading, CaseNotFound } from '../case-load-states';
import { LiveCriteria } from '../live-criteria';
import { FIRST_STEP, letterState, paths } from '../paths';
import { ChangedElsewhereNotice, SaveIndicator } from '../save-indicator';

export function CasePage() {
  const { caseId = '', stepId } = useParams();
  // The wizard keeps its own form state after mount: a background re-read must not reset it. Each
  // autosave puts the stored case in the cache; re-rendering for that would re-render the wizard
  // on every pause in typing, so this page listens to the load state only, not to the data.
  const query = useQuery({
    ...caseQueries.detail(caseId),
    refetchOnWindowFocus: false,
    notifyOnChangeProps: ['status', 'error', 'isFetchedAfterMount'],
  });
  const queryClient = useQueryClient();
  // "Reload latest" opens a fresh editor on a fresh read (the wizard keeps its form state otherwise).
  const [generation, setGeneration] = useState(0);
  // Another tab stored a newer version while this page had nothing unsaved: show it, and say so.
  const [updatedElsewhereAt, setUpdatedElsewhereAt] = useState<string | null>(null);
  const reloadLatest = useCallback(async () => {
    await queryClient.refetchQueries({ queryKey: caseKeys.detail(caseId), exact: true });
    setUpdatedElsewhereAt(null);
    setGeneration((count) => count + 1);
  }, [queryClient, caseId]);
  const takeNewerVersion = useCallback(
    async (stillNothingUnsaved: () => boolean) => {
      await queryClient.refetchQueries({ queryKey: caseKeys.detail(caseId), exact: true });
      // A keystroke during the read would be lost with the old editor: then the notice asks instead.
      if (!stillNothingUnsaved()) return false;
      setUpdatedElsewhereAt(new Date().toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit' }));
      setGeneration((count) => count + 1);
      return true;
    },
    [queryClient, caseId],
  );

  if (!isStepId(stepId)) return <Navigate to={paths.caseStep(caseId, FIRST_STEP)} replace />;
  if (query.isError) return <CaseLoadError message={errorMessage(query.error)} />;
  // Wait for a fresh read (not a cached one): it carries the revision autosave builds on.
  if (query.isPending || !query.isFetchedAfterMount) return <CaseLoading />;
  if (query.data === null) return <CaseNotFound />;
  return (
    <>
      <div aria-live="polite">
        {updatedElsewhereAt && (
          <p className="mb-4 rounded-md border border-blue-300 bg-blue-50 px-3 py-2 text-sm text-blue-950">
            Updated at {updatedElsewhereAt} to the version saved in another tab. This page had no unsaved
            changes.
          </p>
        )}
      </div>
      <CaseEditor
        key={`${caseId}:${generation}`}
        stored={query.data}
        step={stepId}
        onReloadLatest={reloadLatest}
        onNewerVersionWhileIdle={takeNewerVersion}
      />
    </>
  );
}

function CaseEditor({
  stored,
  step,
  onReloadLatest,
  onNewerVersionWhileIdle,
}: {
  stored: OpenedCase;
  step: StepId;
  onReloadLatest: () => Promise<void>;
  /** Shows the newer version another tab stored; false when the page had changes by then. */
  onNewerVersionWhileIdle: (stillNothingUnsaved: () => boolean) => Promise<boolean>;
}) {
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const [focusField] = useState(() => searchParams.get('field') ?? undefined);
  const [opened] = useState(stored);
  // A backup recovered on open (a page closed before its last change was stored) is the draft.
  const [initialDraft] = useState(() => opened.recovered?.draft ?? opened.draft);
  const autosave = useAutosave(opened);
  useEffect(
    () =>
      autosave.onNewerVersionWhileIdle(() => {
        const reported = autosave.draftsReported();
        const stillNothingUnsaved = () =>
          autosave.draftsReported() === reported && autosave.hasNothingUnsaved();
        onNewerVersionWhileIdle(stillNothingUnsaved).then(
          (taken) => {
            if (!taken) autosave.showChangedElsewhere();
          },
          () => autosave.showChangedElsewhere(),
        );
      }),
    [autosave, onNewerVersionWhileIdle],
  );

  function changeStep(next: StepId) {
    void autosave.flush();
    navigate(paths.caseStep(opened.id, next));
  }

  const [today] = useState(todayIsoDate);
  const renderAside = useCallback(
    (draft: CaseDraft) => <LiveCriteria draft={draft} today={today} />,
    [today],
  );

  const caseNumber = initialDraft.imr.caseNumber.trim();
  return (
    <>
      <title>{`${caseNumber || 'Untitled case'} · IMR Reviewer Workbench`}</title>
      <ChangedElsewhereNotice autosave={autosave} onReloadLatest={onReloadLatest} />
      <Wizard
        initialDraft={initialDraft}
        step={step}
        onStepChange={changeStep}
        onDraftChange={autosave.saveLater}
        renderAside={renderAside}
        focusField={focusField}
        headerExtra={
          <div className="flex items-center gap-4">
            <UnreportedChangesForAutosave autosave={autosave} />
            <SaveIndicator autosave={autosave} />
            <Link
              to={paths.caseLetter(opened.id)}
              // "Back to the case" on the letter returns to this step (kept in the history entry, so
              // a reload of the letter keeps it too).
              state={letterState(step)}
              onClick={() => void autosave.flush()}
              className="rounded border border-blue-800 px-3 py-1.5 text-sm font-medium text-blue-900 hover:bg-blue-50"
            >
              Open letter
            </Link>
          </div>
        }
      />
    </>
  );
}

/**
 * The wizard reports a draft a moment after each change (a zero-delay timer). A page closed inside
 * that moment would back up the draft from before the last keystroke, so this hands autosave the
 * form's live values whenever a change came after the last report. Rendered inside the wizard's
 * form (its header), renders nothing.
 */
function UnreportedChangesForAutosave({ autosave }: { autosave: AutosaveController }) {
  // Null outside a form (the page's tests render a stand-in wizard without one).
  const form = useFormContext<CaseDraft>() as ReturnType<typeof useFormContext<CaseDraft>> | null;
  const control = form?.control;
  const getValues = form?.getValues;
  useEffect(() => {
    if (!control || !getValues) return;
    let reportsAtLastChange = -1;
    // Value changes carry `type` (an input event) or `values` (setValue); blur notices carry neither.
    const subscription = control._subjects.state.subscribe({
      next: (payload) => {
        if ('type' in payload || 'values' in payload) reportsAtLastChange = autosave.draftsReported();
      },
    });
    const detach = autosave.setUnreportedDraftSource(() =>
      autosave.draftsReported() === reportsAtLastChange ? structuredClone(getValues()) : null,
    );
    return () => {
      subscription.unsubscribe();
      detach();
    };
  }, [autosave, control, getValues]);
  return null;
}

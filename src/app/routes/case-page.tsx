/**
 * The case page: loads the stored case, hands it to the wizard, and autosaves every draft the
 * wizard reports. The step lives in the URL so a reload reopens exactly this step.
 */
import { useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { Link, Navigate, useNavigate, useParams, useSearchParams } from 'react-router';
import type { CaseDraft } from '@/domain/case/case-schema';
import { isStepId, type StepId } from '@/features/wizard/steps';
import { Wizard } from '@/features/wizard/wizard';
import { todayIsoDate } from '@/lib/today';
import { caseQueries } from '@/storage/case-queries';
import type { StoredCase } from '@/storage/cases-repo';
import { errorMessage } from '@/storage/storage-errors';
import { useAutosave } from '@/storage/use-autosave';
import { CaseLoadError, CaseLoading, CaseNotFound } from '../case-load-states';
import { LiveCriteria } from '../live-criteria';
import { FIRST_STEP, paths } from '../paths';
import { SaveIndicator } from '../save-indicator';

export function CasePage() {
  const { caseId = '', stepId } = useParams();
  // The wizard keeps its own form state after mount: a background re-read must not reset it.
  const query = useQuery({ ...caseQueries.detail(caseId), refetchOnWindowFocus: false });

  if (!isStepId(stepId)) return <Navigate to={paths.caseStep(caseId, FIRST_STEP)} replace />;
  if (query.isError) return <CaseLoadError message={errorMessage(query.error)} />;
  // Wait for a fresh read (not a cached one): it carries the revision autosave builds on.
  if (query.isPending || !query.isFetchedAfterMount) return <CaseLoading />;
  if (query.data === null) return <CaseNotFound />;
  return <CaseEditor key={caseId} stored={query.data} step={stepId} />;
}

function CaseEditor({ stored, step }: { stored: StoredCase; step: StepId }) {
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const [focusField] = useState(() => searchParams.get('field') ?? undefined);
  const [opened] = useState(stored);
  const autosave = useAutosave({ initialRevision: opened.revision });

  function changeStep(next: StepId) {
    void autosave.flush();
    navigate(paths.caseStep(opened.id, next));
  }

  const [today] = useState(todayIsoDate);
  const renderAside = useCallback(
    (draft: CaseDraft) => <LiveCriteria draft={draft} today={today} />,
    [today],
  );

  const caseNumber = opened.draft.imr.caseNumber.trim();
  return (
    <>
      <title>{`${caseNumber || 'Untitled case'} · IMR Reviewer Workbench`}</title>
      <Wizard
        initialDraft={opened.draft}
        step={step}
        onStepChange={changeStep}
        onDraftChange={autosave.saveLater}
        renderAside={renderAside}
        focusField={focusField}
        headerExtra={
          <div className="flex items-center gap-4">
            <SaveIndicator status={autosave.status} onRetry={() => void autosave.flush()} />
            <Link
              to={paths.caseLetter(opened.id)}
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

/**
 * /cases/:caseId/letter: loads the case and hands it to the letter workspace, with today's date
 * (read here, in the UI layer), the guideline library, links into the wizard and the case-file export.
 */
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useSyncExternalStore } from 'react';
import { useBlocker, useLocation, useParams } from 'react-router';
import { stepForPath } from '@/domain/case/validate-case';
import { GUIDELINE_LIBRARY } from '@/domain/guidelines';
import { exportCaseFile } from '@/features/case-file/export-case-file';
import { unsavedLetterEdits, useWarnBeforeUnload } from '@/features/letter/unsaved-letter-edits';
import { todayIsoDate } from '@/lib/today';
import { caseQueries } from '@/storage/case-queries';
import { errorMessage } from '@/storage/storage-errors';
import { CaseLoadError, CaseLoading, CaseNotFound } from '../case-load-states';
import { paths, stepToReturnTo } from '../paths';

// The letter's drafting code loads with the letter page, not with the app.
const LetterWorkspace = lazy(() =>
  import('@/features/letter/letter-workspace').then((module) => ({ default: module.LetterWorkspace })),
);

/** The wizard step that edits a field, with the field's path so the wizard can focus it. */
export function fieldHref(caseId: string, fieldPath: string): string {
  return `${paths.caseStep(caseId, stepForPath(fieldPath))}?field=${encodeURIComponent(fieldPath)}`;
}

export function CaseLetterPage() {
  const { caseId = '' } = useParams();
  const location = useLocation();
  const query = useQuery(caseQueries.detail(caseId));

  if (query.isError) return <CaseLoadError message={errorMessage(query.error)} />;
  if (query.isPending) return <CaseLoading />;
  if (query.data === null) return <CaseNotFound />;

  return (
    <Suspense fallback={<CaseLoading />}>
      <UnsavedEditGuard />
      <LetterWorkspace
        stored={query.data}
        library={GUIDELINE_LIBRARY}
        today={todayIsoDate()}
        fieldHref={(fieldPath) => fieldHref(caseId, fieldPath)}
        caseHref={paths.caseStep(caseId, stepToReturnTo(location.state))}
        onExportCase={exportCaseFile}
      />
    </Suspense>
  );
}

export const LEAVE_WITH_UNSAVED_EDIT =
  'You have typed in a letter section without saving. Leave the letter and lose that text?';

/**
 * While a letter section holds unsaved text: the browser asks before a reload or close, and a link
 * out of the letter ("Back to the case", a Fix link) asks before it drops the text.
 */
function UnsavedEditGuard() {
  const unsaved = useSyncExternalStore(unsavedLetterEdits.subscribe, unsavedLetterEdits.any);
  useWarnBeforeUnload(unsaved);
  const blocker = useBlocker(unsaved);
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    if (window.confirm(LEAVE_WITH_UNSAVED_EDIT)) blocker.proceed();
    else blocker.reset();
  }, [blocker]);
  return null;
}

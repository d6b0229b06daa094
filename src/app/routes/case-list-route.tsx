import { lazy, Suspense } from 'react';
import { useNavigate } from 'react-router';
import { ExportCaseButton } from '@/features/case-file/export-case-button';
import { exportCaseFile } from '@/features/case-file/export-case-file';
import { CaseListPage } from '@/features/case-list/case-list-page';
import { FIRST_STEP, paths } from '../paths';

// The import parser (size limits, hostile-key scan, per-path messages) loads just after the list,
// keeping the list's first load small; until then the button shows, disabled.
const ImportCaseFile = lazy(async () => ({
  default: (await import('@/features/case-file/import-case-file')).ImportCaseFile,
}));

export function CaseListRoute() {
  const navigate = useNavigate();
  const openCase = (caseId: string) => navigate(paths.caseStep(caseId, FIRST_STEP));
  return (
    <>
      <title>Cases · IMR Reviewer Workbench</title>
      <CaseListPage
        caseHref={(caseId) => paths.caseStep(caseId, FIRST_STEP)}
        onOpenCase={openCase}
        headerActions={(tools) => (
          <Suspense
            fallback={
              <button type="button" className={tools.secondaryButtonClass} disabled>
                Import case file
              </button>
            }
          >
            <ImportCaseFile className={tools.secondaryButtonClass} onImported={openCase} />
          </Suspense>
        )}
        exportDraft={(draft) => exportCaseFile(draft)}
        rowActions={(row, tools) => (
          <ExportCaseButton
            caseId={row.id}
            title={row.title}
            className={tools.rowButtonClass}
            onError={tools.showError}
          />
        )}
      />
    </>
  );
}

import { useNavigate } from 'react-router';
import { ExportCaseButton } from '@/features/case-file/export-case-button';
import { ImportCaseFile } from '@/features/case-file/import-case-file';
import { CaseListPage } from '@/features/case-list/case-list-page';
import { FIRST_STEP, paths } from '../paths';

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
          <ImportCaseFile className={tools.secondaryButtonClass} onImported={openCase} />
        )}
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

import { useNavigate } from 'react-router';
import { CaseListPage } from '@/features/case-list/case-list-page';
import { FIRST_STEP, paths } from '../paths';

export function CaseListRoute() {
  const navigate = useNavigate();
  return (
    <>
      <title>Cases · IMR Reviewer Workbench</title>
      <CaseListPage
        caseHref={(caseId) => paths.caseStep(caseId, FIRST_STEP)}
        onOpenCase={(caseId) => navigate(paths.caseStep(caseId, FIRST_STEP))}
      />
    </>
  );
}

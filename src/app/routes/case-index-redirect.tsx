import { Navigate, useParams } from 'react-router';
import { FIRST_STEP, paths } from '../paths';

/** `/cases/:caseId` opens the case at its first step. */
export function CaseIndexRedirect() {
  const { caseId = '' } = useParams();
  return <Navigate to={paths.caseStep(caseId, FIRST_STEP)} replace />;
}

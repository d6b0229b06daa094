// PLACEHOLDER: the letter engineer fills this page (preview, print, PDF, Word). Keep the route file.
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { caseQueries } from '@/storage/case-queries';
import { errorMessage } from '@/storage/storage-errors';
import { CaseLoadError, CaseLoading, CaseNotFound } from '../case-load-states';
import { paths } from '../paths';

export function CaseLetterPage() {
  const { caseId = '' } = useParams();
  const query = useQuery(caseQueries.detail(caseId));

  if (query.isError) return <CaseLoadError message={errorMessage(query.error)} />;
  if (query.isPending) return <CaseLoading />;
  if (query.data === null) return <CaseNotFound />;

  const caseNumber = query.data.draft.imr.caseNumber.trim() || 'Untitled case';
  return (
    <section aria-labelledby="letter-heading" className="space-y-4">
      <title>{`Letter: ${caseNumber} · IMR Reviewer Workbench`}</title>
      <h1 id="letter-heading" className="text-2xl font-semibold text-slate-900">
        Final determination letter
      </h1>
      <p className="text-slate-700">Case {caseNumber}</p>
      <Link to={paths.case(caseId)} className="font-medium text-blue-800 underline hover:text-blue-900">
        Back to the case
      </Link>
    </section>
  );
}

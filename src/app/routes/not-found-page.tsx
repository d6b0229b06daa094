import { Link } from 'react-router';
import { paths } from '../paths';

export function NotFoundPage() {
  return (
    <section aria-labelledby="not-found-heading" className="max-w-2xl space-y-4">
      <title>Page not found · IMR Reviewer Workbench</title>
      <h1 id="not-found-heading" className="text-2xl font-semibold text-slate-900">
        Page not found
      </h1>
      <p className="text-slate-700">This address is not a page of the workbench.</p>
      <Link to={paths.caseList()} className="font-medium text-blue-800 underline hover:text-blue-900">
        Go to the case list
      </Link>
    </section>
  );
}

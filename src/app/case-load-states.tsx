/** What a case page shows while its case loads, when it is missing, or when it cannot be read. */
import { Link } from 'react-router';
import { paths } from './paths';

const backLinkClass =
  'inline-block rounded-md bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 focus-visible:outline-offset-2';

export function CaseLoading() {
  return (
    <p role="status" className="text-slate-700">
      Opening the case…
    </p>
  );
}

export function CaseNotFound() {
  return (
    <section aria-labelledby="case-not-found-heading" className="max-w-2xl space-y-4">
      <title>Case not found · IMR Reviewer Workbench</title>
      <h1 id="case-not-found-heading" className="text-2xl font-semibold text-slate-900">
        Case not found
      </h1>
      <p className="text-slate-700">
        There is no case at this address in this browser. It may have been deleted, or it was created in
        another browser (cases are stored only where they were made).
      </p>
      <Link to={paths.caseList()} className={backLinkClass}>
        Back to the case list
      </Link>
    </section>
  );
}

export function CaseLoadError({ message }: { message: string }) {
  return (
    <section aria-labelledby="case-error-heading" className="max-w-2xl space-y-4">
      <title>Case cannot be opened · IMR Reviewer Workbench</title>
      <h1 id="case-error-heading" className="text-2xl font-semibold text-slate-900">
        This case cannot be opened
      </h1>
      <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-900">
        {message}
      </p>
      <p className="text-slate-700">
        Nothing was changed. The case list lets you export the stored data of a damaged record.
      </p>
      <Link to={paths.caseList()} className={backLinkClass}>
        Back to the case list
      </Link>
    </section>
  );
}

import { isRouteErrorResponse, useRouteError } from 'react-router';

/** Last line of defence: a render error shows what happened instead of a blank page. */
export function RouteErrorPage() {
  const error = useRouteError();
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : String(error);
  return (
    <main className="mx-auto max-w-2xl space-y-4 p-6 text-slate-900">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-900">
        {message}
      </p>
      <p className="text-slate-700">
        Your saved cases are not affected.{' '}
        <a href="/" className="font-medium text-blue-800 underline">
          Return to the case list
        </a>
        .
      </p>
    </main>
  );
}

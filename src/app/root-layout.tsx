import { Link, Outlet } from 'react-router';
import { paths } from './paths';

export const MAIN_CONTENT_ID = 'main-content';

export function RootLayout() {
  return (
    <div className="min-h-screen bg-slate-50 text-slate-900">
      <a
        href={`#${MAIN_CONTENT_ID}`}
        className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:text-blue-800 focus:shadow"
      >
        Skip to main content
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl items-center justify-between px-4 py-3 sm:px-6">
          <Link to={paths.caseList()} className="text-lg font-semibold text-blue-900 hover:text-blue-700">
            IMR Reviewer Workbench
          </Link>
          <p className="text-sm text-slate-600">Cases stay in this browser</p>
        </div>
      </header>
      <main id={MAIN_CONTENT_ID} tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6 outline-none sm:px-6">
        <Outlet />
      </main>
    </div>
  );
}

import { createBrowserRouter, type RouteObject } from 'react-router';
import { CaseLoading } from './case-load-states';
import { RootLayout } from './root-layout';
import { CaseIndexRedirect } from './routes/case-index-redirect';
import { CaseListRoute } from './routes/case-list-route';
import { NotFoundPage } from './routes/not-found-page';
import { RouteErrorPage } from './routes/route-error-page';

export const appRoutes: RouteObject[] = [
  {
    element: <RootLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <CaseListRoute /> },
      { path: 'cases/:caseId', element: <CaseIndexRedirect /> },
      // Static "letter" outranks the :stepId pattern (no step is called "letter").
      // A page whose code is not loaded yet shows "Opening the case…" (a status) inside the layout
      // while it loads, on a deep link or reload too (React Router's hydrate fallback).
      {
        path: 'cases/:caseId/letter',
        hydrateFallbackElement: <CaseLoading />,
        lazy: async () => ({ Component: (await import('./routes/case-letter-page')).CaseLetterPage }),
      },
      // The wizard (and the evaluator it shows) loads with the first case opened, not with the list.
      {
        path: 'cases/:caseId/:stepId',
        hydrateFallbackElement: <CaseLoading />,
        lazy: async () => ({ Component: (await import('./routes/case-page')).CasePage }),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(appRoutes);
}

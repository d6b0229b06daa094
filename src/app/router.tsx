import { createBrowserRouter, type RouteObject } from 'react-router';
import { RootLayout } from './root-layout';
import { CaseIndexRedirect } from './routes/case-index-redirect';
import { CaseLetterPage } from './routes/case-letter-page';
import { CaseListRoute } from './routes/case-list-route';
import { CasePage } from './routes/case-page';
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
      { path: 'cases/:caseId/letter', element: <CaseLetterPage /> },
      { path: 'cases/:caseId/:stepId', element: <CasePage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(appRoutes);
}

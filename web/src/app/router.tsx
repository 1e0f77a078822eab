import { createBrowserRouter, type RouteObject } from 'react-router';
import { LoginPage } from '../pages/LoginPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { AppLayout } from './layout/AppLayout';
import { menuEntries } from './menu';
import { MenuRoute } from './MenuRoute';
import { RequireAuth } from './RequireAuth';
import { SessionWatcher } from './SessionWatcher';
import { TrackingRoute } from './TrackingRoute';

const pageRoutes: RouteObject[] = menuEntries.flatMap((entry) => [
  entry.path === '/'
    ? { index: true, element: <MenuRoute entry={entry} /> }
    : { path: entry.path.slice(1), element: <MenuRoute entry={entry} /> },
  ...(entry.subpages ?? []).map((sub) => ({
    path: `${entry.path.slice(1)}/${sub.path}`,
    element: <MenuRoute entry={entry} subpage={sub} />,
  })),
]);

export const router = createBrowserRouter([
  {
    element: <SessionWatcher />,
    children: [
      { path: '/login', element: <LoginPage /> },
      // The customer's order tracking page: public, outside the app frame.
      { path: '/track/:token', element: <TrackingRoute /> },
      {
        path: '/',
        element: (
          <RequireAuth>
            <AppLayout />
          </RequireAuth>
        ),
        children: [...pageRoutes, { path: '*', element: <NotFoundPage /> }],
      },
    ],
  },
]);

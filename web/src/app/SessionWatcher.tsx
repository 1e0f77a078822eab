import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Outlet, useNavigate } from 'react-router';
import { onUnauthorized } from '../modules/http/unauthorized';
import { loginPath } from './loginPath';

/** Root route: any 401 from any request drops cached data and opens the login page. */
export function SessionWatcher() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  useEffect(
    () =>
      onUnauthorized(() => {
        if (window.location.pathname === '/login') return;
        queryClient.clear();
        void navigate(loginPath(window.location.pathname + window.location.search), { replace: true });
      }),
    [navigate, queryClient],
  );

  return <Outlet />;
}

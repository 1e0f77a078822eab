import { Suspense } from 'react';
import { FullPageSpin } from '../ui/FullPageSpin';
import { lazyPage } from './lazyPage';

const TrackingPage = lazyPage(() => import('../pages/TrackingPage'), 'TrackingPage');

/** `/track/:token` for anonymous visitors: no RequireAuth, no app frame. */
export function TrackingRoute() {
  return (
    <Suspense fallback={<FullPageSpin fullscreen />}>
      <TrackingPage />
    </Suspense>
  );
}

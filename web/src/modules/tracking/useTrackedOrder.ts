import { useQuery } from '@tanstack/react-query';
import { isApiError } from '../http/ApiError';
import { trackingApi } from './trackingApi';

export const TRACKING_POLL_MS = 30_000;

/** The tracked order, read again every 30 s (a link that does not exist is not retried). */
export function useTrackedOrder(token: string) {
  return useQuery({
    queryKey: ['track', token],
    queryFn: ({ signal }) => trackingApi.get(token, signal),
    refetchInterval: (q) => (isApiError(q.state.error) && q.state.error.status === 404 ? false : TRACKING_POLL_MS),
    refetchIntervalInBackground: false,
    refetchOnWindowFocus: true,
    staleTime: 10_000,
  });
}

import { useQuery } from '@tanstack/react-query';
import { messagesApi } from './messagesApi';
import { inboxQueryKey } from './queryKeys';

/** The caller's threads (latest first) with unread counts. */
export function useInbox(enabled = true) {
  return useQuery({
    queryKey: inboxQueryKey,
    queryFn: ({ signal }) => messagesApi.inbox(signal),
    enabled,
    // Record threads tell only the people mentioned; the rest see new messages on this poll.
    refetchInterval: 60_000,
  });
}

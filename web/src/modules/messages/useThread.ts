import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { messagesApi } from './messagesApi';
import { inboxQueryKey, threadQueryKey } from './queryKeys';
import { olderPageParam } from './threadPages';
import type { ThreadRef } from './threadRef';

export const THREAD_PAGE_SIZE = 30;

/**
 * A thread, newest page first; `fetchNextPage` loads the page before the oldest message.
 * Reading the newest page marks the thread read, so the inbox counts are reloaded after.
 * Until someone writes there is no thread to watch, so that state is polled slowly.
 */
export function useThread(ref: ThreadRef, enabled = true) {
  const queryClient = useQueryClient();
  const query = useInfiniteQuery({
    queryKey: threadQueryKey(ref),
    queryFn: ({ pageParam, signal }) => messagesApi.thread(ref, { before: pageParam, limit: THREAD_PAGE_SIZE }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: olderPageParam,
    enabled,
  });

  const updatedAt = query.dataUpdatedAt;
  useEffect(() => {
    if (updatedAt) void queryClient.invalidateQueries({ queryKey: inboxQueryKey });
  }, [updatedAt, queryClient]);

  return query;
}

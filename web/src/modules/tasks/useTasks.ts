import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { messageConcerns } from '../realtime/messageConcerns';
import { subscribeRealtime } from '../realtime/realtimeBus';
import { tasksApi } from './tasksApi';
import type { TaskFilters } from './types';

export const tasksQueryKey = ['tasks'] as const;

/** One page of tasks; reloads when the server pushes news about tasks. */
export function useTasks(filters: TaskFilters) {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      subscribeRealtime((message) => {
        if (messageConcerns(message, '/tasks', 'task')) void queryClient.invalidateQueries({ queryKey: tasksQueryKey });
      }),
    [queryClient],
  );
  return useQuery({
    queryKey: [...tasksQueryKey, 'list', filters],
    queryFn: ({ signal }) => tasksApi.list(filters, signal),
    placeholderData: keepPreviousData,
  });
}

import { useQuery } from '@tanstack/react-query';
import { tasksApi } from './tasksApi';
import { tasksQueryKey } from './useTasks';

export const taskQueryKey = (id: string) => [...tasksQueryKey, 'one', id] as const;

/** One task with its comments. */
export function useTask(id: string | undefined) {
  return useQuery({
    queryKey: taskQueryKey(id ?? ''),
    queryFn: ({ signal }) => tasksApi.get(id ?? '', signal),
    enabled: !!id,
  });
}

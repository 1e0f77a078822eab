import { useQuery } from '@tanstack/react-query';
import { tasksApi } from './tasksApi';
import { tasksQueryKey } from './useTasks';

/** Cross-department handling time per department and week, over the last `weeks` weeks. */
export function useTaskMetrics(weeks: number) {
  return useQuery({
    queryKey: [...tasksQueryKey, 'metrics', weeks],
    queryFn: ({ signal }) => tasksApi.metrics(weeks, signal),
  });
}

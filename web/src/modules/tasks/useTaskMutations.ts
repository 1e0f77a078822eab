import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../http/ApiError';
import { tasksApi } from './tasksApi';
import type { Task } from './types';
import { taskQueryKey } from './useTask';
import { tasksQueryKey } from './useTasks';

/**
 * Writes on a task; each puts the returned task in the cache and reloads the lists. A
 * 409 (someone else claimed or moved it first) reads the task again.
 */
export function useTaskMutations() {
  const queryClient = useQueryClient();
  const onSuccess = async (task: Task) => {
    // The comment list comes with GET by id; keep it when a write answers without one.
    queryClient.setQueryData<Task>(taskQueryKey(task.id), (old) => ({ ...task, comments: task.comments ?? old?.comments }));
    await queryClient.invalidateQueries({ queryKey: [...tasksQueryKey, 'list'] });
  };
  const onError = (error: Error, variables: { id: string }) => {
    if (isApiError(error) && (error.status === 409 || error.status === 403)) {
      void queryClient.invalidateQueries({ queryKey: taskQueryKey(variables.id) });
      void queryClient.invalidateQueries({ queryKey: [...tasksQueryKey, 'list'] });
    }
  };
  return {
    claim: useMutation({ mutationFn: ({ id, version }: { id: string; version: number }) => tasksApi.claim(id, version), onSuccess, onError }),
    complete: useMutation({
      mutationFn: ({ id, version, outcome }: { id: string; version: number; outcome: string }) =>
        tasksApi.complete(id, { version, ...(outcome.trim() ? { outcome: outcome.trim() } : {}) }),
      onSuccess,
      onError,
    }),
    cancel: useMutation({
      mutationFn: ({ id, version, outcome }: { id: string; version: number; outcome: string }) =>
        tasksApi.cancel(id, { version, outcome: outcome.trim() }),
      onSuccess,
      onError,
    }),
    comment: useMutation({
      mutationFn: ({ id, body }: { id: string; body: string }) => tasksApi.comment(id, body.trim()),
      onSuccess,
      onError,
    }),
  };
}

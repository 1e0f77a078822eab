import type { ListResponse } from '../http/ListResponse';
import { request } from '../http/request';
import type { Task, TaskFilters, TaskMetrics } from './types';

export const tasksApi = {
  list: (filters: TaskFilters, signal?: AbortSignal) => request<ListResponse<Task>>('/tasks', { query: filters, signal }),
  get: (id: string, signal?: AbortSignal) => request<Task>(`/tasks/${id}`, { signal }),
  claim: (id: string, version: number) => request<Task>(`/tasks/${id}/claim`, { method: 'POST', body: { version } }),
  complete: (id: string, input: { version: number; outcome?: string }) =>
    request<Task>(`/tasks/${id}/complete`, { method: 'POST', body: input }),
  cancel: (id: string, input: { version: number; outcome: string }) =>
    request<Task>(`/tasks/${id}/cancel`, { method: 'POST', body: input }),
  comment: (id: string, body: string) => request<Task>(`/tasks/${id}/comments`, { method: 'POST', body: { body } }),
  metrics: (weeks: number, signal?: AbortSignal) => request<TaskMetrics>('/tasks/metrics', { query: { weeks }, signal }),
};

import type { ListResponse } from '../http/ListResponse';
import { request } from '../http/request';
import type { CheckInInput, Visit, VisitCreateInput, VisitFilters, VisitPatchInput } from './types';

export const visitsApi = {
  list: (filters: VisitFilters, signal?: AbortSignal) => request<ListResponse<Visit>>('/visits', { query: filters, signal }),
  get: (id: string, signal?: AbortSignal) => request<Visit>(`/visits/${id}`, { signal }),
  create: (input: VisitCreateInput) => request<Visit>('/visits', { method: 'POST', body: input }),
  update: (id: string, input: VisitPatchInput) => request<Visit>(`/visits/${id}`, { method: 'PATCH', body: input }),
  checkIn: (id: string, input: CheckInInput) => request<Visit>(`/visits/${id}/check-in`, { method: 'POST', body: input }),
  remove: (id: string) => request<void>(`/visits/${id}`, { method: 'DELETE' }),
};

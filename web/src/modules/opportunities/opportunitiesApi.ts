import type { ListResponse } from '../http/ListResponse';
import { request } from '../http/request';
import type {
  Opportunity,
  OpportunityCreateInput,
  OpportunityDetail,
  OpportunityFilters,
  OpportunityPatchInput,
  OpportunityStage,
} from './types';

export const opportunitiesApi = {
  stages: (signal?: AbortSignal) => request<{ items: OpportunityStage[] }>('/opportunity-stages', { signal }),
  list: (filters: OpportunityFilters, signal?: AbortSignal) =>
    request<ListResponse<Opportunity>>('/opportunities', { query: filters, signal }),
  get: (id: string, signal?: AbortSignal) => request<OpportunityDetail>(`/opportunities/${id}`, { signal }),
  create: (input: OpportunityCreateInput) => request<Opportunity>('/opportunities', { method: 'POST', body: input }),
  update: (id: string, input: OpportunityPatchInput) =>
    request<OpportunityDetail>(`/opportunities/${id}`, { method: 'PATCH', body: input }),
  remove: (id: string) => request<void>(`/opportunities/${id}`, { method: 'DELETE' }),
};

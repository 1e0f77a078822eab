import type { ListResponse } from '../http/ListResponse';
import { request } from '../http/request';
import type { Approval, ApprovalDecision, ApprovalFilters } from './types';

export const approvalsApi = {
  list: (filters: ApprovalFilters, signal?: AbortSignal) =>
    request<ListResponse<Approval>>('/approvals', { query: filters, signal }),
  get: (id: string, signal?: AbortSignal) => request<Approval>(`/approvals/${id}`, { signal }),
  /** Approve (`comment` optional) or reject (`comment` required). */
  decide: (id: string, decision: ApprovalDecision, comment: string) =>
    request<Approval>(`/approvals/${id}/${decision}`, { method: 'POST', body: comment ? { comment } : {} }),
  delegate: (id: string, input: { user_id: string; comment?: string }) =>
    request<Approval>(`/approvals/${id}/delegate`, { method: 'POST', body: input }),
  recall: (id: string) => request<Approval>(`/approvals/${id}/recall`, { method: 'POST', body: {} }),
};

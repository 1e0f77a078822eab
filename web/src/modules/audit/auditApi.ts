import type { ListResponse } from '../http/ListResponse';
import { request } from '../http/request';
import type { AuditEntry, AuditFilters } from './types';

export const auditApi = {
  list: (filters: AuditFilters, signal?: AbortSignal) =>
    request<ListResponse<AuditEntry>>('/audit-log', { query: filters, signal }),
};

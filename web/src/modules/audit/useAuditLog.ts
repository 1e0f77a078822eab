import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { auditApi } from './auditApi';
import type { AuditFilters } from './types';

/** One page of the audit log, newest first. */
export function useAuditLog(filters: AuditFilters) {
  return useQuery({
    queryKey: ['audit-log', filters],
    queryFn: ({ signal }) => auditApi.list(filters, signal),
    placeholderData: keepPreviousData,
  });
}

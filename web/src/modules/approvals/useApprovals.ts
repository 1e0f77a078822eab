import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { messageConcerns } from '../realtime/messageConcerns';
import { subscribeRealtime } from '../realtime/realtimeBus';
import { approvalsApi } from './approvalsApi';
import type { ApprovalFilters } from './types';

export const approvalsQueryKey = ['approvals'] as const;

/**
 * One page of approval requests: to decide (`status: 'pending'`), submitted by the caller
 * (`mine`), or of one record (`object` + `object_id`). Reloads when the server pushes
 * news about approvals.
 */
export function useApprovals(filters: ApprovalFilters, enabled = true) {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!enabled) return undefined;
    return subscribeRealtime((message) => {
      if (messageConcerns(message, '/approvals', 'approval')) void queryClient.invalidateQueries({ queryKey: approvalsQueryKey });
    });
  }, [enabled, queryClient]);
  return useQuery({
    queryKey: [...approvalsQueryKey, 'list', filters],
    queryFn: ({ signal }) => approvalsApi.list(filters, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

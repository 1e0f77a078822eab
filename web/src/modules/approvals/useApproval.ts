import { useQuery } from '@tanstack/react-query';
import { approvalsApi } from './approvalsApi';
import { approvalsQueryKey } from './useApprovals';

export const approvalQueryKey = (id: string) => [...approvalsQueryKey, 'one', id] as const;

/** One approval request with its steps (under the lists' key, so both reload together). */
export function useApproval(id: string | undefined) {
  return useQuery({
    queryKey: approvalQueryKey(id ?? ''),
    queryFn: ({ signal }) => approvalsApi.get(id ?? '', signal),
    enabled: !!id,
  });
}

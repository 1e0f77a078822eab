import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../http/ApiError';
import { quotesQueryKey } from '../quotes/useQuotes';
import { approvalsApi } from './approvalsApi';
import type { Approval, ApprovalDecision } from './types';
import { approvalQueryKey } from './useApproval';
import { approvalsQueryKey } from './useApprovals';

/**
 * Decisions on an approval request. Each puts the returned request in the cache and
 * reloads the lists and the record it is about (a decision moves the quote on). After a
 * 403 or 409 (someone else decided first) our copy is old, so it is read again.
 */
export function useApprovalMutations() {
  const queryClient = useQueryClient();
  const refreshRecord = (approval: Pick<Approval, 'object'>) => {
    if (approval.object === 'quote') void queryClient.invalidateQueries({ queryKey: quotesQueryKey });
  };
  const onSuccess = async (approval: Approval) => {
    queryClient.setQueryData(approvalQueryKey(approval.id), approval);
    refreshRecord(approval);
    await queryClient.invalidateQueries({ queryKey: [...approvalsQueryKey, 'list'] });
  };
  const onError = (error: Error, variables: { id: string }) => {
    if (isApiError(error) && (error.status === 409 || error.status === 403)) {
      void queryClient.invalidateQueries({ queryKey: approvalQueryKey(variables.id) });
      void queryClient.invalidateQueries({ queryKey: [...approvalsQueryKey, 'list'] });
    }
  };
  return {
    decide: useMutation({
      mutationFn: ({ id, decision, comment }: { id: string; decision: ApprovalDecision; comment: string }) =>
        approvalsApi.decide(id, decision, comment.trim()),
      onSuccess,
      onError,
    }),
    delegate: useMutation({
      mutationFn: ({ id, userId, comment }: { id: string; userId: string; comment: string }) =>
        approvalsApi.delegate(id, { user_id: userId, ...(comment.trim() ? { comment: comment.trim() } : {}) }),
      onSuccess,
      onError,
    }),
    recall: useMutation({ mutationFn: ({ id }: { id: string }) => approvalsApi.recall(id), onSuccess, onError }),
  };
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { approvalChainsApi } from './approvalChainsApi';
import type { ChainStep } from './types';
import { quoteChainQueryKey } from './useQuoteApprovalChain';

/** Saves the chain as a new version (`version` as read; 409 when someone saved first). */
export function useSaveQuoteApprovalChain() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, steps }: { version: number; steps: ChainStep[] }) => approvalChainsApi.save('quote', version, steps),
    onSuccess: (saved) => queryClient.setQueryData(quoteChainQueryKey, saved),
  });
}

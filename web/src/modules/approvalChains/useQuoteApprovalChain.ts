import { useQuery } from '@tanstack/react-query';
import { approvalChainsApi } from './approvalChainsApi';

export const quoteChainQueryKey = ['approvalChains', 'quote'] as const;

/** The quote approval chain in force, with its saved versions. */
export function useQuoteApprovalChain() {
  return useQuery({ queryKey: quoteChainQueryKey, queryFn: ({ signal }) => approvalChainsApi.get('quote', signal) });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { customersQueryKey } from '../customers/useCustomers';
import { approvalsQueryKey } from '../approvals/useApprovals';
import { isApiError } from '../http/ApiError';
import { opportunitiesQueryKey } from '../opportunities/useOpportunities';
import { ordersQueryKey } from '../orders/useOrders';
import { salesSummaryQueryKey } from '../sales/useSalesSummary';
import { quotesApi } from './quotesApi';
import type { Quote, QuoteAction, QuoteActionInput, QuoteDraftInput, QuoteLineInput } from './types';
import { quoteQueryKey } from './useQuote';
import { quotesQueryKey } from './useQuotes';

/** Writes on quotes; each puts the returned quote in the cache and refreshes lists and customers. */
export function useQuoteMutations() {
  const queryClient = useQueryClient();
  const saved = async (quote: Quote) => {
    queryClient.setQueryData(quoteQueryKey(quote.id), quote);
    await queryClient.invalidateQueries({ queryKey: [...quotesQueryKey, 'list'] });
    void queryClient.invalidateQueries({ queryKey: customersQueryKey });
    void queryClient.invalidateQueries({ queryKey: opportunitiesQueryKey });
  };
  // A stale version means our copy is old: read it again for the next try.
  const onError = (error: Error, variables: { id: string }) => {
    if (isApiError(error) && error.status === 409) void queryClient.invalidateQueries({ queryKey: quoteQueryKey(variables.id) });
  };
  return {
    create: useMutation({ mutationFn: (input: QuoteDraftInput) => quotesApi.create(input), onSuccess: saved }),
    replaceLines: useMutation({
      mutationFn: ({ id, version, lines }: { id: string; version: number; lines: QuoteLineInput[] }) =>
        quotesApi.replaceLines(id, { version, lines }),
      onSuccess: saved,
      onError,
    }),
    move: useMutation({
      mutationFn: ({ id, action, input }: { id: string; action: Exclude<QuoteAction, 'convert' | 'submit'>; input: QuoteActionInput }) =>
        quotesApi.move(id, action, input),
      onSuccess: saved,
      onError,
    }),
    // A submit may start an approval chain: the quote's requests are read again.
    submit: useMutation({
      mutationFn: ({ id, version }: { id: string; version: number }) => quotesApi.submit(id, version),
      onSuccess: async (quote) => {
        void queryClient.invalidateQueries({ queryKey: [...approvalsQueryKey, 'list'] });
        await saved(quote);
      },
      onError,
    }),
    convert: useMutation({
      mutationFn: ({ id, input }: { id: string; input: QuoteActionInput }) => quotesApi.convert(id, input),
      onSuccess: async (result) => {
        await saved(result.quote);
        void queryClient.invalidateQueries({ queryKey: ordersQueryKey });
        void queryClient.invalidateQueries({ queryKey: salesSummaryQueryKey });
      },
      onError,
    }),
  };
}

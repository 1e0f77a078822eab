import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../http/ApiError';
import { quotesQueryKey } from '../quotes/useQuotes';
import { priceListsApi } from './priceListsApi';
import type { PriceList, PriceListInput, PriceListPatchInput } from './types';
import { priceListQueryKey } from './usePriceList';
import { priceListsQueryKey } from './usePriceLists';

/** Create and update price lists; each stores the answer and refreshes the list. */
export function usePriceListMutations() {
  const queryClient = useQueryClient();
  const onSuccess = async (list: PriceList) => {
    queryClient.setQueryData(priceListQueryKey(list.id), list);
    await queryClient.invalidateQueries({ queryKey: [...priceListsQueryKey, 'list'] });
    // Quote prices come from price lists.
    void queryClient.invalidateQueries({ queryKey: quotesQueryKey });
  };
  // A stale version means our copy is old: fetch the current one for the next try.
  const onError = (error: Error, variables: { id: string }) => {
    if (isApiError(error) && error.status === 409) {
      void queryClient.invalidateQueries({ queryKey: priceListQueryKey(variables.id) });
    }
  };
  return {
    create: useMutation({ mutationFn: (input: PriceListInput) => priceListsApi.create(input), onSuccess }),
    update: useMutation({
      mutationFn: ({ id, input }: { id: string; input: PriceListPatchInput }) => priceListsApi.update(id, input),
      onSuccess,
      onError,
    }),
  };
}

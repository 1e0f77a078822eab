import { useQuery } from '@tanstack/react-query';
import { priceListsApi } from './priceListsApi';

export const priceListsQueryKey = ['price-lists'] as const;

/** Every price list (a short list: no paging). */
export function usePriceLists() {
  return useQuery({
    queryKey: [...priceListsQueryKey, 'list'],
    queryFn: ({ signal }) => priceListsApi.list(signal),
  });
}

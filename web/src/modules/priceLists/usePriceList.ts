import { useQuery } from '@tanstack/react-query';
import { priceListsApi } from './priceListsApi';
import { priceListsQueryKey } from './usePriceLists';

export const priceListQueryKey = (id: string) => [...priceListsQueryKey, 'one', id] as const;

/** One price list with its items. */
export function usePriceList(id: string | null) {
  return useQuery({
    queryKey: priceListQueryKey(id ?? ''),
    queryFn: ({ signal }) => priceListsApi.get(id ?? '', signal),
    enabled: !!id,
    staleTime: 0,
  });
}

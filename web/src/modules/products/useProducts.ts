import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { productsApi } from './productsApi';
import type { ProductFilters } from './types';

export const productsQueryKey = ['products'] as const;

/** One page of the catalog; the previous page stays while loading. */
export function useProducts(filters: ProductFilters) {
  return useQuery({
    queryKey: [...productsQueryKey, filters],
    queryFn: ({ signal }) => productsApi.list(filters, signal),
    placeholderData: keepPreviousData,
  });
}

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { quotesApi } from './quotesApi';
import type { QuoteFilters } from './types';

export const quotesQueryKey = ['quotes'] as const;

/** One page of quotes (within the caller's scope), newest first by default. */
export function useQuotes(filters: QuoteFilters) {
  return useQuery({
    queryKey: [...quotesQueryKey, 'list', filters],
    queryFn: ({ signal }) => quotesApi.list(filters, signal),
    placeholderData: keepPreviousData,
  });
}

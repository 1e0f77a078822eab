import { useQuery } from '@tanstack/react-query';
import { quotesApi } from './quotesApi';
import { quotesQueryKey } from './useQuotes';

export const quoteQueryKey = (id: string) => [...quotesQueryKey, 'one', id] as const;

/** One quote with its lines and status history; disabled for a new quote (no id). */
export function useQuote(id: string | undefined) {
  return useQuery({
    queryKey: quoteQueryKey(id ?? ''),
    queryFn: ({ signal }) => quotesApi.get(id ?? '', signal),
    enabled: !!id,
  });
}

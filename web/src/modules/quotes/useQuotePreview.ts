import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { quotesApi } from './quotesApi';
import type { QuoteDraftInput } from './types';
import { quotesQueryKey } from './useQuotes';

/** Server-priced totals for a draft that is not saved (null: nothing to price yet). */
export function useQuotePreview(draft: QuoteDraftInput | null) {
  return useQuery({
    queryKey: [...quotesQueryKey, 'preview', draft],
    queryFn: ({ signal }) => quotesApi.preview(draft as QuoteDraftInput, signal),
    enabled: draft !== null,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
    retry: false,
  });
}

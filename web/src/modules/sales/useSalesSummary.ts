import { useQuery } from '@tanstack/react-query';
import { salesApi } from './salesApi';

export const salesSummaryQueryKey = ['sales', 'summary'] as const;

/** Home's figures, within the caller's record scope. */
export function useSalesSummary() {
  return useQuery({ queryKey: salesSummaryQueryKey, queryFn: ({ signal }) => salesApi.summary(signal) });
}

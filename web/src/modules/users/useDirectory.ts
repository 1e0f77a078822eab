import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { directoryApi } from './directoryApi';

/** Active colleagues matching `q` (name or username), for mentions, messages and delegation. */
export function useDirectory(q: string, limit = 20) {
  return useQuery({
    queryKey: ['directory', q, limit],
    queryFn: ({ signal }) => directoryApi.search(q, limit, signal),
    placeholderData: keepPreviousData,
  });
}

import { useQuery } from '@tanstack/react-query';
import { authApi } from './authApi';
import { meQueryKey } from './meQueryKey';

/** The signed-in user, permissions and hidden fields (cached for the session). */
export function useMe() {
  return useQuery({ queryKey: meQueryKey, queryFn: authApi.me, staleTime: 5 * 60_000 });
}

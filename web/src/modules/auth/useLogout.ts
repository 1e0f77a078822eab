import { useMutation, useQueryClient } from '@tanstack/react-query';
import { authApi } from './authApi';

/** Revokes the session; the cache is dropped whether or not the server answered. */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: authApi.logout,
    onSettled: () => queryClient.clear(),
  });
}

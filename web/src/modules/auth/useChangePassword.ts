import { useMutation, useQueryClient } from '@tanstack/react-query';
import { authApi } from './authApi';

/** Changes the own password; the server revokes every session, so the cache goes too. */
export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: authApi.changePassword,
    onSuccess: () => queryClient.clear(),
  });
}

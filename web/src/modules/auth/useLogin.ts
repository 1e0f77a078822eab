import { useMutation, useQueryClient } from '@tanstack/react-query';
import { authApi } from './authApi';

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: authApi.login,
    onSuccess: async () => {
      queryClient.clear();
    },
  });
}

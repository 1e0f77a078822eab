import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../http/ApiError';
import { rolesApi } from './rolesApi';
import type { RoleSaveInput } from './types';
import { rolesQueryKey } from './useRoles';

/** Saves a role with its version; refreshes the roles after success or a 409. */
export function useSaveRole() {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: rolesQueryKey });
  return useMutation({
    mutationFn: ({ name, input }: { name: string; input: RoleSaveInput }) => rolesApi.save(name, input),
    onSuccess: refresh,
    onError: (error: Error) => {
      if (isApiError(error) && error.status === 409) void refresh();
    },
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../http/ApiError';
import { zonesQueryKey } from '../zones/useZones';
import type { UserCreateInput, UserPatchInput } from './types';
import { usersApi } from './usersApi';
import { usersQueryKey } from './useUsers';

/** Every write on users; each refreshes user lists (and zone member counts). */
export function useUserMutations() {
  const queryClient = useQueryClient();
  const onSuccess = async () => {
    await queryClient.invalidateQueries({ queryKey: usersQueryKey });
    await queryClient.invalidateQueries({ queryKey: zonesQueryKey });
  };
  // A stale version means our copy is old: fetch the current one for the next try.
  const onError = (error: Error) => {
    if (isApiError(error) && error.status === 409) void queryClient.invalidateQueries({ queryKey: usersQueryKey });
  };
  return {
    create: useMutation({ mutationFn: (input: UserCreateInput) => usersApi.create(input), onSuccess }),
    update: useMutation({
      mutationFn: ({ id, input }: { id: string; input: UserPatchInput }) => usersApi.update(id, input),
      onSuccess,
      onError,
    }),
    resetPassword: useMutation({
      mutationFn: ({ id, password }: { id: string; password: string }) => usersApi.resetPassword(id, password),
      onSuccess,
    }),
    deactivate: useMutation({ mutationFn: (id: string) => usersApi.deactivate(id), onSuccess }),
  };
}

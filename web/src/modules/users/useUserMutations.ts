import { useMutation, useQueryClient } from '@tanstack/react-query';
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
  return {
    create: useMutation({ mutationFn: (input: UserCreateInput) => usersApi.create(input), onSuccess }),
    update: useMutation({
      mutationFn: ({ id, input }: { id: string; input: UserPatchInput }) => usersApi.update(id, input),
      onSuccess,
    }),
    resetPassword: useMutation({
      mutationFn: ({ id, password }: { id: string; password: string }) => usersApi.resetPassword(id, password),
      onSuccess,
    }),
    deactivate: useMutation({ mutationFn: (id: string) => usersApi.deactivate(id), onSuccess }),
  };
}

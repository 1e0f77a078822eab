import { useMutation, useQueryClient } from '@tanstack/react-query';
import { rolesApi } from './rolesApi';
import type { RoleSaveInput } from './types';
import { rolesQueryKey } from './useRoles';

export function useSaveRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ name, input }: { name: string; input: RoleSaveInput }) => rolesApi.save(name, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: rolesQueryKey }),
  });
}

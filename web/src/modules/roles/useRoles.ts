import { useQuery } from '@tanstack/react-query';
import { rolesApi } from './rolesApi';

export const rolesQueryKey = ['roles'] as const;

/** Roles with their permissions, and the objects / actions / scopes vocabulary. */
export function useRoles(options: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: rolesQueryKey, queryFn: rolesApi.list, staleTime: 60_000, enabled: options.enabled });
}

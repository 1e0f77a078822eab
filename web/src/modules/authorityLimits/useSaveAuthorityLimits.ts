import { useMutation, useQueryClient } from '@tanstack/react-query';
import { authorityLimitsApi } from './authorityLimitsApi';
import type { AuthorityLimitInput } from './types';
import { authorityLimitsQueryKey } from './useAuthorityLimits';

/** Replaces every row; the saved rows become the cached ones. */
export function useSaveAuthorityLimits() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (items: AuthorityLimitInput[]) => authorityLimitsApi.save(items),
    onSuccess: (saved) => queryClient.setQueryData(authorityLimitsQueryKey, saved),
  });
}

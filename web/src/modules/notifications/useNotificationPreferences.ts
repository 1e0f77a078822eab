import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { notificationsApi } from './notificationsApi';

export const preferencesQueryKey = ['notifications', 'preferences'] as const;

/** The caller's notification kinds, on or off, and a save of one or more switches. */
export function useNotificationPreferences() {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: preferencesQueryKey,
    queryFn: ({ signal }) => notificationsApi.preferences(signal),
    select: (data) => data.items,
    retry: false,
  });
  const save = useMutation({
    mutationFn: (items: { kind: string; enabled: boolean }[]) => notificationsApi.savePreferences(items),
    onSuccess: (data) => queryClient.setQueryData(preferencesQueryKey, data),
  });
  return { query, save };
}

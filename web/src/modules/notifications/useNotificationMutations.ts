import { useMutation, useQueryClient } from '@tanstack/react-query';
import { notificationsApi } from './notificationsApi';
import { notificationsQueryKey } from './useNotifications';

export function useNotificationMutations() {
  const queryClient = useQueryClient();
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: notificationsQueryKey });
  return {
    markRead: useMutation({ mutationFn: (id: string) => notificationsApi.markRead(id), onSuccess }),
    markAllRead: useMutation({ mutationFn: () => notificationsApi.markAllRead(), onSuccess }),
  };
}

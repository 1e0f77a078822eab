import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useEffect } from 'react';
import { subscribeRealtime } from '../realtime/realtimeBus';
import { notificationsQueryKey } from './useNotifications';

/** Refreshes the bell and shows a toast whenever the server pushes a notification. */
export function useLiveNotifications(): void {
  const queryClient = useQueryClient();
  const { notification } = App.useApp();

  useEffect(
    () =>
      subscribeRealtime((message) => {
        if (message.type !== 'notification') return;
        void queryClient.invalidateQueries({ queryKey: notificationsQueryKey });
        notification.info({
          title: message.notification.title,
          description: message.notification.body,
          placement: 'bottomRight',
        });
      }),
    [queryClient, notification],
  );
}

import { request } from '../http/request';
import type { NotificationList } from './types';

export const notificationsApi = {
  latest: (signal?: AbortSignal) => request<NotificationList>('/notifications', { query: { limit: 10 }, signal }),
  markRead: (id: string) => request<void>(`/notifications/${id}/read`, { method: 'POST' }),
  markAllRead: () => request<void>('/notifications/read-all', { method: 'POST' }),
};

import { request } from '../http/request';
import type { NotificationList, NotificationPreference } from './types';

export const notificationsApi = {
  latest: (signal?: AbortSignal) => request<NotificationList>('/notifications', { query: { limit: 10 }, signal }),
  markRead: (id: string) => request<void>(`/notifications/${id}/read`, { method: 'POST' }),
  markAllRead: () => request<void>('/notifications/read-all', { method: 'POST' }),
  preferences: (signal?: AbortSignal) =>
    request<{ items: NotificationPreference[] }>('/me/notification-preferences', { signal }),
  /** Turns the kinds given on or off (the others stay); answers with every kind. */
  savePreferences: (items: { kind: string; enabled: boolean }[]) =>
    request<{ items: NotificationPreference[] }>('/me/notification-preferences', { method: 'PUT', body: { items } }),
};

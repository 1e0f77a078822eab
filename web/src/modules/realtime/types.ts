import type { Notification } from '../notifications/types';

/** What the server pushes over `/api/v1/ws`. */
export type RealtimeMessage =
  | { type: 'notification'; notification: Notification }
  | { type: 'event'; topic: string; data: Record<string, unknown> };

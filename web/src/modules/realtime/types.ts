import type { Notification } from '../notifications/types';

/** What the server pushes over `/api/v1/ws`, plus `open` which the socket itself announces. */
export type RealtimeMessage =
  | { type: 'notification'; notification: Notification }
  | { type: 'event'; topic: string; data: Record<string, unknown> }
  /** A watched record (or an approval on it) changed: read it again through the API. */
  | { type: 'record_changed'; object: string; id: string; topic: string }
  /** The socket (re)connected; `reconnect` when it had been open before and may have missed news. */
  | { type: 'open'; reconnect: boolean };

/** A record a page watches: `{"type":"watch","object":"quote","id":"…"}`. */
export type WatchedRecord = { object: string; id: string };

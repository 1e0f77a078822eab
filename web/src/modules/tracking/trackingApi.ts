import { request } from '../http/request';
import type { TrackedOrder, TrackingLink } from './types';

export const trackingApi = {
  /** No login: the token is the key. */
  get: (token: string, signal?: AbortSignal) =>
    request<TrackedOrder>(`/track/${encodeURIComponent(token)}`, { signal, redirectOn401: false }),
  /** The order's one customer link (made on first use). */
  link: (orderId: string) => request<TrackingLink>(`/orders/${encodeURIComponent(orderId)}/tracking-link`, { method: 'POST' }),
};

import type { WebhookDelivery } from './types';

/**
 * When a delivery will be tried again by itself: `at` its `next_attempt_at`, `soon` when that
 * time has passed (the sender picks it up next), or null when it is not retrying.
 */
export function nextAttempt(d: Pick<WebhookDelivery, 'status' | 'next_attempt_at'>, now = Date.now()): { soon: boolean; at: string } | null {
  if (d.status !== 'retrying' || !d.next_attempt_at) return null;
  return { soon: Date.parse(d.next_attempt_at) <= now, at: d.next_attempt_at };
}

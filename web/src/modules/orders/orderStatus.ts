import type { OrderStatus, OrderStatusChange } from './types';

/** The main line of an order's life, in order (docs/api.md, "Orders"). */
export const ORDER_LIFECYCLE: readonly OrderStatus[] = [
  'created',
  'credit_check',
  'confirmed',
  'picking',
  'shipped',
  'delivered',
  'closed',
];

export const ORDER_STATUSES: readonly OrderStatus[] = [...ORDER_LIFECYCLE, 'cancelled'];

/** Tag colour per status. */
export const ORDER_STATUS_COLORS: Record<OrderStatus, string> = {
  created: 'default',
  credit_check: 'orange',
  confirmed: 'blue',
  picking: 'cyan',
  shipped: 'geekblue',
  delivered: 'green',
  closed: 'purple',
  cancelled: 'red',
};

/**
 * The statuses an order may move to next: the following lifecycle step, and
 * `cancelled` while it has not shipped. The server has the last word (409).
 */
export function nextStatuses(status: string): OrderStatus[] {
  const index = ORDER_LIFECYCLE.indexOf(status as OrderStatus);
  if (index < 0 || index === ORDER_LIFECYCLE.length - 1) return [];
  const next: OrderStatus[] = [ORDER_LIFECYCLE[index + 1]];
  if (index < ORDER_LIFECYCLE.indexOf('shipped')) next.push('cancelled');
  return next;
}

/**
 * Where the order stands on the lifecycle: the index of its current step, and for a
 * cancelled order the step it was cancelled at (from its history; 0 if unknown).
 */
export function lifecyclePosition(
  status: string,
  timeline: OrderStatusChange[],
): { index: number; cancelled: boolean } {
  if (status !== 'cancelled') return { index: Math.max(0, ORDER_LIFECYCLE.indexOf(status as OrderStatus)), cancelled: false };
  const change = [...timeline].reverse().find((c) => c.to_status === 'cancelled');
  const from = change?.from_status ? ORDER_LIFECYCLE.indexOf(change.from_status as OrderStatus) : -1;
  return { index: Math.max(0, from), cancelled: true };
}

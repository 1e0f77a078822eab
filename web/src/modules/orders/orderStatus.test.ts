import { describe, expect, it } from 'vitest';
import { lifecyclePosition, nextStatuses, ORDER_STATUS_COLORS, ORDER_STATUSES } from './orderStatus';

const change = (from_status: string | null, to_status: string) => ({ from_status, to_status, actor_name: null, note: null, at: '' });

describe('nextStatuses', () => {
  it('offers the next step and cancelling before shipping', () => {
    expect(nextStatuses('created')).toEqual(['credit_check', 'cancelled']);
    expect(nextStatuses('credit_check')).toEqual(['confirmed', 'cancelled']);
    expect(nextStatuses('confirmed')).toEqual(['picking', 'cancelled']);
    expect(nextStatuses('picking')).toEqual(['shipped', 'cancelled']);
  });

  it('cannot cancel once shipped', () => {
    expect(nextStatuses('shipped')).toEqual(['delivered']);
    expect(nextStatuses('delivered')).toEqual(['closed']);
  });

  it('ends at closed and cancelled; unknown statuses have no moves', () => {
    expect(nextStatuses('closed')).toEqual([]);
    expect(nextStatuses('cancelled')).toEqual([]);
    expect(nextStatuses('teleported')).toEqual([]);
  });
});

describe('lifecyclePosition', () => {
  it('is the index of the current step', () => {
    expect(lifecyclePosition('created', [])).toEqual({ index: 0, cancelled: false });
    expect(lifecyclePosition('shipped', [])).toEqual({ index: 4, cancelled: false });
  });

  it('puts a cancelled order at the step it was cancelled from', () => {
    const history = [change(null, 'created'), change('created', 'credit_check'), change('credit_check', 'cancelled')];
    expect(lifecyclePosition('cancelled', history)).toEqual({ index: 1, cancelled: true });
    expect(lifecyclePosition('cancelled', [])).toEqual({ index: 0, cancelled: true });
  });
});

describe('ORDER_STATUS_COLORS', () => {
  it('colours every status', () => {
    for (const status of ORDER_STATUSES) expect(ORDER_STATUS_COLORS[status], status).toBeTruthy();
  });
});

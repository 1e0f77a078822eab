import { describe, expect, it } from 'vitest';
import { QUOTE_STATUS_COLORS, QUOTE_STATUSES, quoteActions, quotePosition } from './quoteStatus';

const all = { update: true };

describe('quoteActions', () => {
  it('follows the lifecycle', () => {
    expect(quoteActions('draft', all)).toEqual(['submit', 'cancel']);
    expect(quoteActions('submitted', all)).toEqual(['cancel']);
    expect(quoteActions('approved', all)).toEqual(['accept', 'cancel']);
    expect(quoteActions('accepted', all)).toEqual(['convert']);
    for (const end of ['rejected', 'converted', 'expired', 'cancelled', 'nonsense']) expect(quoteActions(end, all)).toEqual([]);
  });

  it('leaves deciding a quote waiting for approval to its approval request', () => {
    expect(quoteActions('pending_approval', all)).toEqual(['cancel']);
  });

  it('offers nothing without update', () => {
    expect(quoteActions('draft', { update: false })).toEqual([]);
    expect(quoteActions('approved', { update: false })).toEqual([]);
  });
});

describe('quotePosition', () => {
  const change = (from_status: string | null, to_status: string) => ({ from_status, to_status });
  it('is the lifecycle step, with pending approval on the submitted step', () => {
    expect(quotePosition('draft', [])).toEqual({ index: 0, stopped: false });
    expect(quotePosition('accepted', [])).toEqual({ index: 3, stopped: false });
    expect(quotePosition('pending_approval', [])).toEqual({ index: 1, stopped: false });
  });

  it('stops a rejected quote at approval and a cancelled one where it was', () => {
    expect(quotePosition('rejected', [change('submitted', 'rejected')])).toEqual({ index: 2, stopped: true });
    expect(quotePosition('cancelled', [change(null, 'draft'), change('draft', 'submitted'), change('submitted', 'cancelled')])).toEqual({
      index: 1,
      stopped: true,
    });
    expect(quotePosition('cancelled', [])).toEqual({ index: 0, stopped: true });
  });
});

describe('QUOTE_STATUS_COLORS', () => {
  it('colours every status', () => {
    for (const status of QUOTE_STATUSES) expect(QUOTE_STATUS_COLORS[status], status).toBeTruthy();
  });
});

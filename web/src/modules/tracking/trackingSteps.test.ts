import { describe, expect, it } from 'vitest';
import { stepTimes, trackingPosition, TRACKING_STEPS } from './trackingSteps';

describe('trackingPosition', () => {
  it('maps each status to its step', () => {
    expect(TRACKING_STEPS).toEqual(['created', 'confirmed', 'picking', 'shipped', 'delivered']);
    expect(trackingPosition('created', [])).toEqual({ index: 0, done: false, cancelled: false });
    expect(trackingPosition('credit_check', [])).toEqual({ index: 0, done: false, cancelled: false });
    expect(trackingPosition('confirmed', []).index).toBe(1);
    expect(trackingPosition('picking', []).index).toBe(2);
    expect(trackingPosition('shipped', []).index).toBe(3);
  });

  it('is done once delivered (closed too)', () => {
    expect(trackingPosition('delivered', [])).toEqual({ index: 4, done: true, cancelled: false });
    expect(trackingPosition('closed', [])).toEqual({ index: 4, done: true, cancelled: false });
  });

  it('puts a cancelled order where it stopped', () => {
    const timeline = [
      { status: 'cancelled', at: '2026-11-27T10:00:00Z' },
      { status: 'created', at: '2026-11-25T10:00:00Z' },
      { status: 'confirmed', at: '2026-11-26T10:00:00Z' },
    ];
    expect(trackingPosition('cancelled', timeline)).toEqual({ index: 1, done: false, cancelled: true });
    expect(trackingPosition('cancelled', [])).toEqual({ index: 0, done: false, cancelled: true });
  });

  it('treats an unknown status as the first step', () => {
    expect(trackingPosition('on_hold', [])).toEqual({ index: 0, done: false, cancelled: false });
  });
});

describe('stepTimes', () => {
  it('takes the first time each step was reached', () => {
    expect(
      stepTimes([
        { status: 'picking', at: '2026-11-26T08:00:00Z' },
        { status: 'credit_check', at: '2026-11-24T09:00:00Z' },
        { status: 'created', at: '2026-11-24T08:00:00Z' },
        { status: 'confirmed', at: '2026-11-25T08:00:00Z' },
        { status: 'closed', at: '2026-11-30T08:00:00Z' },
        { status: 'cancelled', at: '2026-12-01T08:00:00Z' },
      ]),
    ).toEqual({
      created: '2026-11-24T08:00:00Z',
      confirmed: '2026-11-25T08:00:00Z',
      picking: '2026-11-26T08:00:00Z',
      delivered: '2026-11-30T08:00:00Z',
    });
  });
});

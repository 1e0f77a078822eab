import { describe, expect, it } from 'vitest';
import { nextAttempt } from './nextAttempt';

describe('nextAttempt', () => {
  const now = Date.parse('2026-11-27T10:00:00Z');

  it('says when a retrying delivery is tried again, or that it is due', () => {
    expect(nextAttempt({ status: 'retrying', next_attempt_at: '2026-11-27T10:05:00Z' }, now)).toEqual({ soon: false, at: '2026-11-27T10:05:00Z' });
    expect(nextAttempt({ status: 'retrying', next_attempt_at: '2026-11-27T09:59:00Z' }, now)?.soon).toBe(true);
  });

  it('is nothing for other statuses (a failed delivery is not tried again by itself)', () => {
    expect(nextAttempt({ status: 'failed', next_attempt_at: null }, now)).toBeNull();
    expect(nextAttempt({ status: 'delivered', next_attempt_at: null }, now)).toBeNull();
    expect(nextAttempt({ status: 'retrying', next_attempt_at: null }, now)).toBeNull();
  });
});

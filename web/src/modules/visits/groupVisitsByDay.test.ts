import { describe, expect, it } from 'vitest';
import { dayKey } from './dayKey';
import { groupVisitsByDay } from './groupVisitsByDay';
import type { Visit } from './types';

const visit = (id: string, planned_at: string): Visit => ({
  id,
  customer_id: '1',
  customer_name: 'C',
  owner_id: null,
  owner_name: null,
  zone_id: null,
  status: 'planned',
  planned_at,
  actual_at: null,
  checkin_latitude: null,
  checkin_longitude: null,
  purpose: 'p',
  outcome: null,
  next_step: null,
  follow_up_date: null,
  version: 1,
});

describe('dayKey', () => {
  it('is the calendar day in the given time zone', () => {
    expect(dayKey('2026-11-26T17:30:00Z', 'Asia/Shanghai')).toBe('2026-11-27');
    expect(dayKey('2026-11-26T17:30:00Z', 'UTC')).toBe('2026-11-26');
    expect(dayKey('junk', 'UTC')).toBe('');
  });
});

describe('groupVisitsByDay', () => {
  it('buckets visits by their local day, in time order', () => {
    const days = groupVisitsByDay(
      [visit('late', '2026-11-27T08:00:00Z'), visit('early', '2026-11-26T23:00:00Z'), visit('other', '2026-11-28T02:00:00Z')],
      'Asia/Shanghai',
    );
    expect([...days.keys()]).toEqual(['2026-11-27', '2026-11-28']);
    expect(days.get('2026-11-27')?.map((v) => v.id)).toEqual(['early', 'late']);
  });
});

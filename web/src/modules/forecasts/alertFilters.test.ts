import { describe, expect, it } from 'vitest';
import { alertActions, countAlerts, filterAlerts, parseAlertTab, streakDays } from './alertFilters';
import type { AlertStatus } from './types';

const alerts = (['open', 'open', 'acknowledged', 'resolved'] as AlertStatus[]).map((status, i) => ({ id: String(i), status }));

describe('alert tabs', () => {
  it('reads the tab from the address, open by default', () => {
    expect(parseAlertTab('resolved')).toBe('resolved');
    expect(parseAlertTab('all')).toBe('all');
    expect(parseAlertTab(null)).toBe('open');
    expect(parseAlertTab('nonsense')).toBe('open');
  });

  it('counts and filters by status', () => {
    expect(countAlerts(alerts)).toEqual({ open: 2, acknowledged: 1, resolved: 1, all: 4 });
    expect(countAlerts([])).toEqual({ open: 0, acknowledged: 0, resolved: 0, all: 0 });
    expect(filterAlerts(alerts, 'open').map((a) => a.id)).toEqual(['0', '1']);
    expect(filterAlerts(alerts, 'all')).toHaveLength(4);
  });
});

describe('streakDays', () => {
  it('counts both ends, across months', () => {
    expect(streakDays('2026-11-17', '2026-11-17')).toBe(1);
    expect(streakDays('2026-11-17', '2026-11-20')).toBe(4);
    expect(streakDays('2026-10-30', '2026-11-02')).toBe(4);
  });

  it('never says less than a day', () => {
    expect(streakDays('bad', '2026-11-20')).toBe(1);
    expect(streakDays('2026-11-20', '2026-11-17')).toBe(1);
  });
});

describe('alertActions', () => {
  it('follows open → acknowledged → resolved', () => {
    expect(alertActions('open')).toEqual(['acknowledge', 'resolve']);
    expect(alertActions('acknowledged')).toEqual(['resolve']);
    expect(alertActions('resolved')).toEqual([]);
  });
});

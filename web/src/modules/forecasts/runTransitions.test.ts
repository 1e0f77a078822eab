import { describe, expect, it } from 'vitest';
import { runTransitions } from './runTransitions';
import type { ForecastRun, ForecastRunStatus } from './types';

const run = (id: string, status: ForecastRunStatus): ForecastRun => ({
  id,
  as_of: '2026-03-05',
  status,
  health_score: null,
  message: null,
  series_count: 0,
  seconds: null,
  started_at: '2026-03-05T02:00:00Z',
  finished_at: null,
});

describe('runTransitions', () => {
  it('reports a run seen running that is now over', () => {
    const t = runTransitions([run('2', 'succeeded'), run('1', 'succeeded')], new Set(['2']), undefined);
    expect(t.ended.map((r) => r.id)).toEqual(['2']);
    expect(t.running.size).toBe(0);
    expect(t.arrived).toBe(false);
  });

  it('remembers what is running and reports nothing while it runs', () => {
    const t = runTransitions([run('2', 'running'), run('1', 'succeeded')], new Set(), undefined);
    expect(t.ended).toEqual([]);
    expect([...t.running]).toEqual(['2']);
  });

  it('waits for a requested run until a newer one is listed', () => {
    expect(runTransitions([run('1', 'succeeded')], new Set(), '1').arrived).toBe(false);
    const t = runTransitions([run('2', 'running'), run('1', 'succeeded')], new Set(), '1');
    expect(t.arrived).toBe(true);
    expect(t.ended).toEqual([]);
  });

  it('counts a requested run that was over before it was first seen as ended', () => {
    const t = runTransitions([run('2', 'failed'), run('1', 'succeeded')], new Set(), '1');
    expect(t.arrived).toBe(true);
    expect(t.ended.map((r) => r.id)).toEqual(['2']);
    // The very first run, awaited on an empty list.
    expect(runTransitions([run('1', 'succeeded')], new Set(), null).ended.map((r) => r.id)).toEqual(['1']);
  });

  it('does not report the same run twice', () => {
    const t = runTransitions([run('2', 'succeeded')], new Set(['2']), '1');
    expect(t.ended.map((r) => r.id)).toEqual(['2']);
  });
});

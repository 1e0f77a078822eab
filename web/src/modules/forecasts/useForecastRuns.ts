import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { forecastsApi } from './forecastsApi';
import { runTransitions } from './runTransitions';
import { forecastAccuracyQueryKey } from './useForecastAccuracy';
import { forecastAlertsQueryKey } from './useForecastAlerts';
import { forecastLevelsQueryKey } from './useForecastLevels';
import { forecastSeriesQueryKey } from './useForecast';
import type { ForecastRun } from './types';

export const forecastRunsQueryKey = ['forecasts', 'runs'] as const;

const POLL_MS = 2000;
/** How long a requested run may take to show up in the list before polling gives up. */
const APPEAR_MS = 10 * 60_000;

type Waiting = { newestBefore: string | null; since: number };

/**
 * The forecast runs, newest first, polled every 2 s while one is running or while a run
 * just requested (`expectRun`) has not appeared yet. When a running run ends, the
 * forecasts reload and `onFinished` hears of it.
 */
export function useForecastRuns(onFinished?: (run: ForecastRun) => void) {
  const queryClient = useQueryClient();
  const [waiting, setWaiting] = useState<Waiting | null>(null);
  const query = useQuery({
    queryKey: forecastRunsQueryKey,
    queryFn: ({ signal }) => forecastsApi.runs(signal),
    staleTime: 0,
    refetchInterval: (q) => (waiting || q.state.data?.items.some((r) => r.status === 'running') ? POLL_MS : false),
  });
  const runs = query.data?.items;

  // Polling gives up on a run that never shows up.
  useEffect(() => {
    if (!waiting) return undefined;
    const timer = setTimeout(() => setWaiting(null), Math.max(0, waiting.since + APPEAR_MS - Date.now()));
    return () => clearTimeout(timer);
  }, [waiting]);

  const finished = useRef(onFinished);
  useEffect(() => {
    finished.current = onFinished;
  }, [onFinished]);

  // Runs seen running that are now over, and a requested run that was over before it was
  // first seen: reload what they produced.
  const running = useRef(new Set<string>());
  useEffect(() => {
    if (!runs) return;
    const changes = runTransitions(runs, running.current, waiting ? waiting.newestBefore : undefined);
    running.current = changes.running;
    if (changes.arrived) setWaiting(null);
    if (changes.ended.length === 0) return;
    void queryClient.invalidateQueries({ queryKey: forecastSeriesQueryKey });
    void queryClient.invalidateQueries({ queryKey: forecastLevelsQueryKey });
    // A live run may raise alerts and completes periods the accuracy board scores.
    void queryClient.invalidateQueries({ queryKey: forecastAlertsQueryKey });
    void queryClient.invalidateQueries({ queryKey: forecastAccuracyQueryKey });
    for (const run of changes.ended) finished.current?.(run);
  }, [runs, waiting, queryClient]);

  /** Call once the server accepted a new run (or said one is under way): polls until it shows up. */
  const expectRun = useCallback(() => {
    const newest = runs?.[0];
    // A run already listed as running is followed by the running poll; only a new one is awaited.
    if (newest?.status !== 'running') setWaiting({ newestBefore: newest?.id ?? null, since: Date.now() });
    void queryClient.invalidateQueries({ queryKey: forecastRunsQueryKey });
  }, [runs, queryClient]);

  return { ...query, runs: runs ?? [], waiting: !!waiting, expectRun };
}

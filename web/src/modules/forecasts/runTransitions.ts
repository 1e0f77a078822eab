import type { ForecastRun } from './types';

export type RunTransitions = {
  /** Runs that are over and whose forecasts should be reloaded. */
  ended: ForecastRun[];
  /** The ids running now, to compare with at the next look. */
  running: Set<string>;
  /** The awaited run has shown up (running or already over). */
  arrived: boolean;
};

/**
 * What changed between two looks at the runs list (newest first): runs seen running
 * before that are now over, and — while a requested run is awaited (`newestBefore` is
 * the newest id before the request, null for none; undefined when nothing is awaited) —
 * whether it has shown up. A run that started and ended between two looks counts as ended.
 */
export function runTransitions(
  runs: readonly ForecastRun[],
  seenRunning: ReadonlySet<string>,
  newestBefore: string | null | undefined,
): RunTransitions {
  const ended = runs.filter((r) => r.status !== 'running' && seenRunning.has(r.id));
  const running = new Set(runs.filter((r) => r.status === 'running').map((r) => r.id));
  const newest = runs[0];
  const arrived = newestBefore !== undefined && !!newest && newest.id !== newestBefore;
  if (arrived && newest.status !== 'running' && !ended.includes(newest)) ended.push(newest);
  return { ended, running, arrived };
}

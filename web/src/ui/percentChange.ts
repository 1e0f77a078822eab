/**
 * Relative change from `previous` to `current` in percent (12.5 for +12.5 %), or null
 * when there is nothing to compare with (no previous value).
 */
export function percentChange(current: number, previous: number): number | null {
  if (!Number.isFinite(current) || !Number.isFinite(previous) || previous === 0) return null;
  return ((current - previous) / Math.abs(previous)) * 100;
}

/**
 * Milliseconds to wait before reconnect attempt `attempt` (0-based): exponential from
 * `baseMs`, capped at `maxMs`, with ±20 % jitter so many tabs do not reconnect at once.
 */
export function backoffDelay(attempt: number, random: () => number = Math.random, baseMs = 1000, maxMs = 30_000): number {
  const exp = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt));
  const jitter = 0.8 + random() * 0.4;
  return Math.round(Math.min(maxMs, exp * jitter));
}

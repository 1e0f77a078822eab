/** A recording length as a player shows it: `0:07`, `4:59`, `1:02:03` ("0:00" for nothing). */
export function formatDuration(ms: number | null | undefined): string {
  const total = ms && Number.isFinite(ms) && ms > 0 ? Math.round(ms / 1000) : 0;
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** A handling time for people: minutes below an hour (a few seconds is "under a minute"), else hours. */
export type HandlingTime = { unit: 'underMinute' } | { unit: 'minutes'; value: number } | { unit: 'hours'; value: number };

export function handlingTime(hours: number): HandlingTime {
  // Zero stays "0 h" (a chart axis starts there).
  if (hours >= 1 || hours <= 0) return { unit: 'hours', value: Math.round(hours * 10) / 10 };
  const minutes = Math.round(hours * 60);
  return minutes < 1 ? { unit: 'underMinute' } : { unit: 'minutes', value: minutes };
}

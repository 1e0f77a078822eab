/** A local calendar day, month 1–12. */
export type LocalDay = { year: number; month: number; day: number };

/**
 * The days a month calendar shows: from the first day of the week holding the 1st
 * (`weekStart` 0 = Sunday, 1 = Monday) through 6 full weeks (42 days), as antd's
 * Calendar does. Returns the first shown day and the day after the last (exclusive).
 */
export function monthGridRange(year: number, month: number, weekStart: number): { first: LocalDay; end: LocalDay } {
  const firstOfMonth = new Date(Date.UTC(year, month - 1, 1));
  const lead = (firstOfMonth.getUTCDay() - weekStart + 7) % 7;
  const first = new Date(Date.UTC(year, month - 1, 1 - lead));
  const end = new Date(first.getTime() + 42 * 86_400_000);
  const day = (d: Date): LocalDay => ({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
  return { first: day(first), end: day(end) };
}

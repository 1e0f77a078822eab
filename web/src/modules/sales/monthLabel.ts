/** "2026-03" → "2026年3月" / "Mar 2026" (short: "3月" / "Mar"). Unparseable input as is. */
export function monthLabel(month: string, locale: string, short = false): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return month;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1));
  const options: Intl.DateTimeFormatOptions = short
    ? { month: 'short', timeZone: 'UTC' }
    : { year: 'numeric', month: 'short', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(date);
}

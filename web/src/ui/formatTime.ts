const formatters = new Map<string, Intl.DateTimeFormat>();

/** The time of day of an ISO instant (`09:30`) in the given language and time zone ("" for none). */
export function formatTime(iso: string | null | undefined, locale: string, timeZone?: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const key = `${locale}|${timeZone ?? ''}`;
  let f = formatters.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
    try {
      f = new Intl.DateTimeFormat(locale, { ...options, timeZone: timeZone || undefined });
    } catch {
      f = new Intl.DateTimeFormat(locale, options);
    }
    formatters.set(key, f);
  }
  return f.format(date);
}

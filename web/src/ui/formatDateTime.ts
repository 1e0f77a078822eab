/** An ISO-8601 instant shown in the user's language and time zone ("" for none). */
export function formatDateTime(iso: string | null | undefined, locale: string, timeZone?: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };
  try {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone: timeZone || undefined }).format(date);
  } catch {
    // An unknown time zone name: fall back to the browser's.
    return new Intl.DateTimeFormat(locale, options).format(date);
  }
}

/** An ISO-8601 instant shown in the user's language and time zone ("" for none). */
export function formatDateTime(iso: string | null | undefined, locale: string, timeZone?: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions = {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  };
  try {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone: timeZone || undefined }).format(date);
  } catch {
    // An unknown time zone name: fall back to the browser's.
    return new Intl.DateTimeFormat(locale, options).format(date);
  }
}

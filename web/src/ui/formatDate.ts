const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar date in the UI language ("" for none). A plain `YYYY-MM-DD` is a date
 * without a time zone and is shown as written; an ISO instant is shown as the date it
 * is in `timeZone`.
 */
export function formatDate(value: string | null | undefined, locale: string, timeZone?: string | null): string {
  if (!value) return '';
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', month: '2-digit', day: '2-digit' };
  const plain = DATE_ONLY.exec(value);
  if (plain) {
    const date = new Date(Date.UTC(Number(plain[1]), Number(plain[2]) - 1, Number(plain[3])));
    return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(date);
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  try {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone: timeZone || undefined }).format(date);
  } catch {
    return new Intl.DateTimeFormat(locale, options).format(date);
  }
}

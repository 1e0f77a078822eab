import { monthLabel } from '../sales/monthLabel';
import type { ForecastFrequency } from './types';

const dayFormats = new Map<string, Intl.DateTimeFormat>();

function dayFormat(locale: string, short: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${short}`;
  let f = dayFormats.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions = short
      ? { month: 'numeric', day: 'numeric', timeZone: 'UTC' }
      : { year: 'numeric', month: 'short', day: 'numeric', weekday: 'short', timeZone: 'UTC' };
    f = new Intl.DateTimeFormat(locale, options);
    dayFormats.set(key, f);
  }
  return f;
}

/**
 * A period label (YYYY-MM-DD) in words: months as "2026年3月" / "Mar 2026" (short "3月" /
 * "Mar"), days as "2026年3月5日周四" / "Thu, Mar 5, 2026" (short "3/5"). Unparseable input as is.
 */
export function formatPeriod(date: string, frequency: ForecastFrequency, locale: string, short = false): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  if (frequency === 'monthly') return monthLabel(`${m[1]}-${m[2]}`, locale, short);
  return dayFormat(locale, short).format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))));
}

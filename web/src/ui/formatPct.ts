const formats = new Map<string, Intl.NumberFormat>();

/**
 * A percent as the API writes it (12.5 for 12.5 %), with up to two decimals and none
 * when whole: "25%", "12.5%"; "" for none. For discounts and limits, where trailing
 * zeros would only add noise.
 */
export function formatPct(value: number | null | undefined, locale: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  let f = formats.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    formats.set(locale, f);
  }
  return `${f.format(value)}%`;
}

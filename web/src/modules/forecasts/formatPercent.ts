const formats = new Map<string, Intl.NumberFormat>();

export type FormatPercentOptions = {
  /** "+12.5%" / "−3.1%": for gaps and biases. */
  signed?: boolean;
  /** Digits after the point (default 1). */
  digits?: number;
};

/**
 * A value already in percent (12.5 for 12.5 %) in the UI language: "12.5%"; "—" for
 * none. Digits are fixed so that columns line up.
 */
export function formatPercent(value: number | null | undefined, locale: string, options: FormatPercentOptions = {}): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const digits = options.digits ?? 1;
  const key = `${locale}|${digits}|${!!options.signed}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, {
      style: 'percent',
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      signDisplay: options.signed ? 'exceptZero' : 'auto',
    });
    formats.set(key, f);
  }
  return f.format(value / 100);
}

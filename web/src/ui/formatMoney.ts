const formatters = new Map<string, Intl.NumberFormat>();

type Style = 'compact' | 'whole' | 'full';

function formatter(locale: string, currency: string, style: Style): Intl.NumberFormat {
  const key = `${locale}|${currency}|${style}`;
  let f = formatters.get(key);
  if (!f) {
    const options: Intl.NumberFormatOptions =
      style === 'compact'
        ? { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 }
        : style === 'whole'
          ? { style: 'currency', currency, minimumFractionDigits: 0, maximumFractionDigits: 0 }
          : { style: 'currency', currency };
    try {
      f = new Intl.NumberFormat(locale, options);
    } catch {
      // An unknown currency code: still show the amount, with the code as written.
      f = new Intl.NumberFormat(locale, { ...options, currency: 'XXX' });
    }
    formatters.set(key, f);
  }
  return f;
}

/** How many minor units a currency has after the point (CNY 2, JPY 0). */
export function currencyDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en-US', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** Integer minor units (fen) → major units (yuan), for display and inputs only. */
export function fromMinorUnits(minor: number, currency = 'CNY'): number {
  return minor / 10 ** currencyDigits(currency);
}

/** Major units typed by a person (yuan, up to the currency's decimals) → integer minor units. */
export function toMinorUnits(major: number, currency = 'CNY'): number {
  const digits = currencyDigits(currency);
  // Through the decimal string, so 19.99 becomes 1999 and not 1998.9999….
  const [whole, fraction = ''] = Math.abs(major).toFixed(digits).split('.');
  const minor = Number(whole) * 10 ** digits + Number(fraction || '0');
  return major < 0 ? -minor : minor;
}

export type FormatMoneyOptions = {
  /** Short form for axes and tight spaces: ¥123.5万 / CN¥1.2M. */
  compact?: boolean;
  /** Rounded to whole major units, for estimates where cents would be false precision: ¥12,346. */
  whole?: boolean;
};

/**
 * An amount in integer minor units, in the UI language with the record's currency:
 * 123456 CNY → "¥1,234.56" (zh-CN) / "CN¥1,234.56" (en-US). Empty string for no amount.
 */
export function formatMoney(
  minor: number | null | undefined,
  currency: string | null | undefined,
  locale: string,
  options: FormatMoneyOptions = {},
): string {
  if (minor === null || minor === undefined || !Number.isFinite(minor)) return '';
  const code = currency || 'CNY';
  const style: Style = options.compact ? 'compact' : options.whole ? 'whole' : 'full';
  return formatter(locale, code, style).format(fromMinorUnits(minor, code));
}

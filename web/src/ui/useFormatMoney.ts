import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney, type FormatMoneyOptions } from './formatMoney';

/** formatMoney in the current UI language. */
export function useFormatMoney(): (
  minor: number | null | undefined,
  currency?: string | null,
  options?: FormatMoneyOptions,
) => string {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return useCallback((minor, currency, options) => formatMoney(minor, currency, locale, options), [locale]);
}

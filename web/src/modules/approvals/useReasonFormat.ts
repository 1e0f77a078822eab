import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPct } from '../../ui/formatPct';
import { useFormatMoney } from '../../ui/useFormatMoney';
import type { ReasonFormat } from './approvalReason';

/** The formatters `reasonParts` needs, in the UI language and the request's currency. */
export function useReasonFormat(currency: string | null | undefined): ReasonFormat {
  const { t, i18n } = useTranslation();
  const formatMoney = useFormatMoney();
  return useMemo(
    () => ({
      t: (key, options) => t(key, options ?? {}),
      percent: (value) => formatPct(value, i18n.language),
      money: (minor) => formatMoney(minor, currency),
    }),
    [t, i18n.language, formatMoney, currency],
  );
}

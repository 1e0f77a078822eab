import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Localised names for customer value sets; an unknown value is shown as written. */
export function useCustomerLabels() {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      segment: (value: string | null | undefined) => (value ? t(`customers.segments.${value}`, { defaultValue: value }) : ''),
      channel: (value: string | null | undefined) => (value ? t(`channels.${value}`, { defaultValue: value }) : ''),
      status: (value: string | null | undefined) => (value ? t(`customers.statuses.${value}`, { defaultValue: value }) : ''),
    }),
    [t],
  );
}

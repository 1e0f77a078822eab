import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../ui/formatDateTime';
import { useMe } from './useMe';

/** Formats API instants in the UI language and the signed-in user's time zone. */
export function useFormatDateTime(): (iso: string | null | undefined) => string {
  const { i18n } = useTranslation();
  const { data: me } = useMe();
  const timeZone = me?.user.time_zone;
  return useCallback((iso) => formatDateTime(iso, i18n.language, timeZone), [i18n.language, timeZone]);
}

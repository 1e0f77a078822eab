import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../../ui/formatTime';
import { useMe } from './useMe';

/** The time of day of API instants in the UI language and the signed-in user's time zone. */
export function useFormatTime(): (iso: string | null | undefined) => string {
  const { i18n } = useTranslation();
  const { data: me } = useMe();
  const timeZone = me?.user.time_zone;
  return useCallback((iso) => formatTime(iso, i18n.language, timeZone), [i18n.language, timeZone]);
}

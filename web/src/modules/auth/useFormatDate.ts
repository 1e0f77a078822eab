import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../ui/formatDate';
import { useMe } from './useMe';

/** Formats API dates (plain dates or instants) in the UI language and the user's time zone. */
export function useFormatDate(): (value: string | null | undefined) => string {
  const { i18n } = useTranslation();
  const { data: me } = useMe();
  const timeZone = me?.user.time_zone;
  return useCallback((value) => formatDate(value, i18n.language, timeZone), [i18n.language, timeZone]);
}

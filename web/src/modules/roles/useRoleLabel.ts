import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from './types';

/**
 * Localised role name: the translation for built-in roles, else the server's own
 * label in the current language, else the raw name.
 */
export function useRoleLabel(roles?: Role[]): (name: string) => string {
  const { t, i18n } = useTranslation();
  return useCallback(
    (name: string) => {
      const role = roles?.find((r) => r.name === name);
      const serverLabel = role ? (i18n.language === 'en-US' ? role.label_en : role.label_zh) : '';
      return t(`roles.${name}`, { defaultValue: serverLabel || name });
    },
    [roles, t, i18n.language],
  );
}

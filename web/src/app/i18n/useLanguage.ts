import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { authApi } from '../../modules/auth/authApi';
import { meQueryKey } from '../../modules/auth/meQueryKey';
import type { Me } from '../../modules/auth/types';
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGE_STORAGE_KEY, type Language } from './languages';

/**
 * The UI language: kept on this device (localStorage) and, when signed in, saved as
 * the user's preference with `PATCH /me {locale}`.
 */
export function useLanguage(): { language: Language; setLanguage: (next: Language) => Promise<void> } {
  const { i18n } = useTranslation();
  const queryClient = useQueryClient();
  const language = isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;

  const setLanguage = useCallback(
    async (next: Language) => {
      try {
        localStorage.setItem(LANGUAGE_STORAGE_KEY, next);
      } catch {
        // Private mode: the choice lasts for this page only.
      }
      await i18n.changeLanguage(next);
      const me = queryClient.getQueryData<Me>(meQueryKey);
      if (!me || me.user.locale === next) return;
      try {
        queryClient.setQueryData<Me>(meQueryKey, await authApi.patchMe({ locale: next }));
      } catch {
        // The language still changes locally; the server preference is best effort.
      }
    },
    [i18n, queryClient],
  );

  return { language, setLanguage };
}

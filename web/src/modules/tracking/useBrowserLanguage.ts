import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { storedLanguage } from '../../app/i18n/languages';
import { languageFromBrowser } from './browserLanguage';

/** A visitor without a saved choice gets the browser's language (Chinese unless it prefers English). */
export function useBrowserLanguage(): void {
  const { i18n } = useTranslation();
  useEffect(() => {
    if (storedLanguage()) return;
    const next = languageFromBrowser(typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]));
    if (next !== i18n.language) void i18n.changeLanguage(next);
  }, [i18n]);
}

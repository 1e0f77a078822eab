import { DEFAULT_LANGUAGE, type Language } from '../../app/i18n/languages';

/** The UI language for the browser's preferred languages: the first Chinese or English one, else Chinese. */
export function languageFromBrowser(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en-US';
  }
  return DEFAULT_LANGUAGE;
}

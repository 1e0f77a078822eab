import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import enUS from './en-US.json';
import zhCN from './zh-CN.json';
import { DEFAULT_LANGUAGE, storedLanguage } from './languages';

void i18n.use(initReactI18next).init({
  resources: {
    'zh-CN': { translation: zhCN },
    'en-US': { translation: enUS },
  },
  lng: storedLanguage() ?? DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  // React escapes everything it renders; i18next must not escape a second time.
  interpolation: { escapeValue: false },
  returnNull: false,
});

// The page language, and the one of antd's date pickers (month and weekday names).
const syncDocumentLanguage = (lng: string) => {
  document.documentElement.lang = lng;
  dayjs.locale(lng === 'en-US' ? 'en' : 'zh-cn');
};
syncDocumentLanguage(i18n.language);
i18n.on('languageChanged', syncDocumentLanguage);

export { i18n };

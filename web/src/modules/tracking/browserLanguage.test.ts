import { describe, expect, it } from 'vitest';
import { languageFromBrowser } from './browserLanguage';

describe('languageFromBrowser', () => {
  it('takes the first Chinese or English preference', () => {
    expect(languageFromBrowser(['en-GB', 'zh-CN'])).toBe('en-US');
    expect(languageFromBrowser(['zh-TW', 'en'])).toBe('zh-CN');
    expect(languageFromBrowser(['fr-FR', 'EN-us'])).toBe('en-US');
  });

  it('defaults to Chinese', () => {
    expect(languageFromBrowser(['de-DE'])).toBe('zh-CN');
    expect(languageFromBrowser([])).toBe('zh-CN');
  });
});

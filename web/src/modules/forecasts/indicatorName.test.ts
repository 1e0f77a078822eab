import { describe, expect, it } from 'vitest';
import { indicatorNameFromFile, isIndicatorName } from './indicatorName';

describe('isIndicatorName', () => {
  it('takes 1–40 letters, digits, _ and -', () => {
    expect(isIndicatorName('pmi')).toBe(true);
    expect(isIndicatorName('PMI_east-2026')).toBe(true);
    expect(isIndicatorName('a'.repeat(40))).toBe(true);
  });

  it('refuses empty, too long, spaces, punctuation and other scripts', () => {
    expect(isIndicatorName('')).toBe(false);
    expect(isIndicatorName('a'.repeat(41))).toBe(false);
    expect(isIndicatorName('bad name')).toBe(false);
    expect(isIndicatorName('pmi!')).toBe(false);
    expect(isIndicatorName('indicator:pmi')).toBe(false);
    expect(isIndicatorName('采购经理指数')).toBe(false);
  });
});

describe('indicatorNameFromFile', () => {
  it('suggests the file name without its extension when it is a valid name', () => {
    expect(indicatorNameFromFile('pmi_east.csv')).toBe('pmi_east');
    expect(indicatorNameFromFile('temperature')).toBe('temperature');
  });

  it('suggests nothing for names the server would refuse', () => {
    expect(indicatorNameFromFile('my data.csv')).toBe('');
    expect(indicatorNameFromFile('采购经理指数.csv')).toBe('');
    expect(indicatorNameFromFile('.csv')).toBe('');
  });
});

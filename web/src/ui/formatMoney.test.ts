import { describe, expect, it } from 'vitest';
import { currencyDigits, formatMoney, fromMinorUnits, toMinorUnits } from './formatMoney';

describe('formatMoney', () => {
  it('formats minor units in the UI language with the record currency', () => {
    expect(formatMoney(123456, 'CNY', 'zh-CN')).toBe('¥1,234.56');
    expect(formatMoney(123456, 'CNY', 'en-US')).toBe('CN¥1,234.56');
    expect(formatMoney(1250, 'USD', 'en-US')).toBe('$12.50');
    expect(formatMoney(-1250, 'USD', 'en-US')).toBe('-$12.50');
    expect(formatMoney(0, 'CNY', 'zh-CN')).toBe('¥0.00');
  });

  it('defaults to CNY and shows nothing for a missing amount', () => {
    expect(formatMoney(100, null, 'zh-CN')).toBe('¥1.00');
    expect(formatMoney(null, 'CNY', 'zh-CN')).toBe('');
    expect(formatMoney(undefined, 'CNY', 'zh-CN')).toBe('');
    expect(formatMoney(Number.NaN, 'CNY', 'zh-CN')).toBe('');
  });

  it('respects currencies without minor units', () => {
    expect(currencyDigits('JPY')).toBe(0);
    expect(formatMoney(1500, 'JPY', 'en-US')).toBe('¥1,500');
  });

  it('has a compact form for chart axes', () => {
    expect(formatMoney(123_456_700, 'CNY', 'zh-CN', { compact: true })).toBe('¥123.5万');
    expect(formatMoney(123_456_700, 'CNY', 'en-US', { compact: true })).toBe('CN¥1.2M');
  });

  it('rounds to whole major units for estimates', () => {
    expect(formatMoney(1_234_567.8, 'CNY', 'zh-CN', { whole: true })).toBe('¥12,346');
    expect(formatMoney(123456, 'CNY', 'en-US', { whole: true })).toBe('CN¥1,235');
  });

  it('survives an unknown currency code', () => {
    expect(formatMoney(100, 'NOPE!', 'en-US')).not.toBe('');
  });
});

describe('toMinorUnits / fromMinorUnits', () => {
  it('converts yuan typed by a person into exact fen', () => {
    expect(toMinorUnits(19.99)).toBe(1999);
    expect(toMinorUnits(0.1 + 0.2)).toBe(30);
    expect(toMinorUnits(50000)).toBe(5_000_000);
    expect(toMinorUnits(-3.5)).toBe(-350);
    expect(toMinorUnits(12, 'JPY')).toBe(12);
  });

  it('converts back for inputs', () => {
    expect(fromMinorUnits(1999)).toBe(19.99);
    expect(fromMinorUnits(1500, 'JPY')).toBe(1500);
  });
});

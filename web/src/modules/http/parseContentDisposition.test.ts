import { describe, expect, it } from 'vitest';
import { parseContentDisposition } from './parseContentDisposition';

describe('parseContentDisposition', () => {
  it('reads a quoted or bare filename', () => {
    expect(parseContentDisposition('attachment; filename="orders.csv"')).toBe('orders.csv');
    expect(parseContentDisposition('attachment; filename=customers.xlsx')).toBe('customers.xlsx');
    expect(parseContentDisposition('attachment;filename="a \\"b\\".csv"')).toBe('a "b".csv');
  });

  it('prefers the UTF-8 filename* form', () => {
    expect(
      parseContentDisposition(`attachment; filename="orders.csv"; filename*=UTF-8''%E8%AE%A2%E5%8D%95.csv`),
    ).toBe('订单.csv');
    expect(parseContentDisposition(`attachment; filename*=utf-8'zh'%E5%AE%A2%E6%88%B7.xlsx`)).toBe('客户.xlsx');
  });

  it('falls back to filename when filename* is malformed', () => {
    expect(parseContentDisposition(`attachment; filename*=%E8; filename="x.csv"`)).toBe('x.csv');
  });

  it('keeps only the base name and copes with nothing', () => {
    expect(parseContentDisposition('attachment; filename="../../etc/passwd"')).toBe('passwd');
    expect(parseContentDisposition('attachment')).toBeNull();
    expect(parseContentDisposition('attachment; filename=""')).toBeNull();
    expect(parseContentDisposition(null)).toBeNull();
  });
});

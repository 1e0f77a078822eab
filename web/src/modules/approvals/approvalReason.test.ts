import { describe, expect, it } from 'vitest';
import type { Translate } from '../forecasts/modelLabel';
import { reasonParts, totalOverDirectorLimit, worstLine } from './approvalReason';

const en: Record<string, string> = {
  'approvals.reason.lines': '{{count}} lines over authority: max {{max}} vs limit {{limit}}',
  'approvals.reason.total': 'total {{total}} above {{limit}} (director)',
};
const t: Translate = (key, options) =>
  (en[key] ?? key).replace(/{{(\w+)}}/g, (_, name: string) => options?.[name] ?? `{{${name}}}`);
const format = { t, percent: (v: number) => `${v}%`, money: (minor: number) => `¥${minor / 100}` };
const line = (line_no: number, discount_pct: number, limit_pct = 10) => ({ line_no, product_line: 'Furniture', discount_pct, limit_pct });

describe('reasonParts', () => {
  it('summarises the lines over authority by the most discounted one', () => {
    const reason = { lines: [line(1, 12), line(2, 25), line(4, 15)], total: 50_000_00, director_above_amount: 100_000_00 };
    expect(reasonParts(reason, format)).toEqual(['3 lines over authority: max 25% vs limit 10%']);
  });

  it('adds the total when it is above the director threshold', () => {
    const reason = { lines: [line(1, 22, 20)], total: 150_000_00, director_above_amount: 100_000_00 };
    expect(reasonParts(reason, format)).toEqual([
      '1 lines over authority: max 22% vs limit 20%',
      'total ¥150000 above ¥100000 (director)',
    ]);
    expect(reasonParts({ lines: [], total: 150_000_00, director_above_amount: 100_000_00 }, format)).toEqual([
      'total ¥150000 above ¥100000 (director)',
    ]);
  });

  it('says nothing for an empty or missing reason', () => {
    expect(reasonParts(null, format)).toEqual([]);
    expect(reasonParts({}, format)).toEqual([]);
    expect(reasonParts({ lines: [], total: 10, director_above_amount: null }, format)).toEqual([]);
  });
});

describe('worstLine / totalOverDirectorLimit', () => {
  it('prefers the lower limit on equal discounts', () => {
    expect(worstLine([line(1, 20, 15), line(2, 20, 10)])?.line_no).toBe(2);
    expect(worstLine([])).toBeNull();
  });

  it('needs both amounts and a total strictly above', () => {
    expect(totalOverDirectorLimit({ total: 100, director_above_amount: 100 })).toBe(false);
    expect(totalOverDirectorLimit({ total: 101, director_above_amount: 100 })).toBe(true);
    expect(totalOverDirectorLimit({ total: 101, director_above_amount: null })).toBe(false);
    expect(totalOverDirectorLimit(undefined)).toBe(false);
  });

  it('follows the server\'s own total_over when it sends one', () => {
    expect(totalOverDirectorLimit({ total: 100, director_above_amount: 100, total_over: true })).toBe(true);
    expect(totalOverDirectorLimit({ total: 101, director_above_amount: 100, total_over: false })).toBe(false);
    expect(totalOverDirectorLimit({ total: 101, director_above_amount: null, total_over: true })).toBe(false);
  });
});

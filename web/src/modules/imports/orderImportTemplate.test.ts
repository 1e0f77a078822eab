import { describe, expect, it } from 'vitest';
import { ORDER_IMPORT_REQUIRED, orderImportTemplate } from './orderImportTemplate';

function parse(csv: string): string[][] {
  // The templates hold no quoted line breaks: split lines, then fields (quotes only around commas).
  return csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n')
    .map((line) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)].slice(0, -1).map((m) => m[1].replace(/^"|"$/g, '').replace(/""/g, '"')));
}

describe('orderImportTemplate', () => {
  it('has every required Salient column and consistent example rows', () => {
    const csv = orderImportTemplate('salient');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parse(csv);
    for (const column of ORDER_IMPORT_REQUIRED.salient) expect(header).toContain(column);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) {
      expect(row).toHaveLength(header.length);
      expect(row[header.indexOf('order_date')]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number(row[header.indexOf('quantity')])).toBeGreaterThan(0);
    }
    // Two lines of the same order name the same customer (the server checks this).
    const byOrder = new Map<string, string>();
    for (const row of rows) {
      const order = row[header.indexOf('order_number')];
      const customer = row[header.indexOf('customer_code')];
      expect(byOrder.get(order) ?? customer).toBe(customer);
      byOrder.set(order, customer);
    }
  });

  it('writes the Superstore layout with net Sales and a fractional Discount', () => {
    const [header, ...rows] = parse(orderImportTemplate('superstore'));
    for (const column of ORDER_IMPORT_REQUIRED.superstore) expect(header).toContain(column);
    const first = rows[0];
    expect(first[header.indexOf('Sales')]).toBe('3416.20');
    expect(first[header.indexOf('Discount')]).toBe('0.05');
  });
});

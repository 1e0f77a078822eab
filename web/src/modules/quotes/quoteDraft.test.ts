import { describe, expect, it } from 'vitest';
import { editorLines, lineInputs, linesChanged, pricedLines, type EditorLine } from './quoteDraft';

const line = (fields: Partial<EditorLine>): EditorLine => ({ key: 'k', quantity: 1, discount_pct: 0, ...fields });
const saved = [
  { line_no: 1, product_id: 'p1', product_code: 'A', product_name: 'Chair', quantity: 2, list_price: 10000, discount_pct: 5, net_amount: 19000 },
];

describe('pricedLines / lineInputs', () => {
  it('keeps only lines with a product and a quantity, clamping the discount', () => {
    const lines = [
      line({ key: 'a', product_id: 'p1', quantity: 3, discount_pct: 12.345 }),
      line({ key: 'b' }),
      line({ key: 'c', product_id: 'p2', quantity: 0 }),
      line({ key: 'd', product_id: 'p3', quantity: 2.7, discount_pct: 140 }),
      line({ key: 'e', product_id: 'p4', quantity: 1, discount_pct: null }),
    ];
    expect(pricedLines(lines).map((l) => l.key)).toEqual(['a', 'd', 'e']);
    expect(lineInputs(lines)).toEqual([
      { product_id: 'p1', quantity: 3, discount_pct: 12.35 },
      { product_id: 'p3', quantity: 2, discount_pct: 100 },
      { product_id: 'p4', quantity: 1, discount_pct: 0 },
    ]);
  });
});

describe('linesChanged', () => {
  it('is false for the saved lines as loaded', () => {
    expect(linesChanged(editorLines(saved), saved)).toBe(false);
  });

  it('sees edits, additions and unfinished lines', () => {
    const lines = editorLines(saved);
    expect(linesChanged([{ ...lines[0], discount_pct: 20 }], saved)).toBe(true);
    expect(linesChanged([...lines, line({ key: 'x', product_id: 'p9' })], saved)).toBe(true);
    expect(linesChanged([...lines, line({ key: 'y' })], saved)).toBe(true);
  });
});

import type { QuoteLine, QuoteLineInput } from './types';

/** A line as the editor holds it: a product may not be chosen yet. */
export type EditorLine = {
  key: string;
  product_id?: string;
  /** For showing the chosen product before the search has loaded it. */
  product_name?: string;
  quantity: number | null;
  discount_pct: number | null;
};

let nextKey = 0;
export const newLineKey = () => `l${(nextKey += 1)}`;

/** The editor's copy of saved lines. */
export function editorLines(lines: readonly QuoteLine[]): EditorLine[] {
  return lines.map((l) => ({
    key: newLineKey(),
    product_id: l.product_id,
    product_name: l.product_name,
    quantity: l.quantity,
    discount_pct: l.discount_pct,
  }));
}

/**
 * The lines worth pricing or saving: those with a product and a quantity of at least
 * one, discount clamped to 0–100 with two decimals, each with its editor key.
 */
export function pricedLines(lines: readonly EditorLine[]): (QuoteLineInput & { key: string })[] {
  return lines
    .filter((l): l is EditorLine & { product_id: string } => !!l.product_id && (l.quantity ?? 0) >= 1)
    .map((l) => ({
      key: l.key,
      product_id: l.product_id,
      quantity: Math.floor(l.quantity ?? 1),
      discount_pct: Math.round(Math.min(100, Math.max(0, l.discount_pct ?? 0)) * 100) / 100,
    }));
}

/** API line bodies without the editor keys. */
export function lineInputs(lines: readonly EditorLine[]): QuoteLineInput[] {
  return pricedLines(lines).map(({ product_id, quantity, discount_pct }) => ({ product_id, quantity, discount_pct }));
}

/** Whether the editor's lines differ from the saved ones (order, product, quantity or discount). */
export function linesChanged(lines: readonly EditorLine[], saved: readonly QuoteLine[]): boolean {
  const a = lineInputs(lines);
  const b = saved.map(({ product_id, quantity, discount_pct }) => ({ product_id, quantity, discount_pct }));
  return JSON.stringify(a) !== JSON.stringify(b) || lines.some((l) => !l.product_id);
}

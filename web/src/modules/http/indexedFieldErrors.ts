import type { FieldError } from './ApiError';

/** Field errors of a list body, by item index and then by field (`''`: the item as a whole). */
export type IndexedFieldErrors<E extends FieldError = FieldError> = {
  rows: Map<number, Record<string, E>>;
  /** Errors that name no item of the list (the list itself, or other fields). */
  general: E[];
};

/**
 * Places problem+json field errors that name items of a list in the request or the record
 * (`items[2].rep_max_discount_pct`, `lines[1].discount_pct`, `items[3]`) on their index and
 * field (which may itself index a list: `actions[0].steps[1].role` → 0, `steps[1].role`); the first
 * error of a cell wins. Everything else is general.
 */
export function indexedFieldErrors<E extends FieldError>(errors: readonly E[], list: string): IndexedFieldErrors<E> {
  const pattern = new RegExp(`^${list.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\[(\\d+)\\](?:\\.([\\w.[\\]]+))?$`);
  const out: IndexedFieldErrors<E> = { rows: new Map(), general: [] };
  for (const error of errors) {
    const m = pattern.exec(error.field);
    if (!m) {
      out.general.push(error);
      continue;
    }
    const index = Number(m[1]);
    const row = out.rows.get(index) ?? {};
    const field = m[2] ?? '';
    if (!(field in row)) row[field] = error;
    out.rows.set(index, row);
  }
  return out;
}

import type { FieldError } from '../http/ApiError';
import { indexedFieldErrors } from '../http/indexedFieldErrors';
import type { AuthorityLimit, AuthorityLimitInput } from './types';

/** The cells of a row an error can sit on; `row` is the row as a whole (e.g. a duplicate). */
export const LIMIT_CELLS = [
  'zone_id',
  'product_line',
  'rep_max_discount_pct',
  'manager_max_discount_pct',
  'director_above_amount',
  'price_floor_pct',
  'discount_forbidden',
] as const;
export type LimitCell = (typeof LIMIT_CELLS)[number] | 'row';

/** What went wrong, for the UI to say in its own language; `server`: the server's message as is. */
export type LimitErrorKind = 'pct' | 'belowRep' | 'amount' | 'duplicate' | 'default' | 'server';
export type LimitError = { kind: LimitErrorKind; message: string };

export type LimitErrors = { rows: Map<number, Partial<Record<LimitCell, LimitError>>>; general: LimitError[] };

/** A client-side check's result, in the server's field names. */
export type LimitFieldError = FieldError & { kind: Exclude<LimitErrorKind, 'server'> };

export function isDefaultLimit(limit: Pick<AuthorityLimit, 'zone_id' | 'product_line'>): boolean {
  return limit.zone_id === null && limit.product_line.trim() === '';
}

/** The default row first, then every-zone rows, then by zone name and product line. */
export function orderLimits<T extends Pick<AuthorityLimit, 'zone_id' | 'zone_name' | 'product_line'>>(items: readonly T[]): T[] {
  const rank = (l: T) => (isDefaultLimit(l) ? 0 : l.zone_id === null ? 1 : 2);
  return [...items].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.zone_name ?? '').localeCompare(b.zone_name ?? '') ||
      (a.zone_id ?? '').localeCompare(b.zone_id ?? '') ||
      a.product_line.localeCompare(b.product_line),
  );
}

/** The body of `PUT`: no read-only zone name, product lines trimmed. */
export function limitInputs(items: readonly AuthorityLimit[]): AuthorityLimitInput[] {
  return items.map((l) => ({
    zone_id: l.zone_id,
    product_line: l.product_line.trim(),
    rep_max_discount_pct: l.rep_max_discount_pct,
    manager_max_discount_pct: l.manager_max_discount_pct,
    director_above_amount: l.director_above_amount,
    price_floor_pct: l.price_floor_pct,
    discount_forbidden: l.discount_forbidden,
  }));
}

const isPct = (v: number) => Number.isFinite(v) && v >= 0 && v <= 100;

/**
 * The server's checks made before saving, so every mistake shows at once (the server
 * names only the first): percents 0–100, the manager's limit not below the rep's, the
 * director amount empty or a whole number of minor units ≥ 0, no two rows for the same
 * zone and product line, exactly one default row. Same field names as the server.
 */
export function validateLimits(items: readonly AuthorityLimitInput[]): LimitFieldError[] {
  const errors: LimitFieldError[] = [];
  const seen = new Set<string>();
  let defaults = 0;
  items.forEach((l, i) => {
    const at = `items[${i}]`;
    for (const field of ['rep_max_discount_pct', 'manager_max_discount_pct', 'price_floor_pct'] as const) {
      if (!isPct(l[field])) errors.push({ field: `${at}.${field}`, message: 'must be 0..100', kind: 'pct' });
    }
    if (isPct(l.rep_max_discount_pct) && isPct(l.manager_max_discount_pct) && l.manager_max_discount_pct < l.rep_max_discount_pct) {
      errors.push({ field: `${at}.manager_max_discount_pct`, message: "must not be below the rep's limit", kind: 'belowRep' });
    }
    const amount = l.director_above_amount;
    if (amount !== null && !(Number.isInteger(amount) && amount >= 0)) {
      errors.push({ field: `${at}.director_above_amount`, message: 'must be empty or at least 0', kind: 'amount' });
    }
    const key = JSON.stringify([l.zone_id, l.product_line.trim()]);
    if (seen.has(key)) errors.push({ field: at, message: 'another row has the same zone and product line', kind: 'duplicate' });
    seen.add(key);
    if (isDefaultLimit(l)) defaults += 1;
  });
  if (defaults !== 1) errors.push({ field: 'items', message: 'exactly one default row (every zone, every line) is required', kind: 'default' });
  return errors;
}

/**
 * Places field errors — the server's (`items[2].rep_max_discount_pct`) or `validateLimits`'s
 * — on their rows and cells; an unknown field of a row counts for the row, anything else
 * is general.
 */
export function limitErrors(errors: readonly (FieldError & { kind?: LimitErrorKind })[]): LimitErrors {
  const asError = (e: FieldError & { kind?: LimitErrorKind }): LimitError => ({ kind: e.kind ?? 'server', message: e.message });
  const indexed = indexedFieldErrors(errors, 'items');
  const out: LimitErrors = { rows: new Map(), general: indexed.general.map(asError) };
  for (const [index, fields] of indexed.rows) {
    const row: Partial<Record<LimitCell, LimitError>> = {};
    for (const [field, error] of Object.entries(fields)) {
      const cell: LimitCell = (LIMIT_CELLS as readonly string[]).includes(field) ? (field as LimitCell) : 'row';
      row[cell] ??= asError(error);
    }
    out.rows.set(index, row);
  }
  return out;
}

/**
 * A row to add: the first zone (then region) that has no row for every line yet, with
 * the default row's limits; every zone when all have one.
 */
export function nextLimit(
  items: readonly AuthorityLimit[],
  zones: readonly { id: string; kind: string; name: string }[],
): AuthorityLimit {
  const base = items.find(isDefaultLimit);
  const taken = new Set(items.filter((l) => l.product_line.trim() === '').map((l) => l.zone_id));
  const free = (kind: string) => zones.find((z) => z.kind === kind && !taken.has(z.id));
  const zone = free('zone') ?? free('region');
  return {
    zone_id: zone?.id ?? null,
    zone_name: zone?.name ?? null,
    product_line: '',
    rep_max_discount_pct: base?.rep_max_discount_pct ?? 10,
    manager_max_discount_pct: base?.manager_max_discount_pct ?? 20,
    director_above_amount: base?.director_above_amount ?? null,
    price_floor_pct: base?.price_floor_pct ?? 0,
    discount_forbidden: false,
  };
}

/**
 * One row of the "power list" (docs/api.md, "Authority limits"): `zone_id` null = every
 * zone, `product_line` '' = every line; percents 0–100; `director_above_amount` in minor
 * units, null = never.
 */
export type AuthorityLimit = {
  zone_id: string | null;
  /** Read only (GET); not sent back. */
  zone_name?: string | null;
  product_line: string;
  rep_max_discount_pct: number;
  manager_max_discount_pct: number;
  director_above_amount: number | null;
  price_floor_pct: number;
  discount_forbidden: boolean;
};

/** A row as `PUT` takes it. */
export type AuthorityLimitInput = Omit<AuthorityLimit, 'zone_name'>;

import { isDefaultLimit } from '../authorityLimits/limitRows';
import type { AuthorityLimit } from '../authorityLimits/types';

/** The figures `when` turns on, from the default row of the power list. */
export type ChainLimits = {
  repMaxPct: number | null;
  managerMaxPct: number | null;
  /** Minor units; null = totals never need the director. */
  directorAbove: number | null;
  /** Rows for particular zones or product lines, which override the default. */
  overrides: number;
};

export function chainLimits(items: readonly AuthorityLimit[]): ChainLimits {
  const fallback = items.find(isDefaultLimit);
  return {
    repMaxPct: fallback?.rep_max_discount_pct ?? null,
    managerMaxPct: fallback?.manager_max_discount_pct ?? null,
    directorAbove: fallback?.director_above_amount ?? null,
    overrides: items.filter((l) => !isDefaultLimit(l)).length,
  };
}

/** The intervals' nominal coverage: 80 % and 95 %. */
export type NominalCoverage = 80 | 95;

/**
 * How an observed coverage compares with its interval's promise: `good` when close
 * enough (80 %: within ±5 points; 95 %: 90–98 %), `narrow` when too few actuals fall
 * inside (over-confident bands), `wide` when too many (bands wider than needed).
 */
export type CoverageTone = 'good' | 'narrow' | 'wide' | 'none';

const ACCEPTED: Record<NominalCoverage, [number, number]> = { 80: [75, 85], 95: [90, 98] };

export function coverageTone(nominal: NominalCoverage, coverage: number | null | undefined): CoverageTone {
  if (coverage === null || coverage === undefined || !Number.isFinite(coverage)) return 'none';
  const [low, high] = ACCEPTED[nominal];
  if (coverage < low) return 'narrow';
  return coverage > high ? 'wide' : 'good';
}

/** The range a coverage counts as good in, for the card's note. */
export function acceptedCoverage(nominal: NominalCoverage): [number, number] {
  return ACCEPTED[nominal];
}

/** Which way the forecasts lean: `even` within ±2 % of actual sales. */
export type BiasTone = 'over' | 'under' | 'even' | 'none';

export function biasTone(bias: number | null | undefined): BiasTone {
  if (bias === null || bias === undefined || !Number.isFinite(bias)) return 'none';
  if (Math.abs(bias) <= 2) return 'even';
  return bias > 0 ? 'over' : 'under';
}

/** CSS classes that colour a figure by its tone (global.css). */
export const MASE_CLASS = { good: 'mase--good', fair: 'mase--fair', poor: 'mase--poor', none: '' } as const;
export const COVERAGE_CLASS: Record<CoverageTone, string> = { good: 'coverage--good', narrow: 'coverage--off', wide: 'coverage--off', none: '' };

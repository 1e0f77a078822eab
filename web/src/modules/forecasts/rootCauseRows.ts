import type { Translate } from './modelLabel';
import { memberLabel } from './seriesLabel';
import type { RootCauseChild, RootCauseDimension } from './types';

/** One line of a dimension's ranking. */
export type RootCauseRow = {
  key: string;
  /** In the UI language where known (categories, channels, segments). */
  label: string;
  actual: number;
  expected: number;
  gap: number;
  /** Share of the series' gap in percent (may pass 100 or go negative when children offset each other). */
  sharePct: number;
  /** The share as a bar length, 0..100. */
  bar: number;
};

/** The children of one dimension, largest share of the gap first, labelled and ready to draw. */
export function rootCauseRows(dimension: RootCauseDimension, children: readonly RootCauseChild[], t: Translate): RootCauseRow[] {
  return [...children]
    .sort((a, b) => b.share - a.share)
    .map((c) => {
      const sharePct = Number.isFinite(c.share) ? c.share * 100 : 0;
      return {
        key: c.key,
        label: memberLabel(dimension, c.key, c.label || c.key, t),
        actual: c.actual,
        expected: c.expected,
        gap: c.gap,
        sharePct,
        bar: Math.min(100, Math.max(0, sharePct)),
      };
    });
}

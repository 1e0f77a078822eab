import type { Translate } from '../forecasts/modelLabel';
import type { ApprovalReason, ApprovalReasonLine } from './types';

export type ReasonFormat = {
  t: Translate;
  /** A percent value (25 → "25%"). */
  percent: (value: number) => string;
  /** An amount in minor units. */
  money: (minor: number) => string;
};

/** The most discounted line over authority (the lower limit on a tie). */
export function worstLine(lines: readonly ApprovalReasonLine[]): ApprovalReasonLine | null {
  let worst: ApprovalReasonLine | null = null;
  for (const line of lines) {
    if (
      !worst ||
      line.discount_pct > worst.discount_pct ||
      (line.discount_pct === worst.discount_pct && line.limit_pct < worst.limit_pct)
    ) {
      worst = line;
    }
  }
  return worst;
}

/** Whether the quote total is what needs the director ("total above the director threshold"). */
export function totalOverDirectorLimit(reason: ApprovalReason | null | undefined): boolean {
  if (typeof reason?.total_over === 'boolean') return reason.total_over && typeof reason.total === 'number' && typeof reason.director_above_amount === 'number';
  const total = reason?.total;
  const limit = reason?.director_above_amount;
  return typeof total === 'number' && typeof limit === 'number' && total > limit;
}

/**
 * Why a request needs approval, one short sentence per cause: "3 lines over authority:
 * max 25% vs limit 10%", "total ¥150,000.00 above ¥100,000.00 (director)". Empty when
 * the reason names neither.
 */
export function reasonParts(reason: ApprovalReason | null | undefined, format: ReasonFormat): string[] {
  const parts: string[] = [];
  const lines = reason?.lines ?? [];
  const worst = worstLine(lines);
  if (worst) {
    parts.push(
      format.t('approvals.reason.lines', {
        count: String(lines.length),
        max: format.percent(worst.discount_pct),
        limit: format.percent(worst.limit_pct),
      }),
    );
  }
  if (reason && totalOverDirectorLimit(reason)) {
    parts.push(
      format.t('approvals.reason.total', {
        total: format.money(reason.total as number),
        limit: format.money(reason.director_above_amount as number),
      }),
    );
  }
  return parts;
}

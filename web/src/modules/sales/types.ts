/** `GET /api/v1/sales/summary` (docs/api.md, "Sales summary"); amounts in minor units. */
export type SalesSummary = {
  currency: string;
  this_month: number;
  last_month: number;
  orders_this_month: number;
  orders_last_month: number;
  /** Last month up to the same point in the month as now: what this month is compared with. */
  last_month_to_date: number;
  orders_last_month_to_date: number;
  customers: number;
  /** Last 12 months, oldest first; `month` is "YYYY-MM". */
  monthly: { month: string; amount: number; orders: number }[];
  by_zone: { zone_id: string | null; zone_name: string | null; amount: number }[];
  by_category: { category: string; amount: number }[];
  top_customers: { id: string; name: string; amount: number }[];
  /** Open opportunities per open stage, in pipeline order (empty without opportunity read). */
  pipeline: PipelineStage[];
  /** Opportunities won / lost over the last 12 months. */
  won_12m: number;
  lost_12m: number;
  /** won / (won + lost), 0..1; null when nothing closed. */
  win_rate: number | null;
};

/** One open stage of the caller's pipeline; amounts in minor units, weighted by the stage probability. */
export type PipelineStage = {
  stage: string;
  label_zh: string;
  label_en: string;
  count: number;
  amount: number;
  weighted_amount: number;
};

/** `GET /api/v1/sales/summary` (docs/api.md, "Sales summary"); amounts in minor units. */
export type SalesSummary = {
  currency: string;
  this_month: number;
  last_month: number;
  orders_this_month: number;
  orders_last_month: number;
  customers: number;
  /** Last 12 months, oldest first; `month` is "YYYY-MM". */
  monthly: { month: string; amount: number; orders: number }[];
  by_zone: { zone_id: string | null; zone_name: string | null; amount: number }[];
  by_category: { category: string; amount: number }[];
  top_customers: { id: string; name: string; amount: number }[];
};

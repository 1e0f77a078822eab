export type OrderStatus =
  | 'created'
  | 'credit_check'
  | 'confirmed'
  | 'picking'
  | 'shipped'
  | 'delivered'
  | 'closed'
  | 'cancelled';

/** `order` as the API returns it (docs/api.md, "Orders"); money in minor units. */
export type Order = {
  id: string;
  number: string;
  customer_id: string;
  customer_name: string;
  owner_id: string | null;
  owner_name: string | null;
  zone_id: string | null;
  zone_name: string | null;
  channel: string;
  status: OrderStatus | string;
  /** A calendar date (`YYYY-MM-DD`) or an instant. */
  order_date: string;
  ship_date: string | null;
  ship_mode: string | null;
  currency: string;
  /** List value of the lines, before discounts. */
  subtotal: number;
  discount_total: number;
  total: number;
  line_count: number;
  version: number;
  created_at: string;
  updated_at: string;
};

export type OrderLine = {
  line_no: number;
  product_id: string;
  product_code: string;
  product_name: string;
  quantity: number;
  list_price: number;
  /** Percent, 0–100. */
  discount_pct: number;
  net_amount: number;
};

export type OrderStatusChange = {
  from_status: string | null;
  to_status: string;
  actor_name: string | null;
  note: string | null;
  at: string;
};

export type OrderDetail = Order & { lines: OrderLine[]; timeline: OrderStatusChange[] };

export type OrderFilters = {
  q?: string;
  status?: string;
  customer_id?: string;
  channel?: string;
  zone_id?: string;
  owner_id?: string;
  /** Dates (`YYYY-MM-DD`) on `order_date`, inclusive. */
  from?: string;
  to?: string;
  sort?: string;
  limit: number;
  offset: number;
};

export type OrderStatusInput = { status: string; version: number; note?: string };

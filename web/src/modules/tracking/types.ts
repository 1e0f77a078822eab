/** `GET /api/v1/track/{token}`: what the customer sees of an order — no prices and no people. */
export type TrackedOrder = {
  number: string;
  status: string;
  /** `YYYY-MM-DD` (or an instant). */
  order_date: string;
  ship_date: string | null;
  ship_mode: string | null;
  items: { product_name: string; quantity: number }[];
  timeline: { status: string; at: string }[];
};

/** `POST /api/v1/orders/{id}/tracking-link`. */
export type TrackingLink = { token: string; path: string };

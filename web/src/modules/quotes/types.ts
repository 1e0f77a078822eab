import type { ApprovalStep } from '../approvals/types';
import type { Order } from '../orders/types';

export type QuoteStatus =
  | 'draft'
  | 'submitted'
  | 'pending_approval'
  | 'approved'
  | 'rejected'
  | 'accepted'
  | 'converted'
  | 'expired'
  | 'cancelled';

export type QuoteLine = {
  line_no: number;
  product_id: string;
  product_code: string;
  product_name: string;
  quantity: number;
  /** Unit price before discount (the customer's price list, or the product's list price). */
  list_price: number;
  /** Percent, 0–100. */
  discount_pct: number;
  net_amount: number;
};

export type QuoteStatusChange = {
  from_status: string | null;
  to_status: string;
  actor_name: string | null;
  note: string | null;
  at: string;
};

/** `quote` as the API returns it (docs/api.md, "Quotes"); money in minor units. */
export type Quote = {
  id: string;
  number: string;
  customer_id: string;
  customer_name: string;
  owner_id: string | null;
  owner_name: string | null;
  zone_id: string | null;
  opportunity_id: string | null;
  status: QuoteStatus | string;
  currency: string;
  /** List value of the lines, before discounts. */
  subtotal: number;
  discount_total: number;
  total: number;
  /** The largest line discount, percent. */
  max_discount_pct: number;
  valid_until: string;
  submitted_at: string | null;
  order_id: string | null;
  version: number;
  created_at: string;
  updated_at: string;
  /** Always on GET by id and on writes; may be absent from list items. */
  lines?: QuoteLine[];
  timeline?: QuoteStatusChange[];
};

export type QuoteFilters = {
  q?: string;
  status?: string;
  customer_id?: string;
  owner_id?: string;
  /** created_at, total, valid_until, number; `-` for descending. */
  sort?: string;
  limit: number;
  offset: number;
};

export type QuoteLineInput = { product_id: string; quantity: number; discount_pct: number };

/** Body of `POST /quotes` and `POST /quotes/preview`. */
export type QuoteDraftInput = {
  customer_id: string;
  opportunity_id?: string;
  /** `YYYY-MM-DD`; the server defaults to 30 days ahead. */
  valid_until?: string;
  lines: QuoteLineInput[];
};

/** A status move: submit, accept, convert, cancel (approval goes through /approvals). */
export type QuoteAction = 'submit' | 'accept' | 'convert' | 'cancel';

export type QuoteActionInput = { version: number; note?: string };

/** The approval chain a submit started (docs/api.md, "Quotes" and "Approvals"). */
export type QuoteSubmitApproval = { id: string; status: string; steps: ApprovalStep[] };

/** `POST /quotes/{id}/submit`: `approved` (within the submitter's authority) or `pending_approval` with the chain. */
export type QuoteSubmitResult = Quote & { approval?: QuoteSubmitApproval | null };

export type QuoteConversion = { quote: Quote; order: Order };

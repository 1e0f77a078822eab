/** A webhook subscription (docs/api.md, "Webhooks out"); the secret itself is shown once, on creation. */
export type Webhook = {
  id: string;
  name: string;
  url: string;
  /** Event topics (`quote.submitted`…) or `*` for all. */
  topics: string[];
  /** The secret's last characters ("…hIY4"). */
  secret_hint: string;
  active: boolean;
  version: number;
  created_at: string;
  updated_at: string;
};

/** `POST /webhooks` answers with the signing secret, this once. */
export type CreatedWebhook = Webhook & { secret: string };

export type WebhookInput = { name: string; url: string; topics: string[]; active: boolean };

/**
 * `retrying`: the last attempt failed and the next is due at `next_attempt_at`; `failed`: no
 * more attempts (a replay sends it again).
 */
export type DeliveryStatus = 'pending' | 'delivered' | 'retrying' | 'failed';

export type WebhookDelivery = {
  id: string;
  event_id: string;
  topic: string;
  status: DeliveryStatus | string;
  attempts: number;
  response_code: number | null;
  response_body: string | null;
  last_error: string | null;
  created_at: string;
  last_attempt_at: string | null;
  /** When `retrying`: the next automatic attempt. */
  next_attempt_at: string | null;
  delivered_at: string | null;
};

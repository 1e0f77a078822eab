-- Webhooks out: subscriptions per event topic, and one delivery per (webhook, event) with
-- every attempt's outcome.
CREATE TABLE webhooks (
  id BIGINT PRIMARY KEY,
  name TEXT NOT NULL,
  url TEXT NOT NULL,
  topics TEXT NOT NULL,                 -- JSON array of topics; ["*"] = every topic
  secret TEXT NOT NULL,                 -- HMAC-SHA256 key; shown once at creation
  active SMALLINT NOT NULL DEFAULT 1,
  version INTEGER NOT NULL DEFAULT 1,
  created_by BIGINT REFERENCES users(id),
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);

CREATE TABLE webhook_deliveries (
  id BIGINT PRIMARY KEY,
  webhook_id BIGINT NOT NULL REFERENCES webhooks(id) ON DELETE CASCADE,
  event_id BIGINT NOT NULL,
  topic TEXT NOT NULL,
  body TEXT NOT NULL,                   -- exactly the bytes that are signed and sent
  status TEXT NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
  attempts INTEGER NOT NULL DEFAULT 0,
  response_code INTEGER,
  response_body TEXT,
  last_error TEXT,
  created_at BIGINT NOT NULL,
  last_attempt_at BIGINT,
  delivered_at BIGINT,
  UNIQUE (webhook_id, event_id)
);
CREATE INDEX webhook_deliveries_webhook ON webhook_deliveries (webhook_id, created_at);

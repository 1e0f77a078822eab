-- Saved list views per user, and idempotency keys for safe client retries of creates.
CREATE TABLE saved_views (
  id BIGINT PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES users(id),
  object TEXT NOT NULL,
  name TEXT NOT NULL,
  query TEXT NOT NULL,
  is_default SMALLINT NOT NULL DEFAULT 0,
  version INTEGER NOT NULL DEFAULT 1,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  UNIQUE (user_id, object, name)
);

CREATE TABLE idempotency_keys (
  user_id BIGINT NOT NULL,
  key TEXT NOT NULL,
  method TEXT NOT NULL,
  path TEXT NOT NULL,
  status INTEGER,
  content_type TEXT,
  body TEXT,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (user_id, key)
);
CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);

-- Uploaded import files and their outcome. The work runs as a durable job; progress
-- while it runs is kept in memory on the node doing it.
CREATE TABLE imports (
  id BIGINT PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES users(id),
  kind TEXT NOT NULL CHECK (kind IN ('orders')),
  status TEXT NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed')),
  dry_run SMALLINT NOT NULL DEFAULT 0,
  skip_bad_rows SMALLINT NOT NULL DEFAULT 0,
  file_name TEXT,
  content TEXT NOT NULL,
  report TEXT,
  error TEXT,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX imports_user ON imports (user_id, created_at);

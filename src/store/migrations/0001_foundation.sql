-- Foundation: roles, org tree, users, sessions, audit log, outbox, jobs, notifications.
-- Portable SQL for SQLite and PostgreSQL: ids BIGINT from the application, times as
-- BIGINT epoch milliseconds, booleans as SMALLINT 0/1, JSON as TEXT.

CREATE TABLE roles (
  name TEXT PRIMARY KEY,
  label_zh TEXT NOT NULL,
  label_en TEXT NOT NULL,
  permissions TEXT NOT NULL,
  hidden_fields TEXT NOT NULL,
  builtin SMALLINT NOT NULL DEFAULT 0,
  version INTEGER NOT NULL DEFAULT 1,
  updated_at BIGINT NOT NULL
);

CREATE TABLE zones (
  id BIGINT PRIMARY KEY,
  parent_id BIGINT REFERENCES zones(id),
  kind TEXT NOT NULL CHECK (kind IN ('company', 'region', 'zone')),
  name TEXT NOT NULL,
  code TEXT NOT NULL UNIQUE,
  manager_id BIGINT,
  version INTEGER NOT NULL DEFAULT 1,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX zones_parent ON zones (parent_id);

CREATE TABLE users (
  id BIGINT PRIMARY KEY,
  username TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  email TEXT,
  phone TEXT,
  locale TEXT NOT NULL DEFAULT 'zh-CN',
  time_zone TEXT NOT NULL DEFAULT 'Asia/Shanghai',
  role TEXT NOT NULL REFERENCES roles(name),
  zone_id BIGINT REFERENCES zones(id),
  active SMALLINT NOT NULL DEFAULT 1,
  password_hash TEXT NOT NULL,
  failed_logins INTEGER NOT NULL DEFAULT 0,
  next_login_at BIGINT NOT NULL DEFAULT 0,
  locked_until BIGINT NOT NULL DEFAULT 0,
  version INTEGER NOT NULL DEFAULT 1,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX users_zone ON users (zone_id);

CREATE TABLE sessions (
  id BIGINT PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES users(id),
  token_hash TEXT NOT NULL UNIQUE,
  csrf_token TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  revoked_at BIGINT,
  user_agent TEXT,
  ip TEXT
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE audit_log (
  id BIGINT PRIMARY KEY,
  at BIGINT NOT NULL,
  actor_id BIGINT,
  action TEXT NOT NULL,
  object TEXT NOT NULL,
  object_id BIGINT,
  before_json TEXT,
  after_json TEXT,
  request_id TEXT
);
CREATE INDEX audit_log_object ON audit_log (object, object_id);
CREATE INDEX audit_log_actor ON audit_log (actor_id, id);

CREATE TABLE outbox (
  id BIGINT PRIMARY KEY,
  topic TEXT NOT NULL,
  object TEXT NOT NULL,
  object_id BIGINT,
  actor_id BIGINT,
  payload TEXT NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE INDEX outbox_created ON outbox (created_at);

CREATE TABLE outbox_consumers (
  name TEXT PRIMARY KEY,
  last_id BIGINT NOT NULL
);

CREATE TABLE jobs (
  id BIGINT PRIMARY KEY,
  kind TEXT NOT NULL,
  payload TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed')),
  run_at BIGINT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  max_attempts INTEGER NOT NULL DEFAULT 5,
  lease_until BIGINT NOT NULL DEFAULT 0,
  leased_by TEXT,
  last_error TEXT,
  dedupe_key TEXT UNIQUE,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX jobs_due ON jobs (status, run_at);

CREATE TABLE notifications (
  id BIGINT PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES users(id),
  kind TEXT NOT NULL,
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  link TEXT,
  read_at BIGINT,
  created_at BIGINT NOT NULL
);
CREATE INDEX notifications_user ON notifications (user_id, id);

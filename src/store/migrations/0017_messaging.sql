-- Messaging: a thread per record and one per pair of people, messages with @mentions,
-- attachments (files and voice notes) kept in the database so every node serves them.
CREATE TABLE message_threads (
  id BIGINT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('record', 'direct')),
  object TEXT,
  object_id BIGINT,
  direct_key TEXT UNIQUE,               -- "<smaller user id>:<larger user id>"
  last_message_at BIGINT,
  created_at BIGINT NOT NULL,
  UNIQUE (object, object_id)
);

-- Who follows a thread and what they have read: posters, the mentioned, readers.
CREATE TABLE thread_participants (
  thread_id BIGINT NOT NULL REFERENCES message_threads(id),
  user_id BIGINT NOT NULL REFERENCES users(id),
  last_read_at BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (thread_id, user_id)
);
CREATE INDEX thread_participants_user ON thread_participants (user_id);

CREATE TABLE messages (
  id BIGINT PRIMARY KEY,
  thread_id BIGINT NOT NULL REFERENCES message_threads(id),
  author_id BIGINT REFERENCES users(id),  -- NULL: posted by a workflow rule
  body TEXT NOT NULL,
  mentions TEXT NOT NULL DEFAULT '[]',  -- JSON array of user ids
  created_at BIGINT NOT NULL
);
CREATE INDEX messages_thread ON messages (thread_id, created_at);

CREATE TABLE message_attachments (
  id BIGINT PRIMARY KEY,
  message_id BIGINT NOT NULL REFERENCES messages(id),
  kind TEXT NOT NULL CHECK (kind IN ('file', 'voice')),
  file_name TEXT NOT NULL,
  content_type TEXT NOT NULL,
  size_bytes BIGINT NOT NULL,
  duration_ms BIGINT,
  data TEXT NOT NULL,                   -- base64
  created_at BIGINT NOT NULL
);
CREATE INDEX message_attachments_message ON message_attachments (message_id);

-- Kinds of in-app notification a user turned off (security notices cannot be).
CREATE TABLE notification_mutes (
  user_id BIGINT NOT NULL REFERENCES users(id),
  kind TEXT NOT NULL,
  PRIMARY KEY (user_id, kind)
);

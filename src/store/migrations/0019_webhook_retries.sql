-- When a failed delivery is tried again (NULL: no retry is scheduled). A failed delivery
-- with a next attempt reads as "retrying" in the API; without one, it has given up.
ALTER TABLE webhook_deliveries ADD COLUMN next_attempt_at BIGINT;

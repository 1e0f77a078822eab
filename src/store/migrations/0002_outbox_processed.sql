-- Durable outbox consumers remember each event they processed, so an event is
-- handled once per consumer even when it commits after a later one.
CREATE TABLE outbox_processed (
  consumer TEXT NOT NULL,
  event_id BIGINT NOT NULL,
  processed_at BIGINT NOT NULL,
  PRIMARY KEY (consumer, event_id)
);

-- Band alert thresholds per product category and channel ('' = any), and the alerts
-- raised when daily sales stay outside the forecast band.
CREATE TABLE forecast_alert_rules (
  id BIGINT PRIMARY KEY,
  category TEXT NOT NULL DEFAULT '',
  channel TEXT NOT NULL DEFAULT '',
  threshold_pct DOUBLE PRECISION NOT NULL CHECK (threshold_pct > 0 AND threshold_pct <= 100),
  consecutive_days INTEGER NOT NULL CHECK (consecutive_days BETWEEN 1 AND 60),
  updated_by BIGINT REFERENCES users(id),
  updated_at BIGINT NOT NULL,
  UNIQUE (category, channel)
);

CREATE TABLE forecast_alerts (
  id BIGINT PRIMARY KEY,
  level TEXT NOT NULL,
  series_key TEXT NOT NULL,
  label TEXT NOT NULL,
  zone_id BIGINT REFERENCES zones(id),
  direction SMALLINT NOT NULL CHECK (direction IN (-1, 1)),
  first_period TEXT NOT NULL,
  fired_period TEXT NOT NULL,
  actual DOUBLE PRECISION NOT NULL,     -- summed over the streak up to fired_period
  forecast DOUBLE PRECISION NOT NULL,
  threshold_pct DOUBLE PRECISION NOT NULL,
  consecutive_days INTEGER NOT NULL,
  root_cause TEXT NOT NULL,             -- JSON, see docs/api.md
  status TEXT NOT NULL CHECK (status IN ('open', 'acknowledged', 'resolved')),
  note TEXT,
  acknowledged_by BIGINT REFERENCES users(id),
  resolved_by BIGINT REFERENCES users(id),
  version INTEGER NOT NULL DEFAULT 1,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  UNIQUE (level, series_key, first_period)
);
CREATE INDEX forecast_alerts_status ON forecast_alerts (status, created_at);

-- The default rule of the brief: ±15% for 3 days in a row.
INSERT INTO forecast_alert_rules (id, category, channel, threshold_pct, consecutive_days, updated_at)
VALUES (1, '', '', 15, 3, 0);

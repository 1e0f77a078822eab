-- Forecast snapshots: every run keeps what it forecast, per level and series, so accuracy
-- can be scored later against the actuals that arrived after `as_of`.
CREATE TABLE forecast_runs (
  id BIGINT PRIMARY KEY,
  as_of TEXT NOT NULL,                -- YYYY-MM-DD: the data the run learnt from ended before it
  status TEXT NOT NULL CHECK (status IN ('running', 'succeeded', 'failed', 'blocked')),
  engine TEXT NOT NULL,
  health_score DOUBLE PRECISION,
  message TEXT,
  series_count INTEGER NOT NULL DEFAULT 0,
  alerts_raised INTEGER NOT NULL DEFAULT 0,
  progress DOUBLE PRECISION NOT NULL DEFAULT 0,  -- 0..1 while running
  phase TEXT,                                    -- what it is doing, e.g. 'monthly zone_category'
  seconds DOUBLE PRECISION,
  requested_by BIGINT REFERENCES users(id),
  started_at BIGINT NOT NULL,
  finished_at BIGINT
);
CREATE INDEX forecast_runs_started ON forecast_runs (started_at);

CREATE TABLE forecast_series (
  run_id BIGINT NOT NULL REFERENCES forecast_runs(id) ON DELETE CASCADE,
  frequency TEXT NOT NULL,
  level TEXT NOT NULL,
  series_key TEXT NOT NULL,           -- "zone=EAST|category=Furniture"
  label TEXT NOT NULL,
  zone_id BIGINT,                     -- for record scope; NULL when the level has no zone
  model TEXT NOT NULL,
  model_detail TEXT,
  backtest_mase DOUBLE PRECISION,
  scale DOUBLE PRECISION NOT NULL,    -- MASE denominator of the training data
  drivers TEXT NOT NULL DEFAULT '[]', -- JSON [{feature, contribution}]: the global model's SHAP top 5
  PRIMARY KEY (run_id, frequency, level, series_key)
);

CREATE TABLE forecast_points (
  run_id BIGINT NOT NULL REFERENCES forecast_runs(id) ON DELETE CASCADE,
  frequency TEXT NOT NULL,
  level TEXT NOT NULL,
  series_key TEXT NOT NULL,
  period TEXT NOT NULL,               -- YYYY-MM-DD period label
  point DOUBLE PRECISION NOT NULL,
  lo80 DOUBLE PRECISION NOT NULL,
  hi80 DOUBLE PRECISION NOT NULL,
  lo95 DOUBLE PRECISION NOT NULL,
  hi95 DOUBLE PRECISION NOT NULL,
  PRIMARY KEY (run_id, frequency, level, series_key, period)
);

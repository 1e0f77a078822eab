-- External indicators (macro or market series) uploaded as CSV; the global forecasting
-- model joins them by date, and by dimension member when one is given ('' = everywhere).
CREATE TABLE forecast_indicators (
  name TEXT NOT NULL,
  day TEXT NOT NULL,                -- YYYY-MM-DD
  dimension TEXT NOT NULL DEFAULT '',
  member TEXT NOT NULL DEFAULT '',
  value DOUBLE PRECISION NOT NULL,
  uploaded_by BIGINT REFERENCES users(id),
  uploaded_at BIGINT NOT NULL,
  PRIMARY KEY (name, day, dimension, member)
);

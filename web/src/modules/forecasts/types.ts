/** Types of the forecasting API (docs/api.md, "Forecasting"); amounts in minor units. */

export type ForecastLevel = 'total' | 'zone' | 'category' | 'zone_category' | 'channel' | 'segment';
export type ForecastFrequency = 'monthly' | 'daily';
export type ForecastRunStatus = 'running' | 'succeeded' | 'failed' | 'blocked';

/** One run of the forecast refresh; `as_of` is a YYYY-MM-DD day, the times ISO instants. */
export type ForecastRun = {
  id: string;
  as_of: string;
  status: ForecastRunStatus;
  /** Data health 0..1 checked before training (below the threshold the run is `blocked`). */
  health_score: number | null;
  message: string | null;
  series_count: number;
  seconds: number | null;
  started_at: string;
  finished_at: string | null;
};

/** `GET /forecasts/levels`: the levels the caller may see. */
export type ForecastLevels = {
  items: { level: ForecastLevel; dimensions: string[] }[];
  frequencies: ForecastFrequency[];
  latest_run: ForecastRun | null;
};

/** An actual: the sales of the period labelled `date` (YYYY-MM-DD). */
export type ForecastActual = { date: string; value: number };

/** A forecast period: the point forecast and its 80 % and 95 % intervals. */
export type ForecastPoint = {
  date: string;
  point: number;
  lo80: number;
  hi80: number;
  lo95: number;
  hi95: number;
};

export type ForecastSeries = {
  /** "zone=EAST|category=Furniture"; "total" for the total. */
  key: string;
  /** The members' names joined with " / " ("East / Furniture"). */
  label: string;
  members: Record<string, string>;
  /** "snaive", "theta", "ets", "tsb", "boost" or "ensemble(a+b…)". */
  model: string;
  /** E.g. "ETS(M,Ad,M)" when ETS is (part of) the model. */
  model_detail: string | null;
  /** Mean absolute scaled error of the backtest; null when nothing could be backtested. */
  backtest_mase: number | null;
  /** Actuals up to today, oldest first: past `run.as_of` they show how the forecast did. */
  history: ForecastActual[];
  forecast: ForecastPoint[];
};

/** `GET /forecasts?level&frequency`: the latest successful run's series of one level. */
export type ForecastResult = {
  run: ForecastRun | null;
  level: ForecastLevel;
  frequency: ForecastFrequency;
  series: ForecastSeries[];
};

export type ForecastRunQueued = { job_id: string };

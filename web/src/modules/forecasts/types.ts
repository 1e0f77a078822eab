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
  /** Band alerts this (live) run raised. */
  alerts_raised?: number;
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

/**
 * A feature of the global (XGBoost) model and its mean SHAP contribution over the horizon,
 * on the model's log scale: positive pushes the forecast up. Features: `lag_N`, `mean_N`,
 * `level_vs_history`, calendar ones, `series`, `discount_pct`, `visits`, `indicator:NAME`.
 */
export type ForecastDriver = { feature: string; contribution: number };

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
  /** The global model's top 5 features for this forecast; empty when the model has no global part. */
  drivers: ForecastDriver[];
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

/** Accuracy figures of one group of scored forecast periods (percentages of actual sales). */
export type AccuracyFigures = {
  /** Forecast periods scored. */
  n: number;
  /** Weighted absolute percentage error: Σ|actual − forecast| / Σ actual, in %. */
  wape: number | null;
  /** Σ(forecast − actual) / Σ actual, in %: positive = over-forecast. */
  bias: number | null;
  /** Mean absolute error over the series' training MASE scale (below 1 beats seasonal naive). */
  mase: number | null;
  /** Percent of actuals inside the 80 % / 95 % interval. */
  coverage80: number | null;
  coverage95: number | null;
};

/** `GET /forecasts/accuracy`: every stored forecast whose period has completed, scored. */
export type ForecastAccuracy = {
  frequency: ForecastFrequency;
  overall: AccuracyFigures;
  by_level: (AccuracyFigures & { level: ForecastLevel })[];
  by_model: (AccuracyFigures & { model: string })[];
  /** `step` 1 is the period that contains the run's `as_of`. */
  by_horizon: (AccuracyFigures & { step: number })[];
  by_run: (AccuracyFigures & { run_id: string; as_of: string })[];
};

export type AlertStatus = 'open' | 'acknowledged' | 'resolved';
export type AlertDirection = 'above' | 'below';

/** A band alert (docs/api.md, "Band alerts"); periods are YYYY-MM-DD days, amounts minor units. */
export type ForecastAlert = {
  id: string;
  level: ForecastLevel;
  /** "zone=EAST|category=Furniture", "total". */
  series_key: string;
  label: string;
  zone_id: string | null;
  direction: AlertDirection;
  /** First and last (the alert's) day of the streak outside the band. */
  first_period: string;
  fired_period: string;
  /** Sums over the streak. */
  actual: number;
  forecast: number;
  /** (actual − forecast) / forecast over the streak, in %. */
  gap_pct: number;
  /** The rule that applied. */
  threshold_pct: number;
  consecutive_days: number;
  status: AlertStatus;
  note: string;
  version: number;
  created_at: string;
  updated_at: string;
};

export type RootCauseDimension = 'zone' | 'category' | 'channel' | 'segment' | 'customer' | 'product';

/** One member of a dimension: its sales over the streak against its own baseline. */
export type RootCauseChild = {
  key: string;
  label: string;
  actual: number;
  expected: number;
  gap: number;
  /** Its part of the series' gap, as a fraction (0.44 = 44 %). */
  share: number;
};

/** A day the alert was judged on; `lo80`/`hi80` are null on a day no forecast covered. */
export type AlertWindowDay = {
  date: string;
  actual: number;
  forecast: number | null;
  lo80: number | null;
  hi80: number | null;
};

export type ForecastAlertDetail = ForecastAlert & {
  root_cause: {
    /** Days before the streak that make each child's baseline. */
    baseline_days: number;
    by: { dimension: RootCauseDimension; children: RootCauseChild[] }[];
    window: AlertWindowDay[];
    /** The drivers of the forecast the alert was judged against. */
    drivers: ForecastDriver[];
  };
};

/** A threshold rule; `''` = any category / any channel. */
export type AlertRule = {
  category: string;
  channel: string;
  threshold_pct: number;
  consecutive_days: number;
};

/** An uploaded external indicator (docs/api.md, "External indicators"); dates YYYY-MM-DD. */
export type ForecastIndicator = {
  name: string;
  rows: number;
  first: string;
  last: string;
  /** Distinct dimension members (the rows that apply everywhere count as one). */
  members: number;
  uploaded_at: string;
};

export type IndicatorUploaded = { name: string; rows: number };

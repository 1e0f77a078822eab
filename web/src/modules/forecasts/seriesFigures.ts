import type { ForecastPoint, ForecastSeries } from './types';

export type SeriesFigures = {
  /** The first forecast period, or null for a series without a forecast. */
  next: ForecastPoint | null;
  /** The point forecasts of the whole horizon added up. */
  horizonTotal: number;
  /** How many periods ahead the forecast goes. */
  horizon: number;
};

/** The headline figures of a series' forecast. */
export function seriesFigures(series: Pick<ForecastSeries, 'forecast'>): SeriesFigures {
  const forecast = series.forecast;
  return {
    next: forecast[0] ?? null,
    horizonTotal: forecast.reduce((sum, p) => sum + p.point, 0),
    horizon: forecast.length,
  };
}

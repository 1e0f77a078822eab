import { request } from '../http/request';
import type { ForecastFrequency, ForecastLevel, ForecastLevels, ForecastResult, ForecastRun, ForecastRunQueued } from './types';

export const forecastsApi = {
  levels: (signal?: AbortSignal) => request<ForecastLevels>('/forecasts/levels', { signal }),
  get: (level: ForecastLevel, frequency: ForecastFrequency, signal?: AbortSignal) =>
    request<ForecastResult>('/forecasts', { query: { level, frequency }, signal }),
  runs: (signal?: AbortSignal) => request<{ items: ForecastRun[] }>('/forecasts/runs', { signal }),
  /** Queues a refresh (needs `forecast:update`); the run then shows in `runs`. */
  startRun: () => request<ForecastRunQueued>('/forecasts/runs', { method: 'POST', body: {} }),
};

import { request } from '../http/request';
import type {
  AlertRule,
  ForecastAccuracy,
  ForecastAlert,
  ForecastAlertDetail,
  ForecastFrequency,
  ForecastIndicator,
  ForecastLevel,
  ForecastLevels,
  ForecastResult,
  ForecastRun,
  ForecastRunQueued,
  IndicatorUploaded,
} from './types';

export const forecastsApi = {
  levels: (signal?: AbortSignal) => request<ForecastLevels>('/forecasts/levels', { signal }),
  get: (level: ForecastLevel, frequency: ForecastFrequency, signal?: AbortSignal) =>
    request<ForecastResult>('/forecasts', { query: { level, frequency }, signal }),
  runs: (signal?: AbortSignal) => request<{ items: ForecastRun[] }>('/forecasts/runs', { signal }),
  /** Queues a refresh (needs `forecast:update`); the run then shows in `runs`. */
  startRun: () => request<ForecastRunQueued>('/forecasts/runs', { method: 'POST', body: {} }),
  accuracy: (frequency: ForecastFrequency, signal?: AbortSignal) =>
    request<ForecastAccuracy>('/forecasts/accuracy', { query: { frequency }, signal }),
  /** Every alert the caller may see, newest first (`alert:read`). */
  alerts: (signal?: AbortSignal) => request<{ items: ForecastAlert[] }>('/forecast-alerts', { signal }),
  alert: (id: string, signal?: AbortSignal) => request<ForecastAlertDetail>(`/forecast-alerts/${encodeURIComponent(id)}`, { signal }),
  /** open → acknowledged, or → resolved (`alert:update`); 409 when someone already moved it on. */
  moveAlert: (id: string, action: 'acknowledge' | 'resolve', note: string) =>
    request<ForecastAlertDetail>(`/forecast-alerts/${encodeURIComponent(id)}/${action}`, {
      method: 'POST',
      body: note ? { note } : {},
    }),
  alertRules: (signal?: AbortSignal) => request<{ items: AlertRule[] }>('/forecast-alert-rules', { signal }),
  /** Replaces every rule (`alert:create`); exactly one default (`''`, `''`) rule. */
  saveAlertRules: (items: AlertRule[]) =>
    request<{ items: AlertRule[] }>('/forecast-alert-rules', { method: 'PUT', body: { items } }),
  indicators: (signal?: AbortSignal) => request<{ items: ForecastIndicator[] }>('/forecast-indicators', { signal }),
  /** Replaces one indicator with the CSV as is (`forecast:update`); 422 lists every bad line. */
  uploadIndicator: (name: string, csv: string) =>
    request<IndicatorUploaded>(`/forecast-indicators/${encodeURIComponent(name)}`, {
      method: 'PUT',
      upload: { data: csv, contentType: 'text/csv' },
    }),
  deleteIndicator: (name: string) => request<void>(`/forecast-indicators/${encodeURIComponent(name)}`, { method: 'DELETE' }),
};

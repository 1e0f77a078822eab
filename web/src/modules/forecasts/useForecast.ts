import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { forecastsApi } from './forecastsApi';
import type { ForecastFrequency, ForecastLevel } from './types';

export const forecastSeriesQueryKey = ['forecasts', 'series'] as const;

/** Every series of one level from the latest successful run; the last level stays shown while the next loads. */
export function useForecast(level: ForecastLevel | undefined, frequency: ForecastFrequency) {
  return useQuery({
    queryKey: [...forecastSeriesQueryKey, level, frequency],
    queryFn: ({ signal }) => forecastsApi.get(level ?? 'total', frequency, signal),
    enabled: !!level,
    placeholderData: keepPreviousData,
  });
}

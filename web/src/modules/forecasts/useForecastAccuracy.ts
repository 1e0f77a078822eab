import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { forecastsApi } from './forecastsApi';
import type { ForecastFrequency } from './types';

export const forecastAccuracyQueryKey = ['forecasts', 'accuracy'] as const;

/** How the stored forecasts did against the actuals that came later; the last frequency stays shown while the next loads. */
export function useForecastAccuracy(frequency: ForecastFrequency) {
  return useQuery({
    queryKey: [...forecastAccuracyQueryKey, frequency],
    queryFn: ({ signal }) => forecastsApi.accuracy(frequency, signal),
    placeholderData: keepPreviousData,
  });
}

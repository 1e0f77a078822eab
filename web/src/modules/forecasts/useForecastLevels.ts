import { useQuery } from '@tanstack/react-query';
import { forecastsApi } from './forecastsApi';

export const forecastLevelsQueryKey = ['forecasts', 'levels'] as const;

/** The levels and frequencies the caller may explore. */
export function useForecastLevels() {
  return useQuery({ queryKey: forecastLevelsQueryKey, queryFn: ({ signal }) => forecastsApi.levels(signal) });
}

import { useQuery } from '@tanstack/react-query';
import { forecastsApi } from './forecastsApi';

export const forecastIndicatorsQueryKey = ['forecasts', 'indicators'] as const;

/** The uploaded external indicators, by name. */
export function useForecastIndicators() {
  return useQuery({ queryKey: forecastIndicatorsQueryKey, queryFn: ({ signal }) => forecastsApi.indicators(signal) });
}

import { useQuery } from '@tanstack/react-query';
import { forecastsApi } from './forecastsApi';

export const alertRulesQueryKey = ['forecasts', 'alertRules'] as const;

/** The band alert thresholds per category and channel. */
export function useAlertRules() {
  return useQuery({ queryKey: alertRulesQueryKey, queryFn: ({ signal }) => forecastsApi.alertRules(signal) });
}

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { messageConcerns } from '../realtime/messageConcerns';
import { subscribeRealtime } from '../realtime/realtimeBus';
import { forecastsApi } from './forecastsApi';

export const forecastAlertsQueryKey = ['forecasts', 'alerts'] as const;

/**
 * Every band alert the caller may see, newest first (one list: the status tabs filter
 * and count it). Reloads when the server pushes a new alert's notification.
 */
export function useForecastAlerts(enabled = true) {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!enabled) return undefined;
    return subscribeRealtime((message) => {
      if (messageConcerns(message, '/forecasts/alerts', 'forecast_alert')) void queryClient.invalidateQueries({ queryKey: forecastAlertsQueryKey });
    });
  }, [enabled, queryClient]);
  return useQuery({
    queryKey: forecastAlertsQueryKey,
    queryFn: ({ signal }) => forecastsApi.alerts(signal),
    enabled,
  });
}

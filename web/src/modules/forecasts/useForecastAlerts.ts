import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
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
      const alertNews =
        message.type === 'notification'
          ? message.notification.link?.startsWith('/forecasts/alerts')
          : message.topic.startsWith('forecast_alert');
      if (alertNews) void queryClient.invalidateQueries({ queryKey: forecastAlertsQueryKey });
    });
  }, [enabled, queryClient]);
  return useQuery({
    queryKey: forecastAlertsQueryKey,
    queryFn: ({ signal }) => forecastsApi.alerts(signal),
    enabled,
  });
}

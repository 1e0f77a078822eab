import { useQuery } from '@tanstack/react-query';
import { forecastsApi } from './forecastsApi';
import { forecastAlertsQueryKey } from './useForecastAlerts';

/** One alert with its root cause and the 28 days it was judged on (under the list's key, so both reload together). */
export function useForecastAlert(id: string | undefined) {
  return useQuery({
    queryKey: [...forecastAlertsQueryKey, 'detail', id],
    queryFn: ({ signal }) => forecastsApi.alert(id ?? '', signal),
    enabled: !!id,
  });
}

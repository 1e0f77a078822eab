import { useMutation, useQueryClient } from '@tanstack/react-query';
import { forecastsApi } from './forecastsApi';
import { forecastAlertsQueryKey } from './useForecastAlerts';

export type AlertAction = 'acknowledge' | 'resolve';

/** Acknowledges or resolves an alert; afterwards (success or a 409) the alerts reload. */
export function useMoveForecastAlert() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action, note }: { id: string; action: AlertAction; note: string }) =>
      forecastsApi.moveAlert(id, action, note.trim()),
    onSettled: () => queryClient.invalidateQueries({ queryKey: forecastAlertsQueryKey }),
  });
}

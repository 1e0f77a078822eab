import { useMutation, useQueryClient } from '@tanstack/react-query';
import { forecastsApi } from './forecastsApi';
import { forecastIndicatorsQueryKey } from './useForecastIndicators';

/** Deletes one indicator; the list reloads afterwards (also after a 404: it is gone either way). */
export function useDeleteIndicator() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => forecastsApi.deleteIndicator(name),
    onSettled: () => queryClient.invalidateQueries({ queryKey: forecastIndicatorsQueryKey }),
  });
}

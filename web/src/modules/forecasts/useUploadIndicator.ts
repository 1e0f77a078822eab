import { useMutation, useQueryClient } from '@tanstack/react-query';
import { forecastsApi } from './forecastsApi';
import { forecastIndicatorsQueryKey } from './useForecastIndicators';

/** Uploads (replaces) one indicator from CSV text; the list reloads afterwards. */
export function useUploadIndicator() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ name, csv }: { name: string; csv: string }) => forecastsApi.uploadIndicator(name, csv),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: forecastIndicatorsQueryKey }),
  });
}

import { useMutation } from '@tanstack/react-query';
import { forecastsApi } from './forecastsApi';

/** Queues a forecast run (`forecast:update`); the answer is the job id. */
export function useStartForecastRun() {
  return useMutation({ mutationFn: () => forecastsApi.startRun() });
}

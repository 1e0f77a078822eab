import { useMutation, useQueryClient } from '@tanstack/react-query';
import { forecastsApi } from './forecastsApi';
import type { AlertRule } from './types';
import { alertRulesQueryKey } from './useAlertRules';

/** Replaces every threshold rule; the saved rules become the cached ones. */
export function useSaveAlertRules() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (rules: AlertRule[]) => forecastsApi.saveAlertRules(rules),
    onSuccess: (saved) => queryClient.setQueryData(alertRulesQueryKey, saved),
  });
}

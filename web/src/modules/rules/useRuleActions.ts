import { useMutation, useQueryClient } from '@tanstack/react-query';
import { rulesApi } from './rulesApi';
import { ruleQueryKey } from './useRule';

/** A test run of the saved rule on one record (nothing written), and a daily rule's scan now. */
export function useRuleActions(id: string) {
  const queryClient = useQueryClient();
  return {
    testRun: useMutation({ mutationFn: (objectId: string) => rulesApi.testRun(id, objectId) }),
    runNow: useMutation({
      mutationFn: () => rulesApi.runNow(id),
      onSuccess: () => queryClient.invalidateQueries({ queryKey: [...ruleQueryKey(id), 'runs'] }),
    }),
  };
}

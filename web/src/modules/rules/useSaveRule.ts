import { useMutation, useQueryClient } from '@tanstack/react-query';
import { rulesApi } from './rulesApi';
import type { Rule, RuleDefinition } from './types';
import { ruleQueryKey } from './useRule';
import { rulesQueryKey } from './useRules';

type SaveInput = { id?: string; version?: number; definition: RuleDefinition };

/** Creates a rule (no id) or saves a new version of one (`version` as read; 409 when stale). */
export function useSaveRule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, definition }: SaveInput) =>
      id ? rulesApi.update(id, version ?? 0, definition) : rulesApi.create(definition),
    onSuccess: async (rule: Rule) => {
      queryClient.setQueryData(ruleQueryKey(rule.id), rule);
      await queryClient.invalidateQueries({ queryKey: [...rulesQueryKey, 'list'] });
    },
  });
}

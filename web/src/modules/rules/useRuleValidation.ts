import { useMemo } from 'react';
import { useServerValidation, type Checked } from '../../ui/useServerValidation';
import { definitionFromDraft, type RuleDraft } from './ruleDraft';
import { NO_PROBLEMS, problemsByNode } from './ruleProblems';
import { rulesApi } from './rulesApi';
import type { RuleDefinition } from './types';
import { rulesQueryKey } from './useRules';

/** What the designer checks: the definition and its action keys, as one string (the cache key). */
function snapshotOf(draft: RuleDraft): string {
  return JSON.stringify({ definition: definitionFromDraft(draft), keys: draft.actions.map((a) => a.key) });
}

// The server checks the name first and answers 422 while it is empty; the name has its own
// field (required there), so the rest is checked with a stand-in.
async function check(snapshot: string, signal?: AbortSignal): Promise<Checked> {
  const { definition, keys } = JSON.parse(snapshot) as { definition: RuleDefinition; keys: string[] };
  const named = definition.name ? definition : { ...definition, name: '-' };
  const result = await rulesApi.validate(named, signal);
  const errors = definition.name ? result.errors : result.errors.filter((e) => e.field !== 'name');
  return { ok: errors.length === 0, errors, keys };
}

const validateKey = [...rulesQueryKey, 'validate'] as const;

/**
 * The server's opinion of the rule being edited (`POST /rules/validate`), the problems
 * placed on the nodes they name.
 */
export function useRuleValidation(draft: RuleDraft, enabled: boolean) {
  const snapshot = useMemo(() => snapshotOf(draft), [draft]);
  return useServerValidation({ queryKey: validateKey, snapshot, check, place: problemsByNode, none: NO_PROBLEMS, enabled });
}

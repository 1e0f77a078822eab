import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { useDebouncedValue } from '../../ui/useDebouncedValue';
import { definitionFromDraft, type RuleDraft } from './ruleDraft';
import { NO_PROBLEMS, problemsByNode, type NodeProblems } from './ruleProblems';
import { rulesApi } from './rulesApi';
import type { RuleDefinition, RuleProblem } from './types';
import { rulesQueryKey } from './useRules';

/** A check's result with the action keys the checked definition had. */
type Checked = { ok: boolean; errors: RuleProblem[]; keys: string[] };

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

const validateKey = (snapshot: string) => [...rulesQueryKey, 'validate', snapshot] as const;

/**
 * The server's opinion of the rule being edited (`POST /rules/validate`): checked again
 * half a second after the last edit, and at once by `validateNow` (before saving). The
 * problems come placed on the nodes they name.
 */
export function useRuleValidation(draft: RuleDraft, enabled: boolean) {
  const queryClient = useQueryClient();
  const snapshot = useMemo(() => snapshotOf(draft), [draft]);
  const debounced = useDebouncedValue(snapshot, 500);
  const [forced, setForced] = useState<{ snapshot: string; result: Checked } | null>(null);

  const query = useQuery({
    queryKey: validateKey(debounced),
    queryFn: ({ signal }) => check(debounced, signal),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    gcTime: 60_000,
    retry: false,
  });

  const validateNow = useCallback(async (): Promise<Checked> => {
    const result = await queryClient.fetchQuery({
      queryKey: validateKey(snapshot),
      queryFn: ({ signal }) => check(snapshot, signal),
      staleTime: Infinity,
    });
    setForced({ snapshot, result });
    return result;
  }, [queryClient, snapshot]);

  const current = forced?.snapshot === snapshot ? forced.result : query.data;
  const problems: NodeProblems = useMemo(() => (current ? problemsByNode(current.errors, current.keys) : NO_PROBLEMS), [current]);
  return {
    problems,
    /** True once the shown result is for what is on screen now. */
    upToDate: !!current && (forced?.snapshot === snapshot || (debounced === snapshot && !query.isPlaceholderData)),
    checking: query.isFetching || debounced !== snapshot,
    ok: current?.ok,
    validateNow,
    /** Shows problems the server named on a refused save. */
    showProblems: (errors: RuleProblem[]) => setForced({ snapshot, result: { ok: false, errors, keys: (JSON.parse(snapshot) as { keys: string[] }).keys } }),
  };
}

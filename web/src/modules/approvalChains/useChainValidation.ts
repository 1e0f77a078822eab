import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { useDebouncedValue } from '../../ui/useDebouncedValue';
import { approvalChainsApi } from './approvalChainsApi';
import { stepsFromDraft, type DraftStep } from './chainDraft';
import { NO_CHAIN_PROBLEMS, problemsByStep, type ChainProblems } from './chainProblems';
import type { ChainProblem, ChainStep } from './types';

/** A check's result with the step keys the checked chain had (in the order sent). */
type Checked = { ok: boolean; errors: ChainProblem[]; keys: string[] };

/** What is checked: the steps as sent and their keys, as one string (the cache key). */
function snapshotOf(steps: readonly DraftStep[]): string {
  const sorted = [...steps].sort((a, b) => a.seq - b.seq);
  return JSON.stringify({ steps: stepsFromDraft(sorted), keys: sorted.map((s) => s.key) });
}

async function check(snapshot: string, signal?: AbortSignal): Promise<Checked> {
  const { steps, keys } = JSON.parse(snapshot) as { steps: ChainStep[]; keys: string[] };
  const result = await approvalChainsApi.validate('quote', steps, signal);
  return { ok: result.errors.length === 0, errors: result.errors, keys };
}

const validateKey = (snapshot: string) => ['approvalChains', 'quote', 'validate', snapshot] as const;

/**
 * The server's opinion of the chain being edited (`POST /approval-chains/quote/validate`):
 * checked half a second after the last edit, and at once by `validateNow` (before saving).
 * The problems come placed on the steps they name (as in the rule designer).
 */
export function useChainValidation(steps: readonly DraftStep[], enabled: boolean) {
  const queryClient = useQueryClient();
  const snapshot = useMemo(() => snapshotOf(steps), [steps]);
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
    const result = await queryClient.fetchQuery({ queryKey: validateKey(snapshot), queryFn: ({ signal }) => check(snapshot, signal), staleTime: Infinity });
    setForced({ snapshot, result });
    return result;
  }, [queryClient, snapshot]);

  const current = forced?.snapshot === snapshot ? forced.result : query.data;
  const problems: ChainProblems = useMemo(() => (current ? problemsByStep(current.errors, current.keys) : NO_CHAIN_PROBLEMS), [current]);
  return {
    problems,
    /** True once the shown result is for what is on screen now. */
    upToDate: !!current && (forced?.snapshot === snapshot || (debounced === snapshot && !query.isPlaceholderData)),
    checking: enabled && (query.isFetching || debounced !== snapshot),
    validateNow,
    /** Shows problems the server named on a refused save. */
    showProblems: (errors: ChainProblem[]) =>
      setForced({ snapshot, result: { ok: false, errors, keys: (JSON.parse(snapshot) as { keys: string[] }).keys } }),
  };
}

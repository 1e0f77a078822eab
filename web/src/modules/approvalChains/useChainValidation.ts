import { useMemo } from 'react';
import { useServerValidation, type Checked } from '../../ui/useServerValidation';
import { approvalChainsApi } from './approvalChainsApi';
import { stepsFromDraft, type DraftStep } from './chainDraft';
import { NO_CHAIN_PROBLEMS, problemsByStep } from './chainProblems';
import type { ChainStep } from './types';

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

const validateKey = ['approvalChains', 'quote', 'validate'] as const;

/**
 * The server's opinion of the chain being edited (`POST /approval-chains/quote/validate`),
 * the problems placed on the steps they name (as in the rule designer).
 */
export function useChainValidation(steps: readonly DraftStep[], enabled: boolean) {
  const snapshot = useMemo(() => snapshotOf(steps), [steps]);
  return useServerValidation({ queryKey: validateKey, snapshot, check, place: problemsByStep, none: NO_CHAIN_PROBLEMS, enabled });
}

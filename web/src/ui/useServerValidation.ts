import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { useDebouncedValue } from './useDebouncedValue';

/** A problem a `…/validate` endpoint (or a refused save) names: `actions[1].title`, `steps[0].role`, … */
export type ServerProblem = { field: string; message: string; position?: number };

/** A check's result with the item keys the checked draft had (in the order sent). */
export type Checked = { ok: boolean; errors: ServerProblem[]; keys: string[] };

type Options<P> = {
  /** The cache key's prefix; the snapshot is appended. */
  queryKey: readonly unknown[];
  /** What is checked, as one JSON string with a `keys` array (the draft's item keys): the cache key. */
  snapshot: string;
  check: (snapshot: string, signal?: AbortSignal) => Promise<Checked>;
  /** Places the problems on the items they name (stable: a module-level function). */
  place: (errors: ServerProblem[], keys: string[]) => P;
  none: P;
  enabled: boolean;
};

/**
 * The server's opinion of a draft being edited in a designer: checked half a second after
 * the last edit, and at once by `validateNow` (before saving), with the problems placed on
 * the items (nodes, steps) they name.
 */
export function useServerValidation<P>({ queryKey, snapshot, check, place, none, enabled }: Options<P>) {
  const queryClient = useQueryClient();
  const debounced = useDebouncedValue(snapshot, 500);
  const [forced, setForced] = useState<{ snapshot: string; result: Checked } | null>(null);

  const query = useQuery({
    queryKey: [...queryKey, debounced],
    queryFn: ({ signal }) => check(debounced, signal),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    gcTime: 60_000,
    retry: false,
  });

  const validateNow = useCallback(async (): Promise<Checked> => {
    const result = await queryClient.fetchQuery({
      queryKey: [...queryKey, snapshot],
      queryFn: ({ signal }) => check(snapshot, signal),
      staleTime: Infinity,
    });
    setForced({ snapshot, result });
    return result;
  }, [queryClient, queryKey, snapshot, check]);

  const current = forced?.snapshot === snapshot ? forced.result : query.data;
  const problems: P = useMemo(() => (current ? place(current.errors, current.keys) : none), [current, place, none]);
  return {
    problems,
    /** True once the shown result is for what is on screen now. */
    upToDate: !!current && (forced?.snapshot === snapshot || (debounced === snapshot && !query.isPlaceholderData)),
    checking: enabled && (query.isFetching || debounced !== snapshot),
    ok: current?.ok,
    validateNow,
    /** Shows problems the server named on a refused save. */
    showProblems: (errors: ServerProblem[]) =>
      setForced({ snapshot, result: { ok: false, errors, keys: (JSON.parse(snapshot) as { keys: string[] }).keys } }),
  };
}

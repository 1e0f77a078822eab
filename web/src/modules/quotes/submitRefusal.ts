import type { FieldError } from '../http/ApiError';

/** The server's reasons for refusing to submit one version of a quote (`lines[i].discount_pct`…). */
export type SubmitRefusal = { quoteId: string; version: number; errors: FieldError[] };

/** A refusal carried in the router's location state (from `/quotes/new` to the saved quote's page). */
export function readSubmitRefusal(state: unknown): SubmitRefusal | null {
  const value = (state as { submitRefusal?: unknown } | null)?.submitRefusal as Partial<SubmitRefusal> | undefined;
  if (!value || typeof value.quoteId !== 'string' || typeof value.version !== 'number' || !Array.isArray(value.errors)) return null;
  const errors = value.errors.filter(
    (e): e is FieldError => !!e && typeof (e as FieldError).field === 'string' && typeof (e as FieldError).message === 'string',
  );
  return { quoteId: value.quoteId, version: value.version, errors };
}

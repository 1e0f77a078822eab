import { ApiError, type FieldError } from './ApiError';

function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function asFieldErrors(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  const out: FieldError[] = [];
  for (const item of value) {
    if (item && typeof item === 'object') {
      const field = asString((item as Record<string, unknown>).field);
      const message = asString((item as Record<string, unknown>).message);
      if (field !== undefined) out.push({ field, message: message ?? '' });
    }
  }
  return out;
}

function parseRetryAfter(header: string | null): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.round(seconds));
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, Math.round((date - Date.now()) / 1000));
}

/** Builds an ApiError from a non-2xx response status, headers and decoded body. */
export function parseProblem(status: number, statusText: string, headers: Headers, body: unknown): ApiError {
  const problem = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  return new ApiError({
    status,
    title: asString(problem.title) ?? statusText ?? `HTTP ${status}`,
    detail: asString(problem.detail) ?? (typeof body === 'string' ? body.slice(0, 300) : ''),
    errors: asFieldErrors(problem.errors),
    retryAfter: parseRetryAfter(headers.get('Retry-After')),
    requestId: asString(problem.request_id) ?? headers.get('X-Request-Id'),
  });
}

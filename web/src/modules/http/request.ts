import { ApiError } from './ApiError';
import { parseContentDisposition } from './parseContentDisposition';
import { parseProblem } from './parseProblem';
import { readCookie } from './readCookie';
import { emitUnauthorized } from './unauthorized';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type QueryValue = string | number | boolean | null | undefined;

export type RequestOptions = {
  method?: HttpMethod;
  body?: unknown;
  query?: Record<string, QueryValue>;
  signal?: AbortSignal;
  /** When false, a 401 is returned to the caller only (the login form uses this). */
  redirectOn401?: boolean;
  /** A file sent as the body as is (e.g. a CSV upload), instead of JSON `body`. */
  upload?: { data: Blob | string; contentType: string };
};

/** A file the server sent (an export): its bytes, the name it suggested and the headers. */
export type DownloadedFile = {
  blob: Blob;
  /** From `Content-Disposition`, or null when the server named none. */
  fileName: string | null;
  headers: Headers;
};

export const API_BASE = '/api/v1';
export const CSRF_COOKIE = 'salient_csrf';

export function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return `${API_BASE}${path}${qs ? `?${qs}` : ''}`;
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  const type = response.headers.get('Content-Type') ?? '';
  if (type.includes('json')) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  }
  return text;
}

/**
 * Sends one request and returns the successful response: same-origin cookie session,
 * CSRF header on unsafe methods, problem+json decoded into ApiError, every 401
 * announced once.
 */
async function send(path: string, options: RequestOptions, accept: string): Promise<Response> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: accept };
  if (method !== 'GET') {
    const csrf = readCookie(CSRF_COOKIE);
    if (csrf) headers['X-CSRF-Token'] = csrf;
  }
  let body: string | Blob | undefined;
  if (options.upload) {
    headers['Content-Type'] = options.upload.contentType;
    body = options.upload.data;
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError({ status: 0, title: 'Network error', detail: '' });
  }
  if (response.ok) return response;

  const payload = await readBody(response);
  const error = parseProblem(response.status, response.statusText, response.headers, payload);
  if (error.status === 401 && options.redirectOn401 !== false) emitUnauthorized();
  throw error;
}

/** The one way the UI talks to the server (see `send`): a JSON answer, decoded. */
export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const response = await send(path, options, 'application/json');
  return (await readBody(response)) as T;
}

/** A file download through the same path (errors still arrive as ApiError, never as a file). */
export async function requestFile(path: string, options: RequestOptions = {}): Promise<DownloadedFile> {
  const response = await send(path, options, '*/*');
  let blob: Blob;
  try {
    blob = await response.blob();
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError({ status: 0, title: 'Network error', detail: '' });
  }
  return { blob, fileName: parseContentDisposition(response.headers.get('Content-Disposition')), headers: response.headers };
}

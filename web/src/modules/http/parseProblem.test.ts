import { describe, expect, it } from 'vitest';
import { buildUrl } from './request';
import { parseProblem } from './parseProblem';

describe('parseProblem', () => {
  it('decodes an RFC 9457 body with field errors', () => {
    const error = parseProblem(422, 'Unprocessable Entity', new Headers(), {
      type: 'https://salient.dev/problems/validation',
      title: 'Invalid request',
      status: 422,
      detail: '2 fields are invalid',
      request_id: 'r1',
      errors: [{ field: 'username', message: 'must not be empty' }, { field: 'email' }, 'junk'],
    });
    expect(error.status).toBe(422);
    expect(error.title).toBe('Invalid request');
    expect(error.detail).toBe('2 fields are invalid');
    expect(error.requestId).toBe('r1');
    expect(error.errors).toEqual([
      { field: 'username', message: 'must not be empty' },
      { field: 'email', message: '' },
    ]);
  });

  it('reads Retry-After seconds for 429', () => {
    const error = parseProblem(429, 'Too Many Requests', new Headers({ 'Retry-After': '42' }), { title: 'Slow down' });
    expect(error.retryAfter).toBe(42);
    expect(error.errors).toEqual([]);
  });

  it('copes with a non-JSON body', () => {
    const error = parseProblem(502, 'Bad Gateway', new Headers(), '<html>proxy error</html>');
    expect(error.title).toBe('Bad Gateway');
    expect(error.detail).toContain('proxy error');
  });
});

describe('buildUrl', () => {
  it('prefixes the API base and drops empty parameters', () => {
    expect(buildUrl('/users', { q: 'li', role: undefined, active: false, zone_id: '', limit: 20 })).toBe(
      '/api/v1/users?q=li&active=false&limit=20',
    );
    expect(buildUrl('/me')).toBe('/api/v1/me');
  });
});

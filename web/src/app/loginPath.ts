/** `/login`, remembering where to come back to (only same-app paths). */
export function loginPath(next?: string): string {
  if (!next || next === '/' || next.startsWith('/login')) return '/login';
  return `/login?next=${encodeURIComponent(next)}`;
}

/** The `next` parameter if it is a safe in-app path, else "/". */
export function safeNext(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next;
}

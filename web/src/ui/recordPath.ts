/** The page of a record the API names by object and id (tasks, approvals), or null when there is none. */
const PATHS: Record<string, string> = {
  customer: '/customers',
  opportunity: '/opportunities',
  quote: '/quotes',
  order: '/orders',
};

export function recordPath(object: string | null | undefined, id: string | null | undefined): string | null {
  if (!object || !id) return null;
  const base = PATHS[object];
  return base ? `${base}/${encodeURIComponent(id)}` : null;
}

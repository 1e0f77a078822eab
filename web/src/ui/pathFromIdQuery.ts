/**
 * `/approvals?id=42&tab=mine` (how the server's notifications link to a record in a list)
 * as `/approvals/42?tab=mine`, the path that opens it in the list's drawer; null when the
 * query names no id.
 */
export function pathFromIdQuery(base: string, search: URLSearchParams): string | null {
  const id = search.get('id');
  if (!id || !/^\d+$/.test(id)) return null;
  const rest = new URLSearchParams(search);
  rest.delete('id');
  const qs = rest.toString();
  return `${base}/${id}${qs ? `?${qs}` : ''}`;
}

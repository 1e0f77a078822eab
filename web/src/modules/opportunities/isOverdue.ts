/**
 * Whether a calendar date (`YYYY-MM-DD`, or an instant whose first ten characters are
 * that date) lies before `today` (`YYYY-MM-DD`, default the local date).
 */
export function isOverdue(date: string | null | undefined, today: string = localToday()): boolean {
  if (!date || date.length < 10) return false;
  return date.slice(0, 10) < today;
}

function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

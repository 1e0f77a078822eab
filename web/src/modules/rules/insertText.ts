/** `text` with `insert` put in place of the selection [start, end); the caret goes after it. */
export function insertText(text: string, start: number, end: number, insert: string): { text: string; caret: number } {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  const before = text.slice(0, from);
  const after = text.slice(to);
  // Keep words apart: a space before unless at the start or after a space or "(".
  const lead = before && !/[\s([]$/.test(before) ? ' ' : '';
  const tail = after && !/^[\s),\]]/.test(after) ? ' ' : '';
  const piece = `${lead}${insert}${tail}`;
  return { text: before + piece + after, caret: before.length + lead.length + insert.length };
}

/** The condition text cut around the character an error names: `mark` is shown highlighted. */
export type ConditionMark = { before: string; mark: string; after: string; atEnd: boolean };

const WORD = /[\p{L}\p{N}_.]/u;

/**
 * Cuts `text` at a 1-based character `position` (the server counts characters, not bytes
 * or UTF-16 units): the mark is the word or 'string' starting there, else that one
 * character. A position past the end (e.g. "unexpected end") marks nothing and sets `atEnd`.
 */
export function markCondition(text: string, position: number | undefined): ConditionMark {
  const chars = Array.from(text);
  if (!position || position < 1) return { before: text, mark: '', after: '', atEnd: false };
  const start = position - 1;
  if (start >= chars.length) return { before: text, mark: '', after: '', atEnd: true };
  let end = start + 1;
  if (chars[start] === "'") {
    while (end < chars.length && chars[end] !== "'") end += 1;
    end = Math.min(chars.length, end + 1);
  } else if (WORD.test(chars[start])) {
    while (end < chars.length && WORD.test(chars[end])) end += 1;
  }
  return {
    before: chars.slice(0, start).join(''),
    mark: chars.slice(start, end).join(''),
    after: chars.slice(end).join(''),
    atEnd: false,
  };
}

/** The UTF-16 offset of a 1-based character position (to place the cursor in a text box). */
export function charOffset(text: string, position: number): number {
  return Array.from(text)
    .slice(0, Math.max(0, position - 1))
    .join('').length;
}

/** `@username` as the server reads it: 2–64 letters, digits, `_`, `.` or `-` (docs/api.md, "Messaging"). */
const MENTION = /@([A-Za-z0-9_.-]{2,64})/g;
const NAME_CHAR = /[A-Za-z0-9_.-]/;

/** A run of a message body: plain text, or an `@username` mention (`mention` without the `@`). */
export type BodySegment = { text: string; mention?: string };

/**
 * Splits a body into plain text and `@username` mentions, for highlighting. An `@` right
 * after a name character (`bob@example.com`) is an address, not a mention.
 */
export function splitMentions(body: string): BodySegment[] {
  const out: BodySegment[] = [];
  let last = 0;
  for (const m of body.matchAll(MENTION)) {
    const at = m.index;
    if (at > 0 && NAME_CHAR.test(body[at - 1])) continue;
    if (at > last) out.push({ text: body.slice(last, at) });
    out.push({ text: m[0], mention: m[1] });
    last = at + m[0].length;
  }
  if (last < body.length) out.push({ text: body.slice(last) });
  return out;
}

/** The distinct usernames a body mentions, in order of appearance. */
export function mentionedUsernames(body: string): string[] {
  return [...new Set(splitMentions(body).flatMap((s) => (s.mention ? [s.mention] : [])))];
}

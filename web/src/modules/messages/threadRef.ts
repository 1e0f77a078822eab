/** How a thread is named: by its record, by the other person (direct) or by its id. */
export type ThreadRef =
  | { object: string; object_id: string }
  | { user_id: string }
  | { thread_id: string };

/** The fields that name the thread, for the query string of `GET /messages` and the body of a post. */
export function threadRefFields(ref: ThreadRef): Record<string, string> {
  if ('thread_id' in ref) return { thread_id: ref.thread_id };
  if ('user_id' in ref) return { user_id: ref.user_id };
  return { object: ref.object, object_id: ref.object_id };
}

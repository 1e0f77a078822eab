import type { Message, ThreadPage } from './types';

/**
 * The messages of loaded pages (the newest page first, each oldest first) as one list,
 * oldest first, each message once.
 */
export function threadMessages(pages: readonly ThreadPage[]): Message[] {
  const seen = new Set<string>();
  const out: Message[] = [];
  for (let i = pages.length - 1; i >= 0; i -= 1) {
    for (const message of pages[i].messages) {
      if (seen.has(message.id)) continue;
      seen.add(message.id);
      out.push(message);
    }
  }
  return out;
}

/** `before` for the page older than this one: the id of its oldest message (ids are time-ordered; none at the start). */
export function olderPageParam(page: ThreadPage): string | undefined {
  return page.has_more && page.messages.length > 0 ? page.messages[0].id : undefined;
}

import { buildUrl, request } from '../http/request';
import { threadRefFields, type ThreadRef } from './threadRef';
import type { Inbox, Message, NewAttachment, ThreadPage } from './types';

export type NewMessage = { body: string; attachments?: NewAttachment[] };

export const messagesApi = {
  /** The newest messages of a thread (reading them marks it read), or those before `before`. */
  thread: (ref: ThreadRef, page: { before?: string; limit: number }, signal?: AbortSignal) =>
    request<ThreadPage>('/messages', { query: { ...threadRefFields(ref), before: page.before, limit: page.limit }, signal }),
  post: (ref: ThreadRef, message: NewMessage) =>
    request<Message>('/messages', { method: 'POST', body: { ...threadRefFields(ref), ...message } }),
  inbox: (signal?: AbortSignal) => request<Inbox>('/messages/inbox', { signal }),
};

/** Where an attachment downloads from (same origin, the session cookie authorises it). */
export function attachmentUrl(id: string): string {
  return buildUrl(`/attachments/${encodeURIComponent(id)}`);
}

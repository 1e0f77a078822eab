import { threadRefFields, type ThreadRef } from './threadRef';

export const messagesQueryKey = ['messages'] as const;
export const inboxQueryKey = [...messagesQueryKey, 'inbox'] as const;
export const threadQueryKey = (ref: ThreadRef) => [...messagesQueryKey, 'thread', threadRefFields(ref)] as const;

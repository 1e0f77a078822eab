import { describe, expect, it } from 'vitest';
import { olderPageParam, threadMessages } from './threadPages';
import type { Message, ThreadPage } from './types';

const msg = (id: string, at: string): Message => ({
  id,
  thread_id: 't',
  author_id: 'u',
  author_name: 'U',
  body: id,
  mentions: [],
  attachments: [],
  created_at: at,
});
const page = (messages: Message[], has_more: boolean): ThreadPage => ({ thread: null, messages, has_more });

describe('threadMessages', () => {
  it('puts older pages first and keeps each message once', () => {
    const newest = page([msg('3', '2026-11-27T10:03:00Z'), msg('4', '2026-11-27T10:04:00Z')], true);
    const older = page([msg('1', '2026-11-27T10:01:00Z'), msg('2', '2026-11-27T10:02:00Z'), msg('3', '2026-11-27T10:03:00Z')], false);
    expect(threadMessages([newest, older]).map((m) => m.id)).toEqual(['1', '2', '3', '4']);
    expect(threadMessages([])).toEqual([]);
  });
});

describe('olderPageParam', () => {
  it('is the oldest message id while the server has more', () => {
    expect(olderPageParam(page([msg('3', 'T3'), msg('4', 'T4')], true))).toBe('3');
    expect(olderPageParam(page([msg('3', 'T3')], false))).toBeUndefined();
    expect(olderPageParam(page([], true))).toBeUndefined();
  });
});

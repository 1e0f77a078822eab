import { useEffect, useRef } from 'react';
import { MessageItem } from './MessageItem';
import type { Message } from './types';

type Props = { messages: Message[]; meId: string | undefined };

/**
 * Messages oldest to newest in a scrolling box that follows the newest message as new ones
 * arrive, and stays put when earlier ones are loaded above.
 */
export function MessageList({ messages, meId }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const newest = messages.length ? messages[messages.length - 1].id : '';
  useEffect(() => {
    const el = box.current;
    if (el && newest) el.scrollTop = el.scrollHeight;
  }, [newest]);
  return (
    <div ref={box} className="message-list" data-testid="message-list">
      <ul>
        {messages.map((m) => (
          <MessageItem key={m.id} message={m} own={!!meId && m.author_id === meId} />
        ))}
      </ul>
    </div>
  );
}

import type { RealtimeMessage } from './types';

/** Decodes one WebSocket frame; anything unexpected is dropped (null). */
export function parseRealtimeMessage(data: unknown): RealtimeMessage | null {
  if (typeof data !== 'string') return null;
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return null;
  }
  if (!value || typeof value !== 'object') return null;
  const message = value as Record<string, unknown>;
  if (message.type === 'notification' && message.notification && typeof message.notification === 'object') {
    return value as RealtimeMessage;
  }
  if (message.type === 'event' && typeof message.topic === 'string') {
    return { type: 'event', topic: message.topic, data: (message.data as Record<string, unknown>) ?? {} };
  }
  if (message.type === 'record_changed' && typeof message.object === 'string' && typeof message.id === 'string') {
    return {
      type: 'record_changed',
      object: message.object,
      id: message.id,
      topic: typeof message.topic === 'string' ? message.topic : '',
    };
  }
  return null;
}

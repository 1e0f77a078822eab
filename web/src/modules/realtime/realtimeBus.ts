import type { RealtimeMessage } from './types';

type Listener = (message: RealtimeMessage) => void;
const listeners = new Set<Listener>();

/** Subscribes to every message from the WebSocket; returns the unsubscribe function. */
export function subscribeRealtime(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function publishRealtime(message: RealtimeMessage): void {
  for (const listener of listeners) listener(message);
}

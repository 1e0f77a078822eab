type Listener = () => void;
const listeners = new Set<Listener>();

/** Subscribes to "the session is gone" (any 401); returns the unsubscribe function. */
export function onUnauthorized(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function emitUnauthorized(): void {
  for (const listener of listeners) listener();
}

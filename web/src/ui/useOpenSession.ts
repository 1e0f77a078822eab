import { useEffect, useState } from 'react';

/**
 * A number that changes each time a dialog opens (or opens on another record). Used
 * as the `key` of the dialog's form so every opening starts with a fresh form store,
 * even if the previous closing animation had not finished.
 */
export function useOpenSession(open: boolean, record?: unknown): number {
  const [session, setSession] = useState(0);
  useEffect(() => {
    if (open) setSession((n) => n + 1);
  }, [open, record]);
  return session;
}

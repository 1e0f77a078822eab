import { useEffect, useState } from 'react';
import { backoffDelay } from './backoffDelay';
import { parseRealtimeMessage } from './parseRealtimeMessage';
import { publishRealtime } from './realtimeBus';

export type SocketState = 'connecting' | 'open' | 'closed';

function socketUrl(): string {
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${window.location.host}/api/v1/ws`;
}

/**
 * Keeps one WebSocket to `/api/v1/ws` open while `enabled` (the session cookie
 * authenticates it), reconnecting with capped exponential backoff, and publishes
 * every message on the realtime bus.
 */
export function useRealtimeSocket(enabled: boolean): SocketState {
  const [state, setState] = useState<SocketState>('closed');

  useEffect(() => {
    if (!enabled) return;
    let socket: WebSocket | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let attempt = 0;
    let stopped = false;

    const connect = () => {
      setState('connecting');
      socket = new WebSocket(socketUrl());
      socket.onopen = () => {
        attempt = 0;
        setState('open');
      };
      socket.onmessage = (event: MessageEvent) => {
        const message = parseRealtimeMessage(event.data);
        if (message) publishRealtime(message);
      };
      socket.onclose = () => {
        setState('closed');
        if (stopped) return;
        timer = setTimeout(connect, backoffDelay(attempt));
        attempt += 1;
      };
    };

    connect();
    return () => {
      stopped = true;
      clearTimeout(timer);
      socket?.close();
    };
  }, [enabled]);

  return state;
}

import { useEffect, useState } from 'react';
import { backoffDelay } from './backoffDelay';
import { parseRealtimeMessage } from './parseRealtimeMessage';
import { publishRealtime } from './realtimeBus';
import { attachRealtimeSender } from './realtimeConnection';

export type SocketState = 'connecting' | 'open' | 'closed';

function socketUrl(): string {
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${window.location.host}/api/v1/ws`;
}

/**
 * Keeps one WebSocket to `/api/v1/ws` open while `enabled` (the session cookie
 * authenticates it), reconnecting with capped exponential backoff, and publishes
 * every message on the realtime bus. On each open it (re)sends the record watches and
 * announces `open` (with `reconnect` after a drop, when news may have been missed).
 */
export function useRealtimeSocket(enabled: boolean): SocketState {
  const [state, setState] = useState<SocketState>('closed');

  useEffect(() => {
    if (!enabled) return;
    let socket: WebSocket | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let attempt = 0;
    let stopped = false;
    let openedBefore = false;

    const connect = () => {
      setState('connecting');
      const ws = new WebSocket(socketUrl());
      socket = ws;
      ws.onopen = () => {
        attempt = 0;
        setState('open');
        attachRealtimeSender((frame) => {
          if (ws.readyState === WebSocket.OPEN) ws.send(frame);
        });
        publishRealtime({ type: 'open', reconnect: openedBefore });
        openedBefore = true;
      };
      ws.onmessage = (event: MessageEvent) => {
        const message = parseRealtimeMessage(event.data);
        if (message) publishRealtime(message);
      };
      ws.onclose = () => {
        if (socket === ws) attachRealtimeSender(null);
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
      attachRealtimeSender(null);
      socket?.close();
    };
  }, [enabled]);

  return state;
}

// A minimal WebSocket client (Node 20 has none built in): performs the handshake over
// node:http, decodes the server's unmasked text frames into messages and sends masked
// JSON frames.
import http from 'node:http';
import { randomBytes } from 'node:crypto';

export function openWebSocket(url, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request(url, {
      headers: { Connection: 'Upgrade', Upgrade: 'websocket', 'Sec-WebSocket-Version': '13',
        'Sec-WebSocket-Key': randomBytes(16).toString('base64'), ...headers },
    });
    req.on('response', (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode, body }));
    });
    req.on('upgrade', (res, socket, head) => {
      const messages = [];
      const waiters = [];
      const closeCallbacks = [];
      let buffer = Buffer.alloc(0);
      const onData = (chunk) => {
        buffer = Buffer.concat([buffer, chunk]);
        while (buffer.length >= 2) {
          let length = buffer[1] & 0x7f;
          let offset = 2;
          if (length === 126) { if (buffer.length < 4) return; length = buffer.readUInt16BE(2); offset = 4; }
          else if (length === 127) { if (buffer.length < 10) return; length = Number(buffer.readBigUInt64BE(2)); offset = 10; }
          if (buffer.length < offset + length) return;
          const opcode = buffer[0] & 0x0f;
          const payload = buffer.subarray(offset, offset + length).toString('utf8');
          buffer = buffer.subarray(offset + length);
          if (opcode === 8) closeCallbacks.forEach((cb) => cb());  // the server sent a close frame
          if (opcode === 1) {
            const message = JSON.parse(payload);
            const waiter = waiters.findIndex((w) => w.match(message));
            if (waiter >= 0) waiters.splice(waiter, 1)[0].resolve(message);
            else messages.push(message);
          }
        }
      };
      socket.on('data', onData);
      if (head?.length) onData(head);  // frames that arrived with the handshake
      resolve({
        status: 101,
        // Resolves with the first message (already received or future) that matches.
        next(match = () => true, timeoutMs = 5000) {
          const i = messages.findIndex(match);
          if (i >= 0) return Promise.resolve(messages.splice(i, 1)[0]);
          return new Promise((res2, rej2) => {
            const timer = setTimeout(() => rej2(new Error('no matching WebSocket message')), timeoutMs);
            waiters.push({ match, resolve: (m) => { clearTimeout(timer); res2(m); } });
          });
        },
        // Sends a JSON text frame (client frames are masked, RFC 6455 §5.3).
        send(message) {
          const payload = Buffer.from(JSON.stringify(message));
          const mask = randomBytes(4);
          const header = payload.length < 126 ? Buffer.from([0x81, 0x80 | payload.length])
            : Buffer.from([0x81, 0x80 | 126, payload.length >> 8, payload.length & 0xff]);
          const masked = Buffer.from(payload.map((b, i) => b ^ mask[i % 4]));
          socket.write(Buffer.concat([header, mask, masked]));
        },
        close() { socket.destroy(); },
        // Called when the server closes the connection (close frame or TCP close).
        onClose(callback) { closeCallbacks.push(callback); socket.on('close', callback); },
      });
    });
    req.on('error', reject);
    req.end();
  });
}

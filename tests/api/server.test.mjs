// The HTTP layer itself: health, metrics, OpenAPI, static UI, limits, slow clients,
// WebSocket notifications and graceful shutdown.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import { startServer, call, login, holdWriteLock, ADMIN, sleep } from './lib/harness.mjs';
import { openWebSocket } from './lib/websocket.mjs';

let server, admin;

// Sends bytes exactly as given (fetch would normalise the path) and returns the reply.
function rawRequest(text) {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), '127.0.0.1', () => socket.write(text));
    let reply = '';
    socket.on('data', (d) => (reply += d));
    socket.on('end', () => resolve(reply));
    socket.on('error', reject);
  });
}
before(async () => {
  server = await startServer({ env: { SALIENT_REQUEST_TIMEOUT_MS: '1000' } });
  admin = await login(server, ADMIN.username, ADMIN.password);
});
after(async () => { await server.stop(); });

test('healthz, readyz and request ids', async () => {
  const health = await call(server, 'GET', '/healthz');
  assert.equal(health.status, 200);
  assert.equal(health.body.status, 'ok');
  const ready = await call(server, 'GET', '/readyz', { headers: { 'x-request-id': 'trace-123' } });
  assert.equal(ready.status, 200);
  assert.equal(ready.headers.get('x-request-id'), 'trace-123');
});

test('metrics count requests per route', async () => {
  await call(server, 'GET', '/api/v1/me', { token: admin.token });
  const res = await call(server, 'GET', '/metrics');
  assert.equal(res.status, 200);
  assert.match(res.text, /salient_http_requests_total\{.*route="\/api\/v1\/me".*\} \d+/);
  assert.match(res.text, /salient_http_request_duration_seconds_bucket\{.*route="\/api\/v1\/me"/);
  assert.match(res.text, /salient_state\{what="db_pool_connections"\} \d+/);
});

test('the OpenAPI document lists every route', async () => {
  const res = await call(server, 'GET', '/api/v1/openapi.json');
  assert.equal(res.body.openapi, '3.1.0');
  for (const path of ['/api/v1/auth/login', '/api/v1/users/{id}', '/api/v1/zones', '/api/v1/roles/{name}', '/api/v1/audit-log'])
    assert.ok(res.body.paths[path], path);
  assert.ok(res.body.paths['/api/v1/users'].post);
});

test('the web UI is served with an SPA fallback and cache headers', async () => {
  const index = await fetch(`${server.url}/`);
  assert.equal(index.status, 200);
  assert.match(index.headers.get('content-type'), /text\/html/);
  assert.equal(index.headers.get('cache-control'), 'no-cache');
  assert.ok(index.headers.get('content-security-policy'));
  const html = await index.text();
  const deep = await fetch(`${server.url}/admin/users`);
  assert.equal(deep.status, 200);
  assert.equal(await deep.text(), html);
  const asset = html.match(/\/assets\/[^"]+\.js/)[0];
  const js = await fetch(server.url + asset);
  assert.equal(js.status, 200);
  assert.match(js.headers.get('cache-control'), /immutable/);
  const etag = js.headers.get('etag');
  const again = await fetch(server.url + asset, { headers: { 'if-none-match': etag } });
  assert.equal(again.status, 304);
  assert.match(await rawRequest('GET /../../etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'), /^HTTP\/1.1 404/);
  assert.equal((await fetch(`${server.url}/missing.js`)).status, 404);
});

test('oversized headers get 431', async () => {
  const res = await fetch(`${server.url}/healthz`, { headers: { 'x-big': 'a'.repeat(20000) } });
  assert.equal(res.status, 431);
});

test('a client that trickles its request is cut off', async () => {
  const { port } = new URL(server.url);
  const socket = net.connect(Number(port), '127.0.0.1');
  await new Promise((r) => socket.on('connect', r));
  const started = Date.now();
  const closed = new Promise((r) => socket.on('close', r));
  let received = '';
  socket.on('data', (d) => (received += d));
  socket.on('error', () => {});
  socket.write('GET /healthz HTTP/1.1\r\n');
  const trickle = setInterval(() => { if (!socket.destroyed) socket.write('X'); }, 100);
  await closed;
  clearInterval(trickle);
  const elapsed = Date.now() - started;
  assert.ok(elapsed < 3000, `closed after ${elapsed} ms`);
  assert.equal(received, '');
});

test('WebSocket: login required, then notifications arrive live', async () => {
  const wsUrl = server.url.replace('http', 'http') + '/api/v1/ws';
  const anonymous = await openWebSocket(wsUrl);
  assert.equal(anonymous.status, 401);
  const foreign = await openWebSocket(wsUrl, { cookie: `salient_session=${admin.token}`, origin: 'http://evil.example' });
  assert.equal(foreign.status, 403);

  const created = await call(server, 'POST', '/api/v1/users', {
    token: admin.token, body: { username: 'ws_user', password: 'Socket#2026', display_name: 'WS', role: 'analyst', locale: 'en-US' } });
  assert.equal(created.status, 201);
  const user = await login(server, 'ws_user', 'Socket#2026');
  const ws = await openWebSocket(wsUrl, { cookie: `salient_session=${user.token}` });
  assert.equal(ws.status, 101);
  assert.equal((await ws.next((m) => m.type === 'hello')).user_id, user.user.id);
  // The welcome notification was created by the event consumer; the bell API has it.
  let list;
  for (let i = 0; i < 50; i++) {
    list = await call(server, 'GET', '/api/v1/notifications', { token: user.token });
    if (list.body.total > 0) break;
    await sleep(100);
  }
  assert.equal(list.body.items[0].kind, 'welcome');
  assert.equal(list.body.unread, 1);
  // An admin makes the user a zone's manager: the notification is pushed over the socket.
  const region = (await call(server, 'GET', '/api/v1/zones', { token: admin.token })).body.items.find((z) => z.kind === 'region');
  const zone = await call(server, 'POST', '/api/v1/zones', { token: admin.token, body: { parent_id: region.id, kind: 'zone', name: '华东二区', code: 'EAST-2' } });
  const assigned = await call(server, 'PATCH', `/api/v1/zones/${zone.body.id}`, { token: admin.token, body: { version: 1, manager_id: user.user.id } });
  assert.equal(assigned.status, 200);
  const pushed = await ws.next((m) => m.type === 'notification' && m.notification.kind === 'org');
  assert.match(pushed.notification.title, /华东二区/);
  ws.close();
  const fresh = await login(server, 'ws_user', 'Socket#2026');
  assert.equal((await call(server, 'POST', '/api/v1/notifications/read-all', { token: fresh.token })).status, 204);
  assert.equal((await call(server, 'GET', '/api/v1/notifications?unread=true', { token: fresh.token })).body.total, 0);
});

test('database work runs on the worker pool: a write waiting for a lock does not hold up the IO thread', async () => {
  const own = await startServer({ env: { SALIENT_THREADS: '1' } });  // every connection on one IO thread
  const { token } = await login(own, ADMIN.username, ADMIN.password);
  const lock = holdWriteLock(own.db, 'customers');
  try {
    await lock.held;
    let writeDone = false;
    const write = call(own, 'POST', '/api/v1/customers', { token, body: { name: 'Waits Ltd', segment: 'Corporate', channel: 'direct' } })
      .then((r) => { writeDone = true; return r; });
    await sleep(300);  // the write is now waiting for the lock (SQLite's busy timeout is 10 s)
    const health = await fetch(`${own.url}/healthz`, { signal: AbortSignal.timeout(5000) });
    assert.equal(health.status, 200);
    assert.equal(writeDone, false, 'the write should still be waiting for the lock');
    await lock.release();
    const written = await write;
    assert.equal(written.status, 201, written.text);
  } finally {
    await lock.release();  // a failed assertion must not leave the lock holder and the server running
    await own.stop();
  }
});

test('graceful shutdown: in-flight requests finish, then new connections are refused', async () => {
  const own = await startServer();
  // Logins take tens of milliseconds (argon2id), so these are in flight at SIGTERM.
  const inflight = Array.from({ length: 6 }, () => call(own, 'POST', '/api/v1/auth/login', { body: ADMIN }));
  await sleep(40);
  own.proc.kill('SIGTERM');
  const results = await Promise.all(inflight);
  for (const r of results) assert.equal(r.status, 200);
  const { code } = await own.exited;
  assert.equal(code, 0);
  await assert.rejects(fetch(`${own.url}/healthz`));
  await own.stop();
});

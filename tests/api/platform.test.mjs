// Idempotent retries, saved views, and sockets closed when rights are revoked.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, call, login, ADMIN, sleep } from './lib/harness.mjs';
import { openWebSocket } from './lib/websocket.mjs';

let server, admin;
before(async () => {
  server = await startServer();
  admin = await login(server, ADMIN.username, ADMIN.password);
});
after(async () => { await server.stop(); });

test('a retried create with the same Idempotency-Key creates one record', async () => {
  const body = { username: 'idem_user', password: 'Idem#2026', display_name: 'Idem', role: 'analyst' };
  const headers = { 'idempotency-key': 'create-idem-user-1' };
  const first = await call(server, 'POST', '/api/v1/users', { token: admin.token, body, headers });
  const second = await call(server, 'POST', '/api/v1/users', { token: admin.token, body, headers });
  assert.equal(first.status, 201);
  assert.equal(second.status, 201);
  assert.equal(second.body.id, first.body.id);
  assert.equal(second.headers.get('idempotent-replayed'), 'true');
  const found = await call(server, 'GET', '/api/v1/users?q=idem_user', { token: admin.token });
  assert.equal(found.body.total, 1);
  const reused = await call(server, 'POST', '/api/v1/zones', { token: admin.token, body: { kind: 'company', name: 'X', code: 'X1' }, headers });
  assert.equal(reused.status, 422);
  assert.equal(reused.body.errors[0].field, 'Idempotency-Key');
  // A failed request frees its key: the corrected retry goes through.
  const badHeaders = { 'idempotency-key': 'create-idem-user-2' };
  const bad = await call(server, 'POST', '/api/v1/users', { token: admin.token, body: { ...body, username: 'idem_two', role: 'nobody' }, headers: badHeaders });
  assert.equal(bad.status, 422);
  const good = await call(server, 'POST', '/api/v1/users', { token: admin.token, body: { ...body, username: 'idem_two' }, headers: badHeaders });
  assert.equal(good.status, 201);
});

test('saved views are private, named uniquely, with one default per list', async () => {
  const rep = await login(server, 'rep_east1');
  const other = await login(server, 'rep_east2');
  const a = await call(server, 'POST', '/api/v1/saved-views', { token: rep.token, body: { object: 'customer', name: 'A 类客户', query: { grade: 'A', sort: '-revenue_12m' }, is_default: true } });
  assert.equal(a.status, 201, a.text);
  const b = await call(server, 'POST', '/api/v1/saved-views', { token: rep.token, body: { object: 'customer', name: '沉睡客户', query: { status: 'dormant' }, is_default: true } });
  assert.equal(b.status, 201);
  const dup = await call(server, 'POST', '/api/v1/saved-views', { token: rep.token, body: { object: 'customer', name: 'A 类客户', query: {} } });
  assert.equal(dup.status, 409);
  const views = (await call(server, 'GET', '/api/v1/saved-views?object=customer', { token: rep.token })).body.items;
  assert.equal(views.length, 2);
  assert.deepEqual(views.filter((v) => v.is_default).map((v) => v.name), ['沉睡客户']);
  assert.deepEqual(views.find((v) => v.name === 'A 类客户').query, { grade: 'A', sort: '-revenue_12m' });
  assert.equal((await call(server, 'GET', '/api/v1/saved-views', { token: other.token })).body.total, 0);
  assert.equal((await call(server, 'DELETE', `/api/v1/saved-views/${a.body.id}`, { token: other.token })).status, 404);
  const badObject = await call(server, 'POST', '/api/v1/saved-views', { token: rep.token, body: { object: 'secrets', name: 'x', query: {} } });
  assert.equal(badObject.body.errors[0].field, 'object');
});

test('changing a password closes the user\'s open sockets', async () => {
  const created = await call(server, 'POST', '/api/v1/users', { token: admin.token, body: { username: 'ws_revoke', password: 'Socket#2026', display_name: 'WS', role: 'analyst' } });
  assert.equal(created.status, 201);
  const user = await login(server, 'ws_revoke', 'Socket#2026');
  const ws = await openWebSocket(`${server.url}/api/v1/ws`, { cookie: `salient_session=${user.token}` });
  assert.equal(ws.status, 101);
  await ws.next((m) => m.type === 'hello');
  const closed = new Promise((resolve) => ws.onClose(resolve));
  const changed = await call(server, 'POST', '/api/v1/me/password', { token: user.token, body: { current_password: 'Socket#2026', new_password: 'Socket#2027' } });
  assert.equal(changed.status, 204);
  const outcome = await Promise.race([closed.then(() => 'closed'), sleep(3000).then(() => 'still open')]);
  assert.equal(outcome, 'closed');
});

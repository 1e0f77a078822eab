// Bad input gets a 4xx problem+json naming the field, and nothing is written.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, call, login, ADMIN } from './lib/harness.mjs';

let server, admin;
before(async () => {
  server = await startServer();
  admin = await login(server, ADMIN.username, ADMIN.password);
});
after(async () => { await server.stop(); });

const userCount = async () => (await call(server, 'GET', '/api/v1/users?limit=1', { token: admin.token })).body.total;
const valid = { username: 'newbie', password: 'Newbie#2026', display_name: '新同事', role: 'sales_rep' };

async function rejected(payload, { status, field }) {
  const before = await userCount();
  const res = await call(server, 'POST', '/api/v1/users', { token: admin.token, ...payload });
  assert.equal(res.status, status, res.text);
  assert.equal(res.headers.get('content-type'), 'application/problem+json');
  assert.equal(res.body.status, status);
  assert.ok(res.body.request_id);
  if (field) assert.ok(res.body.errors.some((e) => e.field === field), `expected an error on ${field}: ${res.text}`);
  assert.equal(await userCount(), before, 'nothing may be written');
  return res;
}

test('malformed JSON', () => rejected({ raw: '{"username": "x",' }, { status: 400, field: 'body' }));
test('a JSON array instead of an object', () => rejected({ raw: '[1,2]' }, { status: 400, field: 'body' }));
test('wrong type names the field', () => rejected({ body: { ...valid, display_name: 42 } }, { status: 400, field: 'display_name' }));
test('unknown field names the field', () => rejected({ body: { ...valid, is_superuser: true } }, { status: 400, field: 'is_superuser' }));
test('missing required field', () => rejected({ body: { ...valid, role: undefined } }, { status: 422, field: 'role' }));
test('business validation: unknown role', () => rejected({ body: { ...valid, role: 'emperor' } }, { status: 422, field: 'role' }));
test('business validation: weak password', () => rejected({ body: { ...valid, password: 'abc' } }, { status: 422, field: 'password' }));
test('business validation: bad email', () => rejected({ body: { ...valid, email: 'not-an-email' } }, { status: 422, field: 'email' }));
test('zone_id must be an id string', () => rejected({ body: { ...valid, zone_id: 12 } }, { status: 400, field: 'zone_id' }));
test('wrong content type', async () => {
  const res = await rejected({ raw: JSON.stringify(valid), headers: { 'content-type': 'text/plain' } }, { status: 415 });
  assert.match(res.body.detail, /application\/json/);
});

test('oversized body is refused with 413', async () => {
  const before = await userCount();
  const huge = JSON.stringify({ ...valid, display_name: 'x'.repeat(2 * 1024 * 1024) });
  const res = await call(server, 'POST', '/api/v1/users', { token: admin.token, raw: huge });
  assert.equal(res.status, 413);
  assert.equal(res.body.status, 413);
  assert.equal(await userCount(), before);
});

test('duplicate username is a 409 naming the field', async () => {
  const first = await call(server, 'POST', '/api/v1/users', { token: admin.token, body: { ...valid, username: 'dup_user' } });
  assert.equal(first.status, 201);
  await rejected({ body: { ...valid, username: 'DUP_USER' } }, { status: 409, field: 'username' });
});

test('stale version on update is a 409, not an overwrite', async () => {
  const created = await call(server, 'POST', '/api/v1/users', { token: admin.token, body: { ...valid, username: 'versioned' } });
  const id = created.body.id;
  const first = await call(server, 'PATCH', `/api/v1/users/${id}`, { token: admin.token, body: { version: 1, display_name: '第一' } });
  assert.equal(first.status, 200);
  assert.equal(first.body.version, 2);
  const stale = await call(server, 'PATCH', `/api/v1/users/${id}`, { token: admin.token, body: { version: 1, display_name: '第二' } });
  assert.equal(stale.status, 409);
  const now = await call(server, 'GET', `/api/v1/users/${id}`, { token: admin.token });
  assert.equal(now.body.display_name, '第一');
});

test('list parameters are validated', async () => {
  const res = await call(server, 'GET', '/api/v1/users?limit=500', { token: admin.token });
  assert.equal(res.status, 400);
  assert.equal(res.body.errors[0].field, 'limit');
  const sort = await call(server, 'GET', '/api/v1/users?sort=password_hash', { token: admin.token });
  assert.equal(sort.status, 422);
  assert.equal(sort.body.errors[0].field, 'sort');
});

test('unknown endpoints and methods', async () => {
  assert.equal((await call(server, 'GET', '/api/v1/nothing-here', { token: admin.token })).status, 404);
  assert.equal((await call(server, 'PUT', '/api/v1/me', { token: admin.token, body: {} })).status, 405);
  assert.equal((await call(server, 'GET', '/api/v1/users/not-a-number', { token: admin.token })).status, 404);
});

// Login, throttling, lockout, token expiry and revocation, CSRF.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, call, login, ADMIN, DEMO_PASSWORD, sleep } from './lib/harness.mjs';

let server;
before(async () => {
  server = await startServer({ env: { SALIENT_LOCKOUT_THRESHOLD: '5', SALIENT_LOGIN_DELAY_MS: '300', SALIENT_LOCKOUT_SECONDS: '60' } });
});
after(async () => { await server.stop(); });

test('login returns a token, the user and HttpOnly SameSite cookies', async () => {
  const res = await call(server, 'POST', '/api/v1/auth/login', { body: ADMIN });
  assert.equal(res.status, 200);
  assert.match(res.body.token, /^[A-Za-z0-9_-]{43}$/);
  assert.equal(res.body.user.username, 'admin');
  assert.equal(res.body.user.role, 'admin');
  assert.equal(typeof res.body.user.id, 'string');
  const cookies = res.headers.getSetCookie();
  const session = cookies.find((c) => c.startsWith('salient_session='));
  assert.ok(session.includes('HttpOnly') && session.includes('SameSite=Strict'), session);
  const csrf = cookies.find((c) => c.startsWith('salient_csrf='));
  assert.ok(!csrf.includes('HttpOnly'));
  const me = await call(server, 'GET', '/api/v1/me', { token: res.body.token });
  assert.equal(me.status, 200);
  assert.equal(me.body.username, 'admin');
  assert.deepEqual(me.body.permissions.user.actions, ['read', 'create', 'update', 'delete', 'approve', 'export']);
});

test('wrong password and unknown user get the same 401', async () => {
  const wrong = await call(server, 'POST', '/api/v1/auth/login', { body: { username: 'director', password: 'nope-nope1' } });
  const unknown = await call(server, 'POST', '/api/v1/auth/login', { body: { username: 'nobody', password: 'nope-nope1' } });
  assert.equal(wrong.status, 401);
  assert.equal(unknown.status, 401);
  assert.equal(wrong.body.detail, unknown.body.detail);
  assert.equal(wrong.headers.get('content-type'), 'application/problem+json');
});

test('repeated failures slow down, then lock the account; the right password does not get through', async () => {
  const user = 'rep_south2';
  const attempt = (password) => call(server, 'POST', '/api/v1/auth/login', { body: { username: user, password } });
  assert.equal((await attempt('bad-pass1')).status, 401);
  assert.equal((await attempt('bad-pass2')).status, 401);
  assert.equal((await attempt('bad-pass3')).status, 401);  // third failure starts a delay
  const throttled = await attempt(DEMO_PASSWORD);
  assert.equal(throttled.status, 429);
  assert.ok(Number(throttled.headers.get('retry-after')) >= 1);
  await sleep(350);
  assert.equal((await attempt('bad-pass4')).status, 401);
  await sleep(650);
  const locked = await attempt('bad-pass5');
  assert.equal(locked.status, 423, locked.text);
  assert.equal((await attempt(DEMO_PASSWORD)).status, 423);
  // An admin reset unlocks.
  const admin = await login(server, ADMIN.username, ADMIN.password);
  const users = await call(server, 'GET', `/api/v1/users?q=${user}`, { token: admin.token });
  const id = users.body.items[0].id;
  assert.equal(users.body.items[0].locked, true);
  const reset = await call(server, 'POST', `/api/v1/users/${id}/password`, { token: admin.token, body: { new_password: 'Fresh#2027' } });
  assert.equal(reset.status, 204);
  assert.equal((await attempt('Fresh#2027')).status, 200);
});

test('logout revokes the token', async () => {
  const s = await login(server, 'director');
  assert.equal((await call(server, 'GET', '/api/v1/me', { token: s.token })).status, 200);
  assert.equal((await call(server, 'POST', '/api/v1/auth/logout', { token: s.token })).status, 204);
  const after = await call(server, 'GET', '/api/v1/me', { token: s.token });
  assert.equal(after.status, 401);
  assert.equal(after.body.status, 401);
});

test('changing the password revokes every session of the user', async () => {
  const a = await login(server, 'analyst');
  const b = await login(server, 'analyst');
  const wrong = await call(server, 'POST', '/api/v1/me/password', { token: a.token, body: { current_password: 'x-wrong-1', new_password: 'Other#2027' } });
  assert.equal(wrong.status, 422);
  assert.equal(wrong.body.errors[0].field, 'current_password');
  const weak = await call(server, 'POST', '/api/v1/me/password', { token: a.token, body: { current_password: DEMO_PASSWORD, new_password: 'short' } });
  assert.equal(weak.body.errors[0].field, 'new_password');
  const ok = await call(server, 'POST', '/api/v1/me/password', { token: a.token, body: { current_password: DEMO_PASSWORD, new_password: 'Other#2027' } });
  assert.equal(ok.status, 204);
  assert.equal((await call(server, 'GET', '/api/v1/me', { token: a.token })).status, 401);
  assert.equal((await call(server, 'GET', '/api/v1/me', { token: b.token })).status, 401);
  await login(server, 'analyst', 'Other#2027');
});

test('cookie sessions need the CSRF header on writes; bearer tokens do not', async () => {
  const s = await login(server, 'warehouse');
  const cookie = s.cookies.map((c) => c.split(';')[0]).join('; ');
  const read = await call(server, 'GET', '/api/v1/me', { headers: { cookie } });
  assert.equal(read.status, 200);
  const noHeader = await call(server, 'PATCH', '/api/v1/me', { headers: { cookie }, body: { locale: 'en-US' } });
  assert.equal(noHeader.status, 403);
  assert.match(noHeader.body.detail, /CSRF/);
  const badHeader = await call(server, 'PATCH', '/api/v1/me', { headers: { cookie, 'x-csrf-token': 'forged' }, body: { locale: 'en-US' } });
  assert.equal(badHeader.status, 403);
  const good = await call(server, 'PATCH', '/api/v1/me', { headers: { cookie, 'x-csrf-token': s.csrf }, body: { locale: 'en-US' } });
  assert.equal(good.status, 200);
  assert.equal(good.body.locale, 'en-US');
  const bearer = await call(server, 'PATCH', '/api/v1/me', { token: s.token, body: { locale: 'zh-CN' } });
  assert.equal(bearer.status, 200);
});

test('tokens expire', async () => {
  const short = await startServer({ env: { SALIENT_SESSION_TTL: '1' } });
  try {
    const s = await login(short, ADMIN.username, ADMIN.password);
    assert.equal((await call(short, 'GET', '/api/v1/me', { token: s.token })).status, 200);
    await sleep(1200);
    const expired = await call(short, 'GET', '/api/v1/me', { token: s.token });
    assert.equal(expired.status, 401);
  } finally {
    await short.stop();
  }
});

test('login writes the audit log', async () => {
  const admin = await login(server, ADMIN.username, ADMIN.password);
  const audit = await call(server, 'GET', '/api/v1/audit-log?object=user&limit=200', { token: admin.token });
  assert.equal(audit.status, 200);
  const actions = new Set(audit.body.items.map((i) => i.action));
  for (const a of ['login', 'login_failed', 'logout', 'password_reset', 'password_change']) assert.ok(actions.has(a), a);
});

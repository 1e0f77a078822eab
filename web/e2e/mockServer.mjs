// A small in-memory stand-in for `salient serve`, following docs/api.md, so the web UI
// can be developed and its e2e test run before (or without) the C++ server.
//   node e2e/mockServer.mjs [port]      (serves web/dist with SPA fallback)
// Admin account: admin / Admin#2026. Not used by CI against the real server.
import { randomBytes } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const port = Number(process.argv[2] ?? process.env.PORT ?? 18081);
const distDir = fileURLToPath(new URL('../dist/', import.meta.url));
const now = () => new Date().toISOString();
let nextId = 1000;
const newId = () => String(++nextId);

const objects = ['user', 'zone', 'role', 'audit_log', 'customer', 'opportunity', 'quote', 'order', 'product'];
const actions = ['read', 'create', 'update', 'delete', 'approve', 'export'];
const scopes = ['none', 'own', 'zone', 'subtree', 'all'];
const roleLabels = {
  admin: ['系统管理员', 'Administrator'], sales_director: ['销售总监', 'Sales director'],
  zone_manager: ['战区经理', 'Zone manager'], sales_rep: ['销售代表', 'Sales rep'], finance: ['财务', 'Finance'],
  warehouse: ['仓库', 'Warehouse'], logistics: ['物流', 'Logistics'], dispatcher: ['调度', 'Dispatcher'],
  engineer: ['服务工程师', 'Service engineer'], analyst: ['分析师', 'Analyst'],
};
const roles = Object.entries(roleLabels).map(([name, [zh, en]]) => ({
  name, label_zh: zh, label_en: en, builtin: true, version: 1,
  permissions: Object.fromEntries(objects.map((o) => [o, name === 'admin'
    ? { actions: [...actions], scope: 'all' }
    : o === 'customer' ? { actions: ['read', 'create', 'update'], scope: name === 'sales_rep' ? 'own' : 'zone' } : { actions: [], scope: 'none' }])),
  hidden_fields: name === 'sales_rep' ? { product: ['cost_price'] } : {},
}));

const zones = [
  { id: '1', parent_id: null, kind: 'company', name: '星辰科技', code: 'HQ' },
  { id: '2', parent_id: '1', kind: 'region', name: '华东大区', code: 'EAST' },
  { id: '3', parent_id: '1', kind: 'region', name: '华南大区', code: 'SOUTH' },
  { id: '4', parent_id: '2', kind: 'zone', name: '上海一战区', code: 'EAST-SH1' },
  { id: '5', parent_id: '2', kind: 'zone', name: '杭州战区', code: 'EAST-HZ' },
  { id: '6', parent_id: '3', kind: 'zone', name: '深圳战区', code: 'SOUTH-SZ' },
].map((z) => ({ ...z, manager_id: null, version: 1 }));

const users = [];
function addUser(fields, password) {
  const user = {
    id: newId(), email: null, phone: null, locale: 'zh-CN', time_zone: 'Asia/Shanghai', zone_id: null,
    active: true, locked: false, version: 1, created_at: now(), updated_at: now(), ...fields,
  };
  users.push({ user, password });
  return user;
}
addUser({ username: 'admin', display_name: '系统管理员', role: 'admin', zone_id: '1' }, 'Admin#2026');
addUser({ username: 'zhang.wei', display_name: '张伟', role: 'zone_manager', zone_id: '4', email: 'zhang.wei@example.com' }, 'Passw0rd!');
addUser({ username: 'li.na', display_name: '李娜', role: 'sales_rep', zone_id: '4', phone: '13800000001' }, 'Passw0rd!');
addUser({ username: 'wang.fang', display_name: '王芳', role: 'finance', zone_id: '1', locked: true }, 'Passw0rd!');
addUser({ username: 'chen.jie', display_name: '陈杰', role: 'sales_rep', zone_id: '6', active: false }, 'Passw0rd!');
zones[3].manager_id = users[1].user.id;

const audit = [];
function record(actor, action, object, objectId, before, after) {
  audit.unshift({ id: newId(), at: now(), actor_id: actor?.id ?? null, actor_name: actor?.display_name ?? null,
    action, object, object_id: objectId, before, after, request_id: randomBytes(6).toString('hex') });
}
const notifications = [
  { id: newId(), kind: 'approval', title: '报价单 Q-2026-0012 待审批', body: '李娜提交了 ¥128,000 的报价，折扣 12%。', link: '/admin/users', read: false, created_at: now() },
  { id: newId(), kind: 'info', title: '欢迎使用 Salient', body: '系统已就绪。', link: null, read: true, created_at: now() },
];

const sessions = new Map(); // token -> { userId, csrf }
const failures = new Map(); // username -> count

const zoneView = (z) => ({
  ...z,
  manager_name: users.find((u) => u.user.id === z.manager_id)?.user.display_name ?? null,
  member_count: users.filter((u) => u.user.zone_id === z.id).length,
});
const userView = (u) => ({ ...u, zone_name: zones.find((z) => z.id === u.zone_id)?.name ?? null });

function send(res, status, body, headers = {}) {
  const payload = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json', ...headers });
  res.end(payload);
}
const problem = (res, status, title, detail = '', errors, headers) =>
  send(res, status, { type: 'about:blank', title, status, detail, errors, request_id: 'mock' }, headers);

function cookies(req) {
  return Object.fromEntries((req.headers.cookie ?? '').split(';').filter(Boolean).map((c) => {
    const i = c.indexOf('=');
    return [c.slice(0, i).trim(), decodeURIComponent(c.slice(i + 1).trim())];
  }));
}

async function readJson(req) {
  let raw = '';
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : {};
}

function list(res, items, url) {
  const limit = Math.min(200, Number(url.searchParams.get('limit') ?? 50));
  const offset = Number(url.searchParams.get('offset') ?? 0);
  send(res, 200, { items: items.slice(offset, offset + limit), total: items.length, next_cursor: null });
}

async function api(req, res, url) {
  const path = url.pathname.replace(/^\/api\/v1/, '');
  const method = req.method ?? 'GET';
  const jar = cookies(req);
  const session = sessions.get(jar.salient_session);
  const me = session && users.find((u) => u.user.id === session.userId)?.user;

  if (path === '/auth/login' && method === 'POST') {
    const { username = '', password = '' } = await readJson(req);
    if (!username) return problem(res, 422, 'Invalid request', '1 field is invalid', [{ field: 'username', message: 'must not be empty' }]);
    if ((failures.get(username) ?? 0) >= 5) return problem(res, 429, 'Too many login attempts', 'Try again later', undefined, { 'Retry-After': '42' });
    const entry = users.find((u) => u.user.username === username);
    if (entry?.user.locked) return problem(res, 423, 'Account locked', 'This account is locked');
    if (!entry || entry.password !== password || !entry.user.active) {
      failures.set(username, (failures.get(username) ?? 0) + 1);
      return problem(res, 401, 'Unauthorized', 'invalid username or password');
    }
    failures.delete(username);
    const token = randomBytes(16).toString('hex');
    const csrf = randomBytes(16).toString('hex');
    sessions.set(token, { userId: entry.user.id, csrf });
    record(entry.user, 'login', 'user', entry.user.id, null, null);
    return send(res, 200, { token, csrf_token: csrf, user: userView(entry.user) }, {
      'Set-Cookie': [`salient_session=${token}; HttpOnly; SameSite=Strict; Path=/`, `salient_csrf=${csrf}; SameSite=Strict; Path=/`],
    });
  }
  if (!me) return problem(res, 401, 'Unauthorized', 'not logged in');
  if (method !== 'GET' && req.headers['x-csrf-token'] !== session.csrf) return problem(res, 403, 'Forbidden', 'CSRF token missing or wrong');

  if (path === '/auth/logout' && method === 'POST') {
    sessions.delete(jar.salient_session);
    res.writeHead(204, { 'Set-Cookie': ['salient_session=; Max-Age=0; Path=/', 'salient_csrf=; Max-Age=0; Path=/'] });
    return res.end();
  }
  if (path === '/me' && method === 'GET') {
    const role = roles.find((r) => r.name === me.role);
    return send(res, 200, { user: userView(me), permissions: role.permissions, hidden_fields: role.hidden_fields });
  }
  if (path === '/me' && method === 'PATCH') {
    Object.assign(me, await readJson(req), { version: me.version + 1, updated_at: now() });
    return send(res, 200, userView(me));
  }
  if (path === '/me/password' && method === 'POST') {
    const body = await readJson(req);
    const entry = users.find((u) => u.user.id === me.id);
    if (entry.password !== body.current_password) return problem(res, 422, 'Invalid request', 'wrong password', [{ field: 'current_password', message: 'is wrong' }]);
    entry.password = body.new_password;
    for (const [t, s] of sessions) if (s.userId === me.id) sessions.delete(t);
    res.writeHead(204);
    return res.end();
  }
  if (path === '/users' && method === 'GET') {
    const q = (url.searchParams.get('q') ?? '').toLowerCase();
    const role = url.searchParams.get('role');
    const active = url.searchParams.get('active');
    const items = users.map((u) => u.user).filter((u) =>
      (!q || `${u.username} ${u.display_name} ${u.email ?? ''}`.toLowerCase().includes(q)) &&
      (!role || u.role === role) && (active === null || String(u.active) === active));
    return list(res, items.map(userView), url);
  }
  if (path === '/users' && method === 'POST') {
    const body = await readJson(req);
    const errors = [];
    if (!body.username) errors.push({ field: 'username', message: 'must not be empty' });
    if (!body.password || body.password.length < 8) errors.push({ field: 'password', message: 'must be at least 8 characters' });
    if (errors.length) return problem(res, 422, 'Invalid request', `${errors.length} fields are invalid`, errors);
    if (users.some((u) => u.user.username === body.username)) {
      return problem(res, 409, 'Conflict', 'username already exists', [{ field: 'username', message: 'already exists' }]);
    }
    const { password, ...fields } = body;
    const user = addUser(fields, password);
    record(me, 'create', 'user', user.id, null, userView(user));
    return send(res, 201, userView(user));
  }
  let m = path.match(/^\/users\/(\w+)(\/password)?$/);
  if (m) {
    const entry = users.find((u) => u.user.id === m[1]);
    if (!entry) return problem(res, 404, 'Not found');
    if (m[2] && method === 'POST') {
      entry.password = (await readJson(req)).new_password;
      entry.user.locked = false;
      res.writeHead(204);
      return res.end();
    }
    if (method === 'PATCH') {
      const body = await readJson(req);
      if (body.version !== entry.user.version) return problem(res, 409, 'Conflict', 'stale version');
      const before = userView({ ...entry.user });
      const { version, ...fields } = body;
      Object.assign(entry.user, fields, { version: version + 1, updated_at: now() });
      record(me, 'update', 'user', entry.user.id, before, userView(entry.user));
      return send(res, 200, userView(entry.user));
    }
    if (method === 'DELETE') {
      const before = userView({ ...entry.user });
      Object.assign(entry.user, { active: false, version: entry.user.version + 1, updated_at: now() });
      record(me, 'delete', 'user', entry.user.id, before, userView(entry.user));
      res.writeHead(204);
      return res.end();
    }
  }
  if (path === '/zones' && method === 'GET') return send(res, 200, { items: zones.map(zoneView) });
  if (path === '/zones' && method === 'POST') {
    const zone = { id: newId(), version: 1, manager_id: null, ...(await readJson(req)) };
    zones.push(zone);
    record(me, 'create', 'zone', zone.id, null, zoneView(zone));
    return send(res, 201, zoneView(zone));
  }
  m = path.match(/^\/zones\/(\w+)$/);
  if (m) {
    const zone = zones.find((z) => z.id === m[1]);
    if (!zone) return problem(res, 404, 'Not found');
    if (method === 'PATCH') {
      const body = await readJson(req);
      if (body.version !== zone.version) return problem(res, 409, 'Conflict', 'stale version');
      const before = zoneView({ ...zone });
      Object.assign(zone, body, { version: zone.version + 1 });
      record(me, 'update', 'zone', zone.id, before, zoneView(zone));
      return send(res, 200, zoneView(zone));
    }
    if (method === 'DELETE') {
      if (zones.some((z) => z.parent_id === zone.id) || zoneView(zone).member_count > 0) {
        return problem(res, 409, 'Conflict', 'zone has children or members');
      }
      zones.splice(zones.indexOf(zone), 1);
      record(me, 'delete', 'zone', zone.id, zoneView(zone), null);
      res.writeHead(204);
      return res.end();
    }
  }
  if (path === '/roles' && method === 'GET') return send(res, 200, { items: roles, objects, actions, scopes });
  m = path.match(/^\/roles\/(\w+)$/);
  if (m && method === 'PUT') {
    const role = roles.find((r) => r.name === m[1]);
    const body = await readJson(req);
    if (!role) return problem(res, 404, 'Not found');
    if (role.name === 'admin') return problem(res, 403, 'Forbidden', 'the admin role cannot be changed');
    if (body.version !== role.version) return problem(res, 409, 'Conflict', 'stale version');
    const before = structuredClone(role);
    Object.assign(role, { permissions: body.permissions, hidden_fields: body.hidden_fields, version: role.version + 1 });
    record(me, 'update', 'role', role.name, before, role);
    return send(res, 200, role);
  }
  if (path === '/audit-log' && method === 'GET') {
    const f = (k) => url.searchParams.get(k);
    return list(res, audit.filter((a) => (!f('object') || a.object === f('object')) &&
      (!f('object_id') || a.object_id === f('object_id')) && (!f('actor_id') || a.actor_id === f('actor_id'))), url);
  }
  if (path === '/notifications' && method === 'GET') {
    return send(res, 200, { items: notifications, unread: notifications.filter((n) => !n.read).length, total: notifications.length });
  }
  if (path === '/notifications/read-all' && method === 'POST') {
    for (const n of notifications) n.read = true;
    res.writeHead(204);
    return res.end();
  }
  m = path.match(/^\/notifications\/(\w+)\/read$/);
  if (m && method === 'POST') {
    const n = notifications.find((x) => x.id === m[1]);
    if (n) n.read = true;
    res.writeHead(204);
    return res.end();
  }
  return problem(res, 404, 'Not found', `no route ${method} ${path}`);
}

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json' };

function serveStatic(res, pathname) {
  let file = normalize(join(distDir, pathname));
  if (!file.startsWith(distDir) || !existsSync(file) || statSync(file).isDirectory()) file = join(distDir, 'index.html');
  res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
}

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/healthz') return send(res, 200, { status: 'ok' });
  if (url.pathname.startsWith('/api/')) {
    return api(req, res, url).catch((error) => problem(res, 400, 'Bad request', String(error)));
  }
  return serveStatic(res, url.pathname);
}).listen(port, '127.0.0.1', () => console.log(`mock salient on http://127.0.0.1:${port}`));

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

const objects = ['user', 'zone', 'role', 'audit_log', 'customer', 'contact', 'opportunity', 'quote', 'order', 'product', 'forecast'];
const actions = ['read', 'create', 'update', 'delete', 'approve', 'export'];
const scopes = ['none', 'own', 'zone', 'subtree', 'all'];
const roleLabels = {
  admin: ['系统管理员', 'Administrator'], sales_director: ['销售总监', 'Sales director'],
  zone_manager: ['战区经理', 'Zone manager'], sales_rep: ['销售代表', 'Sales rep'], finance: ['财务', 'Finance'],
  warehouse: ['仓库', 'Warehouse'], logistics: ['物流', 'Logistics'], dispatcher: ['调度', 'Dispatcher'],
  engineer: ['服务工程师', 'Service engineer'], analyst: ['分析师', 'Analyst'],
};
// A small copy of the server's built-in grants (src/auth/permissions.cpp).
function grant(role, object) {
  const sales = ['customer', 'contact', 'opportunity', 'quote', 'order'];
  if (role === 'admin') return { actions: object === 'audit_log' ? ['read', 'export'] : [...actions], scope: 'all' };
  if (object === 'forecast') {
    if (role === 'sales_director') return { actions: [...actions], scope: 'all' };
    if (role === 'zone_manager') return { actions: ['read', 'export'], scope: 'subtree' };
    if (role === 'analyst') return { actions: ['read', 'export'], scope: 'all' };
    return { actions: [], scope: 'none' };
  }
  if (role === 'sales_director' || role === 'zone_manager') {
    const scope = role === 'sales_director' ? 'all' : 'subtree';
    if (sales.includes(object)) return { actions: [...actions], scope };
    if (['user', 'zone', 'product'].includes(object)) return { actions: ['read'], scope };
  }
  if (role === 'sales_rep') {
    if (sales.includes(object)) return { actions: ['read', 'create', 'update'], scope: 'own' };
    if (object === 'user') return { actions: ['read'], scope: 'own' };
    if (['zone', 'product'].includes(object)) return { actions: ['read'], scope: 'all' };
  }
  if (['customer', 'order', 'product', 'zone'].includes(object)) return { actions: ['read'], scope: 'all' };
  return { actions: [], scope: 'none' };
}
const roles = Object.entries(roleLabels).map(([name, [zh, en]]) => ({
  name, label_zh: zh, label_en: en, builtin: true, version: 1,
  permissions: Object.fromEntries(objects.map((o) => [o, grant(name, o)])),
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
addUser({ username: 'director', display_name: '王总监', role: 'sales_director', zone_id: '1' }, 'Demo#2026');
addUser({ username: 'rep_east1', display_name: '吴晓东', role: 'sales_rep', zone_id: '4' }, 'Demo#2026');
addUser({ username: 'rep_east2', display_name: '郑丽华', role: 'sales_rep', zone_id: '5' }, 'Demo#2026');
addUser({ username: 'rep_south1', display_name: '朱磊', role: 'sales_rep', zone_id: '6' }, 'Demo#2026');

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
    const role = roles.find((r) => r.name === me.role);
    return send(res, 200, { user: userView(me), permissions: role.permissions, hidden_fields: role.hidden_fields });
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
  const handled = await salesApi(req, res, url, path, method, me);
  if (handled !== false) return handled;
  const forecasted = forecastApi(res, url, path, method, me);
  if (forecasted !== false) return forecasted;
  return problem(res, 404, 'Not found', `no route ${method} ${path}`);
}

// ---------- sales core (docs/api.md, "Sales core"): seeded, deterministic data ----------
let seed = 7;
const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
const pick = (list) => list[Math.floor(rnd() * list.length)];
const catalog = {
  Furniture: ['Chairs', 'Tables', 'Bookcases', 'Furnishings'],
  'Office Supplies': ['Paper', 'Binders', 'Storage', 'Art'],
  Technology: ['Phones', 'Machines', 'Copiers', 'Accessories'],
};
const products = [];
for (const [category, subs] of Object.entries(catalog)) {
  for (const sub of subs) {
    for (let i = 1; i <= 5; i++) {
      const list = Math.round((20 + rnd() * (category === 'Technology' ? 3000 : 600)) * 100);
      products.push({ id: newId(), code: `${category.slice(0, 3).toUpperCase()}-${sub.slice(0, 2).toUpperCase()}-${1000 + products.length}`,
        name: `${sub} ${['Pro', 'Classic', 'Lite', 'Max', 'Eco'][i - 1]} ${100 + products.length}`, product_line: `${category} / ${sub}`,
        category, sub_category: sub, list_price: list, cost_price: Math.round(list * 0.62), currency: 'CNY', unit: '件', active: i !== 5, version: 1 });
    }
  }
}
const salesUsers = users.map((u) => u.user).filter((u) => u.role === 'sales_rep' && u.active);
const cities = [['上海', '上海'], ['杭州', '浙江'], ['南京', '江苏'], ['深圳', '广东'], ['广州', '广东'], ['苏州', '江苏']];
const customers = [];
const customerNames = ['华东贸易', '星河电子', '远航物流', '恒信实业', '金桥商贸', '嘉禾科技', '宏图办公', '瑞丰家居', '天成建设', '青松教育', '蓝海零售', '明德咨询'];
for (let i = 0; i < 60; i++) {
  const owner = salesUsers[i % salesUsers.length];
  const [city, state] = pick(cities);
  customers.push({ id: newId(), code: `C-${String(10001 + i)}`, name: `${customerNames[i % customerNames.length]}${i >= 12 ? ` ${Math.floor(i / 12) + 1} 号店` : ''}`,
    segment: pick(['Consumer', 'Corporate', 'Home Office']), industry: pick(['零售', '制造', '教育', null]), grade_override: null,
    grade_override_reason: null, owner_id: owner.id, owner_name: owner.display_name, zone_id: owner.zone_id, territory: null,
    address: `${city}市中山路 ${i + 1} 号`, city, state, postal_code: null, country: 'CN', latitude: null, longitude: null, currency: 'CNY',
    credit_limit: Math.round(rnd() * 50) * 1_000_000, credit_used: 0, channel: pick(['direct', 'store', 'distributor', 'online']), tags: [],
    status: pick(['active', 'active', 'active', 'dormant', 'lead']), phone: `1380000${String(1000 + i)}`, email: null, last_visit_at: null,
    last_order_at: null, version: 1, created_at: now(), updated_at: now() });
}
const contacts = customers.slice(0, 30).map((c, i) => ({ id: newId(), customer_id: c.id, name: pick(['张敏', '李强', '王磊', '刘洋']),
  title: pick(['采购经理', '总经理', '财务主管']), phone: `1390000${String(2000 + i)}`, email: null, is_primary: true, version: 1 }));
const lifecycle = ['created', 'credit_check', 'confirmed', 'picking', 'shipped', 'delivered', 'closed'];
const orders = [];
const today = new Date();
for (let i = 0; i < 500; i++) {
  const customer = pick(customers);
  const daysAgo = Math.floor(rnd() * 400);
  const date = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - daysAgo));
  const lines = Array.from({ length: 1 + Math.floor(rnd() * 4) }, (_, n) => {
    const p = pick(products);
    const quantity = 1 + Math.floor(rnd() * 6);
    const discount_pct = pick([0, 0, 10, 20]);
    return { line_no: n + 1, product_id: p.id, product_code: p.code, product_name: p.name, quantity, list_price: p.list_price,
      discount_pct, net_amount: Math.round(p.list_price * quantity * (1 - discount_pct / 100)) };
  });
  const subtotal = lines.reduce((s, l) => s + l.list_price * l.quantity, 0);
  const total = lines.reduce((s, l) => s + l.net_amount, 0);
  const stage = daysAgo > 30 ? 6 : Math.floor(rnd() * 7);
  const status = daysAgo < 20 && rnd() < 0.08 ? 'cancelled' : lifecycle[stage];
  const at = date.toISOString();
  const timeline = [{ from_status: null, to_status: 'created', actor_name: customer.owner_name, note: null, at }];
  for (let k = 1; k <= (status === 'cancelled' ? 1 : stage); k++) {
    timeline.push({ from_status: lifecycle[k - 1], to_status: lifecycle[k], actor_name: pick(['李财务', '赵仓管', '钱物流', customer.owner_name]),
      note: k === 1 ? '额度内，自动通过' : null, at: new Date(date.getTime() + k * 86400000).toISOString() });
  }
  if (status === 'cancelled') timeline.push({ from_status: 'credit_check', to_status: 'cancelled', actor_name: customer.owner_name, note: '客户取消采购计划', at: new Date(date.getTime() + 2 * 86400000).toISOString() });
  orders.push({ id: newId(), number: `SO-${date.getUTCFullYear()}-${String(10000 + i)}`, customer_id: customer.id, customer_name: customer.name,
    owner_id: customer.owner_id, owner_name: customer.owner_name, zone_id: customer.zone_id, channel: customer.channel, status,
    order_date: at, ship_date: stage >= 4 ? new Date(date.getTime() + 4 * 86400000).toISOString() : null,
    ship_mode: pick(['Standard Class', 'Second Class', 'First Class', 'Same Day']), currency: 'CNY', subtotal, discount_total: subtotal - total,
    total, line_count: lines.length, version: 1, created_at: at, updated_at: at, lines, timeline });
}
const zoneName = (id) => zones.find((z) => z.id === id)?.name ?? null;
const yearAgo = Date.now() - 365 * 86400000;
for (const c of customers) {
  const mine = orders.filter((o) => o.customer_id === c.id && o.status !== 'cancelled');
  c.revenue_12m = mine.filter((o) => Date.parse(o.order_date) >= yearAgo).reduce((s, o) => s + o.total, 0);
  c.credit_used = mine.filter((o) => !['delivered', 'closed'].includes(o.status)).reduce((s, o) => s + o.total, 0);
  c.last_order_at = mine.map((o) => o.order_date).sort().at(-1) ?? null;
  c.grade_computed = c.revenue_12m > 8_000_000 ? 'A' : c.revenue_12m > 2_000_000 ? 'B' : 'C';
}
const customerView = (c, me) => {
  const { grade_override, ...rest } = c;
  const view = { ...rest, grade: grade_override ?? c.grade_computed, zone_name: zoneName(c.zone_id) };
  const role = roles.find((r) => r.name === me.role);
  for (const f of role.hidden_fields.customer ?? []) delete view[f];
  return view;
};
const orderView = (o, detail = false) => {
  const { lines, timeline, ...rest } = o;
  return detail ? { ...rest, zone_name: zoneName(o.zone_id), lines, timeline } : { ...rest, zone_name: zoneName(o.zone_id) };
};
function inScope(me, object, record) {
  const p = roles.find((r) => r.name === me.role).permissions[object];
  if (!p || p.scope === 'none' || !p.actions.includes('read')) return false;
  if (p.scope === 'own') return record.owner_id === me.id;
  return true;
}
function sortBy(items, sort, fallback) {
  const key = sort || fallback;
  if (!key) return items;
  const desc = key.startsWith('-');
  const field = desc ? key.slice(1) : key;
  return [...items].sort((a, b) => {
    const x = a[field] ?? '';
    const y = b[field] ?? '';
    return (x < y ? -1 : x > y ? 1 : 0) * (desc ? -1 : 1);
  });
}

async function salesApi(req, res, url, path, method, me) {
  const f = (k) => url.searchParams.get(k) || '';
  if (path === '/customers' && method === 'GET') {
    const q = f('q').toLowerCase();
    const items = customers.filter((c) => inScope(me, 'customer', c) && (!q || `${c.name} ${c.code}`.toLowerCase().includes(q)) &&
      ['status', 'segment', 'channel', 'zone_id', 'owner_id'].every((k) => !f(k) || c[k] === f(k)) &&
      (!f('grade') || (c.grade_override ?? c.grade_computed) === f('grade'))).map((c) => customerView(c, me));
    return list(res, sortBy(items, f('sort'), 'name'), url);
  }
  if (path === '/customers' && method === 'POST') {
    const body = await readJson(req);
    if (!body.name) return problem(res, 422, 'Invalid request', '1 field is invalid', [{ field: 'name', message: 'must not be empty' }]);
    const c = { id: newId(), code: `C-${10001 + customers.length}`, industry: null, grade_override: null, grade_override_reason: null,
      grade_computed: 'C', owner_id: me.id, owner_name: me.display_name, zone_id: me.zone_id, territory: null, address: null, city: null,
      state: null, postal_code: null, country: null, latitude: null, longitude: null, currency: 'CNY', credit_limit: 0, credit_used: 0,
      revenue_12m: 0, tags: [], status: 'lead', phone: null, email: null, last_visit_at: null, last_order_at: null, version: 1,
      created_at: now(), updated_at: now(), ...body };
    customers.push(c);
    record(me, 'create', 'customer', c.id, null, customerView(c, me));
    return send(res, 201, customerView(c, me));
  }
  let m = path.match(/^\/customers\/(\w+)(?:\/(grade|timeline|contacts))?$/);
  if (m) {
    const c = customers.find((x) => x.id === m[1]);
    if (!c || !inScope(me, 'customer', c)) return problem(res, 404, 'Not found', 'customer not found');
    if (!m[2] && method === 'GET') return send(res, 200, customerView(c, me));
    if (!m[2] && method === 'PATCH') {
      const body = await readJson(req);
      if (body.version !== c.version) return problem(res, 409, 'Conflict', 'the customer was changed by someone else (stale version)');
      const { version, ...fields } = body;
      Object.assign(c, fields, { version: version + 1, updated_at: now() });
      return send(res, 200, customerView(c, me));
    }
    if (m[2] === 'grade' && method === 'POST') {
      const body = await readJson(req);
      Object.assign(c, { grade_override: body.grade, grade_override_reason: body.grade ? body.reason : null, version: c.version + 1 });
      return send(res, 200, customerView(c, me));
    }
    if (m[2] === 'timeline') {
      const items = orders.filter((o) => o.customer_id === c.id).sort((a, b) => b.order_date.localeCompare(a.order_date))
        .map((o) => ({ type: 'order', id: o.id, at: o.order_date, title: o.number, status: o.status, amount: o.total, currency: o.currency }));
      if (items.length) items.splice(1, 0, { type: 'visit', id: newId(), at: items[0].at, title: '季度回访', status: null, amount: null, currency: null });
      return send(res, 200, { items });
    }
    if (m[2] === 'contacts' && method === 'GET') return send(res, 200, { items: contacts.filter((x) => x.customer_id === c.id) });
    if (m[2] === 'contacts' && method === 'POST') {
      const contact = { id: newId(), customer_id: c.id, title: null, phone: null, email: null, is_primary: false, version: 1, ...(await readJson(req)) };
      contacts.push(contact);
      return send(res, 201, contact);
    }
  }
  m = path.match(/^\/contacts\/(\w+)$/);
  if (m) {
    const contact = contacts.find((x) => x.id === m[1]);
    if (!contact) return problem(res, 404, 'Not found');
    if (method === 'PATCH') {
      const body = await readJson(req);
      if (body.version !== contact.version) return problem(res, 409, 'Conflict', 'stale version');
      Object.assign(contact, body, { version: contact.version + 1 });
      return send(res, 200, contact);
    }
    if (method === 'DELETE') {
      contacts.splice(contacts.indexOf(contact), 1);
      res.writeHead(204);
      return res.end();
    }
  }
  if (path === '/products' && method === 'GET') {
    const q = f('q').toLowerCase();
    const hidden = roles.find((r) => r.name === me.role).hidden_fields.product ?? [];
    const items = products.filter((p) => (!q || `${p.name} ${p.code}`.toLowerCase().includes(q)) &&
      (!f('product_line') || p.product_line === f('product_line')) && (!f('category') || p.category === f('category')))
      .map((p) => Object.fromEntries(Object.entries(p).filter(([k]) => !hidden.includes(k))));
    return list(res, sortBy(items, f('sort'), 'code'), url);
  }
  if (path === '/orders' && method === 'GET') {
    const q = f('q').toLowerCase();
    const items = orders.filter((o) => inScope(me, 'order', o) && (!q || `${o.number} ${o.customer_name}`.toLowerCase().includes(q)) &&
      ['status', 'channel', 'customer_id', 'zone_id', 'owner_id'].every((k) => !f(k) || o[k] === f(k)) &&
      (!f('from') || o.order_date.slice(0, 10) >= f('from')) && (!f('to') || o.order_date.slice(0, 10) <= f('to'))).map((o) => orderView(o));
    return list(res, sortBy(items, f('sort'), '-order_date'), url);
  }
  if (path === '/orders' && method === 'POST') {
    const body = await readJson(req);
    const customer = customers.find((c) => c.id === body.customer_id);
    if (!customer || !inScope(me, 'customer', customer)) return problem(res, 422, 'Invalid request', '1 field is invalid', [{ field: 'customer_id', message: 'unknown customer' }]);
    const lines = body.lines.map((l, n) => {
      const p = products.find((x) => x.id === l.product_id);
      return { line_no: n + 1, product_id: p.id, product_code: p.code, product_name: p.name, quantity: l.quantity, list_price: p.list_price,
        discount_pct: l.discount_pct ?? 0, net_amount: Math.round(p.list_price * l.quantity * (1 - (l.discount_pct ?? 0) / 100)) };
    });
    const subtotal = lines.reduce((s, l) => s + l.list_price * l.quantity, 0);
    const total = lines.reduce((s, l) => s + l.net_amount, 0);
    const at = now();
    const o = { id: newId(), number: `SO-${at.slice(0, 4)}-${10000 + orders.length}`, customer_id: customer.id, customer_name: customer.name,
      owner_id: customer.owner_id, owner_name: customer.owner_name, zone_id: customer.zone_id, channel: body.channel ?? customer.channel,
      status: 'created', order_date: at, ship_date: null, ship_mode: null, currency: 'CNY', subtotal, discount_total: subtotal - total, total,
      line_count: lines.length, version: 1, created_at: at, updated_at: at, lines,
      timeline: [{ from_status: null, to_status: 'created', actor_name: me.display_name, note: null, at }] };
    orders.push(o);
    return send(res, 201, orderView(o, true));
  }
  m = path.match(/^\/orders\/(\w+)(\/status)?$/);
  if (m) {
    const o = orders.find((x) => x.id === m[1]);
    if (!o || !inScope(me, 'order', o)) return problem(res, 404, 'Not found', 'order not found');
    if (!m[2] && method === 'GET') return send(res, 200, orderView(o, true));
    if (m[2] && method === 'POST') {
      const body = await readJson(req);
      if (body.version !== o.version) return problem(res, 409, 'Conflict', 'the order was changed by someone else (stale version)');
      const i = lifecycle.indexOf(o.status);
      const ok = (i >= 0 && lifecycle[i + 1] === body.status) || (body.status === 'cancelled' && i >= 0 && i < 4);
      if (!ok) return problem(res, 409, 'Conflict', `an order cannot go from ${o.status} to ${body.status}`);
      o.timeline.push({ from_status: o.status, to_status: body.status, actor_name: me.display_name, note: body.note ?? null, at: now() });
      Object.assign(o, { status: body.status, version: o.version + 1, updated_at: now() });
      return send(res, 200, orderView(o));
    }
  }
  if (path === '/sales/summary' && method === 'GET') {
    const mine = orders.filter((o) => inScope(me, 'order', o) && o.status !== 'cancelled');
    const monthKey = (d) => d.toISOString().slice(0, 7);
    const month = (offset) => monthKey(new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - offset, 1)));
    const sum = (list) => list.reduce((s, o) => s + o.total, 0);
    const inMonth = (k) => mine.filter((o) => o.order_date.slice(0, 7) === k);
    const lastMonthToDate = inMonth(month(1)).filter((o) => Number(o.order_date.slice(8, 10)) <= today.getUTCDate());
    const year = String(today.getUTCFullYear());
    const thisYear = mine.filter((o) => o.order_date.startsWith(year));
    const group = (key) => Object.entries(thisYear.reduce((acc, o) => ({ ...acc, [key(o)]: (acc[key(o)] ?? 0) + o.total }), {}));
    const byCategory = {};
    for (const o of thisYear) for (const l of o.lines) {
      const cat = products.find((p) => p.id === l.product_id).category;
      byCategory[cat] = (byCategory[cat] ?? 0) + l.net_amount;
    }
    return send(res, 200, {
      currency: 'CNY', this_month: sum(inMonth(month(0))), last_month: sum(inMonth(month(1))),
      orders_this_month: inMonth(month(0)).length, orders_last_month: inMonth(month(1)).length,
      last_month_to_date: sum(lastMonthToDate), orders_last_month_to_date: lastMonthToDate.length,
      customers: customers.filter((c) => inScope(me, 'customer', c)).length,
      monthly: Array.from({ length: 12 }, (_, i) => month(11 - i)).map((k) => ({ month: k, amount: sum(inMonth(k)), orders: inMonth(k).length })),
      by_zone: group((o) => o.zone_id).map(([id, amount]) => ({ zone_id: id, zone_name: zoneName(id), amount })).sort((a, b) => b.amount - a.amount),
      by_category: Object.entries(byCategory).map(([category, amount]) => ({ category, amount })),
      top_customers: group((o) => o.customer_id).sort((a, b) => b[1] - a[1]).slice(0, 10)
        .map(([id, amount]) => ({ id, name: customers.find((c) => c.id === id).name, amount })),
      // No opportunities here: the pipeline card and the win rate show their empty states.
      pipeline: [], won_12m: 0, lost_12m: 0, win_rate: null,
    });
  }
  return false;
}

// ---------- forecasting (docs/api.md, "Forecasting"): synthetic seasonal series ----------
// No run at start (the empty state); POST starts one that succeeds a few seconds later.
const forecastRuns = [];
const forecastLevels = [
  ['total', []], ['zone', ['zone']], ['category', ['category']], ['zone_category', ['zone', 'category']],
  ['channel', ['channel']], ['segment', ['segment']],
];
const forecastMembers = {
  zone: zones.filter((z) => z.kind === 'zone').map((z) => [z.code, z.name]),
  category: Object.keys(catalog).map((c) => [c, c]),
  channel: ['direct', 'store', 'distributor', 'online'].map((c) => [c, c]),
  segment: ['Consumer', 'Corporate', 'Home Office'].map((c) => [c, c]),
};
const isoDay = (d) => d.toISOString().slice(0, 10);
function forecastSeries(level, dims, frequency, asOf) {
  let combos = [[]];
  for (const d of dims) combos = combos.flatMap((c) => forecastMembers[d].map((m) => [...c, [d, ...m]]));
  const models = ['ets', 'ensemble(boost+theta)', 'theta', 'boost', 'snaive', 'ensemble(boost+ets)', 'tsb'];
  return combos.map((combo, n) => {
    let r = 11 + n * 7 + level.length * 3;
    const noise = () => ((r = (r * 16807) % 2147483647) / 2147483647) - 0.5;
    const share = combo.length ? 1 / combo.reduce((k, [d]) => k * forecastMembers[d].length, 1) : 1;
    const scale = (frequency === 'monthly' ? 480_000_000 : 16_000_000) * share * (0.7 + (n % 3) * 0.3);
    const periods = [];
    const start = new Date(`${asOf}T00:00:00Z`);
    const step = (k) => (frequency === 'monthly'
      ? new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + k, 1))
      : new Date(start.getTime() + k * 86400000));
    const value = (k, d) => {
      const season = frequency === 'monthly' ? Math.sin((2 * Math.PI * d.getUTCMonth()) / 12 - 1) : (d.getUTCDay() === 0 || d.getUTCDay() === 6 ? -0.5 : 0.1);
      return Math.max(0, scale * (1 + 0.004 * k) * (1 + 0.25 * season));
    };
    const back = frequency === 'monthly' ? 36 : 400;
    for (let k = -back; k < 0; k += 1) periods.push([step(k), k]);
    const history = periods.map(([d, k]) => ({ date: isoDay(d), value: Math.round(value(k, d) * (1 + 0.3 * noise())) }));
    const horizon = frequency === 'monthly' ? 6 : 28;
    const forecast = Array.from({ length: horizon }, (_, k) => {
      const d = step(k);
      const point = value(k, d);
      const w = scale * 0.12 * Math.sqrt(k + 1);
      return { date: isoDay(d), point, lo80: point - w, hi80: point + w, lo95: point - 1.6 * w, hi95: point + 1.6 * w };
    });
    // The period under way has a partial actual.
    history.push({ date: forecast[0].date, value: Math.round(forecast[0].point * (frequency === 'monthly' ? 0.8 : 0.4)) });
    const members = Object.fromEntries(combo.map(([d, code]) => [d, code]));
    const model = models[n % models.length];
    return {
      key: combo.length ? combo.map(([d, code]) => `${d}=${code}`).join('|') : 'total',
      label: combo.length ? combo.map(([, , name]) => name).join(' / ') : 'total',
      members, model, model_detail: model.includes('ets') ? 'ETS(M,Ad,M)' : null,
      backtest_mase: n % 5 === 4 ? null : 0.55 + ((n * 0.37) % 1.2), history, forecast,
    };
  });
}
function forecastApi(res, url, path, method, me) {
  if (!path.startsWith('/forecasts')) return false;
  const role = roles.find((r) => r.name === me.role);
  const may = (action) => role.permissions.forecast?.actions.includes(action);
  if (!may('read')) return problem(res, 403, 'Forbidden', 'no forecast:read');
  for (const run of forecastRuns) {
    if (run.status === 'running' && Date.now() - Date.parse(run.started_at) > 5000) {
      Object.assign(run, { status: 'succeeded', series_count: 61, seconds: 5.2, health_score: 0.93, finished_at: now() });
    }
  }
  const latest = forecastRuns.find((r) => r.status === 'succeeded') ?? null;
  if (path === '/forecasts/levels' && method === 'GET') {
    return send(res, 200, { items: forecastLevels.map(([level, dimensions]) => ({ level, dimensions })), frequencies: ['monthly', 'daily'], latest_run: forecastRuns[0] ?? null });
  }
  if (path === '/forecasts/runs' && method === 'GET') return send(res, 200, { items: forecastRuns });
  if (path === '/forecasts/runs' && method === 'POST') {
    if (!may('update')) return problem(res, 403, 'Forbidden', 'no forecast:update');
    forecastRuns.unshift({ id: newId(), as_of: isoDay(new Date()), status: 'running', health_score: null, message: null, series_count: 0, seconds: null, started_at: now(), finished_at: null });
    return send(res, 202, { job_id: newId() });
  }
  if (path === '/forecasts' && method === 'GET') {
    const level = url.searchParams.get('level') ?? 'total';
    const frequency = url.searchParams.get('frequency') ?? 'monthly';
    const found = forecastLevels.find(([l]) => l === level);
    if (!found) return problem(res, 400, 'Invalid request', 'unknown level', [{ field: 'level', message: 'unknown' }]);
    const daily = frequency === 'daily';
    const series = !latest || (daily && level === 'zone_category') ? [] : forecastSeries(level, found[1], frequency, daily ? latest.as_of : `${latest.as_of.slice(0, 7)}-01`);
    return send(res, 200, { run: latest, level, frequency, series });
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

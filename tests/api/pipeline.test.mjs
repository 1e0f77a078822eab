// Opportunities, visits and quotes on the demo data, on both databases.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, call, login } from './lib/harness.mjs';

let server, repA, repB, mgr, director, customerA, customerB, products;
before(async () => {
  server = await startServer();
  repA = await login(server, 'rep_east1');
  repB = await login(server, 'rep_east2');
  mgr = await login(server, 'mgr_east');
  director = await login(server, 'director');
  customerA = (await call(server, 'GET', '/api/v1/customers?limit=1', { token: repA.token })).body.items[0];
  customerB = (await call(server, 'GET', '/api/v1/customers?limit=1', { token: repB.token })).body.items[0];
  products = (await call(server, 'GET', '/api/v1/products?limit=3&active=true&sort=list_price', { token: repA.token })).body.items;
});
after(async () => { await server.stop(); });

test('opportunities move through stages with history; lost needs a reason', async () => {
  const stages = (await call(server, 'GET', '/api/v1/opportunity-stages', { token: repA.token })).body.items;
  assert.deepEqual(stages.map((s) => s.key), ['lead', 'qualified', 'proposal', 'negotiation', 'won', 'lost']);
  const created = await call(server, 'POST', '/api/v1/opportunities', { token: repA.token, body: { name: '年度办公家具采购', customer_id: customerA.id, amount: 12000000, expected_close_date: '2027-01-31' } });
  assert.equal(created.status, 201, created.text);
  assert.equal(created.body.stage, 'lead');
  assert.equal(created.body.probability, 10);
  assert.equal(created.body.weighted_amount, 1200000);
  const moved = await call(server, 'PATCH', `/api/v1/opportunities/${created.body.id}`, { token: repA.token, body: { version: 1, stage: 'proposal' } });
  assert.equal(moved.body.probability, 50);
  const lost = await call(server, 'PATCH', `/api/v1/opportunities/${created.body.id}`, { token: repA.token, body: { version: 2, stage: 'lost' } });
  assert.equal(lost.status, 422);
  assert.equal(lost.body.errors[0].field, 'lost_reason');
  const closed = await call(server, 'PATCH', `/api/v1/opportunities/${created.body.id}`, { token: repA.token, body: { version: 2, stage: 'lost', lost_reason: '价格高于竞品' } });
  assert.equal(closed.status, 200);
  assert.ok(closed.body.closed_at);
  const detail = await call(server, 'GET', `/api/v1/opportunities/${created.body.id}`, { token: repA.token });
  assert.deepEqual(detail.body.history.map((h) => h.to_stage), ['lead', 'proposal', 'lost']);
  const badDate = await call(server, 'POST', '/api/v1/opportunities', { token: repA.token, body: { name: 'x', customer_id: customerA.id, amount: 1, expected_close_date: 'soon' } });
  assert.equal(badDate.status, 400);
  assert.equal(badDate.body.errors[0].field, 'expected_close_date');
});

test('a rep gets 404 on another rep\'s opportunity and visit for read, update and delete', async () => {
  const opp = await call(server, 'POST', '/api/v1/opportunities', { token: repB.token, body: { name: 'B 的商机', customer_id: customerB.id, amount: 500000, expected_close_date: '2027-02-01' } });
  const visit = await call(server, 'POST', '/api/v1/visits', { token: repB.token, body: { customer_id: customerB.id, planned_at: '2027-01-10T02:00:00Z', purpose: '回访' } });
  assert.equal(opp.status, 201);
  assert.equal(visit.status, 201);
  for (const [path, body] of [[`/api/v1/opportunities/${opp.body.id}`, { version: 1, name: 'x' }], [`/api/v1/visits/${visit.body.id}`, { version: 1, purpose: 'x' }]]) {
    assert.equal((await call(server, 'GET', path, { token: repA.token })).status, 404);
    assert.equal((await call(server, 'PATCH', path, { token: repA.token, body })).status, 404);
    assert.equal((await call(server, 'DELETE', path, { token: repA.token })).status, 404);
  }
  const list = await call(server, 'GET', '/api/v1/opportunities?limit=200', { token: repA.token });
  assert.ok(list.body.items.every((o) => o.owner_id === repA.user.id));
  assert.equal((await call(server, 'POST', '/api/v1/opportunities', { token: repA.token, body: { name: 'x', customer_id: customerB.id, amount: 1, expected_close_date: '2027-01-01' } })).status, 422);
  assert.equal((await call(server, 'GET', `/api/v1/opportunities/${opp.body.id}`, { token: mgr.token })).status, 200);
});

test('a visit is planned, checked in once, and updates the customer', async () => {
  const v = await call(server, 'POST', '/api/v1/visits', { token: repA.token, body: { customer_id: customerA.id, planned_at: '2026-12-01T01:30:00Z', purpose: '新品介绍' } });
  assert.equal(v.status, 201, v.text);
  assert.equal(v.body.status, 'planned');
  const done = await call(server, 'POST', `/api/v1/visits/${v.body.id}/check-in`, { token: repA.token, body: { version: 1, latitude: 30.27, longitude: 120.15, outcome: '客户有意向' } });
  assert.equal(done.status, 200, done.text);
  assert.equal(done.body.status, 'done');
  assert.equal(done.body.checkin_latitude, 30.27);
  const again = await call(server, 'POST', `/api/v1/visits/${v.body.id}/check-in`, { token: repA.token, body: { version: 2, latitude: 0, longitude: 0 } });
  assert.equal(again.status, 409);
  const badLat = await call(server, 'POST', '/api/v1/visits', { token: repA.token, body: { customer_id: customerA.id, planned_at: '2026-12-02', purpose: 'x' } });
  const check = await call(server, 'POST', `/api/v1/visits/${badLat.body.id}/check-in`, { token: repA.token, body: { version: 1, latitude: 91, longitude: 0 } });
  assert.equal(check.status, 422);
  assert.equal(check.body.errors[0].field, 'latitude');
  const customer = await call(server, 'GET', `/api/v1/customers/${customerA.id}`, { token: repA.token });
  assert.ok(customer.body.last_visit_at);
  const timeline = await call(server, 'GET', `/api/v1/customers/${customerA.id}/timeline`, { token: repA.token });
  assert.ok(timeline.body.items.some((e) => e.type === 'visit'));
  assert.ok(timeline.body.items.some((e) => e.type === 'opportunity'));
});

test('quotes: server pricing, discounts, submit, approval rules, conversion to an order', async () => {
  const lines = [{ product_id: products[0].id, quantity: 4, discount_pct: 10 }, { product_id: products[1].id, quantity: 1, discount_pct: 0 }];
  const preview = await call(server, 'POST', '/api/v1/quotes/preview', { token: repA.token, body: { customer_id: customerA.id, lines } });
  assert.equal(preview.status, 200, preview.text);
  const gross0 = products[0].list_price * 4;
  const expected = Math.round(gross0 * 0.9) + products[1].list_price;
  assert.equal(preview.body.total, expected);
  assert.equal(preview.body.subtotal, gross0 + products[1].list_price);
  assert.equal(preview.body.max_discount_pct, 10);
  const forged = await call(server, 'POST', '/api/v1/quotes', { token: repA.token, body: { customer_id: customerA.id, lines: [{ ...lines[0], net_amount: 1 }] } });
  assert.equal(forged.status, 400);
  assert.equal(forged.body.errors[0].field, 'lines[0].net_amount');
  const created = await call(server, 'POST', '/api/v1/quotes', { token: repA.token, body: { customer_id: customerA.id, lines } });
  assert.equal(created.status, 201);
  assert.equal(created.body.total, expected);
  assert.equal(created.body.status, 'draft');
  const id = created.body.id;
  const edited = await call(server, 'PUT', `/api/v1/quotes/${id}/lines`, { token: repA.token, body: { version: 1, lines: [{ ...lines[0], discount_pct: 20 }] } });
  assert.equal(edited.body.total, Math.round(gross0 * 0.8));
  // 20% is beyond a rep's 10% (the default power list): the zone manager decides.
  const submitted = await call(server, 'POST', `/api/v1/quotes/${id}/submit`, { token: repA.token, body: { version: 2 } });
  assert.equal(submitted.status, 200, submitted.text);
  assert.equal(submitted.body.status, 'pending_approval');
  assert.deepEqual(submitted.body.approval.steps.map((s) => s.approver_role), ['zone_manager']);
  const approvalId = submitted.body.approval.id;
  assert.equal((await call(server, 'PUT', `/api/v1/quotes/${id}/lines`, { token: repA.token, body: { version: 3, lines } })).status, 409);
  assert.equal((await call(server, 'POST', `/api/v1/quotes/${id}/approve`, { token: mgr.token, body: { version: 3 } })).status, 404, 'approvals go through /approvals');
  assert.equal((await call(server, 'POST', `/api/v1/approvals/${approvalId}/approve`, { token: repA.token, body: {} })).status, 403);
  // Many attempts at the same instant: exactly one decision.
  const attempts = await Promise.all(Array.from({ length: 8 }, (_, i) =>
    call(server, 'POST', `/api/v1/approvals/${approvalId}/${i % 2 ? 'approve' : 'reject'}`, { token: mgr.token, body: { comment: '并发' } })));
  const ok = attempts.filter((r) => r.status === 200);
  assert.equal(ok.length, 1, attempts.map((r) => r.status).join(','));
  assert.ok(attempts.every((r) => r.status === 200 || r.status === 409), attempts.map((r) => r.status).join(','));
  const decided = (await call(server, 'GET', `/api/v1/quotes/${id}`, { token: repA.token })).body;
  assert.equal(decided.timeline.filter((e) => ['approved', 'rejected'].includes(e.to_status)).length, 1);
  assert.equal(decided.status, ok[0].body.status);
  if (decided.status === 'approved') {
    const accepted = await call(server, 'POST', `/api/v1/quotes/${id}/accept`, { token: repA.token, body: { version: decided.version } });
    assert.equal(accepted.body.status, 'accepted');
    const converted = await call(server, 'POST', `/api/v1/quotes/${id}/convert`, { token: repA.token, body: { version: accepted.body.version } });
    assert.equal(converted.status, 200, converted.text);
    assert.equal(converted.body.quote.status, 'converted');
    assert.equal(converted.body.order.total, decided.total);
    assert.equal(converted.body.order.customer_id, customerA.id);
  }
});

test('nobody approves their own quote', async () => {
  // A manager's 25% is beyond their own 20%: the director decides, never the manager.
  const mine = await call(server, 'POST', '/api/v1/quotes', { token: mgr.token, body: { customer_id: customerA.id, lines: [{ product_id: products[2].id, quantity: 1, discount_pct: 25 }] } });
  assert.equal(mine.status, 201, mine.text);
  const submitted = await call(server, 'POST', `/api/v1/quotes/${mine.body.id}/submit`, { token: mgr.token, body: { version: 1 } });
  assert.equal(submitted.body.status, 'pending_approval');
  assert.deepEqual(submitted.body.approval.steps.map((s) => s.approver_role), ['sales_director']);
  const approvalId = submitted.body.approval.id;
  const self = await call(server, 'POST', `/api/v1/approvals/${approvalId}/approve`, { token: mgr.token, body: {} });
  assert.equal(self.status, 403);
  const rejectNoNote = await call(server, 'POST', `/api/v1/approvals/${approvalId}/reject`, { token: director.token, body: {} });
  assert.equal(rejectNoNote.status, 422);
  assert.equal(rejectNoNote.body.errors[0].field, 'comment');
  const other = await call(server, 'POST', `/api/v1/approvals/${approvalId}/approve`, { token: director.token, body: {} });
  assert.equal(other.status, 200, other.text);
  assert.equal(other.body.status, 'approved');
  assert.equal((await call(server, 'GET', `/api/v1/quotes/${mine.body.id}`, { token: mgr.token })).body.status, 'approved');
});

test('a channel and zone price list sets the quoted price', async () => {
  const zone = customerA.zone_id;
  const product = products[0];
  const list = await call(server, 'POST', '/api/v1/price-lists', { token: director.token, body: { name: '华东门店价', channel: customerA.channel, zone_id: zone, items: [{ product_id: product.id, price: 4321 }] } });
  assert.equal(list.status, 201, list.text);
  assert.equal(list.body.items[0].price, 4321);
  const priced = await call(server, 'POST', '/api/v1/quotes/preview', { token: repA.token, body: { customer_id: customerA.id, lines: [{ product_id: product.id, quantity: 2 }] } });
  assert.equal(priced.body.lines[0].list_price, 4321);
  assert.equal(priced.body.total, 8642);
  const badItem = await call(server, 'PATCH', `/api/v1/price-lists/${list.body.id}`, { token: director.token, body: { version: 1, items: [{ product_id: product.id, price: -1 }] } });
  assert.equal(badItem.status, 422);
  assert.equal(badItem.body.errors[0].field, 'items[0].price');
  assert.equal((await call(server, 'POST', '/api/v1/price-lists', { token: repA.token, body: { name: 'x' } })).status, 403);
  const off = await call(server, 'PATCH', `/api/v1/price-lists/${list.body.id}`, { token: director.token, body: { version: 1, active: false } });
  assert.equal(off.status, 200);
  const back = await call(server, 'POST', '/api/v1/quotes/preview', { token: repA.token, body: { customer_id: customerA.id, lines: [{ product_id: product.id, quantity: 1 }] } });
  assert.equal(back.body.lines[0].list_price, product.list_price);
  assert.equal((await call(server, 'DELETE', `/api/v1/price-lists/${list.body.id}`, { token: repA.token })).status, 403);
  assert.equal((await call(server, 'DELETE', `/api/v1/price-lists/${list.body.id}`, { token: director.token })).status, 204);
  assert.equal((await call(server, 'GET', `/api/v1/price-lists/${list.body.id}`, { token: director.token })).status, 404);
  assert.equal((await call(server, 'DELETE', `/api/v1/price-lists/${list.body.id}`, { token: director.token })).status, 404);
});

test('the sales summary shows the caller\'s pipeline by stage and win rate', async () => {
  const mine = (await call(server, 'GET', '/api/v1/sales/summary', { token: repA.token })).body;
  assert.deepEqual(mine.pipeline.map((p) => p.stage), ['lead', 'qualified', 'proposal', 'negotiation']);
  const open = (await call(server, 'GET', '/api/v1/opportunities?open=true&limit=200', { token: repA.token })).body.items;
  assert.equal(mine.pipeline.reduce((n, p) => n + p.count, 0), open.length);
  assert.equal(mine.pipeline.reduce((n, p) => n + p.amount, 0), open.reduce((n, o) => n + o.amount, 0));
  const all = (await call(server, 'GET', '/api/v1/sales/summary', { token: director.token })).body;
  assert.ok(all.pipeline.reduce((n, p) => n + p.count, 0) >= mine.pipeline.reduce((n, p) => n + p.count, 0));
  assert.ok(all.win_rate > 0 && all.win_rate < 1);
});

test('this month is compared with the same stretch of last month', async () => {
  const now = new Date();
  const thisStart = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1);
  const lastStart = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1);
  const day = (ms) => new Date(ms).toISOString().slice(0, 10);
  // Demo orders fall on midnights, so "before the same moment of last month" is "up to
  // and including that day" (the list's `to` is exclusive), or the whole of a shorter month.
  const samePeriodEnd = lastStart + (now.getTime() - thisStart);
  const to = samePeriodEnd >= thisStart ? day(thisStart) : day(Date.parse(day(samePeriodEnd)) + 86400000);
  const count = async (query) => (await call(server, 'GET', `/api/v1/orders?from=${day(lastStart)}&to=${to}&limit=1${query}`,
    { token: director.token })).body.total;
  const summary = (await call(server, 'GET', '/api/v1/sales/summary', { token: director.token })).body;
  assert.equal(summary.orders_last_month_to_date, (await count('')) - (await count('&status=cancelled')));
  assert.ok(summary.orders_last_month_to_date > 0, 'the demo has orders early last month');
  assert.ok(summary.last_month_to_date > 0 && summary.last_month_to_date <= summary.last_month);
  assert.ok(summary.orders_last_month_to_date <= summary.orders_last_month);
});

// Cross-department flow on the demo data, on both databases: the power list enforced on
// quote submission, approval chains, the built-in rules (credit check, stocking,
// logistics booking) creating tasks, and rules checked on save.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { startServer, call, login } from './lib/harness.mjs';
import { openWebSocket } from './lib/websocket.mjs';

let server, repA, mgr, mgrWest, director, finance, warehouse, logistics, admin, customerA, products;
before(async () => {
  server = await startServer();
  [repA, mgr, mgrWest, director, finance, warehouse, logistics] = await Promise.all(
    ['rep_east1', 'mgr_east', 'mgr_west', 'director', 'finance', 'warehouse', 'logistics'].map((u) => login(server, u)));
  admin = await login(server, 'admin', 'Admin#2026');
  customerA = (await call(server, 'GET', '/api/v1/customers?limit=1', { token: repA.token })).body.items[0];
  products = (await call(server, 'GET', '/api/v1/products?limit=5&active=true&sort=list_price', { token: repA.token })).body.items;
});
after(async () => { await server.stop(); });

async function draft(user, lines) {
  const created = await call(server, 'POST', '/api/v1/quotes', { token: user.token, body: { customer_id: customerA.id, lines } });
  assert.equal(created.status, 201, created.text);
  return created.body;
}
async function submit(user, quote) {
  return call(server, 'POST', `/api/v1/quotes/${quote.id}/submit`, { token: user.token, body: { version: quote.version } });
}
// Rules run behind the request (outbox → job): wait for their effect.
async function eventually(probe, what) {
  for (let i = 0; i < 100; i++) {
    const value = await probe();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`timed out waiting for ${what}`);
}

const defaultLimits = { zone_id: null, product_line: '', rep_max_discount_pct: 10, manager_max_discount_pct: 20, director_above_amount: 10000000, price_floor_pct: 50, discount_forbidden: false };

test('authority limits: read by reps, replaced by the director, every bad cell named', async () => {
  const got = await call(server, 'GET', '/api/v1/authority-limits', { token: repA.token });
  assert.equal(got.status, 200);
  assert.deepEqual(got.body.items.map(({ zone_name, ...rest }) => rest), [defaultLimits]);
  assert.equal((await call(server, 'PUT', '/api/v1/authority-limits', { token: repA.token, body: { items: [defaultLimits] } })).status, 403);
  const bad = await call(server, 'PUT', '/api/v1/authority-limits', { token: director.token, body: { items: [defaultLimits, { ...defaultLimits, product_line: 'Technology', rep_max_discount_pct: 30 }] } });
  assert.equal(bad.status, 422);
  assert.equal(bad.body.errors[0].field, 'items[1].manager_max_discount_pct');
  const noDefault = await call(server, 'PUT', '/api/v1/authority-limits', { token: director.token, body: { items: [{ ...defaultLimits, product_line: 'Technology' }] } });
  assert.equal(noDefault.body.errors[0].field, 'items');
  const wrongType = await call(server, 'PUT', '/api/v1/authority-limits', { token: director.token, body: { items: [{ ...defaultLimits, director_above_amount: 'lots' }] } });
  assert.equal(wrongType.status, 400);
  assert.equal(wrongType.body.errors[0].field, 'items[0].director_above_amount');
});

test('a quote within the rep\'s authority is approved at once; beyond it, manager then director', async () => {
  const within = await submit(repA, await draft(repA, [{ product_id: products[0].id, quantity: 2, discount_pct: 10 }]));
  assert.equal(within.status, 200, within.text);
  assert.equal(within.body.status, 'approved');
  assert.equal(within.body.approval, undefined);

  // 25% is beyond the manager's 20%: the chain climbs to the director.
  const far = await submit(repA, await draft(repA, [{ product_id: products[1].id, quantity: 1, discount_pct: 25 }]));
  assert.equal(far.body.status, 'pending_approval');
  const approval = far.body.approval;
  assert.deepEqual(approval.steps.map((s) => [s.seq, s.approver_role, s.status]), [[1, 'zone_manager', 'pending'], [2, 'sales_director', 'waiting']]);
  assert.equal(approval.reason.lines[0].discount_pct, 25);
  assert.equal(approval.reason.lines[0].limit_pct, 10);
  // The director's step is not open yet; another zone's manager is no approver at all.
  assert.equal((await call(server, 'POST', `/api/v1/approvals/${approval.id}/approve`, { token: director.token, body: {} })).status, 403);
  assert.equal((await call(server, 'POST', `/api/v1/approvals/${approval.id}/approve`, { token: mgrWest.token, body: {} })).status, 404);
  const mine = await call(server, 'GET', '/api/v1/approvals?status=pending', { token: mgr.token });
  assert.ok(mine.body.items.some((a) => a.id === approval.id && a.can_decide));
  assert.ok(!(await call(server, 'GET', '/api/v1/approvals?status=pending', { token: director.token })).body.items.some((a) => a.id === approval.id));
  // The manager was told.
  const bell = await call(server, 'GET', '/api/v1/notifications?unread=true', { token: mgr.token });
  assert.ok(bell.body.items.some((n) => n.kind === 'approval' && n.title.includes(far.body.number)), JSON.stringify(bell.body.items.slice(0, 3)));

  const first = await call(server, 'POST', `/api/v1/approvals/${approval.id}/approve`, { token: mgr.token, body: { comment: '同意，战略客户' } });
  assert.equal(first.status, 200, first.text);
  assert.equal(first.body.status, 'pending');
  assert.equal(first.body.current_seq, 2);
  assert.equal((await call(server, 'GET', `/api/v1/quotes/${far.body.id}`, { token: repA.token })).body.status, 'pending_approval');
  assert.equal((await call(server, 'POST', `/api/v1/approvals/${approval.id}/approve`, { token: mgr.token, body: {} })).status, 403, 'the manager decided their step already');
  const last = await call(server, 'POST', `/api/v1/approvals/${approval.id}/approve`, { token: director.token, body: {} });
  assert.equal(last.body.status, 'approved');
  assert.deepEqual(last.body.steps.map((s) => s.decided_by_name !== null), [true, true]);
  const quote = (await call(server, 'GET', `/api/v1/quotes/${far.body.id}`, { token: repA.token })).body;
  assert.equal(quote.status, 'approved');
  assert.deepEqual(quote.timeline.map((e) => e.to_status), ['draft', 'submitted', 'pending_approval', 'approved']);
  assert.equal((await call(server, 'POST', `/api/v1/approvals/${approval.id}/reject`, { token: director.token, body: { comment: 'late' } })).status, 409);
  const repBell = await call(server, 'GET', '/api/v1/notifications?unread=true', { token: repA.token });
  assert.ok(repBell.body.items.some((n) => n.kind === 'approval' && n.title.includes(far.body.number)));
});

test('the quote approval chain is edited as versions, checked on save, and decides who approves', async () => {
  const got = await call(server, 'GET', '/api/v1/approval-chains/quote', { token: director.token });
  assert.equal(got.status, 200, got.text);
  const chain = got.body;
  assert.deepEqual(chain.steps.map((s) => [s.seq, s.role, s.when]), [[1, 'zone_manager', 'beyond_rep'], [2, 'sales_director', 'beyond_manager']]);
  assert.ok(chain.fields.some((f) => f.name === 'quote.max_discount_pct' && f.type === 'number'), JSON.stringify(chain.fields.slice(0, 3)));
  // Like the power list it completes: everyone may read it, the director changes it.
  assert.equal((await call(server, 'GET', '/api/v1/approval-chains/quote', { token: repA.token })).status, 200);
  assert.equal((await call(server, 'PUT', '/api/v1/approval-chains/quote', { token: repA.token, body: { version: chain.version, steps: chain.steps } })).status, 403);
  assert.equal((await call(server, 'GET', '/api/v1/approval-chains/order', { token: director.token })).status, 404);

  const bad = await call(server, 'POST', '/api/v1/approval-chains/quote/validate', { token: director.token, body: { steps: [
    { seq: 1, role: 'wizard', label: 'x', when: 'always' },
    { seq: 7, role: 'finance', when: 'sometimes' },
    { seq: 2, role: 'finance', when: 'always', condition: 'quote.total > ' },
    { seq: 2, role: 'finance', when: 'always', colour: 'red' }] } });
  assert.equal(bad.body.ok, false);
  assert.deepEqual(bad.body.errors.map((e) => e.field), ['steps[0].role', 'steps[1].seq', 'steps[1].when', 'steps[2].condition', 'steps[3].colour']);
  assert.ok(bad.body.errors[3].position > 0);
  // Every quote beyond authority needs somebody: a chain only for the manager's case is refused.
  const uncovered = await call(server, 'PUT', '/api/v1/approval-chains/quote', { token: director.token, body: { version: chain.version, steps: [
    { seq: 1, role: 'sales_director', when: 'beyond_manager' }] } });
  assert.equal(uncovered.status, 422);
  assert.equal(uncovered.body.errors[0].field, 'steps');
  assert.match(uncovered.body.errors[0].message, /rep's authority/);

  // Finance countersigns deep discounts beside the manager; the director follows beyond the manager.
  const steps = [
    { seq: 1, role: 'zone_manager', label: '战区经理审批', when: 'beyond_rep', condition: '' },
    { seq: 1, role: 'finance', label: '财务会签', when: 'always', condition: 'quote.max_discount_pct >= 25' },
    { seq: 3, role: 'sales_director', label: '销售总监审批', when: 'beyond_manager', condition: '' }];
  const saved = await call(server, 'PUT', '/api/v1/approval-chains/quote', { token: director.token, body: { version: chain.version, steps } });
  assert.equal(saved.status, 200, saved.text);
  assert.equal(saved.body.version, chain.version + 1);
  assert.equal(saved.body.versions[1].version, chain.version);
  assert.equal((await call(server, 'PUT', '/api/v1/approval-chains/quote', { token: director.token, body: { version: chain.version, steps } })).status, 409);

  const big = await submit(repA, await draft(repA, [{ product_id: products[1].id, quantity: 1, discount_pct: 25 }]));
  assert.deepEqual(big.body.approval.steps.map((s) => [s.seq, s.approver_role, s.status]),
    [[1, 'zone_manager', 'pending'], [1, 'finance', 'pending'], [2, 'sales_director', 'waiting']]);
  const modest = await submit(repA, await draft(repA, [{ product_id: products[1].id, quantity: 1, discount_pct: 15 }]));
  assert.deepEqual(modest.body.approval.steps.map((s) => [s.seq, s.approver_role]), [[1, 'zone_manager']]);

  const restored = await call(server, 'PUT', '/api/v1/approval-chains/quote', { token: director.token, body: { version: saved.body.version, steps: chain.steps } });
  assert.equal(restored.status, 200, restored.text);
  const audit = await call(server, 'GET', '/api/v1/audit-log?object=approval_chain', { token: admin.token });
  assert.ok(audit.body.items.length >= 2, audit.text);
});

test('authority cannot be crafted around: totals, forbidden lines and floors are checked on the server', async () => {
  // Above the director threshold the director must approve even a small discount.
  const big = await draft(repA, [{ product_id: products[4].id, quantity: 1, discount_pct: 0 }]);
  const limits = [defaultLimits, { ...defaultLimits, product_line: products[4].product_line, director_above_amount: 1, price_floor_pct: 60 },
    { ...defaultLimits, product_line: products[3].product_line === products[4].product_line ? 'none' : products[3].product_line, discount_forbidden: true }];
  const put = await call(server, 'PUT', '/api/v1/authority-limits', { token: director.token, body: { items: limits } });
  assert.equal(put.status, 200, put.text);
  const submitted = await submit(repA, big);
  assert.equal(submitted.body.status, 'pending_approval');
  assert.deepEqual(submitted.body.approval.steps.map((s) => s.approver_role), ['zone_manager', 'sales_director']);
  assert.equal(submitted.body.approval.reason.total_over, true);
  // Below the floor: refused outright, never approvable.
  const floor = await submit(repA, await draft(repA, [{ product_id: products[1].id, quantity: 1 }, { product_id: products[4].id, quantity: 1, discount_pct: 45 }]));
  assert.equal(floor.status, 422);
  assert.equal(floor.body.errors[0].field, 'lines[1].discount_pct');
  if (products[3].product_line !== products[4].product_line) {
    const forbidden = await submit(repA, await draft(repA, [{ product_id: products[3].id, quantity: 1, discount_pct: 1 }]));
    assert.equal(forbidden.status, 422);
    assert.match(forbidden.body.errors[0].message, /no discount/);
  }
  // A client cannot send its own status or prices, nor move a pending quote on.
  const forged = await call(server, 'POST', '/api/v1/quotes', { token: repA.token, body: { customer_id: customerA.id, status: 'approved', lines: [{ product_id: products[0].id, quantity: 1 }] } });
  assert.equal(forged.status, 400);
  assert.equal((await call(server, 'POST', `/api/v1/quotes/${submitted.body.id}/accept`, { token: repA.token, body: { version: submitted.body.version } })).status, 409);
  // Double submission at the same instant: one wins.
  const twice = await draft(repA, [{ product_id: products[0].id, quantity: 1, discount_pct: 15 }]);
  const both = await Promise.all([submit(repA, twice), submit(repA, twice)]);
  assert.deepEqual(both.map((r) => r.status).sort(), [200, 409]);
  const pending = await call(server, 'GET', `/api/v1/approvals?object=quote&object_id=${twice.id}`, { token: repA.token });
  assert.equal(pending.body.items.length, 1);
  await call(server, 'PUT', '/api/v1/authority-limits', { token: director.token, body: { items: [defaultLimits] } });
});

test('the submitter recalls; an approver delegates; nobody decides their own request', async () => {
  const q = (await submit(repA, await draft(repA, [{ product_id: products[2].id, quantity: 1, discount_pct: 15 }]))).body;
  const id = q.approval.id;
  assert.equal((await call(server, 'POST', `/api/v1/approvals/${id}/recall`, { token: mgr.token })).status, 403);
  const recalled = await call(server, 'POST', `/api/v1/approvals/${id}/recall`, { token: repA.token });
  assert.equal(recalled.body.status, 'recalled');
  const back = (await call(server, 'GET', `/api/v1/quotes/${q.id}`, { token: repA.token })).body;
  assert.equal(back.status, 'draft');

  const again = (await submit(repA, back)).body;
  const users = (await call(server, 'GET', '/api/v1/users?limit=200', { token: admin.token })).body.items;
  const deputy = users.find((u) => u.username === 'director');
  assert.equal((await call(server, 'POST', `/api/v1/approvals/${again.approval.id}/delegate`, { token: mgr.token, body: { user_id: users.find((u) => u.username === 'rep_east1').id } })).status, 422);
  const handed = await call(server, 'POST', `/api/v1/approvals/${again.approval.id}/delegate`, { token: mgr.token, body: { user_id: deputy.id, comment: '出差中' } });
  assert.equal(handed.status, 200, handed.text);
  assert.equal(handed.body.steps[0].approver_name, deputy.display_name);
  assert.equal((await call(server, 'POST', `/api/v1/approvals/${again.approval.id}/approve`, { token: mgr.token, body: {} })).status, 403);
  assert.equal((await call(server, 'POST', `/api/v1/approvals/${again.approval.id}/approve`, { token: director.token, body: {} })).body.status, 'approved');
  // A rep is never an approver of their own request, even if their role had approve rights.
  assert.equal((await call(server, 'POST', `/api/v1/approvals/${again.approval.id}/reject`, { token: repA.token, body: { comment: 'x' } })).status, 403);
});

test('built-in flows: credit check for finance, stocking for the warehouse, logistics booking on confirmation', async () => {
  // Squeeze the customer's credit so the next quote goes over it.
  const customer = (await call(server, 'GET', `/api/v1/customers/${customerA.id}`, { token: finance.token })).body;
  const squeezed = await call(server, 'PATCH', `/api/v1/customers/${customerA.id}`, { token: finance.token, body: { version: customer.version, credit_limit: customer.credit_used + 100 } });
  assert.equal(squeezed.status, 200, squeezed.text);
  const quote = (await submit(repA, await draft(repA, [{ product_id: products[0].id, quantity: 3, discount_pct: 5 }]))).body;
  assert.equal(quote.status, 'approved');

  const creditTask = await eventually(async () => (await call(server, 'GET', `/api/v1/tasks?mine=true&type=credit_check&object_id=${quote.id}`, { token: finance.token })).body.items[0], 'the credit check task');
  assert.equal(creditTask.department, 'finance');
  assert.equal(creditTask.queue_role, 'finance');
  assert.equal(creditTask.object, 'quote');
  assert.ok(creditTask.title.includes(quote.number));
  assert.ok(creditTask.due_at);
  const stocking = await eventually(async () => (await call(server, 'GET', `/api/v1/tasks?mine=true&type=stocking&object_id=${quote.id}`, { token: warehouse.token })).body.items[0], 'the stocking task');
  assert.match(stocking.body, new RegExp(`1\\. .* × 3`));
  // Not the rep's, not another queue's.
  assert.equal((await call(server, 'GET', `/api/v1/tasks?mine=true&object_id=${quote.id}`, { token: repA.token })).body.items.length, 0);
  assert.equal((await call(server, 'GET', `/api/v1/tasks/${creditTask.id}`, { token: warehouse.token })).status, 404);
  assert.ok((await call(server, 'GET', '/api/v1/notifications?unread=true', { token: finance.token })).body.items.some((n) => n.kind === 'task'));

  // Finance claims and completes; a second claim loses.
  const claims = await Promise.all([finance, finance].map((u) => call(server, 'POST', `/api/v1/tasks/${creditTask.id}/claim`, { token: u.token, body: { version: creditTask.version } })));
  assert.deepEqual(claims.map((r) => r.status).sort(), [200, 409]);
  const claimed = claims.find((r) => r.status === 200).body;
  assert.equal(claimed.status, 'in_progress');
  const commented = await call(server, 'POST', `/api/v1/tasks/${creditTask.id}/comments`, { token: finance.token, body: { body: '已电话确认回款计划' } });
  assert.equal(commented.status, 201);
  assert.equal(commented.body.comments[0].body, '已电话确认回款计划');
  const done = await call(server, 'POST', `/api/v1/tasks/${creditTask.id}/complete`, { token: finance.token, body: { version: claimed.version, outcome: '额度临时上调' } });
  assert.equal(done.status, 200, done.text);
  assert.equal(done.body.status, 'done');
  assert.equal((await call(server, 'POST', `/api/v1/tasks/${creditTask.id}/complete`, { token: finance.token, body: { version: done.body.version } })).status, 409);
  const metrics = await call(server, 'GET', '/api/v1/tasks/metrics?weeks=4', { token: director.token });
  assert.equal(metrics.status, 200);
  const financeRow = metrics.body.departments.find((d) => d.department === 'finance');
  assert.equal(financeRow.handled.at(-1), 1);
  assert.ok(financeRow.avg_hours.at(-1) >= 0);
  assert.ok(metrics.body.departments.find((d) => d.department === 'warehouse').open >= 1);

  // The quote becomes an order; confirming it books logistics.
  const accepted = (await call(server, 'POST', `/api/v1/quotes/${quote.id}/accept`, { token: repA.token, body: { version: quote.version } })).body;
  const converted = (await call(server, 'POST', `/api/v1/quotes/${quote.id}/convert`, { token: repA.token, body: { version: accepted.version } })).body;
  let order = converted.order;
  for (const status of ['credit_check', 'confirmed']) {
    const moved = await call(server, 'POST', `/api/v1/orders/${order.id}/status`, { token: finance.token, body: { status, version: order.version } });
    assert.equal(moved.status, 200, moved.text);
    order = moved.body;
  }
  const booking = await eventually(async () => (await call(server, 'GET', `/api/v1/tasks?mine=true&type=logistics_booking&object_id=${order.id}`, { token: logistics.token })).body.items[0], 'the logistics booking task');
  assert.ok(booking.title.includes(order.number));
  assert.equal(booking.object, 'order');
  await call(server, 'PATCH', `/api/v1/customers/${customerA.id}`, { token: finance.token, body: { version: squeezed.body.version, credit_limit: customer.credit_limit } });
});

test('rules are checked on save with positions, versioned, logged and test-run without effects', async () => {
  const rules = (await call(server, 'GET', '/api/v1/rules', { token: admin.token })).body.items;
  assert.deepEqual(rules.map((r) => r.builtin_key), ['credit_check', 'stocking', 'logistics_booking', 'a_customer_visit', 'quote_expiring']);
  assert.equal((await call(server, 'GET', '/api/v1/rules', { token: repA.token })).status, 403);
  const topics = (await call(server, 'GET', '/api/v1/rules/topics', { token: admin.token })).body.items;
  assert.ok(topics.find((t) => t.topic === 'quote.submitted').fields.some((f) => f.name === 'customer.credit_limit' && f.type === 'number'));

  const checked = await call(server, 'POST', '/api/v1/rules/validate', { token: admin.token, body: { name: 'x', trigger_topic: 'quote.submitted', condition: "quote.total > 'big'", actions: [{ type: 'create_task', task_type: 'follow_up', department: 'sales', assignee: 'owner', title: 'Hi {{quote.nmber}}' }] } });
  assert.equal(checked.body.ok, false);
  assert.deepEqual(checked.body.errors.map((e) => [e.field, e.position ?? null]), [['condition', 13], ['actions[0].title', null]]);
  assert.match(checked.body.errors[0].message, /cannot compare number with text/);

  const body = { name: '大单跟进 Big quote follow-up', trigger_topic: 'quote.submitted', condition: 'quote.total >= 0 and customer.grade in [\'A\', \'B\', \'C\']', actions: [{ type: 'create_task', task_type: 'follow_up', department: 'sales', assignee: 'owner', title: '跟进 {{quote.number}}', due_hours: 48 }, { type: 'notify', to: 'zone_manager', title: '大单：{{quote.number}} {{quote.total}}' }] };
  const bad = await call(server, 'POST', '/api/v1/rules', { token: admin.token, body: { ...body, condition: 'quote.total >' } });
  assert.equal(bad.status, 422);
  assert.equal(bad.body.errors[0].field, 'condition');
  assert.match(bad.body.errors[0].message, /at position 14/);
  const created = await call(server, 'POST', '/api/v1/rules', { token: admin.token, body });
  assert.equal(created.status, 201, created.text);
  const rule = created.body;

  const quote = await draft(repA, [{ product_id: products[0].id, quantity: 1 }]);
  const trial = await call(server, 'POST', `/api/v1/rules/${rule.id}/test-run`, { token: admin.token, body: { object_id: quote.id } });
  assert.equal(trial.status, 200, trial.text);
  assert.equal(trial.body.matched, true);
  assert.deepEqual(trial.body.actions.map((a) => a.type), ['create_task', 'notify']);
  assert.equal(trial.body.actions[0].title, `跟进 ${quote.number}`);
  assert.equal((await call(server, 'GET', `/api/v1/tasks?object_id=${quote.id}`, { token: admin.token })).body.items.length, 0, 'a test run changes nothing');

  await submit(repA, quote);
  const task = await eventually(async () => (await call(server, 'GET', `/api/v1/tasks?mine=true&type=follow_up&object_id=${quote.id}`, { token: repA.token })).body.items[0], 'the follow-up task');
  assert.equal(task.assignee_id, repA.user.id);
  const runs = await eventually(async () => {
    const r = (await call(server, 'GET', `/api/v1/rules/${rule.id}/runs`, { token: admin.token })).body.items;
    return r.length && r[0].status === 'done' ? r : null;
  }, 'the run log');
  assert.equal(runs[0].object_id, quote.id);
  assert.ok(runs[0].object_label.startsWith(quote.number), runs[0].object_label);
  assert.equal(runs[0].result.actions[0].task_id, task.id);

  const disabled = await call(server, 'PUT', `/api/v1/rules/${rule.id}`, { token: admin.token, body: { ...body, version: rule.version, enabled: false } });
  assert.equal(disabled.status, 200, disabled.text);
  assert.deepEqual(disabled.body.versions.map((v) => v.version), [2, 1]);
  assert.equal((await call(server, 'PUT', `/api/v1/rules/${rule.id}`, { token: admin.token, body: { ...body, version: rule.version } })).status, 409);
});

test('reminder rules run daily per record, once a day, and never pile up open tasks', async () => {
  const rules = (await call(server, 'GET', '/api/v1/rules', { token: admin.token })).body.items;
  const visit = rules.find((r) => r.builtin_key === 'a_customer_visit');
  const expiring = rules.find((r) => r.builtin_key === 'quote_expiring');
  assert.equal((await call(server, 'POST', `/api/v1/rules/${rules[0].id}/run-now`, { token: admin.token })).status, 409, 'event rules wait for their event');

  // A quote that expires in two days reminds its owner.
  const soon = new Date(Date.now() + 2 * 86400000).toISOString().slice(0, 10);
  const created = await call(server, 'POST', '/api/v1/quotes', { token: repA.token, body: { customer_id: customerA.id, valid_until: soon, lines: [{ product_id: products[0].id, quantity: 1 }] } });
  assert.equal(created.status, 201, created.text);
  const first = await call(server, 'POST', `/api/v1/rules/${expiring.id}/run-now`, { token: admin.token });
  assert.equal(first.status, 200, first.text);
  assert.ok(first.body.queued >= 1);
  await eventually(async () => (await call(server, 'GET', '/api/v1/notifications?unread=true', { token: repA.token })).body.items
    .some((n) => n.title.includes(created.body.number)), 'the expiry reminder');
  assert.equal((await call(server, 'POST', `/api/v1/rules/${expiring.id}/run-now`, { token: admin.token })).body.queued, 0, 'once a day');

  // A-grade customers nobody visited for 30 days: one follow-up task each, however often it runs.
  const ran = await call(server, 'POST', `/api/v1/rules/${visit.id}/run-now`, { token: admin.token });
  const tasks = async () => (await call(server, 'GET', '/api/v1/tasks?type=follow_up&object=customer&status=active&limit=200', { token: director.token })).body;
  assert.ok(ran.body.queued > 0, 'the demo has A-grade customers nobody visited lately');
  {
    const listed = await eventually(async () => { const t = await tasks(); return t.total > 0 ? t : null; }, 'follow-up tasks');
    assert.ok(listed.items.every((t) => t.object === 'customer' && t.assignee_id));
    const trial = await call(server, 'POST', `/api/v1/rules/${visit.id}/test-run`, { token: admin.token, body: { object_id: listed.items[0].object_id } });
    assert.equal(trial.body.matched, true);
    assert.equal(trial.body.actions[0].skipped, 'an open task of this type exists');
  }
});

test('webhooks: signed with HMAC-SHA256, retried after a failure, logged with codes, replayable', async () => {
  // A receiver on loopback that checks every signature and fails its first delivery.
  let secret = null;
  const received = [];
  let answered = 0;
  const receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => { body += c; });
    req.on('end', () => {
      const timestamp = req.headers['x-salient-timestamp'];
      const expected = 'sha256=' + createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
      const given = String(req.headers['x-salient-signature'] || '');
      const valid = given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));
      received.push({ valid, topic: req.headers['x-salient-event'], body: JSON.parse(body) });
      res.statusCode = answered++ === 0 ? 500 : 200;
      res.end('ok');
    });
  });
  await new Promise((r) => receiver.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${receiver.address().port}/hook`;
  try {
    assert.equal((await call(server, 'POST', '/api/v1/webhooks', { token: repA.token, body: { name: 'x', url, topics: ['*'] } })).status, 403);
    const bad = await call(server, 'POST', '/api/v1/webhooks', { token: admin.token, body: { name: 'ERP', url: 'ftp://erp', topics: ['quote.submitted'] } });
    assert.equal(bad.status, 422);
    assert.equal(bad.body.errors[0].field, 'url');
    const created = await call(server, 'POST', '/api/v1/webhooks', { token: admin.token, body: { name: 'ERP', url, topics: ['quote.submitted'] } });
    assert.equal(created.status, 201, created.text);
    secret = created.body.secret;
    assert.match(secret, /^whsec_/);
    const listed = (await call(server, 'GET', '/api/v1/webhooks', { token: admin.token })).body.items;
    assert.equal(listed[0].secret, undefined, 'the secret is shown once');

    const quote = (await submit(repA, await draft(repA, [{ product_id: products[0].id, quantity: 1 }]))).body;
    const log = await eventually(async () => {
      const d = (await call(server, 'GET', `/api/v1/webhooks/${created.body.id}/deliveries`, { token: admin.token })).body.items;
      return d.length && d[0].status === 'delivered' ? d : null;
    }, 'the delivery after a retry');
    assert.equal(log.length, 1);
    assert.equal(log[0].attempts, 2);
    assert.equal(log[0].response_code, 200);
    assert.equal(received.length, 2);
    assert.ok(received.every((r) => r.valid), 'every signature verifies');
    assert.equal(received[1].topic, 'quote.submitted');
    assert.equal(received[1].body.object_id, quote.id);
    assert.equal(received[1].body.data.after.status, 'approved');

    const replay = await call(server, 'POST', `/api/v1/webhooks/${created.body.id}/deliveries/${log[0].id}/replay`, { token: admin.token });
    assert.equal(replay.status, 202);
    await eventually(async () => received.length === 3, 'the replay');
    assert.deepEqual(received[2].body, received[1].body);
  } finally {
    receiver.close();
  }
});

test('a record page watching a quote hears when its approval moves, and the approver hears the request', async () => {
  const repSocket = await openWebSocket(`${server.url}/api/v1/ws`, { cookie: `salient_session=${repA.token}` });
  const mgrSocket = await openWebSocket(`${server.url}/api/v1/ws`, { cookie: `salient_session=${mgr.token}` });
  try {
    await repSocket.next((m) => m.type === 'hello');
    await mgrSocket.next((m) => m.type === 'hello');
    const quote = await draft(repA, [{ product_id: products[1].id, quantity: 1, discount_pct: 15 }]);
    repSocket.send({ type: 'watch', object: 'quote', id: quote.id });
    await new Promise((r) => setTimeout(r, 100));  // the watch travels before the change
    const submitted = (await submit(repA, quote)).body;
    const pushed = await mgrSocket.next((m) => m.type === 'notification' && m.notification.kind === 'approval');
    assert.ok(pushed.notification.title.includes(quote.number));
    await repSocket.next((m) => m.type === 'record_changed' && m.object === 'quote' && m.id === quote.id && m.topic === 'quote.submitted');
    await call(server, 'POST', `/api/v1/approvals/${submitted.approval.id}/approve`, { token: mgr.token, body: {} });
    const changed = await repSocket.next((m) => m.type === 'record_changed' && m.id === quote.id && m.topic === 'quote.approved');
    assert.equal(changed.object, 'quote');
    await repSocket.next((m) => m.type === 'notification' && m.notification.title.includes(quote.number));
  } finally {
    repSocket.close();
    mgrSocket.close();
  }
});

test('notification preferences: a muted kind is not delivered, security cannot be muted, a delegate decides', async () => {
  const prefs = await call(server, 'GET', '/api/v1/me/notification-preferences', { token: mgr.token });
  assert.deepEqual(prefs.body.items.map((p) => p.kind), ['approval', 'task', 'message', 'forecast_alert', 'rule', 'org', 'account', 'security']);
  assert.ok(prefs.body.items.every((p) => p.enabled));
  const locked = await call(server, 'PUT', '/api/v1/me/notification-preferences', { token: mgr.token, body: { items: [{ kind: 'security', enabled: false }] } });
  assert.equal(locked.status, 422);
  assert.equal(locked.body.errors[0].field, 'items[0].kind');
  const muted = await call(server, 'PUT', '/api/v1/me/notification-preferences', { token: mgr.token, body: { items: [{ kind: 'approval', enabled: false }] } });
  assert.equal(muted.body.items.find((p) => p.kind === 'approval').enabled, false);

  const quiet = (await submit(repA, await draft(repA, [{ product_id: products[2].id, quantity: 1, discount_pct: 12 }]))).body;
  const bell = (await call(server, 'GET', '/api/v1/notifications?limit=50', { token: mgr.token })).body.items;
  assert.ok(!bell.some((n) => n.title.includes(quiet.number)), 'muted: no approval notice');
  await call(server, 'PUT', '/api/v1/me/notification-preferences', { token: mgr.token, body: { items: [{ kind: 'approval', enabled: true }] } });

  // The manager hands the step to a rep of another team, who may then decide it (and only it).
  const users = (await call(server, 'GET', '/api/v1/users?limit=200', { token: admin.token })).body.items;
  const colleague = users.find((u) => u.username === 'rep_east2');
  const other = await login(server, 'rep_east2');
  assert.equal((await call(server, 'POST', `/api/v1/approvals/${quiet.approval.id}/approve`, { token: other.token, body: {} })).status, 404);
  const handed = await call(server, 'POST', `/api/v1/approvals/${quiet.approval.id}/delegate`, { token: mgr.token, body: { user_id: colleague.id } });
  assert.equal(handed.status, 200, handed.text);
  const decided = await call(server, 'POST', `/api/v1/approvals/${quiet.approval.id}/approve`, { token: other.token, body: { comment: '代审' } });
  assert.equal(decided.status, 200, decided.text);
  assert.equal(decided.body.status, 'approved');
});

test('the customer follows the order on an unguessable tracking link without login; it shows shipping as it happens', async () => {
  const created = await call(server, 'POST', '/api/v1/orders', { token: repA.token, body: { customer_id: customerA.id, lines: [{ product_id: products[0].id, quantity: 2 }] } });
  assert.equal(created.status, 201, created.text);
  const order = created.body;
  const link = await call(server, 'POST', `/api/v1/orders/${order.id}/tracking-link`, { token: repA.token });
  assert.equal(link.status, 200, link.text);
  assert.match(link.body.path, /^\/track\/[A-Za-z0-9_-]{40,}$/);
  assert.equal((await call(server, 'POST', `/api/v1/orders/${order.id}/tracking-link`, { token: repA.token })).body.token, link.body.token, 'one link per order');
  assert.equal((await call(server, 'POST', `/api/v1/orders/${order.id}/tracking-link`, { token: mgrWest.token })).status, 404);
  const seen = await call(server, 'GET', `/api/v1/track/${link.body.token}`);
  assert.equal(seen.status, 200, seen.text);
  assert.equal(seen.body.number, order.number);
  assert.equal(seen.body.status, order.status);
  assert.ok(seen.body.items.length > 0);
  for (const secret of ['total', 'customer_name', 'owner_name', 'list_price', 'net_amount']) assert.ok(!JSON.stringify(seen.body).includes(`"${secret}"`), secret);
  assert.equal((await call(server, 'GET', `/api/v1/track/${link.body.token.slice(0, -1)}x`)).status, 404);
  // Confirmed by finance, picked by the warehouse, shipped by logistics: the page follows.
  let current = order;
  for (const [user, status] of [[finance, 'confirmed'], [warehouse, 'picking'], [logistics, 'shipped']]) {
    const moved = await call(server, 'POST', `/api/v1/orders/${order.id}/status`, { token: user.token, body: { status, version: current.version } });
    assert.equal(moved.status, 200, `${status}: ${moved.text}`);
    current = moved.body;
  }
  const shipped = (await call(server, 'GET', `/api/v1/track/${link.body.token}`)).body;
  assert.equal(shipped.status, 'shipped');
  assert.ok(shipped.ship_date);
  assert.deepEqual(shipped.timeline.map((e) => e.status), ['created', 'confirmed', 'picking', 'shipped']);
});

test('messaging: a record thread with @mentions, direct messages, files and voice notes behind the thread\'s access, unread counts', async () => {
  const quote = await draft(repA, [{ product_id: products[0].id, quantity: 1 }]);
  // @mgr_east may read the quote (their zone) and is told; @mgr_west may not and is not.
  const posted = await call(server, 'POST', '/api/v1/messages', { token: repA.token, body: { object: 'quote', object_id: quote.id, body: '@mgr_east 请看一下价格 @mgr_west' } });
  assert.equal(posted.status, 201, posted.text);
  assert.deepEqual(posted.body.mentions, [mgr.user.id]);
  const told = (await call(server, 'GET', '/api/v1/notifications?limit=20', { token: mgr.token })).body.items;
  assert.ok(told.some((n) => n.kind === 'message' && n.link === `/quotes/${quote.id}`));
  assert.ok(!(await call(server, 'GET', '/api/v1/notifications?limit=20', { token: mgrWest.token })).body.items.some((n) => n.kind === 'message'));
  assert.equal((await call(server, 'GET', `/api/v1/messages?object=quote&object_id=${quote.id}`, { token: mgrWest.token })).status, 404);
  assert.equal((await call(server, 'POST', '/api/v1/messages', { token: mgrWest.token, body: { object: 'quote', object_id: quote.id, body: 'hi' } })).status, 404);

  const inbox = (await call(server, 'GET', '/api/v1/messages/inbox', { token: mgr.token })).body;
  const item = inbox.items.find((t) => t.object_id === quote.id);
  assert.equal(item.unread, 1);
  assert.equal(item.label, `${quote.number} · ${customerA.name}`);
  const thread = await call(server, 'GET', `/api/v1/messages?object=quote&object_id=${quote.id}`, { token: mgr.token });
  assert.equal(thread.body.messages[0].body, '@mgr_east 请看一下价格 @mgr_west');
  assert.equal((await call(server, 'GET', '/api/v1/messages/inbox', { token: mgr.token })).body.items.find((t) => t.object_id === quote.id).unread, 0, 'reading marks it read');

  // A voice note and a file in a direct message; only the two people may download them.
  const voice = Buffer.from('OggS fake opus frames for the test').toString('base64');
  const pdf = Buffer.from('%PDF-1.4 tiny').toString('base64');
  const dm = await call(server, 'POST', '/api/v1/messages', { token: mgr.token, body: { user_id: repA.user.id, body: '', attachments: [
    { kind: 'voice', file_name: 'note.ogg', content_type: 'audio/ogg;codecs=opus', data_base64: voice, duration_ms: 3200 },
    { kind: 'file', file_name: '报价单 v2.pdf', content_type: 'application/pdf', data_base64: pdf }] } });
  assert.equal(dm.status, 201, dm.text);
  const [note, file] = dm.body.attachments;
  assert.equal(note.content_type, 'audio/ogg');
  assert.equal(note.duration_ms, 3200);
  const fetched = await fetch(`${server.url}${note.url}`, { headers: { authorization: `Bearer ${repA.token}` } });
  assert.equal(fetched.status, 200);
  assert.equal(fetched.headers.get('content-type'), 'audio/ogg');
  assert.match(fetched.headers.get('content-disposition'), /^inline/);
  assert.equal(Buffer.from(await fetched.arrayBuffer()).toString(), 'OggS fake opus frames for the test');
  const download = await fetch(`${server.url}${file.url}`, { headers: { authorization: `Bearer ${repA.token}` } });
  assert.equal(download.headers.get('content-disposition'), "attachment; filename*=UTF-8''%E6%8A%A5%E4%BB%B7%E5%8D%95%20v2.pdf");
  assert.equal((await fetch(`${server.url}${file.url}`, { headers: { authorization: `Bearer ${director.token}` } })).status, 404);
  assert.equal((await call(server, 'GET', '/api/v1/messages/inbox', { token: repA.token })).body.unread >= 1, true);

  // Limits: type, size, empty.
  const exe = await call(server, 'POST', '/api/v1/messages', { token: mgr.token, body: { user_id: repA.user.id, body: 'x', attachments: [{ kind: 'file', file_name: 'a.exe', content_type: 'application/x-msdownload', data_base64: pdf }] } });
  assert.equal(exe.status, 422);
  assert.equal(exe.body.errors[0].field, 'attachments[0].content_type');
  const big = await call(server, 'POST', '/api/v1/messages', { token: mgr.token, body: { user_id: repA.user.id, attachments: [{ kind: 'voice', file_name: 'long.webm', content_type: 'audio/webm', data_base64: Buffer.alloc(2 * 1024 * 1024 + 1).toString('base64'), duration_ms: 1000 }] } });
  assert.equal(big.status, 422);
  assert.equal(big.body.errors[0].field, 'attachments[0].data_base64');
  assert.equal((await call(server, 'POST', '/api/v1/messages', { token: mgr.token, body: { user_id: repA.user.id, body: '  ' } })).body.errors[0].field, 'body');

  // 4000 characters of Chinese are 4000 characters, not 12000 bytes.
  assert.equal((await call(server, 'POST', '/api/v1/messages', { token: mgr.token, body: { user_id: repA.user.id, body: '价'.repeat(4000) } })).status, 201);
  // A sentence's full stop ends the name; an e-mail address is no mention.
  const punctuated = await call(server, 'POST', '/api/v1/messages', { token: repA.token, body: { object: 'quote', object_id: quote.id, body: '请 @mgr_east. 抄送 ops@mgr_east' } });
  assert.deepEqual(punctuated.body.mentions, [mgr.user.id]);
  // Paging by message id: every message exactly once, oldest first.
  for (let i = 0; i < 5; i++) await call(server, 'POST', '/api/v1/messages', { token: repA.token, body: { object: 'quote', object_id: quote.id, body: `第${i}条` } });
  const pages = [];
  let before;
  for (;;) {
    const page = (await call(server, 'GET', `/api/v1/messages?object=quote&object_id=${quote.id}&limit=3${before ? `&before=${before}` : ''}`, { token: repA.token })).body;
    pages.unshift(...page.messages);
    if (!page.has_more) break;
    before = page.messages[0].id;
  }
  assert.equal(pages.length, 7);
  assert.equal(new Set(pages.map((m) => m.id)).size, 7);
  assert.deepEqual(pages.slice(-5).map((m) => m.body), ['第0条', '第1条', '第2条', '第3条', '第4条']);
  // Everyone signed in finds colleagues to mention or message, and sees nothing more of them.
  const found = (await call(server, 'GET', '/api/v1/directory?q=mgr', { token: repA.token })).body.items;
  assert.ok(found.some((u) => u.username === 'mgr_east'));
  assert.deepEqual(Object.keys(found[0]).sort(), ['display_name', 'id', 'role', 'username', 'zone_name']);
});

test('rule actions start parallel approvals, post on the record thread and call a webhook', async () => {
  const hook = await call(server, 'POST', '/api/v1/webhooks', { token: admin.token, body: { name: 'rule target', url: 'http://127.0.0.1:9/unreachable', topics: ['none.none'] } });
  const bad = await call(server, 'POST', '/api/v1/rules/validate', { token: admin.token, body: { name: 'x', trigger_topic: 'quote.submitted', condition: '', actions: [{ type: 'start_approval', title: 't', steps: [{ seq: 9, role: 'finance' }, { seq: 1, role: 'wizard' }] }] } });
  assert.deepEqual(bad.body.errors.map((e) => e.field), ['actions[0].steps[0].seq', 'actions[0].steps[1].role']);
  const created = await call(server, 'POST', '/api/v1/rules', { token: admin.token, body: {
    name: '大额报价会签 Big quote sign-off', trigger_topic: 'quote.submitted', condition: 'quote.total > 0 and customer.name = \'' + customerA.name.replace(/'/g, "\\'") + '\'',
    actions: [
      { type: 'start_approval', title: '会签：{{quote.number}}', steps: [{ seq: 1, role: 'finance', label: '财务会签' }, { seq: 1, role: 'zone_manager' }, { seq: 2, role: 'sales_director' }] },
      { type: 'post_message', body: '已发起会签：{{quote.number}}' },
      { type: 'call_webhook', webhook_id: hook.body.id }] } });
  assert.equal(created.status, 201, created.text);
  // When the countersign comes back, another rule hears it on the quote.
  const heard = await call(server, 'POST', '/api/v1/rules', { token: admin.token, body: {
    name: '会签结果 Sign-off outcome', trigger_topic: 'quote.approval_approved', condition: '',
    actions: [{ type: 'post_message', body: '会签通过：{{quote.number}}' }] } });
  assert.equal(heard.status, 201, heard.text);
  // Beyond the rep's authority, so the quote has its own approval too.
  const quote = (await submit(repA, await draft(repA, [{ product_id: products[0].id, quantity: 1, discount_pct: 15 }]))).body;
  assert.equal(quote.status, 'pending_approval');
  const signoff = await eventually(async () => (await call(server, 'GET', `/api/v1/approvals?object=quote&object_id=${quote.id}`, { token: director.token })).body.items.find((a) => a.title.startsWith('会签')), 'the rule\'s approval');
  assert.deepEqual(signoff.steps.map((s) => [s.seq, s.approver_role, s.status]), [[1, 'finance', 'pending'], [1, 'zone_manager', 'pending'], [2, 'sales_director', 'waiting']]);
  // Parallel: both first steps must approve before the director's opens.
  assert.equal((await call(server, 'POST', `/api/v1/approvals/${signoff.id}/approve`, { token: finance.token, body: {} })).body.current_seq, 1);
  assert.equal((await call(server, 'POST', `/api/v1/approvals/${signoff.id}/approve`, { token: director.token, body: {} })).status, 403);
  assert.equal((await call(server, 'POST', `/api/v1/approvals/${signoff.id}/approve`, { token: mgr.token, body: {} })).body.current_seq, 2);
  assert.equal((await call(server, 'POST', `/api/v1/approvals/${signoff.id}/approve`, { token: director.token, body: {} })).body.status, 'approved');
  // The countersign does not stand in for the quote's own approval.
  assert.equal((await call(server, 'GET', `/api/v1/quotes/${quote.id}`, { token: repA.token })).body.status, 'pending_approval');
  const thread = await eventually(async () => {
    const t = (await call(server, 'GET', `/api/v1/messages?object=quote&object_id=${quote.id}`, { token: repA.token })).body;
    return t.messages.some((m) => m.body === `会签通过：${quote.number}`) ? t : null;
  }, 'the outcome rule\'s message');
  assert.ok(thread.messages.some((m) => m.body === `已发起会签：${quote.number}` && m.author_name === 'Salient'));
  const deliveries = await eventually(async () => {
    const d = (await call(server, 'GET', `/api/v1/webhooks/${hook.body.id}/deliveries`, { token: admin.token })).body.items;
    return d.length && d[0].attempts >= 1 ? d : null;
  }, 'the webhook call');
  assert.equal(deliveries[0].topic, 'rule.quote');
  // The first failure is not the last word: the job tries again with backoff, and says when.
  assert.equal(deliveries[0].status, 'retrying');
  assert.ok(Date.parse(deliveries[0].next_attempt_at) > Date.parse(deliveries[0].last_attempt_at));
  assert.match(deliveries[0].last_error, /POST failed/);
  for (const rule of [created.body, heard.body])
    await call(server, 'PUT', `/api/v1/rules/${rule.id}`, { token: admin.token, body: { ...rule, version: rule.version, enabled: false } });
});

test('a rule hears a field change: the record\'s fields as they were before the event', async () => {
  const topics = (await call(server, 'GET', '/api/v1/rules/topics', { token: admin.token })).body.items;
  assert.ok(topics.find((t) => t.topic === 'customer.update').fields.some((f) => f.name === 'before.customer.status'));
  assert.ok(!topics.find((t) => t.topic === 'daily.customer').fields.some((f) => f.name.startsWith('before.')));
  const rule = await call(server, 'POST', '/api/v1/rules', { token: admin.token, body: {
    name: '客户流失提醒 Customer lost', trigger_topic: 'customer.update',
    condition: "customer.status = 'dormant' and before.customer.status != 'dormant'",
    actions: [{ type: 'create_task', task_type: 'win_back', department: 'sales', assignee: 'owner', title: '挽回：{{customer.name}}' }] } });
  assert.equal(rule.status, 201, rule.text);
  const customer = (await call(server, 'GET', `/api/v1/customers/${customerA.id}`, { token: repA.token })).body;
  const dormant = await call(server, 'PATCH', `/api/v1/customers/${customerA.id}`, { token: repA.token, body: { version: customer.version, status: 'dormant' } });
  assert.equal(dormant.status, 200, dormant.text);
  await eventually(async () => (await call(server, 'GET', `/api/v1/tasks?mine=true&type=win_back&object_id=${customerA.id}`, { token: repA.token })).body.items.length === 1, 'the win-back task');
  // Another change while already dormant is no change of status: nothing new.
  const again = await call(server, 'PATCH', `/api/v1/customers/${customerA.id}`, { token: repA.token, body: { version: dormant.body.version, industry: '零售' } });
  assert.equal(again.status, 200, again.text);
  const runs = await eventually(async () => {
    const r = (await call(server, 'GET', `/api/v1/rules/${rule.body.id}/runs`, { token: admin.token })).body.items;
    return r.length === 2 && r.every((x) => x.status !== 'queued') ? r : null;
  }, 'both runs');
  assert.deepEqual(runs.map((r) => r.status).sort(), ['done', 'skipped']);
  await call(server, 'PATCH', `/api/v1/customers/${customerA.id}`, { token: repA.token, body: { version: again.body.version, status: 'active' } });
  await call(server, 'PUT', `/api/v1/rules/${rule.body.id}`, { token: admin.token, body: { ...rule.body, version: rule.body.version, enabled: false } });
});

test('a server killed right after a submission loses nothing and does nothing twice when it comes back', async () => {
  // A job the killed server had claimed waits for its lease to run out (5 min by default).
  const lease = { SALIENT_JOB_LEASE_MS: '2000' };
  const first = await startServer({ env: lease });
  let second;
  try {
    const rep = await login(first, 'rep_east1');
    const admin2 = await login(first, 'admin', 'Admin#2026');
    const customer = (await call(first, 'GET', '/api/v1/customers?limit=1', { token: rep.token })).body.items[0];
    const product = (await call(first, 'GET', '/api/v1/products?limit=1&active=true', { token: rep.token })).body.items[0];
    const ids = [];
    for (let i = 0; i < 3; i++) {
      const quote = (await call(first, 'POST', '/api/v1/quotes', { token: rep.token, body: { customer_id: customer.id, lines: [{ product_id: product.id, quantity: 1 + i }] } })).body;
      const submitted = await call(first, 'POST', `/api/v1/quotes/${quote.id}/submit`, { token: rep.token, body: { version: quote.version } });
      assert.equal(submitted.status, 200, submitted.text);
      ids.push(quote.id);
    }
    // No goodbye: whatever the outbox consumer and the job runner were doing is cut short.
    first.proc.kill('SIGKILL');
    await first.exited;
    second = await startServer({ db: first.db, env: lease });
    for (const id of ids) {
      const tasks = await eventually(async () => {
        const t = (await call(second, 'GET', `/api/v1/tasks?object_id=${id}&type=stocking`, { token: admin2.token })).body.items;
        return t.length ? t : null;
      }, 'the stocking task after the restart');
      assert.equal(tasks.length, 1);
    }
    // Give a duplicate the time to appear, then count again: still one task and one run per rule.
    await new Promise((r) => setTimeout(r, 1500));
    for (const id of ids)
      assert.equal((await call(second, 'GET', `/api/v1/tasks?object_id=${id}&type=stocking`, { token: admin2.token })).body.items.length, 1);
    const rules = (await call(second, 'GET', '/api/v1/rules', { token: admin2.token })).body.items;
    const stocking = rules.find((r) => r.builtin_key === 'stocking');
    const runs = (await call(second, 'GET', `/api/v1/rules/${stocking.id}/runs?limit=50`, { token: admin2.token })).body.items;
    for (const id of ids) assert.equal(runs.filter((r) => r.object_id === id).length, 1, `one run for ${id}`);
  } finally {
    if (second) await second.stop();
    await first.stop();
  }
});

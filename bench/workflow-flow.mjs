// The cross-department flow under load, on a real server over loopback: reps submit quotes
// at once (authority check, approval chain and notifications in the submit transaction),
// each submission's stocking task appears (outbox → rule run job), and the zone manager
// approves them all concurrently. Prints a Markdown table for docs/benchmarks.md.
//   node bench/workflow-flow.mjs [quotes=200] [db=sqlite]
import { startServer, call, login } from '../tests/api/lib/harness.mjs';

const quotes = Number(process.argv[2] || 200);
const concurrency = 16;
const server = await startServer();
const percentile = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };
const ms = (x) => `${x.toFixed(1)} ms`;
async function pool(n, work) {
  const times = [];
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < n) {
      const i = next++;
      const t0 = performance.now();
      await work(i);
      times.push(performance.now() - t0);
    }
  }));
  return times;
}
try {
  const reps = await Promise.all(['rep_east1', 'rep_east2'].map((u) => login(server, u)));
  const mgr = await login(server, 'mgr_east');
  const warehouse = await login(server, 'warehouse');
  const customers = await Promise.all(reps.map(async (r) => (await call(server, 'GET', '/api/v1/customers?limit=1', { token: r.token })).body.items[0]));
  const products = (await call(server, 'GET', '/api/v1/products?limit=3&active=true', { token: reps[0].token })).body.items;
  const drafts = [];
  await pool(quotes, async (i) => {
    const rep = reps[i % 2];
    const created = await call(server, 'POST', '/api/v1/quotes', { token: rep.token, body: { customer_id: customers[i % 2].id, lines: [{ product_id: products[i % 3].id, quantity: 1 + (i % 5), discount_pct: 15 }] } });
    drafts.push({ rep, quote: created.body });
  });
  const submittedAt = new Map();
  const approvals = [];
  const submitTimes = await pool(drafts.length, async (i) => {
    const { rep, quote } = drafts[i];
    const r = await call(server, 'POST', `/api/v1/quotes/${quote.id}/submit`, { token: rep.token, body: { version: quote.version } });
    if (r.status !== 200 || r.body.status !== 'pending_approval') throw new Error(`submit: ${r.status} ${r.text}`);
    submittedAt.set(quote.id, performance.now());
    approvals.push(r.body.approval.id);
  });
  const submitWall = performance.now();
  // Wait for every stocking task (the rule ran through the outbox and the job queue).
  const seen = new Map();
  while (seen.size < drafts.length) {
    const tasks = (await call(server, 'GET', '/api/v1/tasks?mine=true&type=stocking&limit=200&sort=-created_at', { token: warehouse.token })).body.items;
    const now = performance.now();
    for (const t of tasks) if (submittedAt.has(t.object_id) && !seen.has(t.object_id)) seen.set(t.object_id, now - submittedAt.get(t.object_id));
    if (now - submitWall > 120000) throw new Error(`only ${seen.size} of ${drafts.length} stocking tasks after 2 minutes`);
    await new Promise((r) => setTimeout(r, 50));
  }
  const ruleLag = [...seen.values()];
  // One quote at a time on a quiet server: the lag a person sees.
  const quiet = [];
  for (let i = 0; i < 20; i++) {
    const rep = reps[i % 2];
    const q = (await call(server, 'POST', '/api/v1/quotes', { token: rep.token, body: { customer_id: customers[i % 2].id, lines: [{ product_id: products[0].id, quantity: 1 }] } })).body;
    const t0 = performance.now();
    await call(server, 'POST', `/api/v1/quotes/${q.id}/submit`, { token: rep.token, body: { version: q.version } });
    for (;;) {
      const found = (await call(server, 'GET', `/api/v1/tasks?mine=true&type=stocking&object_id=${q.id}`, { token: warehouse.token })).body.items.length;
      if (found) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    quiet.push(performance.now() - t0);
  }
  const approveTimes = await pool(approvals.length, async (i) => {
    const r = await call(server, 'POST', `/api/v1/approvals/${approvals[i]}/approve`, { token: mgr.token, body: {} });
    if (r.status !== 200) throw new Error(`approve: ${r.status} ${r.text}`);
  });
  console.log(`| step (${drafts.length} quotes, ${concurrency} clients, ${process.env.SALIENT_TEST_DB || 'sqlite'}) | p50 | p99 |`);
  console.log('|---|---:|---:|');
  console.log(`| submit (authority check + approval chain + notification) | ${ms(percentile(submitTimes, 0.5))} | ${ms(percentile(submitTimes, 0.99))} |`);
  console.log(`| submit → stocking task visible, burst of all quotes (outbox → rule job queue drains) | ${ms(percentile(ruleLag, 0.5))} | ${ms(percentile(ruleLag, 0.99))} |`);
  console.log(`| submit → stocking task visible, one quote at a time (20) | ${ms(percentile(quiet, 0.5))} | ${ms(percentile(quiet, 0.99))} |`);
  console.log(`| approve (lock, step, outcome, quote moves on) | ${ms(percentile(approveTimes, 0.5))} | ${ms(percentile(approveTimes, 0.99))} |`);
} finally {
  await server.stop();
}

// Forecasts over the demo data: a run requested through the API becomes a stored
// snapshot; the explorer's series carry history and 80/95% bands; a zone manager sees
// only their zone, a sales rep sees nothing; bad parameters name the field.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, call, login, sleep, runCli } from './lib/harness.mjs';

let server, director, manager, rep;
before(async () => {
  server = await startServer();
  director = await login(server, 'director');
  manager = await login(server, 'mgr_east');
  rep = await login(server, 'rep_east1');
});
after(async () => { await server.stop(); });

const get = (path, who) => call(server, 'GET', path, { token: who.token });

// The live run (as of today) started at or after `since`, once it has finished.
async function waitForRun(since) {
  const today = new Date().toISOString().slice(0, 10);
  for (let i = 0; i < 600; i++) {
    const runs = await get('/api/v1/forecasts/runs', director);
    assert.equal(runs.status, 200, runs.text);
    const run = runs.body.items.find((r) => r.as_of === today && Date.parse(r.started_at) >= since);
    if (run && run.status !== 'running') return run;
    await sleep(500);
  }
  throw new Error('the forecast run did not finish in 5 minutes');
}

test('before any run there is nothing to show, and reps may not look', async () => {
  const levels = await get('/api/v1/forecasts/levels', director);
  assert.equal(levels.status, 200, levels.text);
  assert.deepEqual(levels.body.items.map((l) => l.level), ['total', 'zone', 'category', 'zone_category', 'channel', 'segment']);
  assert.equal(levels.body.latest_run, null);
  const empty = await get('/api/v1/forecasts?level=total&frequency=monthly', director);
  assert.equal(empty.status, 200);
  assert.equal(empty.body.run, null);
  assert.deepEqual(empty.body.series, []);
  assert.equal((await get('/api/v1/forecasts/levels', rep)).status, 403);
  assert.equal((await call(server, 'POST', '/api/v1/forecasts/runs', { token: manager.token })).status, 403);
});

test('bad parameters are rejected naming the field', async () => {
  const level = await get('/api/v1/forecasts?level=planet&frequency=monthly', director);
  assert.equal(level.status, 400);
  assert.ok(level.body.errors.some((e) => e.field === 'level'), level.text);
  const frequency = await get('/api/v1/forecasts?level=total&frequency=hourly', director);
  assert.equal(frequency.status, 400);
  assert.ok(frequency.body.errors.some((e) => e.field === 'frequency'), frequency.text);
});

test('a requested run is stored as a snapshot with bands around every forecast', async () => {
  // Daily forecasts made ten days ago, and a hair-trigger rule, so that the live run below
  // has days to check and raises alerts (tested further down).
  const tenDaysAgo = new Date(Date.now() - 10 * 86400000).toISOString().slice(0, 10);
  runCli(['forecast', 'run', '--as-of', tenDaysAgo], server.db);
  const rules = await call(server, 'PUT', '/api/v1/forecast-alert-rules', {
    token: director.token, body: { items: [{ category: '', channel: '', threshold_pct: 1, consecutive_days: 1 }] },
  });
  assert.equal(rules.status, 200, rules.text);

  const since = Date.now() - 1000;
  const started = await call(server, 'POST', '/api/v1/forecasts/runs', { token: director.token });
  assert.equal(started.status, 202, started.text);
  assert.ok(started.body.job_id);
  const run = await waitForRun(since);
  assert.equal(run.status, 'succeeded', run.message);
  assert.equal(run.progress, 1);
  assert.ok(run.series_count > 20, `series: ${run.series_count}`);
  assert.ok(run.health_score > 0.5 && run.health_score <= 1);

  const monthly = await get('/api/v1/forecasts?level=zone&frequency=monthly', director);
  assert.equal(monthly.status, 200, monthly.text);
  assert.equal(monthly.body.run.id, run.id, 'the live run, not the backfill, is the latest');
  assert.deepEqual(monthly.body.series.map((s) => s.members.zone).sort(), ['CENTRAL', 'EAST', 'SOUTH', 'WEST']);
  const thisMonth = new Date().toISOString().slice(0, 8) + '01';
  for (const s of monthly.body.series) {
    assert.equal(s.history.length, 36);
    assert.equal(s.forecast.length, 6);
    assert.equal(s.forecast[0].date, thisMonth, 'the current, incomplete month is forecast, not trained on');
    assert.ok(s.history.some((h) => h.value > 0));
    assert.ok(s.model.length > 0);
    for (const f of s.forecast) {
      for (const k of ['point', 'lo80', 'hi80', 'lo95', 'hi95']) assert.ok(Number.isFinite(f[k]) && f[k] >= 0, `${k}: ${f[k]}`);
      assert.ok(f.lo95 <= f.lo80 && f.lo80 <= f.hi80 && f.hi80 <= f.hi95, JSON.stringify(f));
    }
  }
  // Coherent: the zones, the zone × category cells and the channels add up to the total.
  const sums = async (level) => {
    const body = (await get(`/api/v1/forecasts?level=${level}&frequency=monthly`, director)).body;
    return { n: body.series.length, sum: body.series[0].forecast.map((_, j) => body.series.reduce((t, s) => t + s.forecast[j].point, 0)) };
  };
  const total = await sums('total');
  for (const level of ['zone', 'category', 'zone_category', 'channel', 'segment']) {
    const parts = await sums(level);
    parts.sum.forEach((v, j) => assert.ok(Math.abs(v - total.sum[j]) <= parts.n, `${level} step ${j}: ${v} vs ${total.sum[j]}`));
  }

  const daily = await get('/api/v1/forecasts?level=total&frequency=daily', director);
  assert.equal(daily.body.series.length, 1);
  assert.equal(daily.body.series[0].forecast.length, 28);
  assert.equal(daily.body.series[0].history.length, 180);

  const one = await get('/api/v1/forecasts?level=zone&frequency=monthly&key=zone%3DEAST', director);
  assert.deepEqual(one.body.series.map((s) => s.key), ['zone=EAST']);
});

test('a zone manager sees only the levels and series of their zone', async () => {
  const levels = await get('/api/v1/forecasts/levels', manager);
  assert.equal(levels.status, 200, levels.text);
  assert.deepEqual(levels.body.items.map((l) => l.level), ['zone', 'zone_category']);
  assert.equal((await get('/api/v1/forecasts?level=total&frequency=monthly', manager)).status, 403);
  const zone = await get('/api/v1/forecasts?level=zone&frequency=monthly', manager);
  assert.deepEqual(zone.body.series.map((s) => s.key), ['zone=EAST']);
  const byCategory = await get('/api/v1/forecasts?level=zone_category&frequency=monthly', manager);
  assert.equal(byCategory.body.series.length, 3);
  assert.ok(byCategory.body.series.every((s) => s.members.zone === 'EAST'));
  const other = await get('/api/v1/forecasts?level=zone&frequency=monthly&key=zone%3DWEST', manager);
  assert.deepEqual(other.body.series, []);
});

test('backfilled snapshots are scored against the actuals that came later', async () => {
  // Forecast as of three months ago (monthly only), as `salient demo --forecast` does.
  const asOf = new Date();
  asOf.setUTCDate(1);
  asOf.setUTCMonth(asOf.getUTCMonth() - 3);
  runCli(['forecast', 'run', '--as-of', asOf.toISOString().slice(0, 10), '--no-daily'], server.db);
  const accuracy = await get('/api/v1/forecasts/accuracy?frequency=monthly', director);
  assert.equal(accuracy.status, 200, accuracy.text);
  assert.deepEqual(accuracy.body.by_horizon.map((h) => h.step), [1, 2, 3], 'three months have completed since');
  assert.ok(accuracy.body.overall.n >= 3 * 27, `scored points: ${accuracy.body.overall.n}`);
  for (const row of [accuracy.body.overall, ...accuracy.body.by_level, ...accuracy.body.by_model]) {
    assert.ok(Number.isFinite(row.wape) && row.wape >= 0, JSON.stringify(row));
    assert.ok(Number.isFinite(row.mase) && row.mase >= 0, JSON.stringify(row));
    assert.ok(row.coverage95 >= row.coverage80 && row.coverage95 <= 100, JSON.stringify(row));
  }
  assert.equal(accuracy.body.by_run.length, 1);
  assert.equal(accuracy.body.by_run[0].as_of, asOf.toISOString().slice(0, 10));

  const scoped = await get('/api/v1/forecasts/accuracy?frequency=monthly', manager);
  assert.deepEqual(scoped.body.by_level.map((l) => l.level).sort(), ['zone', 'zone_category']);
  assert.ok(scoped.body.overall.n === 3 * 4, `the manager's zone and its 3 categories × 3 months: ${scoped.body.overall.n}`);
  assert.equal((await get('/api/v1/forecasts/accuracy?frequency=weekly', director)).status, 400);
});

test('alerts carry a root cause, are scoped, move on once, and reach the owners', async () => {
  const all = await get('/api/v1/forecast-alerts', director);
  assert.equal(all.status, 200, all.text);
  const runs = (await get('/api/v1/forecasts/runs', director)).body.items;
  assert.ok(all.body.items.length > 0, `a 1%/1-day rule over ten days of daily forecasts raises alerts: ${JSON.stringify(runs)}`);
  const live = runs.find((r) => r.as_of === new Date().toISOString().slice(0, 10) && r.status === 'succeeded');
  assert.equal(live.alerts_raised, all.body.items.length, 'the live run counted what it raised');
  const alert = all.body.items.find((a) => a.level === 'zone') || all.body.items[0];
  assert.ok(['above', 'below'].includes(alert.direction));
  assert.equal(alert.status, 'open');
  const detail = await get(`/api/v1/forecast-alerts/${alert.id}`, director);
  assert.equal(detail.status, 200, detail.text);
  assert.ok(detail.body.root_cause.by.length > 0);
  for (const dimension of detail.body.root_cause.by) {
    assert.ok(dimension.children.length > 0 && dimension.children.length <= 5);
    const shares = dimension.children.map((c) => c.share);
    assert.deepEqual(shares, [...shares].sort((a, b) => b - a), 'ranked by share of the gap');
  }
  assert.equal(detail.body.root_cause.window.length, 28);
  const judged = detail.body.root_cause.window.filter((d) => d.forecast !== null);
  assert.ok(judged.length >= 1 && judged.length <= 10, 'only the days a forecast was made for carry one');
  assert.ok(detail.body.root_cause.window.some((d) => d.forecast === null && d.actual > 0), 'earlier days keep their actuals');

  // The manager sees the alerts of their zone only.
  const scoped = await get('/api/v1/forecast-alerts', manager);
  assert.equal(scoped.status, 200);
  assert.ok(scoped.body.items.every((a) => a.series_key.includes('zone=EAST')), JSON.stringify(scoped.body.items.map((a) => a.series_key)));
  const foreign = all.body.items.find((a) => !a.series_key.includes('zone=EAST'));
  if (foreign) assert.equal((await get(`/api/v1/forecast-alerts/${foreign.id}`, manager)).status, 404);
  assert.equal((await get('/api/v1/forecast-alerts', rep)).status, 403);

  // Two people acknowledging at once: one wins, the other gets 409.
  const [a, b] = await Promise.all([1, 2].map(() => call(server, 'POST', `/api/v1/forecast-alerts/${alert.id}/acknowledge`,
    { token: director.token, body: { note: 'looking into it' } })));
  assert.deepEqual([a.status, b.status].sort(), [200, 409]);
  const resolved = await call(server, 'POST', `/api/v1/forecast-alerts/${alert.id}/resolve`, { token: director.token, body: { note: 'a one-off' } });
  assert.equal(resolved.status, 200, resolved.text);
  assert.equal(resolved.body.status, 'resolved');
  assert.equal((await get('/api/v1/forecast-alerts?status=resolved', director)).body.items.length, 1);
  assert.equal((await get('/api/v1/forecast-alerts?status=gone', director)).status, 400);

  // The directors were told (the event consumer runs asynchronously).
  let told = false;
  for (let i = 0; i < 50 && !told; i++) {
    const notes = await get('/api/v1/notifications?limit=50', director);
    told = notes.body.items.some((n) => n.kind === 'forecast_alert');
    if (!told) await sleep(200);
  }
  assert.ok(told, 'the director got a forecast_alert notification');
});

test('alert rules are validated naming the field, and only directors change them', async () => {
  const put = (token, items) => call(server, 'PUT', '/api/v1/forecast-alert-rules', { token, body: { items } });
  const noDefault = await put(director.token, [{ category: 'Furniture', channel: '', threshold_pct: 20, consecutive_days: 3 }]);
  assert.equal(noDefault.status, 400);
  assert.ok(noDefault.body.errors.some((e) => e.field === 'items'), noDefault.text);
  const zero = await put(director.token, [{ category: '', channel: '', threshold_pct: 0, consecutive_days: 3 }]);
  assert.ok(zero.body.errors.some((e) => e.field === 'items[0].threshold_pct'), zero.text);
  const missing = await put(director.token, [{ category: '' }]);
  assert.ok(missing.body.errors.some((e) => e.field === 'items[0].threshold_pct'), missing.text);
  assert.equal((await put(manager.token, [{ category: '', channel: '', threshold_pct: 15, consecutive_days: 3 }])).status, 403);
  const ok = await put(director.token, [
    { category: '', channel: '', threshold_pct: 15, consecutive_days: 3 },
    { category: 'Furniture', channel: 'online', threshold_pct: 25, consecutive_days: 2 },
  ]);
  assert.equal(ok.status, 200, ok.text);
  assert.equal((await get('/api/v1/forecast-alert-rules', manager)).body.items.length, 2);
});

test('external indicators: every bad line is reported and nothing stored; good files replace the old', async () => {
  const put = (token, name, csv) => call(server, 'PUT', `/api/v1/forecast-indicators/${name}`, {
    token, raw: csv, headers: { 'Content-Type': 'text/csv' },
  });
  const bad = await put(director.token, 'pmi', 'date,value\n2026-01-01,51.2\n2026-13-01,50\n2026-03-01,high\n2026-04-01,49,zone\n');
  assert.equal(bad.status, 422, bad.text);
  assert.deepEqual(bad.body.errors.map((e) => e.field), ['line 3: date', 'line 4: value', 'line 5: dimension']);
  assert.deepEqual((await get('/api/v1/forecast-indicators', director)).body.items, []);

  const good = await put(director.token, 'pmi', 'date,value,dimension,member\n2026-01-01,51.2,,\n2026-02-01,50.1,,\n2026-01-01,48,zone,WEST\n');
  assert.equal(good.status, 200, good.text);
  assert.equal(good.body.rows, 3);
  const listed = (await get('/api/v1/forecast-indicators', manager)).body.items;
  assert.equal(listed.length, 1);
  assert.equal(listed[0].name, 'pmi');
  assert.equal(listed[0].first, '2026-01-01');
  assert.equal(listed[0].members, 2);
  assert.equal((await put(manager.token, 'pmi', 'date,value\n2026-01-01,1\n')).status, 403);
  assert.equal((await put(director.token, 'bad name!', 'date,value\n2026-01-01,1\n')).status, 400);

  assert.equal((await call(server, 'DELETE', '/api/v1/forecast-indicators/pmi', { token: director.token })).status, 204);
  assert.equal((await call(server, 'DELETE', '/api/v1/forecast-indicators/pmi', { token: director.token })).status, 404);
});

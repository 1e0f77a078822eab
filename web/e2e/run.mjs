// End-to-end test of the web UI against a running `salient serve`.
//   SALIENT_URL=http://127.0.0.1:18080 SALIENT_ADMIN_USER=admin SALIENT_ADMIN_PASSWORD=… npm run e2e
// Drives Debian's chromium through playwright-core (no browser download). Screenshots
// go to e2e/screenshots/. Exits non-zero with the failing step on any failure.
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { workflowScenario } from './workflow.mjs';

const baseUrl = (process.env.SALIENT_URL ?? '').replace(/\/$/, '');
const adminUser = process.env.SALIENT_ADMIN_USER ?? '';
const adminPassword = process.env.SALIENT_ADMIN_PASSWORD ?? '';
if (!baseUrl || !adminUser || !adminPassword) {
  console.error('e2e: set SALIENT_URL, SALIENT_ADMIN_USER and SALIENT_ADMIN_PASSWORD');
  process.exit(2);
}

const shotsDir = fileURLToPath(new URL('./screenshots/', import.meta.url));
mkdirSync(shotsDir, { recursive: true });
const timeout = Number(process.env.E2E_TIMEOUT_MS ?? 15_000);
const username = `e2e_${Date.now()}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
  ],
});
const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
context.setDefaultTimeout(timeout);
const page = await context.newPage();
const pageErrors = [];
page.on('pageerror', (error) => pageErrors.push(error.message));

const byId = (id) => page.getByTestId(id);
// Let transitions (menu highlight, table fade, popups) settle before a screenshot.
const shot = async (name) => {
  // Toasts from earlier steps fade out; a language switch may have scrolled the page.
  await page.locator('.ant-message-notice').first().waitFor({ state: 'detached', timeout: 5000 }).catch(() => {});
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(500);
  // Pushed notifications pop up bottom right: they are not what the page shows.
  const hideToasts = await page.addStyleTag({ content: '.ant-notification { visibility: hidden !important; }' });
  await page.screenshot({ path: `${shotsDir}${name}.png`, fullPage: true });
  await hideToasts.evaluate((style) => style.remove());
};
let passed = 0;
// Pages of other browser contexts (a second user) that a failure screenshots too: failure-<name>.png.
const failurePages = new Map();

async function step(name, fn) {
  process.stdout.write(`e2e: ${name} … `);
  const started = Date.now();
  try {
    await fn();
    passed += 1;
    console.log(`ok (${Date.now() - started} ms)`);
  } catch (error) {
    console.log('FAILED');
    await page.screenshot({ path: `${shotsDir}failure.png`, fullPage: true }).catch(() => {});
    for (const [who, other] of failurePages) await other.screenshot({ path: `${shotsDir}failure-${who}.png`, fullPage: true }).catch(() => {});
    console.error(`e2e: step "${name}" failed at ${page.url()}:\n${error instanceof Error ? error.message : error}`);
    if (pageErrors.length) console.error(`e2e: page errors:\n  ${pageErrors.join('\n  ')}`);
    console.error(`e2e: ${passed} passed, 1 failed`);
    await browser.close();
    process.exit(1);
  }
}

// Waits (up to the step timeout) for the text: data may still be arriving.
async function expectText(locator, expected) {
  await locator.waitFor({ state: 'visible' });
  const deadline = Date.now() + timeout;
  let text = '';
  while (Date.now() < deadline) {
    text = (await locator.innerText()).trim();
    if (text.includes(expected)) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`expected "${expected}", got "${text}"`);
}

async function switchLanguage(lng) {
  await byId('lang-switch').click();
  await byId(`lang-${lng}`).click();
  await page.waitForFunction((l) => document.documentElement.lang === l, lng);
  await page.locator('.ant-dropdown:not(.ant-dropdown-hidden)').waitFor({ state: 'detached' });
}

async function waitForIdleTable(testId) {
  await byId(testId).waitFor({ state: 'visible' });
  await page.locator(`[data-testid="${testId}"] .ant-spin-spinning`).waitFor({ state: 'detached' });
}

// The sales home settles when its skeletons are gone (or when it is the plain welcome page).
async function waitForDashboard() {
  if (!(await byId('sales-dashboard').isVisible())) return;
  await page.locator('[data-testid="sales-dashboard"] .ant-skeleton').first().waitFor({ state: 'detached' });
}

async function api(path, init = {}) {
  const cookies = await context.cookies(baseUrl);
  const csrf = cookies.find((c) => c.name === 'salient_csrf')?.value ?? '';
  const response = await page.request.fetch(`${baseUrl}/api/v1${path}`, {
    method: init.method ?? 'GET',
    headers: { Accept: 'application/json', ...(init.data || (init.method ?? 'GET') !== 'GET' ? { 'X-CSRF-Token': csrf } : {}) },
    data: init.data,
  });
  const text = await response.text();
  if (!response.ok()) throw new Error(`${init.method ?? 'GET'} ${path} → ${response.status()}: ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : undefined;
}

/** A screenshot in Chinese and one in English (`<name>-en`), back in Chinese after. */
async function shotBoth(name, ready) {
  await shot(name);
  await switchLanguage('en-US');
  if (ready) await ready();
  await shot(`${name}-en`);
  await switchLanguage('zh-CN');
}

async function fillLogin(user, password) {
  await byId('login-username').fill(user);
  await byId('login-password').fill(password);
  await byId('login-submit').click();
}

await step('login page renders in Chinese by default', async () => {
  await page.goto(`${baseUrl}/login`);
  await byId('login-page').waitFor();
  await expectText(byId('brand-product'), 'Salient 销售管理');
  await expectText(byId('login-submit'), '登');
  await shot('login-zh');
});

await step('login page switches to English', async () => {
  await switchLanguage('en-US');
  await expectText(byId('brand-product'), 'Salient Sales');
  await expectText(byId('login-submit'), 'Sign in');
  await shot('login-en');
  await switchLanguage('zh-CN');
  await expectText(byId('brand-product'), 'Salient 销售管理');
});

await step('a wrong password shows an error', async () => {
  await fillLogin(adminUser, `wrong-${Date.now()}`);
  await byId('login-error').waitFor({ state: 'visible' });
  const text = (await byId('login-error').innerText()).trim();
  if (!text) throw new Error('the login error is empty');
  if (await byId('app-layout').isVisible()) throw new Error('signed in with a wrong password');
});

await step('admin signs in and sees Home', async () => {
  await fillLogin(adminUser, adminPassword);
  await byId('app-layout').waitFor();
  await byId('home-page').waitFor();
  await page.locator('[data-testid="welcome-card"], [data-testid="sales-dashboard"]').first().waitFor();
  await byId('nav-users').waitFor();
  await waitForDashboard();
  await shot('home');
});

await step('Users page lists users', async () => {
  await byId('nav-users').click();
  await byId('users-page').waitFor();
  await waitForIdleTable('users-table');
  await expectText(byId('users-table'), adminUser);
});

await step(`creates user ${username}`, async () => {
  await byId('user-create').click();
  await byId('user-drawer').waitFor({ state: 'visible' });
  await byId('user-username').fill(username);
  await byId('user-password').fill('E2e#Passw0rd');
  await byId('user-display-name').fill('E2E 测试用户');
  await page.locator('[data-testid="user-role"]').click();
  await byId('role-option-analyst').click();
  await byId('user-submit').click();
  await byId('user-drawer').waitFor({ state: 'hidden' });
  await page.locator('[data-testid="users-search"] input').fill(username);
  await page.locator('[data-testid="users-search"] input').press('Enter');
  await waitForIdleTable('users-table');
  await expectText(byId('users-table'), username);
  await expectText(byId('users-table'), '分析师');
  await page.locator('[data-testid="users-search"] .ant-input-clear-icon').click();
  await waitForIdleTable('users-table');
  await shot('users');
});

await step('Org page shows the tree', async () => {
  await byId('nav-org').click();
  await byId('org-page').waitFor();
  await page.locator('[data-testid="org-tree"], [data-testid="org-page"] .ant-empty').first().waitFor();
  await shot('org');
});

await step('Roles page shows the permission matrix', async () => {
  await byId('nav-roles').click();
  await byId('roles-page').waitFor();
  await byId('permission-matrix').waitFor();
  await shot('roles');
});

await step('Audit log shows the creation with a diff', async () => {
  await byId('nav-audit').click();
  await byId('audit-page').waitFor();
  await waitForIdleTable('audit-table');
  await page.locator('[data-testid="audit-table"] .ant-table-row-expand-icon-collapsed').first().click();
  await expectText(page.locator('[data-testid="audit-table"] .diff-table').first(), username);
  await shot('audit');
});

await step('switching to English relabels the shell', async () => {
  await byId('nav-users').click();
  await byId('users-page').waitFor();
  await switchLanguage('en-US');
  await expectText(byId('nav-users'), 'Users');
  await expectText(byId('nav-group-admin'), 'Administration');
  await waitForIdleTable('users-table');
  await shot('users-en');
  await switchLanguage('zh-CN');
  await expectText(byId('nav-users'), '用户管理');
});

let demo = false;
await step('checks for the sales demo data', async () => {
  const reps = await api('/users?q=rep_east1&limit=5').catch(() => ({ items: [] }));
  const customers = await api('/customers?limit=1').catch(() => ({ total: 0 }));
  demo = reps.items.some((u) => u.username === 'rep_east1') && customers.total > 0;
  if (!demo) process.stdout.write('(no demo data: the sales scenario is skipped) ');
});

await step('logout returns to the login page', async () => {
  await logout();
  await page.goto(`${baseUrl}/admin/users`);
  await byId('login-page').waitFor();
});

// A click that lands while the dropdown is still opening can be lost: try once more.
async function logout() {
  await page.evaluate(() => window.scrollTo(0, 0));
  for (let attempt = 0; attempt < 2; attempt += 1) {
    if (await byId('login-page').isVisible()) return;
    await byId('user-menu').click();
    await byId('menu-logout').click();
    if (await byId('login-page').waitFor({ timeout: 5000 }).then(() => true, () => false)) return;
  }
  await byId('login-page').waitFor();
}

if (demo) await salesScenario();
if (demo) {
  await workflowScenario({
    page, browser, baseUrl, timeout, shotsDir, adminUser, adminPassword, pageErrors, failurePages,
    step, byId, shot, shotBoth, api, logout, fillLogin, expectText, eventually, switchLanguage, pickOption,
  });
}
if (demo) await dataScenario();
if (demo) await forecastScenario();
if (demo) await forecastSectionScenario();

async function salesScenario() {
  const repPassword = process.env.SALIENT_DEMO_PASSWORD ?? 'Demo#2026';
  const newCustomer = `E2E 客户 ${Date.now()}`;
  let rep;
  let newCustomerId = '';

  await step('rep_east1 signs in: sales menu, no Administration', async () => {
    await page.goto(`${baseUrl}/login`);
    await fillLogin('rep_east1', repPassword);
    await byId('app-layout').waitFor();
    await byId('nav-customers').waitFor();
    await byId('nav-orders').waitFor();
    await byId('nav-products').waitFor();
    if ((await byId('nav-group-admin').count()) > 0) throw new Error('a sales rep sees Administration');
    rep = (await api('/me')).user ?? (await api('/me'));
  });

  await step('Customers shows only the rep\'s own customers', async () => {
    await byId('nav-customers').click();
    await byId('customers-page').waitFor();
    await waitForIdleTable('customers-table');
    const list = await api('/customers?limit=200');
    const strangers = list.items.filter((c) => c.owner_name !== rep.display_name);
    if (strangers.length) throw new Error(`${strangers.length} customers owned by others, e.g. ${strangers[0].name} (${strangers[0].owner_name})`);
    if (list.items.length === 0) throw new Error('the rep has no customers in the demo data');
    const uiTotal = Number((await byId('customers-total').innerText()).replace(/[^0-9]/g, ''));
    if (uiTotal !== list.total) throw new Error(`UI total ${uiTotal} != API total ${list.total}`);
    const owners = await page.locator('[data-testid="customers-table"] tbody tr.ant-table-row').evaluateAll((rows) => rows.length);
    if (owners === 0) throw new Error('no rows shown');
    await shotBoth('customers', () => waitForIdleTable('customers-table'));
  });

  await step('a customer row opens the Customer 360 page', async () => {
    await page.locator('[data-testid="customers-table"] tbody tr.ant-table-row').first().click();
    await byId('customer-360').waitFor();
    await page.locator('[data-testid="customer-timeline"], [data-testid="customer-360"] .ant-empty').first().waitFor();
    await byId('kpi-credit').waitFor();
    await shotBoth('customer-360', () => page.locator('[data-testid="customer-timeline"], [data-testid="customer-360"] .ant-empty').first().waitFor());
  });

  await step(`creates customer "${newCustomer}" and opens its 360 page`, async () => {
    await byId('nav-customers').click();
    await waitForIdleTable('customers-table');
    await byId('customer-create').click();
    await byId('customer-drawer').waitFor({ state: 'visible' });
    await byId('customer-name').fill(newCustomer);
    await byId('customer-credit-limit').fill('50000');
    await byId('customer-submit').click();
    await byId('customer-360').waitFor();
    await expectText(byId('customer-title'), newCustomer);
    newCustomerId = page.url().split('/customers/')[1] ?? '';
    const created = await api(`/customers/${newCustomerId}`);
    if (created.owner_name !== rep.display_name) throw new Error(`new customer owned by ${created.owner_name}`);
    if (created.credit_limit !== 5_000_000) throw new Error(`credit limit ${created.credit_limit}, expected 5000000 fen`);
    await byId('tab-contacts').click();
    await byId('contact-create').click();
    await byId('contact-name').fill('E2E 联系人');
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    await page.locator('[data-testid="contacts-table"] tbody', { hasText: 'E2E 联系人' }).waitFor();
    await byId('tab-details').click();
    await byId('customer-details-form').waitFor();
  });

  await step('Orders lists orders; a row opens the order', async () => {
    await byId('nav-orders').click();
    await byId('orders-page').waitFor();
    await waitForIdleTable('orders-table');
    await shotBoth('orders', () => waitForIdleTable('orders-table'));
    await page.locator('[data-testid="orders-table"] tbody tr.ant-table-row').first().click();
    await byId('order-detail').waitFor();
    await byId('order-lines').waitFor();
    await byId('order-steps').waitFor();
    await shotBoth('order-detail', () => byId('order-lines').waitFor());
  });

  await step('a new order moves to its next status from the order page', async () => {
    const product = (await api('/products?limit=1')).items[0];
    const order = await api('/orders', {
      method: 'POST',
      data: { customer_id: newCustomerId, lines: [{ product_id: product.id, quantity: 2, discount_pct: 5 }] },
    });
    await page.goto(`${baseUrl}/orders/${order.id}`);
    await byId('order-detail').waitFor();
    await expectText(byId('order-number'), order.number);
    const next = page.locator('[data-testid^="order-to-"]:not([data-testid="order-to-cancelled"])').first();
    const target = ((await next.getAttribute('data-testid')) ?? '').replace('order-to-', '');
    await next.click();
    await byId('order-status-confirm').click();
    await byId(`order-to-${target}`).waitFor({ state: 'detached' });
    const after = await api(`/orders/${order.id}`);
    if (after.status !== target) throw new Error(`order is ${after.status}, expected ${target}`);
  });

  const pipeline = await pipelineScenario(newCustomerId);

  await step('Products shows the catalog without cost prices for a rep', async () => {
    await byId('nav-products').click();
    await byId('products-page').waitFor();
    await waitForIdleTable('products-table');
    await page.locator('[data-testid="products-table"] tbody tr.ant-table-row').first().waitFor();
    const headers = await page.locator('[data-testid="products-table"] thead th').allInnerTexts();
    if (headers.some((h) => h.includes('成本'))) throw new Error('a sales rep sees cost prices');
    await shotBoth('products', () => waitForIdleTable('products-table'));
    await logout();
  });

  await step('director sees the sales Home with charts', async () => {
    await fillLogin('director', repPassword);
    await byId('sales-dashboard').waitFor();
    for (const chart of ['chart-monthly', 'chart-zones', 'chart-categories']) {
      await page.locator(`[data-testid="${chart}"] canvas`).waitFor();
    }
    await byId('top-customers').waitFor();
    // This month's sales against the same stretch of last month, not the whole of it.
    const summary = await api('/sales/summary');
    const change = ((summary.this_month - summary.last_month_to_date) / summary.last_month_to_date) * 100;
    const salesCard = byId('kpi-sales');
    await expectText(salesCard, '较上月同期');
    await expectText(salesCard, `${Math.abs(change).toFixed(1)}%`);
    if ((await byId('nav-group-admin').count()) > 0) throw new Error('a sales director sees Administration');
    await page.waitForTimeout(600); // chart animations
    await shotBoth('home-sales', async () => {
      await page.locator('[data-testid="chart-monthly"] canvas').waitFor();
      await page.waitForTimeout(600);
    });
  });

  await step('director overrides a grade and edits details (stale version → conflict message)', async () => {
    await byId('nav-customers').click();
    await waitForIdleTable('customers-table');
    await page.locator('[data-testid="customers-table"] tbody tr.ant-table-row').first().click();
    await byId('customer-360').waitFor();
    const id = page.url().split('/customers/')[1];
    const before = await api(`/customers/${id}`);
    const target = before.grade === 'C' ? 'A' : 'C';
    await byId('grade-override').click();
    await page.locator('.ant-modal .ant-radio-button-wrapper', { hasText: `${target} 级` }).click();
    await page.locator('.ant-modal textarea').fill('E2E：战略客户');
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    await expectText(byId('grade-tag'), `${target}*`);
    const overridden = await api(`/customers/${id}`);
    if (overridden.grade !== target || overridden.grade_override_reason !== 'E2E：战略客户') throw new Error('grade override not saved');
    // Back to the computed grade, so the demo data stays as it was.
    await api(`/customers/${id}/grade`, { method: 'POST', data: { grade: null, reason: '' } });

    await page.reload();
    await byId('tab-details').click();
    await byId('customer-details-form').waitFor();
    const fresh = await api(`/customers/${id}`);
    await page.locator('[data-testid="customer-details-form"] #industry').fill('E2E 行业');
    await byId('customer-save').click();
    await page.locator('.ant-message-notice', { hasText: '已保存' }).waitFor();
    const saved = await api(`/customers/${id}`);
    if (saved.industry !== 'E2E 行业' || saved.version !== fresh.version + 1) throw new Error('the details edit was not saved with its version');

    // Someone else saves while we type: the live page says so and keeps our edits; saving them
    // is refused as stale and says so, and the form starts again from their version.
    await page.locator('[data-testid="customer-details-form"] #industry').fill('E2E 行业 2');
    await api(`/customers/${id}`, { method: 'PATCH', data: { version: saved.version, industry: fresh.industry ?? null } });
    await byId('customer-changed-meanwhile').waitFor();
    if ((await page.locator('[data-testid="customer-details-form"] #industry').inputValue()) !== 'E2E 行业 2') throw new Error('the live update dropped our edits');
    await byId('customer-save').click();
    await page.locator('.ant-message-notice', { hasText: '已被他人修改' }).waitFor();
    await eventually(
      () => page.locator('[data-testid="customer-details-form"] #industry').inputValue(),
      (value) => value === (fresh.industry ?? ''),
      'the form should show the other save',
    );
  });

  await step('mgr_east approves the rep\'s quote under Approvals; the director\'s acceptance and conversion open the new order', async () => {
    // The zone manager decides in a browser of their own, while the director stays signed in here.
    const managerContext = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    managerContext.setDefaultTimeout(timeout);
    try {
      const manager = await managerContext.newPage();
      manager.on('pageerror', (error) => pageErrors.push(error.message));
      await manager.goto(`${baseUrl}/login`);
      await manager.getByTestId('login-username').fill('mgr_east');
      await manager.getByTestId('login-password').fill(repPassword);
      await manager.getByTestId('login-submit').click();
      await manager.getByTestId('app-layout').waitFor();
      await manager.goto(`${baseUrl}/approvals`);
      const row = manager.locator('[data-testid="approvals-table"] tr.ant-table-row', { hasText: pipeline.quoteNumber });
      await row.click();
      await manager.getByTestId('approval-steps').waitFor();
      await manager.getByTestId('approval-approve').click();
      await manager.getByTestId('approval-comment').fill('E2E：折扣在授权范围内');
      await manager.getByTestId('approval-decision-confirm').click();
      await manager.locator('[data-testid="approval-drawer"] [data-testid="approval-status"][data-status="approved"]').first().waitFor();
    } finally {
      await managerContext.close();
    }
    await page.goto(`${baseUrl}/quotes/${pipeline.quoteId}`);
    await byId('quote-editor').waitFor();
    await expectText(byId('quote-status').first(), '已批准');
    await expectText(byId('quote-approval-notice'), '审批已通过');
    await byId('quote-accept').click();
    await page.locator('.ant-modal-confirm-btns .ant-btn-primary').click();
    await expectText(byId('quote-status').first(), '客户已接受');
    await byId('quote-convert').click();
    await page.locator('.ant-modal-confirm-btns .ant-btn-primary').click();
    await byId('order-detail').waitFor();
    const quote = await api(`/quotes/${pipeline.quoteId}`);
    if (quote.status !== 'converted' || !quote.order_id) throw new Error(`quote is ${quote.status}`);
    if (!page.url().endsWith(`/orders/${quote.order_id}`)) throw new Error(`landed on ${page.url()}`);
    const notes = quote.timeline.map((e) => e.note).filter(Boolean);
    if (!notes.includes('E2E：折扣在授权范围内')) throw new Error('the approval note is missing from the timeline');
  });

  await step('director sees cost prices in the catalog', async () => {
    await byId('nav-products').click();
    await waitForIdleTable('products-table');
    await page.locator('[data-testid="products-table"] thead th', { hasText: '成本价' }).first().waitFor();
    await logout();
  });
}

// Exports, saved views, the order import and price lists: as `director`, then `rep_east1`.
async function dataScenario() {
  const password = process.env.SALIENT_DEMO_PASSWORD ?? 'Demo#2026';
  const stamp = Date.now();
  const viewName = 'E2E A 级客户';
  const otherViewName = 'E2E 活跃的企业客户';
  const priceListName = `E2E 经销商价 ${String(stamp).slice(-6)}`;
  const removeViews = async () => {
    for (const view of (await api('/saved-views?object=customer')).items) {
      if (view.name === viewName || view.name === otherViewName) await api(`/saved-views/${view.id}`, { method: 'DELETE' });
    }
  };

  await step('director exports the orders as CSV with a header row', async () => {
    await page.goto(`${baseUrl}/login`);
    await fillLogin('director', password);
    await byId('app-layout').waitFor();
    await byId('nav-orders').click();
    await waitForIdleTable('orders-table');
    await byId('export-button').click();
    const [download] = await Promise.all([page.waitForEvent('download'), byId('export-csv').click()]);
    if (!download.suggestedFilename().endsWith('.csv')) throw new Error(`downloaded ${download.suggestedFilename()}`);
    const text = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
    const header = text.split(/\r?\n/)[0].split(',');
    if (!header.includes('number')) throw new Error(`header: ${header.join(',')}`);
    const rows = text.trim().split(/\r?\n/).length - 1;
    const total = (await api('/orders?limit=1')).total;
    if (rows < Math.min(total, 100)) throw new Error(`${rows} rows exported, ${total} orders`);
    await page.locator('.ant-message-notice', { hasText: download.suggestedFilename() }).waitFor();
  });

  await step('director saves a customer view and applies it again', async () => {
    // Views left by an earlier run that stopped half way; another view to choose from.
    await removeViews();
    await api('/saved-views', {
      method: 'POST',
      data: { object: 'customer', name: otherViewName, query: { filters: { status: 'active', segment: 'Corporate' }, sort: '-revenue_12m' } },
    });
    await byId('nav-customers').click();
    await waitForIdleTable('customers-table');
    const all = (await api('/customers?limit=1')).total;
    const gradeA = (await api('/customers?limit=1&grade=A')).total;
    await byId('customers-grade-filter').click();
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: 'A 级' }).click();
    await expectText(byId('customers-total'), String(gradeA));
    await byId('saved-view-button').click();
    await byId('saved-view-save').click();
    await byId('saved-view-name').fill(viewName);
    await byId('saved-view-submit').click();
    await page.locator('.ant-message-notice', { hasText: viewName }).waitFor();
    await expectText(byId('saved-view-button'), viewName);
    const saved = (await api('/saved-views?object=customer')).items.find((v) => v.name === viewName);
    if (saved?.query?.filters?.grade !== 'A') throw new Error(`saved query: ${JSON.stringify(saved?.query)}`);
    // Clear every filter, then pick the view again.
    await byId('saved-view-button').click();
    await byId('saved-view-reset').click();
    await expectText(byId('customers-total'), String(all));
    await expectText(byId('saved-view-button'), '视图');
    await byId('saved-view-button').click();
    await page.locator('[data-testid="saved-view-option"]', { hasText: viewName }).click();
    await expectText(byId('customers-total'), String(gradeA));
    await expectText(byId('saved-view-button'), viewName);
    // Made the default in "Manage views", it is applied when the page opens.
    await byId('saved-view-button').click();
    await byId('saved-view-manage').click();
    await page.locator('[data-testid="saved-view-table"] tr', { hasText: viewName }).getByTestId('saved-view-default-toggle').click();
    await page.locator('.ant-message-notice', { hasText: `「${viewName}」已设为默认视图` }).waitFor();
    await page.locator('.ant-modal-close').click();
    if (!(await api('/saved-views?object=customer')).items.find((v) => v.name === viewName)?.is_default) throw new Error('not the default');
    await page.reload();
    await waitForIdleTable('customers-table');
    await expectText(byId('saved-view-button'), viewName);
    await expectText(byId('customers-total'), String(gradeA));
    const openMenu = async () => {
      await byId('saved-view-button').click();
      await page.locator('[data-testid="saved-view-option"]', { hasText: viewName }).waitFor();
    };
    await openMenu();
    await shot('saved-views');
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="saved-view-menu"]').waitFor({ state: 'hidden' });
    await switchLanguage('en-US');
    await waitForIdleTable('customers-table');
    await openMenu();
    await shot('saved-views-en');
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="saved-view-menu"]').waitFor({ state: 'hidden' });
    await switchLanguage('zh-CN');
  });

  // An existing customer and products, so the import creates none.
  const orderPrefix = `E2E-IMP-${stamp}`;
  let products = [];
  let validCsv = '';
  let badCsv = '';
  const pickFile = (name, text) =>
    page.locator('[data-testid="import-dropzone"] input[type=file]').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });

  await step('order import: a dry run of a file with mistakes lists them and writes nothing', async () => {
    const customer = (await api('/customers?limit=1&sort=code')).items[0];
    products = (await api('/products?limit=2&sort=code&active=true')).items;
    const quoted = (text) => `"${text.replace(/"/g, '""')}"`;
    const csvRow = (order, date, product, quantity, price) =>
      [order, date, customer.code, quoted(customer.name), product.code, quoted(product.name), quantity, price].join(',');
    const header = 'order_number,order_date,customer_code,customer_name,product_code,product_name,quantity,unit_price';
    validCsv = [
      header,
      csvRow(`${orderPrefix}-1`, '2026-11-20', products[0], 2, '120.00'),
      csvRow(`${orderPrefix}-1`, '2026-11-20', products[1], 1, '88.50'),
      csvRow(`${orderPrefix}-2`, '2026-11-21', products[0], 5, '99.90'),
    ].join('\n');
    badCsv = [
      header,
      csvRow(`${orderPrefix}-X`, '2026-11-20', products[0], 'two', '120.00'),
      csvRow(`${orderPrefix}-Y`, '2026-13-01', products[1], 1, '88.50'),
    ].join('\n');
    await byId('nav-orders').click();
    await waitForIdleTable('orders-table');
    await byId('order-import').click();
    await byId('order-import-page').waitFor();
    await pickFile('e2e-mistakes.csv', badCsv);
    await expectText(byId('import-file'), 'e2e-mistakes.csv');
    const dryRun = page.locator('input[data-testid="import-dry-run"], [data-testid="import-dry-run"] input').first();
    if (!(await dryRun.isChecked())) throw new Error('dry run is not the default');
    await byId('import-start').click();
    await page.locator('[data-testid="import-report"][data-outcome="invalid"]').waitFor();
    await page.locator('[data-testid="import-issues"] tbody tr.ant-table-row').first().waitFor();
    await expectText(byId('import-issues'), 'quantity');
    await expectText(byId('import-stat-bad'), '2');
    if ((await byId('import-for-real').count()) > 0) throw new Error('a file with mistakes offers the real import');
    const ready = () => page.locator('[data-testid="import-report"][data-outcome="invalid"]').waitFor();
    await shotBoth('order-import', ready);
  });

  await step('order import: a valid file passes the dry run, then imports for real', async () => {
    await byId('import-again').click();
    await pickFile('e2e-orders.csv', validCsv);
    await byId('import-start').click();
    await page.locator('[data-testid="import-report"][data-outcome="valid"]').waitFor();
    await expectText(byId('import-stat-orders'), '2');
    await expectText(byId('import-stat-lines'), '3');
    if ((await api(`/orders?q=${orderPrefix}`)).total !== 0) throw new Error('the dry run wrote orders');
    await byId('import-for-real').click();
    await page.locator('[data-testid="import-report"][data-outcome="imported"]').waitFor();
    await byId('import-view-orders').click();
    await byId('orders-page').waitFor();
    await page.locator('[data-testid="orders-search"] input').fill(orderPrefix);
    await page.locator('[data-testid="orders-search"] input').press('Enter');
    await waitForIdleTable('orders-table');
    await expectText(byId('orders-total'), '2');
    await expectText(byId('orders-table'), `${orderPrefix}-2`);
    const imported = await api(`/orders?q=${orderPrefix}&sort=number`);
    if (imported.total !== 2 || imported.items[0].total !== 2 * 12000 + 8850) throw new Error(`imported: ${JSON.stringify(imported.items.map((o) => [o.number, o.total]))}`);
  });

  await step('price lists: director creates an (inactive) list with a product price', async () => {
    await byId('nav-priceLists').click();
    await byId('price-lists-page').waitFor();
    await waitForIdleTable('price-lists-table');
    await byId('price-list-create').click();
    await byId('price-list-drawer').waitFor({ state: 'visible' });
    await byId('price-list-name').fill(priceListName);
    await byId('price-list-channel').click();
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: '经销商' }).click();
    await byId('price-list-zone').click();
    await page.keyboard.type('East');
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-tree-node-content-wrapper', { hasText: 'East' }).first().click();
    await byId('price-list-active').click();
    await byId('price-item-add').click();
    await pickOption('price-item-product-0', products[0].code, products[0].name);
    // The catalog price is suggested; the list's own price is typed over it.
    await eventually(() => byId('price-item-price-0').inputValue(), (v) => v !== '', 'the suggested price');
    await byId('price-item-price-0').fill('66.60');
    await byId('price-item-add').click();
    await pickOption('price-item-product-1', products[1].code, products[1].name);
    await byId('price-list-submit').click();
    await byId('price-list-drawer').waitFor({ state: 'hidden' });
    const row = page.locator('[data-testid="price-lists-table"] tr.ant-table-row', { hasText: priceListName });
    await row.waitFor();
    await expectText(row, '停用');
    const list = (await api('/price-lists')).items.find((l) => l.name === priceListName);
    const detail = await api(`/price-lists/${list.id}`);
    const east = (await api('/zones')).items.find((z) => z.kind === 'zone' && z.name === 'East');
    if (detail.channel !== 'distributor' || detail.zone_id !== east?.id || detail.active || detail.items.length !== 2) {
      throw new Error(`saved: ${JSON.stringify(detail)}`);
    }
    if (detail.items.find((i) => i.product_id === products[0].id)?.price !== 6660) throw new Error('the price is not 6660 fen');
    const openList = async () => {
      await row.click();
      await byId('price-items').waitFor();
      await expectText(byId('price-items'), products[1].name);
    };
    const closeList = async () => {
      await page.locator('[data-testid="price-list-drawer"] .ant-drawer-close').click();
      await byId('price-list-drawer').waitFor({ state: 'hidden' });
    };
    await shotBoth('price-lists', () => row.waitFor());
    await openList();
    await shot('price-list-editor');
    await closeList();
    await switchLanguage('en-US');
    await openList();
    await shot('price-list-editor-en');
    await closeList();
    await switchLanguage('zh-CN');
    // Keep the demo data as it was: the saved views go (price lists cannot be deleted; this one is inactive).
    await removeViews();
    await logout();
  });

  await step('rep_east1 has no export button (no export permission)', async () => {
    await page.goto(`${baseUrl}/login`);
    await fillLogin('rep_east1', password);
    await byId('app-layout').waitFor();
    for (const [nav, table] of [
      ['nav-orders', 'orders-table'],
      ['nav-customers', 'customers-table'],
      ['nav-quotes', 'quotes-table'],
    ]) {
      await byId(nav).click();
      await waitForIdleTable(table);
      if ((await byId('export-button').count()) > 0) throw new Error(`a sales rep sees the export button (${nav})`);
    }
    // Saved views are for everyone.
    await byId('nav-customers').click();
    await byId('saved-view-button').waitFor();
    await logout();
  });
}

/** Clicks an antd Select, types `search` and picks the option showing `optionText`. */
async function pickOption(testId, search, optionText) {
  await byId(testId).click();
  await page.keyboard.type(search);
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: optionText }).first().click();
}

/** Polls `read` until `check` holds on its result (the server may still be writing). */
async function eventually(read, check, what) {
  return eventuallyFor(timeout, read, check, what);
}

async function eventuallyFor(ms, read, check, what) {
  const deadline = Date.now() + ms;
  let last;
  while (Date.now() < deadline) {
    last = await read();
    if (check(last)) return last;
    await page.waitForTimeout(200);
  }
  throw new Error(`${what}: last value ${JSON.stringify(last)?.slice(0, 300)}`);
}

// Visits, quotes and the opportunity kanban, as rep_east1 on the customer created above.
async function pipelineScenario(customerId) {
  const purpose = `E2E 拜访 ${Date.now()}`;
  const opportunityName = `E2E 商机 ${Date.now()}`;
  let quoteNumber = '';
  let quoteId = '';

  await step('the rep has Opportunities, Visits and Quotes in the menu', async () => {
    for (const key of ['opportunities', 'visits', 'quotes']) await byId(`nav-${key}`).waitFor();
  });

  await step('logs a visit for the new customer and checks it in with the device position', async () => {
    await context.grantPermissions(['geolocation'], { origin: baseUrl });
    await context.setGeolocation({ latitude: 31.2304, longitude: 121.4737 });
    await page.goto(`${baseUrl}/customers/${customerId}`);
    await byId('customer-360').waitFor();
    await byId('customer-new-visit').click();
    await byId('visit-purpose').fill(purpose);
    await byId('visit-submit').click();
    await byId('visit-purpose').waitFor({ state: 'detached' });
    await byId('tab-visits').click();
    const row = page.locator('[data-testid="visits-table"] tr.ant-table-row', { hasText: purpose });
    await row.waitFor();
    await row.locator('[data-testid="visit-checkin"]').click();
    await byId('checkin-fix-device').waitFor();
    await byId('checkin-outcome').fill('E2E：客户确认年度采购意向');
    await byId('checkin-next-step').fill('发送报价');
    await byId('checkin-submit').click();
    await byId('checkin-outcome').waitFor({ state: 'detached' });
    await row.locator('[data-testid="visit-status"]', { hasText: '已完成' }).waitFor();
    const visit = (await api(`/visits?customer_id=${customerId}&limit=10`)).items.find((v) => v.purpose === purpose);
    if (visit?.status !== 'done') throw new Error(`visit is ${visit?.status}`);
    if (Math.abs(visit.checkin_latitude - 31.2304) > 1e-4 || Math.abs(visit.checkin_longitude - 121.4737) > 1e-4) {
      throw new Error(`checked in at ${visit.checkin_latitude}, ${visit.checkin_longitude}`);
    }
    if (visit.outcome !== 'E2E：客户确认年度采购意向' || visit.next_step !== '发送报价') throw new Error('outcome not saved');
  });

  await step('Visits shows the month calendar with the visits as badges', async () => {
    await byId('nav-visits').click();
    await byId('visit-calendar').waitFor();
    await page.locator('[data-testid="visit-chip"]').first().waitFor();
    await page.locator('[data-testid="visit-calendar"] .ant-spin-spinning').waitFor({ state: 'detached' });
    await shotBoth('visits-calendar', async () => {
      await page.locator('[data-testid="visit-chip"]').first().waitFor();
      await expectText(byId('calendar-month'), String(new Date().getFullYear()));
    });
  });

  await step('creates an opportunity from the customer page', async () => {
    await page.goto(`${baseUrl}/customers/${customerId}`);
    await byId('customer-360').waitFor();
    await byId('customer-new-opportunity').click();
    await byId('opportunity-name').fill(opportunityName);
    await byId('opportunity-amount').fill('88000');
    await byId('opportunity-submit').click();
    await byId('opportunity-name').waitFor({ state: 'detached' });
    await byId('tab-opportunities').click();
    await page.locator('[data-testid="opportunities-table"] tr.ant-table-row', { hasText: opportunityName }).waitFor();
  });

  await step('quote editor: two lines and a discount, live totals, submit', async () => {
    const products = (await api('/products?limit=2&sort=name&active=true')).items;
    if (products.length < 2) throw new Error('need two products');
    await byId('customer-new-quote').click();
    await byId('quote-editor').waitFor();
    await expectText(page.locator('[data-testid="quote-editor"] .detail-header__sub'), 'E2E 客户');
    await pickOption('quote-line-product-0', products[0].code, products[0].name);
    await byId('quote-line-qty-0').fill('2');
    await byId('quote-add-line').click();
    await pickOption('quote-line-product-1', products[1].code, products[1].name);
    await byId('quote-line-qty-1').fill('3');
    // Live totals from the server: the list value of the two lines, no discount yet.
    const listValue = 2 * products[0].list_price + 3 * products[1].list_price;
    const money = (minor) => new Intl.NumberFormat('zh-CN', { style: 'currency', currency: 'CNY' }).format(minor / 100);
    await expectText(byId('quote-subtotal'), money(listValue));
    await expectText(byId('quote-total'), money(listValue));
    await byId('quote-line-discount-1').fill('20');
    await byId('quote-line-discount-1').evaluate((el) => el.blur());
    // The server prices the discount: the line's net and the total drop below the list value.
    const amount = (text) => Number(text.replace(/[^\d.]/g, ''));
    const discounted = Math.round(3 * products[1].list_price * 0.8);
    await eventually(
      async () => amount(await byId('quote-line-net-1').innerText()),
      (net) => Math.abs(net * 100 - discounted) <= 1,
      'the discounted line net',
    );
    const before = (await byId('quote-total').innerText()).trim();
    if (amount(before) * 100 >= listValue) throw new Error(`the total ${before} did not drop with the discount`);
    await byId('quote-approval-hint').waitFor();
    await shotBoth('quote-editor', () => expectText(byId('quote-total'), before.replace(/[^\d.,]/g, '')));
    await byId('quote-submit').click();
    // 20 % is beyond a rep's authority (10 % by default) and within the zone manager's.
    await expectText(byId('quote-status').first(), '待审批');
    await page.waitForURL(/\/quotes\/\d+$/);
    await expectText(byId('quote-approval-notice'), '需要审批：战区经理');
    await byId('quote-approval-card').waitFor();
    quoteNumber = (await byId('quote-number').innerText()).trim();
    quoteId = page.url().split('/quotes/')[1];
    const quote = await api(`/quotes/${quoteId}`);
    if (quote.status !== 'pending_approval') throw new Error(`quote is ${quote.status}`);
    if (quote.lines.length !== 2 || quote.lines[1].discount_pct !== 20) throw new Error(`lines: ${JSON.stringify(quote.lines)}`);
    if (quote.customer_id !== customerId) throw new Error('quote saved for another customer');
  });

  await step('Quotes lists the new quote as pending approval', async () => {
    await byId('nav-quotes').click();
    await byId('quotes-page').waitFor();
    await waitForIdleTable('quotes-table');
    const row = page.locator('[data-testid="quotes-table"] tr.ant-table-row', { hasText: quoteNumber });
    await row.waitFor();
    await expectText(row.locator('[data-testid="quote-status"]'), '待审批');
    await shotBoth('quotes', () => waitForIdleTable('quotes-table'));
  });

  await step('opportunities kanban: drag a card to the next stage', async () => {
    await byId('nav-opportunities').click();
    await byId('opportunity-kanban').waitFor();
    await byId('kanban-column-lead').waitFor();
    await shotBoth('opportunities-kanban', () => byId('opportunity-kanban').waitFor());
    const stages = (await api('/opportunity-stages')).items;
    const opportunity = (await api(`/opportunities?customer_id=${customerId}&limit=10`)).items.find((o) => o.name === opportunityName);
    const next = stages[stages.findIndex((s) => s.key === opportunity.stage) + 1];
    await page.locator('[data-testid="opportunities-search"] input').fill(opportunityName);
    await page.locator('[data-testid="opportunities-search"] input').press('Enter');
    const card = page.locator(`[data-testid="opportunity-card"][data-id="${opportunity.id}"]`);
    await card.waitFor();
    await expectText(byId(`kanban-column-${next.key}`).locator('[data-testid="kanban-count"]'), '0');
    const from = await card.boundingBox();
    const to = await byId(`kanban-column-${next.key}`).boundingBox();
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2 + 12, from.y + from.height / 2 + 4, { steps: 4 });
    await page.mouse.move(to.x + to.width / 2, to.y + 140, { steps: 16 });
    await page.mouse.up();
    await byId(`kanban-column-${next.key}`).locator(`[data-testid="opportunity-card"][data-id="${opportunity.id}"]`).waitFor();
    await eventually(() => api(`/opportunities/${opportunity.id}`), (o) => o.stage === next.key, `opportunity stage should be ${next.key}`);
    await page.locator('[data-testid="opportunities-search"] .ant-input-clear-icon').click();
  });

  return { quoteId, quoteNumber };
}

// The forecast explorer as `director` (running the first forecast when there is none),
// and no way in for `rep_east1`.
async function forecastScenario() {
  const password = process.env.SALIENT_DEMO_PASSWORD ?? 'Demo#2026';
  const runTimeout = Number(process.env.E2E_FORECAST_TIMEOUT_MS ?? 180_000);
  const chart = page.locator('[data-testid="forecast-chart"] canvas');
  const rows = page.locator('[data-testid="forecast-series-table"] tbody tr.ant-table-row');
  const settle = async () => {
    await chart.waitFor();
    await rows.first().waitFor();
    await page.locator('[data-testid="forecasts-page"] .ant-spin-spinning').first().waitFor({ state: 'detached' });
    await page.mouse.move(0, 0); // no hover tooltip in the screenshots
    await page.waitForTimeout(700); // chart animation
  };

  await step('director opens Forecast; the first run is started from the page if none exists', async () => {
    await page.goto(`${baseUrl}/login`);
    await fillLogin('director', password);
    await byId('app-layout').waitFor();
    await byId('nav-forecasts').click();
    await byId('forecasts-page').waitFor();
    await page.locator('[data-testid="forecast-chart"] canvas, [data-testid="forecast-empty"]').first().waitFor();
    if (await byId('forecast-empty').isVisible()) {
      const before = (await api('/forecasts/runs')).items[0];
      const wasRunning = before?.status === 'running';
      if (!wasRunning) {
        await byId('forecast-run').click();
        await page.locator('.ant-message-notice', { hasText: '已开始预测' }).waitFor();
      }
      const latest = await eventuallyFor(
        runTimeout,
        async () => (await api('/forecasts/runs')).items[0],
        (run) => run && run.status !== 'running' && (wasRunning || run.id !== before?.id),
        'the forecast run to end',
      );
      if (latest.status !== 'succeeded') throw new Error(`the run ended ${latest.status}: ${latest.message}`);
      // The page polls the runs and reloads the forecast by itself when the run ends.
      await chart.waitFor({ timeout: 30_000 });
    }
    await settle();
    const runs = (await api('/forecasts/runs')).items;
    if (!runs.some((r) => r.status === 'succeeded')) throw new Error('no successful run listed');
  });

  await step('the explorer shows a series with its chart, summary and the table of the level', async () => {
    const zone = await api('/forecasts?level=zone&frequency=monthly');
    if (zone.series.length === 0) throw new Error('no zone series');
    if ((await rows.count()) !== Math.min(zone.series.length, 10)) throw new Error(`${await rows.count()} rows, ${zone.series.length} series`);
    await byId('forecast-next').waitFor();
    await byId('forecast-model').waitFor();
    // A row click picks its series.
    const target = rows.nth(zone.series.length > 1 ? 1 : 0);
    const name = (await target.locator('td').first().innerText()).trim();
    await target.click();
    await expectText(byId('forecast-series-title'), name);
    if (!page.url().includes('series=')) throw new Error('the chosen series is not in the address');
    await page.locator('.forecast-runs .ant-collapse-header').click();
    await page.locator('[data-testid="forecast-runs-table"] [data-testid="forecast-run-status"][data-status="succeeded"]').first().waitFor();
    await settle();
    await shotBoth('forecasts', settle);
  });

  await step('the summary shows what drives the forecast, the features in words', async () => {
    // Which model wins the backtest (and so whether a series has drivers) moves with the
    // day the demo was loaded on, so look through every level and frequency, zone first.
    const { items: levels, frequencies } = await api('/forecasts/levels');
    const views = frequencies.flatMap((frequency) => levels.map(({ level }) => ({ level, frequency })));
    views.sort((a, b) => Number(b.level === 'zone') - Number(a.level === 'zone'));
    let target;
    let view;
    const models = [];
    for (view of views) {
      const { series } = await api(`/forecasts?level=${view.level}&frequency=${view.frequency}`);
      models.push(...series.map((s) => s.model));
      target = series.find((s) => s.drivers.length > 0);
      if (target) break;
    }
    if (!target) throw new Error(`no series has drivers (models: ${[...new Set(models)].join(', ')})`);
    await page.goto(`${baseUrl}/forecasts?level=${view.level}&frequency=${view.frequency}&series=${encodeURIComponent(target.key)}`);
    const list = byId('forecast-drivers');
    await list.waitFor();
    const driverRows = list.locator('.driver-list__row');
    if ((await driverRows.count()) !== target.drivers.length) {
      throw new Error(`${await driverRows.count()} driver rows for ${target.drivers.length} drivers`);
    }
    const top = [...target.drivers].sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution))[0];
    if ((await driverRows.first().getAttribute('data-feature')) !== top.feature) throw new Error(`the largest driver ${top.feature} is not first`);
    if ((await driverRows.first().getAttribute('data-direction')) !== (top.contribution < 0 ? 'down' : 'up')) {
      throw new Error(`${top.feature} (${top.contribution}) points the wrong way`);
    }
    const raw = /\b(?:lag|mean)_\d+\b|level_vs_history|week_of_year|day_of_week|day_of_month|holiday_days|spring_festival/;
    if (raw.test(await list.innerText())) throw new Error(`untranslated feature names: ${await list.innerText()}`);
    await settle();
    await byId('forecast-summary').screenshot({ path: `${shotsDir}forecast-drivers.png` });
    await switchLanguage('en-US');
    await settle();
    if (raw.test(await list.innerText())) throw new Error(`untranslated feature names: ${await list.innerText()}`);
    await byId('forecast-summary').screenshot({ path: `${shotsDir}forecast-drivers-en.png` });
    await switchLanguage('zh-CN');
  });

  await step('daily and total views draw too', async () => {
    await byId('forecast-frequency-daily').click();
    await settle();
    await byId('forecast-level-total').click();
    await settle();
    await expectText(byId('forecast-series-title'), '销售总额');
    if ((await rows.count()) !== 1) throw new Error('the total level has one series');
    await byId('forecast-frequency-monthly').click();
    await settle();
    await logout();
  });

  await step('rep_east1 has no Forecast page', async () => {
    await page.goto(`${baseUrl}/login`);
    await fillLogin('rep_east1', password);
    await byId('app-layout').waitFor();
    if ((await byId('nav-forecasts').count()) > 0) throw new Error('a sales rep sees Forecast in the menu');
    await page.goto(`${baseUrl}/forecasts`);
    await page.locator('.ant-result-403').waitFor();
    await logout();
  });
}

// The forecast section's other tabs as `director`: accuracy (the e2e database holds a run
// backfilled ten days back), the alert thresholds (made hair-trigger), a live run that
// raises alerts, an alert's root cause, acknowledge / resolve with a 409, and the bell's link.
// Then `mgr_south` sees the thresholds read only.
async function forecastSectionScenario() {
  const password = process.env.SALIENT_DEMO_PASSWORD ?? 'Demo#2026';
  const runTimeout = Number(process.env.E2E_FORECAST_TIMEOUT_MS ?? 180_000);
  const ruleRows = page.locator('[data-testid="alert-rules-table"] tbody tr.ant-table-row');
  const alertRows = page.locator('[data-testid="forecast-alerts-table"] tbody tr.ant-table-row');
  const settleCharts = async (scope) => {
    await page.locator(`[data-testid="${scope}"] canvas`).first().waitFor();
    await page.locator(`[data-testid="${scope}"] .ant-spin-spinning`).first().waitFor({ state: 'detached' });
    await page.mouse.move(0, 0);
    await page.waitForTimeout(700); // chart animation
  };
  // The drawer scrolls inside the window: a tall window shows all of it.
  const drawerShot = async (name) => {
    await page.setViewportSize({ width: 1440, height: 2300 });
    // The run's pushed notifications pop up as toasts: out of the picture.
    const hideToasts = await page.addStyleTag({ content: '.ant-notification { display: none !important; }' });
    await page.locator('.ant-message-notice').first().waitFor({ state: 'detached', timeout: 5000 }).catch(() => {});
    await page.mouse.move(0, 0);
    await page.waitForTimeout(800);
    await page.screenshot({ path: `${shotsDir}${name}.png` });
    await hideToasts.evaluate((style) => style.remove());
    await page.setViewportSize({ width: 1440, height: 900 });
  };
  const inDrawer = (testId) => page.locator(`[data-testid="alert-drawer"] [data-testid="${testId}"]`);
  const closeAlert = async () => {
    await page.locator('[data-testid="alert-drawer"] .ant-drawer-close').click();
    await byId('alert-drawer').waitFor({ state: 'hidden' });
  };
  const openAlert = async () => {
    await byId('alert-drawer').waitFor({ state: 'visible' });
    await byId('alert-root-cause').waitFor();
    await page.locator('[data-testid="alert-window-chart"] canvas').waitFor();
  };

  await step('director opens Accuracy: headline figures and breakdowns (or why there are none yet)', async () => {
    await page.goto(`${baseUrl}/login`);
    await fillLogin('director', password);
    await byId('app-layout').waitFor();
    await byId('nav-forecasts').click();
    await byId('forecast-tab-accuracy').click();
    await byId('forecast-accuracy-page').waitFor();
    await expectText(byId('page-title'), '准确率');
    await page.locator('[data-testid="accuracy-kpis"], [data-testid="accuracy-empty"]').first().waitFor();
    const monthly = await api('/forecasts/accuracy?frequency=monthly');
    if ((monthly.overall.n === 0) !== (await byId('accuracy-empty').isVisible())) {
      throw new Error(`monthly n=${monthly.overall.n} but the empty state is ${(await byId('accuracy-empty').isVisible()) ? '' : 'not '}shown`);
    }
    if (monthly.overall.n === 0) {
      await expectText(byId('accuracy-empty'), '还没有可评估的预测');
      await shot('forecast-accuracy-empty');
      await byId('accuracy-show-daily').click();
    } else {
      await byId('accuracy-frequency-daily').click();
    }
    const daily = await api('/forecasts/accuracy?frequency=daily');
    if (daily.overall.n === 0) throw new Error('the backfilled run has no scored day');
    await byId('accuracy-kpis').waitFor();
    if (!page.url().includes('frequency=daily')) throw new Error('the frequency is not in the address');
    await expectText(byId('accuracy-wape'), `${daily.overall.wape.toFixed(1)}%`);
    const tone = await byId('accuracy-coverage80').getAttribute('data-tone');
    const c80 = daily.overall.coverage80;
    const expected = c80 === null ? 'none' : c80 < 75 ? 'narrow' : c80 > 85 ? 'wide' : 'good';
    if (tone !== expected) throw new Error(`80% coverage ${c80} is "${tone}", expected "${expected}"`);
    await page.locator('[data-testid="accuracy-model-table"] tbody tr.ant-table-row').first().waitFor();
    await settleCharts('forecast-accuracy-page');
    await shotBoth('forecast-accuracy', () => settleCharts('forecast-accuracy-page'));
  });

  await step('Alerts before any live run: the empty state explains the rule and links to the thresholds', async () => {
    // A backfilled run raises no alerts; only live runs do.
    if ((await api('/forecast-alerts')).items.length !== 0) throw new Error('alerts before the first live run');
    await byId('forecast-tab-alerts').click();
    await byId('forecast-alerts-empty').waitFor();
    await expectText(byId('forecast-alerts-empty'), '连续');
    if ((await byId('forecast-alerts-badge').count()) > 0) throw new Error('a badge without open alerts');
    await shot('forecast-alerts-empty');
    await byId('alerts-empty-settings').click();
  });

  await step('Thresholds: a duplicate rule is refused on its cell; hair-trigger defaults are saved', async () => {
    await byId('forecast-settings-page').waitFor();
    await expectText(byId('page-title'), '预警规则');
    await ruleRows.first().waitFor();
    if ((await ruleRows.count()) !== 1) throw new Error(`${await ruleRows.count()} rules on a fresh database`);
    // The default rule cannot be removed.
    if (!(await ruleRows.first().getByTestId('rule-remove').isDisabled())) throw new Error('the default rule can be removed');
    // Two category rules for the same category: refused before saving, on the second row.
    await byId('rules-add').click();
    await byId('rules-add').click();
    await ruleRows.nth(2).getByTestId('rule-category').click();
    const firstCategory = (await ruleRows.nth(1).getByTestId('rule-category').innerText()).trim();
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: firstCategory }).first().click();
    await byId('rules-save').click();
    await expectText(ruleRows.nth(2).getByTestId('rule-error-row'), '已有相同品类和渠道的规则');
    await ruleRows.nth(2).getByTestId('rule-remove').click();
    await ruleRows.nth(1).getByTestId('rule-remove').click();
    // Hair-trigger: 1 % for a single day, so the live run below raises alerts.
    const threshold = ruleRows.first().locator('input[data-testid="rule-threshold"], [data-testid="rule-threshold"] input').first();
    const days = ruleRows.first().locator('input[data-testid="rule-days"], [data-testid="rule-days"] input').first();
    await threshold.fill('1');
    await days.fill('1');
    await days.press('Tab');
    await byId('rules-save').click();
    await page.locator('.ant-message-notice', { hasText: '预警规则已保存' }).waitFor();
    const rules = await api('/forecast-alert-rules');
    if (rules.items.length !== 1 || rules.items[0].threshold_pct !== 1 || rules.items[0].consecutive_days !== 1) {
      throw new Error(`saved rules: ${JSON.stringify(rules.items)}`);
    }
    // One more rule so the screenshot shows a category row (it copies the default's 1 % / 1 day).
    await byId('rules-add').click();
    await byId('rules-save').click();
    // The first save's toast may still show (two toasts with one text): wait for the saved state.
    await byId('rules-dirty').waitFor({ state: 'detached' });
    await eventually(async () => (await api('/forecast-alert-rules')).items.length, (n) => n === 2, 'the added rule to be saved');
    await shotBoth('forecast-settings', () => ruleRows.first().waitFor());
  });

  await step('Indicators: a bad file lists every mistake; a good one is listed, then deleted', async () => {
    const name = `e2e_pmi_${Date.now() % 100000}`;
    const indicatorRows = page.locator('[data-testid="indicators-table"] tbody tr.ant-table-row');
    const pick = (text) =>
      page.locator('[data-testid="indicator-file"] input[type="file"]').setInputFiles({ name: `${name}.csv`, mimeType: 'text/csv', buffer: Buffer.from(text) });
    const bad = 'date,value\n2026-01-01,51.2\n2026-13-01,50\n2026-03-01,high\n';
    const uploadBad = async () => {
      await byId('indicator-upload').click();
      await byId('indicator-sample').waitFor();
      await pick(bad);
      // The name is suggested from the file's name.
      const suggested = await byId('indicator-name').inputValue();
      if (suggested !== name) throw new Error(`suggested name "${suggested}"`);
      await byId('indicator-upload-confirm').click();
      await expectText(byId('indicator-upload-errors'), 'line 3: date');
      await expectText(byId('indicator-upload-errors'), 'line 4: value');
      await page.mouse.move(0, 0);
    };
    await byId('forecast-tab-indicators').click();
    await byId('forecast-indicators-page').waitFor();
    await byId('indicators-table').waitFor();
    // In English first, for the picture of the upload with its mistakes.
    await switchLanguage('en-US');
    await uploadBad();
    await shot('forecast-indicator-upload-en');
    await page.keyboard.press('Escape');
    await byId('indicator-sample').waitFor({ state: 'hidden' });
    await switchLanguage('zh-CN');
    await uploadBad();
    await shot('forecast-indicator-upload');
    if ((await api('/forecast-indicators')).items.some((i) => i.name === name)) throw new Error('a bad file was stored');
    await pick('date,value,dimension,member\n2026-01-01,51.2,,\n2026-02-01,50.1,,\n2026-01-01,1.8,category,Furniture\n');
    await byId('indicator-upload-confirm').click();
    await page.locator('.ant-message-notice', { hasText: `指标 ${name} 已上传` }).waitFor();
    const row = indicatorRows.filter({ hasText: name });
    await row.waitFor();
    await expectText(row, '2026/01/01');
    const stored = (await api('/forecast-indicators')).items.find((i) => i.name === name);
    if (!stored || stored.rows !== 3 || stored.members !== 2) throw new Error(`stored: ${JSON.stringify(stored)}`);
    await shotBoth('forecast-indicators', () => row.waitFor());
    await byId(`indicator-delete-${name}`).click();
    await page.locator('.ant-popconfirm:not(.ant-popover-hidden) .ant-btn-dangerous').click();
    await page.locator('.ant-message-notice', { hasText: `已删除指标 ${name}` }).waitFor();
    await row.waitFor({ state: 'detached' });
    if ((await api('/forecast-indicators')).items.some((i) => i.name === name)) throw new Error('the indicator was not deleted');
  });

  let alertId = '';
  await step('a live run from the explorer raises alerts; the Alerts tab counts and lists them', async () => {
    await byId('forecast-tab-explorer').click();
    await byId('forecasts-page').waitFor();
    const before = (await api('/forecasts/runs')).items[0];
    await byId('forecast-run').click();
    await page.locator('.ant-message-notice', { hasText: /已开始预测|已有一次预测/ }).waitFor();
    const run = await eventuallyFor(
      runTimeout,
      async () => (await api('/forecasts/runs')).items[0],
      (r) => r && r.id !== before?.id && r.status !== 'running',
      'the live forecast run to end',
    );
    if (run.status !== 'succeeded') throw new Error(`the run ended ${run.status}: ${run.message}`);
    if (!(run.alerts_raised > 0)) throw new Error(`the hair-trigger run raised ${run.alerts_raised} alerts`);
    // The explorer reloads the alerts when its run ends: the tab's badge shows them.
    await expectText(byId('forecast-alerts-badge'), run.alerts_raised > 99 ? '99+' : String(run.alerts_raised));
    await byId('forecast-tab-alerts').click();
    await byId('forecast-alerts-page').waitFor();
    await alertRows.first().waitFor();
    const alerts = (await api('/forecast-alerts')).items;
    await expectText(byId('alert-tab-open'), String(alerts.filter((a) => a.status === 'open').length));
    await expectText(byId('alert-tab-all'), String(alerts.length));
    alertId = alerts[0].id;
    await page.mouse.move(0, 0);
    // The run's pushed notifications pop up as toasts: out of the picture.
    const hideToasts = await page.addStyleTag({ content: '.ant-notification { display: none !important; }' });
    await shotBoth('forecast-alerts', () => alertRows.first().waitFor());
    await hideToasts.evaluate((style) => style.remove());
  });

  await step('an alert opens with its window chart and root cause; acknowledging it keeps the note', async () => {
    await alertRows.first().click();
    await openAlert();
    if (!page.url().includes(`/forecasts/alerts/${alertId}`)) throw new Error(`the alert is not in the address: ${page.url()}`);
    const detail = await api(`/forecast-alerts/${alertId}`);
    if (detail.root_cause.by.length === 0) throw new Error('the alert has no root cause');
    const dimension = detail.root_cause.by[0].dimension;
    const names = { zone: '战区', category: '品类', channel: '渠道', segment: '客户细分', customer: '客户', product: '产品' };
    await expectText(byId(`root-cause-${dimension}`), names[dimension]);
    const rows = page.locator(`[data-testid="root-cause-${dimension}"] .root-cause__row`);
    if ((await rows.count()) !== detail.root_cause.by[0].children.length) throw new Error('root cause rows do not match the API');
    await expectText(inDrawer('alert-direction'), detail.direction === 'above' ? '高于预测' : '低于预测');
    const drivers = page.locator('[data-testid="alert-drivers"] .driver-list__row');
    if ((await drivers.count()) !== detail.root_cause.drivers.length) {
      throw new Error(`${await drivers.count()} driver rows for ${detail.root_cause.drivers.length} drivers`);
    }
    await drawerShot('forecast-alert');
    await byId('alert-acknowledge').click();
    await byId('alert-action-note').fill('E2E：已联系战区核实');
    await byId('alert-action-confirm').click();
    await page.locator('.ant-message-notice', { hasText: '预警已确认' }).waitFor();
    await inDrawer('alert-status').and(page.locator('[data-status="acknowledged"]')).waitFor();
    await expectText(byId('alert-note'), 'E2E：已联系战区核实');
    if ((await byId('alert-acknowledge').count()) > 0) throw new Error('an acknowledged alert can be acknowledged again');
    const saved = await api(`/forecast-alerts/${alertId}`);
    if (saved.status !== 'acknowledged' || saved.note !== 'E2E：已联系战区核实') throw new Error(`saved: ${saved.status} "${saved.note}"`);
  });

  await step('the alert in English; resolving one that someone else already resolved says so (409)', async () => {
    await closeAlert();
    await switchLanguage('en-US');
    await page.goto(`${baseUrl}/forecasts/alerts/${alertId}`);
    await openAlert();
    await expectText(byId('alert-root-cause'), 'Gap · share');
    await drawerShot('forecast-alert-en');
    await closeAlert();
    await switchLanguage('zh-CN');
    // Another open alert, resolved behind this page's back.
    const other = (await api('/forecast-alerts?status=open')).items[0];
    await page.goto(`${baseUrl}/forecasts/alerts/${other.id}`);
    await openAlert();
    await api(`/forecast-alerts/${other.id}/resolve`, { method: 'POST', data: { note: 'someone else' } });
    await byId('alert-resolve').click();
    await byId('alert-action-confirm').click();
    await page.locator('.ant-message-notice', { hasText: '其他人已经处理了这条预警' }).waitFor();
    await inDrawer('alert-status').and(page.locator('[data-status="resolved"]')).waitFor();
    if ((await byId('alert-resolve').count()) > 0) throw new Error('a resolved alert still offers Resolve');
    await closeAlert();
    await byId('alert-tab-resolved').click();
    await alertRows.first().waitFor();
    if (!page.url().includes('status=resolved')) throw new Error('the status tab is not in the address');
  });

  await step('the bell\'s alert notification opens that alert', async () => {
    await page.goto(`${baseUrl}/`);
    await byId('app-layout').waitFor();
    await byId('notification-bell').click();
    const item = page.locator('[data-testid="notification-panel"] .notification-item', { hasText: '销售预警' }).first();
    await item.waitFor();
    await item.click();
    await page.waitForURL(/\/forecasts\/alerts\/\d+/);
    await openAlert();
    const id = page.url().split('/forecasts/alerts/')[1].split(/[?#]/)[0];
    const detail = await api(`/forecast-alerts/${id}`);
    await expectText(inDrawer('alert-direction'), detail.direction === 'above' ? '高于预测' : '低于预测');
    if (!(await byId('alert-title').innerText()).trim()) throw new Error('the alert has no title');
    await expectText(byId('page-title'), '预警');
    await closeAlert();
    if (!/\/forecasts\/alerts$/.test(new URL(page.url()).pathname)) throw new Error(`closing went to ${page.url()}`);
    await logout();
  });

  await step('mgr_south sees the thresholds read only, and only alerts of series with a zone', async () => {
    await page.goto(`${baseUrl}/login`);
    await fillLogin('mgr_south', password);
    await byId('app-layout').waitFor();
    await page.goto(`${baseUrl}/forecasts/settings`);
    await byId('alert-rules-table').waitFor();
    await byId('rules-readonly').waitFor();
    if ((await byId('rules-save').count()) > 0) throw new Error('a zone manager can save thresholds');
    await byId('forecast-tab-alerts').click();
    await page.locator('[data-testid="forecast-alerts-table"], [data-testid="forecast-alerts-empty"]').first().waitFor();
    const seen = (await api('/forecast-alerts')).items;
    if (seen.some((a) => a.level !== 'zone' && a.level !== 'zone_category')) throw new Error('a zone manager sees alerts without a zone');
    await logout();
  });
}

await browser.close();
if (pageErrors.length) {
  console.error(`e2e: page errors:\n  ${pageErrors.join('\n  ')}`);
  console.error(`e2e: ${passed} passed, 1 failed`);
  process.exit(1);
}
console.log(`e2e: ${passed} passed, 0 failed`);

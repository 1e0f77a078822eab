// End-to-end test of the web UI against a running `salient serve`.
//   SALIENT_URL=http://127.0.0.1:18080 SALIENT_ADMIN_USER=admin SALIENT_ADMIN_PASSWORD=… npm run e2e
// Drives Debian's chromium through playwright-core (no browser download). Screenshots
// go to e2e/screenshots/. Exits non-zero with the failing step on any failure.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

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
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${shotsDir}${name}.png`, fullPage: true });
};
let passed = 0;

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
    console.error(`e2e: step "${name}" failed at ${page.url()}:\n${error instanceof Error ? error.message : error}`);
    if (pageErrors.length) console.error(`e2e: page errors:\n  ${pageErrors.join('\n  ')}`);
    console.error(`e2e: ${passed} passed, 1 failed`);
    await browser.close();
    process.exit(1);
  }
}

async function expectText(locator, expected) {
  await locator.waitFor({ state: 'visible' });
  const text = (await locator.innerText()).trim();
  if (!text.includes(expected)) throw new Error(`expected "${expected}", got "${text}"`);
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
  await byId('welcome-card').waitFor();
  await byId('nav-users').waitFor();
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

await step('logout returns to the login page', async () => {
  await byId('user-menu').click();
  await byId('menu-logout').click();
  await byId('login-page').waitFor();
  await page.goto(`${baseUrl}/admin/users`);
  await byId('login-page').waitFor();
});

await browser.close();
if (pageErrors.length) {
  console.error(`e2e: page errors:\n  ${pageErrors.join('\n  ')}`);
  console.error(`e2e: ${passed} passed, 1 failed`);
  process.exit(1);
}
console.log(`e2e: ${passed} passed, 0 failed`);

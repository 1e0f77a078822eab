// The cross-department workflow, end to end in the browser (the issue's scenario):
//   director — edits the quote approval chain in its designer (a parallel finance step with a
//              condition, checked as typed), saves it, restores the previous version and saves
//              again, so the quotes below meet the default chain; rep_east1 sees it read only;
//   admin    — authority limits, the rules list with the approval chain, the credit check rule in
//              the designer (a broken condition is refused on its node), a webhook to a local receiver;
//   finance  — lowers a customer's credit limit so the credit check fires;
//   mgr_east — signed in in a second browser with the app open: the bell counts the new request
//              without a reload, the notification opens it under Approvals, approved;
//   rep_east1 — submits a quote with 15 % off (rep 10 %, manager 20 %) and watches it turn approved
//              on the open page (a live record, no reload);
//   finance  — finds the credit check task, claims and completes it; handling time;
//   admin    — the webhook delivery (signed, 200), a receiver that is down (retrying / failed), the
//              rule's run log (records by their labels) and test run.
// Screenshots (zh and -en): approval-chain, approval-chain-versions, approvals, tasks, task-metrics,
// authority-limits, rules, rule-designer, rule-designer-error, webhooks, webhook-deliveries-failing,
// rule-runs, and a few more of the workflow pages.
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';

/** Receives webhook deliveries on 127.0.0.1 and keeps them (headers and raw body). */
async function startReceiver() {
  const received = [];
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      // A receiver that is down: its deliveries are retried, then fail.
      if (req.url.endsWith('-down')) {
        res.writeHead(503, { 'Content-Type': 'text/plain' });
        res.end('down for maintenance');
        return;
      }
      received.push({ headers: req.headers, body });
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{"ok":true}');
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/salient-hook`, received, close: () => server.close() };
}

export async function workflowScenario(t) {
  const { page, browser, baseUrl, timeout, step, byId, shot, shotBoth, api, logout, fillLogin, expectText, eventually, pageErrors } = t;
  const password = process.env.SALIENT_DEMO_PASSWORD ?? 'Demo#2026';
  const receiver = await startReceiver();
  const state = { customer: null, product: null, secret: '', quoteId: '', quoteNumber: '', ruleId: '', chainVersion: 0 };

  // Helpers for a page of another browser context (the zone manager's).
  const login = async (p, user) => {
    await p.goto(`${baseUrl}/login`);
    await p.getByTestId('login-username').fill(user);
    await p.getByTestId('login-password').fill(password);
    await p.getByTestId('login-submit').click();
    await p.getByTestId('app-layout').waitFor();
  };
  const switchLanguageOn = async (p, lng) => {
    await p.getByTestId('lang-switch').click();
    await p.getByTestId(`lang-${lng}`).click();
    await p.waitForFunction((l) => document.documentElement.lang === l, lng);
    await p.locator('.ant-dropdown:not(.ant-dropdown-hidden)').waitFor({ state: 'detached' });
  };
  const shotOn = async (p, name) => {
    await p.locator('.ant-message-notice').first().waitFor({ state: 'detached', timeout: 5000 }).catch(() => {});
    await p.waitForTimeout(500);
    const hideToasts = await p.addStyleTag({ content: '.ant-notification { visibility: hidden !important; }' });
    await p.screenshot({ path: `${t.shotsDir}${name}.png`, fullPage: true });
    await hideToasts.evaluate((style) => style.remove());
  };
  const bellCount = async (p) => {
    const badge = p.locator('[data-testid="notification-bell"] .ant-scroll-number');
    if ((await badge.count()) === 0) return 0;
    return Number((await badge.first().getAttribute('title')) ?? '0');
  };
  // The flow diagrams settle (fit view) a moment after they draw.
  const flowReady = async (testId) => {
    await page.locator(`[data-testid="${testId}"] .react-flow__node`).first().waitFor();
    await page.waitForTimeout(600);
  };

  // A drawer covers the header's language switch: a screenshot in Chinese, then closed, switched and opened again.
  const shotDrawerBoth = async (name, drawerId, open) => {
    const close = async () => {
      await page.keyboard.press('Escape');
      await byId(drawerId).waitFor({ state: 'hidden' });
    };
    await shot(name);
    await close();
    await t.switchLanguage('en-US');
    await open();
    await shot(`${name}-en`);
    await close();
    await t.switchLanguage('zh-CN');
  };
  const chainStep = (role) => page.locator(`[data-testid="chain-node-step"][data-role="${role}"]`);
  const chainState = (state) => page.locator(`[data-testid="rule-validation"][data-state="${state}"]`).waitFor();

  await step('director: the approval chain designer; a parallel finance step with a condition is checked as typed and saved', async () => {
    await page.goto(`${baseUrl}/login`);
    await fillLogin('director', password);
    await byId('app-layout').waitFor();
    await byId('nav-approvalChain').click();
    await byId('approval-chain-page').waitFor();
    await flowReady('chain-flow');
    const before = await api('/approval-chains/quote');
    state.chainVersion = before.version;
    await expectText(byId('chain-version'), `v${before.version}`);
    await chainState('ok');
    if (!(await byId('chain-save').isDisabled())) throw new Error('an unchanged chain can be saved');

    // In parallel with the zone manager: a step without a role is refused on its node.
    await chainStep('zone_manager').click();
    await byId('chain-add-parallel').click();
    await chainStep('').locator('[data-testid="chain-node-problems"]').waitFor();
    await chainState('invalid');
    if (!(await byId('chain-save').isDisabled())) throw new Error('an invalid chain can be saved');
    await byId('chain-step-role').click();
    await page.keyboard.type('财务');
    await byId('role-option-finance').click();
    await byId('chain-step-label').fill('E2E 财务复核');
    // A misspelt field: marked on the finance node; then the right one.
    await byId('rule-condition-input').fill('quote.max_discount_pc >= 25');
    await chainStep('finance').locator('[data-testid="rule-condition-mark"]').waitFor();
    await expectText(chainStep('finance').locator('[data-testid="chain-node-problems"]'), 'quote.max_discount_pc');
    await byId('rule-condition-input').fill('quote.max_discount_pct >= 25');
    await chainState('ok');
    await expectText(chainStep('finance'), 'quote.max_discount_pct >= 25');
    await expectText(chainStep('finance'), '第 1 步');
    await byId('chain-dirty').waitFor();
    await shotBoth('approval-chain', () => flowReady('chain-flow'));

    await byId('chain-save').click();
    await expectText(byId('chain-version'), `v${before.version + 1}`);
    await byId('chain-dirty').waitFor({ state: 'detached' });
    const saved = await api('/approval-chains/quote');
    const finance = saved.steps.find((s) => s.role === 'finance');
    if (saved.version !== before.version + 1 || !finance || finance.seq !== 1 || finance.condition !== 'quote.max_discount_pct >= 25') {
      throw new Error(`saved chain: ${JSON.stringify(saved.steps)}`);
    }
  });

  await step('director: the previous version restored from the versions list and saved again', async () => {
    await byId('chain-tab-versions').click();
    await byId(`chain-version-${state.chainVersion}`).click();
    await flowReady('chain-version-flow');
    if ((await page.locator('[data-testid="chain-version-flow"] [data-testid="chain-node-step"]').count()) !== 2) throw new Error('the old version has not 2 steps');
    await shotBoth('approval-chain-versions', () => flowReady('chain-version-flow'));
    await byId('chain-version-restore').click();
    await byId('chain-editor').waitFor();
    await byId('chain-dirty').waitFor();
    await chainState('ok');
    if ((await chainStep('finance').count()) !== 0) throw new Error('the restored chain still has the finance step');
    await byId('chain-save').click();
    await expectText(byId('chain-version'), `v${state.chainVersion + 2}`);
    await byId('chain-dirty').waitFor({ state: 'detached' });
    const original = (await api(`/approval-chains/quote`)).versions.find((v) => v.version === state.chainVersion);
    const now = await api('/approval-chains/quote');
    if (JSON.stringify(now.steps) !== JSON.stringify(original.steps)) throw new Error(`restored chain: ${JSON.stringify(now.steps)}`);
    state.chainVersion = now.version;
    await logout();
  });

  await step('rep_east1 sees the approval chain read only', async () => {
    await fillLogin('rep_east1', password);
    await byId('app-layout').waitFor();
    await byId('nav-approvalChain').click();
    await byId('approval-chain-page').waitFor();
    await flowReady('chain-flow');
    await byId('chain-readonly').waitFor();
    await expectText(byId('chain-version'), `v${state.chainVersion}`);
    await page.locator('[data-testid="chain-editor"][data-editable="false"]').waitFor();
    for (const id of ['chain-save', 'chain-add-step', 'rule-validation']) {
      if ((await byId(id).count()) > 0) throw new Error(`a rep sees ${id}`);
    }
    // The steps take no clicks (the flow's pane lies over them): nothing opens.
    await chainStep('zone_manager').click({ force: true });
    if ((await byId('chain-panel').count()) > 0) throw new Error('a rep can open a step to edit');
    await logout();
  });

  await step('admin: authority limits, and the rules list with the quote approval chain', async () => {
    await page.goto(`${baseUrl}/login`);
    await fillLogin(t.adminUser, t.adminPassword);
    await byId('app-layout').waitFor();
    await byId('nav-rules').click();
    await byId('rules-page').waitFor();
    await page.locator('[data-testid="rules-table"] tr[data-testid="rule-row-credit_check"]').waitFor();
    await flowReady('chain-flow');
    for (const kind of ['start', 'step', 'end']) await page.locator(`[data-testid="chain-node-${kind}"]`).first().waitFor();
    // The default row of the power list: 10 % for reps, 20 % for managers; the chain as restored above.
    await expectText(byId('chain-flow'), '10%');
    await expectText(byId('chain-flow'), '20%');
    await expectText(byId('quote-approval-chain'), `v${state.chainVersion}`);
    await shotBoth('rules', () => flowReady('chain-flow'));
    await byId('chain-open-designer').click();
    await byId('approval-chain-page').waitFor();
    await page.locator('[data-testid="chain-editor"][data-editable="true"]').waitFor();
    await byId('chain-edit-limits').click();
    await byId('authority-limits-page').waitFor();
    await byId('authority-limits-table').waitFor();
    await shotBoth('authority-limits', () => byId('authority-limits-table').waitFor());
  });

  await step('admin: the credit check rule in the designer; a broken condition is shown on its node and not saved', async () => {
    await page.goto(`${baseUrl}/settings/rules`);
    await page.locator('tr[data-testid="rule-row-credit_check"]').click();
    await byId('rule-designer').waitFor();
    await flowReady('rule-flow');
    state.ruleId = page.url().split('/settings/rules/')[1];
    const before = await api(`/rules/${state.ruleId}`);
    await expectText(byId('rule-node-trigger'), 'quote.submitted');
    await expectText(byId('rule-node-condition'), 'customer.credit_limit');
    await expectText(byId('rule-node-action-0'), '财务');
    await page.locator('[data-testid="rule-validation"][data-state="ok"]').waitFor();
    await shotBoth('rule-designer', () => flowReady('rule-flow'));

    // A misspelt field: the server's error lands on the condition node, the word highlighted.
    await byId('rule-node-condition').click();
    await byId('rule-condition-panel').waitFor();
    const broken = 'customer.credit_used + quote.total > customer.credit_limt';
    await byId('rule-condition-input').fill(broken);
    await page.locator('[data-testid="rule-validation"][data-state="invalid"]').waitFor();
    await expectText(page.locator('[data-testid="rule-node-condition"] [data-testid="rule-condition-mark"]'), 'customer.credit_limt');
    await expectText(byId('rule-condition-position'), '38');
    await expectText(byId('rule-node-condition-problems'), "unknown field 'customer.credit_limt'");
    await expectText(byId('rule-condition-error'), 'customer.credit_limt');
    await byId('rule-save').click();
    await page.locator('.ant-message-notice', { hasText: '处问题' }).waitFor();
    const after = await api(`/rules/${state.ruleId}`);
    if (after.version !== before.version) throw new Error('a broken rule was saved');
    await shot('rule-designer-error');
    await t.switchLanguage('en-US');
    await expectText(byId('rule-condition-position'), 'character 38');
    await shot('rule-designer-error-en');
    await t.switchLanguage('zh-CN');
  });

  await step('admin: a webhook on quote.submitted to a local receiver; its secret is shown once', async () => {
    // The designer still holds the broken edit: leaving asks first.
    await byId('nav-webhooks').click();
    await byId('rule-leave-confirm').click();
    await byId('webhooks-page').waitFor();
    await byId('webhook-create').click();
    await byId('webhook-form-name').fill('E2E 报价同步');
    await byId('webhook-form-url').fill(receiver.url);
    await page.locator('[data-testid="webhook-form-topics"] input').fill('quote.submitted');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await page.locator('#webhook-submit').click();
    await byId('webhook-secret').waitFor();
    state.secret = (await page.locator('[data-testid="webhook-secret"] code').innerText()).trim();
    if (!/^whsec_/.test(state.secret)) throw new Error(`secret looks like ${state.secret}`);
    await shot('webhook-secret');
    await byId('webhook-secret-done').click();
    await byId('webhook-secret').waitFor({ state: 'detached' });
    const row = page.locator('[data-testid="webhooks-table"] tr.ant-table-row', { hasText: 'E2E 报价同步' });
    await row.waitFor();
    // Lists show only the secret's hint.
    if ((await byId('webhooks-table').innerText()).includes(state.secret)) throw new Error('the list shows the whole secret');
    await shotBoth('webhooks', () => row.waitFor());
    // A second subscriber that is down: its deliveries are retried and then fail.
    await api('/webhooks', { method: 'POST', data: { name: 'E2E 故障接收方', url: `${receiver.url}-down`, topics: ['quote.submitted'] } });

    // The quote the rep will submit is for one of their own customers.
    const rep = (await api('/users?q=rep_east1&limit=5')).items.find((u) => u.username === 'rep_east1');
    state.customer = (await api(`/customers?owner_id=${rep.id}&limit=1&sort=name`)).items[0];
    state.product = (await api('/products?limit=1&sort=name&active=true')).items[0];
    if (!state.customer || !state.product) throw new Error('no customer or product for the quote');
    await logout();
  });

  await step('finance lowers the customer\'s credit limit so the next quote needs a credit check', async () => {
    await fillLogin('finance', password);
    await byId('app-layout').waitFor();
    await page.goto(`${baseUrl}/customers/${state.customer.id}`);
    await byId('customer-360').waitFor();
    await byId('tab-details').click();
    await byId('customer-details-form').waitFor();
    await page.locator('[data-testid="customer-details-form"] #credit_limit').fill('1');
    await byId('customer-save').click();
    await page.locator('.ant-message-notice', { hasText: '已保存' }).waitFor();
    const saved = await api(`/customers/${state.customer.id}`);
    if (saved.credit_limit !== 100) throw new Error(`credit limit is ${saved.credit_limit} fen`);
    await logout();
  });

  // The zone manager works in a browser of their own, open on Home the whole time.
  const managerContext = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  managerContext.setDefaultTimeout(timeout);
  const manager = await managerContext.newPage();
  manager.on('pageerror', (error) => pageErrors.push(`mgr_east: ${error.message}`));
  t.failurePages.set('mgr', manager);
  let unreadBefore = 0;
  try {
    await step('mgr_east signs in in a second browser and leaves the app open', async () => {
      await login(manager, 'mgr_east');
      await manager.getByTestId('home-page').waitFor();
      await manager.waitForTimeout(800); // the socket connects, the bell loads
      unreadBefore = await bellCount(manager);
      await manager.evaluate(() => {
        window.__e2eSamePage = 'mgr';
      });
    });

    await step('rep_east1 submits a quote with 15 % off: beyond a rep\'s 10 %, it waits for the zone manager', async () => {
      await fillLogin('rep_east1', password);
      await byId('app-layout').waitFor();
      await page.goto(`${baseUrl}/quotes/new?customer_id=${state.customer.id}`);
      await byId('quote-editor').waitFor();
      await t.pickOption('quote-line-product-0', state.product.code, state.product.name);
      await byId('quote-line-qty-0').fill('3');
      await byId('quote-line-discount-0').fill('15');
      await byId('quote-line-discount-0').evaluate((el) => el.blur());
      await page.waitForTimeout(600); // the live totals
      await byId('quote-submit').click();
      await expectText(byId('quote-status').first(), '待审批');
      await page.waitForURL(/\/quotes\/\d+$/);
      await expectText(byId('quote-approval-notice'), '需要审批：战区经理');
      await byId('quote-approval-card').waitFor();
      state.quoteId = page.url().split('/quotes/')[1];
      state.quoteNumber = (await byId('quote-number').innerText()).trim();
      const quote = await api(`/quotes/${state.quoteId}`);
      if (quote.status !== 'pending_approval' || quote.lines[0].discount_pct !== 15) throw new Error(`quote: ${quote.status}, ${JSON.stringify(quote.lines)}`);
      await page.evaluate(() => {
        window.__e2eSamePage = 'rep';
      });
    });

    await step('mgr_east: the bell counts the request without a reload; the notification opens it under Approvals', async () => {
      await eventually(() => bellCount(manager), (n) => n > unreadBefore, `the bell should count more than ${unreadBefore}`);
      await manager.locator('.ant-notification-notice', { hasText: state.quoteNumber }).first().waitFor();
      if ((await manager.evaluate(() => window.__e2eSamePage)) !== 'mgr') throw new Error('the manager\'s page was reloaded');
      await manager.getByTestId('notification-bell').click();
      await manager.locator('[data-testid="notification-panel"] .notification-item', { hasText: state.quoteNumber }).first().click();
      await manager.waitForURL(/\/approvals\/\d+/);
      await manager.getByTestId('approval-steps').waitFor();
      await expectText(manager.getByTestId('approval-drawer-title'), state.quoteNumber);
      await expectText(manager.getByTestId('approval-reason'), '15%');
      await manager.locator('[data-testid="approvals-table"] tr.ant-table-row', { hasText: state.quoteNumber }).waitFor();
      await shotOn(manager, 'approvals');
      // The drawer covers the header's language switch: close it, switch, open the request again.
      const reopen = async () => {
        await manager.locator('[data-testid="approvals-table"] tr.ant-table-row', { hasText: state.quoteNumber }).click();
        await manager.getByTestId('approval-steps').waitFor();
      };
      await manager.keyboard.press('Escape');
      await manager.getByTestId('approval-drawer').waitFor({ state: 'hidden' });
      await switchLanguageOn(manager, 'en-US');
      await reopen();
      await shotOn(manager, 'approvals-en');
      await manager.keyboard.press('Escape');
      await manager.getByTestId('approval-drawer').waitFor({ state: 'hidden' });
      await switchLanguageOn(manager, 'zh-CN');
      await reopen();
    });

    await step('mgr_east approves; the rep\'s open quote page turns approved without a reload', async () => {
      await manager.getByTestId('approval-approve').click();
      await manager.getByTestId('approval-comment').fill('E2E：15% 在经理权限内');
      await manager.getByTestId('approval-decision-confirm').click();
      await manager.locator('[data-testid="approval-drawer"] [data-testid="approval-status"][data-status="approved"]').first().waitFor();
      // The rep's page, still open: the quote and its approval card follow the decision.
      await expectText(byId('quote-status').first(), '已批准');
      await page.locator('[data-testid="quote-approval-card"] [data-testid="approval-status"][data-status="approved"]').waitFor();
      await expectText(byId('quote-approval-card'), 'E2E：15% 在经理权限内');
      if ((await page.evaluate(() => window.__e2eSamePage)) !== 'rep') throw new Error('the rep\'s page was reloaded');
      const quote = await api(`/quotes/${state.quoteId}`);
      if (quote.status !== 'approved') throw new Error(`quote is ${quote.status}`);
    });
  } finally {
    t.failurePages.delete('mgr');
    await managerContext.close();
  }

  await step('the webhook received quote.submitted, signed with the secret', async () => {
    const delivery = await eventually(
      async () => receiver.received.find((r) => r.headers['x-salient-event'] === 'quote.submitted' && r.body.includes(state.quoteId)),
      Boolean,
      'a quote.submitted delivery for the quote',
    );
    const timestamp = delivery.headers['x-salient-timestamp'];
    const expected = `sha256=${createHmac('sha256', state.secret).update(`${timestamp}.${delivery.body}`).digest('hex')}`;
    if (delivery.headers['x-salient-signature'] !== expected) throw new Error(`signature ${delivery.headers['x-salient-signature']} != ${expected}`);
    if (Math.abs(Date.now() / 1000 - Number(timestamp)) > 600) throw new Error(`old timestamp ${timestamp}`);
    if (JSON.parse(delivery.body).object_id !== state.quoteId) throw new Error('the delivery names another record');
    await logout();
  });

  await step('finance finds the credit check task in their queue, claims it and completes it', async () => {
    await fillLogin('finance', password);
    await byId('app-layout').waitFor();
    await byId('nav-tasks').click();
    await byId('tasks-table').waitFor();
    const row = page.locator('[data-testid="tasks-table"] tr.ant-table-row', { hasText: state.quoteNumber });
    await row.waitFor();
    await expectText(row.locator('[data-testid="task-type"]'), '信用审核');
    await shotBoth('tasks', () => row.waitFor());
    await row.locator('[data-testid="task-title"]').click();
    await byId('task-drawer').waitFor();
    await expectText(byId('task-drawer-title'), state.quoteNumber);
    await expectText(byId('task-body'), '信用额度');
    await byId('task-claim').click();
    await page.locator('[data-testid="task-drawer"] [data-testid="task-status"][data-status="in_progress"]').first().waitFor();
    await byId('task-complete').click();
    await byId('task-outcome').fill('E2E：已核实付款记录，信用额度临时上调');
    await byId('task-outcome-confirm').click();
    await page.locator('[data-testid="task-drawer"] [data-testid="task-status"][data-status="done"]').first().waitFor();
    await expectText(byId('task-outcome-text'), '已核实付款记录');
    const tasks = (await api(`/tasks?object=quote&object_id=${state.quoteId}&type=credit_check`)).items;
    if (tasks.length !== 1 || tasks[0].status !== 'done') throw new Error(`credit check tasks: ${JSON.stringify(tasks.map((x) => x.status))}`);
    await page.keyboard.press('Escape');
    await byId('task-tab-metrics').click();
    await byId('task-metrics-table').waitFor();
    await page.locator('[data-testid="tasks-page"] canvas, .page-container canvas').first().waitFor().catch(() => {});
    await page.waitForTimeout(700);
    await shotBoth('task-metrics', async () => {
      await byId('task-metrics-table').waitFor();
      await page.waitForTimeout(700);
    });
    await logout();
  });

  await step('admin: the delivery is logged as delivered (200); the rule\'s run log and a test run on the quote', async () => {
    await fillLogin(t.adminUser, t.adminPassword);
    await byId('app-layout').waitFor();
    await page.goto(`${baseUrl}/settings/webhooks`);
    await page.locator('[data-testid="webhooks-table"] tr.ant-table-row', { hasText: 'E2E 报价同步' }).locator('[data-testid="webhook-deliveries"]').click();
    const delivered = page.locator('[data-testid="webhook-deliveries-table"] tr.ant-table-row', { hasText: 'quote.submitted' }).first();
    await delivered.waitFor();
    await delivered.locator('[data-testid="delivery-status"][data-status="delivered"]').waitFor();
    await expectText(delivered, '200');
    await shot('webhook-deliveries');
    await page.keyboard.press('Escape');
    await byId('webhook-deliveries-drawer').waitFor({ state: 'hidden' });

    // The receiver that is down: retrying (with the next try's time) until the attempts run out, then failed.
    const openDown = async () => {
      await page.locator('[data-testid="webhooks-table"] tr.ant-table-row', { hasText: 'E2E 故障接收方' }).locator('[data-testid="webhook-deliveries"]').click();
      await page.locator('[data-testid="webhook-deliveries-table"] tr.ant-table-row').first().waitFor();
    };
    await openDown();
    const down = page.locator('[data-testid="webhook-deliveries-table"] tr.ant-table-row', { hasText: 'quote.submitted' }).first();
    await down.locator('[data-testid="delivery-status"][data-status="retrying"], [data-testid="delivery-status"][data-status="failed"]').waitFor();
    await expectText(down, '503');
    if ((await down.locator('[data-testid="delivery-status"]').getAttribute('data-status')) === 'retrying') {
      await down.locator('[data-testid="delivery-next-attempt"]').waitFor();
    }
    await down.locator('[data-testid="delivery-replay"]').waitFor();
    await shotDrawerBoth('webhook-deliveries-failing', 'webhook-deliveries-drawer', openDown);

    await page.goto(`${baseUrl}/settings/rules/${state.ruleId}?tab=runs`);
    const run = page.locator('[data-testid="rule-runs-table"] tr.ant-table-row').filter({ has: page.locator(`a[href="/quotes/${state.quoteId}"]`) });
    await run.waitFor();
    await run.locator('[data-testid="rule-run-status"][data-status="done"]').waitFor();
    // The record by its label ("QT-… · customer"), not its id.
    await expectText(run.locator('[data-testid="rule-run-record"]'), state.quoteNumber);
    await expectText(run.locator('[data-testid="rule-run-record"]'), state.customer.name);
    await shotBoth('rule-runs', () => run.waitFor());

    await byId('rule-tab-test').click();
    await t.pickOption('rule-test-record', state.quoteNumber, state.quoteNumber);
    await byId('rule-test-run').click();
    await page.locator('[data-testid="rule-test-matched"][data-matched="true"]').waitFor();
    await expectText(byId('rule-test-fields'), 'customer.credit_limit');
    // A credit check task is already open for the quote? It was completed: the rule would create one again.
    await expectText(byId('rule-test-actions'), '将创建任务');
    await shot('rule-test-run');
    await logout();
  });

  receiver.close();
}

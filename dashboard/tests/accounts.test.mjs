// Issue #16's accounts in the administration view, in a real headless Chromium against the real API host: an
// administrator creates a point manager's account (the server's password policy answering under the field), the new
// account signs in and lands on its point, is disabled from the same list (its next sign-in refused), and its history
// names each change in Spanish.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BrowserSuite } from './harness.mjs';

const suite = new BrowserSuite();
const USERNAME = 'gestora.tij';
const PASSWORD = 'puerta-norte-2026-segura';

async function signIn(username, password) {
  const context = await suite.browser.newContext({ locale: 'es-MX' });
  const page = await context.newPage();
  await page.goto(`${suite.host.url}/signin`);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.locator('form button[type=submit]').click();
  return { page, context };
}

describe('sign-in accounts in the administration view in a real browser against the real API host', { timeout: 300_000 }, () => {
  before(() => suite.start());
  after(() => suite.stop());

  it('creates, uses, disables an account and shows its history', async () => {
    const admin = await suite.open('administrator');
    await admin.waitForURL((url) => url.pathname === '/admin');
    const table = admin.locator('[data-testid="admin-accounts"]');
    await table.waitFor();

    await admin.locator('summary', { hasText: 'Nueva cuenta' }).click();
    const form = admin.locator('[data-testid="account-form"]');
    await form.locator('#account-new-username').fill(USERNAME);
    await form.locator('#account-new-password').fill('corta');
    await form.locator('#account-new-role').selectOption('pointManager');
    await form.locator('#account-new-points').fill('tij');
    await form.locator('button[type=submit]').click();
    // Only the server's policy knows the password is too short: its message shows under the field, nothing is created.
    await form.locator('#account-new-password-error').waitFor();
    assert.equal(await table.locator(`tr[data-username="${USERNAME}"]`).count(), 0);

    await form.locator('#account-new-password').fill(PASSWORD);
    await form.locator('button[type=submit]').click();
    const row = table.locator(`tr[data-username="${USERNAME}"]`);
    await row.waitFor();
    assert.match(await row.innerText(), /Responsable de punto[\s\S]*TIJ[\s\S]*Activ/);

    const first = await signIn(USERNAME, PASSWORD);
    await first.page.waitForURL((url) => url.pathname === '/points/TIJ');
    await first.context.close();

    await row.locator('[data-testid="toggle"]').click();
    await row.locator('[data-testid="status"]', { hasText: 'Desactivada' }).waitFor();
    const refused = await signIn(USERNAME, PASSWORD);
    await refused.page.locator('.form-error, [role="alert"]').first().waitFor();
    assert.equal(new URL(refused.page.url()).pathname, '/signin', 'a disabled account does not sign in');
    await refused.context.close();

    await row.locator('button', { hasText: 'Historial' }).click();
    const history = row.locator('[data-testid="account-history"]');
    await history.locator('li').nth(1).waitFor();
    assert.deepEqual(await history.locator('li').evaluateAll((items) => items.map((li) => li.getAttribute('data-kind'))), ['created', 'disabled']);
    assert.match(await history.innerText(), /Cuenta creada[\s\S]*Cuenta desactivada/);
    assert.match(await history.innerText(), /administrator/);
  });
});

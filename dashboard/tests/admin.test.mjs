// Issue #16's dashboard, in a real headless Chromium against the real API host (demo mode): the demo banner on every page
// and the demo accounts on the sign-in page; an administrator creates a point, sees the server's refusal under the field,
// sees the point appear, deactivates it, and a second administrator's open page redraws without a reload.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ApiHost, BrowserSuite, launchBrowser } from './harness.mjs';

const suite = new BrowserSuite();

describe('catalog administration and demo mode in a real browser against the real API host', { timeout: 300_000 }, () => {
  before(() => suite.start());
  after(() => suite.stop());

  it('shows the demo banner and the demo accounts before and after sign-in', async () => {
    const context = await suite.browser.newContext({ locale: 'es-MX' });
    const page = await context.newPage();
    await page.goto(`${suite.host.url}/`);
    await page.locator('[data-testid="demo-banner"]').waitFor();
    await page.locator('[data-testid="demo-accounts"]').waitFor();
    assert.match(await page.locator('[data-testid="demo-accounts"]').textContent(), /administrator/);
    await context.close();

    const manager = await suite.open('manager-TIJ');
    assert.match(await manager.locator('[data-testid="demo-banner"]').innerText(), /DEMOSTRACIÓN/);
  });

  it('lets an administrator create a point, shows refusals by field, and deactivates it live', async () => {
    const admin = await suite.open('administrator');
    await admin.waitForURL((url) => url.pathname === '/admin');
    const watcher = await suite.open('administrator');
    const points = admin.locator('[data-testid="admin-points"]');
    await points.locator('tr[data-code="TIJ"]').waitFor();
    await watcher.locator('[data-testid="admin-points"] tr[data-code="TIJ"]').waitFor();
    assert.match(await admin.locator('[data-testid="demo-banner"]').innerText(), /DEMOSTRACIÓN/);

    await admin.locator('summary', { hasText: 'Nuevo punto de recepción' }).click();
    const form = admin.locator('[data-testid="point-form"]');
    await form.locator('#point-new-code').fill('AGP');
    await form.locator('#point-new-name').fill('Agua Prieta');
    await form.locator('#point-new-city').fill('Agua Prieta');
    await form.locator('#point-new-state').selectOption('Sonora');
    await form.locator('#point-new-timeZone').fill('America/Agua_Prieta');
    await form.locator('#point-new-beds').fill('30');
    await form.locator('#point-new-desks').fill('2');
    await form.locator('button[type=submit]').click();
    // Only the server knows the zone does not exist: its message shows under the field.
    await form.locator('#point-new-timeZone-error').waitFor();
    assert.match(await form.locator('#point-new-timeZone-error').innerText(), /America\/Agua_Prieta/);

    await form.locator('#point-new-timeZone').fill('America/Hermosillo');
    await form.locator('button[type=submit]').click();
    const row = points.locator('tr[data-code="AGP"]');
    await row.waitFor();
    assert.equal(await row.locator('[data-testid="status"]').innerText(), 'Activo');
    const watched = watcher.locator('[data-testid="admin-points"] tr[data-code="AGP"]');
    await watched.waitFor({ timeout: 5_000 });

    await row.locator('[data-testid="toggle"]').click();
    await row.locator('[data-testid="status"]', { hasText: 'Desactivado' }).waitFor();
    await watched.locator('[data-testid="status"]', { hasText: 'Desactivado' }).waitFor({ timeout: 5_000 });
    assert.match(await admin.locator('[data-testid="admin-events"]').innerText(), /administrator · desactivó AGP/);

    const listed = await suite.api.call('administrator', 'GET', '/api/points');
    assert.equal(listed.find((p) => p.code === 'AGP')?.active, false);
  });
});

describe('a host with demo mode off in a real browser', { timeout: 300_000 }, () => {
  const host = new ApiHost({ Reception__Demo: 'false' });
  let browser;
  before(async () => {
    await host.init();
    await host.start();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await host.stop();
    host.dispose();
  });

  it('shows neither the banner nor the demo accounts', async () => {
    const page = await browser.newPage();
    // The page asks the API whether this is a demo; the answer must have arrived before looking for what it would show.
    const about = page.waitForResponse((response) => response.url().endsWith('/api/about'));
    await page.goto(`${host.url}/`);
    assert.equal((await (await about).json()).demo, false);
    await page.locator('#username').waitFor();
    await page.waitForTimeout(200);
    assert.equal(await page.locator('[data-testid="demo-banner"]').count(), 0);
    assert.equal(await page.locator('[data-testid="demo-accounts"]').count(), 0);
  });
});

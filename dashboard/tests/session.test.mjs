// Issue #18's sessions that fit a point, in a real headless Chromium against the real API host: a new tab opens the
// page it was given without signing in again; a page opened before signing in is where sign-in returns; signing out
// in one tab signs out the others.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BrowserSuite, PASSWORD } from './harness.mjs';

const suite = new BrowserSuite();
let api;
let arrival;

describe('one session across tabs in a real browser against the real API host', { timeout: 600_000 }, () => {
  before(async () => {
    api = await suite.start();
    arrival = await api.arrival('TIJ', { givenNames: 'Rosa Isela', surnames: 'Montaño Gil', sex: 'female', dateOfBirth: '1979-05-02' });
  });

  after(() => suite.stop());

  it('opens a case in a new tab without signing in again, and signing out in one tab ends the other', async () => {
    const first = await suite.open('manager-TIJ');
    const tab = await first.context().newPage();
    await tab.goto(`${suite.host.url}/cases/${arrival.caseId}`);
    await tab.locator('[data-view="case"]').waitFor();
    assert.equal(new URL(tab.url()).pathname, `/cases/${arrival.caseId}`);
    assert.match(await tab.locator('[data-view="case"]').innerText(), /Rosa Isela/);

    await first.locator('[data-testid="sign-out"]').click();
    await tab.waitForURL((url) => url.pathname === '/signin');
    await tab.close();
  });

  it('returns to the page that was asked for after signing in', async () => {
    const context = await suite.browser.newContext({ locale: 'es-MX' });
    const page = await context.newPage();
    try {
      await page.goto(`${suite.host.url}/cases/${arrival.caseId}`);
      await page.waitForURL((url) => url.pathname === '/signin');
      assert.equal(new URL(page.url()).searchParams.get('next'), `/cases/${arrival.caseId}`);
      await page.locator('#username').fill('manager-TIJ');
      await page.locator('#password').fill(PASSWORD);
      await page.locator('form button[type=submit]').click();
      await page.waitForURL((url) => url.pathname === `/cases/${arrival.caseId}`);
      await page.locator('[data-view="case"]').waitFor();
      assert.equal(new URL(page.url()).pathname, `/cases/${arrival.caseId}`, 'and stays there');

      // A page elsewhere (another site) is never where sign-in goes.
      await page.evaluate(() => localStorage.clear());
      await page.goto(`${suite.host.url}/signin?next=${encodeURIComponent('//evil.example/')}`);
      await page.locator('#username').fill('manager-TIJ');
      await page.locator('#password').fill(PASSWORD);
      await page.locator('form button[type=submit]').click();
      await page.waitForURL((url) => url.pathname === '/points/TIJ');
    } finally {
      await context.close();
    }
  });
});

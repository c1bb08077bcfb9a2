// Issue #18's accessibility check: axe-core (WCAG 2.1 A and AA rules) on every view (the public verification page too), in Spanish and in English, in a
// real headless Chromium against the real API host with data on every view. Zero violations is the bar.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { violations } from './axe.mjs';
import { BrowserSuite, waitLive } from './harness.mjs';

const suite = new BrowserSuite();
let api;
let receipt;

async function inLanguage(page, lang) {
  const current = await page.evaluate(() => document.documentElement.lang);
  if (current !== lang) {
    await page.locator('[data-testid="lang-switch"]').click();
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
  }
}

describe('every view passes axe-core in both languages', { timeout: 900_000 }, () => {
  before(async () => {
    api = await suite.start();
    // A medical urgency is referred to health at registration without waiting for consent (a mandatory referral).
    receipt = await api.arrival('TIJ', { givenNames: 'Marisol', surnames: 'Gaytán Ruiz', sex: 'female', dateOfBirth: '1993-04-05', vulnerabilities: ['medicalUrgency'] });
    await api.arrival('TIJ', { givenNames: 'Tomás', surnames: 'Leyva Ortiz', sex: 'male', estimatedAge: 40 });
    await api.call('manager-TIJ', 'POST', `/api/points/TIJ/desks/1/next`);
  });

  after(() => suite.stop());

  const views = [
    ['national', 'coordinator', '/national', '[data-view="national"]'],
    ['point', 'manager-TIJ', '/points/TIJ', '[data-view="point"] tr[data-case]'],
    ['waiting-room', 'manager-TIJ', '/points/TIJ/display', '[data-view="waiting-room"]'],
    ['program', 'provider-imss-salud', '/programs/imss-salud', '[data-view="program"] [data-referral]'],
    ['case', 'manager-TIJ', () => `/cases/${receipt.caseId}`, '[data-view="case"] [data-testid="audit"]'],
    ['search', 'manager-TIJ', '/search', '[data-view="search"]'],
    ['constancia', 'manager-TIJ', () => `/cases/${receipt.caseId}/constancia`, '[data-view="constancia"]'],
    ['person export', 'coordinator', () => `/people/${receipt.personId}/export`, '[data-view="person-export"]'],
    ['administration', 'administrator', '/admin', '[data-view="admin"] table'],
    ['statistics', 'coordinator', '/statistics', '[data-view="statistics"]'],
  ];

  for (const lang of ['es', 'en']) {
    it(`the sign-in page (${lang})`, async () => {
      const context = await suite.browser.newContext({ locale: lang === 'en' ? 'en-US' : 'es-MX' });
      try {
        const page = await context.newPage();
        await page.goto(`${suite.host.url}/signin`);
        await page.locator('#username').waitFor();
        await inLanguage(page, lang);
        assert.deepEqual(await violations(page), []);
      } finally {
        await context.close();
      }
    });

    it(`the public verification page (${lang})`, async () => {
      const constancia = await api.call('manager-TIJ', 'GET', `/api/returnees/${receipt.caseId}/constancia`);
      const context = await suite.browser.newContext({ locale: lang === 'en' ? 'en-US' : 'es-MX' });
      try {
        const page = await context.newPage();
        await page.goto(`${suite.host.url}/verificar/${encodeURIComponent(constancia.folio)}?c=${encodeURIComponent(constancia.code)}`);
        await page.locator('[data-view="verify"]').waitFor();
        await inLanguage(page, lang);
        assert.deepEqual(await violations(page), []);
      } finally {
        await context.close();
      }
    });

    for (const [name, user, path, ready] of views) {
      it(`the ${name} view (${lang})`, async () => {
        const page = await suite.open(user);
        await page.goto(`${suite.host.url}${typeof path === 'function' ? path() : path}`);
        await page.locator(ready).first().waitFor({ timeout: 15_000 });
        await waitLive(page);
        await inLanguage(page, lang);
        await page.locator(ready).first().waitFor();
        assert.deepEqual(await violations(page), []);
        await page.context().close();
      });
    }
  }
});

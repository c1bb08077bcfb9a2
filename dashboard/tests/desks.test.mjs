// Issue #18's desk flow in a real headless Chromium against the real API host: a desk calls the next person and gets
// the most urgent one, who shows as "En módulo N" in the queue and on the waiting-room screen (folios only, no names);
// the desk sends them back to the queue and calls another by name.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BrowserSuite, waitLive } from './harness.mjs';

const suite = new BrowserSuite();
let api;

const ADULT = { givenNames: 'Ramiro', surnames: 'Cárdenas Vela', sex: 'male', dateOfBirth: '1984-02-11' };
const PREGNANT = { givenNames: 'Elena', surnames: 'Quiroz Ibarra', sex: 'female', dateOfBirth: '1996-09-30', vulnerabilities: ['pregnancy'] };

let adult;
let pregnant;

describe('intake desks in a real browser against the real API host', { timeout: 600_000 }, () => {
  before(async () => {
    api = await suite.start();
    // The adult arrives first: waiting longer does not put him ahead of a pregnant woman.
    adult = await api.arrival('REX', ADULT);
    pregnant = await api.arrival('REX', PREGNANT);
  });

  after(() => suite.stop());

  it('calls the most urgent person to the chosen desk, shows it on the waiting-room screen without names, and sends them back', async () => {
    const desk = await suite.open('manager-REX');
    await desk.goto(`${suite.host.url}/points/REX`);
    await waitLive(desk);
    const screen = await suite.open('manager-REX');
    await screen.goto(`${suite.host.url}/points/REX/display`);
    await waitLive(screen);
    await screen.locator('[data-view="waiting-room"]').waitFor();

    await desk.locator('#desk-number').selectOption('2');
    await desk.locator('[data-testid="call-next"]').click();
    const result = desk.locator('[data-testid="desk-result"]');
    await result.locator('.form-done').waitFor();
    assert.match(await result.innerText(), new RegExp(`módulo 2: folio ${pregnant.caseId}`));
    assert.match(await result.innerText(), /Elena Quiroz Ibarra/);
    assert.equal(await desk.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'desk-result', 'focus moves to the answer');

    const row = desk.locator(`#queue tr[data-case="${pregnant.caseId}"]`);
    await row.locator('[data-testid="queue-desk"]', { hasText: 'En módulo 2' }).waitFor();

    const call = screen.locator(`[data-testid="display-call"][data-case="${pregnant.caseId}"]`);
    await call.waitFor();
    assert.match(await call.innerText(), /Módulo 2/);
    const shown = await screen.locator('[data-view="waiting-room"]').innerText();
    for (const name of ['Elena', 'Quiroz', 'Ramiro', 'Cárdenas']) assert.ok(!shown.includes(name), `the waiting-room screen shows no names (${name})`);

    await row.locator('[data-testid="return-to-queue"]').click();
    await row.locator('[data-testid="queue-desk"]').waitFor({ state: 'detached' });
    await call.waitFor({ state: 'detached' });

    // Called by name: the adult, although the pregnant woman is more urgent.
    await desk.locator(`#queue tr[data-case="${adult.caseId}"] [data-testid="call-to-desk"]`).click();
    await screen.locator(`[data-testid="display-call"][data-case="${adult.caseId}"]`).waitFor();
    const called = await api.call('manager-REX', 'GET', '/api/points/REX');
    assert.equal(called.queue.find((q) => q.caseId === adult.caseId)?.desk, '2');
    assert.equal(called.queue.find((q) => q.caseId === pregnant.caseId)?.desk ?? null, null);
  });
});

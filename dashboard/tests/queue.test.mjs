// Issue #18's queue a manager can work with, in a real headless Chromium against the real API host: the alert's
// reason beside its badge; search by names, folio or CURP and filters above the queue; the person just registered
// named in the confirmation and highlighted in the queue.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BrowserSuite, waitLive } from './harness.mjs';

const suite = new BrowserSuite();
let api;

const PEOPLE = [
  { givenNames: 'José Ángel', surnames: 'Núñez Peña', sex: 'male', dateOfBirth: '1990-03-07', originState: 'Sinaloa', curp: 'NUPJ900307HSLXXS08' },
  { givenNames: 'Elena', surnames: 'Quiroz Ibarra', sex: 'female', dateOfBirth: '1996-09-30', vulnerabilities: ['pregnancy'] },
  { givenNames: 'Ramiro', surnames: 'Cárdenas Vela', sex: 'male', dateOfBirth: '1984-02-11' },
];

let cases;

describe("the manager's queue in a real browser against the real API host", { timeout: 600_000 }, () => {
  before(async () => {
    api = await suite.start();
    // One usual arrival an hour: three in the last hour is a surge, and the badge says why.
    await api.call('manager-REX', 'PUT', '/api/points/REX/capacity', { shelterBeds: 100, intakeDesks: 2, usualDailyArrivals: 24 });
    cases = [];
    for (const person of PEOPLE) cases.push(await api.arrival('REX', person));
  });

  after(() => suite.stop());

  it("shows the alert's reason, and finds people by name, folio, CURP and flag", async () => {
    const manager = await suite.open('manager-REX');
    await manager.goto(`${suite.host.url}/points/REX`);
    await waitLive(manager);
    const reason = manager.locator('.view-head [data-testid="alert-reason"]');
    await reason.waitFor({ timeout: 15_000 });
    assert.match(await reason.innerText(), /3 llegadas en la última hora, 3× lo habitual/);

    const rows = manager.locator('#queue tbody tr[data-case]');
    await manager.locator(`#queue tr[data-case="${cases[2].caseId}"]`).waitFor();
    assert.equal(await rows.count(), 3);

    const search = manager.locator('#queue-search');
    await search.fill('quiroz');
    await manager.locator('[data-testid="queue-filter-count"]', { hasText: '1 de 3' }).waitFor();
    assert.deepEqual(await rows.evaluateAll((r) => r.map((x) => x.dataset.case)), [cases[1].caseId]);

    await search.fill(cases[2].caseId.toLowerCase());
    await manager.locator(`#queue tr[data-case="${cases[1].caseId}"]`).waitFor({ state: 'detached' });
    assert.deepEqual(await rows.evaluateAll((r) => r.map((x) => x.dataset.case)), [cases[2].caseId]);

    // A CURP is not on the rows: the point's search finds its case.
    await search.fill('NUPJ900307HSLXXS08');
    await manager.locator(`#queue tr[data-case="${cases[2].caseId}"]`).waitFor({ state: 'detached' });
    assert.deepEqual(await rows.evaluateAll((r) => r.map((x) => x.dataset.case)), [cases[0].caseId]);

    await search.fill('');
    await manager.locator('#queue-flag').selectOption('pregnancy');
    await manager.locator(`#queue tr[data-case="${cases[0].caseId}"]`).waitFor({ state: 'detached' });
    assert.deepEqual(await rows.evaluateAll((r) => r.map((x) => x.dataset.case)), [cases[1].caseId]);
  });

  it('names the person just registered and highlights them in the queue', async () => {
    const manager = await suite.open('manager-REX');
    await manager.goto(`${suite.host.url}/points/REX`);
    await waitLive(manager);
    await manager.locator('#arr-given').fill('Paulina');
    await manager.locator('#arr-surnames').fill('Treviño Luna');
    await manager.locator('#arr-sex').selectOption('female');
    await manager.locator('#arr-dob').fill('02/11/1988');
    await manager.locator('input[name="privacyNoticeGiven"]').check();
    await manager.locator('[data-testid="arrival-form"] button[type=submit]').click();
    const done = manager.locator('[data-testid="arrival-form"] .form-done');
    await done.waitFor();
    const text = await done.innerText();
    const folio = text.match(/folio (\S+)\./)?.[1];
    assert.match(text, /Llegada registrada: Paulina Treviño Luna, folio/);
    assert.ok(folio, text);

    const row = manager.locator(`#queue tr[data-case="${folio}"]`);
    await row.and(manager.locator('[data-just-registered="true"]')).waitFor();
    await manager.locator('[data-testid="show-in-queue"]').click();
    await manager.waitForFunction((id) => document.activeElement?.getAttribute('data-case') === id, folio, { timeout: 5_000 });
    assert.equal(await manager.evaluate(() => document.activeElement?.getAttribute('data-case')), folio, 'focus moves to the row');
  });
});

// Issue #18, point 2, in a real headless Chromium against the real API host: the case's referral list offers only the
// programs the server accepts for it, labelled by where they serve, and a destination recorded in the assessment
// brings that state's programs without reloading the page.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BrowserSuite, waitLive } from './harness.mjs';

// Mexicali: Tijuana's shelter serves only Tijuana; the migrants' fund serves only destination states (Michoacán among them).
const POINT = 'MXL';
const OTHER_POINTS_PROGRAM = 'casa-migrante-tijuana';
const DESTINATION_PROGRAM = 'fondo-apoyo-migrantes';
const suite = new BrowserSuite();
let api;

describe('the referral list of a case in a real browser against the real API host', { timeout: 600_000 }, () => {
  before(async () => {
    api = await suite.start();
  });

  after(() => suite.stop());

  it("does not offer another point's program, and offers the destination state's after the assessment", async () => {
    const { caseId } = await api.arrival(POINT, { givenNames: 'Ana', surnames: 'López Ruiz', sex: 'female', estimatedAge: 36, privacyNoticeGiven: true });
    const manager = await suite.open(`manager-${POINT}`);
    await manager.goto(`${suite.host.url}/cases/${caseId}`);
    await manager.locator(`[data-view="case"][data-case="${caseId}"]`).waitFor();
    await waitLive(manager);

    const select = manager.locator('#ref-program');
    const shelter = select.locator('option[value="albergue-del-desierto"]');
    await shelter.waitFor({ state: 'attached' });
    assert.match(await shelter.innerText(), /Albergue.* · en el punto$/);
    assert.equal(await select.locator(`option[value="${OTHER_POINTS_PROGRAM}"]`).count(), 0, "another point's program is not offered");
    assert.equal(await select.locator(`option[value="${DESTINATION_PROGRAM}"]`).count(), 0, 'no destination yet: no destination program');

    await manager.locator('#as-edu').selectOption('secondary');
    await manager.locator('#as-eng').selectOption('basic');
    await manager.locator('#as-years').fill('9');
    await manager.locator('#as-state').selectOption('Michoacán');
    await manager.locator('#as-consent').check();
    await manager.locator('[data-testid="assessment-form"] button[type=submit]').click();

    const fund = select.locator(`option[value="${DESTINATION_PROGRAM}"]`);
    await fund.waitFor({ state: 'attached', timeout: 10_000 });
    assert.match(await fund.innerText(), / · en el estado de destino$/);
    assert.equal(await select.locator(`option[value="${OTHER_POINTS_PROGRAM}"]`).count(), 0);

    // What the list offers, the server accepts.
    await select.selectOption(DESTINATION_PROGRAM);
    await manager.locator('form[aria-label="Canalizar a otro programa"] button[type=submit]').click();
    await manager.locator('[data-testid="referrals"] tr[data-status="pending"]').waitFor({ timeout: 5_000 });
    const record = await api.call(`manager-${POINT}`, 'GET', `/api/returnees/${caseId}`);
    assert.deepEqual(record.referrals.map((r) => r.programId), [DESTINATION_PROGRAM]);
    assert.ok(!record.referablePrograms.some((p) => p.id === DESTINATION_PROGRAM), 'an actively referred program is offered no more');
  });
});

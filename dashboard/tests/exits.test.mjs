// Issue #18's "every action answers" on the case view, in a real headless Chromium against the real API host: the
// recommendations and the departure's destination follow a saved assessment without a reload; a departure asks first,
// naming the person and the open referrals it would cancel; a transfer to an institution has its own form.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BrowserSuite, waitLive } from './harness.mjs';

const suite = new BrowserSuite();
let api;
let receipt;

describe('exits from the case view in a real browser against the real API host', { timeout: 600_000 }, () => {
  before(async () => {
    api = await suite.start();
    // A disability's referral to health waits for the person's consent, given in the assessment below.
    receipt = await api.arrival('TIJ', { givenNames: 'Ofelia', surnames: 'Zamora Reyes', sex: 'female', dateOfBirth: '1970-08-19', vulnerabilities: ['disability'] });
  });

  after(() => suite.stop());

  it('shows recommendations and pre-fills the departure after the assessment, and asks before an exit', async () => {
    const manager = await suite.open('manager-TIJ');
    await manager.goto(`${suite.host.url}/cases/${receipt.caseId}`);
    await manager.locator('[data-view="case"]').waitFor();
    await waitLive(manager);
    assert.equal(await manager.locator('#dep-state').inputValue(), '', 'no destination before the assessment');

    await manager.locator('#as-edu').selectOption('secondary');
    await manager.locator('#as-eng').selectOption('basic');
    await manager.locator('#as-years').fill('12');
    await manager.locator('#as-state').selectOption('Jalisco');
    await manager.locator('input[name="needs"][value="documents"]').check();
    // Consent to share makes the health referral that waited for it (issue #16): the open referral a departure cancels.
    await manager.locator('#as-consent').check();
    await manager.locator('[data-testid="assessment-form"] button[type=submit]').click();

    // Without a reload: the documents need is recommended, and the departure goes to the assessed destination.
    await manager.locator('.recommendations li[data-program="ine-credencial"]').waitFor({ timeout: 10_000 });
    await manager.waitForFunction(() => document.querySelector('#dep-state')?.value === 'Jalisco', null, { timeout: 10_000 });

    await manager.locator('[data-testid="departure-form"] button[type=submit]').click();
    const confirmation = manager.locator('[data-testid="exit-confirmation"]');
    await confirmation.waitFor();
    assert.match(await confirmation.innerText(), /Ofelia Zamora Reyes hacia Jalisco/);
    assert.match(await confirmation.locator('[data-testid="exit-cancels"]').innerText(), /Atención médica/);
    assert.equal(await manager.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'exit-confirm', 'focus on the question');
    await confirmation.locator('[data-testid="exit-back"]').click();
    assert.equal((await api.call('manager-TIJ', 'GET', `/api/returnees/${receipt.caseId}`)).stage, 'services', 'going back records nothing');

    // A transfer to an institution, confirmed.
    await manager.locator('#departure details summary', { hasText: 'Entregar a una institución' }).click();
    await manager.locator('#tr-institution').fill('Hospital General de Tijuana');
    await manager.locator('[data-testid="transfer-form"] button[type=submit]').click();
    await confirmation.waitFor();
    assert.match(await confirmation.innerText(), /Ofelia Zamora Reyes a Hospital General de Tijuana/);
    await confirmation.locator('[data-testid="exit-confirm"]').click();
    await manager.locator('.stage-badge.stage-transferred').waitFor({ timeout: 10_000 });
    const stored = await api.call('manager-TIJ', 'GET', `/api/returnees/${receipt.caseId}`);
    assert.equal(stored.stage, 'transferred');
    assert.equal(stored.exit.institution, 'Hospital General de Tijuana');
    assert.ok(stored.referrals.every((r) => r.status !== 'pending' && r.status !== 'accepted'), 'the open referral was cancelled');
  });
});

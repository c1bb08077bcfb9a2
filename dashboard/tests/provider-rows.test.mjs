// Issue #18, point 2, in a real headless Chromium against the real API host: a provider's decision is confirmed above
// the queue, where the row's moving or vanishing cannot take the confirmation along, and focus goes to the next card;
// a row someone else ends says whose it was and why, and keeps the text the provider was typing for it.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BrowserSuite, waitLive } from './harness.mjs';

const PROGRAM = 'imss-salud';
const POINT = 'NLD';
const suite = new BrowserSuite();
let api;

/** An adult with a medical urgency: referred to health at registration (a mandatory referral, no consent needed). */
async function referred(givenNames, surnames) {
  const receipt = await api.arrival(POINT, { givenNames, surnames, sex: 'female', estimatedAge: 40, vulnerabilities: ['medicalUrgency'], privacyNoticeGiven: true });
  const referral = receipt.referrals.find((r) => r.programId === PROGRAM);
  assert.ok(referral, `expected a referral to ${PROGRAM}: ${JSON.stringify(receipt.referrals)}`);
  return { caseId: receipt.caseId, referralId: referral.referralId };
}

describe("the provider's rows in a real browser against the real API host", { timeout: 600_000 }, () => {
  before(async () => {
    api = await suite.start();
  });

  after(() => suite.stop());

  it('confirms a decline above the queue and moves focus to the next card', async () => {
    const ana = await referred('Ana', 'López Mora');
    await referred('Berta', 'Salas Gil');
    const provider = await suite.open(`provider-${PROGRAM}`);
    await waitLive(provider);
    const pending = provider.locator('[data-status-section="pending"]');
    const card = pending.locator(`li[data-referral="${ana.referralId}"]`);
    await card.waitFor();
    const order = await pending.locator('li.referral-card').evaluateAll((cards) => cards.map((c) => c.dataset.referral));
    const next = order[order.indexOf(ana.referralId) + 1] ?? order[order.indexOf(ana.referralId) - 1];
    assert.ok(next, `another pending card beside Ana's: ${order}`);

    // Opening the form puts focus in its text; cancelling gives it back to the button, not to the body.
    await card.locator('[data-action="decline"]').click();
    await provider.waitForFunction(() => document.activeElement?.getAttribute('name') === 'reason');
    await card.getByRole('button', { name: 'Cancelar' }).click();
    await provider.waitForFunction((id) => document.activeElement?.closest('li')?.dataset.referral === id && document.activeElement.dataset.action === 'decline', ana.referralId);

    await card.locator('[data-action="decline"]').click();
    await card.locator('textarea[name="reason"]').fill('Ya tiene seguro médico en su estado');
    await card.locator('form button[type=submit]').click();

    const confirmation = provider.locator('[data-testid="program-confirmation"]');
    await provider.waitForFunction(() => /Rechazaste la referencia de Ana López Mora/.test(document.querySelector('[data-testid="program-confirmation"]')?.textContent ?? ''), null, { timeout: 5_000 });
    assert.equal(await confirmation.getAttribute('role'), 'status');
    await card.waitFor({ state: 'detached', timeout: 10_000 });
    assert.match(await confirmation.innerText(), /Rechazaste la referencia de Ana López Mora/, 'the confirmation outlives the row');

    await provider.waitForFunction((id) => document.activeElement?.closest('li')?.dataset.referral === id, next, { timeout: 5_000 });
    const focused = await provider.evaluate(() => ({ tag: document.activeElement?.tagName, action: document.activeElement?.getAttribute('data-action') }));
    assert.deepEqual(focused, { tag: 'BUTTON', action: 'accept' }, "focus on the next card's first action, not the body");
    // The program's own reason reached the case.
    const record = await api.call(`manager-${POINT}`, 'GET', `/api/returnees/${ana.caseId}`);
    assert.equal(record.referrals.find((r) => r.referralId === ana.referralId).reason, 'Ya tiene seguro médico en su estado');
  });

  it('explains a row the desk ended while the provider was typing, and keeps the typed text', async () => {
    const carmen = await referred('Carmen', 'Vidal Ortiz');
    const provider = await suite.open(`provider-${PROGRAM}`);
    await waitLive(provider);
    const card = provider.locator(`[data-status-section="pending"] li[data-referral="${carmen.referralId}"]`);
    await card.waitFor();
    await card.locator('[data-action="decline"]').click();
    const typed = 'No hay cita disponible hasta el lunes; que acuda al centro de salud';
    await card.locator('textarea[name="reason"]').fill(typed);

    await api.call(`manager-${POINT}`, 'POST', `/api/returnees/${carmen.caseId}/departure`, { destinationState: 'Jalisco', transport: 'bus' });

    await card.waitFor({ state: 'detached', timeout: 15_000 });
    const notice = provider.locator(`[data-testid="referral-end"][data-referral="${carmen.referralId}"]`);
    await notice.waitFor({ timeout: 10_000 });
    assert.match(await notice.innerText(), /La referencia de Carmen Vidal Ortiz se canceló: la persona salió del punto/);
    assert.equal(await notice.locator('[data-testid="referral-end-draft"]').innerText(), typed);
    assert.equal(await provider.locator('[data-testid="program-confirmation"]').innerText(), '', 'nothing the provider did is confirmed');

    await notice.getByRole('button', { name: 'Enterado' }).click();
    assert.equal(await notice.count(), 0);
  });

  it('explains a card another user of the program accepted while this one was typing a decline reason', async () => {
    const dora = await referred('Dora', 'Quintero Paz');
    const provider = await suite.open(`provider-${PROGRAM}`);
    await waitLive(provider);
    const card = provider.locator(`[data-status-section="pending"] li[data-referral="${dora.referralId}"]`);
    await card.waitFor();
    await card.locator('[data-action="decline"]').click();
    const typed = 'Sin médico general este turno';
    await card.locator('textarea[name="reason"]').fill(typed);

    // A colleague, elsewhere: same program, not this view. The card moves to "En atención" and the form is gone.
    await api.call(`provider-${PROGRAM}`, 'POST', `/api/programs/${PROGRAM}/referrals/${dora.referralId}/accept`, {});

    const inCare = provider.locator(`[data-status-section="accepted"] li[data-referral="${dora.referralId}"]`);
    await inCare.waitFor({ timeout: 15_000 });
    assert.equal(await inCare.locator('[data-action="decline"]').count(), 0, 'an accepted referral can only be completed');
    const notice = provider.locator(`[data-testid="referral-end"][data-referral="${dora.referralId}"]`);
    await notice.waitFor({ timeout: 10_000 });
    assert.match(await notice.innerText(), new RegExp(`La referencia de Dora Quintero Paz fue aceptada por provider-${PROGRAM}`));
    assert.equal(await notice.locator('[data-testid="referral-end-draft"]').innerText(), typed);
  });
});

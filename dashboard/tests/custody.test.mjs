// Issue #14's acceptance in a real headless Chromium against the real API host: the custody of an unaccompanied
// child recorded in the browser by the point's manager and by the child-protection (DIF) provider, each seeing the
// other's steps live.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BrowserSuite, waitLive } from './harness.mjs';

const DIF = 'dif-proteccion-ninez';
const LIVE_MS = 5_000;

const suite = new BrowserSuite();
const { host } = suite;
let api;
const open = (username, options) => suite.open(username, options);

/** Marks the page so that a reload (which would clear the mark) is seen. */
const markNoReload = (page) => page.evaluate(() => { window.custodyNoReload = true; });
const assertNoReload = async (page) => assert.equal(await page.evaluate(() => window.custodyNoReload === true), true, 'the page was not reloaded');

/** Registers a 14-year-old arriving alone through the point's arrival form; answers the case id. */
async function registerChildInBrowser(manager, givenNames, surnames) {
  const form = manager.locator('[data-testid="arrival-form"]');
  await form.waitFor();
  await form.locator('input[name="privacyNoticeGiven"]').check();
  await manager.locator('#arr-given').fill(givenNames);
  await manager.locator('#arr-surnames').fill(surnames);
  await manager.locator('#arr-sex').selectOption('male');
  // Neither a date of birth nor an age: the form says that one of them is required, under both fields.
  await form.locator('button[type=submit]').click();
  await form.locator('[data-field-error="dateOfBirth"]').waitFor();
  await form.locator('[data-field-error="estimatedAge"]').waitFor();
  assert.match(await form.locator('[data-field-error="estimatedAge"]').innerText(), /fecha de nacimiento o/);
  await manager.locator('#arr-age').fill('14');
  await form.locator('button[type=submit]').click();
  await form.locator('.form-done').waitFor();
  return (await form.locator('a.button').getAttribute('href')).split('/').pop();
}

/** Fills and sends the custody form on an open case page. */
async function recordStep(page, step, fields) {
  const form = page.locator('[data-testid="custody-form"]');
  await form.waitFor();
  const offered = await form.locator('#cus-step option').evaluateAll((options) => options.map((o) => o.value));
  assert.ok(offered.includes(step), `the form offers ${step}: ${offered.join(', ')}`);
  await form.locator('#cus-step').selectOption(step);
  for (const [selector, value] of Object.entries(fields)) {
    const field = form.locator(selector);
    if (await field.evaluate((el) => el.tagName === 'SELECT')) await field.selectOption(value);
    else await field.fill(value);
  }
  await form.locator('button[type=submit]').click();
  await page.locator(`[data-testid="custody-chain"] tr[data-step="${step}"]`).waitFor({ timeout: LIVE_MS });
  return offered;
}

describe('custody of unaccompanied children in a real browser against the real API host', { timeout: 600_000 }, () => {
  before(async () => {
    api = await suite.start();
  });

  after(() => suite.stop());

  it("records a custody chain in the browser and sees it on the DIF provider's open pages live", async () => {
    const manager = await open('manager-TIJ');
    const caseId = await registerChildInBrowser(manager, 'Brayan Alexis', 'Cruz Mendoza');
    const record = await api.call('manager-TIJ', 'GET', `/api/returnees/${caseId}`);
    assert.ok(record.flags.includes('unaccompaniedMinor'), `flagged as unaccompanied: ${record.flags}`);
    assert.equal(record.custody?.status, 'awaitingReception');

    // The DIF provider has its program page and the child's case page open before anything is recorded.
    const difProgram = await open(`provider-${DIF}`);
    await difProgram.locator(`[data-view="program"][data-program="${DIF}"]`).waitFor();
    const listed = difProgram.locator(`[data-testid="custody-list"] tr[data-case="${caseId}"]`);
    await listed.waitFor();
    assert.equal(await listed.getAttribute('data-status'), 'awaitingReception');
    const difCase = await open(`provider-${DIF}`);
    await difCase.goto(`${host.url}/cases/${caseId}`);
    await difCase.locator('[data-testid="custody"]').waitFor();
    // Nothing is the provider's to record before INM has handed the child over.
    assert.equal(await difCase.locator('[data-testid="custody-form"]').count(), 0);
    await Promise.all([waitLive(difProgram), waitLive(difCase)]);
    await markNoReload(difProgram);
    await markNoReload(difCase);

    // The point's manager records the reception and the handover to DIF on the case page.
    await manager.locator('[data-testid="arrival-form"] a.button').click();
    await manager.locator(`[data-view="case"][data-case="${caseId}"]`).waitFor();
    await manager.locator('[data-testid="custody-departure-hint"]').waitFor();
    const firstOffer = await recordStep(manager, 'receivedFromForeignAuthority', {
      '#cus-from-name': 'Agente J. Smith', '#cus-from-inst': 'CBP', '#cus-to-name': 'Laura Méndez (OPI)', '#cus-doc': 'Acta INM-TIJ-0042',
    });
    assert.deepEqual(firstOffer, ['receivedFromForeignAuthority'], 'the manager is offered only the next step');
    const secondOffer = await recordStep(manager, 'handedToChildProtection', { '#cus-to-name': 'Lic. Carmen Ruiz', '#cus-note': 'Entrega en el módulo' });
    assert.ok(!secondOffer.some((s) => ['handoverConfirmed', 'placedInShelter', 'reunified'].includes(s)), `no provider step offered to the manager: ${secondOffer}`);
    const handed = manager.locator('[data-testid="custody-chain"] tr[data-step="handedToChildProtection"]');
    assert.match(await handed.innerText(), /Laura Méndez \(OPI\) \(INM\)/);
    assert.match(await handed.innerText(), /Lic\. Carmen Ruiz \(DIF\)/);

    // Both DIF pages show the handover without a reload.
    await difCase.locator('[data-testid="custody-chain"] tr[data-step="handedToChildProtection"]').waitFor({ timeout: LIVE_MS });
    await difProgram.locator(`[data-testid="custody-list"] tr[data-case="${caseId}"][data-status="handedToChildProtection"]`).waitFor({ timeout: LIVE_MS });
    await assertNoReload(difCase);
    await assertNoReload(difProgram);
    assert.match(await difCase.locator('[data-testid="custody-chain"]').innerText(), /Acta INM-TIJ-0042/);

    // The provider reunifies the child with an identified relative: the case closes and the clock stops.
    const providerOffer = await recordStep(difCase, 'reunified', {
      '#cus-to-name': 'María Cruz Mendoza', '#cus-to-inst': 'Familia', '#cus-rel-name': 'María Cruz Mendoza', '#cus-rel': 'mother', '#cus-rel-id': 'INE 1234567890',
    });
    assert.ok(!providerOffer.includes('receivedFromForeignAuthority') && !providerOffer.includes('handedToChildProtection'), `${providerOffer}`);
    await difCase.locator('[data-testid="custody"][data-closed="true"]').waitFor({ timeout: LIVE_MS });
    await difCase.locator('[data-testid="custody-clock"][data-stopped="true"]').waitFor();
    assert.match(await difCase.locator('[data-testid="custody-clock-state"]').innerText(), /Reloj detenido/);
    assert.match(await difCase.locator('[data-testid="custody-chain"] tr[data-step="reunified"]').innerText(), /Madre/);
    const closed = await api.call('manager-TIJ', 'GET', `/api/returnees/${caseId}`);
    assert.equal(closed.custody.status, 'reunified');
    assert.ok(closed.custody.stoppedAt, 'the clock stopped');
    assert.ok(['departed', 'transferred'].includes(closed.stage), `the case is closed: ${closed.stage}`);
    // …and the manager's open case page follows.
    await manager.locator('[data-testid="custody"][data-closed="true"]').waitFor({ timeout: LIVE_MS });
    await difProgram.locator(`[data-testid="custody-list"] tr[data-case="${caseId}"]`).waitFor({ state: 'detached', timeout: LIVE_MS });
    // English is one click away, with no dictionary key left showing.
    await difCase.locator('[data-testid="lang-switch"]').click();
    await difCase.waitForFunction(() => document.documentElement.lang === 'en');
    const english = await difCase.locator('[data-testid="custody"]').innerText();
    assert.match(english, /Clock stopped/);
    assert.match(english, /Reunified with family/);
    assert.doesNotMatch(english, /\b(custody|custodyStep|custodyStatus|relationship)\.[a-zA-Z]+/);
    await difCase.locator('[data-testid="lang-switch"]').click();
    await difCase.waitForFunction(() => document.documentElement.lang === 'es');
    // The trail names the steps in the dashboard's language.
    await manager.reload();
    await manager.locator('[data-testid="audit"]').getByText('Recibido de la autoridad extranjera: CBP → INM').waitFor();
  });

  it("refuses a departure before the handover to child protection with the API's message", async () => {
    const receipt = await api.arrival('TIJ', { givenNames: 'Kevin', surnames: 'Ortiz Lara', sex: 'male', estimatedAge: 15 });
    const manager = await open('manager-TIJ');
    await manager.goto(`${host.url}/cases/${receipt.caseId}`);
    const form = manager.locator('[data-testid="departure-form"]');
    await form.waitFor();
    await form.locator('#dep-state').selectOption('Michoacán');
    await form.locator('button[type=submit]').click();
    // The departure asks first; the refusal comes after the confirmation.
    await manager.locator('[data-testid="exit-confirm"]').click();
    const problem = manager.locator('[data-testid="exit-confirmation"] .form-error');
    await problem.waitFor();
    // The API's own words (409 problem details, in Spanish), not a generic message.
    let refusal;
    try {
      await api.call('manager-TIJ', 'POST', `/api/returnees/${receipt.caseId}/departure`, { destinationState: 'Michoacán' }, { 'Accept-Language': 'es' });
    } catch (error) {
      refusal = error.message;
    }
    assert.match(refusal ?? '', /: 409 /, 'the API refuses the departure with 409');
    const detail = JSON.parse(refusal.slice(refusal.indexOf('{'))).detail;
    assert.equal(await problem.innerText(), detail);
    assert.equal((await api.call('manager-TIJ', 'GET', `/api/returnees/${receipt.caseId}`)).stage, 'arrived');
  });

  it('shows the companion relationship and family group in the arrival form, the queue and the case', async () => {
    const adult = await api.arrival('TIJ', { givenNames: 'Rosa María', surnames: 'Peña Gil', sex: 'female', estimatedAge: 38, familyGroupId: 'FAM-PENA-1' });
    const manager = await open('manager-TIJ');
    const form = manager.locator('[data-testid="arrival-form"]');
    await form.waitFor();
    await form.locator('input[name="privacyNoticeGiven"]').check();
    assert.equal(await manager.locator('#arr-relationship').count(), 0, 'no relationship field before a companion is entered');
    await manager.locator('#arr-given').fill('Sofía');
    await manager.locator('#arr-surnames').fill('Peña Gil');
    await manager.locator('#arr-sex').selectOption('female');
    await manager.locator('#arr-dob').fill('01/02/2018');
    await manager.locator('#arr-companion').fill(adult.caseId);
    await manager.locator('#arr-relationship').waitFor();
    await form.locator('button[type=submit]').click();
    await form.locator('[data-field-error="relationship"]').waitFor();
    await manager.locator('#arr-relationship').selectOption('mother');
    await manager.locator('#arr-family').fill('FAM-PENA-1');
    await form.locator('button[type=submit]').click();
    await form.locator('.form-done').waitFor();
    const childId = (await form.locator('a.button').getAttribute('href')).split('/').pop();

    const row = manager.locator(`tr[data-case="${childId}"]`);
    await row.waitFor({ timeout: LIVE_MS });
    assert.match(await row.locator('[data-testid="queue-family"]').innerText(), /FAM-PENA-1/);
    await manager.goto(`${host.url}/cases/${childId}`);
    await manager.locator('[data-testid="family-group"]').waitFor();
    assert.match(await manager.locator('[data-view="case"] .record').innerText(), /Madre/);
    assert.equal(await manager.locator('[data-testid="custody"]').count(), 0, 'an accompanied child has no custody chain');
  });

  it('the point view and the national view carry the overdue count', async () => {
    const manager = await open('manager-TIJ');
    await manager.locator('[data-testid="point-custody-overdue"]').waitFor();
    const coordinator = await open('coordinator');
    await coordinator.locator('[data-testid="custody-overdue-TIJ"]').waitFor();
    const national = await api.call('coordinator', 'GET', '/api/national');
    const tij = national.points.find((p) => p.code === 'TIJ');
    assert.equal(Number((await coordinator.locator('[data-testid="custody-overdue-TIJ"]').innerText()).replace(/\D/g, '')), tij.custodyOverdue);
    assert.equal(Number((await manager.locator('[data-testid="point-custody-overdue"]').innerText()).replace(/\D/g, '')), tij.custodyOverdue);
  });
});

// Issue #16's consent in a real headless Chromium against the real API host: the desk cannot register without
// giving the privacy notice; a referral without consent is refused with the API's words until the desk gives a
// reason; consent is given and withdrawn on the case, with who and when; the provider's view follows on its next read.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BrowserSuite } from './harness.mjs';

const DOCUMENTS = 'registro-civil-actas';

const suite = new BrowserSuite();
const { host } = suite;
let api;
const open = (username, options) => suite.open(username, options);

describe('consent in a real browser against the real API host', { timeout: 600_000 }, () => {
  before(async () => {
    api = await suite.start();
  });

  after(async () => {
    await suite.stop();
  });

  it('registers only with the privacy notice given, and shows it on the case', async () => {
    const manager = await open('manager-TIJ');
    const form = manager.locator('[data-testid="arrival-form"]');
    await form.waitFor();
    await manager.locator('#arr-given').fill('Lucía');
    await manager.locator('#arr-surnames').fill('Ramos Vega');
    await manager.locator('#arr-sex').selectOption('female');
    await manager.locator('#arr-age').fill('29');
    await form.getByLabel('Víctima de violencia').check();
    await form.locator('button[type=submit]').click();
    const notice = form.locator('[data-field-error="privacyNoticeGiven"]');
    await notice.waitFor();
    assert.match(await notice.innerText(), /aviso de privacidad/);

    await form.locator('input[name="privacyNoticeGiven"]').check();
    await form.locator('button[type=submit]').click();
    await form.locator('.form-done').waitFor();
    const caseId = (await form.locator('a.button').getAttribute('href')).split('/').pop();
    await form.locator('a.button').click();
    await manager.locator(`[data-view="case"][data-case="${caseId}"]`).waitFor();
    assert.equal(await manager.locator('[data-testid="privacy-notice"]').innerText(), 'Sí');
    const record = await api.call('manager-TIJ', 'GET', `/api/returnees/${caseId}`);
    assert.equal(record.privacyNoticeGiven, true);
  });

  it('refuses a referral without consent in words, accepts it with a reason, and follows consent given and withdrawn', async () => {
    const { caseId } = await api.arrival('TIJ', { givenNames: 'Rosa', surnames: 'Luna Prieto', sex: 'female', estimatedAge: 41, vulnerabilities: ['violenceVictim'], privacyNoticeGiven: true });
    const manager = await open('manager-TIJ');
    await manager.goto(`${host.url}/cases/${caseId}`);
    const consents = manager.locator('[data-testid="consents"]');
    await consents.waitFor();
    assert.match(await consents.locator('li[data-purpose="shareAssessment"]').innerText(), /Sin registrar/);

    // Without consent: the API's refusal, in Spanish, says what to do; nothing is referred.
    const refer = manager.locator('form[aria-label="Canalizar a otro programa"]');
    await refer.locator('#ref-program').selectOption(DOCUMENTS);
    await refer.locator('button[type=submit]').click();
    const problem = refer.locator('.form-error');
    await problem.waitFor();
    assert.match(await problem.innerText(), /Registre su consentimiento o indique el motivo/);
    assert.equal((await api.call('manager-TIJ', 'GET', `/api/returnees/${caseId}`)).referrals.length, 0);

    // With a reason: referred, and the reason is in the trail, worded.
    await manager.locator('#ref-override').fill('Necesita su acta para viajar hoy');
    await refer.locator('#ref-program').selectOption(DOCUMENTS);
    await refer.locator('button[type=submit]').click();
    await manager.locator('[data-testid="referrals"] tr[data-status="pending"]').waitFor({ timeout: 5_000 });
    const trail = manager.locator('[data-testid="audit"]');
    await trail.locator('tr', { hasText: 'Necesita su acta para viajar hoy' }).waitFor({ timeout: 5_000 });
    assert.match(await trail.innerText(), /sin consentimiento, con motivo/);

    // The documents program sees no flag without consent.
    const registrar = await open(`provider-${DOCUMENTS}`);
    await registrar.goto(`${host.url}/cases/${caseId}`);
    await registrar.locator(`[data-view="case"][data-case="${caseId}"]`).waitFor();
    assert.equal(await registrar.locator('[data-flag="violenceVictim"]').count(), 0);
    assert.match(await registrar.locator('#assessment').innerText(), /no consintió/);

    // Consent given at the desk: who and when; the held automatic referral to psychological care is made.
    await consents.locator('li[data-purpose="shareAssessment"] [data-action="give"]').click();
    await consents.locator('li[data-purpose="shareAssessment"][data-given="true"]').waitFor({ timeout: 5_000 });
    assert.match(await consents.locator('li[data-purpose="shareAssessment"]').innerText(), /Otorgado[\s\S]*manager-TIJ/);
    await manager.locator('[data-testid="referrals"] tr', { hasText: 'Atención psicológica' }).waitFor({ timeout: 5_000 });
    assert.equal(await manager.locator('#consent-note').count(), 1);
    await registrar.reload();
    await registrar.locator('[data-flag="violenceVictim"]').waitFor();

    // Withdrawn, with a note: the provider's next read is redacted again.
    await manager.locator('#consent-note').fill('Ya no quiere compartir');
    await consents.locator('li[data-purpose="shareAssessment"] [data-action="withdraw"]').click();
    await consents.locator('li[data-purpose="shareAssessment"][data-given="false"]').waitFor({ timeout: 5_000 });
    assert.match(await consents.locator('li[data-purpose="shareAssessment"]').innerText(), /Retirado[\s\S]*retirado el[\s\S]*Ya no quiere compartir/);
    await trail.locator('tr', { hasText: 'Registró el retiro del consentimiento' }).waitFor({ timeout: 5_000 });
    await registrar.reload();
    await registrar.locator(`[data-view="case"][data-case="${caseId}"]`).waitFor();
    assert.equal(await registrar.locator('[data-flag="violenceVictim"]').count(), 0);
    assert.equal(await registrar.locator('[data-testid="consents"]').count(), 0, 'providers do not see the consent section');
  });
});

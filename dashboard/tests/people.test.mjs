// Issue #13's dashboard, in a real headless Chromium against the real API host: the arrival desk is shown an earlier
// return of the person it is typing (accents dropped, day and month swapped) and confirms "same person"; the case view
// lists the previous return; the search finds the person by a misspelt name; a correction changes the name shown; a
// person who gives no name is registered with a description.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { BrowserSuite, cspViolations, repoRoot } from './harness.mjs';

const screenshots = join(repoRoot, 'docs', 'screenshots');

const suite = new BrowserSuite();
const { host } = suite;
let api;
const open = (username, options) => suite.open(username, options);

// The person's first return, at Mexicali: born 7 March 1990.
const FIRST = { givenNames: 'José Ángel', surnames: 'Núñez Peña', sex: 'male', dateOfBirth: '1990-03-07', originState: 'Sinaloa', curp: 'NUPJ900307HSLXXS08' };
// His twin brother (same surnames and date of birth, at Nogales): offered, and ruled out by the desk.
const TWIN = { givenNames: 'Luis Alberto', surnames: 'Núñez Peña', sex: 'male', dateOfBirth: '1990-03-07' };
// Someone else, who must not be offered as the same person.
const OTHER = { givenNames: 'María Fernanda', surnames: 'Ortega Ruiz', sex: 'female', dateOfBirth: '1995-11-21' };

let earlier;
let twin;
let secondCaseId;

describe('people across returns in a real browser against the real API host', { timeout: 600_000 }, () => {
  before(async () => {
    api = await suite.start();
    earlier = await api.arrival('MXL', FIRST);
    await api.arrival('MXL', OTHER);
    twin = await api.arrival('NOG', TWIN);
  });

  after(() => suite.stop());

  it('offers the earlier return while the desk types and registers the arrival as the same person', async () => {
    const manager = await open('manager-TIJ');
    const form = manager.locator('[data-testid="arrival-form"]');
    await form.waitFor();
    await form.locator('input[name="privacyNoticeGiven"]').check();
    // Accents dropped, and the date of birth typed month first (3 July instead of 7 March).
    await manager.locator('#arr-given').fill('Jose Angel');
    await manager.locator('#arr-surnames').fill('Nunez Pena');
    await manager.locator('#arr-sex').selectOption('male');
    await manager.locator('#arr-dob').fill('03/07/1990');

    const candidate = form.locator(`[data-testid="match-candidates"] li[data-person="${earlier.personId}"]`);
    await candidate.waitFor({ timeout: 5_000 });
    const text = await candidate.innerText();
    assert.match(text, /José Ángel Núñez Peña/);
    assert.match(text, /MXL/);
    assert.match(await candidate.locator('[data-testid="match-reasons"]').innerText(), /Día y mes invertidos/);
    assert.equal(await form.locator('[data-testid="match-candidates"] li', { hasText: 'Ortega' }).count(), 0, 'someone else is not offered');

    // "Not this person" hides the twin, and he stays hidden as the desk goes on typing.
    const ruledOut = form.locator(`[data-testid="match-candidates"] li[data-person="${twin.personId}"]`);
    await ruledOut.waitFor();
    await ruledOut.locator('[data-action="reject"]').click();
    await ruledOut.waitFor({ state: 'detached' });
    await manager.locator('#arr-curp').fill('');
    await manager.locator('#arr-transport').selectOption('bus');
    await manager.locator('#arr-given').fill('Jose Angel ');
    await manager.waitForTimeout(800);
    assert.equal(await ruledOut.count(), 0, 'the twin is not offered again');

    // "Same person", undone, then chosen again.
    await candidate.locator('[data-action="same"]').click();
    await form.locator(`li[data-person="${earlier.personId}"][data-chosen="true"]`).waitFor();
    await candidate.locator('[data-action="undo"]').click();
    await form.locator(`li[data-person="${earlier.personId}"][data-chosen="false"]`).waitFor();
    await candidate.locator('[data-action="same"]').click();
    await form.locator(`li[data-person="${earlier.personId}"][data-chosen="true"]`).waitFor();
    mkdirSync(screenshots, { recursive: true });
    await manager.locator('#register-arrival').screenshot({ path: join(screenshots, 'arrival-match.png') });

    const answered = manager.waitForResponse((r) => r.request().method() === 'POST' && /\/api\/points\/TIJ\/arrivals$/.test(new URL(r.url()).pathname));
    await form.locator('button[type=submit]').click();
    await form.locator('.form-done').waitFor();
    // The API was told the twin is not this person: it does not offer him as a possible match afterwards.
    const receipt = await (await answered).json();
    assert.equal(receipt.personId, earlier.personId);
    assert.ok(!(receipt.possibleMatches ?? []).some((m) => m.personId === twin.personId), 'the ruled-out twin is not a possible match');
    secondCaseId = (await form.locator('a.button').getAttribute('href')).split('/').pop();
    const second = await api.call('manager-TIJ', 'GET', `/api/returnees/${secondCaseId}`);
    assert.equal(second.personId, earlier.personId, 'the new case is the earlier case\'s person');
    // The form is empty again and offers nobody.
    assert.equal(await manager.locator('#arr-given').inputValue(), '');
    assert.equal(await form.locator('[data-testid="match-candidates"]').count(), 0);

    // The case view lists the previous return: its date, point and stage.
    await form.locator('a.button').click();
    await manager.locator(`[data-view="case"][data-case="${secondCaseId}"]`).waitFor();
    const previous = manager.locator(`[data-testid="previous-returns"] tr[data-case="${earlier.caseId}"]`);
    await previous.waitFor();
    assert.match(await previous.innerText(), /MXL/);
  });

  it('finds the person by a misspelt name and by CURP', async () => {
    const coordinator = await open('coordinator');
    await coordinator.locator('nav a[href="/search"]').click();
    await coordinator.locator('[data-view="search"]').waitFor();
    await coordinator.locator('#search-q').fill('Jose Nunes');
    await coordinator.locator('[data-testid="search-form"] button[type=submit]').click();
    const results = coordinator.locator('[data-testid="search-results"]');
    await results.waitFor();
    // Both returns, newest first, each opening its case.
    const rows = await results.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.dataset.case));
    assert.deepEqual(rows.filter((id) => id === secondCaseId || id === earlier.caseId), [secondCaseId, earlier.caseId]);
    assert.ok(!(await results.innerText()).includes('Ortega'), 'someone else is not found');

    // A CURP typed in the box finds the return registered with it.
    await coordinator.locator('#search-q').fill('nupj900307hslxxs08');
    await coordinator.locator('[data-testid="search-form"] button[type=submit]').click();
    await coordinator.waitForFunction((id) => {
      const rows = [...document.querySelectorAll('[data-testid="search-results"] tbody tr')];
      return rows.length === 1 && rows[0].dataset.case === id;
    }, earlier.caseId);
    await results.locator(`tr[data-case="${earlier.caseId}"] a`).click();
    await coordinator.locator(`[data-view="case"][data-case="${earlier.caseId}"]`).waitFor();
    await coordinator.locator(`[data-testid="previous-returns"] tr[data-case="${secondCaseId}"]`).waitFor();
  });

  it('corrects the registration through the form, with the reason required and the API\'s field errors shown', async () => {
    const manager = await open('manager-TIJ');
    await manager.goto(`${host.url}/cases/${secondCaseId}`);
    const heading = manager.locator('[data-view="case"] h1 [data-testid="person-name"]');
    await heading.waitFor();
    assert.equal((await heading.innerText()).trim(), 'Jose Angel Nunez Pena');

    const form = manager.locator('[data-testid="correction-form"]');
    await manager.locator('#correction summary').click();
    await form.locator('#cor-given').fill('José Ángel');
    await form.locator('#cor-surnames').fill('Núñez Peña');
    // Without a reason the form says so under the field.
    await form.locator('button[type=submit]').click();
    await form.locator('[data-field-error="reason"]').waitFor();
    // A CURP the API refuses comes back under the CURP field, worded in Spanish.
    await form.locator('#cor-reason').fill('Error de captura: faltaban los acentos');
    await form.locator('#cor-curp').fill('GOMA900101HDFRRN09');
    await form.locator('button[type=submit]').click();
    await form.locator('[data-field-error="curp"]').waitFor();
    assert.equal((await heading.innerText()).trim(), 'Jose Angel Nunez Pena', 'nothing changed on a refusal');

    await form.locator('#cor-curp').fill('');
    await form.locator('button[type=submit]').click();
    await form.locator('.form-done').waitFor();
    await manager.waitForFunction(() => document.querySelector('[data-view="case"] h1 [data-testid="person-name"]')?.textContent.trim() === 'José Ángel Núñez Peña');
    // The trail says what changed and why, in words.
    const entry = manager.locator('[data-testid="audit"] tr', { hasText: 'Corrigió el registro' });
    await entry.waitFor();
    assert.match(await entry.innerText(), /Nombre\(s\): Jose Angel → José Ángel/);
    assert.match(await entry.innerText(), /motivo: Error de captura: faltaban los acentos/);
    const corrected = await api.call('manager-TIJ', 'GET', `/api/returnees/${secondCaseId}`);
    assert.equal(corrected.givenNames, 'José Ángel');
    assert.equal(corrected.surnames, 'Núñez Peña');
  });

  it('unlinks the case from the earlier return and links it again from the offered candidates', async () => {
    const manager = await open('manager-TIJ');
    await manager.goto(`${host.url}/cases/${secondCaseId}`);
    await manager.locator(`[data-testid="previous-returns"] tr[data-case="${earlier.caseId}"]`).waitFor();
    await manager.locator('[data-testid="unlink-form"] button[type=submit]').click();
    await manager.locator('[data-testid="no-previous-returns"]').waitFor();
    const unlinked = await api.call('manager-TIJ', 'GET', `/api/returnees/${secondCaseId}`);
    assert.notEqual(unlinked.personId, earlier.personId, 'a person of its own');

    // The earlier return is at another point: the manager cannot open it, but the matcher offers its person.
    await manager.locator('#previous-returns summary').click();
    const offered = manager.locator(`#previous-returns [data-testid="match-candidates"] li[data-person="${earlier.personId}"]`);
    await offered.waitFor();
    await offered.locator('[data-action="same"]').click();
    await manager.locator(`[data-testid="previous-returns"] tr[data-case="${earlier.caseId}"]`).waitFor();
    const relinked = await api.call('manager-TIJ', 'GET', `/api/returnees/${secondCaseId}`);
    assert.equal(relinked.personId, earlier.personId);
  });

  it('registers a person who gives no name with a short description', async () => {
    const manager = await open('manager-TIJ');
    const form = manager.locator('[data-testid="arrival-form"]');
    await form.waitFor();
    await form.locator('input[name="privacyNoticeGiven"]').check();
    await manager.locator('#arr-unidentified').check();
    assert.equal(await manager.locator('#arr-given').count(), 0, 'the name fields are hidden');
    await manager.locator('#arr-sex').selectOption('female');
    await manager.locator('#arr-age').fill('30');
    await form.locator('button[type=submit]').click();
    await form.locator('[data-field-error="description"]').waitFor();
    await manager.locator('#arr-description').fill('Cabello corto, chamarra roja, cicatriz en la mano izquierda');
    await form.locator('button[type=submit]').click();
    await form.locator('.form-done').waitFor();
    const caseId = (await form.locator('a.button').getAttribute('href')).split('/').pop();
    const record = await api.call('manager-TIJ', 'GET', `/api/returnees/${caseId}`);
    assert.equal(record.unidentified, true);
    assert.match(record.description, /chamarra roja/);
    await form.locator('a.button').click();
    assert.match(await manager.locator('[data-view="case"] h1').innerText(), /No identificada · Cabello corto/);
  });

  it('opened no page the Content-Security-Policy refused', () => {
    assert.deepEqual(cspViolations, []);
  });
});

// Issue 5's acceptance, in a real headless Chromium (playwright-core, Debian's chromium) against the
// real API host process started from the built Reception.Api.dll.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { BrowserSuite, cspViolations, repoRoot, waitLive } from './harness.mjs';

const LIVE_DEADLINE_MS = 2_000;
const PROVIDER = 'imss-salud';
const screenshots = join(repoRoot, 'docs', 'screenshots');

const suite = new BrowserSuite();
const { host } = suite;
let api;
const open = (username, options) => suite.open(username, options);

const hoursFromNow = (h) => new Date(Date.now() + h * 3_600_000).toISOString();
const yearsAgo = (y) => new Date(Date.now() - y * 365.25 * 86_400_000).toISOString().slice(0, 10);

/** Demo activity at Tijuana and Nuevo Laredo: notices, arrivals of every kind, assessments, referrals. */
async function seedActivity() {
  await api.call('manager-TIJ', 'POST', '/api/points/TIJ/notices', { expectedAt: hoursFromNow(-1.5), headcount: 38, minors: 4, transport: 'bus', reference: 'Autobús CBP 1142' });
  await api.call('manager-TIJ', 'POST', '/api/points/TIJ/notices', { expectedAt: hoursFromNow(2), headcount: 45, minors: 6, transport: 'bus', reference: 'Autobús CBP 1187' });
  await api.call('manager-TIJ', 'POST', '/api/points/TIJ/notices', { expectedAt: hoursFromNow(5), headcount: 30, minors: 2, transport: 'foot', reference: 'Garita El Chaparral' });
  await api.call('manager-NLD', 'POST', '/api/points/NLD/notices', { expectedAt: hoursFromNow(3), headcount: 50, minors: 5, transport: 'bus', reference: 'Puente Juárez–Lincoln' });
  const people = [
    { givenNames: 'José Luis', surnames: 'Hernández Ramírez', sex: 'male', estimatedAge: 34, transport: 'bus' },
    { givenNames: 'María Guadalupe', surnames: 'Sánchez Cruz', sex: 'female', estimatedAge: 27, vulnerabilities: ['pregnancy'], transport: 'bus' },
    { givenNames: 'Kevin Alexis', surnames: 'Martínez López', sex: 'male', dateOfBirth: yearsAgo(15.4), vulnerabilities: ['interpreterNeeded'], transport: 'bus' },
    { givenNames: 'Rosa', surnames: 'Jiménez Flores', sex: 'female', estimatedAge: 68, vulnerabilities: ['olderAdult', 'chronicIllness'] },
    { givenNames: 'Juan Carlos', surnames: 'Pérez Ortiz', sex: 'male', estimatedAge: 41, vulnerabilities: ['medicalUrgency'] },
    { givenNames: 'Miguel Ángel', surnames: 'Torres Vázquez', sex: 'male', estimatedAge: 52, vulnerabilities: ['longTimeAbroad'] },
    { givenNames: 'Ana Karen', surnames: 'Gómez Reyes', sex: 'female', estimatedAge: 23 },
  ];
  const cases = [];
  for (const person of people) cases.push(await api.arrival('TIJ', person));
  await api.call('manager-TIJ', 'PUT', `/api/returnees/${cases[0].caseId}/assessment`, {
    educationLevel: 'secondary', occupation: 'Albañil', skills: ['construcción', 'soldadura'], yearsAbroad: 12, englishLevel: 'basic',
    documentsHeld: ['curp'], destinationState: 'Michoacán', destinationMunicipality: 'Uruapan', needs: ['employment', 'documents'], consentToShare: true,
  });
  await api.call('manager-TIJ', 'POST', `/api/returnees/${cases[0].caseId}/referrals`, { programId: 'sne-repatriados-trabajando', note: 'Experiencia en construcción' });
  await api.call('manager-TIJ', 'POST', `/api/returnees/${cases[0].caseId}/referrals`, { programId: 'ine-credencial' });
  // The medical urgency (cases[4]) was referred to health automatically at registration (mandatory); the pregnancy
  // (cases[1]) and the older adult (cases[3]) once they consented to share.
  for (const c of [cases[1], cases[3]]) await api.call('manager-TIJ', 'PUT', `/api/returnees/${c.caseId}/consent/shareAssessment`, { given: true });
  for (const person of people.slice(0, 3)) await api.arrival('NLD', person);
  return cases;
}

/** Visible text of the page that should be translated: outside translate="no", without digits (data). */
function visibleLabels(page) {
  return page.evaluate(() => {
    const texts = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const el = node.parentElement;
      if (!el || el.closest('[translate="no"], script, style, noscript, option')) continue;
      if (typeof el.checkVisibility === 'function' && !el.checkVisibility()) continue;
      const text = node.textContent.replace(/\s+/g, ' ').trim();
      if (text && /\p{L}/u.test(text) && !/\d/.test(text)) texts.push(text);
    }
    for (const el of document.querySelectorAll('[aria-label], [title]')) {
      if (el.closest('[translate="no"]')) continue;
      for (const name of ['aria-label', 'title']) {
        const value = el.getAttribute(name);
        if (value && /\p{L}/u.test(value) && !/\d/.test(value)) texts.push(value);
      }
    }
    return [...new Set(texts)];
  });
}

describe('dashboard in a real browser against the real API host', { timeout: 600_000 }, () => {
  let cases;

  before(async () => {
    api = await suite.start();
    cases = await seedActivity();
  });

  after(() => suite.stop());

  it('serves the dashboard from the API host, with index.html for the browser routes', async () => {
    const root = await fetch(`${host.url}/`);
    assert.equal(root.status, 200);
    assert.match(await root.text(), /<div id="app">/);
    const deep = await fetch(`${host.url}/points/TIJ`);
    assert.equal(deep.status, 200);
    assert.match(deep.headers.get('content-type'), /text\/html/);
    const api404 = await fetch(`${host.url}/api/nothing-here`);
    assert.notEqual(api404.headers.get('content-type') ?? '', 'text/html; charset=utf-8');
  });

  it('each role signs in and sees only its views', async () => {
    const coordinator = await open('coordinator');
    await coordinator.locator('[data-view="national"]').waitFor();
    assert.equal(new URL(coordinator.url()).pathname, '/national');
    assert.equal(await coordinator.locator('nav a').count(), 3); // national, search, statistics

    const manager = await open('manager-TIJ');
    await manager.locator('[data-view="point"][data-point="TIJ"]').waitFor();
    assert.equal(new URL(manager.url()).pathname, '/points/TIJ');
    await manager.goto(`${host.url}/national`);
    await manager.locator('[data-view="forbidden"]').waitFor();
    await manager.goto(`${host.url}/points/NLD`);
    await manager.locator('[data-view="forbidden"]').waitFor();
    assert.equal(await manager.locator('[data-view="point"]').count(), 0);

    const provider = await open(`provider-${PROVIDER}`);
    await provider.locator(`[data-view="program"][data-program="${PROVIDER}"]`).waitFor();
    await provider.goto(`${host.url}/points/TIJ`);
    await provider.locator('[data-view="forbidden"]').waitFor();
    assert.equal(await provider.locator('[data-view="point"]').count(), 0);
    await provider.goto(`${host.url}/national`);
    await provider.locator('[data-view="forbidden"]').waitFor();
    assert.equal(await provider.locator('nav a').count(), 2); // program, statistics
  });

  it('an arrival registered through the API appears on an open point view and the national view within two seconds', async () => {
    const manager = await open('manager-TIJ');
    const coordinator = await open('coordinator');
    await manager.locator('[data-view="point"]').waitFor();
    await coordinator.locator('[data-view="national"]').waitFor();
    await waitLive(manager);
    await waitLive(coordinator);
    const before = Number((await coordinator.locator('[data-testid="arrived-TIJ"]').innerText()).replace(/\D/g, ''));

    const started = Date.now();
    const receipt = await api.arrival('TIJ', { givenNames: 'Luis Fernando', surnames: 'Castro Ruiz', sex: 'male', estimatedAge: 30 });
    await Promise.all([
      manager.locator(`tr[data-case="${receipt.caseId}"]`).waitFor({ timeout: LIVE_DEADLINE_MS }),
      coordinator.waitForFunction(
        ([n]) => Number(document.querySelector('[data-testid="arrived-TIJ"]')?.textContent?.replace(/\D/g, '')) >= n,
        [before + 1], { timeout: LIVE_DEADLINE_MS }),
    ]);
    assert.ok(Date.now() - started <= LIVE_DEADLINE_MS + 500, `took ${Date.now() - started} ms`);
    // the desk can call the person by name
    assert.match(await manager.locator(`tr[data-case="${receipt.caseId}"]`).innerText(), /Luis Fernando Castro Ruiz/);
  });

  it("a provider accepts a case in its view and the manager's open page shows it accepted without a reload", async () => {
    const receipt = await api.arrival('TIJ', { givenNames: 'Sofía', surnames: 'Morales Díaz', sex: 'female', estimatedAge: 45, vulnerabilities: ['disability'] });
    // a disability is referred to health automatically once the person consents to share
    const consented = await api.call('manager-TIJ', 'PUT', `/api/returnees/${receipt.caseId}/consent/shareAssessment`, { given: true });
    const referral = consented.referrals.find((r) => r.programId === PROVIDER);
    assert.ok(referral?.automatic, `expected an automatic referral to ${PROVIDER}: ${JSON.stringify(consented.referrals)}`);

    const manager = await open('manager-TIJ');
    await manager.goto(`${host.url}/cases/${receipt.caseId}`);
    const status = manager.locator(`tr[data-referral="${referral.referralId}"]`);
    await status.and(manager.locator('[data-status="pending"]')).waitFor();
    // the automatic referral's note is worded in the dashboard's language
    assert.match(await status.innerText(), /Canalización automática al registrar: Discapacidad/);
    await waitLive(manager);

    const provider = await open(`provider-${PROVIDER}`);
    const row = provider.locator(`li[data-referral="${referral.referralId}"]`);
    await row.waitFor();
    await row.locator('[data-action="accept"]').click();
    await provider.locator(`li[data-referral="${referral.referralId}"][data-status="accepted"]`).waitFor({ timeout: 5_000 });

    await manager.locator(`tr[data-referral="${referral.referralId}"][data-status="accepted"]`).waitFor({ timeout: 5_000 });
    assert.match(await status.locator('[data-testid="referral-status"]').innerText(), /Aceptada/);

    // the audit trail names every action in Spanish, the provider's acceptance included
    await manager.reload();
    const audit = manager.locator('[data-testid="audit"]');
    await audit.locator('text=Aceptó').first().waitFor({ timeout: 5_000 });
    const trail = await audit.innerText();
    assert.doesNotMatch(trail, /referral accepted|Arrival at|Automatic referral/);
    assert.match(trail, /Llegada a TIJ; constancia TIJ-/);
    assert.match(trail, /Canalización automática al registrar: Discapacidad/);
  });

  it('opening a point view reads its detail once, and an arrival on it costs that browser no request', async () => {
    const manager = await open('manager-MXL');
    await waitLive(manager); // the page the sign-in opened is settled: count only what opening the view again costs
    const detailPath = '/api/points/MXL';
    const requests = [];
    const subscribes = [];
    manager.on('request', (request) => requests.push(`${request.method()} ${new URL(request.url()).pathname}`));
    manager.on('websocket', (ws) => ws.on('framesent', (frame) => {
      if (String(frame.payload).includes('"SubscribePoint"')) subscribes.push(String(frame.payload));
    }));
    await manager.goto(`${host.url}/points/MXL`);
    await manager.locator('[data-view="point"][data-point="MXL"]').waitFor();
    await waitLive(manager);
    await manager.waitForTimeout(2_000); // any re-read would have been asked for by now
    const detailReads = requests.filter((r) => r === `GET ${detailPath}`).length + subscribes.length;
    assert.equal(detailReads, 1, `detail reads: ${JSON.stringify({ requests, subscribes })}`);

    requests.length = 0;
    const receipt = await api.arrival('MXL', { givenNames: 'Brenda', surnames: 'Olvera Paz', sex: 'female', estimatedAge: 26 });
    await manager.locator(`tr[data-case="${receipt.caseId}"]`).waitFor({ timeout: LIVE_DEADLINE_MS });
    await manager.waitForTimeout(1_500);
    assert.deepEqual(requests, [], 'the arrival reached the open view without a request from it');
    assert.match(await manager.locator(`tr[data-case="${receipt.caseId}"]`).innerText(), /Brenda Olvera Paz/);
  });

  it('opening a case writes exactly one read of the case, one of the person\'s returns and one of its trail in its audit trail', async () => {
    const receipt = await api.arrival('MXL', { givenNames: 'Tomás', surnames: 'Ibarra Cano', sex: 'male', estimatedAge: 39 });
    const manager = await open('manager-MXL');
    await manager.goto(`${host.url}/cases/${receipt.caseId}`);
    await manager.locator(`[data-view="case"][data-case="${receipt.caseId}"]`).waitFor();
    await waitLive(manager);
    await manager.waitForTimeout(2_500); // past the case feed's re-read throttle

    const trail = await api.call('coordinator', 'GET', `/api/returnees/${receipt.caseId}/audit?limit=500`);
    const views = trail.entries.filter((entry) => entry.action === 'viewed' && entry.userName === 'manager-MXL');
    const read = (what) => views.filter((entry) => (entry.facts?.what ?? 'case') === what).length;
    assert.equal(views.length, 3, JSON.stringify(trail.entries));
    assert.equal(read('case'), 1, JSON.stringify(trail.entries));
    assert.equal(read('timeline'), 1, JSON.stringify(trail.entries)); // the previous returns
    assert.equal(read('audit'), 1, JSON.stringify(trail.entries));
  });

  it('the case view shows the trail newest first and pages to its first event; a provider sees no trail', async () => {
    const receipt = await api.arrival('MXL', { givenNames: 'Alma', surnames: 'Reyes Duarte', sex: 'female', estimatedAge: 33, vulnerabilities: ['disability'] });
    // Every read is an event: sixty of them make the trail longer than one page (50).
    for (let i = 0; i < 60; i++) await api.call('coordinator', 'GET', `/api/returnees/${receipt.caseId}`);

    const manager = await open('manager-MXL');
    await manager.goto(`${host.url}/cases/${receipt.caseId}`);
    const rows = manager.locator('[data-testid="audit"] tbody tr');
    await rows.first().waitFor();
    assert.equal(await rows.count(), 50);
    const older = manager.locator('[data-action="audit-older"]');
    assert.match(await older.innerText(), /Ver anteriores/);
    await older.click();
    await older.waitFor({ state: 'detached' });
    const sequences = (await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.dataset.sequence))));
    assert.ok(sequences.length > 60, `rows: ${sequences.length}`);
    assert.deepEqual(sequences, sequences.map((_, i) => sequences.length - i), 'newest first, each event once, down to the first');
    assert.match(await rows.last().innerText(), /Registró la llegada/);

    const { referrals } = await api.call('manager-MXL', 'PUT', `/api/returnees/${receipt.caseId}/consent/shareAssessment`, { given: true });
    const referral = referrals.find((r) => r.programId === PROVIDER);
    assert.ok(referral, `expected an automatic referral to ${PROVIDER}: ${JSON.stringify(referrals)}`);
    const provider = await open(`provider-${PROVIDER}`);
    const asked = [];
    provider.on('request', (request) => asked.push(new URL(request.url()).pathname));
    await provider.goto(`${host.url}/cases/${receipt.caseId}`);
    await provider.locator(`[data-view="case"][data-case="${receipt.caseId}"]`).waitFor();
    await waitLive(provider);
    assert.equal(await provider.locator('#audit').count(), 0);
    assert.ok(!asked.some((path) => path.endsWith('/audit')), `requests: ${asked.join(' ')}`);
  });

  it('leaving a view stops its live feed on the server', async () => {
    const page = await open('coordinator');
    const sent = [];
    page.on('websocket', (ws) => ws.on('framesent', (frame) => sent.push(String(frame.payload))));
    await page.goto(`${host.url}/`);
    await waitLive(page);
    assert.ok(sent.some((f) => f.includes('"SubscribeNational"')), 'the national view subscribes');

    await page.locator('a[href="/points/TIJ"]').first().click();
    await page.waitForURL(/\/points\/TIJ$/);
    await waitLive(page);
    const deadline = Date.now() + 5_000;
    while (!sent.some((f) => f.includes('"UnsubscribeNational"')) && Date.now() < deadline) await page.waitForTimeout(100);
    assert.ok(sent.some((f) => f.includes('"UnsubscribeNational"')), `frames sent: ${sent.join(' | ')}`);
    assert.ok(sent.some((f) => f.includes('"SubscribePoint"')), 'the point view subscribes');
  });

  it('capacity exceeded at a point turns its alert visible on the national view', async () => {
    const coordinator = await open('coordinator');
    await coordinator.locator('[data-view="national"]').waitFor();
    await waitLive(coordinator);
    const card = coordinator.locator('li[data-point="OJI"]');
    assert.equal(await card.getAttribute('data-alert'), 'normal');

    await api.call('manager-OJI', 'PUT', '/api/points/OJI/capacity', { shelterBeds: 2, intakeDesks: 1, usualDailyArrivals: 20 });
    for (const name of ['Pedro', 'Pablo', 'Andrés']) await api.arrival('OJI', { givenNames: name, surnames: 'Ruiz Soto', sex: 'male', estimatedAge: 33 });

    await coordinator.locator('li[data-point="OJI"][data-alert="critical"]').waitFor({ timeout: 5_000 });
    assert.match(await card.locator('.alert-badge').innerText(), /Crítico/);
    await coordinator.locator('[data-testid="alert-summary"]').waitFor();
    // Points in surge come first.
    assert.equal(await coordinator.locator('li[data-point]').first().getAttribute('data-alert'), 'critical');
  });

  it('the language switch changes every visible label', async () => {
    const views = [
      ['coordinator', '/national', '[data-view="national"]'],
      ['manager-TIJ', '/points/TIJ', '[data-view="point"]'],
      [`provider-${PROVIDER}`, `/programs/${PROVIDER}`, '[data-view="program"]'],
      ['manager-TIJ', `/cases/${cases[0].caseId}`, '[data-view="case"]'],
    ];
    const sameInBoth = new Set(['No']);
    for (const [user, path, selector] of views) {
      const page = await open(user);
      await page.goto(`${host.url}${path}`);
      await page.locator(selector).waitFor();
      await waitLive(page);
      await page.waitForTimeout(300);
      assert.equal(await page.getAttribute('html', 'lang'), 'es');
      const spanish = await visibleLabels(page);
      await page.locator('[data-testid="lang-switch"]').click();
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      const english = await visibleLabels(page);
      const untranslated = spanish.filter((text) => english.includes(text) && !sameInBoth.has(text));
      assert.deepEqual(untranslated, [], `untranslated on ${path}`);
      assert.ok(spanish.length > 15 && english.length > 15, `labels found on ${path}`);
      const rawKeys = english.filter((text) => /^[a-z]+\.[a-zA-Z.]+$/.test(text));
      assert.deepEqual(rawKeys, [], `dictionary keys shown on ${path}`);
      await page.locator('[data-testid="lang-switch"]').click();
      await page.waitForFunction(() => document.documentElement.lang === 'es');
    }
  });

  it("forms validate as the API does, register through the API and show the API's problem details", async () => {
    const manager = await open('manager-TIJ');
    const form = manager.locator('[data-testid="arrival-form"]');
    await form.waitFor();
    await form.locator('input[name="privacyNoticeGiven"]').check();
    await form.locator('button[type=submit]').click();
    for (const field of ['givenNames', 'surnames', 'sex']) await form.locator(`[data-field-error="${field}"]`).waitFor();
    assert.equal(await manager.locator('#arr-given').getAttribute('aria-invalid'), 'true');

    await manager.locator('#arr-given').fill('Daniela');
    await manager.locator('#arr-surnames').fill('Núñez Ochoa');
    await manager.locator('#arr-sex').selectOption('female');
    // An age is required before anything is sent, so the CURP reaches the API's check.
    await manager.locator('#arr-age').fill('29');
    await manager.locator('#arr-curp').fill('NUOD900101MBCXXX01');
    await form.locator('button[type=submit]').click();
    await form.locator('[data-field-error="curp"]').waitFor();

    await manager.locator('#arr-curp').fill('');
    await form.getByLabel('Embarazo').check();
    await form.locator('button[type=submit]').click();
    await form.locator('.form-done').waitFor();
    const receiptText = await form.locator('.form-done').innerText();
    assert.match(receiptText, /TIJ-/);
    await form.locator('a.button').click();
    await manager.locator('[data-view="case"]').waitFor();
    assert.match(await manager.locator('h1').innerText(), /Daniela Núñez Ochoa/);

    // A program that does not serve Tijuana is not offered (the server lists what it accepts); without a choice the form says so.
    const refer = manager.locator('form[aria-label="Canalizar a otro programa"]');
    assert.equal(await refer.locator('#ref-program option[value="casa-nazareth"]').count(), 0);
    await refer.locator('button[type=submit]').click();
    await refer.locator('[data-field-error="programId"]').waitFor();
  });

  it('a date of birth typed day-first is echoed in words and stored as meant', async () => {
    const manager = await open('manager-TIJ');
    const form = manager.locator('[data-testid="arrival-form"]');
    await form.waitFor();
    await form.locator('input[name="privacyNoticeGiven"]').check();
    await manager.locator('#arr-dob').fill('31/02/1990');
    await form.locator('button[type=submit]').click();
    await form.locator('[data-field-error="dateOfBirth"]').waitFor();

    await manager.locator('#arr-given').fill('Lucía');
    await manager.locator('#arr-surnames').fill('Ramírez Soto');
    await manager.locator('#arr-sex').selectOption('female');
    await manager.locator('#arr-dob').fill('14031988');
    const echo = await form.locator('[data-testid="dob-echo"]').innerText();
    assert.match(echo, /14 de marzo de 1988/);
    assert.match(echo, /\d+ años/);
    await form.locator('button[type=submit]').click();
    await form.locator('.form-done').waitFor();
    const caseId = (await form.locator('a.button').getAttribute('href')).split('/').pop();
    const record = await api.call('manager-TIJ', 'GET', `/api/returnees/${caseId}`);
    assert.equal(record.dateOfBirth, '1988-03-14');
  });

  it('after a form the API refuses, the Spanish dashboard shows the API\'s words in Spanish and none in English', async () => {
    const manager = await open('manager-TIJ');
    const form = manager.locator('[data-testid="arrival-form"]');
    await form.waitFor();
    await form.locator('input[name="privacyNoticeGiven"]').check();
    // A CURP in the official format whose check digit is wrong: only the API can tell.
    const person = { givenNames: 'Daniela', surnames: 'Núñez Ochoa', sex: 'female', estimatedAge: 36, curp: 'NUOD900101MBCXXX01' };
    await manager.locator('#arr-given').fill(person.givenNames);
    await manager.locator('#arr-surnames').fill(person.surnames);
    await manager.locator('#arr-sex').selectOption(person.sex);
    await manager.locator('#arr-age').fill(String(person.estimatedAge));
    await manager.locator('#arr-curp').fill(person.curp);
    await form.locator('button[type=submit]').click();
    await form.locator('[data-field-error="curp"]').waitFor();

    const refusal = async (language) => {
      try {
        await api.call('manager-TIJ', 'POST', '/api/points/TIJ/arrivals', person, { 'Accept-Language': language });
      } catch (error) {
        return JSON.parse(error.message.slice(error.message.indexOf('{')));
      }
      throw new Error('the API accepted a CURP with a wrong check digit');
    };
    const [spanish, english] = [await refusal('es'), await refusal('en')];
    const shown = `${await form.locator('[data-field-error="curp"]').innerText()} ${await form.locator('.form-error').innerText()}`;
    assert.ok(shown.includes(spanish.errors.curp[0]), `the field shows the API's Spanish message: ${shown}`);
    assert.ok(shown.includes(spanish.detail), `the form shows the API's Spanish detail: ${shown}`);
    for (const text of [english.errors.curp[0], english.detail, english.title]) {
      assert.ok(!shown.includes(text), `no English from the API on the Spanish dashboard: ${text}`);
    }
  });

  it('screenshots of the national, point, program and case views on demo data', async () => {
    mkdirSync(screenshots, { recursive: true });
    const shots = [
      ['national', 'coordinator', '/national', '[data-view="national"] .chart svg'],
      ['point', 'manager-TIJ', '/points/TIJ', '[data-view="point"] tr[data-case]'],
      ['program', `provider-${PROVIDER}`, `/programs/${PROVIDER}`, '[data-view="program"] li[data-referral]'],
      ['case', 'manager-TIJ', `/cases/${cases[0].caseId}`, '[data-view="case"] tr[data-referral]'],
    ];
    for (const [name, user, path, ready] of shots) {
      const page = await open(user, { viewport: { width: 1280, height: 900 } });
      await page.goto(`${host.url}${path}`);
      await page.locator(ready).first().waitFor();
      await waitLive(page);
      await page.waitForTimeout(500);
      await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
    }
  });

  it('after the API host restarts, an open page shows "reconnecting", then live again with current data', async () => {
    const manager = await open('manager-TIJ');
    // A clock the test can move: time flows as usual until the test jumps it.
    await manager.clock.install();
    await manager.reload();
    await manager.locator('[data-view="point"]').waitFor();
    await waitLive(manager);

    const waiting = manager.locator('#queue tbody tr[data-case] td').first();
    await waiting.waitFor();
    await host.kill();
    await manager.locator('[data-live="reconnecting"]').waitFor({ timeout: 15_000 });
    assert.match(await manager.locator('[data-live]').innerText(), /Reconectando/);
    // The page says what is not live, and waiting times stop counting: five minutes later they read the same.
    assert.match(await manager.locator('[data-testid="stale-notice"]').innerText(), /Sin conexión en vivo desde las .*tiempos de espera se detuvieron/);
    const frozen = await waiting.innerText();
    await manager.clock.fastForward('05:00');
    await manager.locator('[data-live="offline"]').waitFor();
    assert.equal(await waiting.innerText(), frozen, 'a waiting time stopped while the feed is lost');

    await host.start();
    await waitLive(manager, 60_000);
    await manager.locator('[data-testid="stale-notice"]').waitFor({ state: 'detached' });
    const receipt = await api.arrival('TIJ', { givenNames: 'Ramón', surnames: 'Acosta Villa', sex: 'male', estimatedAge: 50 });
    await manager.locator(`tr[data-case="${receipt.caseId}"]`).waitFor({ timeout: 5_000 });
  });

  it('no page broke the Content-Security-Policy the host sends (no inline script or style, the hub allowed)', async () => {
    assert.deepEqual(cspViolations, []);
    // The policy is enforced and a violation would be seen: an injected inline script is refused and reported.
    const page = await open('coordinator');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineScriptRan = true;';
      document.head.append(script);
    });
    assert.equal(await page.evaluate(() => window.inlineScriptRan === true), false);
    await page.waitForTimeout(200);
    assert.equal(cspViolations.length, 1, cspViolations.join('\n'));
  });
});

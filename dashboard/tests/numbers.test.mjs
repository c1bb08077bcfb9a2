// Issue #18, point 5 (last part), in a real headless Chromium against the real API host: the numbers on the point and
// national views open the people behind them. Each count narrows the queue to exactly that many rows, the filter
// lives in the address (reload and the back button keep it), and "llegadas hoy" opens a list as long as the number.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BrowserSuite, waitLive } from './harness.mjs';

const suite = new BrowserSuite();
const POINT = 'REX';
let api;
let present;
let departed;

const rows = (page) => page.locator('#queue tbody tr[data-case]');
const numberIn = async (page, testId) => Number((await page.locator(`[data-testid="${testId}"]`).innerText()).replace(/\D/g, ''));

/** The queue's rows once the URL holds `search` and as many rows as `expected` are drawn. */
async function queueShows(page, search, expected) {
  await page.waitForFunction((s) => location.search === s, search, { timeout: 10_000 });
  await page.waitForFunction((n) => document.querySelectorAll('#queue tbody tr[data-case]').length === n, expected, { timeout: 10_000 });
  return rows(page).evaluateAll((r) => r.map((x) => x.dataset.case));
}

/** Every row of the search view's list, asking for more pages until none is left. */
async function searchRows(page) {
  await page.locator('[data-testid="search-results"], [data-testid="search-empty"]').first().waitFor();
  const more = page.locator('[data-testid="search-more"]');
  while (await more.count()) {
    const before = await page.locator('[data-testid="search-results"] tbody tr').count();
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="search-results"] tbody tr').length > n || !document.querySelector('[data-testid="search-more"]'), before);
  }
  return page.locator('[data-testid="search-results"] tbody tr[data-case]').evaluateAll((r) => r.map((x) => x.dataset.case));
}

describe('the numbers open the people behind them, in a real browser against the real API host', { timeout: 600_000 }, () => {
  before(async () => {
    api = await suite.start();
    const arrive = (person) => api.arrival(POINT, person);
    present = {
      waiting: await arrive({ givenNames: 'Aurelio', surnames: 'Mejía Soto', sex: 'male', estimatedAge: 36 }),
      urgent: await arrive({ givenNames: 'Beatriz', surnames: 'Zamora Leal', sex: 'female', estimatedAge: 52, vulnerabilities: ['medicalUrgency'] }),
      minor: await arrive({ givenNames: 'Kevin', surnames: 'Rangel Díaz', sex: 'male', estimatedAge: 15 }),
      interviewed: await arrive({ givenNames: 'Claudia', surnames: 'Ibarra Nava', sex: 'female', estimatedAge: 29, vulnerabilities: ['pregnancy'] }),
    };
    await api.call(`manager-${POINT}`, 'PUT', `/api/returnees/${present.interviewed.caseId}/assessment`, {
      educationLevel: 'secondary', occupation: 'Cocinera', skills: ['cocina'], yearsAbroad: 4, englishLevel: 'basic',
      documentsHeld: ['consularId'], destinationState: 'Jalisco', destinationMunicipality: 'Guadalajara', needs: ['employment'], consentToShare: true,
    });
    // Arrived today and already gone: counted in "llegadas hoy", not in the queue.
    departed = await arrive({ givenNames: 'Damián', surnames: 'Fuentes Orozco', sex: 'male', estimatedAge: 44 });
    await api.call(`manager-${POINT}`, 'POST', `/api/returnees/${departed.caseId}/departure`, { destinationState: 'Sonora' }, { 'Idempotency-Key': crypto.randomUUID() });
  });

  after(() => suite.stop());

  it('opens the waiting, the urgent and the unaccompanied minors in the queue, with the filter in the address', async () => {
    // What the API says is there, to compare the numbers and the rows with.
    const { queue } = await api.call(`manager-${POINT}`, 'GET', `/api/points/${POINT}`);
    const waiting = queue.filter((q) => q.stage === 'arrived').map((q) => q.caseId).sort();
    const urgent = queue.filter((q) => q.priority === 'urgent').map((q) => q.caseId).sort();
    const minors = queue.filter((q) => q.flags.includes('unaccompaniedMinor')).map((q) => q.caseId).sort();
    assert.deepEqual(urgent, [present.urgent.caseId, present.minor.caseId].sort(), 'a medical urgency and a child alone are urgent');
    assert.deepEqual(minors, [present.minor.caseId]);
    assert.ok(!waiting.includes(present.interviewed.caseId), 'the interviewed person is no longer waiting');

    const manager = await suite.open(`manager-${POINT}`);
    await manager.goto(`${suite.host.url}/points/${POINT}`);
    await waitLive(manager);
    await manager.locator(`#queue tr[data-case="${present.interviewed.caseId}"]`).waitFor();
    assert.equal(await rows(manager).count(), 4);

    assert.equal(await numberIn(manager, 'count-waiting'), waiting.length);
    const waitingLink = manager.locator('[data-testid="count-waiting"] a');
    assert.equal(await waitingLink.getAttribute('aria-label'), `Ver las personas en espera de entrevista: ${waiting.length}`);
    await waitingLink.click();
    assert.deepEqual((await queueShows(manager, '?stage=arrived', waiting.length)).sort(), waiting);
    assert.equal(await manager.evaluate(() => document.activeElement?.id), 'queue-title', 'focus moves to the queue heading');
    assert.match(await manager.locator('#queue-filter-status').innerText(), new RegExp(`${waiting.length} de 4 personas coinciden`));
    assert.equal(await manager.locator('#queue-stage').inputValue(), 'arrived');

    assert.equal(await numberIn(manager, 'count-urgent'), urgent.length);
    await manager.locator('[data-testid="count-urgent"] a').click();
    assert.deepEqual((await queueShows(manager, '?priority=urgent', urgent.length)).sort(), urgent);
    assert.equal(await manager.locator('#queue-stage').inputValue(), '', 'a number opens only its own filter');

    assert.equal(await numberIn(manager, 'count-unaccompanied'), minors.length);
    await manager.locator('[data-testid="count-unaccompanied"] a').click();
    assert.deepEqual(await queueShows(manager, '?flag=unaccompaniedMinor', minors.length), minors);

    // The address is the filter: a reload shows the same rows, the back button the previous filter.
    await manager.reload();
    await waitLive(manager);
    assert.deepEqual(await queueShows(manager, '?flag=unaccompaniedMinor', minors.length), minors);
    assert.equal(await manager.locator('#queue-flag').inputValue(), 'unaccompaniedMinor');
    await manager.goBack();
    assert.deepEqual((await queueShows(manager, '?priority=urgent', urgent.length)).sort(), urgent);
    assert.equal(await manager.locator('#queue-priority').inputValue(), 'urgent');

    // Narrowing on the page rewrites the address in place; "presentes" opens everyone.
    await manager.locator('#queue-stage').selectOption('assessment');
    assert.deepEqual(await queueShows(manager, '?stage=assessment&priority=urgent', 0), []);
    await manager.locator('[data-testid="point-present"] a').click();
    assert.equal((await queueShows(manager, '', 4)).length, await numberIn(manager, 'point-present'));
  });

  it('opens the arrivals of today as a list as long as the number, those who left included', async () => {
    const manager = await suite.open(`manager-${POINT}`);
    await manager.goto(`${suite.host.url}/points/${POINT}`);
    await waitLive(manager);
    await manager.locator(`#queue tr[data-case="${present.interviewed.caseId}"]`).waitFor();
    const arrived = await numberIn(manager, 'point-arrived');
    assert.equal(arrived, 5);
    await manager.locator('[data-testid="point-arrived"] a').click();
    await manager.waitForURL((url) => url.pathname === '/search' && url.searchParams.get('point') === POINT && !!url.searchParams.get('from'));
    const listed = await searchRows(manager);
    assert.equal(listed.length, arrived);
    assert.ok(listed.includes(departed.caseId), 'the person who left is on the list');
    assert.match(await manager.locator('[data-testid="search-arrivals"]').innerText(), new RegExp(`Llegadas del .+ a ${POINT}`));
  });

  it("opens a point's filtered view and the country's arrivals from the national view", async () => {
    const coordinator = await suite.open('coordinator');
    await coordinator.goto(`${suite.host.url}/national`);
    await waitLive(coordinator);
    const presentHere = coordinator.locator(`[data-testid="present-${POINT}"] a`);
    await coordinator.waitForFunction((code) => document.querySelector(`[data-testid="present-${code}"]`)?.textContent.trim() === '4', POINT);
    assert.equal(await presentHere.getAttribute('aria-label'), `Ver las personas presentes en ${await coordinator.locator(`[data-point="${POINT}"] h3 [translate="no"]`).first().innerText()}: 4`);

    await coordinator.locator(`[data-testid="custody-overdue-${POINT}"] a`).click();
    await coordinator.waitForURL((url) => url.pathname === `/points/${POINT}`);
    await waitLive(coordinator);
    assert.deepEqual(await queueShows(coordinator, '?custody=overdue', 0), [], 'no child is past the custody target yet');
    assert.equal(await coordinator.locator('#queue-overdue').isChecked(), true);
    await coordinator.goBack();

    await presentHere.click();
    await waitLive(coordinator);
    assert.equal((await queueShows(coordinator, '', 4)).length, 4);
    await coordinator.goBack();

    const total = await numberIn(coordinator, 'total-arrived');
    await coordinator.locator('[data-testid="total-arrived"] a').click();
    await coordinator.waitForURL((url) => url.pathname === '/search' && !url.searchParams.get('point'));
    const listed = await searchRows(coordinator);
    assert.equal(listed.length, total);
    assert.match(await coordinator.locator('[data-testid="search-arrivals"]').innerText(), /a todos los puntos/);
  });
});

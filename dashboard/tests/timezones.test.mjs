// Issue #18: every moment is shown in the clock of the point it belongs to, with the zone's name, whatever the
// browser's own zone. A real headless Chromium whose clock is New York's (GMT-5 in winter) reads a Tijuana arrival
// (GMT-8) and an earlier return at Mexico City (GMT-6) against the real API host: the point's queue, the case view,
// the constancia, search results, the provider's queue and the national board all show the points' clocks, never
// the browser's; a notice's time is typed in the point's clock too.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BrowserSuite, waitLive } from './harness.mjs';

const BROWSER_ZONE = 'America/New_York';
const TIJUANA = 'America/Tijuana';
const MEXICO_CITY = 'America/Mexico_City';
const PROGRAM = 'imss-salud';
// A CURP with a valid check digit: the arrival at Tijuana is linked to the earlier return at Mexico City by it.
const PERSON = { givenNames: 'Rosendo', surnames: 'Tapia Lugo', sex: 'male', dateOfBirth: '1990-03-07', curp: 'NUPJ900307HSLXXS08' };

const suite = new BrowserSuite();
let api;
let earlier;
let arrival;

/** How the dashboard writes a moment in `zone`, computed by the page's own Intl (the same ICU as the view's). */
function clock(page, iso, zone, withDate = false) {
  return page.evaluate(([at, timeZone, dated]) => new Intl.DateTimeFormat('es-MX', {
    ...(dated ? { day: 'numeric', month: 'short', year: 'numeric' } : {}),
    hour: 'numeric', minute: '2-digit', timeZoneName: 'short', timeZone,
  }).format(new Date(at)), [iso, zone, withDate]);
}

/** Asserts `text` shows the moment in `zone` with its zone's name and not in the browser's clock. */
async function assertZoned(page, text, iso, zone, withDate = false) {
  const expected = await clock(page, iso, zone, withDate);
  const browsers = await clock(page, iso, BROWSER_ZONE, withDate);
  assert.notEqual(expected, browsers, 'the point and the browser must read different clocks for this test to mean anything');
  assert.ok(text.includes(expected), `expected «${expected}» (${zone}) in «${text}»`);
  assert.ok(!text.includes(browsers), `the browser's clock «${browsers}» must not be shown: «${text}»`);
}

describe("moments in their point's clock in a real browser against the real API host", { timeout: 600_000 }, () => {
  before(async () => {
    api = await suite.start();
    earlier = await api.arrival('MEX', PERSON);
    // A medical urgency is referred to health at registration: the provider's queue shows it.
    arrival = await api.arrival('TIJ', { ...PERSON, vulnerabilities: ['medicalUrgency'] });
  });

  after(() => suite.stop());

  it("shows the Tijuana arrival in Tijuana's clock on the point's queue", async () => {
    const manager = await suite.open('manager-TIJ', { timezoneId: BROWSER_ZONE });
    await manager.goto(`${suite.host.url}/points/TIJ`);
    await waitLive(manager);
    const row = manager.locator(`#queue tr[data-case="${arrival.caseId}"]`);
    await row.waitFor();
    await assertZoned(manager, await row.innerText(), arrival.arrivedAt, TIJUANA);
  });

  it("takes a notice's time in the point's clock and lists it in that clock", async () => {
    const manager = await suite.open('manager-TIJ', { timezoneId: BROWSER_ZONE });
    await manager.goto(`${suite.host.url}/points/TIJ`);
    await waitLive(manager);
    // Tomorrow (UTC's calendar) at 10:00 on Tijuana's clock: always ahead, whatever the time of the run.
    const day = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const reference = 'Autobús zona horaria';
    await manager.locator('summary', { hasText: 'Agregar aviso de llegada' }).click();
    const form = manager.locator('[data-testid="notice-form"]');
    await form.locator('#not-at').fill(`${day}T10:00`);
    await form.locator('#not-count').fill('12');
    await form.locator('#not-ref').fill(reference);
    await form.locator('button[type=submit]').click();
    await form.locator('.form-done').waitFor();

    const detail = await api.call('manager-TIJ', 'GET', '/api/points/TIJ');
    const notice = detail.notices.find((n) => n.reference === reference);
    assert.ok(notice, `the notice was recorded: ${JSON.stringify(detail.notices.map((n) => n.reference))}`);
    const typed = await clock(manager, notice.expectedAt, TIJUANA);
    assert.match(typed, /^10:00\b/, `10:00 on Tijuana's clock, not the browser's: ${notice.expectedAt} reads «${typed}» there`);
    const row = manager.locator('tr', { hasText: reference });
    await row.waitFor();
    await assertZoned(manager, await row.innerText(), notice.expectedAt, TIJUANA, true);
  });

  it("shows the case in its point's clock, and the earlier return in that return's point's clock", async () => {
    const manager = await suite.open('manager-TIJ', { timezoneId: BROWSER_ZONE });
    await manager.goto(`${suite.host.url}/cases/${arrival.caseId}`);
    const arrived = manager.locator('[data-testid="case-arrived"]');
    await arrived.waitFor();
    await assertZoned(manager, await arrived.innerText(), arrival.arrivedAt, TIJUANA, true);

    const referral = arrival.referrals.find((r) => r.programId === PROGRAM);
    assert.ok(referral, `expected a referral to ${PROGRAM}: ${JSON.stringify(arrival.referrals)}`);
    const referralRow = manager.locator(`[data-testid="referrals"] tr[data-referral="${referral.referralId}"]`);
    await referralRow.waitFor();
    await assertZoned(manager, await referralRow.innerText(), referral.createdAt, TIJUANA, true);

    const previous = manager.locator(`[data-testid="previous-returns"] tr[data-case="${earlier.caseId}"]`);
    await previous.waitFor({ timeout: 15_000 });
    await assertZoned(manager, await previous.innerText(), earlier.arrivedAt, MEXICO_CITY, true);
  });

  it("prints the constancia in its point's clock, and lists search results each in its own point's", async () => {
    const manager = await suite.open('manager-TIJ', { timezoneId: BROWSER_ZONE });
    await manager.goto(`${suite.host.url}/cases/${arrival.caseId}/constancia`);
    const facts = manager.locator('.constancia-facts');
    await facts.waitFor();
    await assertZoned(manager, await facts.innerText(), arrival.arrivedAt, TIJUANA);

    const coordinator = await suite.open('coordinator', { timezoneId: BROWSER_ZONE });
    await coordinator.goto(`${suite.host.url}/search?q=${encodeURIComponent(PERSON.surnames)}`);
    const here = coordinator.locator(`[data-testid="search-results"] tr[data-case="${arrival.caseId}"]`);
    const there = coordinator.locator(`[data-testid="search-results"] tr[data-case="${earlier.caseId}"]`);
    await here.waitFor();
    await assertZoned(coordinator, await here.innerText(), arrival.arrivedAt, TIJUANA, true);
    await assertZoned(coordinator, await there.innerText(), earlier.arrivedAt, MEXICO_CITY, true);
  });

  it("shows the referral in its point's clock on the provider's queue", async () => {
    const referral = arrival.referrals.find((r) => r.programId === PROGRAM);
    const provider = await suite.open(`provider-${PROGRAM}`, { timezoneId: BROWSER_ZONE });
    await waitLive(provider);
    const created = provider.locator(`li[data-referral="${referral.referralId}"] [data-testid="referral-created"]`);
    await created.waitFor();
    await assertZoned(provider, await created.innerText(), referral.createdAt, TIJUANA);
  });

  it("shows each point's card of the national board in that point's clock", async () => {
    const coordinator = await suite.open('coordinator', { timezoneId: BROWSER_ZONE });
    await coordinator.goto(`${suite.host.url}/national`);
    await waitLive(coordinator);
    const asOf = coordinator.locator('[data-testid="as-of-TIJ"]');
    await asOf.waitFor();
    // The card redraws as summaries arrive: read the moment and its text together.
    const { at, text } = await asOf.evaluate((el) => ({ at: el.dataset.at, text: el.textContent }));
    await assertZoned(coordinator, text, at, TIJUANA);
  });
});

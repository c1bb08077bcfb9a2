// Issue #15's dashboard, in a real headless Chromium against the real API host: the statistics view opens, its period
// changes, and the bulletin's CSV (laid out by the API) carries the numbers of the table on screen.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { BrowserSuite, cspViolations } from './harness.mjs';

const suite = new BrowserSuite();
const { host } = suite;
let api;
const open = (username, options) => suite.open(username, options);

const yearsAgo = (y) => new Date(Date.now() - y * 365.25 * 86_400_000).toISOString().slice(0, 10);
const isoDay = (offsetDays) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

/** Arrivals of every bulletin group at Tijuana and Nuevo Laredo. */
const PEOPLE = {
  TIJ: [
    { givenNames: 'José Luis', surnames: 'Hernández Ramírez', sex: 'male', estimatedAge: 34, originState: 'Michoacán' },
    { givenNames: 'María Guadalupe', surnames: 'Sánchez Cruz', sex: 'female', estimatedAge: 27, originState: 'Guerrero' },
    { givenNames: 'Kevin Alexis', surnames: 'Martínez López', sex: 'male', dateOfBirth: yearsAgo(15.4), vulnerabilities: ['unaccompaniedMinor'], originState: 'Oaxaca' },
    { givenNames: 'Rosa', surnames: 'Jiménez Flores', sex: 'female', estimatedAge: 68, originState: 'Michoacán' },
    { givenNames: 'Juan Carlos', surnames: 'Pérez Ortiz', sex: 'male', estimatedAge: 41 },
  ],
  NLD: [
    { givenNames: 'Miguel Ángel', surnames: 'Torres Vázquez', sex: 'male', estimatedAge: 52, originState: 'Michoacán' },
    { givenNames: 'Ana Karen', surnames: 'Gómez Reyes', sex: 'female', estimatedAge: 23, originState: 'Guerrero' },
  ],
};
const REGISTERED = PEOPLE.TIJ.length + PEOPLE.NLD.length;

/** The text of every cell of a table, row by row (head, body and foot). */
function tableCells(page, testId) {
  return page.locator(`[data-testid="${testId}"]`).evaluate((table) =>
    [...table.rows].map((row) => [...row.cells].map((cell) => cell.textContent.trim())));
}

/** Digits only: "1,234" on screen and 1234 in the file compare equal. */
const number = (text) => Number(String(text).replace(/[^\d]/g, ''));

/** RFC 4180 CSV (quoted fields, doubled quotes, CRLF), without a byte-order mark. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',' || c === ';') { row.push(field); field = ''; } else if (c === '\n') { row.push(field.replace(/\r$/, '')); rows.push(row); row = []; field = ''; } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

async function settled(page) {
  await page.locator('[data-view="statistics"][data-loading="false"]').waitFor({ timeout: 20_000 });
}

describe('statistics view in a real browser against the real API host', { timeout: 300_000 }, () => {
  before(async () => {
    api = await suite.start();
    for (const [code, people] of Object.entries(PEOPLE)) for (const person of people) await api.arrival(code, person);
    // The statistics read the permanent record, which the cases reach after their registration: wait for all of them.
    const deadline = Date.now() + 30_000;
    for (;;) {
      const bulletin = await api.call('coordinator', 'GET', `/api/statistics/bulletin?from=${isoDay(-2)}&to=${isoDay(1)}`);
      if (bulletin.totals.events === REGISTERED) break;
      if (Date.now() > deadline) throw new Error(`the record holds ${bulletin.totals.events} of ${REGISTERED} arrivals after 30 s`);
      await new Promise((ok) => setTimeout(ok, 250));
    }
  });

  after(() => suite.stop());

  it('the dashboard suite opens the statistics view, changes the period, and downloads a CSV whose numbers match the table on screen', async () => {
    const page = await open('coordinator');
    await page.locator('[data-view="national"]').waitFor();
    await page.locator('nav a[href="/statistics"]').click();
    await settled(page);
    assert.equal(new URL(page.url()).pathname, '/statistics');
    for (const chart of ['stats-flows-chart', 'stats-sex-age-chart', 'stats-origin-chart', 'stats-needs-chart']) {
      await page.locator(`[data-testid="${chart}"] canvas`).first().waitFor();
    }

    // A custom range around today covers every point's local date of the arrivals, whatever the hour in UTC.
    const rangeBefore = await page.locator('[data-testid="stats-range"]').textContent();
    await page.locator('#stats-period-kind').selectOption('custom');
    await page.locator('#stats-from').fill(isoDay(-2));
    await page.locator('#stats-to').fill(isoDay(1));
    await page.locator('#stats-to').dispatchEvent('change');
    await page.waitForFunction((before) => document.querySelector('[data-testid="stats-range"]')?.textContent !== before, rangeBefore);
    await settled(page);
    assert.equal(number(await page.locator('[data-testid="stats-total-events"]').textContent()), REGISTERED);

    // The table beside each chart adds up to the arrivals registered.
    const sexAge = await tableCells(page, 'stats-sex-age-table');
    assert.equal(number(sexAge.at(-1).at(-1)), REGISTERED, 'sex × age total');
    const flows = await tableCells(page, 'stats-flows-table');
    assert.equal(number(flows.at(-1)[1]), REGISTERED, 'flows total');
    const origin = await tableCells(page, 'stats-origin-table');
    assert.equal(number(origin.find((r) => r[0] === 'Michoacán')[1]), 3);

    // The bulletin's CSV, as the API lays it out, against the bulletin's table on screen.
    const screen = await tableCells(page, 'stats-bulletin-table');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-testid="stats-bulletin-download-csv"]').click(),
    ]);
    assert.match(download.suggestedFilename(), /\.csv$/);
    const csv = parseCsv(await readFile(await download.path(), 'utf8'));
    const headerAt = csv.findIndex((r) => r[0] === 'Entidad federativa');
    assert.ok(headerAt >= 0, `the CSV has the bulletin's header row:\n${csv.slice(0, 8).join('\n')}`);
    const fileRows = [];
    for (let i = headerAt + 1; i < csv.length && csv[i].some((c) => c !== ''); i++) fileRows.push(csv[i]);
    const screenRows = screen.slice(1); // body rows and the national total in the foot
    assert.equal(fileRows.length, screenRows.length, 'as many rows in the file as on screen');
    assert.equal(csv[headerAt].length, screen[0].length, 'as many columns in the file as on screen');
    for (let r = 0; r < screenRows.length; r++) {
      const shown = screenRows[r].slice(2).map(number);
      const filed = fileRows[r].slice(2).map(number);
      assert.deepEqual(filed, shown, `row ${r + 1}: ${screenRows[r].slice(0, 2).join(' / ')}`);
      if (r < screenRows.length - 1) assert.equal(fileRows[r][1], screenRows[r][1], `row ${r + 1}'s point`);
    }
    assert.equal(number(fileRows.at(-1).at(-1)), REGISTERED, 'national total in the file');

    // The XLSX of the same table is a workbook (a zip), and a table the page writes itself downloads too.
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="stats-bulletin-download-xlsx"]').click()]);
    assert.match(xlsx.suggestedFilename(), /\.xlsx$/);
    assert.equal((await readFile(await xlsx.path())).subarray(0, 2).toString(), 'PK');
    const [sexAgeCsv] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="stats-sex-age-download-csv"]').click()]);
    const sexAgeFile = parseCsv(await readFile(await sexAgeCsv.path(), 'utf8'));
    assert.deepEqual(sexAgeFile.map((r) => r.slice(1).map(number)), sexAge.map((r) => r.slice(1).map(number)));

    // English one click away: the view's words change, its numbers do not.
    await page.locator('[data-testid="lang-switch"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    assert.equal((await page.locator('h1').textContent()).trim(), 'Repatriation statistics');
    await page.locator('[data-testid="stats-bulletin-table"] th', { hasText: 'National total' }).waitFor();
    assert.equal(number(await page.locator('[data-testid="stats-total-events"]').textContent()), REGISTERED);
    await page.locator('[data-testid="lang-switch"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'es');
  });

  it('a manager sees only their points, and the day picker steps back to a day without arrivals', async () => {
    const page = await open('manager-NLD');
    await page.goto(`${host.url}/statistics`);
    await settled(page);
    const options = await page.locator('#stats-point option').evaluateAll((list) => list.map((o) => o.value));
    assert.deepEqual(options, ['', 'NLD']);
    await page.locator('#stats-period-kind').selectOption('custom');
    await page.locator('#stats-from').fill(isoDay(-2));
    await page.locator('#stats-to').fill(isoDay(1));
    await page.locator('#stats-to').dispatchEvent('change');
    await page.waitForFunction(() => document.querySelector('#stats-from')?.value !== '');
    await settled(page);
    assert.equal(number(await page.locator('[data-testid="stats-total-events"]').textContent()), PEOPLE.NLD.length);
    await page.locator('#stats-period-kind').selectOption('day');
    await page.locator('#stats-anchor').fill(isoDay(-30));
    await page.locator('#stats-anchor').dispatchEvent('change');
    await page.waitForFunction(() => document.querySelector('[data-testid="stats-total-events"]')?.textContent.trim() === '0');
    await page.locator('[data-testid="stats-next"]').focus();
    await page.keyboard.press('Enter');
    await settled(page);
  });

  it('a provider sees their programs section, and no page broke the Content-Security-Policy', async () => {
    const page = await open('provider-dif-proteccion-ninez');
    await page.locator('nav a[href="/statistics"]').click();
    await settled(page);
    await page.locator('[data-testid="stats-programs-table"]').waitFor();
    assert.equal(await page.locator('[data-testid="stats-bulletin-table"]').count(), 0);
    // the unaccompanied minor was referred to child protection at registration
    const programs = await tableCells(page, 'stats-programs-table');
    assert.ok(number(programs.at(-1).at(-1)) >= 1, JSON.stringify(programs));
    assert.deepEqual(cspViolations, []);
  });
});

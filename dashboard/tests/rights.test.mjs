// Issue #16's dashboard, in a real headless Chromium against the real API host: the constancia prints from the case
// view with its folio and a QR code of the public verification page; that page, opened without signing in, answers
// genuine for the real folio and refuses a forged code and a forged folio; a coordinator's printable export of the
// person's data shows what is held about them.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BrowserSuite } from './harness.mjs';

const suite = new BrowserSuite();
let api;
let receipt;
let verifyUrl;

const PERSON = { givenNames: 'Guadalupe Itzel', surnames: 'Saucedo Rangel', sex: 'female', dateOfBirth: '1988-09-12' };

describe('the constancia and the person\'s rights in a real browser against the real API host', { timeout: 600_000 }, () => {
  before(async () => {
    api = await suite.start();
    receipt = await api.arrival('TIJ', PERSON);
  });

  after(() => suite.stop());

  it('prints the constancia from the case view with its folio and a QR code', async () => {
    const manager = await suite.open('manager-TIJ');
    await manager.goto(`${suite.host.url}/cases/${receipt.caseId}`);
    await manager.locator('[data-view="case"]').waitFor();
    await manager.getByRole('link', { name: 'Constancia', exact: true }).click();

    const folio = manager.locator('[data-testid="constancia-folio"]');
    await folio.waitFor();
    assert.equal(await folio.innerText(), receipt.certificateNumber);
    assert.match(await manager.locator('.constancia').innerText(), /Guadalupe Itzel Saucedo Rangel/);
    const qr = manager.locator('[data-testid="constancia-qr"]');
    await qr.waitFor();
    assert.match(await qr.getAttribute('src'), /^data:image\/png;base64,/);
    assert.ok(await qr.evaluate((img) => img.complete && img.naturalWidth > 100), 'the QR code image is drawn');
    verifyUrl = await qr.getAttribute('data-url');
    assert.match(verifyUrl, new RegExp(`/verificar/${receipt.certificateNumber}\\?c=[0-9A-Z]{12}$`));

    // On paper only the constancia: no navigation, no buttons.
    await manager.emulateMedia({ media: 'print' });
    assert.equal(await manager.locator('.topbar').isVisible(), false);
    assert.equal(await manager.getByRole('button', { name: 'Imprimir constancia' }).isVisible(), false);
    assert.equal(await manager.locator('.constancia').isVisible(), true);
  });

  it('verifies the real folio without signing in and refuses a forged one', async () => {
    assert.ok(verifyUrl, 'the constancia test ran first');
    const context = await suite.browser.newContext({ locale: 'es-MX' });
    const page = await context.newPage();
    try {
      await page.goto(verifyUrl);
      const genuine = page.locator('[data-testid="verify-genuine"]');
      await genuine.waitFor();
      const text = await genuine.innerText();
      assert.match(text, /auténtica/);
      assert.ok(text.includes(receipt.certificateNumber));
      assert.match(text, /G\. I\. S\. R\./);
      assert.match(text, /Tijuana \(El Chaparral\)/);
      assert.doesNotMatch(text, /Guadalupe|Saucedo/);

      const code = new URL(verifyUrl).searchParams.get('c');
      const forgedCode = `${code[0] === 'A' ? 'B' : 'A'}${code.slice(1)}`;
      await page.goto(verifyUrl.replace(`c=${code}`, `c=${forgedCode}`));
      await page.locator('[data-testid="verify-refused"]').waitFor();
      const otherFolio = receipt.certificateNumber.replace(/.$/, (c) => (c === '0' ? '1' : '0'));
      await page.goto(`${suite.host.url}/verificar/${otherFolio}?c=${code}`);
      await page.locator('[data-testid="verify-refused"]').waitFor();
      assert.equal(await page.locator('[data-testid="verify-genuine"]').count(), 0);
    } finally {
      await context.close();
    }
  });

  it('shows a coordinator everything held about the person, ready to print', async () => {
    const coordinator = await suite.open('coordinator');
    await coordinator.goto(`${suite.host.url}/cases/${receipt.caseId}`);
    await coordinator.getByRole('link', { name: 'Datos de la persona' }).click();
    const view = coordinator.locator('[data-view="person-export"]');
    await view.waitFor();
    await view.locator(`#export-${receipt.caseId}`).waitFor();
    const text = await view.innerText();
    assert.match(text, /Guadalupe Itzel/);
    assert.match(text, /Consultas de estos datos/);
    assert.ok(await view.locator('[data-testid="anonymise-form"]').isVisible());
  });
});

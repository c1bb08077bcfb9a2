// Issue #18's provider view in a real headless Chromium against the real API host: referrals name the person and
// their age, pending and in-care apart; an urgent referral arriving while the view is open is announced; on a
// 390 px phone the accept button is reachable without sideways scrolling.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BrowserSuite, waitLive } from './harness.mjs';

const PROGRAM = 'imss-salud';
const suite = new BrowserSuite();
let api;

describe("the provider's queue in a real browser against the real API host", { timeout: 600_000 }, () => {
  before(async () => {
    api = await suite.start();
  });

  after(() => suite.stop());

  it('names people with their ages, keeps pending and in care apart, and announces an urgent referral', async () => {
    // A medical urgency is referred to health at registration, consent or not (a mandatory referral).
    const first = await api.arrival('TIJ', { givenNames: 'Andrés', surnames: 'Peralta Soto', sex: 'male', dateOfBirth: '1950-06-01', vulnerabilities: ['medicalUrgency'] });
    const referral = first.referrals.find((r) => r.programId === PROGRAM);
    assert.ok(referral, `expected a referral to ${PROGRAM}: ${JSON.stringify(first.referrals)}`);

    const provider = await suite.open(`provider-${PROGRAM}`, { viewport: { width: 390, height: 844 } });
    await waitLive(provider);
    const card = provider.locator(`[data-status-section="pending"] li[data-referral="${referral.referralId}"]`);
    await card.waitFor();
    assert.match(await card.locator('.referral-who').innerText(), /Andrés Peralta Soto · \d+ años/);

    // On the phone the accept button is inside the viewport, with no sideways scrolling anywhere.
    const accept = card.locator('[data-action="accept"]');
    const box = await accept.boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= 390, `accept within 390 px: ${JSON.stringify(box)}`);
    assert.ok(box.height >= 44, `a tap target of at least 44 px: ${box.height}`);
    const overflow = await provider.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, 'no horizontal scrolling at 390 px');

    await accept.click();
    await provider.locator(`[data-status-section="accepted"] li[data-referral="${referral.referralId}"]`).waitFor({ timeout: 5_000 });
    assert.equal(await provider.locator(`[data-status-section="pending"] li[data-referral="${referral.referralId}"]`).count(), 0);

    // An urgent referral arriving while the view is open is announced.
    assert.equal(await provider.locator('[data-testid="urgent-cue"]').count(), 0);
    await api.arrival('TIJ', { givenNames: 'Lucía', surnames: 'Ávila Ríos', sex: 'female', dateOfBirth: '1991-01-15', vulnerabilities: ['medicalUrgency'] });
    const cue = provider.locator('[data-testid="urgent-cue"]');
    await cue.waitFor({ timeout: 10_000 });
    assert.match(await cue.innerText(), /urgente.*Lucía Ávila Ríos/s);
  });
});

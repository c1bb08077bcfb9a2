// Issue #18's "focus moves to the next sensible place after each action", in a real headless Chromium against the real
// API host: a command whose control disappears (a recommendation accepted as a referral) leaves focus on the heading of
// its section, and one whose control stays (the assessment's save) leaves it on that control — never on the page body.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BrowserSuite, waitLive } from './harness.mjs';

const suite = new BrowserSuite();
let api;
let receipt;

const focused = (page) => page.evaluate(() => {
  const el = document.activeElement;
  return { tag: el?.tagName.toLowerCase(), id: el?.id ?? '', testid: el?.getAttribute('data-testid') ?? '', section: el?.closest('section')?.id ?? '' };
});

describe('focus after each command in a real browser against the real API host', { timeout: 600_000 }, () => {
  before(async () => {
    api = await suite.start();
    receipt = await api.arrival('TIJ', { givenNames: 'Rosalba', surnames: 'Quintero Nava', sex: 'female', dateOfBirth: '1984-02-11' });
  });

  after(() => suite.stop());

  it('keeps focus on the control used, or on its section when the control is gone', async () => {
    const manager = await suite.open('manager-TIJ');
    await manager.goto(`${suite.host.url}/cases/${receipt.caseId}`);
    await manager.locator('[data-view="case"]').waitFor();
    await waitLive(manager);

    await manager.locator('#as-edu').selectOption('secondary');
    await manager.locator('#as-eng').selectOption('basic');
    await manager.locator('#as-years').fill('6');
    await manager.locator('#as-state').selectOption('Sonora');
    await manager.locator('input[name="needs"][value="documents"]').check();
    await manager.locator('#as-consent').check();
    const save = manager.locator('[data-testid="assessment-form"] button[type=submit]');
    await save.focus();
    await manager.keyboard.press('Enter');
    const recommendation = manager.locator('.recommendations li[data-program="ine-credencial"]');
    await recommendation.waitFor({ timeout: 10_000 });
    await manager.waitForTimeout(1_700); // past the last check of the focus keeper
    const afterSave = await focused(manager);
    assert.notEqual(afterSave.tag, 'body', 'saving the assessment does not drop focus to the page');
    assert.equal(afterSave.section, 'assessment', `focus stays in the assessment (${JSON.stringify(afterSave)})`);

    await recommendation.locator('[data-action="refer"]').focus();
    await manager.keyboard.press('Enter');
    await recommendation.waitFor({ state: 'detached', timeout: 10_000 });
    await manager.waitForFunction(() => document.activeElement && document.activeElement !== document.body, null, { timeout: 5_000 });
    const afterRefer = await focused(manager);
    assert.deepEqual([afterRefer.tag, afterRefer.id], ['h2', 'referrals-title'], `the accepted recommendation is gone: focus on its section's heading (${JSON.stringify(afterRefer)})`);
    const stored = await api.call('manager-TIJ', 'GET', `/api/returnees/${receipt.caseId}`);
    assert.ok(stored.referrals.some((r) => r.programId === 'ine-credencial' && r.status === 'pending'), 'the referral was made');
  });
});

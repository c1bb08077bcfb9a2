// Issue #18's small screens and touch, on a 390 × 844 phone in Spanish, in a real headless Chromium against the real
// API host: no sideways scrolling, a top bar of at most 64 px whose menu opens and closes by tap and keyboard, tap
// targets of at least 44 px, the manager's queue as cards whose actions work, a focus ring of 3:1 on every keyboard
// stop (the dark top bar's too), and axe-core's WCAG 2.1 A/AA rules with the menu closed and open.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { violations } from './axe.mjs';
import { BrowserSuite, waitLive } from './harness.mjs';

const PHONE = { width: 390, height: 844 };
const PROGRAM = 'imss-salud';
const suite = new BrowserSuite();
let api;
let urgent;
let adult;

/** Everything a finger may tap that is on screen, and the ones smaller than 44 px (in height, and in width too). */
async function smallTapTargets(page) {
  return page.evaluate(() => {
    const targets = document.querySelectorAll('a, button, select, summary, [role=button], label:has(input[type=checkbox]), label:has(input[type=radio])');
    const failures = [];
    for (const element of targets) {
      if (!element.checkVisibility({ visibilityProperty: true })) continue;
      const box = element.getBoundingClientRect();
      // The skip link waits off-screen until focused; it is measured on its own.
      if (box.width === 0 || box.right <= 0) continue;
      if (box.height < 44 || box.width < 44) {
        const name = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
        failures.push(`${element.tagName.toLowerCase()} "${name}" ${Math.round(box.width)}×${Math.round(box.height)}`);
      }
    }
    return failures;
  });
}

/** The page's own sideways overflow (0 when nothing sticks out of the 390 px viewport). */
function sidewaysOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** WCAG's contrast ratio of two computed CSS colours (rgb() or rgba()). */
function contrast(a, b) {
  const luminance = (css) => {
    const [r, g, bl] = css.match(/[\d.]+/g).slice(0, 3).map(Number).map((c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * Tabs through the page from its start, as a keyboard user does, and answers the stops whose focus ring is missing,
 * thinner than 2 px, or under 3:1 against the first background behind it.
 */
async function weakFocusRings(page, maxStops = 200) {
  await page.evaluate(() => {
    document.activeElement?.blur();
    window.scrollTo(0, 0);
  });
  const failures = [];
  const seen = new Set();
  for (let stop = 0; stop < maxStops; stop += 1) {
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => {
      const focused = document.activeElement;
      if (!focused || focused === document.body) return null;
      focused.dataset.focusStop ??= String(Math.random());
      let behind = focused.parentElement;
      let background = 'rgb(255, 255, 255)';
      for (; behind; behind = behind.parentElement) {
        const colour = getComputedStyle(behind).backgroundColor;
        if (colour !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(colour)) {
          background = colour;
          break;
        }
      }
      const style = getComputedStyle(focused);
      const name = (focused.getAttribute('aria-label') ?? focused.textContent ?? focused.id).trim().replace(/\s+/g, ' ').slice(0, 40);
      return { id: focused.dataset.focusStop, name: `${focused.tagName.toLowerCase()} "${name}"`, outline: style.outlineColor, width: parseFloat(style.outlineWidth), outlineStyle: style.outlineStyle, background };
    });
    if (!ring || seen.has(ring.id)) break;
    seen.add(ring.id);
    const ratio = contrast(ring.outline, ring.background);
    if (ring.outlineStyle === 'none' || ring.width < 2 || ratio < 3) failures.push(`${ring.name}: ${ring.outlineStyle} ${ring.width}px ${ring.outline} on ${ring.background} (${ratio.toFixed(2)}:1)`);
  }
  assert.ok(seen.size > 3, `the walk reached the page's controls (${seen.size} stops)`);
  return failures;
}

/**
 * The checks every phone view passes, with the menu closed and open: no sideways scroll, a top bar of at most 64 px,
 * tap targets of at least 44 px, axe-core's WCAG 2.1 A/AA rules, and a focus ring of 3:1 on every keyboard stop.
 */
async function assertPhoneLayout(page) {
  assert.equal(await sidewaysOverflow(page), 0, 'no sideways scrolling at 390 px');
  const bar = await page.locator('header.topbar').boundingBox();
  assert.ok(bar.height <= 64, `the top bar is at most 64 px tall: ${bar.height}`);
  assert.deepEqual(await smallTapTargets(page), [], 'every tap target is at least 44 × 44 px');
  assert.deepEqual(await violations(page), [], 'axe-core finds nothing with the menu closed');
  await page.locator('[data-testid="menu-button"]').click();
  await page.locator('#topbar-menu nav').waitFor();
  assert.deepEqual(await smallTapTargets(page), [], 'every tap target in the open menu is at least 44 × 44 px');
  assert.equal(await sidewaysOverflow(page), 0, 'no sideways scrolling with the menu open');
  assert.deepEqual(await violations(page), [], 'axe-core finds nothing with the menu open');
  assert.deepEqual(await weakFocusRings(page), [], 'every keyboard stop shows a ring of at least 3:1');
  await page.locator('[data-testid="menu-button"]').click();
  await page.locator('#topbar-menu nav').waitFor({ state: 'hidden' });
}

async function openOnPhone(username, path, ready) {
  const page = await suite.open(username, { viewport: PHONE });
  await page.goto(`${suite.host.url}${path}`);
  await page.locator(ready).first().waitFor({ timeout: 15_000 });
  await waitLive(page);
  return page;
}

describe('small screens and touch in a real browser against the real API host', { timeout: 600_000 }, () => {
  before(async () => {
    api = await suite.start();
    adult = await api.arrival('TIJ', { givenNames: 'Ramiro', surnames: 'Cárdenas Vela', sex: 'male', dateOfBirth: '1984-02-11' });
    // A medical urgency is referred to health at once: the provider has a card and the case a referral.
    urgent = await api.arrival('TIJ', { givenNames: 'Marisol', surnames: 'Gaytán Ruiz', sex: 'female', dateOfBirth: '1993-04-05', vulnerabilities: ['medicalUrgency'] });
  });

  after(() => suite.stop());

  it("lays out the manager's point view for a phone and works its queue from the cards", async () => {
    const page = await openOnPhone('manager-TIJ', '/points/TIJ', `#queue tr[data-case="${adult.caseId}"]`);
    await assertPhoneLayout(page);

    // Each person is a card: the card is no wider than the screen and its action sits on its own line below the facts.
    const card = page.locator(`#queue tr[data-case="${adult.caseId}"]`);
    const cardBox = await card.boundingBox();
    assert.ok(cardBox.x >= 0 && cardBox.x + cardBox.width <= PHONE.width, `the card fits the screen: ${JSON.stringify(cardBox)}`);
    assert.equal(await card.evaluate((row) => getComputedStyle(row).display), 'grid', 'the row is laid out as a card');
    const name = await card.locator('th a').boundingBox();
    const action = card.locator('[data-testid="call-to-desk"]');
    const actionBox = await action.boundingBox();
    assert.ok(actionBox.x >= 0 && actionBox.x + actionBox.width <= PHONE.width, `the action is within the screen: ${JSON.stringify(actionBox)}`);
    const facts = await card.locator('td:not(.queue-actions)').evaluateAll((cells) => cells.map((c) => c.getBoundingClientRect().bottom));
    assert.ok(actionBox.y >= Math.max(name.y + name.height, ...facts), 'the action is on its own line below the facts');
    assert.match(await card.innerText(), /Espera/, 'the card names its facts');

    // The card's action calls the person to the desk; the desk panel calls the next one.
    await action.click();
    await card.locator('[data-testid="queue-desk"]').waitFor();
    const next = page.locator('[data-testid="call-next"]');
    await next.scrollIntoViewIfNeeded();
    await next.click();
    await page.locator('[data-testid="desk-result"] .form-done').waitFor();
    assert.match(await page.locator('[data-testid="desk-result"]').innerText(), new RegExp(urgent.caseId));

    // Opening a case from a card.
    await card.locator('th a').click();
    await page.locator(`[data-view="case"][data-case="${adult.caseId}"]`).waitFor();
  });

  it('opens the menu by tap and keyboard, closes it with Escape and on navigation, and its links navigate', async () => {
    const page = await openOnPhone('manager-TIJ', '/points/TIJ', '[data-view="point"]');
    const button = page.locator('[data-testid="menu-button"]');
    const menu = page.locator('#topbar-menu');
    assert.equal(await button.getAttribute('aria-controls'), 'topbar-menu');
    assert.equal(await button.getAttribute('aria-expanded'), 'false');
    assert.equal(await button.innerText(), 'Menú');
    assert.equal(await menu.locator('nav').isVisible(), false, 'the navigation is in the closed menu');
    assert.equal(await page.locator('[data-testid="sign-out"]').isVisible(), false, 'so is signing out');

    // By keyboard: Tab to the button, Enter opens, Escape closes and focus stays on the button.
    await page.locator('.skip-link').focus();
    assert.ok((await page.locator('.skip-link').boundingBox()).height >= 44, 'the skip link is a 44 px target when it shows');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'menu-button', 'the menu button is the next stop');
    await page.keyboard.press('Enter');
    await menu.locator('nav').waitFor();
    assert.equal(await button.getAttribute('aria-expanded'), 'true');
    await page.keyboard.press('Escape');
    await menu.locator('nav').waitFor({ state: 'hidden' });
    assert.equal(await button.getAttribute('aria-expanded'), 'false');
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'menu-button', 'focus returns to the button');

    // Space opens it too; Tab goes into it.
    await page.keyboard.press('Space');
    await menu.locator('nav').waitFor();
    await page.keyboard.press('Tab');
    assert.ok(await page.evaluate(() => document.getElementById('topbar-menu').contains(document.activeElement)), 'Tab goes into the open menu');

    // A link in the menu navigates and the menu closes.
    await menu.locator('nav a', { hasText: 'Buscar personas' }).click();
    await page.locator('[data-view="search"]').waitFor();
    assert.equal(new URL(page.url()).pathname, '/search');
    assert.equal(await button.getAttribute('aria-expanded'), 'false', 'navigating closes the menu');
    assert.equal(await menu.locator('nav').isVisible(), false);

    // Tapping outside closes it.
    await button.click();
    await menu.locator('nav').waitFor();
    await page.locator('main h1').click();
    await menu.locator('nav').waitFor({ state: 'hidden' });

    // The focus ring on the dark top bar contrasts at least 3:1 with the bar.
    await button.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => {
      const focused = document.activeElement;
      const style = getComputedStyle(focused);
      return {
        testid: focused.dataset.testid,
        visible: focused.matches(':focus-visible'),
        outline: style.outlineColor,
        width: parseFloat(style.outlineWidth),
        outlineStyle: style.outlineStyle,
        bar: getComputedStyle(document.querySelector('header.topbar')).backgroundColor,
      };
    });
    assert.equal(ring.testid, 'menu-button');
    assert.ok(ring.visible && ring.outlineStyle !== 'none' && ring.width >= 2, `a visible ring: ${JSON.stringify(ring)}`);
    const ratio = contrast(ring.outline, ring.bar);
    assert.ok(ratio >= 3, `the ring contrasts ${ratio.toFixed(2)}:1 with the top bar (${ring.outline} on ${ring.bar})`);
  });

  it('lays out the case view for a phone', async () => {
    const page = await openOnPhone('manager-TIJ', `/cases/${urgent.caseId}`, '[data-view="case"] tr[data-referral]');
    await assertPhoneLayout(page);
  });

  it("lays out the provider's view for a phone", async () => {
    const page = await openOnPhone(`provider-${PROGRAM}`, `/programs/${PROGRAM}`, '[data-view="program"] [data-referral]');
    await assertPhoneLayout(page);
  });

  it('lays out the national view for a phone', async () => {
    const page = await openOnPhone('coordinator', '/national', '[data-view="national"]');
    await assertPhoneLayout(page);
  });
});

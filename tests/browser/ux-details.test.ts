// Small things users trip over, and accessibility details axe cannot see, in Chromium against the
// running stack (needs neither Etherpad nor the BigBlueButton server):
//   - an ended session offers no "Start webinar", and its count of people who took part is right;
//   - deleting a pad asks first in core's modal, and the message after it undoes the deletion;
//   - the overview says what exists; "Import questionnaire" under "Questionnaires" (and in German);
//   - the check's yes/no items use the suite's strings; every dimension has an open question,
//     whose answer is saved;
//   - the check's sticky progress bar stays below Moodle's fixed navbar while the page scrolls;
//   - headings go h1 → h2 → h3 without a skip on the check steps, the circle page (sessions
//     section) and the results page.
// Test data: tests/browser/fixtures/ux.php (and check.php for the demo organisations' check).
import { describe, it, beforeAll, afterAll, expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, openPage, login, settled, expectClean, openCheck, baseUrl, adminPassword, type PageProblems } from './support/moodle';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function fixture(file: string): Record<string, number> {
  const moodle = path.join(root, 'scripts', 'moodle.sh');
  const www = execFileSync('bash', [moodle, 'www'], { encoding: 'utf8' }).trim();
  const out = execFileSync('bash', [moodle, 'php', path.join(root, 'tests/browser/fixtures', file), www, 'setup'],
    { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as Record<string, number>;
}

/** The headings of the page's header and main region, in document order, as "h<level> text". */
async function outline(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const scopes = [document.querySelector('#page-header'), document.querySelector('[role="main"]')]
      .filter((e): e is Element => e !== null);
    const headings: Element[] = [];
    for (const h of document.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
      if (scopes.some((s) => s.contains(h))) headings.push(h);
    }
    return headings.map((h) => `${h.tagName.toLowerCase()} ${(h.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60)}`);
  });
}

/** The places where a heading is more than one level below the one before it. */
function skips(headings: string[]): string[] {
  const found: string[] = [];
  let previous = 0;
  for (const h of headings) {
    const level = Number(h[1]);
    if (previous === 0 ? level !== 1 : level > previous + 1) found.push(`${previous ? `h${previous}` : 'start'} → ${h}`);
    previous = level;
  }
  return found;
}

async function expectNoSkips(page: Page, name: string): Promise<void> {
  const headings = await outline(page);
  console.log(`headings of ${name}:\n  ${headings.join('\n  ')}`);
  expect(headings.length).toBeGreaterThan(1);
  expect(skips(headings), `${name}: ${headings.join(' | ')}`).toEqual([]);
}

let browser: Browser;
let admin: BrowserContext;
let participant: BrowserContext;
let adminPage: Page;
let page: Page;
let adminProblems: PageProblems;
let problems: PageProblems;
let data: Record<string, number>;

beforeAll(async () => {
  fixture('check.php');
  data = fixture('ux.php');
  browser = await launch();
  admin = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  ({ page: adminPage, problems: adminProblems } = await openPage(admin));
  await login(adminPage, 'admin', adminPassword);
  participant = await browser.newContext({ viewport: { width: 1280, height: 700 } });
  ({ page, problems } = await openPage(participant));
  await login(page, 'anna');
});

afterAll(async () => {
  await admin?.close().catch(() => undefined);
  await participant?.close().catch(() => undefined);
  await browser?.close();
});

describe(`Details users trip over, at ${baseUrl}`, () => {
  it('an ended session offers no start button and counts the two people who took part', async () => {
    await adminPage.goto(`${baseUrl}/mod/devcircle/view.php?id=${data.cmid}`);
    await settled(adminPage);
    const item = adminPage.locator(`[data-region="session"][data-session-id="${data.sessionid}"]`);

    await expect.poll(() => item.locator('[data-region="status"]').textContent()).toBe('Ended');
    expect(await item.locator('[data-action="start"]').isVisible()).toBe(false);
    expect(await item.locator('[data-action="end"]').isVisible()).toBe(false);
    const count = (await item.locator('[data-region="attendees"]').textContent())?.trim();
    console.log(`ended session: start button visible: false, count: "${count}"`);
    expect(count).toBe('2 took part');
    expectClean(adminProblems);
  });

  it('headings of the circle page (sessions and pads sections) go down one level at a time', async () => {
    await expectNoSkips(adminPage, 'the circle page');
  });

  it('deleting a pad asks in core\'s modal first, and the message after it undoes the deletion', async () => {
    const item = adminPage.locator(`[data-region="mod_devcircle-pad-item"][data-padid="${data.padid}"]`);
    const deleteButton = item.locator('form[data-action="mod_devcircle-pad-delete"] button[type="submit"]');

    // Cancelled: nothing happens.
    await deleteButton.click();
    const modal = adminPage.locator('.modal.show');
    await modal.waitFor({ state: 'visible' });
    await expect.poll(async () => ((await modal.locator('.modal-body').textContent()) ?? '').trim()).not.toBe('');
    const question = (await modal.locator('.modal-body').textContent())?.trim() ?? '';
    console.log(`delete question: "${question}"`);
    expect(question).toContain('Canvas & Co. 🌻');
    expect(question).toContain('undo');
    await modal.locator('[data-action="cancel"]').click();
    await modal.waitFor({ state: 'hidden' });
    expect(adminPage.url()).toContain('/mod/devcircle/view.php');
    expect(await item.count()).toBe(1);

    // Confirmed: deleted, with an undo in the message.
    await deleteButton.click();
    await modal.waitFor({ state: 'visible' });
    await Promise.all([adminPage.waitForResponse((r) => r.url().includes('/mod/devcircle/padaction.php')),
      modal.locator('[data-action="delete"]').click()]);
    const undo = adminPage.locator('.alert a[href*="action=undelete"]');
    await undo.waitFor({ timeout: 30000 });
    await settled(adminPage);
    const message = adminPage.locator('.alert', { has: adminPage.locator('a[href*="action=undelete"]') });
    console.log(`message after deleting: "${(await message.innerText()).replace(/\s+/g, ' ').trim()}"`);
    expect(await message.textContent()).toContain('Canvas & Co. 🌻');
    expect(await adminPage.locator(`[data-region="mod_devcircle-pad-item"][data-padid="${data.padid}"]`).count()).toBe(0);

    // Undone: the pad is back under its name.
    await Promise.all([adminPage.waitForURL(/pad\.php/), undo.click()]);
    expect(adminPage.url()).toContain(`id=${data.padid}`);
    await adminPage.goto(`${baseUrl}/mod/devcircle/view.php?id=${data.cmid}`);
    await settled(adminPage);
    expect(await adminPage.locator(`[data-region="mod_devcircle-pad-item"][data-padid="${data.padid}"] a`).first().textContent())
      .toContain('Canvas & Co. 🌻');
  });

  it('the overview says what exists, and questionnaires are imported as "questionnaires"', async () => {
    await adminPage.goto(`${baseUrl}/local/digitalstrategy/index.php`);
    const overview = (await adminPage.locator('[data-region="local_digitalstrategy-overview"]').textContent()) ?? '';
    expect(overview).not.toMatch(/survey|indicator/i);
    expect(overview).toContain('digitalisation check');

    await adminPage.goto(`${baseUrl}/local/digitalstrategy/instruments.php?lang=en`);
    const headings = await adminPage.locator('[role="main"] h2, [role="main"] h3').allTextContents();
    expect(headings.map((h) => h.trim())).toEqual(expect.arrayContaining(['Questionnaires', 'Import questionnaire']));
    expect(await adminPage.locator('[role="main"]').textContent()).not.toMatch(/instrument/i);
    await adminPage.goto(`${baseUrl}/local/digitalstrategy/instruments.php?lang=de`);
    const german = (await adminPage.locator('[role="main"] h2, [role="main"] h3').allTextContents()).map((h) => h.trim());
    console.log(`questionnaire page headings (de): ${german.join(' | ')}`);
    expect(german).toEqual(expect.arrayContaining(['Fragebögen', 'Fragebogen importieren']));
    await adminPage.goto(`${baseUrl}/local/digitalstrategy/index.php?lang=en`);
  });

  it('the check\'s yes/no items say "Ja"/"Nein" in German, and every dimension has an open question', async () => {
    await openCheck(page, '?lang=de');
    const yesno = page.locator('[data-region="item"][data-type="yesno"]').first();
    const labels = (await yesno.locator('label.form-check-label').allTextContents()).map((l) => l.trim());
    console.log(`yes/no labels (de): ${labels.join(' | ')}`);
    expect(labels.slice(0, 2)).toEqual(['Ja', 'Nein']);

    const steps = await page.locator('section[data-region="step"]:not([data-step="summary"])').count();
    const open = page.locator('[data-region="item"][data-type="text"]');
    expect(await open.count()).toBeGreaterThanOrEqual(steps);
    expect(await open.first().locator('legend').textContent()).toContain('Was würde Ihnen hier am meisten helfen?');
  });

  it('an open answer is saved and is there after a reload', async () => {
    const open = page.locator('section[data-region="step"]:not([hidden]) [data-region="item"][data-type="text"]').first();
    const key = await open.getAttribute('data-item');
    const before = Number(await open.getAttribute('data-version'));
    const answer = `Zeit für Schulungen & "Lotsen" < 2 Std. 🌻 ${Date.now()}`;
    await open.locator('textarea').fill(answer);
    await open.locator('textarea').blur();
    await page.waitForFunction(([k, v]) => Number(document.querySelector<HTMLElement>(`[data-item="${k}"]`)?.dataset.version) > Number(v),
      [key, before] as const, { timeout: 20000 });
    await openCheck(page, '?lang=de');
    expect(await page.locator(`[data-item="${key}"] textarea`).inputValue()).toBe(answer);
  });

  it('the sticky progress bar and save state stay below the fixed navbar while a long step scrolls', async () => {
    await openCheck(page, '?lang=de');
    const measure = (): Promise<{ navbarBottom: number; barTop: number; barBottom: number; covered: boolean; scrolled: number }> =>
      page.evaluate(() => {
        const navbar = document.querySelector('nav.navbar.fixed-top') ?? document.querySelector('nav.navbar');
        const bar = document.querySelector<HTMLElement>('[data-region="local_digitalstrategy-progress"]');
        if (!navbar || !bar) throw new Error('navbar or progress bar missing');
        const n = navbar.getBoundingClientRect();
        const b = bar.getBoundingClientRect();
        const status = bar.querySelector('[data-region="savestatus"]');
        const hit = document.elementFromPoint(b.left + b.width / 2, b.top + Math.min(8, b.height / 2));
        const scroller = document.querySelector('#page.drawers') ?? document.scrollingElement;
        return { navbarBottom: n.bottom, barTop: b.top, barBottom: b.bottom,
          covered: !(hit !== null && bar.contains(hit)) || !status, scrolled: (scroller?.scrollTop ?? 0) + window.scrollY };
      });
    await page.evaluate(() => {
      for (const s of [document.querySelector('#page.drawers'), document.scrollingElement]) s?.scrollBy(0, 1200);
    });
    await page.waitForTimeout(300);
    const m = await measure();
    console.log(`after scrolling ${m.scrolled} px: navbar bottom ${m.navbarBottom.toFixed(1)} px, progress bar top `
      + `${m.barTop.toFixed(1)} px, bottom ${m.barBottom.toFixed(1)} px, covered: ${m.covered}`);
    expect(m.scrolled).toBeGreaterThan(300);
    expect(m.barTop).toBeGreaterThanOrEqual(m.navbarBottom - 0.5);
    expect(m.barBottom).toBeLessThan(700);
    expect(m.covered).toBe(false);
    expect(await page.locator('[data-region="savestatus"]').isVisible()).toBe(true);
  });

  it('headings of the check steps and of the results page go down one level at a time', async () => {
    await openCheck(page, '?lang=de');
    await expectNoSkips(page, 'the check');
    expectClean(problems);
    expect(data.runid).toBeGreaterThan(0);
    await adminPage.goto(`${baseUrl}/local/digitalstrategy/results.php?runid=${data.runid}`);
    await settled(adminPage);
    await expectNoSkips(adminPage, 'the results page');
  });
});

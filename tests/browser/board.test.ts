// The PDCA board in Chromium against the running stack:
//   - a leader moves a measure Plan → Do → Check → Act with the keyboard only, each move announced
//     and saved at once; rates it red on time with a counter-measure (red without one is refused);
//   - two pages of the same board: a move on one shows on the other without a reload; a move on a
//     page that missed a colleague's change shows the conflict and overwrites nothing; undo;
//   - a measure dragged with a finger (touch screen) lands in another column;
//   - axe finds no serious violation on the board.
// Test data: tests/browser/fixtures/board.php (Beratungszentrum Mitte, leader david, two measures in Plan).
import { describe, it, beforeAll, afterAll, expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, openPage, login, settled, axeViolations, expectClean, baseUrl, type PageProblems } from './support/moodle';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function fixture(): { orgid: number; measureid: number; secondid: number } {
  const moodle = path.join(root, 'scripts', 'moodle.sh');
  const www = execFileSync('bash', [moodle, 'www'], { encoding: 'utf8' }).trim();
  const out = execFileSync('bash', [moodle, 'php', path.join(root, 'tests/browser/fixtures/board.php'), www, 'setup'],
    { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as { orgid: number; measureid: number; secondid: number };
}

const BOARD = '#local_digitalstrategy-board';
const card = (id: number): string => `${BOARD} [data-region="measure"][data-id="${id}"]`;
const inColumn = (id: number, phase: string): string => `${BOARD} [data-region="column"][data-phase="${phase}"] [data-id="${id}"]`;

/** Waits until the card shows a version above the one given (the move was saved). */
async function savedAfter(page: Page, id: number, version: number): Promise<number> {
  await page.waitForFunction(([sel, v]) => Number(document.querySelector<HTMLElement>(sel)?.dataset.version) > v,
    [card(id), version] as const, { timeout: 20000 });
  return Number(await page.getAttribute(card(id), 'data-version'));
}

async function openBoard(page: Page, orgid: number): Promise<void> {
  await page.goto(`${baseUrl}/local/digitalstrategy/board.php?orgid=${orgid}`);
  await page.waitForSelector(`${BOARD}[data-ready="true"]`);
  await settled(page);
}

let browser: Browser;
let data: { orgid: number; measureid: number; secondid: number };
const contexts: BrowserContext[] = [];

async function leaderPage(options: Parameters<Browser['newContext']>[0] = {}): Promise<{ page: Page; problems: PageProblems }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, ...options });
  contexts.push(context);
  const opened = await openPage(context);
  await login(opened.page, 'david');
  await openBoard(opened.page, data.orgid);
  return opened;
}

beforeAll(async () => {
  data = fixture();
  browser = await launch();
});

afterAll(async () => {
  for (const context of contexts) {
    await context.close().catch(() => undefined);
  }
  await browser?.close();
});

describe(`PDCA board at ${baseUrl}`, () => {
  it('a leader moves a measure Plan → Do → Check → Act with the keyboard only, each move announced and saved', async () => {
    const { page, problems } = await leaderPage();
    const violations = await axeViolations(page, BOARD);
    console.log(`axe on the board: ${violations.length} serious violations`);
    expect(violations).toEqual([]);

    await page.focus(card(data.measureid));
    let version = Number(await page.getAttribute(card(data.measureid), 'data-version'));
    const started = Date.now();
    for (const phase of ['Do', 'Check', 'Act']) {
      await page.keyboard.press('ArrowRight');
      version = await savedAfter(page, data.measureid, version);
      // The announcement names the measure and its new phase (in the user's language: the demo users read German).
      await page.waitForFunction((text) => {
        const said = document.querySelector('[data-region="announce"]')?.textContent ?? '';
        return said.includes(text) && said.includes('Online-Anmeldung & "Warteliste"');
      }, phase);
      expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.region)).toBe('measure');
    }
    console.log(`three keyboard moves saved in ${Date.now() - started} ms`);
    await page.waitForSelector(inColumn(data.measureid, 'act'));
    await page.reload();
    await page.waitForSelector(inColumn(data.measureid, 'act'));
    expectClean(problems);
  });

  it('rates the measure red on time; red without a counter-measure is refused', async () => {
    const { page, problems } = await leaderPage();
    await page.goto(`${baseUrl}/local/digitalstrategy/rate.php?id=${data.measureid}`);
    await page.selectOption('#id_criterion', 'time');
    await page.check('input[name="rating"][value="red"]');
    await page.fill('#id_comment', 'Verzug & "Engpass" – Kinder < 6 Jahre 🙂');
    await page.click('#id_submitbutton');
    await expect.poll(async () => (await page.locator('#id_error_countermeasure').textContent())?.trim()).toBeTruthy();
    expect(await page.locator('.local_digitalstrategy-ampelhistory').count()).toBe(0);
    await page.fill('#id_countermeasure', 'Zweites Team & Schulung');
    await Promise.all([page.waitForURL(/rate\.php\?id=/), page.click('#id_submitbutton')]);
    const history = page.locator('.local_digitalstrategy-ampelhistory tbody tr').first();
    await expect.poll(() => history.locator('.local_digitalstrategy-ampel-red').count()).toBe(1);
    expect(await history.textContent()).toContain('Verzug & "Engpass" – Kinder < 6 Jahre 🙂');
    expect(await history.textContent()).toContain('Zweites Team & Schulung');
    await openBoard(page, data.orgid);
    // Colour and word: the class carries the colour, the text says it.
    const rating = page.locator(`${card(data.measureid)} [data-criterion="time"] [data-region="rating"]`);
    expect(await rating.getAttribute('class')).toBe('local_digitalstrategy-ampel-red');
    expect(['Red', 'Rot']).toContain(await rating.textContent());
    // The strategy's overall Ampel counts open measures only by default (setting ampelscope), and this
    // one is in Act: the overall time rating stays as it was (PHPUnit covers the aggregation).
    expect(await page.locator(`${BOARD} [data-region="overall"] [data-criterion="time"] [data-region="rating"]`).count())
      .toBe(1);
    expectClean(problems);
  });

  it('two pages of the board: a move shows on the other page without reload, a stale move shows the conflict, undo', async () => {
    const a = await leaderPage();
    const b = await leaderPage();
    const id = data.secondid;
    let version = Number(await a.page.getAttribute(card(id), 'data-version'));
    await a.page.selectOption(`${card(id)} [data-action="move"]`, 'do');
    version = await savedAfter(a.page, id, version);
    const shown = Date.now();
    await b.page.waitForSelector(inColumn(id, 'do'), { timeout: 20000 });
    console.log(`a colleague's move appeared on the other page after ${Date.now() - shown} ms`);

    // Page B stops hearing from the server; A moves the measure on; B's move names the old version.
    await b.page.route('**/lib/ajax/service.php**', async (route) =>
      (route.request().postData() ?? '').includes('local_digitalstrategy_get_board') ? route.abort() : route.continue());
    await a.page.selectOption(`${card(id)} [data-action="move"]`, 'check');
    version = await savedAfter(a.page, id, version);
    await b.page.selectOption(`${card(id)} [data-action="move"]`, 'act');
    await b.page.waitForSelector(`${BOARD} [data-region="message"] .alert`);
    expect(await b.page.locator(`${BOARD} [data-region="message"]`).textContent()).toContain('Check');
    await b.page.waitForSelector(inColumn(id, 'check'));
    expect(Number(await b.page.getAttribute(card(id), 'data-version'))).toBe(version);
    await b.page.unroute('**/lib/ajax/service.php**');

    // Undo on A brings the measure back to Do (saved with the new version).
    await a.page.click(`${BOARD} [data-action="undo"]`);
    version = await savedAfter(a.page, id, version);
    await a.page.waitForSelector(inColumn(id, 'do'));
    await a.page.waitForFunction(() => document.querySelector('[data-region="announce"]')?.textContent?.includes('Elternbrief digital'));
    await b.page.waitForSelector(inColumn(id, 'do'), { timeout: 20000 });
    expectClean(a.problems);
  });

  it('a leader adds a measure (dates out of order are refused, nothing entered is lost) and finds it on the board and timeline', async () => {
    const { page, problems } = await leaderPage();
    await page.click(`${BOARD} a[href*="measure_edit.php?orgid="]`);
    const title = 'Sprechstunde per Video & "Chat" – Kinder < 6 Jahre 🙂';
    await page.fill('#id_title', title);
    await page.check('#id_startdate_enabled');
    await page.check('#id_duedate_enabled');
    await page.selectOption('#id_startdate_year', '2026');
    await page.selectOption('#id_duedate_year', '2025');
    await page.click('#id_submitbutton');
    await expect.poll(async () => (await page.locator('#id_error_duedate').textContent())?.trim()).toBeTruthy();
    expect(await page.inputValue('#id_title')).toBe(title);
    await page.selectOption('#id_startdate_year', '2024');
    await Promise.all([page.waitForURL(/board\.php/), page.click('#id_submitbutton')]);
    await page.waitForSelector(`${BOARD}[data-ready="true"]`);
    const added = page.locator(`${BOARD} [data-region="column"][data-phase="plan"] [data-region="measure"]`, { hasText: title });
    expect(await added.count()).toBe(1);
    // Due in 2025: overdue, said in words on the card and on the timeline.
    expect(await added.locator('[data-region="overdue"]').isVisible()).toBe(true);
    await Promise.all([page.waitForURL(/timeline\.php/), page.click(`${BOARD} a[href*="timeline.php"]`)]);
    const row = page.locator('tr', { hasText: title });
    await row.waitFor();
    expect(await row.locator('.badge').isVisible()).toBe(true);
    expect(await axeViolations(page, '#region-main')).toEqual([]);
    expectClean(problems);
  });

  it('a finger drags a measure to another column on a touch screen', async () => {
    const { page } = await leaderPage({ hasTouch: true, isMobile: false });
    const id = data.secondid;
    const version = Number(await page.getAttribute(card(id), 'data-version'));
    const handle = await page.locator(`${card(id)} [data-action="drag"]`).boundingBox();
    const target = await page.locator(`${BOARD} [data-region="column"][data-phase="plan"]`).boundingBox();
    if (!handle || !target) {
      throw new Error('board not drawn');
    }
    const cdp = await page.context().newCDPSession(page);
    const from = { x: handle.x + handle.width / 2, y: handle.y + handle.height / 2 };
    const to = { x: target.x + target.width / 2, y: target.y + target.height - 5 };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [from] });
    for (let step = 1; step <= 10; step++) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{
        x: from.x + (to.x - from.x) * step / 10, y: from.y + (to.y - from.y) * step / 10 }] });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await savedAfter(page, id, version);
    await page.waitForSelector(inColumn(id, 'plan'));
  });
});

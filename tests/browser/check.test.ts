// The Digitalisierungscheck in Chromium against the running stack:
//   - a participant answers part of the check; every answer is saved as it is given; after a
//     reload the answers are still there; an answer given while offline is kept and saved when
//     the connection is back;
//   - the participant finishes the check, submits it and sees the radar (own scores against the
//     anonymous average of the comparison organisations) with the equivalent table;
//   - the admin sees the aggregate of all organisations in the block on the Dashboard and every
//     organisation's result on the page the block links to;
//   - every page runs without a JavaScript error and our regions pass axe.
// Test data: tests/browser/fixtures/check.php (demo organisations, five comparison organisations
// with submitted runs, no open run for Caritas Sozialstation Nord).
import { describe, it, beforeAll, afterAll, expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, openPage, login, settled, axeViolations, expectClean, openCheck, savedItem, CHECK, baseUrl, adminPassword, type PageProblems } from './support/moodle';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function fixture(): Record<string, number> {
  const moodle = path.join(root, 'scripts', 'moodle.sh');
  const www = execFileSync('bash', [moodle, 'www'], { encoding: 'utf8' }).trim();
  const out = execFileSync('bash', [moodle, 'php', path.join(root, 'tests/browser/fixtures/check.php'), www, 'setup'],
    { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as Record<string, number>;
}

/** Waits until the page has no answer waiting to be saved (the stored version moved on). */
async function version(page: Page, itemkey: string): Promise<number> {
  return Number(await page.getAttribute(`[data-item="${itemkey}"]`, 'data-version'));
}

/** Ends a user tour (Moodle shows them to admins on the Dashboard) that would cover the page. */
async function endTour(page: Page): Promise<void> {
  const end = page.locator('[data-flexitour="container"] [data-role="end"]');
  if (await end.count()) await end.first().click();
  await page.locator('[data-flexitour="backdrop"]').waitFor({ state: 'detached', timeout: 5000 }).catch(() => undefined);
}

let browser: Browser;
let participant: BrowserContext;
let page: Page;
let problems: PageProblems;

beforeAll(async () => {
  fixture();
  browser = await launch();
  participant = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  ({ page, problems } = await openPage(participant));
  await login(page, 'anna');
});

afterAll(async () => {
  await participant?.close().catch(() => undefined);
  await browser?.close();
});

describe(`Digitalisierungscheck at ${baseUrl}`, () => {
  it('a participant answers part of the check, reloads and finds the answers kept', async () => {
    await openCheck(page);
    expect(await axeViolations(page, CHECK)).toEqual([]);

    await page.check('#ds-str_goals-2');
    await page.check('#ds-str_responsibility-dontknow');
    await page.selectOption('#ds-str_budget-relevance', '3');
    await page.check('#ds-str_budget-1');
    await savedItem(page, 'str_goals');
    await savedItem(page, 'str_responsibility');
    await savedItem(page, 'str_budget');
    await settled(page);
    expect(await page.getAttribute('[data-region="savestatus"]', 'class')).not.toContain('text-danger');

    await page.reload();
    await settled(page);
    expect(await page.isChecked('#ds-str_goals-2')).toBe(true);
    expect(await page.isChecked('#ds-str_responsibility-dontknow')).toBe(true);
    expect(await page.isChecked('#ds-str_budget-1')).toBe(true);
    expect(await page.inputValue('#ds-str_budget-relevance')).toBe('3');
    expect(await page.textContent('[data-region="stepcount"][data-step="0"]')).toContain('3/');
    expectClean(problems);
  });

  it('an answer given without a connection is kept and saved when the connection is back', async () => {
    const before = await version(page, 'str_involvement');
    await participant.setOffline(true);
    await page.check('#ds-str_involvement-3');
    await expect.poll(() => page.getAttribute('[data-region="savestatus"]', 'class'), { timeout: 15000 }).toContain('text-danger');
    expect(await page.evaluate(() => window.localStorage.length)).toBeGreaterThan(0);

    await participant.setOffline(false);
    await savedItem(page, 'str_involvement', before);
    await page.reload();
    await settled(page);
    expect(await page.isChecked('#ds-str_involvement-3')).toBe(true);
    // The offline phase produced failed requests on purpose.
    problems.errors = problems.errors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED') && !e.includes('Failed to load resource'));
    expectClean(problems);
  });

  it('the participant finishes the check, submits it and sees the radar with the table', async () => {
    const steps = await page.locator('section[data-region="step"]:not([data-step="summary"])').count();
    for (let step = 0; step < steps; step++) {
      const section = page.locator(`section[data-region="step"][data-step="${step}"]`);
      await expect.poll(() => section.isVisible()).toBe(true);
      const items = await section.locator('[data-region="item"]').evaluateAll((els) =>
        els.map((el) => ({ key: (el as HTMLElement).dataset.item ?? '', answered: (el as HTMLElement).dataset.version !== '0' })));
      for (const [i, item] of items.entries()) {
        if (item.answered) continue;
        const open = section.locator(`[data-item="${item.key}"] textarea`);
        if (await open.count()) { // The open question of each dimension: a free-text answer.
          await open.fill(`Mehr Zeit für Schulungen & "Lotsen" < 2 Std. 🌻 (${step})`);
          await open.blur();
          continue;
        }
        const options = section.locator(`[data-item="${item.key}"] input[type="radio"]:not([data-dontknow])`);
        const count = await options.count();
        await options.nth((step + i) % Math.max(1, count - 1)).check();
      }
      for (const item of items) {
        if (!item.answered) await savedItem(page, item.key);
      }
      await section.locator('[data-action="next"]').click();
      await settled(page);
    }
    const summary = page.locator('section[data-step="summary"]');
    await expect.poll(() => summary.isVisible()).toBe(true);
    expect(await summary.locator('[data-region="unanswered"] li').count()).toBe(0);
    expect(await axeViolations(page, CHECK)).toEqual([]);

    await Promise.all([page.waitForURL(/results\.php\?runid=\d+/, { timeout: 30000 }), summary.locator('[data-action="submit"]').click()]);
    await settled(page);
    const results = '[data-region="local_digitalstrategy-results"]';
    await expect.poll(() => page.getAttribute(results, 'data-ready')).toBe('true');
    const chart = await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('canvas[data-region="local_digitalstrategy-radar"]');
      const chartjs = (window as unknown as { Chart?: { getChart(c: HTMLCanvasElement): { config: { type: string }; data: { labels: string[]; datasets: Array<{ data: Array<number | null> }> } } | undefined } }).Chart;
      const instance = canvas && chartjs ? chartjs.getChart(canvas) : undefined;
      return instance ? { type: instance.config.type, labels: instance.data.labels.length, datasets: instance.data.datasets.length,
        width: canvas?.width ?? 0 } : null;
    });
    expect(chart).toEqual({ type: 'radar', labels: 8, datasets: 2, width: expect.any(Number) });
    expect(chart?.width).toBeGreaterThan(100);
    expect(await page.locator('[data-region="scoretable"] tbody tr').count()).toBe(8);
    expect(await page.locator('[data-region="scoretable"] thead th').count()).toBeGreaterThanOrEqual(4);
    expect(await axeViolations(page, results)).toEqual([]);
    expectClean(problems);
  });

  it('an admin sees the aggregate of all organisations in the block, and every organisation on its page', async () => {
    const admin = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
    const opened = await openPage(admin);
    await login(opened.page, 'admin', adminPassword);
    await opened.page.goto(`${baseUrl}/my/`);
    await settled(opened.page);
    await endTour(opened.page);
    const block = '[data-region="block_digicheck"]';
    await expect.poll(() => opened.page.getAttribute(block, 'data-ready')).toBe('true');
    const aggregate = opened.page.locator('[data-region="block_digicheck-aggregate"]');
    expect(await aggregate.isVisible()).toBe(true);
    expect(await opened.page.textContent('[data-region="block_digicheck-participation"]')).toMatch(/\d+\D+\d+/);
    for (const summary of await aggregate.locator('details summary').all()) await summary.click();
    expect(await opened.page.locator('[data-region="block_digicheck-distribution"] tbody tr').count()).toBe(8);
    expect(await axeViolations(opened.page, block)).toEqual([]);
    expectClean(opened.problems);

    // The heat map of every organisation, fifty a page (a page number past the end shows the last
    // page again), with the export.
    const allresults = await opened.page.getAttribute('[data-region="block_digicheck-allresults"]', 'href');
    expect(allresults).toContain('/local/digitalstrategy/allresults.php');
    const rows: string[] = [];
    for (let n = 0; n < 100; n++) {
      await opened.page.goto(`${allresults ?? ''}?page=${n}`);
      await settled(opened.page);
      const page = await opened.page.locator('[data-region="local_digitalstrategy-heatmap"] tbody th').allTextContents();
      if (page.length === 0 || rows.includes(page[0] ?? '')) break;
      rows.push(...page);
      if (page.length < 50) break;
    }
    expect(rows.some((r) => r.includes('Caritas Sozialstation Nord'))).toBe(true);
    expect(rows.filter((r) => r.includes('Vergleichsorganisation')).length).toBe(5);
    expect(await opened.page.locator('[data-region="local_digitalstrategy-export"] select option').count()).toBeGreaterThanOrEqual(3);
    expect(await axeViolations(opened.page, '[data-region="local_digitalstrategy-allresults"]')).toEqual([]);
    expectClean(opened.problems);
    await admin.close();
  });
});

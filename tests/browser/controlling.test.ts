// Project controlling in Chromium against the running stack: the project lead opens the dashboard
// on the demo data (tests/browser/fixtures/controlling.php), reads an amber cell and its rule (on
// hover and on keyboard focus, dismissed by Escape), moves through the table with the arrow keys,
// drills down to the records behind the number, enters a manual value with an evidence file on the
// manual-value page (its form fields found by their labels) and sees it on the dashboard, and
// downloads the funder report from the dashboard's link; axe finds no serious violation on the
// dashboard or the drill-down.
import { describe, it, beforeAll, afterAll, expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, openPage, login, settled, axeViolations, expectClean, addToFileManager, baseUrl, adminPassword, type PageProblems } from './support/moodle';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DASHBOARD = '[data-region="local_digitalstrategy-controlling"]';

interface Fixture { indicator: number; amber: number; running: number; comment: string; programmestart: string }

function fixture(): Fixture {
  const moodle = path.join(root, 'scripts', 'moodle.sh');
  const www = execFileSync('bash', [moodle, 'www'], { encoding: 'utf8' }).trim();
  const out = execFileSync('bash', [moodle, 'php', path.join(root, 'tests/browser/fixtures/controlling.php'), www],
    { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as Fixture;
}

let data: Fixture;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: PageProblems;
let downloads: string;

/** The cell of the demo indicator in a half-year. */
const cell = (period: number): ReturnType<Page['locator']> =>
  page.locator(`${DASHBOARD} td[data-region="cell"]:has(a[href*="indicator=${data.indicator}&period=${period}"])`);

async function openDashboard(): Promise<number> {
  const started = Date.now();
  const response = await page.goto(`${baseUrl}/local/digitalstrategy/controlling.php`);
  expect(response?.status(), 'the dashboard answers').toBeLessThan(400);
  await settled(page);
  await expect.poll(() => page.getAttribute(DASHBOARD, 'data-ready')).toBe('true');
  return Date.now() - started;
}

beforeAll(async () => {
  data = fixture();
  downloads = mkdtempSync(path.join(tmpdir(), 'controlling-'));
  browser = await launch();
  context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1400, height: 1000 } });
  ({ page, problems } = await openPage(context));
  await login(page, 'admin', adminPassword);
}, 180000);

afterAll(async () => {
  await context?.close().catch(() => undefined);
  await browser?.close();
  if (downloads) rmSync(downloads, { recursive: true, force: true });
});

describe(`project controlling on ${baseUrl}`, () => {
  it('shows the timeline table first and the chart beside it, and axe finds nothing serious', async () => {
    const ms = await openDashboard();
    const rows = await page.locator(`${DASHBOARD} [data-region="controlling-grid"] tbody tr`).count();
    const columns = await page.locator(`${DASHBOARD} [data-region="controlling-grid"] thead th[data-period]`).count();
    console.log(`dashboard: ${rows} indicators × ${columns} half-years, loaded in ${ms} ms (programme from ${data.programmestart})`);
    expect(columns).toBe(6);
    expect(rows).toBeGreaterThan(1);
    expect(await page.locator(`${DASHBOARD} [data-region="controlling-grid"] caption`).innerText()).not.toBe('');
    await expect.poll(() => page.locator(`${DASHBOARD} canvas[data-region="local_digitalstrategy-controllingchart"]`)
      .evaluate((c) => (c as HTMLCanvasElement).width)).toBeGreaterThan(0);
    expect(await page.locator(`${DASHBOARD} [data-region="controlling-charttable"] tbody tr`).count()).toBe(4);
    // The table comes before the chart in the page's order.
    const order = await page.evaluate(() => {
      const table = document.querySelector('[data-region="controlling-grid"]');
      const chart = document.querySelector('[data-region="local_digitalstrategy-controllingchart"]');
      return table && chart ? table.compareDocumentPosition(chart) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
    });
    expect(order).toBeTruthy();
    expect(await page.locator(`${DASHBOARD} [data-region="controlling-processes"] tbody tr`).count()).toBe(6);
    const axe = await axeViolations(page, DASHBOARD);
    console.log(`axe on the dashboard: ${axe.length} serious or critical violations`);
    expect(axe).toEqual([]);
    expectClean(problems);
  }, 120000);

  it('reads an amber cell with its rule on hover and on focus, and Escape hides the rule', async () => {
    await openDashboard();
    const amber = cell(data.amber);
    expect(await amber.getAttribute('data-ampel')).toBe('amber');
    const rule = amber.locator('[data-region="rule"]');
    expect(await rule.isVisible()).toBe(false);
    await amber.hover();
    await expect.poll(() => rule.isVisible()).toBe(true);
    const text = await rule.innerText();
    console.log(`amber cell: "${(await amber.locator('a').innerText()).replace(/\s+/g, ' ')}", rule: "${text}"`);
    expect(text).toMatch(/\(amber\)|\(gelb\)/i);
    await page.mouse.move(0, 0);
    await expect.poll(() => rule.isVisible()).toBe(false);
    // Keyboard: the focused link is described by the rule, which shows; Escape hides it.
    const link = amber.locator('a[data-action="drilldown"]');
    await link.focus();
    await expect.poll(() => rule.isVisible()).toBe(true);
    const description = await link.evaluate((a) => document.getElementById(a.getAttribute('aria-describedby') ?? '')?.textContent);
    expect(description).toBe(text);
    await page.keyboard.press('Escape');
    await expect.poll(() => rule.isVisible()).toBe(false);
    expectClean(problems);
  }, 120000);

  it('moves through the table with the arrow keys and drills down to the records behind the number', async () => {
    await openDashboard();
    const grid = page.locator(`${DASHBOARD} [data-region="controlling-grid"]`);
    expect(await grid.locator('a[data-action="drilldown"][tabindex="0"]').count()).toBe(1);
    await cell(data.amber).locator('a').focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toContain(
      `indicator=${data.indicator}&period=${data.amber + 1}`);
    await page.keyboard.press('ArrowLeft');
    await Promise.all([page.waitForURL(/controlling_detail\.php/), page.keyboard.press('Enter')]);
    await settled(page);
    const detail = page.locator('[data-region="local_digitalstrategy-controllingdetail"]');
    expect(await detail.locator('[data-region="ampel"]').getAttribute('data-ampel')).toBe('amber');
    const records = detail.locator('[data-region="detail-records"] tbody tr');
    expect(await records.count()).toBeGreaterThan(0);
    expect(await detail.locator('[data-region="detail-records"]').innerText()).toContain(data.comment);
    const axe = await axeViolations(page, '[data-region="local_digitalstrategy-controllingdetail"]');
    console.log(`drill-down: ${await records.count()} records; axe: ${axe.length} serious or critical violations`);
    expect(axe).toEqual([]);
    expectClean(problems);
  }, 120000);

  it('enters a manual value with evidence on the manual-value page and the dashboard shows it', async () => {
    const value = 3 + (Date.now() % 5);
    await page.goto(`${baseUrl}/local/digitalstrategy/controlling_detail.php?indicator=${data.indicator}&period=${data.running}`);
    await settled(page);
    await Promise.all([page.waitForURL(/indicator_value\.php/), page.locator('[data-action="entervalue"]').click()]);
    await settled(page);
    // The form's fields by their labels (exact: the help icons read "Help with Value").
    await page.getByLabel('Value', { exact: true }).fill(String(value));
    await page.getByLabel('Comment', { exact: true }).fill('Zwei Artikel & ein Interview "vor Ort" – Kinder < 6 Jahre 📰');
    await addToFileManager(page, 'evidence', 'nachweis-artikel.txt', 'Nachweis: Zwei Artikel & ein Interview\n');
    await Promise.all([
      page.waitForResponse((res) => res.request().method() === 'POST' && res.url().includes('/local/digitalstrategy/')),
      page.getByRole('button', { name: 'Save value' }).click(),
    ]);
    await page.waitForLoadState('load');
    await settled(page);
    expect(await page.locator('.alert-danger, .invalid-feedback:visible').count(), 'the form took the value').toBe(0);
    await openDashboard();
    const running = cell(data.running);
    expect(await running.locator('[data-region="actual"]').innerText()).toContain(String(value));
    console.log(`manual value ${value} for half-year ${data.running} shows as "${await running.locator('[data-region="actual"]').innerText()}"`);
    expectClean(problems);
  }, 180000);

  it('downloads the funder report as an Excel workbook from the dashboard', async () => {
    await openDashboard();
    const link = page.locator(`${DASHBOARD} a[data-action="funderreport"]`);
    expect(await link.getAttribute('href')).toContain('/local/digitalstrategy/controlling_export.php');
    const started = Date.now();
    const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60000 }), link.click()]);
    const target = path.join(downloads, file.suggestedFilename());
    await file.saveAs(target);
    const bytes = readFileSync(target);
    console.log(`funder report: ${file.suggestedFilename()}, ${bytes.length} bytes in ${Date.now() - started} ms`);
    expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
    // An .xlsx is a zip archive holding the workbook part.
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(bytes.includes(Buffer.from('xl/workbook.xml'))).toBe(true);
  }, 120000);
});

// Survey results in Chromium against the running stack: the project lead opens the results of the
// demo member survey's second wave (tests/browser/fixtures/campaign-results.php), sees a chart with
// its data table for every choice item, filters by field of work, gets the k-rule message (and no
// numbers) for a field of work with fewer than k responses (which the anonymous campaign does not
// offer as a filter), downloads the CSV (a free-text answer beginning with "=" behind a single
// quote), compares both waves, and axe finds no serious violation on the results.
import { describe, it, beforeAll, afterAll, expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, openPage, login, settled, axeViolations, expectClean, baseUrl, adminPassword, type PageProblems } from './support/moodle';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const RESULTS = '[data-region="campaign-results"]';

interface Wave { id: number; name: string }
interface Fixture { wave1: Wave; wave2: Wave; fields: Record<string, number>; choiceitems: number; threshold: number }

function fixture(): Fixture {
  const moodle = path.join(root, 'scripts', 'moodle.sh');
  const www = execFileSync('bash', [moodle, 'www'], { encoding: 'utf8' }).trim();
  const out = execFileSync('bash', [moodle, 'php', path.join(root, 'tests/browser/fixtures/campaign-results.php'), www],
    { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as Fixture;
}

let data: Fixture;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: PageProblems;
let downloads: string;

async function open(query: string): Promise<void> {
  const started = Date.now();
  const response = await page.goto(`${baseUrl}/local/digitalstrategy/campaign_results.php?${query}`);
  expect(response?.status(), `results ${query} answer`).toBeLessThan(400);
  await settled(page);
  console.log(`results ${query}: ${Date.now() - started} ms`);
}

beforeAll(async () => {
  data = fixture();
  downloads = mkdtempSync(path.join(tmpdir(), 'results-'));
  browser = await launch();
  context = await browser.newContext({ acceptDownloads: true });
  ({ page, problems } = await openPage(context));
  await login(page, 'admin', adminPassword);
}, 180000);

afterAll(async () => {
  await browser?.close();
  rmSync(downloads, { recursive: true, force: true });
});

describe('campaign results', () => {
  it('shows a chart with its data table for every choice item, and axe finds nothing serious', async () => {
    await open(`id=${data.wave2.id}`);
    const tables = page.locator(`${RESULTS} [data-region="results-table"]`);
    await expect.poll(() => page.locator(`${RESULTS} .chart-area canvas`).count(), { timeout: 30000 }).toBe(data.choiceitems);
    expect(await tables.count()).toBe(data.choiceitems);
    expect(await tables.first().locator('caption').innerText()).not.toBe('');
    expect(await tables.first().locator('th[scope="col"]').count()).toBe(3);
    const total = Object.values(data.fields).reduce((a, b) => a + b, 0);
    await expect.poll(() => page.locator('[data-region="results-summary"]').innerText()).toContain(String(total));
    const axe = await axeViolations(page, RESULTS);
    console.log(`axe on the results: ${axe.length} serious or critical violations; ${data.choiceitems} charts with tables`);
    expect(axe).toEqual([]);
    expectClean(problems);
  }, 120000);

  it('filters by field of work and offers no field of work below k in the anonymous campaign', async () => {
    await open(`id=${data.wave2.id}`);
    const offered = await page.locator('select[name="fieldofwork"] option').evaluateAll(
      (options) => options.map((o) => (o as HTMLOptionElement).value).filter((v) => v !== ''));
    const large = Object.entries(data.fields).filter(([, n]) => n >= data.threshold).map(([f]) => f).sort();
    expect(offered.sort()).toEqual(large);
    const field = large[0] ?? '';
    expect(field, 'the demo data has a field of work of at least k responses').not.toBe('');
    await page.selectOption('select[name="fieldofwork"]', field);
    await Promise.all([page.waitForURL(/fieldofwork=/), page.locator(`${RESULTS} form[data-region="results-filters"] button[type="submit"]`).click()]);
    await settled(page);
    expect(await page.locator('[data-region="results-summary"]').innerText()).toContain(String(data.fields[field] ?? 0));
    expect(await page.locator('[data-region="results-table"]').count()).toBe(data.choiceitems);
    expectClean(problems);
  }, 120000);

  it('shows only the k-rule message for a field of work with fewer than k responses', async () => {
    const small = Object.entries(data.fields).find(([, n]) => n < data.threshold)?.[0] ?? '';
    expect(small, 'the demo data has a small field of work').not.toBe('');
    await open(`id=${data.wave2.id}&fieldofwork=${small}`);
    await expect.poll(() => page.locator('[data-region="results-toosmall"]').isVisible()).toBe(true);
    expect(await page.locator('[data-region="results-table"]').count()).toBe(0);
    expect(await page.locator('.chart-area').count()).toBe(0);
    expect(await page.locator('form.dataformatselector').count()).toBe(0);
    expectClean(problems);
  }, 120000);

  it('exports the results as CSV with formulas neutralised', async () => {
    await open(`id=${data.wave2.id}`);
    await page.locator('form.dataformatselector select[name="dataformat"]').selectOption('csv');
    const [file] = await Promise.all([
      page.waitForEvent('download', { timeout: 60000 }),
      page.locator('form.dataformatselector button[type="submit"]').click(),
    ]);
    const target = path.join(downloads, file.suggestedFilename());
    await file.saveAs(target);
    const csv = readFileSync(target, 'utf8');
    const lines = csv.trim().split('\n');
    console.log(`CSV export: ${lines.length} lines, ${csv.length} bytes`);
    expect(csv).toContain(`"'=SUMME(A1:A9) ist kein Problem, Tabellen schon"`);
    expect(csv).not.toMatch(/(^|[,;])"?=SUMME/m);
    expect(csv).toContain('Mehr Zeit für Schulungen & Austausch – ""Kinder < 6 Jahre"" brauchen uns vor Ort 🙂');
  }, 120000);

  it('compares the two waves item by item', async () => {
    await open(`id=${data.wave2.id}&compare=${data.wave1.id}`);
    const comparison = page.locator('[data-region="results-comparison-table"]');
    await expect.poll(() => comparison.isVisible()).toBe(true);
    const rows = await comparison.locator('tbody tr').count();
    const means = await comparison.locator('tbody tr[data-row="mean"]').count();
    console.log(`wave comparison: ${rows} rows, ${means} means`);
    expect(rows).toBeGreaterThan(data.choiceitems);
    expect(means).toBeGreaterThan(0);
    expect(await comparison.locator('thead th').allInnerTexts()).toEqual(expect.arrayContaining([data.wave1.name, data.wave2.name]));
    const axe = await axeViolations(page, RESULTS);
    expect(axe).toEqual([]);
    expectClean(problems);
  }, 120000);
});

// The organisations page and the page of all results with the benchmark's 350 organisations
// (tests/benchmark/dashboard-bench.php, "Benchmark-Organisation 0001" … "0350", field of work in
// turn, every 25th a pilot, each with a submitted check), in Chromium against the running stack:
//   - Moodle's own performance footer counts the database reads of both pages at 5 and at 350
//     benchmark organisations: they must not grow (the figures are printed);
//   - the organisations page: search finds one, columns sort, filters narrow, 50 a page;
//   - the heat map: 50 a page or all at once, sorted by the overall score or by any area,
//     filtered, its explanation and headers not cut off, the table no wider than the page;
//   - both pages pass axe and run without a JavaScript error.
// The benchmark organisations are removed again at the end (other tests expect the demo data
// alone on the first page of organisations).
import { describe, it, beforeAll, afterAll, expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, openPage, login, settled, axeViolations, expectClean, baseUrl, adminPassword, type PageProblems } from './support/moodle';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const moodle = path.join(root, 'scripts', 'moodle.sh');
const www = execFileSync('bash', [moodle, 'www'], { encoding: 'utf8' }).trim();
const ORGS = '[data-region="local_digitalstrategy-organisations"]';
const RESULTS = '[data-region="local_digitalstrategy-allresults"]';
const HEATMAP = '[data-region="local_digitalstrategy-heatmap"]';
const LIST = '[data-region="local_digitalstrategy-organisationlist"]';

function php(...args: string[]): string {
  return execFileSync('bash', [moodle, 'php', ...args], { encoding: 'utf8', cwd: root, timeout: 900000 });
}
/** Benchmark organisations bench-0001 … bench-N active (idempotent); returns the active organisations. */
function seed(n: number): number {
  const out = php(path.join(root, 'tests/benchmark/dashboard-bench.php'), www, `--orgs=${n}`, '--runs=1');
  return Number((JSON.parse(out.trim().split('\n').pop() ?? '{}') as { organisations: number }).organisations);
}
function config(name: string, value?: string): string {
  const args = [path.join(www, 'admin/cli/cfg.php'), `--name=${name}`];
  if (value !== undefined) args.push(`--set=${value}`);
  return php(...args).trim();
}

let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: PageProblems;
let oldperfdebug = '';

/** Database reads of a page, from Moodle's performance footer (after one request to warm the caches). */
async function reads(url: string): Promise<number> {
  await page.goto(`${baseUrl}${url}`);
  await page.goto(`${baseUrl}${url}`);
  const match = /DB reads\/writes: (\d+)\/\d+/.exec(await page.content());
  expect(match, `performance footer on ${url}`).not.toBeNull();
  return Number(match?.[1]);
}

/** Does something that loads a new page and waits for it. */
async function navigate(action: () => Promise<unknown>): Promise<void> {
  await Promise.all([page.waitForEvent('load'), action()]);
  await settled(page);
}

async function rowNames(): Promise<string[]> {
  return (await page.locator(`${LIST} tbody th, ${HEATMAP} tbody th`).allInnerTexts()).map((t) => t.trim());
}

async function filter(values: Record<string, string>): Promise<void> {
  for (const [name, value] of Object.entries(values)) {
    const field = page.locator(`#local_digitalstrategy-filter-${name}`);
    if (name === 'q') await field.fill(value);
    else await field.selectOption(value);
  }
  await navigate(() => page.locator('[data-region="local_digitalstrategy-filters"] button[type="submit"]').click());
}

/** The numbers of one column of the heat map ("–" as null). */
async function column(index: number): Promise<(number | null)[]> {
  const cells = await page.locator(`${HEATMAP} tbody tr`).evaluateAll((rows, i) =>
    rows.map((row) => (row as HTMLTableRowElement).cells[i]?.textContent?.trim() ?? ''), index);
  return cells.map((c) => (c === '–' ? null : Number(c)));
}

function descending(values: (number | null)[]): boolean {
  const numbers = values.filter((v): v is number => v !== null);
  const firstnull = values.indexOf(null);
  return numbers.every((v, i) => i === 0 || (numbers[i - 1] ?? 0) >= v)
    && (firstnull === -1 || values.slice(firstnull).every((v) => v === null));
}

beforeAll(async () => {
  oldperfdebug = config('perfdebug');
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  ({ page, problems } = await openPage(context));
  await login(page, 'admin', adminPassword);
}, 120000);

afterAll(async () => {
  config('perfdebug', oldperfdebug || '0');
  php(path.join(root, 'tests/benchmark/dashboard-bench.php'), www, '--cleanup');
  await context?.close().catch(() => undefined);
  await browser?.close();
}, 300000);

describe(`Pages for 350 organisations at ${baseUrl}`, () => {
  it('the database reads of both pages do not grow from 5 to 350 organisations', async () => {
    php(path.join(root, 'tests/benchmark/dashboard-bench.php'), www, '--cleanup');
    config('perfdebug', '15');
    const pages = {
      'organisations page': '/local/digitalstrategy/organisations.php',
      'organisations page, searched and sorted': '/local/digitalstrategy/organisations.php?q=Benchmark&pilot=0&sort=members&dir=desc',
      'all results, 50 a page': '/local/digitalstrategy/allresults.php',
      'all results, all rows by an area': '/local/digitalstrategy/allresults.php?perpage=0&sort=score&dir=desc&participation=submitted',
    };
    const figures: Record<string, { small: number; large: number }> = {};
    const small = seed(5);
    for (const [name, url] of Object.entries(pages)) figures[name] = { small: await reads(url), large: 0 };
    const started = Date.now();
    const large = seed(350);
    const seconds = (Date.now() - started) / 1000;
    for (const [name, url] of Object.entries(pages)) {
      const entry = figures[name];
      if (entry) entry.large = await reads(url);
    }
    config('perfdebug', oldperfdebug || '0');
    console.log(`DB reads per page (Moodle's performance footer), ${small} and ${large} active organisations `
      + `(5 and 350 benchmark organisations; seeding took ${seconds.toFixed(0)} s):`);
    for (const [name, { small: s, large: l }] of Object.entries(figures)) {
      console.log(`  ${name.padEnd(42)} ${String(s).padStart(4)} at ${small}, ${String(l).padStart(4)} at ${large}`);
    }
    expect(large - small).toBe(345);
    for (const [name, { small: s, large: l }] of Object.entries(figures)) expect(l, name).toBeLessThanOrEqual(s);
  }, 900000);

  it('the organisations page: search finds one, columns sort, filters narrow, 50 a page', async () => {
    expect(seed(350)).toBeGreaterThanOrEqual(350);
    await page.goto(`${baseUrl}/local/digitalstrategy/organisations.php`);
    await settled(page);
    expect(await page.locator(`${LIST} tbody tr`).count()).toBe(50);
    const count = await page.textContent('[data-region="local_digitalstrategy-listcount"]');
    expect(count).toMatch(/1\D+50\D+(\d{3})/);
    const total = Number(/(\d{3})\s*$/.exec(count?.trim() ?? '')?.[1]);
    expect(total).toBeGreaterThanOrEqual(350);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    console.log(`organisations page: ${total} organisations, 50 rows shown, page height ${height} px`);
    expect(await axeViolations(page, ORGS)).toEqual([]);

    await filter({ q: 'benchmark-organisation 0123' });
    expect(await rowNames()).toEqual(['Benchmark-Organisation 0123']);
    await filter({ q: 'bench-0277' });
    expect(await rowNames()).toEqual(['Benchmark-Organisation 0277']);

    // Sorted by name, Z to A, within the benchmark organisations: the header link, twice.
    await filter({ q: 'Benchmark' });
    await navigate(() => page.locator(`${LIST} thead [data-sortkey="name"] a`).click());
    expect(await page.getAttribute(`${LIST} thead [data-sortkey="name"]`, 'aria-sort')).toBe('ascending');
    expect((await rowNames())[0]).toBe('Benchmark-Organisation 0001');
    await navigate(() => page.locator(`${LIST} thead [data-sortkey="name"] a`).click());
    expect(await page.getAttribute(`${LIST} thead [data-sortkey="name"]`, 'aria-sort')).toBe('descending');
    expect((await rowNames()).slice(0, 2)).toEqual(['Benchmark-Organisation 0350', 'Benchmark-Organisation 0349']);
    // Employees, most first (10 + number mod 300: organisation 299 has the most).
    await navigate(() => page.locator(`${LIST} thead [data-sortkey="employees"] a`).click());
    expect((await rowNames())[0]).toBe('Benchmark-Organisation 0299');

    // Pilot organisations: every 25th; youth services: every sixth from the fourth; both kept with the sort.
    await filter({ pilot: '1' });
    const pilots = await rowNames();
    expect(pilots).toHaveLength(14);
    expect(page.url()).toContain('sort=employees');
    await filter({ pilot: '', fieldofwork: 'youth' });
    expect(await page.textContent('[data-region="local_digitalstrategy-listcount"]')).toMatch(/\b58\b/);
    const fields = await page.locator(`${LIST} tbody tr td:nth-of-type(3)`).allInnerTexts();
    expect(new Set(fields).size).toBe(1);
    await filter({ fieldofwork: '', participation: 'notsubmitted' });
    expect((await rowNames()).filter((n) => n.startsWith('Benchmark'))).toEqual([]);
    await filter({ participation: '' });

    // Paging: the second page has the next 50.
    await filter({ q: 'Benchmark' });
    await navigate(() => page.locator(`${LIST} thead [data-sortkey="name"] a`).click());
    await navigate(() => page.locator('.pagination a[href*="page=1"]').first().click());
    const second = await rowNames();
    expect(second).toHaveLength(50);
    expect(second[0]).toBe('Benchmark-Organisation 0051');
    expect(await axeViolations(page, ORGS)).toEqual([]);
    expectClean(problems);
  }, 300000);

  it('the heat map: 50 a page or all, sorted by the overall score or an area, filtered, nothing cut off', async () => {
    expect(seed(350)).toBeGreaterThanOrEqual(350);
    await page.goto(`${baseUrl}/local/digitalstrategy/allresults.php`);
    await settled(page);
    expect(await page.locator(`${HEATMAP} tbody tr`).count()).toBe(50);
    expect(await axeViolations(page, RESULTS)).toEqual([]);

    // Show all: every active organisation on one page; the header row stays in view in its box.
    await navigate(() => page.click('[data-action="showall"]'));
    await settled(page);
    const all = await page.locator(`${HEATMAP} tbody tr`).count();
    expect(all).toBeGreaterThanOrEqual(350);
    const layout = await page.evaluate((sel) => {
      const table = document.querySelector<HTMLElement>(sel);
      const wrap = table?.closest<HTMLElement>('.local_digitalstrategy-heatmapwrap');
      const legend = document.querySelector<HTMLElement>('[data-region="local_digitalstrategy-heatmap-legend"]');
      const main = document.querySelector<HTMLElement>('[role="main"]') ?? document.body;
      const cut = (el: Element) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1;
      wrap?.scrollTo(0, 2000);
      const head = table?.querySelector('thead th')?.getBoundingClientRect();
      const box = wrap?.getBoundingClientRect();
      return {
        wrapwidth: box?.width ?? 0, mainwidth: main.getBoundingClientRect().width,
        wrapheight: box?.height ?? 0, windowheight: window.innerHeight,
        legendcut: legend ? cut(legend) : true, legendheight: legend?.getBoundingClientRect().height ?? 0,
        headerscut: [...(table?.querySelectorAll('thead th') ?? [])].filter(cut).map((th) => th.textContent?.trim()),
        headerinview: head !== undefined && box !== undefined && head.top >= box.top - 1 && head.top <= box.top + 1,
      };
    }, HEATMAP);
    console.log(`heat map, all ${all} rows: box ${layout.wrapwidth.toFixed(0)}×${layout.wrapheight.toFixed(0)} px `
      + `in a ${layout.mainwidth.toFixed(0)} px wide page, window ${layout.windowheight} px; explanation `
      + `${layout.legendheight.toFixed(0)} px high, cut off: ${String(layout.legendcut)}; headers cut off: ${layout.headerscut.length}`);
    expect(layout.wrapwidth).toBeLessThanOrEqual(layout.mainwidth + 1);
    expect(layout.wrapheight).toBeLessThanOrEqual(layout.windowheight);
    expect(layout.legendcut).toBe(false);
    expect(layout.headerscut).toEqual([]);
    expect(layout.headerinview).toBe(true);
    expect(await axeViolations(page, RESULTS)).toEqual([]);

    // The overall score, highest first (the last column), organisations without a result last.
    await navigate(() => page.locator(`${HEATMAP} thead [data-sortkey="score"] a`).click());
    expect(await page.getAttribute(`${HEATMAP} thead [data-sortkey="score"]`, 'aria-sort')).toBe('descending');
    const headers = await page.locator(`${HEATMAP} thead th`).count();
    expect(page.url()).toContain('perpage=0');
    const scores = await column(headers - 1);
    expect(scores).toHaveLength(all);
    expect(descending(scores)).toBe(true);
    // The second area, highest first; a second click lowest first.
    const area = page.locator(`${HEATMAP} thead th`).nth(2);
    await navigate(() => area.locator('a').click());
    expect(descending(await column(2))).toBe(true);
    await navigate(() => page.locator(`${HEATMAP} thead th`).nth(2).locator('a').click());
    const ascending = (await column(2)).filter((v): v is number => v !== null);
    expect(ascending.every((v, i) => i === 0 || (ascending[i - 1] ?? 0) <= v)).toBe(true);

    // Filters as on the organisations page, kept with the sort.
    await filter({ pilot: '1', q: 'Benchmark' });
    const pilots = await rowNames();
    expect(pilots).toHaveLength(14);
    expect(pilots.every((n) => n.includes('Benchmark-Organisation') && /\(Pilot\)/i.test(n))).toBe(true);
    expect(page.url()).toContain('sort=');
    await filter({ pilot: '', q: 'Benchmark-Organisation 0042' });
    expect(await rowNames()).toEqual(['Benchmark-Organisation 0042']);
    await filter({ q: '', fieldofwork: 'youth' });
    expect((await rowNames()).filter((n) => n.startsWith('Benchmark'))).toHaveLength(58);
    expect(await axeViolations(page, RESULTS)).toEqual([]);
    expectClean(problems);
  }, 300000);
});

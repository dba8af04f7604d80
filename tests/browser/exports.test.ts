// The exports a person downloads run nothing and hold no formula, in Chromium against the
// running stack: organisations, a person and a session are named as an attacker would name
// them (beginning with =, +, -, @, tab or CR; <script>, <img onerror>; &, quotes, "<" before a
// space, umlauts, emoji). The HTML table of the export of all results (the block's page of all
// results) and of the attendance export is downloaded through the page's format selector and
// opened in Chromium: no dialog may open, no script, image or event handler may exist in it,
// and headings and names show as stored ("&" as "&"), a formula's first character behind a
// single quote. The CSV of both is downloaded too: each name quoted and neutralised.
// Test data: tests/browser/fixtures/exports.php.
import { describe, it, beforeAll, afterAll, expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launch, openPage, login, settled, expectClean, baseUrl, adminPassword, type PageProblems } from './support/moodle';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

interface Fixture {
  organisations: Record<string, string>;
  person: string;
  circle: { cmid: number };
  session: { id: number; name: string };
}

function fixture(): Fixture {
  const moodle = path.join(root, 'scripts', 'moodle.sh');
  const www = execFileSync('bash', [moodle, 'www'], { encoding: 'utf8' }).trim();
  const out = execFileSync('bash', [moodle, 'php', path.join(root, 'tests/browser/fixtures/exports.php'), www],
    { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as Fixture;
}

/** A text as an export shows it: a single quote before what a spreadsheet could take for a formula. */
function neutralised(text: string): string {
  return /^(?:[\t\r]|\s*[=+\-@])/.test(text) ? `'${text}` : text;
}

/** What a browser's innerText makes of a text: blanks and line ends collapsed. */
function collapsed(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

let data: Fixture;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: PageProblems;
let downloads: string;

/** Downloads an export through the data format selector of a page; returns the file and the time it took. */
async function download(url: string, selectName: string, format: string): Promise<{ file: string; ms: number }> {
  const response = await page.goto(`${baseUrl}${url}`);
  expect(response?.status(), `${url} answers`).toBeLessThan(400);
  await settled(page);
  const select = page.locator(`form.dataformatselector select[name="${selectName}"]`);
  await select.selectOption(format);
  const started = Date.now();
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 60000 }),
    page.locator('form.dataformatselector button[type="submit"]').click(),
  ]);
  // Saved under the format's own extension: the suggested name comes from names on the site (a
  // circle renamed by another test may carry characters that cost it its extension), and the
  // extension decides how Chromium opens the file.
  const target = path.join(downloads, `${selectName}-${Date.now()}.${format}`);
  await file.saveAs(target);
  return { file: target, ms: Date.now() - started };
}

interface Opened { dialogs: string[]; active: number; rows: number; headings: string[]; text: string }

/** Opens a downloaded HTML file in Chromium as a person would, listening for dialogs. */
async function openFile(file: string): Promise<Opened> {
  const viewer = await context.newPage();
  const dialogs: string[] = [];
  viewer.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await viewer.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  // An <img onerror> fires after the failed load of its image: give it time.
  await viewer.waitForTimeout(1000);
  const found = await viewer.evaluate(() => ({
    active: document.querySelectorAll('script, img, iframe, object, embed, svg, [onerror], [onload], [onclick]').length,
    rows: document.querySelectorAll('tr').length,
    headings: Array.from(document.querySelectorAll('th')).map((th) => th.textContent ?? ''),
    text: document.body.innerText,
  }));
  await viewer.close();
  return { dialogs, ...found };
}

/** A CSV field as written: in double quotes, inner quotes doubled. */
function csvField(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

beforeAll(async () => {
  data = fixture();
  downloads = mkdtempSync(path.join(tmpdir(), 'exports-'));
  browser = await launch();
  context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 1000 } });
  ({ page, problems } = await openPage(context));
  await login(page, 'admin', adminPassword);
}, 120000);

afterAll(async () => {
  await context?.close().catch(() => undefined);
  await browser?.close();
  if (downloads) rmSync(downloads, { recursive: true, force: true });
});

describe(`exports downloaded from ${baseUrl}`, () => {
  it('the HTML table of all results runs nothing and shows every name as stored', async () => {
    const { file, ms } = await download('/local/digitalstrategy/allresults.php', 'dataformat', 'html');
    const opened = await openFile(file);
    console.log(`all results, HTML table: ${opened.rows} rows, ${opened.dialogs.length} dialogs, `
      + `${opened.active} script/img/handler elements, downloaded in ${ms} ms`);

    expect(opened.dialogs).toEqual([]);
    expect(opened.active).toBe(0);
    expect(opened.rows).toBeGreaterThan(Object.keys(data.organisations).length);
    for (const name of Object.values(data.organisations)) {
      expect(collapsed(opened.text), name).toContain(collapsed(neutralised(name)));
    }
    expect(opened.headings.join('|')).not.toMatch(/&(amp|lt|gt|quot);/);
    expectClean(problems);
  });

  it('the export address of the block writes the same safe HTML table', async () => {
    const started = Date.now();
    const response = await page.request.get(`${baseUrl}/blocks/digicheck/export.php?dataformat=html`);
    expect(response.status()).toBe(200);
    const file = path.join(downloads, 'block-export.html');
    writeFileSync(file, await response.body());
    const opened = await openFile(file);
    console.log(`block export, HTML table: ${opened.rows} rows, ${opened.dialogs.length} dialogs, `
      + `${opened.active} script/img/handler elements, downloaded in ${Date.now() - started} ms`);

    expect(opened.dialogs).toEqual([]);
    expect(opened.active).toBe(0);
    expect(opened.text).toContain(data.organisations['x-script']);
  });

  it('the CSV of all results quotes and neutralises every name', async () => {
    const { file, ms } = await download('/local/digitalstrategy/allresults.php', 'dataformat', 'csv');
    const csv = readFileSync(file, 'utf8');
    console.log(`all results, CSV: ${csv.split(/\r?\n/).length - 1} lines, downloaded in ${ms} ms`);

    for (const name of Object.values(data.organisations)) expect(csv, name).toContain(csvField(neutralised(name)));
    expect(csv).not.toMatch(/(^|,)\s*[=+\-@]/m);
  });

  it('the HTML table of the attendance export runs nothing and its headings show "&"', async () => {
    const { file, ms } = await download(`/mod/devcircle/attendance.php?id=${data.circle.cmid}`, 'download', 'html');
    const opened = await openFile(file);
    console.log(`attendance, HTML table: ${opened.rows} rows, ${opened.dialogs.length} dialogs, `
      + `${opened.active} script/img/handler elements, downloaded in ${ms} ms`);

    expect(opened.dialogs).toEqual([]);
    expect(opened.active).toBe(0);
    expect(opened.headings.some((h) => h.startsWith(`${data.session.name} (`)), opened.headings.join('|')).toBe(true);
    expect(opened.headings.join('|')).not.toMatch(/&(amp|lt|gt|quot);/);
    expect(opened.text).toContain(data.organisations['x-script']);
    expect(opened.text).toContain(neutralised(data.person));
    expectClean(problems);
  });

  it('the CSV of the attendance export quotes and neutralises names and keeps "&" in its headings', async () => {
    const { file, ms } = await download(`/mod/devcircle/attendance.php?id=${data.circle.cmid}`, 'download', 'csv');
    const csv = readFileSync(file, 'utf8');
    console.log(`attendance, CSV: ${csv.split(/\r?\n/).length - 1} lines, downloaded in ${ms} ms`);

    expect(csv).toContain(csvField(neutralised(data.person)));
    expect(csv).toContain(csvField(data.organisations['x-script'] ?? ''));
    expect(csv.split('\r\n')[0]).toContain(`"${data.session.name.replace(/"/g, '""')} (`);
    expect(csv).not.toContain('&amp;');
  });
});

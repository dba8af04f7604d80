// The CSV import of organisations, in Chromium against the running stack, as an administrator
// uploads files through Moodle's file picker and reads the preview:
//   - a Latin-1 (Windows-1252) file with semicolons is read as such: "Süd" stays "Süd" in the
//     preview and after the import, the detected encoding is named and preselected to read again;
//   - a comma-separated file is split at its commas (no "column 'idnumber,name,…' unknown"), the
//     detected separator named and preselected;
//   - a NUL byte inside an identifier is neither dropped nor imported: the row is refused, the
//     preview shows the character as a visible symbol, the message names the column and U+0000;
//   - a 1 MB name is shortened in the preview (with its full length), and its error names the
//     column and the limit; the page stays small.
// The strings are read from the plugin's language files in the language the page is shown in.
// Test data: organisations with identifiers starting "browsertest-import-", deleted afterwards
// (tests/browser/fixtures/import.php).
import { describe, it, beforeAll, afterAll, expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, openPage, login, settled, expectClean, uploadFile, baseUrl, adminPassword, type PageProblems } from './support/moodle';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const prefix = `browsertest-import-${Date.now().toString(36)}-`;
const importUrl = `${baseUrl}/local/digitalstrategy/import.php`;

/** Runs the fixture script on the stack's Moodle. */
function fixture(...args: string[]): unknown {
  const moodle = path.join(root, 'scripts', 'moodle.sh');
  const www = execFileSync('bash', [moodle, 'www'], { encoding: 'utf8' }).trim();
  const out = execFileSync('bash', [moodle, 'php', path.join(root, 'tests/browser/fixtures/import.php'), www, ...args],
    { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop() ?? 'null');
}

/** A string of local_digitalstrategy in a language, with its {$a…} placeholders filled. */
function langString(lang: string, key: string, a: Record<string, string> | string = {}): string {
  const file = path.join(root, 'local_digitalstrategy/lang', lang === 'de' ? 'de' : 'en', 'local_digitalstrategy.php');
  const m = new RegExp(`\\$string\\['${key}'\\] = '((?:[^'\\\\]|\\\\.)*)';`).exec(readFileSync(file, 'utf8'));
  if (!m?.[1]) throw new Error(`no string ${key} in ${file}`);
  const text = m[1].replace(/\\'/g, "'");
  if (typeof a === 'string') return text.replace('{$a}', a);
  return text.replace(/\{\$a->(\w+)\}/g, (_all, name: string) => a[name] ?? `{$a->${name}}`);
}

let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: PageProblems;
let lang = 'en';

/** Uploads a file through the form's file picker and opens the preview; returns the time it took. */
async function preview(name: string, content: Buffer): Promise<number> {
  await page.goto(importUrl);
  await settled(page);
  await uploadFile(page, 'csvfile', { name, buffer: content });
  const started = Date.now();
  await Promise.all([page.waitForURL(importUrl), page.locator('#id_submitbutton').click()]);
  await page.locator('[data-region="local_digitalstrategy-importpreview"]').waitFor();
  const elapsed = Date.now() - started;
  await settled(page);
  return elapsed;
}

/** The preview's rows: the cells as the reader sees them. */
async function rows(): Promise<string[][]> {
  return page.locator('[data-region="local_digitalstrategy-importpreview"] tbody tr').evaluateAll((trs) =>
    trs.map((tr) => Array.from(tr.querySelectorAll('th, td')).map((c) => (c as HTMLElement).innerText.trim())));
}

async function readAs(): Promise<string> {
  return (await page.locator('[data-region="local_digitalstrategy-importreadas"]').innerText()).trim();
}

/** The choice preselected in the form that reads the file again. */
async function preselected(field: 'encoding' | 'delimiter'): Promise<string> {
  return page.locator(`form:has(input[name="reread"]) select[name="${field}"]`).inputValue();
}

beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  ({ page, problems } = await openPage(context));
  await login(page, 'admin', adminPassword);
  await page.goto(importUrl);
  lang = (await page.getAttribute('html', 'lang'))?.slice(0, 2) ?? 'en';
});

afterAll(async () => {
  await context?.close().catch(() => undefined);
  await browser?.close();
  fixture('cleanup', prefix);
});

describe(`CSV import at ${baseUrl}`, () => {
  it('reads a Latin-1 file with semicolons as written and imports "Süd" unchanged', async () => {
    const csv = `idnumber;name;location\r\n${prefix}sued;Sozialstation Süd;Köln-Süd\r\n`;
    const ms = await preview('sued-latin1.csv', Buffer.from(csv, 'latin1'));

    const [row] = await rows();
    expect(row?.[1]).toBe(`${prefix}sued`);
    expect(row?.[2]).toBe('Sozialstation Süd');
    const semicolon = langString(lang, 'importdelimiter_semicolon', ';');
    expect(await readAs()).toBe(langString(lang, 'importreadas', {
      encoding: langString(lang, 'importdetected', 'WINDOWS-1252'),
      delimiter: langString(lang, 'importdetected', semicolon),
    }));
    expect(await preselected('encoding')).toBe('WINDOWS-1252');
    expect(await preselected('delimiter')).toBe('semicolon');

    await Promise.all([page.waitForURL(/organisations\.php/), page.locator('form:has(input[name="contenthash"]) [name="submitbutton"]').click()]);
    const stored = fixture('show', prefix) as Array<{ idnumber: string; name: string; location: string }>;
    expect(stored).toEqual([{ idnumber: `${prefix}sued`, name: 'Sozialstation Süd', location: 'Köln-Süd' }]);
    console.log(`import: Latin-1 file previewed in ${ms} ms, imported as "${stored[0]?.name}"`);
    expectClean(problems);
  });

  it('splits a comma-separated file at its commas and says so', async () => {
    const csv = `idnumber,name,location\n${prefix}komma,"Beratung Komma, Mitte",Essen\n`;
    const ms = await preview('komma.csv', Buffer.from(csv, 'utf8'));

    expect(await page.locator('.alert-danger').count()).toBe(0);
    const [row] = await rows();
    expect(row?.slice(1, 3)).toEqual([`${prefix}komma`, 'Beratung Komma, Mitte']);
    expect(await readAs()).toContain(langString(lang, 'importdetected', langString(lang, 'importdelimiter_comma', ',')));
    expect(await preselected('delimiter')).toBe('comma');
    expect(await preselected('encoding')).toBe('UTF-8');

    // Read again as semicolon-separated on purpose: the header is one unknown column, and the
    // choice made is what the form shows then.
    await page.locator('form:has(input[name="reread"]) select[name="delimiter"]').selectOption('semicolon');
    await Promise.all([page.waitForURL(importUrl), page.locator('input[name="reread"]').click()]);
    expect(await page.locator('.alert-danger').innerText())
      .toContain(langString(lang, 'importerror_unknowncolumn', 'idnumber,name,location'));
    expect(await preselected('delimiter')).toBe('semicolon');
    console.log(`import: comma-separated file previewed in ${ms} ms`);
    expectClean(problems);
  });

  it('refuses an identifier with a NUL byte instead of dropping the byte', async () => {
    const csv = `idnumber;name\n${prefix}nul\0 3;Organisation mit NUL\n${prefix}gut;Organisation ohne NUL\n`;
    await preview('nul.csv', Buffer.from(csv, 'utf8'));

    const [bad, good] = await rows();
    expect(bad?.[1]).toBe(`${prefix}nul\u2400 3`);
    const error = langString(lang, 'importerror_field', {
      field: 'idnumber',
      message: langString(lang, 'importerror_control', { char: 'U+0000 (NUL)', position: String(prefix.length + 4) }),
    });
    expect(bad?.[4]).toContain(error.split(' (NUL)')[0] ?? error);
    expect(bad?.[4]).toContain('U+0000');
    expect(good?.[1]).toBe(`${prefix}gut`);

    // Importing imports only the row without errors; the identifier without the byte does not appear.
    await Promise.all([page.waitForURL(/organisations\.php/), page.locator('form:has(input[name="contenthash"]) [name="submitbutton"]').click()]);
    const stored = (fixture('show', prefix) as Array<{ idnumber: string }>).map((o) => o.idnumber);
    expect(stored).toContain(`${prefix}gut`);
    expect(stored.filter((id) => id.includes('nul'))).toEqual([]);
    expectClean(problems);
  });

  it('shortens a 1 MB value in the preview and names the column and the limit', async () => {
    const huge = 'x'.repeat(1048576);
    const csv = `idnumber;name\n${prefix}gross;${huge}\n`;
    const ms = await preview('gross.csv', Buffer.from(csv, 'utf8'));

    const html = await page.content();
    const [row] = await rows();
    const shown = row?.[2] ?? '';
    expect(shown.length).toBeLessThan(200);
    expect(shown).toMatch(/^x+… \(1[.,]048[.,]576 /);
    expect(row?.[4]).toContain(langString(lang, 'importerror_field', {
      field: 'name',
      message: langString(lang, 'importerror_toolong', { max: '255', length: '' }).replace(/\)$/, ''),
    }));
    expect(row?.[4]).toMatch(/1[.,]048[.,]576/);
    expect(html.length).toBeLessThan(200000);
    expect(await page.locator('form:has(input[name="contenthash"])').count()).toBe(0);
    console.log(`import: 1 MB value previewed in ${ms} ms; page ${html.length} characters, value shown in ${shown.length}`);
    expectClean(problems);
  });
});

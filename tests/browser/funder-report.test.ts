// The funder report page, in Chromium against the running stack: the project team (the admin)
// downloads the workbook as XLSX and as ODS from /local/digitalstrategy/controlling_export.php;
// each is a spreadsheet file of its type with the six sheets (cover, indicators, attendance,
// surveys, feedback, document access). A half-year outside the programme and an unknown format
// get a clear message; a participant without the capability gets no file. The numbers in the
// workbook are compared with the dashboard's by PHPUnit (funder_report_test.php).
import { describe, it, beforeAll, afterAll, expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launch, openPage, login, baseUrl, adminPassword } from './support/moodle';

const EXPORT = `${baseUrl}/local/digitalstrategy/controlling_export.php`;
const SHEETS = ['Cover', 'Indicators', 'Attendance', 'Surveys', 'Feedback', 'Document access'];

let browser: Browser;
let downloads: string;

/** One file of a zip archive as text. */
function unzipped(file: string, member: string): string {
  return execFileSync('unzip', ['-p', file, member], { encoding: 'utf8' });
}

/** A logged-in page of its own browser context. */
async function session(username: string, password?: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'en' });
  const { page } = await openPage(context);
  await login(page, username, password);
  return { context, page };
}

beforeAll(async () => {
  browser = await launch();
  downloads = mkdtempSync(path.join(tmpdir(), 'funder-report-'));
});
afterAll(async () => {
  await browser?.close();
  rmSync(downloads, { recursive: true, force: true });
});

describe('the funder report', () => {
  it('the project team downloads it as XLSX and as ODS, each with the six sheets', async () => {
    const { context, page } = await session('admin', adminPassword);

    const xlsx = await page.request.get(`${EXPORT}?format=xlsx`);
    expect(xlsx.status()).toBe(200);
    expect(xlsx.headers()['content-type']).toContain('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(xlsx.headers()['content-disposition']).toMatch(/attachment;\s*filename="?Funder report-\d{4}-\d{2}-\d{2}\.xlsx/);
    const xlsxfile = path.join(downloads, 'report.xlsx');
    writeFileSync(xlsxfile, await xlsx.body());
    const workbook = unzipped(xlsxfile, 'xl/workbook.xml');
    const names = [...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    expect(names).toEqual(SHEETS);
    expect(unzipped(xlsxfile, 'xl/sharedStrings.xml')).toContain('Funder report: project controlling');

    const ods = await page.request.get(`${EXPORT}?format=ods&period=1`);
    expect(ods.status()).toBe(200);
    expect(ods.headers()['content-type']).toContain('application/vnd.oasis.opendocument.spreadsheet');
    const odsfile = path.join(downloads, 'report.ods');
    writeFileSync(odsfile, await ods.body());
    expect(unzipped(odsfile, 'mimetype')).toBe('application/vnd.oasis.opendocument.spreadsheet');
    const content = unzipped(odsfile, 'content.xml');
    expect([...content.matchAll(/<table:table [^>]*table:name="([^"]+)"/g)].map((m) => m[1])).toEqual(SHEETS);
    expect(content).toContain('Reporting period');
    await context.close();
  });

  it('a half-year outside the programme and an unknown format get a clear message', async () => {
    const { context, page } = await session('admin', adminPassword);

    await page.goto(`${EXPORT}?format=xlsx&period=99`);
    expect(await page.locator('body').innerText()).toContain('Half-year 99 is outside the programme');
    await page.goto(`${EXPORT}?format=csv`);
    expect(await page.locator('body').innerText()).toContain('The funder report is available as xlsx (Excel) or ods (OpenDocument)');
    await context.close();
  });

  it('a participant without the capability gets no file', async () => {
    const { context, page } = await session('anna');

    const response = await page.request.get(`${EXPORT}?format=xlsx`);
    expect(response.headers()['content-type'] ?? '').not.toContain('spreadsheetml');
    expect((await response.body()).subarray(0, 2).toString()).not.toBe('PK');
    await context.close();
  });
});

// Best practice in Chromium against the running stack: the leader of one organisation releases a
// transferable measure of phase Act anonymised through the release form; a member of another
// organisation finds it in the collection by its experiment field (filter used with the keyboard)
// and sees neither the organisation's name nor the leader's; the export of the filtered collection
// arrives as a PDF; axe finds no serious violation on the collection.
// Test data: tests/browser/fixtures/bestpractice.php.
import { describe, it, beforeAll, afterAll, expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, openPage, login, settled, axeViolations, expectClean, baseUrl, type PageProblems } from './support/moodle';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const COLLECTION = '[data-region="local_digitalstrategy-bestpractice"]';

interface Fixture {
  leader: string;
  reader: string;
  secretorg: string;
  leadername: string;
  title: string;
  measureid: number;
  fieldid: number;
}

function fixture(): Fixture {
  const moodle = path.join(root, 'scripts', 'moodle.sh');
  const www = execFileSync('bash', [moodle, 'www'], { encoding: 'utf8' }).trim();
  const out = execFileSync('bash', [moodle, 'php', path.join(root, 'tests/browser/fixtures/bestpractice.php'), www],
    { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as Fixture;
}

let data: Fixture;
let browser: Browser;
let downloads: string;

/** A browser context of its own for one person, logged in. */
async function personPage(username: string): Promise<{ context: BrowserContext; page: Page; problems: PageProblems }> {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 1000 } });
  const { page, problems } = await openPage(context);
  await login(page, username);
  return { context, page, problems };
}

beforeAll(async () => {
  data = fixture();
  downloads = mkdtempSync(path.join(tmpdir(), 'bestpractice-'));
  browser = await launch();
}, 120000);

afterAll(async () => {
  await browser?.close();
  if (downloads) rmSync(downloads, { recursive: true, force: true });
});

describe(`best practice at ${baseUrl}`, () => {
  it('the leader releases the transferable measure anonymised', async () => {
    const { context, page, problems } = await personPage(data.leader);
    const response = await page.goto(`${baseUrl}/local/digitalstrategy/bestpractice_release.php?measureid=${data.measureid}`);
    expect(response?.status()).toBeLessThan(400);
    await settled(page);
    await page.check('input[type="radio"][name="named"][value="0"]');
    await page.check('input[type="checkbox"][name="confirm"]');
    const started = Date.now();
    await Promise.all([
      page.waitForURL((u) => u.pathname.endsWith('/local/digitalstrategy/bestpractice.php'), { timeout: 30000 }),
      page.click('#id_submitbutton'),
    ]);
    console.log(`release saved and collection shown in ${Date.now() - started} ms`);
    expect(await page.locator(COLLECTION).innerText()).toContain(data.title);
    expectClean(problems);
    await context.close();
  }, 90000);

  it('a member of another organisation finds it by experiment field without the organisation, and exports a PDF', async () => {
    const { context, page, problems } = await personPage(data.reader);
    await page.goto(`${baseUrl}/local/digitalstrategy/bestpractice.php`);
    await settled(page);

    // The filter by keyboard only: choose the field, Tab past the dimension to the button, Enter.
    await page.focus('#ds-bp-field');
    await page.selectOption('#ds-bp-field', String(data.fieldid));
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const started = Date.now();
    await Promise.all([
      page.waitForURL((u) => u.searchParams.get('fieldid') === String(data.fieldid), { timeout: 30000 }),
      page.keyboard.press('Enter'),
    ]);
    await settled(page);
    const entries = page.locator(`${COLLECTION} [data-region="bestpractice-entry"]`);
    console.log(`filtered by field in ${Date.now() - started} ms: ${await entries.count()} entries`);
    expect(await entries.count()).toBe(1);
    expect(await entries.first().innerText()).toContain(data.title);
    const text = await page.locator('#page-content, [role="main"]').first().innerText();
    expect(text).not.toContain(data.secretorg);
    expect(text).not.toContain('Geheimhof');
    expect(text).not.toContain(data.leadername);
    expect(await page.locator(`${COLLECTION} a[href*="strategy.php"], ${COLLECTION} a[href*="orgid="], ${COLLECTION} a[href*="/user/"]`).count()).toBe(0);

    const axe = await axeViolations(page, COLLECTION);
    console.log(`axe on the collection: ${axe.length} serious or critical violations`);
    expect(axe).toEqual([]);

    const exported = Date.now();
    const [file] = await Promise.all([
      page.waitForEvent('download', { timeout: 60000 }),
      page.click('[data-action="bestpractice-export"]'),
    ]);
    const target = path.join(downloads, file.suggestedFilename());
    await file.saveAs(target);
    const pdf = readFileSync(target);
    console.log(`PDF export: ${file.suggestedFilename()}, ${pdf.length} bytes in ${Date.now() - exported} ms`);
    expect(file.suggestedFilename()).toMatch(/\.pdf$/);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1')).not.toContain('Geheimhof');

    // The release page refuses a measure of another organisation, in words, and changes nothing.
    await page.goto(`${baseUrl}/local/digitalstrategy/bestpractice_release.php?measureid=${data.measureid}`);
    expect(await page.locator('.alert-danger').innerText()).toContain('does not exist or belongs to another organisation');
    expect(await page.locator('input[name="confirm"]').count()).toBe(0);
    expectClean(problems);
    await context.close();
  }, 120000);
});

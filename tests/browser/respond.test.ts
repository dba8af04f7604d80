// Answering a campaign by the personal link in Chromium against the running stack:
//   - an invited contact without an account opens the link (no login, no guest session), answers
//     half of the training feedback, reloads — every answer is still there — finishes and submits;
//   - opening the link again says the answers were submitted (HTTP 409); a forged link gets a
//     clear error page (HTTP 404);
//   - the answering page passes axe and runs without a JavaScript error.
// Test data: tests/browser/fixtures/respond.php (a new anonymous campaign with one invite).
import { describe, it, beforeAll, afterAll, expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, openPage, settled, axeViolations, expectClean, baseUrl, type PageProblems } from './support/moodle';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const RESPOND = '#local_digitalstrategy-respond';

function fixture(): { campaignid: number; url: string } {
  const moodle = path.join(root, 'scripts', 'moodle.sh');
  const www = execFileSync('bash', [moodle, 'www'], { encoding: 'utf8' }).trim();
  const out = execFileSync('bash', [moodle, 'php', path.join(root, 'tests/browser/fixtures/respond.php'), www, 'setup'],
    { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as { campaignid: number; url: string };
}

/** Waits until the answer of an item is saved (its version moved past the given one). */
async function saved(page: Page, itemkey: string, previous = 0): Promise<void> {
  await page.waitForFunction(([key, version]) => {
    const item = document.querySelector<HTMLElement>(`[data-item="${key}"]`);
    return item !== null && Number(item.dataset.version) > Number(version);
  }, [itemkey, previous] as const, { timeout: 20000 });
}

async function open(page: Page, url: string): Promise<number> {
  const response = await page.goto(url);
  return response?.status() ?? 0;
}

let browser: Browser;
let contact: BrowserContext;
let page: Page;
let problems: PageProblems;
let link: { campaignid: number; url: string };

beforeAll(async () => {
  link = fixture();
  browser = await launch();
  contact = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  ({ page, problems } = await openPage(contact));
});

afterAll(async () => {
  await contact?.close().catch(() => undefined);
  await browser?.close();
});

describe(`answering a campaign by link at ${baseUrl}`, () => {
  it('an invited contact without an account answers half, reloads and finds every answer kept', async () => {
    const started = Date.now();
    expect(await open(page, link.url)).toBe(200);
    await page.waitForSelector(`${RESPOND}[data-ready="true"]`);
    await settled(page);
    console.log(`answering page ready in ${Date.now() - started} ms`);
    expect(await page.locator('#loginbtn, [data-region="usermenu"] .userinitials').count()).toBe(0);
    expect(await axeViolations(page, RESPOND)).toEqual([]);

    await page.check('#ds-content-2');
    await page.check('#ds-methods-1');
    await page.check('#ds-trainer-2');
    await page.fill('#ds-good-text', 'Die Übungen & "Beispiele" < 1 Std. 🌻');
    await saved(page, 'content');
    await saved(page, 'methods');
    await saved(page, 'trainer');
    await saved(page, 'good');
    await settled(page);

    expect(await open(page, link.url)).toBe(200);
    await page.waitForSelector(`${RESPOND}[data-ready="true"]`);
    expect(await page.isChecked('#ds-content-2')).toBe(true);
    expect(await page.isChecked('#ds-methods-1')).toBe(true);
    expect(await page.isChecked('#ds-trainer-2')).toBe(true);
    expect(await page.inputValue('#ds-good-text')).toBe('Die Übungen & "Beispiele" < 1 Std. 🌻');
    expect(await page.textContent('[data-region="progresstext"]')).toMatch(/4/);
  });

  it('the contact finishes, submits once and cannot submit again', async () => {
    await page.check('#ds-organisation-0');
    await page.check('#ds-practice-1');
    await page.check('#ds-overall-2');
    await page.click('[data-action="submit"]');
    await page.waitForSelector('[data-region="done"]:not([hidden])', { timeout: 20000 });
    await settled(page);
    expectClean(problems);

    // The link again: submitted, with a 409 and a message, not the form.
    const again = await contact.newPage();
    const response = await again.goto(link.url);
    expect(response?.status()).toBe(409);
    expect(await again.locator(RESPOND).count()).toBe(0);
    expect(await again.locator('.alert').first().textContent()).toMatch(/submitted|abgeschickt/);
    await again.close();
  });

  it('a forged link gets a clear error page', async () => {
    const forged = await contact.newPage();
    const response = await forged.goto(`${baseUrl}/local/digitalstrategy/respond.php?token=${'A'.repeat(43)}`);
    expect(response?.status()).toBe(404);
    expect(await forged.locator(RESPOND).count()).toBe(0);
    expect(await forged.locator('.alert').first().textContent()).toMatch(/not valid|nicht gültig/);
    await forged.close();
  });
});

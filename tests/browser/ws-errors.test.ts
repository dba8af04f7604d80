// Web-service answers of an unexpected shape, in Chromium against the running stack, through the
// built bundles Moodle serves: the browser's requests to /lib/ajax/service.php are answered with
// valid JSON of the wrong shape (page.route), as a broken proxy or a mismatched server version
// would. Then
//   - on the check page, saving an answer shows an error (at the question and in the save state),
//     not "no connection"; the page stops sending it and keeps the answer in the browser;
//   - on a circle's page, the live status of the webinars says something went wrong and stops
//     asking, instead of asking again and again.
// Test data: the demo users anna (Caritas Sozialstation Nord) and the demo course DEZ.
import { describe, it, beforeAll, afterAll, expect } from 'vitest';
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, openPage, login, settled, baseUrl, expectClean, type PageProblems } from './support/moodle';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A German string of a plugin (the demo users read German), {$a} left as it is. */
function deString(file: string, key: string): string {
  const text = readFileSync(path.join(root, file), 'utf8');
  const m = new RegExp(`\\$string\\['${key}'\\] = '((?:[^'\\\\]|\\\\.)*)';`).exec(text);
  if (!m?.[1]) throw new Error(`no string ${key} in ${file}`);
  return m[1].replace(/\\'/g, "'");
}

/**
 * Answers the calls of one web service with the given (valid JSON, wrong shape) data and lets
 * every other call through; counts the calls it answered.
 */
async function breakService(page: Page, methodname: string, data: unknown): Promise<{ calls: number }> {
  const seen = { calls: 0 };
  await page.route('**/lib/ajax/service.php*', async (route: Route) => {
    const requests = route.request().postDataJSON() as Array<{ methodname: string }> | null;
    if (!Array.isArray(requests) || !requests.some((r) => r.methodname === methodname)) {
      await route.fallback();
      return;
    }
    seen.calls++;
    await route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify(requests.map(() => ({ error: false, data }))),
    });
  });
  return seen;
}

let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: PageProblems;

beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  ({ page, problems } = await openPage(context));
  await login(page, 'anna');
});

afterAll(async () => {
  await context?.close().catch(() => undefined);
  await browser?.close();
});

describe(`answers of an unexpected shape at ${baseUrl}`, () => {
  it('saving an answer on the check page shows an error, not "offline", and is not sent again', async () => {
    const saves = await breakService(page, 'local_digitalstrategy_save_answer', { status: 'stored', answer: null });
    await page.goto(`${baseUrl}/local/digitalstrategy/check.php`);
    const start = page.locator('[data-region="local_digitalstrategy-checkstart"] button[type="submit"]');
    if (await start.count()) await Promise.all([page.waitForURL(/check\.php/), start.click()]);
    await settled(page);
    await expect.poll(() => page.getAttribute('#local_digitalstrategy-check', 'data-ready')).toBe('true');

    const item = page.locator('[data-region="item"]').first();
    const itemkey = await item.getAttribute('data-item');
    await item.locator('input[type="radio"]:not([data-dontknow])').first().check();

    const status = page.locator('[data-region="savestatus"]');
    await expect.poll(() => status.textContent(), { timeout: 20000 }).toBe(deString('local_digitalstrategy/lang/de/local_digitalstrategy.php', 'saveunexpected'));
    expect(await status.getAttribute('class')).toContain('text-danger');
    const offline = deString('local_digitalstrategy/lang/de/local_digitalstrategy.php', 'offline_other').split('{$a}')[0] ?? '';
    expect(await status.textContent()).not.toContain(offline);
    expect(await item.locator('[data-region="itemstatus"]').textContent())
      .toContain(deString('local_digitalstrategy/lang/de/local_digitalstrategy.php', 'unexpectedanswer'));

    // No retry: not after the pauses a lost connection would get (1 s, 2 s, 5 s), not when the
    // browser says it is online again.
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await page.waitForTimeout(9000);
    expect(saves.calls).toBe(1);
    const kept = await page.evaluate(() => Object.keys(window.localStorage).map((k) => window.localStorage.getItem(k) ?? '').join(''));
    expect(kept).toContain(`"itemkey":"${itemkey ?? ''}"`);
    await settled(page);
    expectClean(problems);
    await page.unrouteAll();
  });

  it('the live status on a circle page says something went wrong and stops asking', async () => {
    const status = await breakService(page, 'mod_devcircle_get_sessions_status', { sessions: [{ id: 'eins' }] });
    await page.goto(`${baseUrl}/course/view.php?name=DEZ`);
    const href = await page.getAttribute('a[href*="/mod/devcircle/view.php"]', 'href');
    await page.goto(href ?? '');
    await settled(page);
    await expect.poll(() => page.getAttribute('#mod_devcircle-sessions', 'data-ready')).toBe('true');

    const notice = page.locator('#mod_devcircle-sessions [data-region="notice"] .alert');
    await expect.poll(() => notice.textContent()).toBe(deString('mod_devcircle/lang/de/devcircle.php', 'error_generic'));
    // The status is asked for every 5 s or more while it works; a broken answer is not asked for again.
    await page.waitForTimeout(12000);
    expect(status.calls).toBe(1);
    expectClean(problems);
    await page.unrouteAll();
  });
});

// A participant logs in, opens the course with the block and the activity; every page's
// JavaScript (our AMD modules included) runs without a console error, and our parts pass axe.
import { describe, it, beforeAll, afterAll, expect } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launch, openPage, login, settled, axeViolations, expectClean, baseUrl } from './support/moodle';

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext();
});
afterAll(async () => {
  await browser?.close();
});

describe(`Moodle at ${baseUrl}`, () => {
  it('a participant sees the course with the block and the development circle', async () => {
    const { page, problems } = await openPage(context);
    await login(page, 'anna');
    await page.goto(`${baseUrl}/course/view.php?name=DEZ`);
    expect(await page.locator('h1').innerText()).toContain('Digitaler Entwicklungszirkel');
    await settled(page);
    await expect.poll(() => page.getAttribute('[data-region="block_digicheck"]', 'data-ready')).toBe('true');
    expect(await axeViolations(page, '[data-region="block_digicheck"]')).toEqual([]);
    expectClean(problems);

    // Follow the link rather than clicking it: a first-visit user tour may cover the page.
    const activity = await page.getAttribute('a[href*="/mod/devcircle/view.php"]', 'href');
    expect(activity).toBeTruthy();
    await page.goto(activity ?? '');
    await settled(page);
    await expect.poll(() => page.getAttribute('#mod_devcircle-sessions', 'data-ready')).toBe('true');
    expect(await axeViolations(page, '[data-region="mod_devcircle-view"]')).toEqual([]);
    expectClean(problems);
    await page.close();
  });

  it('the block renders on the Dashboard', async () => {
    const { page, problems } = await openPage(context);
    await page.goto(`${baseUrl}/my/`);
    await settled(page);
    await expect.poll(() => page.getAttribute('[data-region="block_digicheck"]', 'data-ready')).toBe('true');
    expectClean(problems);
    await page.close();
  });

  it('an admin opens the suite overview page', async () => {
    const adminContext = await browser.newContext();
    const { page, problems } = await openPage(adminContext);
    await login(page, 'admin', process.env.ADMIN_PASSWORD ?? 'Admin123!');
    await page.goto(`${baseUrl}/local/digitalstrategy/index.php`);
    await settled(page);
    expect(await page.locator('[data-region="local_digitalstrategy-overview"]').isVisible()).toBe(true);
    expect(await axeViolations(page, '[data-region="local_digitalstrategy-overview"]')).toEqual([]);
    expectClean(problems);
    await adminContext.close();
  });
});

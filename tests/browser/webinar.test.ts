// Webinars in a development circle, in Chromium against the running stack and its BigBlueButton
// test double:
//   - a moderator plans a session and starts it from the course page; the test double's client
//     page shows the moderator with the MODERATOR role;
//   - a participant who clicks "join" before the moderator is told to wait, and is let in as
//     VIEWER once the moderator has started; the double's page lists both with their roles;
//   - a recording is added on the server, its recording-ready callback reaches Moodle, and the
//     recording appears on the participant's page without a reload; playing it goes through Moodle;
//   - the moderator ends the session and deletes it again;
//   - no page, web-service answer or AMD bundle of Moodle contains the BBB shared secret.
// Test data: the demo course DEZ with its circle and the demo users moderator and anna.
import { describe, it, beforeAll, afterAll, expect } from 'vitest';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, openPage, login, settled, expectClean, axeViolations, baseUrl, type PageProblems } from './support/moodle';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const varDir = process.env.DIGISOZ_VAR ?? path.join(root, '.var');
const bbbOrigin = `http://127.0.0.1:${process.env.BBB_PORT ?? '8090'}`;
const secret = readFileSync(path.join(varDir, 'bbb-secret'), 'utf8').trim();
const title = `Webinar-Test ${Date.now()}`;

let browser: Browser;
const contexts: BrowserContext[] = [];
/** Every text answer Moodle sent to the browsers: checked for the secret at the end. */
const bodies: Array<Promise<{ url: string; text: string }>> = [];

function recordBodies(page: Page): void {
  page.on('response', (res: Response) => {
    if (!res.url().startsWith(baseUrl)) return;
    const type = res.headers()['content-type'] ?? '';
    if (/html|json|javascript|text/.test(type)) {
      bodies.push(res.text().then((text) => ({ url: res.url(), text }), () => ({ url: res.url(), text: '' })));
    }
  });
}

async function userPage(username: string): Promise<{ context: BrowserContext; page: Page; problems: PageProblems }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  contexts.push(context);
  const { page, problems } = await openPage(context);
  recordBodies(page);
  await login(page, username);
  return { context, page, problems };
}

async function openCircle(page: Page): Promise<void> {
  await page.goto(`${baseUrl}/course/view.php?name=DEZ`);
  // Follow the link rather than click it: a user tour may cover the course page.
  const href = await page.getAttribute('a[href*="/mod/devcircle/view.php"]', 'href');
  expect(href).toBeTruthy();
  await page.goto(href ?? '');
  await settled(page);
  await expect.poll(() => page.getAttribute('[data-region="mod_devcircle-sessions"]', 'data-ready'), { timeout: 30000 }).toBe('true');
}

const sessionItem = (page: Page) => page.locator('li[data-region="session"]', { has: page.locator(`h3:text-is("${title}")`) });

async function control(pathname: string, body?: unknown): Promise<unknown> {
  const res = await fetch(`${bbbOrigin}/_control/${pathname}`, body === undefined ? {} : {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
  });
  expect(res.ok, `${pathname}: ${res.status}`).toBe(true);
  return res.json();
}

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
});

describe(`webinars at ${baseUrl}`, () => {
  it('a moderator starts a session, a participant waits and joins, a recording appears, the session ends', async () => {
    // The moderator plans a session.
    const mod = await userPage('moderator');
    await openCircle(mod.page);
    await mod.page.click('[data-action="add-session"]');
    await mod.page.fill('#id_title', title);
    await Promise.all([mod.page.waitForURL(/\/mod\/devcircle\/view\.php/), mod.page.click('#id_submitbutton')]);
    await settled(mod.page);
    await expect.poll(() => mod.page.getAttribute('[data-region="mod_devcircle-sessions"]', 'data-ready')).toBe('true');
    const item = sessionItem(mod.page);
    await expect.poll(() => item.count()).toBe(1);
    const sessionId = await item.getAttribute('data-session-id');

    // The participant arrives first and has to wait for the moderator.
    const anna = await userPage('anna');
    await openCircle(anna.page);
    const annaItem = anna.page.locator(`li[data-region="session"][data-session-id="${sessionId}"]`);
    expect(await axeViolations(anna.page, '[data-region="mod_devcircle-sessions"]')).toEqual([]);
    await annaItem.locator('[data-action="join"]').click();
    await expect.poll(() => annaItem.locator('[data-region="message"]').innerText()).not.toBe('');
    expect(await annaItem.locator('[data-action="join"]').isDisabled()).toBe(true);

    // The moderator starts: the double's client page shows the moderator role.
    const [modClient] = await Promise.all([mod.context.waitForEvent('page'), item.locator('[data-action="start"]').click()]);
    await modClient.waitForSelector('#you');
    expect(await modClient.getAttribute('#you', 'data-role')).toBe('MODERATOR');
    const meetingId = /\(([0-9a-f]{64})\)/.exec(await modClient.innerText('#you'))?.[1] ?? '';
    expect(meetingId).not.toBe('');

    // The participant's page lets her in by itself (a new window, or a link when the browser blocks it).
    const annaClient = await Promise.race([
      anna.context.waitForEvent('page', { timeout: 60000 }),
      annaItem.locator('[data-region="message"] a').waitFor({ timeout: 60000 }).then(async () => {
        const [popup] = await Promise.all([anna.context.waitForEvent('page'), annaItem.locator('[data-region="message"] a').click()]);
        return popup;
      }),
    ]);
    await annaClient.waitForSelector('#you');
    expect(await annaClient.getAttribute('#you', 'data-role')).toBe('VIEWER');
    const rows = annaClient.locator(`#joins tr[data-meeting="${meetingId}"]`);
    expect(await rows.evaluateAll((trs) => trs.map((tr) => [tr.children[1]?.textContent, tr.getAttribute('data-role')])))
      .toEqual([['Maria Möller "Moderatorin" & Co.', 'MODERATOR'], ["Anna Albers-O'Neill 🌻", 'VIEWER']]);

    // The live status on the participant's page shows the running meeting.
    await anna.page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await expect.poll(() => annaItem.getAttribute('data-running'), { timeout: 30000 }).toBe('1');

    // A recording is ready: the server calls Moodle back and the recording appears.
    const answer = await control('recordings', { meetingID: meetingId, name: `${title} (Aufzeichnung)` }) as
      { callback: { status?: number; error?: string } | null };
    expect(answer.callback?.error).toBeUndefined();
    expect(answer.callback?.status).toBe(202);
    await anna.page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    const link = annaItem.locator('[data-region="recordings"] a', { hasText: `${title} (Aufzeichnung)` });
    await link.waitFor({ timeout: 30000 });
    expect(await axeViolations(anna.page, '[data-region="mod_devcircle-sessions"]')).toEqual([]);
    const [playback] = await Promise.all([anna.context.waitForEvent('page'), link.click()]);
    await playback.waitForSelector('#recording');

    // The moderator ends the session for everyone.
    await item.locator('[data-action="end"]').click();
    await mod.page.click('.modal.show [data-action="delete"]');
    await expect.poll(() => item.getAttribute('data-open'), { timeout: 30000 }).toBe('0');
    expect(await item.locator('[data-action="end"]').isHidden()).toBe(true);
    await modClient.reload();
    await modClient.waitForSelector('#ended');
    // The server's end callback reached Moodle and was accepted (its token is right).
    const endCallback = async (): Promise<number | undefined> => {
      const callbacks = await control('callbacks') as Array<{ kind: string; url: string; status?: number }>;
      return callbacks.find((c) => c.kind === 'end' && c.url.includes(`meetingID=${meetingId}`))?.status;
    };
    await expect.poll(endCallback, { timeout: 30000 }).toBe(200);

    // The moderator deletes the test session again (the demo course stays as it was).
    await Promise.all([mod.page.waitForURL(/\/mod\/devcircle\/session\.php/), item.locator('a[href*="delete=1"]').click()]);
    await Promise.all([mod.page.waitForURL(/\/mod\/devcircle\/view\.php/), mod.page.click('form:has(input[name="confirm"][value="1"]) [type="submit"]')]);
    await settled(mod.page);
    expect(await sessionItem(mod.page).count()).toBe(0);

    await settled(mod.page);
    await settled(anna.page);
    expectClean(mod.problems);
    expectClean(anna.problems);
  }, 300000);

  it('no page, web-service answer or AMD bundle contains the shared secret', async () => {
    const collected = await Promise.all(bodies);
    expect(collected.length).toBeGreaterThan(10);
    expect(collected.some((b) => b.url.includes('/lib/ajax/service.php'))).toBe(true);
    expect(collected.some((b) => /requirejs|webinar/.test(b.url))).toBe(true);
    const leaks = collected.filter((b) => b.text.includes(secret)).map((b) => b.url);
    expect(leaks).toEqual([]);
  });
});

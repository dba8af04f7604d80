// Feedback on a webinar session, in Chromium against the running stack and its BigBlueButton
// test double:
//   - a session of the demo circle carries the demo feedback form; the moderator has started its
//     meeting and anna, ben and clara have joined (tests/browser/fixtures/feedback.php);
//   - the moderator ends the session on the circle's page; the double calls Moodle's end callback
//     as well, so both end paths fire;
//   - anna has exactly one feedback notification with the link to the answering page and sees
//     "Give feedback" on the circle's page;
//   - anna follows "Give feedback" to the answering page and rates every question +2 and submits;
//     ben and clara rate it +1 (recorded by the fixture as the answering page stores them);
//     "Give feedback" is gone for anna;
//   - the moderator's feedback page shows the mean 1.33 inside the target band with a green Ampel
//     and its text; axe finds nothing on it.
// Test data: the demo course DEZ with its circle and the demo users moderator, anna, ben, clara.
import { describe, it, beforeAll, afterAll, expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, openPage, login, settled, expectClean, axeViolations, baseUrl, adminPassword, type PageProblems } from './support/moodle';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

interface Fixture { cmid: number; sessionid: number; campaignid: number; title: string }

function fixture<T>(...args: string[]): T {
  const moodle = path.join(root, 'scripts', 'moodle.sh');
  const www = execFileSync('bash', [moodle, 'www'], { encoding: 'utf8' }).trim();
  const out = execFileSync('bash', [moodle, 'php', path.join(root, 'tests/browser/fixtures/feedback.php'), www, ...args],
    { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop() ?? 'null') as T;
}

let browser: Browser;
const contexts: BrowserContext[] = [];

async function userPage(username: string): Promise<{ page: Page; problems: PageProblems }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  contexts.push(context);
  const opened = await openPage(context);
  await login(opened.page, username, username === 'admin' ? adminPassword : undefined);
  return opened;
}

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
});

describe(`feedback on a webinar session at ${baseUrl}`, () => {
  it('a session ends, an attendee is asked once, the results show the mean in the band with a green Ampel', async () => {
    const data = fixture<Fixture>('setup');
    console.log(`session ${data.sessionid}, feedback campaign ${data.campaignid}`);

    // The moderator ends the running session on the circle's page.
    const mod = await userPage('moderator');
    await mod.page.goto(`${baseUrl}/mod/devcircle/view.php?id=${data.cmid}`);
    await settled(mod.page);
    await expect.poll(() => mod.page.getAttribute('[data-region="mod_devcircle-sessions"]', 'data-ready'), { timeout: 30000 })
      .toBe('true');
    const item = mod.page.locator(`li[data-region="session"][data-session-id="${data.sessionid}"]`);
    await item.locator('[data-action="end"]').click();
    await mod.page.click('.modal.show [data-action="delete"]');
    await expect.poll(() => item.getAttribute('data-open'), { timeout: 30000 }).toBe('0');

    // Anna is asked once, with the link to the answering page, although both end paths fired.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const notifications = fixture<Array<{ subject: string; contexturl: string }>>('notifications', String(data.campaignid));
    console.log(`notifications for anna: ${notifications.length}: ${notifications.map((n) => n.subject).join(' | ')}`);
    expect(notifications).toHaveLength(1);
    expect(notifications[0]?.contexturl).toContain(`/local/digitalstrategy/respond.php?campaign=${data.campaignid}`);
    expect(notifications[0]?.subject).toContain(data.title);

    // She sees "Give feedback" on the circle's page, linking to the same page.
    const anna = await userPage('anna');
    await anna.page.goto(`${baseUrl}/mod/devcircle/view.php?id=${data.cmid}`);
    await settled(anna.page);
    const give = anna.page.locator(`[data-region="mod_devcircle-feedback"] a[href*="respond.php?campaign=${data.campaignid}"]`);
    expect(await give.count()).toBe(1);
    expect(await axeViolations(anna.page, '[data-region="mod_devcircle-feedback"]')).toEqual([]);

    // Anna rates the session on the answering page (+2 on every question), ben and clara +1.
    await Promise.all([anna.page.waitForURL(/respond\.php\?campaign=/), give.click()]);
    await anna.page.waitForSelector('#local_digitalstrategy-respond[data-ready="true"]');
    const ratings = await anna.page.locator('[data-item]:has(input[value="2"])')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.item ?? ''));
    for (const key of ratings) await anna.page.locator(`[data-item="${key}"] input[value="2"]`).check();
    for (const key of ratings) {
      await anna.page.waitForFunction((k) => Number(document.querySelector<HTMLElement>(`[data-item="${k}"]`)?.dataset.version ?? 0) > 0,
        key, { timeout: 20000 });
    }
    await anna.page.click('[data-action="submit"]');
    await anna.page.waitForSelector('[data-region="done"]:not([hidden])', { timeout: 20000 });
    console.log(`anna rated ${ratings.length} questions on the answering page`);
    expect(fixture<{ responses: number }>('respond', String(data.campaignid), 'ben', 'clara').responses).toBe(3);
    await anna.page.goto(`${baseUrl}/mod/devcircle/view.php?id=${data.cmid}`);
    await settled(anna.page);
    expect(await give.count()).toBe(0);

    // The moderator's feedback page: mean 1.33, inside the band 1.0–1.5, green.
    await mod.page.goto(`${baseUrl}/mod/devcircle/feedback.php?id=${data.cmid}&campaign=${data.campaignid}`);
    await settled(mod.page);
    const overall = mod.page.locator('[data-region="feedback-overall"]');
    const colour = await overall.getAttribute('data-colour');
    const text = (await overall.innerText()).replace(/\s+/g, ' ');
    console.log(`feedback page: ${text} (colour ${colour})`);
    expect(colour).toBe('green');
    expect(text).toMatch(/1[.,]33/);
    expect(text).toMatch(/inside the target band|im Zielkorridor/);
    expect(await mod.page.locator('[data-region="local_digitalstrategy-feedbackresults"] table tbody tr').count()).toBeGreaterThan(0);
    expect(await axeViolations(mod.page, '[data-region="local_digitalstrategy-feedbackresults"]')).toEqual([]);

    expectClean(mod.problems);
    expectClean(anna.problems);
  }, 300000);

  it('the project team sees the programme trend and creates an event feedback with an open link and QR code', async () => {
    const admin = await userPage('admin');
    await admin.page.goto(`${baseUrl}/local/digitalstrategy/feedback.php`);
    await settled(admin.page);
    const halfyears = await admin.page.locator('[data-region="feedback-halfyears"] tbody tr').count();
    console.log(`programme trend: ${halfyears} half-year(s)`);
    expect(halfyears).toBeGreaterThan(0);
    expect(await axeViolations(admin.page, '[data-region="local_digitalstrategy-feedbacktrend"]')).toEqual([]);

    const title = `Transferkonferenz "Kick-off" & Austausch < 50 🎉 ${Date.now()}`;
    await admin.page.fill('#id_name', title);
    await Promise.all([admin.page.waitForLoadState('load'), admin.page.click('#id_submitbutton')]);
    await settled(admin.page);
    const link = await admin.page.locator('[data-region="feedback-event-url"]').innerText();
    console.log(`open link: ${link.replace(/token=.*/, 'token=…')}`);
    expect(link).toMatch(/\/local\/digitalstrategy\/respond\.php\?token=[A-Za-z0-9_-]{43}$/);
    expect(await admin.page.getAttribute('.local_digitalstrategy-eventlink-qr', 'src')).toMatch(/^data:image\/png;base64,/);
    expect(await admin.page.locator('[data-region="local_digitalstrategy-eventlink"] h3').innerText()).toBe(title);
    expect(await axeViolations(admin.page, '[data-region="local_digitalstrategy-eventlink"]')).toEqual([]);
    expectClean(admin.problems);
  }, 120000);
});

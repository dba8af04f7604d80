// Survey campaigns, in Chromium against the running stack (its Moodle sends mail to the stack's
// mail catcher on loopback, which the test reads):
//   - a project lead (admin) creates a campaign for a cohort whose members belong to 40 organisations
//     with contact addresses, through the form, and opens it;
//   - the mail task sends 40 invitations; each arrives in the catcher with a personal token link
//     and a decline link;
//   - the first invited contact opens the link from the mail without an account, answers half of
//     the questionnaire, reloads (nothing lost), answers the rest and submits; 11 more responses are
//     recorded by the fixture (as the answering page stores them) and the participation bar on the
//     campaign page moves to 12 of 40 (30 %);
//   - the one manual reminder round reaches exactly the 28 non-responders, with new links; the
//     button is gone afterwards;
//   - the decline link works without an account (a second use says so);
//   - the campaign page passes axe.
// Test data: organisations, users and a cohort named with a fresh prefix, removed afterwards
// (tests/browser/fixtures/campaigns.php).
import { describe, it, beforeAll, afterAll, expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, openPage, login, settled, expectClean, axeViolations, baseUrl, adminPassword, type PageProblems } from './support/moodle';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const prefix = `bt-camp-${Date.now().toString(36)}`;
const ORGS = 40;
const RESPONDERS = 12;
const mailApi = `http://127.0.0.1:${process.env.MAIL_HTTP_PORT ?? '8025'}/api/messages`;

/** Runs the fixture script on the stack's Moodle and returns its last line as JSON. */
function fixture(...args: string[]): Record<string, unknown> {
  const moodle = path.join(root, 'scripts', 'moodle.sh');
  const www = execFileSync('bash', [moodle, 'www'], { encoding: 'utf8' }).trim();
  const out = execFileSync('bash', [moodle, 'php', path.join(root, 'tests/browser/fixtures/campaigns.php'), www, ...args],
    { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop() ?? 'null') as Record<string, unknown>;
}

/** A caught mail as the catcher lists it. */
interface Mail { id: number; to: string[]; subject: string; text: string }

/** The caught mails to this test's organisations, newer than the given id. */
async function mails(afterId = 0): Promise<Mail[]> {
  const response = await fetch(mailApi);
  const all = (await response.json()) as Mail[];
  return all.filter((m) => m.id > afterId && m.to.some((t) => t.startsWith(`${prefix}-`)));
}

/** Waits until at least `count` mails (after `afterId`) have arrived. */
async function waitForMails(count: number, afterId: number): Promise<Mail[]> {
  const deadline = Date.now() + 60000;
  for (;;) {
    const found = await mails(afterId);
    if (found.length >= count || Date.now() > deadline) return found;
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** The answering token in a mail, checked to come with a decline link for the same token. */
function tokenOf(mail: Mail): string {
  const m = /\/local\/digitalstrategy\/respond\.php\?token=([A-Za-z0-9_-]{43})/.exec(mail.text);
  if (!m?.[1]) throw new Error(`no token link in the mail to ${mail.to.join(', ')}`);
  expect(mail.text).toContain(`/local/digitalstrategy/decline.php?token=${m[1]}`);
  return m[1];
}

/** The newest caught mail id (the test only looks at mails after it). */
async function lastMailId(): Promise<number> {
  const all = (await (await fetch(mailApi)).json()) as Mail[];
  return all.reduce((max, m) => Math.max(max, m.id), 0);
}

/** Answers the given items of the answering page (first option, or a text) and waits until each is saved. */
async function answerItems(page: Page, keys: string[]): Promise<void> {
  for (const key of keys) {
    const item = page.locator(`[data-item="${key}"]`);
    const text = item.locator('textarea[data-region="text"]');
    if (await text.count()) {
      await text.fill(`Antwort zu ${key}: "Mehr Zeit" & < 2 Std. 🌻`);
    } else {
      await item.locator('input:not([data-dontknow])').first().check();
    }
  }
  for (const key of keys) {
    await page.waitForFunction((k) => Number(document.querySelector<HTMLElement>(`[data-item="${k}"]`)?.dataset.version ?? 0) > 0,
      key, { timeout: 20000 });
  }
}

let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: PageProblems;
let campaignUrl = '';

beforeAll(async () => {
  const reachable = await fetch(mailApi).then((r) => r.ok).catch(() => false);
  if (!reachable) throw new Error(`the mail catcher does not answer at ${mailApi} (npm run stack)`);
  fixture('setup', prefix, String(ORGS));
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  ({ page, problems } = await openPage(context));
  await login(page, 'admin', adminPassword);
}, 180000);

afterAll(async () => {
  await context?.close().catch(() => undefined);
  await browser?.close();
  fixture('cleanup', prefix);
}, 120000);

describe(`Survey campaigns at ${baseUrl}`, () => {
  let tokens = new Map<string, string>();

  it('a project lead creates and opens a campaign for 40 organisations; 40 invitations arrive with token links', async () => {
    await page.goto(`${baseUrl}/local/digitalstrategy/campaign_edit.php`);
    await settled(page);
    await page.fill('#id_name', `${prefix} Mitgliederbefragung & "Kinder < 6" 🗳️`);
    const instrument = await page.locator('#id_instrumentid option:not([value=""])').first().getAttribute('value');
    await page.selectOption('#id_instrumentid', instrument ?? '');
    await page.selectOption('#id_target', 'cohort');
    await page.selectOption('#id_cohortid', { label: prefix });
    await page.selectOption('#id_respondent', 'organisation');
    await page.fill('#id_participationtarget', '30');
    await Promise.all([page.waitForURL(/campaign\.php\?id=\d+/), page.click('#id_submitbutton')]);
    campaignUrl = page.url().replace(/#.*$/, '');
    expectClean(problems);

    const before = await lastMailId();
    await page.click('[data-action="open"]');
    await page.locator('[data-region="invites"]').waitFor();
    expect(await page.locator('[data-region="invites"] tbody tr').count()).toBe(ORGS);
    const run = fixture('runtasks');
    const received = await waitForMails(ORGS, before);
    expect(received).toHaveLength(ORGS);
    tokens = new Map(received.map((m) => [m.to[0] ?? '', tokenOf(m)]));
    expect(new Set(tokens.values()).size).toBe(ORGS);
    console.log(`campaigns: ${received.length} invitations sent by one task run in ${String(run.seconds)} s `
      + `(peak ${String(run.peakmb)} MB), each with its own token link`);
  }, 240000);

  it('an invited contact answers through the link in the mail without an account and loses nothing on reload', async () => {
    const link = `${baseUrl}/local/digitalstrategy/respond.php?token=${[...tokens.values()][0] ?? ''}`;
    const guest = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
    const { page: contact, problems: contactProblems } = await openPage(guest);
    expect((await contact.goto(link))?.status()).toBe(200);
    await contact.waitForSelector('#local_digitalstrategy-respond[data-ready="true"]');
    expect(await contact.locator('#loginbtn, [data-region="usermenu"] .userinitials').count()).toBe(0);
    const keys = await contact.locator('[data-item]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.item ?? ''));
    const half = keys.slice(0, Math.ceil(keys.length / 2));
    await answerItems(contact, half);
    const answered = await contact.textContent('[data-region="progresstext"]');

    await contact.goto(link);
    await contact.waitForSelector('#local_digitalstrategy-respond[data-ready="true"]');
    expect(await contact.textContent('[data-region="progresstext"]')).toBe(answered);
    for (const key of half) {
      const item = contact.locator(`[data-item="${key}"]`);
      const text = item.locator('textarea[data-region="text"]');
      if (await text.count()) {
        expect(await text.inputValue()).toBe(`Antwort zu ${key}: "Mehr Zeit" & < 2 Std. 🌻`);
      } else {
        expect(await item.locator('input:not([data-dontknow])').first().isChecked()).toBe(true);
      }
    }
    await answerItems(contact, keys.slice(half.length));
    await contact.click('[data-action="submit"]');
    await contact.waitForSelector('[data-region="done"]:not([hidden])', { timeout: 20000 });
    expectClean(contactProblems);
    await guest.close();
    console.log(`campaigns: the contact answered ${keys.length} questions by the mail link (${half.length} before a reload), `
      + `progress after the reload: "${answered?.trim() ?? ''}"`);
  }, 180000);

  it('the participation bar moves when responses come in', async () => {
    await page.goto(campaignUrl);
    expect(await page.locator('[data-region="participation"]').first().getAttribute('data-percent')).toBe('3');
    const responders = [...tokens.values()].slice(1, RESPONDERS);
    expect(fixture('respond', ...responders).recorded).toBe(RESPONDERS - 1);
    await page.goto(campaignUrl);
    await settled(page);
    const bar = page.locator('[data-region="participation"]').first();
    expect(await bar.getAttribute('data-percent')).toBe('30');
    const text = (await bar.locator('[data-region="participation-text"]').innerText()).trim();
    expect(text).toContain(`${RESPONDERS}`);
    expect(text).toContain(`${ORGS}`);
    const fieldRows = await page.locator('[data-region="participation-fieldofwork"] tbody tr').count();
    const regionRows = await page.locator('[data-region="participation-region"] tbody tr').count();
    expect(fieldRows).toBe(5);
    expect(regionRows).toBe(4);
    console.log(`campaigns: participation after ${RESPONDERS} responses: "${text}"; ${fieldRows} fields of work, ${regionRows} regions`);
    expectClean(problems);
  }, 120000);

  it('the manual reminder round reaches only the non-responders, once', async () => {
    const responded = new Set([...tokens.entries()].slice(0, RESPONDERS).map(([to]) => to));
    const before = await lastMailId();
    await page.goto(campaignUrl);
    await page.click('[data-action="remind"]');
    await page.locator('[data-action="remind"]').waitFor({ state: 'detached' });
    fixture('runtasks');
    const reminders = await waitForMails(ORGS - RESPONDERS, before);
    const to = reminders.map((m) => m.to[0] ?? '');
    expect(reminders).toHaveLength(ORGS - RESPONDERS);
    expect(to.filter((t) => responded.has(t))).toEqual([]);
    expect(new Set(to).size).toBe(ORGS - RESPONDERS);
    for (const mail of reminders) {
      expect(tokenOf(mail)).not.toBe(tokens.get(mail.to[0] ?? ''));
      tokens.set(mail.to[0] ?? '', tokenOf(mail));
    }
    // A second round is not offered, and running the task again sends nothing more.
    fixture('runtasks');
    expect(await mails(before)).toHaveLength(ORGS - RESPONDERS);
    console.log(`campaigns: reminder round sent ${reminders.length} reminders, none to the ${responded.size} responders`);
  }, 180000);

  it('a contact declines through the mail link without an account', async () => {
    const [address, token] = [...tokens.entries()][ORGS - 1] ?? ['', ''];
    const guest = await browser.newContext();
    const { page: anon, problems: anonProblems } = await openPage(guest);
    await anon.goto(`${baseUrl}/local/digitalstrategy/decline.php?token=${token}`);
    await Promise.all([anon.waitForLoadState('load'), anon.click('[data-region="local_digitalstrategy-decline"] button[type="submit"]')]);
    await anon.locator('[data-region="local_digitalstrategy-decline"] .alert-success').waitFor();
    await anon.goto(`${baseUrl}/local/digitalstrategy/decline.php?token=${token}`);
    await anon.click('[data-region="local_digitalstrategy-decline"] button[type="submit"]');
    await anon.locator('[data-region="local_digitalstrategy-decline"] .alert-warning').waitFor();
    expectClean(anonProblems);
    await guest.close();
    await page.goto(campaignUrl);
    const row = page.locator('[data-region="invites"] tbody tr', { hasText: address });
    expect(await row.count()).toBe(1);
    console.log(`campaigns: ${address} declined through the link; a second use says it was declined already`);
  }, 120000);

  it('the project lead edits the open campaign: a new name is saved, what it asks and whom stays frozen', async () => {
    await page.goto(campaignUrl);
    await Promise.all([page.waitForURL(/campaign_edit\.php\?id=\d+/), page.click('[data-action="edit"]')]);
    await settled(page);
    expect(await page.locator('#id_target').count(), 'the target is shown frozen, not as a field').toBe(0);
    const name = `${prefix} Mitgliederbefragung (verlängert) & "Kinder < 6" 🗳️`;
    await page.fill('#id_name', name);
    await Promise.all([page.waitForURL(/campaign\.php\?id=\d+/), page.click('#id_submitbutton')]);
    await settled(page);
    expect(await page.locator('h2, h3').filter({ hasText: name }).count()).toBeGreaterThan(0);
    expect(await page.locator('[data-region="invites"] tbody tr').count()).toBe(ORGS);
    expectClean(problems);
  }, 60000);

  it('the campaign page passes axe', async () => {
    await page.goto(campaignUrl);
    await settled(page);
    const violations = await axeViolations(page, '#page');
    expect(violations, violations.join('\n')).toEqual([]);
    expectClean(problems);
  }, 60000);
});

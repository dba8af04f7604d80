// Every page of the suite shows stored names exactly as they were entered, in Chromium against
// the running stack: the demo organisations, people, course, circle, session and questionnaires
// carry &, quotes, "<" before a space, umlauts and emoji (scripts/demo-data.php), and on no page
// of local_digitalstrategy (participant and admin pages), the block (Dashboard, course page) or
// mod_devcircle (index, view, session, attendance, pad, pad history, health) may the visible text
// show an escaped entity such as &amp; or lack a name as stored.
// Test data: tests/browser/fixtures/escaping.php.
import { describe, it, beforeAll, afterAll, expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, openPage, login, settled, expectClean, uploadFile, baseUrl, adminPassword, type PageProblems } from './support/moodle';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

interface Fixture {
  people: Record<string, string>;
  organisations: Record<string, { name: string; location: string }>;
  orgids: Record<string, number>;
  instruments: Record<string, { de: string; en: string }>;
  course: { id: number; name: string };
  circle: { cmid: number; name: string };
  session: { id: number; name: string };
  resultsrunid: number;
}

function fixture(): Fixture {
  const moodle = path.join(root, 'scripts', 'moodle.sh');
  const www = execFileSync('bash', [moodle, 'www'], { encoding: 'utf8' }).trim();
  const out = execFileSync('bash', [moodle, 'php', path.join(root, 'tests/browser/fixtures/escaping.php'), www],
    { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as Fixture;
}

/** Entities that are visible only when text was escaped twice. */
const ENTITIES = /&(amp|lt|gt|quot|apos|#0*39|#x0*27);/;

/** What the reader sees: the tab title and the rendered text of the page. */
async function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => `${document.title}\n${document.body.innerText}`);
}

let data: Fixture;
let browser: Browser;
const contexts: Record<string, { context: BrowserContext; page: Page; problems: PageProblems }> = {};

async function as(username: string): Promise<{ page: Page; problems: PageProblems }> {
  if (!contexts[username]) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
    const opened = await openPage(context);
    await login(opened.page, username, username === 'admin' ? adminPassword : undefined);
    contexts[username] = { context, ...opened };
  }
  const session = contexts[username];
  if (!session) throw new Error(`no session for ${username}`);
  return session;
}

/** Opens the drawer of blocks (course pages keep the block there, closed). */
async function openBlockDrawer(page: Page): Promise<void> {
  const toggle = page.locator('button[data-toggler="drawers"][data-action="toggle"][data-target="theme_boost-drawers-blocks"]');
  if (await toggle.count() && await toggle.first().isVisible()) {
    // A first-visit user tour may cover the page: end it first.
    const end = page.locator('[data-flexitour="container"] [data-role="end"]');
    if (await end.count()) await end.first().click();
    await page.locator('[data-flexitour="backdrop"]').waitFor({ state: 'detached', timeout: 5000 }).catch(() => undefined);
    await toggle.first().click();
    await page.locator('#theme_boost-drawers-blocks.show').waitFor({ timeout: 10000 });
  }
}

/** Opens a page as a user and checks that it shows the names as stored and no entity. */
async function check(username: string, url: string, names: string[]): Promise<Page> {
  const { page, problems } = await as(username);
  const response = await page.goto(`${baseUrl}${url}`);
  expect(response?.status(), `${url} answers`).toBeLessThan(400);
  await settled(page);
  await openBlockDrawer(page);
  const text = await visibleText(page);
  expect(text, `${url} shows an error`).not.toMatch(/Coding error|Exception - |Error code: /);
  expect(text.match(ENTITIES)?.[0], `${url} shows text escaped twice`).toBeUndefined();
  for (const name of names) expect(text, `${url} shows "${name}" as stored`).toContain(name);
  expectClean(problems);
  return page;
}

beforeAll(async () => {
  data = fixture();
  browser = await launch();
}, 120000);

afterAll(async () => {
  for (const { context } of Object.values(contexts)) await context.close().catch(() => undefined);
  await browser?.close();
});

describe(`names on every page at ${baseUrl}`, () => {
  const org = (idnumber: string): string => data.organisations[idnumber]?.name ?? '';

  it('a participant\'s Dashboard, course page and check', async () => {
    await check('anna', '/my/', [org('demo-csn')]);
    await check('anna', `/course/view.php?id=${data.course.id}`, [data.course.name, data.circle.name, org('demo-csn')]);
    await check('anna', '/local/digitalstrategy/check.php', []);
  });

  it('the check page names the organisation and who answered', async () => {
    await check('clara', '/local/digitalstrategy/check.php', [org('demo-lws'), data.people.clara ?? '']);
  });

  it('the results page names the organisation', async () => {
    await check('david', '/local/digitalstrategy/results.php', [org('demo-bzm')]);
    await check('admin', `/local/digitalstrategy/results.php?runid=${data.resultsrunid}`, [org('demo-bzm')]);
  });

  it('the admin pages of local_digitalstrategy', async () => {
    const orgs = Object.values(data.organisations);
    await check('admin', '/local/digitalstrategy/index.php', []);
    await check('admin', '/local/digitalstrategy/organisations.php',
      [...orgs.map((o) => o.name), ...orgs.map((o) => o.location)]);
    await check('admin', `/local/digitalstrategy/organisation.php?id=${data.orgids['demo-csn']}`, [org('demo-csn')]);
    await check('admin', `/local/digitalstrategy/members.php?orgid=${data.orgids['demo-csn']}`,
      [org('demo-csn'), data.people.anna ?? '', data.people.ben ?? '']);
    await check('admin', '/local/digitalstrategy/instruments.php', Object.values(data.instruments).map((n) => n.en));
    await check('admin', '/admin/settings.php?section=local_digitalstrategy_settings', []);
  });

  it('the page of all results, on every page of it', async () => {
    const seen: string[] = [];
    // Fifty organisations a page; a page number past the end shows the last page again.
    for (let n = 0; n < 100; n++) {
      const page = await check('admin', `/local/digitalstrategy/allresults.php?page=${n}`, []);
      const rows = await page.locator('[data-region="local_digitalstrategy-heatmap"] tbody th').allInnerTexts();
      if (rows.length === 0 || seen.includes(rows[0] ?? '')) break;
      seen.push(...rows);
      if (rows.length < 50) break;
    }
    for (const { name } of Object.values(data.organisations)) expect(seen.some((r) => r.includes(name)), name).toBe(true);
  });

  it('the import preview shows the file as written', async () => {
    const { page } = await as('admin');
    await check('admin', '/local/digitalstrategy/import.php', []);
    const csv = 'idnumber;name;location;username\n'
      + 'demo-new;"Neue Tagespflege ""Am Park"" & Co. – Gruppen < 6 🌳";"Köln (\'Veedel\')";\n'
      + `demo-bzm;;;anna\n`;
    await uploadFile(page, 'csvfile', { name: 'organisationen.csv', buffer: Buffer.from(csv, 'utf8') });
    await Promise.all([page.waitForURL(/import\.php/), page.locator('#id_submitbutton').click()]);
    await settled(page);
    const text = await visibleText(page);
    expect(text.match(ENTITIES)?.[0]).toBeUndefined();
    expect(text).toContain('Neue Tagespflege "Am Park" & Co. – Gruppen < 6 🌳');
    // anna belongs to another organisation: the error names it as stored.
    expect(text).toContain(org('demo-csn'));
  });

  it('the Dashboard and the course page of an admin', async () => {
    await check('admin', '/my/', []);
    await check('admin', `/course/view.php?id=${data.course.id}`, [data.course.name, data.circle.name]);
  });

  it('the pages of mod_devcircle', async () => {
    const cmid = data.circle.cmid;
    await check('admin', `/mod/devcircle/index.php?id=${data.course.id}`, [data.course.name, data.circle.name]);
    // Moodle's activity pages name the course by its short name in the breadcrumb only: the
    // circle's and the session's names are what they show of ours.
    await check('admin', `/mod/devcircle/view.php?id=${cmid}`, [data.circle.name, data.session.name]);
    await check('admin', `/mod/devcircle/session.php?id=${data.session.id}`, [data.circle.name]);
    await check('admin', `/mod/devcircle/attendance.php?id=${cmid}`, [data.circle.name]);
    await check('admin', `/mod/devcircle/attendance.php?id=${cmid}&session=${data.session.id}`,
      [data.session.name]);
    const pad = await check('admin', `/mod/devcircle/pad.php?cmid=${cmid}`, [data.circle.name]);
    const history = await pad.locator('a[href*="/mod/devcircle/padhistory.php"]').first().getAttribute('href');
    expect(history).toBeTruthy();
    await check('admin', (history ?? '').replace(baseUrl, ''), [data.circle.name]);
    await check('admin', '/mod/devcircle/health.php', []);
    await check('moderator', `/mod/devcircle/view.php?id=${cmid}`, [data.circle.name, data.session.name]);
  });
});

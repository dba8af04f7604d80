// Redis stopped, on the two-node cluster (scripts/stack.sh start --cluster), which runs two Redis
// instances as Moodle advises: one for the sessions (REDIS_PORT), one as the MUC application store
// (REDIS_CACHE_PORT). Each is stopped in turn with scripts/redis.sh and started again:
//   - the cache Redis stopped: Moodle's cache factory finds the store not ready (its connection is
//     refused at once) and serves every application cache from a dummy store, i.e. uncached; the
//     only trace is core's one debugging line per request, "Failed to connect to Redis at …",
//     which developer debugging shows (the stack's setting). Our pages render on both nodes for a
//     logged-in user: the check with autosave (nothing lost after reloads), the circle page, the
//     dashboard block, the controlling dashboard, an organisation's results and the heat map of
//     all organisations — with no exception and no debugging output of ours. Once the cache is back
//     (empty: it was in memory), the pages are as before, without the line;
//   - the session Redis stopped: every page that needs a session (core's and ours, the login page
//     too) answers with Moodle's bootstrap error page, status 500, "Failed to connect (try 5 out
//     of 5) to Redis at …" after five connection attempts (plus the stack trace, as developer
//     debugging shows it; no file system path, password or cookie). What defines NO_MOODLE_COOKIES
//     needs no session and answers: the BigBlueButton recording-ready callback, web services
//     called with a token (REST) and the answers by personal link (service-nologin.php). Once it
//     is back, the sessions are gone (they were in memory): the user logs in again and works on.
// Both instances are running again when the file ends, whatever failed: later cluster tests need them.
// Runs only against the cluster stack (CLUSTER=1, tests/browser/cluster.vitest.config.ts).
// Test data: the check fixture, then tests/browser/fixtures/cluster-outage.php.
import { describe, it, beforeAll, afterAll, expect } from 'vitest';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, openPage, login, settled, expectClean, openCheck, answerCheckStep, baseUrl, adminPassword, type PageProblems } from './support/moodle';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cluster = process.env.CLUSTER === '1';
const sessionPort = process.env.REDIS_PORT ?? '6380';
const cachePort = process.env.REDIS_CACHE_PORT ?? String(Number(sessionPort) + 1);

interface Outage {
  cmid: number; circleid: number; sessionid: number; signed: string; campaigntoken: string; peerrunid: number;
  wstoken: string; previous: { enablewebservices: string; webserviceprotocols: string };
}

function moodlePhp(file: string, ...args: string[]): Record<string, unknown> {
  const moodle = path.join(root, 'scripts', 'moodle.sh');
  const www = execFileSync('bash', [moodle, 'www'], { encoding: 'utf8' }).trim();
  const out = execFileSync('bash', [moodle, 'php', path.join(root, file), www, ...args], { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as Record<string, unknown>;
}

function redis(action: 'start' | 'stop', instance?: 'sessions' | 'cache'): void {
  execFileSync('bash', [path.join(root, 'scripts', 'redis.sh'), action, ...(instance ? [instance] : [])], { stdio: 'ignore' });
}

/** The debugging messages Moodle printed into the page (developer debugging), without their backtraces. */
async function debuggingMessages(page: Page): Promise<string[]> {
  return page.locator('[data-rel="debugging"]').evaluateAll((els) =>
    els.map((el) => [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? '').join('').trim()));
}

/** A German string of local_digitalstrategy (the demo users read German). */
function deString(key: string): string {
  const text = readFileSync(path.join(root, 'local_digitalstrategy/lang/de/local_digitalstrategy.php'), 'utf8');
  const m = new RegExp(`\\$string\\['${key}'\\] = '((?:[^'\\\\]|\\\\.)*)';`).exec(text);
  if (!m?.[1]) throw new Error(`no string ${key}`);
  return m[1].replace(/\\'/g, "'");
}

/** Core's line when the cache store cannot be reached, the only debugging output allowed while it is stopped. */
const cacheDown = `Failed to connect to Redis at 127.0.0.1:${cachePort}, the error returned was: Connection refused`;

let browser: Browser;
let data: Outage;
const contexts: BrowserContext[] = [];

interface User { context: BrowserContext; page: Page; problems: PageProblems; documents: string[]; saves: string[] }

async function user(username: string, password?: string): Promise<User> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  contexts.push(context);
  const { page, problems } = await openPage(context);
  const documents: string[] = [];
  const saves: string[] = [];
  page.on('response', (res: Response) => {
    const node = res.headers()['x-cluster-node'] ?? '?';
    if (res.request().isNavigationRequest() && res.url().startsWith(baseUrl)) documents.push(node);
    if (res.url().includes('/lib/ajax/service.php') && res.request().method() === 'POST') saves.push(node);
  });
  await login(page, username, password);
  return { context, page, problems, documents, saves };
}

/** Opens one of our pages and waits for its JavaScript; returns the debugging messages in it. */
async function open(u: User, pathname: string, ready?: string): Promise<string[]> {
  const res = await u.page.goto(`${baseUrl}${pathname}`);
  expect(res?.status(), pathname).toBe(200);
  expect(u.page.url(), `${pathname} keeps the user logged in`).not.toContain('/login/');
  await settled(u.page);
  if (ready) await expect.poll(() => u.page.getAttribute(ready, 'data-ready'), { message: `${pathname} ${ready}` }).toBe('true');
  return debuggingMessages(u.page);
}

async function expectChecked(page: Page, ids: string[]): Promise<void> {
  for (const id of ids) expect(await page.isChecked(`#${id}`), id).toBe(true);
}

beforeAll(async () => {
  if (!cluster) return;
  moodlePhp('tests/browser/fixtures/check.php', 'setup');
  data = moodlePhp('tests/browser/fixtures/cluster-outage.php', 'setup') as unknown as Outage;
  browser = await launch();
}, 120000);

afterAll(async () => {
  if (!cluster) return;
  // Whatever failed: both instances run again, and the site is as the fixture found it.
  redis('start');
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  if (data) {
    moodlePhp('tests/browser/fixtures/cluster-outage.php', 'teardown', data.previous.enablewebservices, data.previous.webserviceprotocols);
  }
}, 120000);

describe.runIf(cluster)(`Redis stopped, on the cluster at ${baseUrl}`, () => {
  it('with the cache Redis stopped our pages render on both nodes and autosave loses nothing; back, they work as before', async () => {
    const anna = await user('anna');
    const admin = await user('admin', adminPassword);
    await openCheck(anna.page);
    const before = anna.saves.length;

    const started = Date.now();
    redis('stop', 'cache');
    let chosen: string[] = [];
    const seen: Record<string, string[]> = {};
    try {
      // Twice each, so that both nodes serve every page (the proxy alternates them).
      for (let round = 0; round < 2; round++) {
        seen.check = await open(anna, '/local/digitalstrategy/check.php', '[data-region="local_digitalstrategy-check"]');
        if (round === 0) chosen = await answerCheckStep(anna.page, 0, 4);
        await anna.page.reload();
        await settled(anna.page);
        await expectChecked(anna.page, chosen);
        seen.circle = await open(anna, `/mod/devcircle/view.php?id=${data.cmid}`, '#mod_devcircle-sessions');
        seen.block = await open(anna, '/my/', '[data-region="block_digicheck"]');
        seen.controlling = await open(admin, '/local/digitalstrategy/controlling.php', '[data-region="local_digitalstrategy-controlling"]');
        expect(await admin.page.locator('[data-region="controlling-grid"] tbody tr').count()).toBeGreaterThan(1);
        seen.results = await open(admin, `/local/digitalstrategy/results.php?runid=${data.peerrunid}`, '[data-region="local_digitalstrategy-results"]');
        expect(await admin.page.locator('[data-region="scoretable"] tbody tr').count()).toBeGreaterThan(0);
        seen.allresults = await open(admin, '/local/digitalstrategy/allresults.php');
        expect(await admin.page.locator('[data-region="local_digitalstrategy-heatmap"] tbody th').count()).toBeGreaterThan(0);
        for (const [name, messages] of Object.entries(seen)) {
          expect(messages, `${name}: core's one line, nothing of ours`).toEqual([cacheDown]);
        }
      }
      const saves = anna.saves.slice(before);
      console.log(`cache Redis stopped for ${Date.now() - started} ms: ${chosen.length} answers saved by nodes ${saves.join(' ')}; `
        + `pages served by nodes ${[...anna.documents, ...admin.documents].join('')}`);
      expect(chosen.length).toBeGreaterThanOrEqual(3);
      expect(new Set(anna.documents)).toEqual(new Set(['a', 'b']));
      expect(new Set(admin.documents)).toEqual(new Set(['a', 'b']));
      expect(new Set(saves)).toEqual(new Set(['a', 'b']));
    } finally {
      redis('start', 'cache');
    }

    // Back (and empty): the same pages without the line, and the answers still there.
    expect(await open(anna, '/local/digitalstrategy/check.php', '[data-region="local_digitalstrategy-check"]')).toEqual([]);
    await expectChecked(anna.page, chosen);
    chosen.push(...await answerCheckStep(anna.page, 0, 1));
    await anna.page.reload();
    await settled(anna.page);
    await expectChecked(anna.page, chosen);
    expect(await open(anna, `/mod/devcircle/view.php?id=${data.cmid}`, '#mod_devcircle-sessions')).toEqual([]);
    expect(await open(anna, '/my/', '[data-region="block_digicheck"]')).toEqual([]);
    expect(await open(admin, '/local/digitalstrategy/controlling.php', '[data-region="local_digitalstrategy-controlling"]')).toEqual([]);
    expect(await open(admin, `/local/digitalstrategy/results.php?runid=${data.peerrunid}`, '[data-region="local_digitalstrategy-results"]')).toEqual([]);
    expectClean(anna.problems);
    expectClean(admin.problems);
  });

  it('with the session Redis stopped Moodle shows its error page, our endpoints without a session answer; back, the user logs in again', async () => {
    const anna = await user('anna');
    await openCheck(anna.page);
    const answered = await anna.page.locator('[data-region="item"]:not([data-version="0"]) input[type="radio"]:checked')
      .evaluateAll((els) => els.map((el) => el.id));
    // A second tab with the check open, to answer while the session store is down.
    const tab = await anna.context.newPage();
    await openCheck(tab);
    const open0 = tab.locator('section[data-region="step"][data-step="0"] [data-region="item"][data-version="0"]').first();
    const pendingkey = await open0.getAttribute('data-item') ?? '';
    expect(pendingkey, 'an unanswered item is left in the first step').not.toBe('');
    const pendingid = await tab.locator(`[data-item="${pendingkey}"] input[type="radio"]:not([data-dontknow])`).first().getAttribute('id') ?? '';
    const www = execFileSync('bash', [path.join(root, 'scripts', 'moodle.sh'), 'www'], { encoding: 'utf8' }).trim();
    const cookies = (await anna.context.cookies(baseUrl)).map((c) => c.value);
    const revision = (moodlePhp('tests/browser/fixtures/cluster-outage.php', 'revision', String(data.sessionid)) as { revision: number }).revision;

    const started = Date.now();
    redis('stop', 'sessions');
    const nodes: string[] = [];
    try {
      // Moodle's own behaviour, for a logged-in user and for someone who wants to log in.
      for (const pathname of ['/my/', '/login/index.php']) {
        const t0 = Date.now();
        const res = await anna.page.goto(`${baseUrl}${pathname}`);
        const ms = Date.now() - t0;
        nodes.push(res?.headers()['x-cluster-node'] ?? '?');
        expect(res?.status(), pathname).toBe(500);
        const html = await anna.page.content();
        expect(await anna.page.locator('h1').first().innerText()).toBe('Error');
        expect(await anna.page.locator('.alert-danger, [role="alert"], .errormessage').first().innerText())
          .toContain(`Exception - Failed to connect (try 5 out of 5) to Redis at 127.0.0.1:${sessionPort}, the error returned was: Connection refused`);
        // The stack trace, because the stack runs with developer debugging; relative paths only.
        expect(html).toContain('Stack trace');
        expect(html).not.toContain(www);
        expect(html).not.toContain(root);
        expect(html).not.toMatch(/dbpass|password/i);
        for (const value of cookies) expect(html).not.toContain(value);
        console.log(`session Redis stopped: ${pathname} answers ${res?.status()} after ${ms} ms (node ${nodes.at(-1)})`);
      }

      // An answer given meanwhile is not saved, and not dropped either: it waits in the browser.
      await Promise.all([
        tab.waitForResponse((r) => r.url().includes('/lib/ajax/service.php'), { timeout: 30000 }),
        tab.check(`#${pendingid}`),
      ]);
      await tab.waitForTimeout(500);
      expect(await tab.getAttribute(`[data-item="${pendingkey}"]`, 'data-version'), 'not saved while the session store is down').toBe('0');
      expect(await tab.isChecked(`#${pendingid}`)).toBe(true);
      const itemstatus = await tab.innerText(`[data-item="${pendingkey}"] [data-region="itemstatus"]`);
      const savestatus = await tab.innerText('[data-region="savestatus"]');
      console.log(`the answer given with the session store down: item "${itemstatus}", page "${savestatus}"`);
      // The page says that the answer waits in the browser (anna reads German), not that all is saved.
      expect(savestatus).toBe(deString('offline_one').replace('{$a}', '1'));

      // The recording-ready callback of the BigBlueButton server (NO_MOODLE_COOKIES).
      const callback = await fetch(`${baseUrl}/mod/devcircle/callback.php?action=recordingready&circle=${data.circleid}`, {
        method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ signed_parameters: data.signed }).toString(),
      });
      nodes.push(callback.headers.get('x-cluster-node') ?? '?');
      expect(callback.status).toBe(202);
      expect(await callback.text()).toBe('OK');
      expect((moodlePhp('tests/browser/fixtures/cluster-outage.php', 'revision', String(data.sessionid)) as { revision: number }).revision)
        .toBe(revision + 1);

      // Web services with a token (REST), on both nodes.
      for (const [fn, args] of [['mod_devcircle_get_sessions_status', { cmid: data.cmid }], ['local_digitalstrategy_get_results', { runid: data.peerrunid }],
        ['mod_devcircle_get_sessions_status', { cmid: data.cmid }]] as Array<[string, Record<string, number>]>) {
        const query = new URLSearchParams({ wstoken: data.wstoken, wsfunction: fn, moodlewsrestformat: 'json',
          ...Object.fromEntries(Object.entries(args).map(([k, v]) => [k, String(v)])) });
        const res = await fetch(`${baseUrl}/webservice/rest/server.php?${query.toString()}`);
        nodes.push(res.headers.get('x-cluster-node') ?? '?');
        const text = await res.text();
        expect(res.status, text).toBe(200);
        const answer = JSON.parse(text) as Record<string, unknown>;
        expect(answer.exception, text).toBeUndefined();
        expect(Object.keys(answer), fn).toContain(fn === 'local_digitalstrategy_get_results' ? 'run' : 'sessions');
      }

      // An answer by personal link, without login (service-nologin.php).
      const save = await fetch(`${baseUrl}/lib/ajax/service-nologin.php?info=local_digitalstrategy_respond_save_answer`, {
        method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify([{ index: 0, methodname: 'local_digitalstrategy_respond_save_answer',
          args: { token: data.campaigntoken, itemkey: 'content', value: '1', version: 0 } }]),
      });
      nodes.push(save.headers.get('x-cluster-node') ?? '?');
      const saved = JSON.parse(await save.text()) as Array<{ error: boolean; data?: { status: string }; exception?: { message: string } }>;
      expect(saved[0]?.error, saved[0]?.exception?.message).toBe(false);
      expect(saved[0]?.data?.status).toBe('saved');
      console.log(`session Redis stopped for ${Date.now() - started} ms; requests served by nodes ${nodes.join(' ')}`);
      expect(new Set(nodes)).toEqual(new Set(['a', 'b']));
    } finally {
      redis('start', 'sessions');
    }

    // Back, and empty: the session is gone (sessions were in memory). The user reloads the check,
    // logs in again and finds every answer, the one given during the outage too: the tab kept it
    // (Moodle empties localStorage after a new login; the tab's sessionStorage holds a copy).
    // (Moodle's own script may get there first: on its next try the page's autosave is told the
    // session is over, and core/ajax sends the tab to the login page.)
    await tab.goto(`${baseUrl}/local/digitalstrategy/check.php`).catch(() => undefined);
    await tab.waitForURL(/\/login\/index\.php/, { timeout: 30000 });
    await login(tab, 'anna');
    await openCheck(tab);
    await expectChecked(tab, answered);
    await tab.waitForFunction((key) => Number(document.querySelector<HTMLElement>(`[data-item="${key}"]`)?.dataset.version) > 0,
      pendingkey, { timeout: 30000 });
    await tab.reload();
    await settled(tab);
    const more = await answerCheckStep(tab, 0, 1);
    await tab.reload();
    await settled(tab);
    await expectChecked(tab, [...answered, pendingid, ...more]);
    expect(await debuggingMessages(tab)).toEqual([]);
  });
});

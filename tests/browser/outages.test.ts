// Outages cost the user seconds, in Chromium against the running stack, with Etherpad and the
// BigBlueButton test double frozen by SIGSTOP (a hung server: connections are accepted, nothing
// is answered). Each step measures and prints its time and holds it to the budget:
//   - the pad page shows the last snapshot with a notice within 2 s, for a second user right after
//     too (the circuit breaker remembers the failure: Etherpad is not asked again);
//   - the circle page is there within 2 s and the live status of the running session settles to
//     "unknown" (not "nobody in it yet") within 5 s more;
//   - the recordings list says "unavailable right now", not "no recordings yet";
//   - "start webinar" answers with its clear message within 5 s, the join-URL web service with
//     its error within 5 s; a second user right after gets the answer at once.
// The servers are always thawed (SIGCONT) afterwards, also when a step fails.
// The budgets hold on a quiet machine, where a Moodle page that asks no external server takes
// about 0.5 s. On a busy machine such a page (the reference, measured and printed before each
// step) takes longer; that extra time is added to the budget, so the test checks what the outage
// costs, not how busy the machine is.
// Test data: tests/browser/fixtures/outages.php (course OUTAGETEST, users outmod1/2, outpart1/2).
import { describe, it, beforeAll, afterAll, expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, openPage, login, baseUrl } from './support/moodle';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const varDir = process.env.DIGISOZ_VAR ?? path.join(root, '.var');

/** Budgets of the issue: pages in 2 s, user actions in 5 s; a remembered failure answers at once. */
const PAGE_MS = 2000;
const ACTION_MS = 5000;
const AT_ONCE_MS = 1000;
/** How long a Moodle page that asks no external server takes on a quiet machine. */
const QUIET_PAGE_MS = 500;

interface Setup { cmid: number; padid: number; running: number; planned: number; stamp: string }

/** Runs the fixture script with the stack's PHP settings; returns its JSON answer. */
function fixture(action: 'setup' | 'forget-failures' | 'recordings-empty'): Record<string, unknown> {
  const moodle = path.join(root, 'scripts', 'moodle.sh');
  const www = execFileSync('bash', [moodle, 'www'], { encoding: 'utf8' }).trim();
  const out = execFileSync('bash', [moodle, 'php', path.join(root, 'tests/browser/fixtures/outages.php'), www, action],
    { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as Record<string, unknown>;
}

/** The processes of a server of this worktree: the one in its pid file and its children. */
function processes(name: 'etherpad' | 'bbb-double'): number[] {
  const pid = Number(readFileSync(path.join(varDir, 'pids', `${name}.pid`), 'utf8').trim());
  let children: number[] = [];
  try {
    children = execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' }).trim().split('\n').filter(Boolean).map(Number);
  } catch {
    // No children.
  }
  return [pid, ...children];
}

const frozen = new Set<number>();
function freeze(name: 'etherpad' | 'bbb-double'): void {
  for (const pid of processes(name)) {
    process.kill(pid, 'SIGSTOP');
    frozen.add(pid);
  }
}
function thawAll(): void {
  for (const pid of frozen) {
    try {
      process.kill(pid, 'SIGCONT');
    } catch {
      // Gone already.
    }
  }
  frozen.clear();
}

/** Measured times, printed as a table at the end too. */
const figures: Array<[string, number]> = [];
function report(step: string, ms: number): number {
  figures.push([step, ms]);
  console.log(`[outages] ${step}: ${(ms / 1000).toFixed(2)} s`);
  return ms;
}

/** The budget on this machine now: the budget plus what the reference took beyond a quiet machine's time. */
function budget(limit: number, reference: number): number {
  return limit + Math.max(0, reference - QUIET_PAGE_MS);
}

let browser: Browser;
const contexts: BrowserContext[] = [];
let data: Setup;

async function userPage(username: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  contexts.push(context);
  const { page } = await openPage(context);
  await login(page, username);
  return page;
}

/** Milliseconds from opening a URL until the locator is visible. */
async function timeUntilVisible(page: Page, url: string, selector: string): Promise<number> {
  const start = Date.now();
  await page.goto(url, { waitUntil: 'commit' });
  await page.locator(selector).first().waitFor({ state: 'visible', timeout: 60000 });
  return Date.now() - start;
}

/** Calls a web service from a logged-in page; answers the milliseconds and the answer. */
async function callWs(page: Page, methodname: string, args: object): Promise<{ ms: number; answer: unknown }> {
  return page.evaluate(async ({ methodname, args }) => {
    const w = window as unknown as { M: { cfg: { wwwroot: string; sesskey: string } } };
    const start = performance.now();
    const res = await fetch(`${w.M.cfg.wwwroot}/lib/ajax/service.php?sesskey=${w.M.cfg.sesskey}&info=${methodname}`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify([{ index: 0, methodname, args }]),
    });
    const answer: unknown = await res.json();
    return { ms: performance.now() - start, answer };
  }, { methodname, args });
}

/**
 * Milliseconds a Moodle page of the user that asks no external server takes now (printed): the
 * slower of two loads, since the load of a shared machine changes from one second to the next.
 */
async function reference(page: Page, step: string): Promise<number> {
  const url = `${baseUrl}/user/profile.php`;
  const ms = Math.max(await timeUntilVisible(page, url, '#region-main'), await timeUntilVisible(page, url, '#region-main'));
  return report(`  reference before "${step}": a page that asks no external server`, ms);
}

/** Opens the circle page and waits until its script is ready (buttons answer clicks). */
async function openCircle(page: Page): Promise<void> {
  await page.goto(circleUrl());
  await expect.poll(() => page.getAttribute('[data-region="mod_devcircle-sessions"]', 'data-ready'), { timeout: 60000 }).toBe('true');
}

const circleUrl = (): string => `${baseUrl}/mod/devcircle/view.php?id=${data.cmid}`;
const item = (page: Page, sessionid: number) => page.locator(`li[data-region="session"][data-session-id="${sessionid}"]`);

beforeAll(async () => {
  data = fixture('setup') as unknown as Setup;
  fixture('forget-failures');
  fixture('recordings-empty');
  browser = await launch();
}, 120000);

afterAll(async () => {
  thawAll();
  try {
    fixture('forget-failures');
  } finally {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    console.log(`[outages] summary (servers frozen by SIGSTOP):\n${figures.map(([s, ms]) => `  ${s.padEnd(64)} ${(ms / 1000).toFixed(2)} s`).join('\n')}`);
  }
});

describe(`Outages at ${baseUrl}`, () => {
  describe('with Etherpad frozen', () => {
    let mod1: Page;
    let mod2: Page;
    beforeAll(async () => {
      mod1 = await userPage('outmod1');
      mod2 = await userPage('outmod2');
      fixture('forget-failures');
      freeze('etherpad');
    }, 60000);
    afterAll(() => thawAll());

    it('the pad page shows the last snapshot and a notice within 2 s', async () => {
      const ref = await reference(mod1, 'pad page');
      const ms = report('pad page until the snapshot is shown (first user)', await timeUntilVisible(mod1,
        `${baseUrl}/mod/devcircle/pad.php?id=${data.padid}`, '[data-region="mod_devcircle-pad-snapshot-content"]'));
      expect(await mod1.locator('[data-region="mod_devcircle-pad-snapshot-content"]').innerText()).toContain(data.stamp);
      expect(await mod1.locator('[data-region="mod_devcircle-pad-snapshot"] .alert-warning').innerText()).not.toBe('');
      expect(ms).toBeLessThanOrEqual(budget(PAGE_MS, ref));
    });

    // The breaker saves this page 1 s, less than a busy machine's noise: the page budget is held here,
    // the saving is shown by the printed figures and proven by the PHPUnit test of circuit_breaker.
    it('a second user right after gets the snapshot within the page budget too', async () => {
      const ref = await reference(mod2, 'pad page, second user');
      const ms = report('pad page until the snapshot is shown (second user, right after)', await timeUntilVisible(mod2,
        `${baseUrl}/mod/devcircle/pad.php?id=${data.padid}`, '[data-region="mod_devcircle-pad-snapshot-content"]'));
      expect(ms).toBeLessThanOrEqual(budget(PAGE_MS, ref));
    });
  });

  describe('with the BigBlueButton server frozen', () => {
    let mod1: Page;
    let mod2: Page;
    let part1: Page;
    beforeAll(async () => {
      mod1 = await userPage('outmod1');
      mod2 = await userPage('outmod2');
      part1 = await userPage('outpart1');
      fixture('forget-failures');
      fixture('recordings-empty');
      freeze('bbb-double');
    }, 60000);
    afterAll(() => thawAll());

    it('the circle page is there within 2 s and the live status settles to "unknown" within 5 s more', async () => {
      const ref = await reference(mod1, 'circle page');
      const start = Date.now();
      const page = report('circle page until the sessions are shown', await timeUntilVisible(mod1, circleUrl(),
        `li[data-region="session"][data-session-id="${data.running}"]`));
      const badge = item(mod1, data.running).locator('[data-region="status"]');
      // Settled: the badge no longer says "Checking…".
      await expect.poll(() => badge.innerText(), { timeout: 60000, interval: 50 }).not.toMatch(/checking/i);
      const settled = report('live status of the running session settled (from opening the page)', Date.now() - start);
      expect(await badge.innerText()).toMatch(/unknown/i);
      expect(await badge.getAttribute('class')).toContain('bg-warning');
      expect(page).toBeLessThanOrEqual(budget(PAGE_MS, ref));
      // Its script loads, then asks the status web service, which waits 1 s for the server.
      expect(settled - page).toBeLessThanOrEqual(budget(ACTION_MS, ref));
    });

    it('the recordings list says "unavailable right now", not "no recordings yet"', async () => {
      const start = Date.now();
      const region = item(mod1, data.running).locator('[data-region="recordings"]');
      await region.locator('p').first().waitFor({ state: 'visible', timeout: 60000 });
      report('recordings list shown (after the live status)', Date.now() - start);
      expect(await region.innerText()).toMatch(/cannot be listed right now/);
      expect(await region.innerText()).not.toMatch(/no recordings/i);
    });

    it('"start webinar" answers with its clear message within 5 s; a second moderator right after at once', async () => {
      const ref = await reference(mod2, 'start webinar');
      await openCircle(mod1);
      await openCircle(mod2);
      fixture('forget-failures');
      const times: number[] = [];
      for (const page of [mod1, mod2]) {
        const planned = item(page, data.planned);
        await planned.locator('[data-action="start"]').waitFor({ state: 'visible', timeout: 30000 });
        const start = Date.now();
        await planned.locator('[data-action="start"]').click();
        await expect.poll(() => planned.locator('[data-region="message"]').innerText(), { timeout: 60000, interval: 50 }).not.toBe('');
        times.push(Date.now() - start);
      }
      report('start webinar until its message (first moderator)', times[0] ?? 0);
      report('start webinar until its message (second moderator, right after)', times[1] ?? 0);
      expect(await item(mod2, data.planned).locator('[data-region="message"]').innerText()).toMatch(/webinar server/i);
      expect(times[0]).toBeLessThanOrEqual(budget(ACTION_MS, ref));
      expect(times[1]).toBeLessThanOrEqual(budget(AT_ONCE_MS, ref));
    });

    it('the join-URL web service answers with its error within 5 s; the next call at once', async () => {
      await part1.goto(circleUrl(), { waitUntil: 'domcontentloaded' });
      const samples: number[] = [];
      for (let i = 0; i < 3; i++) {
        samples.push((await callWs(part1, 'core_get_string', { stringid: 'pluginname', component: 'mod_devcircle' })).ms);
      }
      const ref = report('  reference before "join URL": a web service that asks no external server (slowest of 3)', Math.max(...samples));
      fixture('forget-failures');
      const first = await callWs(part1, 'mod_devcircle_get_join_url', { sessionid: data.running });
      const second = await callWs(part1, 'mod_devcircle_get_join_url', { sessionid: data.running });
      report('join-URL web service until its error (first call)', first.ms);
      report('join-URL web service until its error (next call, right after)', second.ms);
      const [answer] = first.answer as Array<{ error: boolean; exception?: { errorcode: string } }>;
      expect(answer?.error).toBe(true);
      expect(answer?.exception?.errorcode).toBe('bbb_error_unreachable');
      expect(first.ms).toBeLessThanOrEqual(budget(ACTION_MS, ref));
      expect(second.ms).toBeLessThanOrEqual(budget(AT_ONCE_MS, ref));
    });
  });
});

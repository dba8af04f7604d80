// The suite on the two-node cluster (scripts/stack.sh start --cluster), in Chromium through the
// front proxy, which hands requests to the nodes in turn and names the node in X-Cluster-Node:
//   - consecutive requests of one user are served by both nodes, and the user stays logged in;
//   - answering the check with autosave while the requests alternate nodes loses no answer;
//   - a pad session set up on one node is used on the other (the same Etherpad session cookie);
//   - a recording-ready callback delivered to node b shows in what node a serves, although node
//     a had cached the (empty) list of recordings just before;
//   - node b is stopped in the middle of answering the check: node a serves every next request,
//     no answer is lost and the session holds; node b comes back;
//   - node b hangs and is then killed with an autosave request in flight: the balancer answers that
//     request 502 (it does not send a POST a node may have half done to another node), autosave
//     sends the answer again, node a saves it; nothing is lost, the session holds.
// Runs only against the cluster stack (CLUSTER=1: the cluster step of scripts/test-all.sh, with
// tests/browser/cluster.vitest.config.ts). Test data: the check and pads fixtures, the demo course DEZ.
import { describe, it, beforeAll, afterAll, expect } from 'vitest';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, openPage, login, settled, expectClean, openCheck, answerCheckStep, baseUrl } from './support/moodle';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cluster = process.env.CLUSTER === '1';
const bbbOrigin = `http://127.0.0.1:${process.env.BBB_PORT ?? '8090'}`;
const nodeOrigin = (node: 'a' | 'b'): string =>
  `http://127.0.0.1:${node === 'a' ? process.env.PHP_PORT ?? '8081' : process.env.PHP_PORT2 ?? '8083'}`;

function fixture(name: 'check' | 'pads' | 'cluster-tasks', action = 'setup'): Record<string, number> {
  const moodle = path.join(root, 'scripts', 'moodle.sh');
  const www = execFileSync('bash', [moodle, 'www'], { encoding: 'utf8' }).trim();
  const out = execFileSync('bash', [moodle, 'php', path.join(root, `tests/browser/fixtures/${name}.php`), www, action],
    { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as Record<string, number>;
}

function node(action: 'stop' | 'start' | 'pause' | 'kill', name: 'a' | 'b'): void {
  execFileSync('bash', [path.join(root, 'scripts', 'stack.sh'), 'node', action, name], { stdio: 'ignore' });
}

/** Records which node answered each of Moodle's responses to a page (documents and AJAX). */
function nodesOf(page: Page): string[] {
  const seen: string[] = [];
  page.on('response', (res: Response) => {
    if (!res.url().startsWith(baseUrl) || res.url().startsWith(`${baseUrl}/etherpad/`)) return;
    const n = res.headers()['x-cluster-node'];
    if (n) seen.push(n);
  });
  return seen;
}

/** The AJAX calls of autosave (local_digitalstrategy's web services) and the node of each. */
function serviceNodes(page: Page): string[] {
  const seen: string[] = [];
  page.on('response', (res: Response) => {
    if (res.url().includes('/lib/ajax/service.php') && res.request().method() === 'POST') {
      seen.push(res.headers()['x-cluster-node'] ?? '?');
    }
  });
  return seen;
}

/** A POST straight to one node, with the public host in Host and X-Forwarded-Host, as the balancer sends it. */
function postToNode(name: 'a' | 'b', pathname: string, headers: Record<string, string>, body: string): Promise<{ status: number; text: string }> {
  const host = new URL(baseUrl).host;
  const target = new URL(pathname, nodeOrigin(name));
  return new Promise((resolve, reject) => {
    const req = http.request({
      host: target.hostname, port: target.port, path: target.pathname + target.search, method: 'POST',
      headers: { ...headers, 'Host': host, 'X-Forwarded-Host': host, 'X-Forwarded-For': '127.0.0.1', 'X-Forwarded-Proto': 'http',
        'Content-Length': String(Buffer.byteLength(body)) },
    }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => { text += c; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Calls a web service through one node directly. */
async function serviceOn(context: BrowserContext, name: 'a' | 'b', sesskey: string, method: string, args: object): Promise<{ node: string; data: unknown }> {
  const cookies = (await context.cookies(baseUrl)).map((c) => `${c.name}=${c.value}`).join('; ');
  const { status, text } = await postToNode(name, `/lib/ajax/service.php?sesskey=${sesskey}&info=${method}`,
    { 'Content-Type': 'application/json', 'Cookie': cookies }, JSON.stringify([{ index: 0, methodname: method, args }]));
  expect(status, text).toBe(200);
  const answers = JSON.parse(text) as Array<{ error: boolean; data: unknown; exception?: { message: string } }> | object;
  expect(Array.isArray(answers), text).toBe(true);
  const [answer] = answers as Array<{ error: boolean; data: unknown; exception?: { message: string } }>;
  expect(answer?.error, answer?.exception?.message).toBe(false);
  return { node: name, data: answer?.data };
}

async function control(pathname: string, body?: unknown): Promise<unknown> {
  const res = await fetch(`${bbbOrigin}/_control/${pathname}`, body === undefined ? {} : {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
  });
  expect(res.ok, `${pathname}: ${res.status}`).toBe(true);
  return res.json();
}

let browser: Browser;
const contexts: BrowserContext[] = [];

async function userContext(username: string): Promise<{ context: BrowserContext; page: Page; nodes: string[]; problems: { errors: string[] } }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  contexts.push(context);
  const { page, problems } = await openPage(context);
  const nodes = nodesOf(page);
  await login(page, username);
  return { context, page, nodes, problems };
}

beforeAll(async () => {
  if (!cluster) return;
  browser = await launch();
});
afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
});

describe.runIf(cluster)(`the cluster at ${baseUrl}`, () => {
  it('consecutive requests of one user are served by both nodes, and the session holds', async () => {
    const { page, nodes, problems } = await userContext('anna');
    const documents: string[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await page.goto(`${baseUrl}/my/courses.php`);
      documents.push(res?.headers()['x-cluster-node'] ?? '?');
      await settled(page);
      expect(await page.locator('.usermenu .userbutton, #user-menu-toggle').count()).toBeGreaterThan(0);
      expect(page.url()).not.toContain('/login/');
    }
    console.log(`documents served by nodes ${documents.join(' ')}; all responses: ${nodes.join('')}`);
    expect(new Set(documents)).toEqual(new Set(['a', 'b']));
    expectClean(problems);
  });

  it('answering the check with autosave while requests alternate nodes loses nothing', async () => {
    fixture('check');
    const { page, problems } = await userContext('anna');
    const saves = serviceNodes(page);
    await openCheck(page);
    const chosen = await answerCheckStep(page, 0);
    expect(chosen.length).toBeGreaterThanOrEqual(3);
    console.log(`autosave requests served by nodes ${saves.join(' ')}`);
    expect(saves).toContain('a');
    expect(saves).toContain('b');

    // Whichever node serves the reload finds every answer.
    for (let i = 0; i < 2; i++) {
      await page.reload();
      await settled(page);
      for (const id of chosen) expect(await page.isChecked(`#${id}`), id).toBe(true);
    }
    expectClean(problems);
  });

  it('node b stops in the middle of answering: node a serves on, nothing is lost, the session holds', async () => {
    const { page, problems } = await userContext('anna');
    const saves = serviceNodes(page);
    await openCheck(page);
    await page.locator('section[data-region="step"][data-step="0"] [data-action="next"]').click();
    await settled(page);
    const chosen: string[] = [];
    const section = page.locator('section[data-region="step"][data-step="1"]');
    const radios = section.locator('[data-region="item"]');
    const total = await radios.count();
    node('stop', 'b');
    try {
      chosen.push(...await answerCheckStep(page, 1));
      const after = saves.slice(-chosen.length);
      console.log(`with node b stopped, ${total} items; autosave requests served by nodes ${after.join(' ')}`);
      expect(after.every((n) => n === 'a')).toBe(true);
      await page.reload();
      await settled(page);
      expect(page.url()).toContain('/local/digitalstrategy/check.php');
      for (const id of chosen) expect(await page.isChecked(`#${id}`), id).toBe(true);
    } finally {
      node('start', 'b');
    }
    // Node b is back in the rotation (other requests may come between, so a few pages).
    const served = new Set<string>();
    for (let i = 0; i < 6 && served.size < 2; i++) {
      const res = await page.goto(`${baseUrl}/my/courses.php`);
      served.add(res?.headers()['x-cluster-node'] ?? '?');
      expect(page.url()).not.toContain('/login/');
    }
    expect(served).toEqual(new Set(['a', 'b']));
    expectClean(problems);
  });

  it('node b is killed with an autosave request in flight: the answer is sent again and saved by node a', async () => {
    fixture('check');
    const { page, problems } = await userContext('anna');
    const statuses: string[] = [];
    page.on('response', (res: Response) => {
      if (res.url().includes('/lib/ajax/service.php') && res.request().method() === 'POST') {
        statuses.push(`${res.status()}${res.headers()['x-cluster-node'] ?? '-'}`);
      }
    });
    await openCheck(page);
    // Node b hangs: the next request the balancer hands it waits there, unanswered.
    node('pause', 'b');
    let chosen: string[] = [];
    try {
      const answering = answerCheckStep(page, 0);
      // Saves go one after the other and alternate nodes: within a few seconds one is stuck on b.
      await new Promise((r) => setTimeout(r, 4000));
      node('kill', 'b');
      chosen = await answering;
    } finally {
      node('start', 'b');
    }
    console.log(`autosave answers while node b hung and was killed: ${statuses.join(' ')}`);
    expect(statuses, 'the request in flight on node b was lost with it').toContain('502-');
    expect(chosen.length).toBeGreaterThanOrEqual(3);
    for (let i = 0; i < 2; i++) {
      await page.reload();
      await settled(page);
      expect(page.url()).toContain('/local/digitalstrategy/check.php');
      for (const id of chosen) expect(await page.isChecked(`#${id}`), id).toBe(true);
    }
    // The browser reports the lost request (502) on the console; nothing else may go wrong.
    expect(problems.errors.filter((e) => !e.includes('502')), problems.errors.join('\n')).toEqual([]);
  });

  it('a pad session set up on one node is valid on the other', async () => {
    const { padid } = fixture('pads');
    const { page, context, problems } = await userContext('padwriter1');
    const served: string[] = [];
    const sessions: string[] = [];
    // Until both nodes have served the pad page (other requests of the page come in between).
    for (let i = 0; i < 6 && new Set(served).size < 2; i++) {
      const res = await page.goto(`${baseUrl}/mod/devcircle/pad.php?id=${padid}`);
      served.push(res?.headers()['x-cluster-node'] ?? '?');
      await settled(page);
      await expect.poll(() => page.getAttribute('[data-region="mod_devcircle-pad"]', 'data-state'), { timeout: 30000 }).toBe('ready');
      const editor = page.frameLocator('iframe[data-region="mod_devcircle-pad-frame"]')
        .frameLocator('iframe[name="ace_outer"]').frameLocator('iframe[name="ace_inner"]');
      await expect.poll(() => editor.locator('#innerdocbody').getAttribute('contenteditable'), { timeout: 30000 }).toBe('true');
      sessions.push((await context.cookies(baseUrl)).find((c) => c.name === 'sessionID')?.value ?? '');
    }
    console.log(`pad page served by nodes ${served.join(' ')}`);
    expect(new Set(served)).toEqual(new Set(['a', 'b']));
    expect(sessions[0]).not.toBe('');
    expect(new Set(sessions), 'every node used the pad session the first one set up').toEqual(new Set([sessions[0]]));
    expectClean(problems);
  }, 180000);

  it('a recording-ready callback arriving at node b shows in what node a serves', async () => {
    const title = `Cluster-Webinar ${Date.now()}`;
    const { cmid } = fixture('cluster-tasks', 'webinar');
    const mod = await userContext('moderator');
    await mod.page.goto(`${baseUrl}/mod/devcircle/view.php?id=${cmid}`);
    await settled(mod.page);
    await mod.page.click('[data-action="add-session"]');
    await mod.page.fill('#id_title', title);
    await Promise.all([mod.page.waitForURL(/\/mod\/devcircle\/view\.php/), mod.page.click('#id_submitbutton')]);
    // All upcoming sessions (the circle page shows the next few only).
    await mod.page.goto(`${baseUrl}/mod/devcircle/sessions.php?id=${cmid}&list=upcoming`);
    await settled(mod.page);
    await expect.poll(() => mod.page.getAttribute('[data-region="mod_devcircle-sessions"]', 'data-ready'), { timeout: 60000 }).toBe('true');
    const item = mod.page.locator('li[data-region="session"]', { has: mod.page.locator(`h3:text-is("${title}")`) });
    await expect.poll(async () => `${await item.count()}: ${(await mod.page.locator('li[data-region="session"] h3').allTextContents()).join(' | ')}`,
      { timeout: 60000, message: title }).toMatch(/^1:/);
    const sessionId = Number(await item.getAttribute('data-session-id'));
    const [client] = await Promise.all([mod.context.waitForEvent('page'), item.locator('[data-action="start"]').click()]);
    await client.waitForSelector('#you');
    const meetingId = /\(([0-9a-f]{64})\)/.exec(await client.innerText('#you'))?.[1] ?? '';
    expect(meetingId).not.toBe('');

    const sesskey = await mod.page.evaluate(() => (window as unknown as { M: { cfg: { sesskey: string } } }).M.cfg.sesskey);
    const recordingsOf = (answer: { data: unknown }): string[] =>
      ((answer.data as { sessions: Array<{ sessionid: number; recordings: Array<{ name: string }> }> }).sessions
        .find((s) => s.sessionid === sessionId)?.recordings ?? []).map((r) => r.name);
    // Node a lists (and caches) the recordings: none yet.
    expect(recordingsOf(await serviceOn(mod.context, 'a', sesskey, 'mod_devcircle_get_recordings', { cmid }))).toEqual([]);

    const answer = await control('recordings', { meetingID: meetingId, name: `${title} (Aufzeichnung)`, deliverTo: nodeOrigin('b') }) as
      { callback: { status?: number; error?: string; deliveredTo?: string } | null };
    expect(answer.callback?.error).toBeUndefined();
    expect(answer.callback?.deliveredTo).toBe(nodeOrigin('b'));
    expect(answer.callback?.status).toBe(202);

    expect(recordingsOf(await serviceOn(mod.context, 'a', sesskey, 'mod_devcircle_get_recordings', { cmid })))
      .toEqual([`${title} (Aufzeichnung)`]);
    // And on the page, whichever node serves it.
    await mod.page.reload();
    await settled(mod.page);
    await item.locator('[data-region="recordings"] a', { hasText: `${title} (Aufzeichnung)` }).waitFor({ timeout: 30000 });
    // The meeting ends (its end callback closes the session).
    await control(`meetings/${meetingId}/end`, {});
    await client.close();
  }, 180000);
});

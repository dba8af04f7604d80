// Checks that Etherpad works behind the front proxy under /etherpad/, embedded in a page of the
// proxy's origin, with access only through an API session (requireSession/editOnly):
//   1. the HTTP API answers directly and through the proxy;
//   2. a page on the proxy origin sets the cookie sessionID=<createSession>; path=/ and embeds
//      <iframe src="/etherpad/p/<group pad>">: the editor loads, its socket.io connection is
//      upgraded to a WebSocket through the proxy, and typed text arrives in the API's getText;
//   3. without a session, and with a session of another group, the pad shows the
//      permission error and its text stays untouched.
// Needs Etherpad running (scripts/etherpad.sh start). Starts the front proxy itself when
// nothing listens on FRONT_PORT; serves its test pages from a throwaway PHP built-in server on
// PHP_PORT when that port is free, otherwise (Moodle running there) lets the browser answer
// them itself on the same origin. Cleans up the group it created.
//
// Run: node_modules/.bin/tsx tests/browser/etherpad-proxy.check.ts   (exit code 0 = all good)
// Env: FRONT_PORT, PHP_PORT, ETHERPAD_PORT, ETHERPAD_APIKEY (else read from
//      $DIGISOZ_VAR/etherpad/APIKEY.txt), CHROMIUM_PATH, DIGISOZ_VAR.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const VAR = process.env.DIGISOZ_VAR ?? path.join(ROOT, '.var');
const FRONT_PORT = Number(process.env.FRONT_PORT ?? 8080);
const PHP_PORT = Number(process.env.PHP_PORT ?? 8081);
const ETHERPAD_PORT = Number(process.env.ETHERPAD_PORT ?? 9001);
const ORIGIN = `http://127.0.0.1:${FRONT_PORT}`;
const ETHERPAD = `http://127.0.0.1:${ETHERPAD_PORT}`;
const API = `${ETHERPAD}/api/1.2.15`;
const PAGE_PREFIX = '/etherpad-check-';

const t0 = Date.now();
const elapsed = (): string => `${((Date.now() - t0) / 1000).toFixed(1)}s`;
const ok = (msg: string): void => console.log(`ok    [${elapsed()}] ${msg}`);
const note = (msg: string): void => console.log(`      ${msg}`);
class CheckFailed extends Error {}
const check = (cond: unknown, msg: string, failure = `not true: ${msg}`): void => {
  if (!cond) throw new CheckFailed(failure);
  ok(msg);
};

// ---------- helpers ----------
const portOpen = (port: number): Promise<boolean> => new Promise((resolve) => {
  const s = net.connect(port, '127.0.0.1');
  s.once('connect', () => { s.destroy(); resolve(true); });
  s.once('error', () => resolve(false));
});
const waitPort = async (port: number, what: string, child: ChildProcess, ms = 15000): Promise<void> => {
  const until = Date.now() + ms;
  while (!(await portOpen(port))) {
    if (child.exitCode !== null) throw new CheckFailed(`${what} exited with code ${child.exitCode}`);
    if (Date.now() > until) throw new CheckFailed(`${what} did not listen on port ${port}`);
    await new Promise((r) => setTimeout(r, 100));
  }
};
const stopChild = async (child: ChildProcess | undefined): Promise<void> => {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await Promise.race([gone, new Promise((r) => setTimeout(r, 3000))]);
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
};

const apiKey = (): string => {
  if (process.env.ETHERPAD_APIKEY) return process.env.ETHERPAD_APIKEY.trim();
  const file = path.join(VAR, 'etherpad', 'APIKEY.txt');
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    throw new CheckFailed(`no API key in ${file}: start Etherpad with scripts/etherpad.sh start`);
  }
};
const KEY = apiKey();

interface ApiAnswer { code: number; message: string; data: Record<string, unknown> | null }
const apiRaw = async (call: string, params: Record<string, string>, key = KEY): Promise<ApiAnswer> => {
  const url = `${API}/${call}?${new URLSearchParams({ apikey: key, ...params })}`;
  const res = await fetch(url, { signal: AbortSignal.timeout(10000) });
  return (await res.json()) as ApiAnswer;
};
const api = async (call: string, params: Record<string, string> = {}): Promise<Record<string, unknown>> => {
  const a = await apiRaw(call, params);
  if (a.code !== 0) throw new CheckFailed(`API ${call} failed: ${a.code} ${a.message}`);
  return a.data ?? {};
};
const str = (v: unknown, what: string): string => {
  if (typeof v !== 'string' || v === '') throw new CheckFailed(`API answer without ${what}`);
  return v;
};

const htmlPage = (title: string, padPath: string, sessionID: string | null): string => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>
<body><h1>${title}</h1>
${sessionID === null ? '' : `<script>document.cookie = "sessionID=${sessionID}; path=/";</script>`}
<iframe id="pad" title="Pad" src="${padPath}" style="width: 900px; height: 600px"></iframe>
</body></html>
`;

interface PadVisit {
  context: BrowserContext;
  page: Page;
  websockets: string[];
  wsFramesIn: number;
  problems: string[];
}
const visit = async (browser: Browser, pageName: string, pages: Map<string, string>, viaRoute: boolean): Promise<PadVisit> => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const v: PadVisit = { context, page, websockets: [], wsFramesIn: 0, problems: [] };
  await page.route(/^https?:\/\/(?!127\.0\.0\.1[:/]|localhost[:/])/, (route) => route.abort('blockedbyclient'));
  if (viaRoute) {
    await page.route(`${ORIGIN}${PAGE_PREFIX}*`, (route) => {
      const body = pages.get(new URL(route.request().url()).pathname.slice(1));
      return body === undefined ? route.fulfill({ status: 404, body: 'not found' })
        : route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    });
  }
  page.on('websocket', (ws) => {
    v.websockets.push(ws.url());
    ws.on('framereceived', () => { v.wsFramesIn += 1; });
  });
  page.on('response', (r) => {
    if (r.url().startsWith(`${ORIGIN}/etherpad/`) && r.status() >= 400) v.problems.push(`${r.status()} ${r.url()}`);
  });
  page.on('requestfailed', (r) => {
    const err = r.failure()?.errorText ?? '';
    // socket.io aborts its long-poll request when it switches to the WebSocket
    if (!(r.url().includes('/socket.io/') && err.includes('ERR_ABORTED'))) v.problems.push(`failed ${r.url()} ${err}`);
  });
  page.on('pageerror', (e) => v.problems.push(`pageerror: ${e.message}`));
  const res = await page.goto(`${ORIGIN}/${pageName}`);
  if (!res || res.status() !== 200) throw new CheckFailed(`${pageName}: HTTP ${res?.status()}`);
  return v;
};

// ---------- the check ----------
const main = async (): Promise<void> => {
  const children: ChildProcess[] = [];
  let tmp: string | undefined;
  let browser: Browser | undefined;
  const groups: string[] = [];
  try {
    // 1. API, directly and through the proxy
    const version = await fetch(`${ETHERPAD}/api`).then((r) => r.json()).catch(() => null) as { currentVersion?: string } | null;
    check(version?.currentVersion === '1.2.15', `Etherpad answers on ${ETHERPAD}/api with API 1.2.15`,
      `Etherpad does not answer on ${ETHERPAD}/api (${JSON.stringify(version)}): run scripts/etherpad.sh start`);
    const wrong = await apiRaw('listAllGroups', {}, 'wrong-key');
    check(wrong.code === 4, `a wrong API key is refused (code 4: ${wrong.message})`);

    if (await portOpen(FRONT_PORT)) {
      note(`using the front proxy already listening on ${ORIGIN}`);
    } else {
      const proxy = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/front-proxy.ts')], {
        cwd: ROOT,
        env: { ...process.env, FRONT_PORT: String(FRONT_PORT), PHP_PORT: String(PHP_PORT), ETHERPAD_PORT: String(ETHERPAD_PORT) },
        stdio: ['ignore', 'inherit', 'inherit'],
      });
      children.push(proxy);
      await waitPort(FRONT_PORT, 'front proxy', proxy);
      note(`started scripts/front-proxy.ts on ${ORIGIN}`);
    }
    const viaProxy = await fetch(`${ORIGIN}/etherpad/api`).then((r) => r.json()).catch(() => null) as { currentVersion?: string } | null;
    check(viaProxy?.currentVersion === '1.2.15', `${ORIGIN}/etherpad/api reaches Etherpad through the proxy`);

    // 2. group, pad, author, session
    const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
    const groupID = str((await api('createGroupIfNotExistsFor', { groupMapper: `check-${run}` })).groupID, 'groupID');
    groups.push(groupID);
    const padID = str((await api('createGroupPad', { groupID, padName: 'proxycheck', text: 'Start\n' })).padID, 'padID');
    const authorID = str((await api('createAuthorIfNotExistsFor', { authorMapper: `check-user-${run}`, name: 'Check User' })).authorID, 'authorID');
    const validUntil = String(Math.floor(Date.now() / 1000) + 3600);
    const sessionID = str((await api('createSession', { groupID, authorID, validUntil })).sessionID, 'sessionID');
    const otherGroup = str((await api('createGroupIfNotExistsFor', { groupMapper: `check-other-${run}` })).groupID, 'groupID');
    groups.push(otherGroup);
    const otherSession = str((await api('createSession', { groupID: otherGroup, authorID, validUntil })).sessionID, 'sessionID');
    ok(`API: createGroupIfNotExistsFor, createGroupPad -> ${padID}, createAuthorIfNotExistsFor, createSession -> ${sessionID}`);

    // 3. test pages on the proxy origin
    const padPath = `/etherpad/p/${encodeURIComponent(padID)}`;
    const pages = new Map<string, string>([
      [`${PAGE_PREFIX.slice(1)}session.html`, htmlPage('Pad with session', padPath, sessionID)],
      [`${PAGE_PREFIX.slice(1)}nosession.html`, htmlPage('Pad without session', padPath, null)],
      [`${PAGE_PREFIX.slice(1)}othersession.html`, htmlPage('Pad with a session of another group', padPath, otherSession)],
    ]);
    let viaRoute = false;
    if (await portOpen(PHP_PORT)) {
      viaRoute = true;
      note(`port ${PHP_PORT} is taken (Moodle?): the browser answers the test pages itself, on ${ORIGIN}`);
    } else {
      tmp = mkdtempSync(path.join(os.tmpdir(), 'etherpad-check-'));
      for (const [name, body] of pages) writeFileSync(path.join(tmp, name), body);
      writeFileSync(path.join(tmp, `${PAGE_PREFIX.slice(1)}headers.php`), `<?php header('Content-Type: application/json');
echo json_encode(['host' => $_SERVER['HTTP_HOST'] ?? null, 'for' => $_SERVER['HTTP_X_FORWARDED_FOR'] ?? null,
  'proto' => $_SERVER['HTTP_X_FORWARDED_PROTO'] ?? null, 'fhost' => $_SERVER['HTTP_X_FORWARDED_HOST'] ?? null,
  'method' => $_SERVER['REQUEST_METHOD'], 'body' => file_get_contents('php://input')]);
`);
      const php = spawn('php', ['-S', `127.0.0.1:${PHP_PORT}`, '-t', tmp], { stdio: ['ignore', 'ignore', 'ignore'] });
      children.push(php);
      await waitPort(PHP_PORT, 'PHP built-in server', php);
      note(`serving the test pages from a throwaway PHP server on port ${PHP_PORT} (${tmp})`);
      const h = await fetch(`${ORIGIN}${PAGE_PREFIX}headers.php`, { method: 'POST', body: 'a=1&b=2', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } })
        .then((r) => r.json()) as Record<string, string | null>;
      check(h.host === `127.0.0.1:${FRONT_PORT}` && h.for === '127.0.0.1' && h.proto === 'http' && h.fhost === `127.0.0.1:${FRONT_PORT}` && h.body === 'a=1&b=2',
        `PHP behind the proxy sees Host ${h.host}, X-Forwarded-For ${h.for}, -Proto ${h.proto}, -Host ${h.fhost} and the POST body`);
    }

    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });

    // 3a. with the session: the editor loads, typing reaches the pad
    const a = await visit(browser, `${PAGE_PREFIX.slice(1)}session.html`, pages, viaRoute);
    const pad = a.page.frameLocator('#pad');
    await pad.locator('#editorcontainer.initialized').waitFor({ timeout: 30000 });
    const inner = pad.frameLocator('iframe[name="ace_outer"]').frameLocator('iframe[name="ace_inner"]').locator('#innerdocbody');
    await inner.waitFor({ timeout: 15000 });
    check(await inner.getAttribute('contenteditable') === 'true' && (await inner.innerText()).includes('Start'),
      'with sessionID cookie (path=/) the pad editor loads inside the iframe, editable, showing the pad text');
    const typed = `Hallo aus dem Browser ${run}`;
    await inner.click();
    await a.page.keyboard.press('Control+End');
    await a.page.keyboard.type(typed, { delay: 10 });
    let text = '';
    for (const until = Date.now() + 15000; Date.now() < until;) {
      text = str((await api('getText', { padID })).text, 'text');
      if (text.includes(typed)) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    check(text.includes(typed), `typed text arrives in the pad: getText = ${JSON.stringify(text)}`);
    const authors = (await api('listAuthorsOfPad', { padID })).authorIDs as string[] | undefined;
    check(authors?.includes(authorID), `the edit is attributed to the session's author ${authorID}`);
    const ws = a.websockets.filter((u) => u.startsWith(`ws://127.0.0.1:${FRONT_PORT}/etherpad/socket.io/`));
    check(ws.length > 0 && a.wsFramesIn > 0,
      `socket.io upgraded to a WebSocket through the proxy (${ws[0] ?? 'none'}, ${a.wsFramesIn} frames received)`);
    check(a.problems.length === 0, `no failed requests or script errors under /etherpad/${a.problems.length ? `: ${a.problems.join('; ')}` : ''}`);
    const cookies = await a.context.cookies(ORIGIN);
    note(`cookies on ${ORIGIN}: ${cookies.map((c) => `${c.name} (path ${c.path}${c.httpOnly ? ', HttpOnly' : ''})`).join(', ')}`);
    await a.context.close();

    // 3b. without a session, and with a session of another group: permission error
    for (const [name, what] of [['nosession', 'without a sessionID cookie'], ['othersession', 'with a session of another group']] as const) {
      const b = await visit(browser, `${PAGE_PREFIX.slice(1)}${name}.html`, pages, viaRoute);
      const denied = b.page.frameLocator('#pad').locator('#permissionDenied');
      await denied.waitFor({ state: 'visible', timeout: 30000 });
      const initialized = await b.page.frameLocator('#pad').locator('#editorcontainer.initialized').count();
      check(initialized === 0 && (await denied.innerText()).includes('You do not have permission'),
        `${what} the pad shows "You do not have permission to access this pad" and no editor`);
      await b.context.close();
    }
    const after = str((await api('getText', { padID })).text, 'text');
    check(after === text, 'the refused visitors did not change the pad');
    console.log(`\nPASS etherpad-proxy check (${elapsed()})`);
  } finally {
    await browser?.close().catch(() => undefined);
    for (const g of groups) await api('deleteGroup', { groupID: g }).catch(() => undefined);
    for (const c of children.reverse()) await stopChild(c);
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }
};

main().catch((err: unknown) => {
  console.error(`\nFAIL etherpad-proxy check (${elapsed()}): ${err instanceof Error ? err.message : String(err)}`);
  if (!(err instanceof CheckFailed) && err instanceof Error && err.stack) console.error(err.stack);
  process.exit(1);
});

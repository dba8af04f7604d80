// Pads in the course room, in Chromium against the running stack (Moodle and Etherpad on one
// origin through the front proxy):
//   - two writers of one circle open the same pad; what one types appears for the other;
//   - a user whose role may view the circle but not write gets the read-only pad;
//   - with Etherpad stopped, the pad page shows the last snapshot read-only with a notice;
//   - no page and no AMD bundle contains the Etherpad API key (the stack's key is known).
// Test data: tests/browser/fixtures/pads.php (course PADTEST, users padwriter1/2, padreader).
import { describe, it, beforeAll, afterAll, expect } from 'vitest';
import type { Browser, BrowserContext, FrameLocator, Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, openPage, login, settled, axeViolations, expectClean, baseUrl, type PageProblems } from './support/moodle';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const varDir = process.env.DIGISOZ_VAR ?? path.join(root, '.var');

/** Runs the fixture script with the stack's PHP settings; returns its JSON answer. */
function fixture(action: 'setup' | 'snapshot'): Record<string, number> {
  const moodle = path.join(root, 'scripts', 'moodle.sh');
  const www = execFileSync('bash', [moodle, 'www'], { encoding: 'utf8' }).trim();
  const out = execFileSync('bash', [moodle, 'php', path.join(root, 'tests/browser/fixtures/pads.php'), www, action],
    { encoding: 'utf8' });
  const last = out.trim().split('\n').pop() ?? '';
  return JSON.parse(last) as Record<string, number>;
}

function etherpad(action: 'start' | 'stop'): void {
  execFileSync('bash', [path.join(root, 'scripts', 'etherpad.sh'), action], { stdio: 'ignore' });
}

const apiKey = (): string => readFileSync(path.join(varDir, 'etherpad', 'APIKEY.txt'), 'utf8').trim();

/** The editable body of the Etherpad editor inside our pad page. */
function editor(page: Page): FrameLocator {
  return page.frameLocator('iframe[data-region="mod_devcircle-pad-frame"]')
    .frameLocator('iframe[name="ace_outer"]').frameLocator('iframe[name="ace_inner"]');
}

let browser: Browser;
const contexts: BrowserContext[] = [];
let padid = 0;
let cmid = 0;

async function openPad(username: string): Promise<{ page: Page; problems: PageProblems }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  contexts.push(context);
  const { page, problems } = await openPage(context);
  await login(page, username);
  await page.goto(`${baseUrl}/mod/devcircle/pad.php?id=${padid}`);
  await settled(page);
  return { page, problems };
}

beforeAll(async () => {
  const data = fixture('setup');
  cmid = data.cmid ?? 0;
  padid = data.padid ?? 0;
  browser = await launch();
});

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
});

describe(`Pads at ${baseUrl}`, () => {
  const stamp = Date.now().toString(36);
  const annaText = `Paula schreibt ${stamp}`;
  const benText = `Peter ergänzt ${stamp}`;
  let writer1: Page;
  let writer2: Page;

  it('two writers of one circle see each other typing in the same pad', async () => {
    const w1 = await openPad('padwriter1');
    const w2 = await openPad('padwriter2');
    writer1 = w1.page;
    writer2 = w2.page;
    for (const page of [writer1, writer2]) {
      expect(await page.getAttribute('[data-region="mod_devcircle-pad"]', 'data-state')).toBe('ready');
      expect(await page.locator('[data-region="mod_devcircle-pad-readonly"]').count()).toBe(0);
      await expect.poll(() => editor(page).locator('#innerdocbody').getAttribute('contenteditable')).toBe('true');
    }

    await editor(writer1).locator('#innerdocbody').click();
    await writer1.keyboard.press('Control+End');
    await writer1.keyboard.type(`${annaText}\n`);
    await expect.poll(() => editor(writer2).locator('#innerdocbody').innerText(), { timeout: 15000 }).toContain(annaText);

    await editor(writer2).locator('#innerdocbody').click();
    await writer2.keyboard.press('Control+End');
    await writer2.keyboard.type(`${benText}\n`);
    await expect.poll(() => editor(writer1).locator('#innerdocbody').innerText(), { timeout: 15000 }).toContain(benText);

    // The pad address carries the user's language and an author colour; text on every author
    // colour in the pad keeps a contrast of at least 4.5:1.
    expect(await writer1.getAttribute('iframe[data-region="mod_devcircle-pad-frame"]', 'src'))
      .toMatch(/\?lang=[a-z]{2,3}&userColor=%23[0-9a-f]{6}$/);
    const contrasts = await editor(writer1).locator('#innerdocbody span[class*="author-"]').evaluateAll((spans) => {
      const rgb = (c: string): number[] => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
      const lum = (c: string): number => {
        const [r, g, b] = rgb(c).map((v) => { const s = v / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; });
        return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
      };
      return spans.filter((s) => s.textContent?.trim()).map((s) => {
        const style = getComputedStyle(s);
        const [a, b] = [lum(style.backgroundColor), lum(style.color)];
        return { bg: style.backgroundColor, ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) };
      });
    });
    console.log(`author colours in the pad: ${contrasts.map((c) => `${c.bg} ${c.ratio.toFixed(2)}:1`).join(', ')}`);
    expect(contrasts.length).toBeGreaterThan(0);
    for (const c of contrasts) expect(c.ratio).toBeGreaterThanOrEqual(4.5);

    expect(await axeViolations(writer1, '.mod_devcircle-pad-toolbar')).toEqual([]);
    expectClean(w1.problems);
    expectClean(w2.problems);
  }, 240000);

  it('the iframe fills the page and full screen covers the window', async () => {
    const frame = writer1.locator('iframe[data-region="mod_devcircle-pad-frame"]');
    const before = await frame.boundingBox();
    expect(before?.height ?? 0).toBeGreaterThan(400);
    await writer1.click('[data-action="fullscreen"]');
    expect(await writer1.getAttribute('[data-action="fullscreen"]', 'aria-pressed')).toBe('true');
    const full = await frame.boundingBox();
    expect(full?.height ?? 0).toBeGreaterThan(before?.height ?? 0);
    await writer1.keyboard.press('Escape');
    expect(await writer1.getAttribute('[data-action="fullscreen"]', 'aria-pressed')).toBe('false');
  });

  it('a user without the right to write sees the pad read-only', async () => {
    const { page, problems } = await openPad('padreader');
    expect(await page.locator('[data-region="mod_devcircle-pad-readonly"]').count()).toBe(1);
    const src = await page.getAttribute('iframe[data-region="mod_devcircle-pad-frame"]', 'src');
    expect(src).toMatch(/\/etherpad\/p\/r\.[0-9a-f]+\?lang=[a-z]{2,3}&userColor=%23[0-9a-f]{6}$/);
    await expect.poll(() => editor(page).locator('#innerdocbody').innerText(), { timeout: 15000 }).toContain(benText);
    expect(await editor(page).locator('#innerdocbody').getAttribute('contenteditable')).not.toBe('true');
    // Nothing on the page reveals the writable pad: no group pad ID ("g.…$…").
    expect(await page.content()).not.toMatch(/g\.[A-Za-z0-9]{16}(\$|%24)/);
    expectClean(problems);
  });

  it('with Etherpad stopped, the pad page shows the last snapshot read-only with a notice', async () => {
    fixture('snapshot');
    etherpad('stop');
    try {
      const { page } = await openPad('padwriter2');
      const snapshot = page.locator('[data-region="mod_devcircle-pad-snapshot-content"]');
      await expect.poll(() => snapshot.count(), { timeout: 20000 }).toBe(1);
      expect(await snapshot.innerText()).toContain(annaText);
      expect(await snapshot.innerText()).toContain(benText);
      expect(await page.locator('[data-region="mod_devcircle-pad-snapshot"] .alert-warning').innerText()).not.toBe('');
      expect(await page.locator('iframe[data-region="mod_devcircle-pad-frame"]').count()).toBe(0);
    } finally {
      etherpad('start');
    }
  }, 240000);

  it('no page or bundle contains the Etherpad API key', async () => {
    const key = apiKey();
    expect(key.length).toBeGreaterThan(16);
    const page = writer1;
    const urls = [
      `/mod/devcircle/view.php?id=${cmid}`,
      `/mod/devcircle/pad.php?id=${padid}`,
      `/mod/devcircle/padhistory.php?id=${padid}`,
      '/mod/devcircle/amd/build/pad.min.js',
      '/mod/devcircle/amd/build/pad_repository.min.js',
      '/mod/devcircle/amd/build/webinar.min.js',
    ];
    for (const url of urls) {
      const res = await page.request.get(`${baseUrl}${url}`);
      expect(res.status(), url).toBe(200);
      expect(await res.text(), url).not.toContain(key);
    }
    await page.goto(`${baseUrl}/mod/devcircle/pad.php?id=${padid}`);
    await settled(page);
    expect(await page.content()).not.toContain(key);
    for (const cookie of await page.context().cookies()) expect(cookie.value).not.toContain(key);
  });
});

// Browser-test support: Debian's Chromium driven by playwright-core against a running Moodle.
// Every page opened through openPage() records console errors, page errors, failed requests and
// failed AMD loads, so a test can assert the page ran cleanly.
import { chromium, type Browser, type Page, type BrowserContext } from 'playwright-core';
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';

const require = createRequire(import.meta.url);

export const baseUrl = (process.env.MOODLE_URL ?? 'http://localhost:8080').replace(/\/$/, '');
export const demoPassword = process.env.DEMO_PASSWORD ?? 'Demo123!';
export const adminPassword = process.env.ADMIN_PASSWORD ?? 'Admin123!';

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface PageProblems { errors: string[] }

/** A page whose JavaScript problems are collected; requests that would leave loopback are refused. */
export async function openPage(context: BrowserContext): Promise<{ page: Page; problems: PageProblems }> {
  const page = await context.newPage();
  const problems: PageProblems = { errors: [] };
  await page.route(/^https?:\/\/(?!localhost|127\.0\.0\.1)/, (route) => route.abort('blockedbyclient'));
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.errors.push(`pageerror: ${err.message}`));
  page.on('requestfailed', (req) => {
    const url = req.url();
    // ERR_ABORTED is a request cancelled by navigating on, not a failure.
    if (req.failure()?.errorText === 'net::ERR_ABORTED') return;
    if (/^https?:\/\/(localhost|127\.0\.0\.1)/.test(url)) problems.errors.push(`requestfailed: ${url} ${req.failure()?.errorText ?? ''}`);
  });
  page.on('response', (res) => {
    // RequireJS answers a missing module with 200 and an empty body in development mode.
    if (res.url().includes('/lib/requirejs.php') && res.status() >= 400) problems.errors.push(`AMD load failed: ${res.url()} ${res.status()}`);
  });
  return { page, problems };
}

export async function login(page: Page, username: string, password = demoPassword): Promise<void> {
  await page.goto(`${baseUrl}/login/index.php`);
  // As a person would, only once the page's own requests are done: a request still on its way
  // with the session from before the login may end after it and take the new session's place
  // (seen on the two-node cluster, where both run at the same time on different nodes).
  await settled(page);
  await page.fill('#username', username);
  await page.fill('#password', password);
  // A login on a busy machine (the whole test run beside other work) has taken more than 30 s.
  await Promise.all([page.waitForURL((u) => !u.pathname.endsWith('/login/index.php'), { timeout: 60000 }), page.click('#loginbtn')]);
}

/** Waits until Moodle's JavaScript has settled: no pending core/pending promises. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const w = window as unknown as { M?: { util?: { pending_js?: unknown[] } } };
    return w.M?.util?.pending_js !== undefined && w.M.util.pending_js.length === 0;
  }, undefined, { timeout: 30000 });
}

/** Runs axe-core on the given part of the page and returns serious or critical violations. */
export async function axeViolations(page: Page, selector: string): Promise<string[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const result = await page.evaluate(async (sel) => {
    const axe = (window as unknown as { axe: { run: (ctx: string, opts: object) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: unknown[] }[] }> } }).axe;
    const r = await axe.run(sel, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] } });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, count: v.nodes.length }));
  }, selector);
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}, ${v.count}x): ${v.help}`);
}

export function expectClean(problems: PageProblems): void {
  expect(problems.errors, problems.errors.join('\n')).toEqual([]);
}

/** Adds a file to a form's file manager through the upload repository and waits until it is listed. */
export async function addToFileManager(page: Page, field: string, name: string, content: string): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'evidence-'));
  try {
    const onDisk = path.join(dir, name);
    writeFileSync(onDisk, content);
    const item = page.locator(`#fitem_id_${field}`);
    await item.locator('.fp-btn-add').first().click();
    const picker = page.locator('.file-picker:visible').first();
    await picker.waitFor();
    const upload = picker.locator('.fp-repo:has(img[src*="repository_upload"])');
    if (!(await picker.locator('.fp-repo.active:has(img[src*="repository_upload"])').count())) {
      await upload.first().click();
    }
    const input = picker.locator('.fp-upload-form input[type="file"]');
    await input.waitFor({ state: 'attached' });
    await page.waitForLoadState('networkidle');
    await input.setInputFiles(onDisk);
    await Promise.all([
      page.waitForResponse((res) => res.url().includes('/repository/repository_ajax.php') && res.url().includes('action=upload')),
      picker.locator('.fp-upload-btn').click(),
    ]);
    await item.locator('.fp-filename', { hasText: name }).first().waitFor();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Chooses a file in a form's file picker through the upload repository (found by its icon, so in
 * any language) and waits until the form shows it. `field` is the form element's id, e.g. 'csvfile'.
 * The file goes through the disk, as a user's would; it is read only when the picker uploads it.
 *
 * The picker opens on the repository used last and lists it asynchronously; choosing the upload
 * repository while that list is still on its way makes the picker draw its upload form twice, and
 * a file set on the first form is lost. So the file is set only once no repository request is
 * outstanding and the upload repository is the active one, and an upload the picker did not take
 * is tried once more.
 */
export async function uploadFile(page: Page, field: string, file: { name: string; buffer: Buffer }): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'upload-'));
  const outstanding = new Set<unknown>();
  const isRepositoryRequest = (url: string): boolean => url.includes('/repository/repository_ajax.php');
  const started = (req: { url(): string }): void => { if (isRepositoryRequest(req.url())) outstanding.add(req); };
  const ended = (req: unknown): void => { outstanding.delete(req); };
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  try {
    const onDisk = path.join(dir, file.name);
    writeFileSync(onDisk, file.buffer);
    const item = page.locator(`#fitem_id_${field}`);
    const shown = item.locator('.filepicker-filename').filter({ hasText: file.name });
    await item.locator(`.fp-btn-choose, input[name="${field}choose"]`).first().click();
    const picker = page.locator('.file-picker:visible').first();
    await picker.waitFor();
    const uploadRepo = picker.locator('.fp-repo:has(img[src*="repository_upload"])');
    const input = picker.locator('.fp-upload-form input[type="file"]');
    for (let attempt = 1; ; attempt++) {
      // The picker's own list request (of the repository used last) must have been answered first.
      await expect.poll(() => outstanding.size, { timeout: 30000 }).toBe(0);
      if (!(await picker.locator('.fp-repo.active:has(img[src*="repository_upload"])').count())) {
        await uploadRepo.first().click();
        await expect.poll(() => outstanding.size, { timeout: 30000 }).toBe(0);
      }
      await input.waitFor({ state: 'attached' });
      await input.setInputFiles(onDisk);
      try {
        // The picker answers a missing file without a request, so the upload is awaited as such.
        await Promise.all([
          page.waitForResponse((res) => isRepositoryRequest(res.url()) && res.url().includes('action=upload'), { timeout: 30000 }),
          picker.locator('.fp-upload-btn').click(),
        ]);
        await shown.waitFor({ timeout: 30000 });
        return;
      } catch (e) {
        if (attempt >= 2 || !(await picker.isVisible())) throw e;
        // The picker's "no file attached" message is modal; it is closed before trying again.
        const ok = page.locator('.fp-msg-butok:visible');
        if (await ok.count()) await ok.first().click();
      }
    }
  } finally {
    page.off('request', started);
    page.off('requestfinished', ended);
    page.off('requestfailed', ended);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The check's region; data-ready="true" once its module has started. */
export const CHECK = '[data-region="local_digitalstrategy-check"]';

/** Waits until autosave has stored a check item: its version rises above `previousversion`. */
export async function savedItem(page: Page, itemkey: string, previousversion = 0): Promise<void> {
  await page.waitForFunction(([key, version]) => {
    const item = document.querySelector<HTMLElement>(`[data-item="${key}"]`);
    return item !== null && Number(item.dataset.version) > Number(version);
  }, [itemkey, previousversion] as const, { timeout: 30000 });
}

/**
 * Answers the unanswered radio items of a check step (at most `limit`), one autosave request
 * each, and waits until each is saved; returns the ids of the chosen inputs.
 */
export async function answerCheckStep(page: Page, step: number, limit = Infinity): Promise<string[]> {
  const section = page.locator(`section[data-region="step"][data-step="${step}"]`);
  await expect.poll(() => section.isVisible()).toBe(true);
  const items = await section.locator('[data-region="item"]').evaluateAll((els) =>
    els.map((el) => ({ key: (el as HTMLElement).dataset.item ?? '', answered: (el as HTMLElement).dataset.version !== '0' })));
  const chosen: string[] = [];
  for (const [i, item] of items.entries()) {
    if (item.answered || chosen.length >= limit) continue;
    const options = section.locator(`[data-item="${item.key}"] input[type="radio"]:not([data-dontknow])`);
    const count = await options.count();
    if (count === 0) continue;
    const option = options.nth(i % count);
    const id = await option.getAttribute('id');
    await option.check();
    await savedItem(page, item.key);
    if (id) chosen.push(id);
  }
  return chosen;
}

/** Opens the check (starting a run when the page offers to) and waits until its module is ready. */
export async function openCheck(page: Page, query = ''): Promise<void> {
  await page.goto(`${baseUrl}/local/digitalstrategy/check.php${query}`);
  const start = page.locator('[data-region="local_digitalstrategy-checkstart"] button[type="submit"]');
  if (await start.count()) {
    await Promise.all([page.waitForURL(/check\.php/), start.click()]);
  }
  await settled(page);
  await expect.poll(() => page.getAttribute(CHECK, 'data-ready')).toBe('true');
}

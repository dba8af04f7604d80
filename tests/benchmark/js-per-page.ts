// JavaScript each page of the suite loads: opens every page in Chromium against the running stack,
// reads which of our AMD modules RequireJS ran there (its registry of defined modules) and prints,
// per page, those modules with the raw and gzip size of their built files, the shared zod module
// apart. Budget per page: at most 6.6 KB gzip of our own code, plus one shared zod module; a page
// over budget (or loading zod more than once) prints FAIL and the script exits with status 1.
//
//   npx tsx tests/benchmark/js-per-page.ts [--json file]      (stack running, MOODLE_URL set)
//
// Sizes are those of the built files the stack's Moodle serves (<dirroot>/<plugin dir>/amd/build),
// as Moodle sends them with JavaScript caching on (lib/requirejs.php drops the source-map comment).
// gzip: zlib's default level, as a web server compresses. A module "carries zod" when its file
// holds zod's own code (its "$ZodType" constructor name).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage, login, settled, baseUrl, adminPassword } from '../browser/support/moodle';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Our plugins and where each is installed in Moodle's tree. */
const COMPONENTS: Record<string, string> = { local_digitalstrategy: 'local/digitalstrategy', mod_devcircle: 'mod/devcircle', block_digicheck: 'blocks/digicheck' };
/** Own code per page, gzip bytes (6.6 KB). */
export const BUDGET = 6600;
const ZOD_MODULE = 'local_digitalstrategy/zod';

interface ModuleSize { name: string; raw: number; gzip: number; zod: boolean }
interface PageFigures { page: string; url: string; modules: ModuleSize[]; own: { raw: number; gzip: number }; zod: ModuleSize[]; pass: boolean; note: string }

/** A built module as Moodle serves it with caching on: without the source-map comment (lib/requirejs.php). */
export function served(js: string): Buffer {
  return Buffer.from(`${js.replace(/\/\/# sourceMappingURL[\s\S]*$/, '').trimEnd()}\n`);
}

/** Raw and gzip size of a module's built file as served; whether it holds zod's code. */
export function moduleSize(name: string, dirroot: string): ModuleSize {
  const [component, file] = name.split('/');
  const text = served(readFileSync(path.join(dirroot, COMPONENTS[component ?? ''] ?? '', 'amd', 'build', `${file ?? ''}.min.js`), 'utf8'));
  return { name, raw: text.length, gzip: gzipSync(text).length, zod: text.includes('$ZodType') };
}

/** The verdict of one page: own code within the budget and at most one module carrying zod. */
export function judge(modules: ModuleSize[]): { own: { raw: number; gzip: number }; zod: ModuleSize[]; pass: boolean } {
  const ownModules = modules.filter((m) => m.name !== ZOD_MODULE);
  const own = ownModules.reduce((sum, m) => ({ raw: sum.raw + m.raw, gzip: sum.gzip + m.gzip }), { raw: 0, gzip: 0 });
  const zod = modules.filter((m) => m.zod);
  return { own, zod, pass: own.gzip <= BUDGET && zod.length <= 1 };
}

/** Our modules that RequireJS has run on the page. */
async function loadedModules(page: Page): Promise<string[]> {
  await settled(page);
  // Modules started after the page settled (e.g. a poller's first run) do not load new code.
  await page.waitForTimeout(500);
  const names = await page.evaluate(() => {
    const r = (window as unknown as { requirejs?: { s?: { contexts?: { _?: { defined?: Record<string, unknown> } } } } }).requirejs;
    return Object.keys(r?.s?.contexts?._?.defined ?? {});
  });
  return names.filter((n) => Object.keys(COMPONENTS).some((c) => n.startsWith(`${c}/`))).sort();
}

const moodle = path.join(root, 'scripts', 'moodle.sh');
/** The stack's Moodle directory. */
const www = (): string => execFileSync('bash', [moodle, 'www'], { encoding: 'utf8' }).trim();

function fixture(script: string): Record<string, number> {
  const out = execFileSync('bash', [moodle, 'php', path.join(root, script), www(), 'setup'], { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as Record<string, number>;
}

async function firstHref(page: Page, selector: string): Promise<string | null> {
  const link = page.locator(selector).first();
  return (await link.count()) ? link.getAttribute('href') : null;
}

type Visit = (page: Page) => Promise<string | null>;
interface Step { name: string; user: string; visit: Visit }

const goto = (url: string): Visit => async (page) => {
  await page.goto(url.startsWith('http') ? url : `${baseUrl}${url}`);
  return page.url();
};

async function circleUrl(page: Page): Promise<string | null> {
  await page.goto(`${baseUrl}/course/view.php?name=DEZ`);
  return firstHref(page, 'a[href*="/mod/devcircle/view.php"]');
}

const BENCH_SESSION = 'Messung: Sitzung für die Seitenlast';

function steps(pads: Record<string, number>): Step[] {
  return [
    { name: 'check page', user: 'anna', visit: async (page) => {
      await page.goto(`${baseUrl}/local/digitalstrategy/check.php`);
      const start = page.locator('[data-region="local_digitalstrategy-checkstart"] button[type="submit"]');
      if (await start.count()) await Promise.all([page.waitForURL(/check\.php/), start.click()]);
      return page.url();
    } },
    { name: 'results page', user: 'admin', visit: async (page) => {
      // The page of all results (linked from the block) links each organisation's latest result.
      await page.goto(`${baseUrl}/local/digitalstrategy/allresults.php`);
      const href = await firstHref(page, 'a[href*="/local/digitalstrategy/results.php?runid="]');
      return href ? goto(href)(page) : null;
    } },
    { name: 'all results (admin)', user: 'admin', visit: goto('/local/digitalstrategy/allresults.php') },
    { name: 'Dashboard with the block (participant)', user: 'anna', visit: goto('/my/') },
    { name: 'Dashboard with the block (admin)', user: 'admin', visit: goto('/my/') },
    { name: 'course page with the block', user: 'anna', visit: goto('/course/view.php?name=DEZ') },
    { name: 'circle view with sessions and pads', user: 'anna', visit: async (page) => {
      const href = await circleUrl(page);
      return href ? goto(href)(page) : null;
    } },
    { name: 'circle view (moderator)', user: 'moderator', visit: async (page) => {
      const href = await circleUrl(page);
      return href ? goto(href)(page) : null;
    } },
    { name: 'pad page', user: 'padwriter1', visit: goto(`/mod/devcircle/pad.php?id=${pads.padid ?? 0}`) },
    { name: 'pad history', user: 'padwriter1', visit: goto(`/mod/devcircle/padhistory.php?id=${pads.padid ?? 0}`) },
    { name: 'attendance report', user: 'moderator', visit: async (page) => {
      const href = await circleUrl(page);
      if (!href) return null;
      await page.goto(href);
      const report = await firstHref(page, 'a[href*="/mod/devcircle/attendance.php"]');
      return report ? goto(report)(page) : null;
    } },
    { name: 'suite overview (admin)', user: 'admin', visit: goto('/local/digitalstrategy/index.php') },
    { name: 'organisations (admin)', user: 'admin', visit: goto('/local/digitalstrategy/organisations.php') },
    { name: 'organisation form (admin)', user: 'admin', visit: goto('/local/digitalstrategy/organisation.php') },
    { name: 'members (admin)', user: 'admin', visit: async (page) => {
      await page.goto(`${baseUrl}/local/digitalstrategy/organisations.php`);
      const href = await firstHref(page, 'a[href*="/local/digitalstrategy/members.php"]');
      return href ? goto(href)(page) : null;
    } },
    { name: 'organisation import (admin)', user: 'admin', visit: goto('/local/digitalstrategy/import.php') },
    { name: 'questionnaires (admin)', user: 'admin', visit: goto('/local/digitalstrategy/instruments.php') },
    { name: 'Etherpad health check (admin)', user: 'admin', visit: goto('/mod/devcircle/health.php') },
    // The PDCA board of the leader's organisation (demo data: measures in every phase).
    { name: 'PDCA board', user: 'anna', visit: goto('/local/digitalstrategy/board.php') },
  ];
}

/**
 * Makes sure the demo circle has a session that was held (the moderator starts it in the BBB test
 * double and ends it again), so its page loads the recordings too; answers whether this run
 * added the session.
 */
async function ensureSession(browser: Browser): Promise<boolean> {
  const context = await browser.newContext();
  try {
    const { page } = await openPage(context);
    await login(page, 'moderator');
    const href = await circleUrl(page);
    if (!href) return false;
    await page.goto(href);
    await settled(page);
    if (await page.locator('li[data-region="session"][data-started="1"]').count()) return false;
    await page.click('[data-action="add-session"]');
    await page.fill('#id_title', BENCH_SESSION);
    await Promise.all([page.waitForURL(/\/mod\/devcircle\/view\.php/), page.click('#id_submitbutton')]);
    await settled(page);
    const item = page.locator('li[data-region="session"]', { has: page.locator(`h4:text-is("${BENCH_SESSION}")`) });
    const [client] = await Promise.all([context.waitForEvent('page'), item.locator('[data-action="start"]').click()]);
    await client.close();
    await item.locator('[data-action="end"]').click();
    await page.click('.modal.show [data-action="delete"]');
    await page.waitForFunction((title) => Array.from(document.querySelectorAll<HTMLElement>('li[data-region="session"]'))
      .some((li) => li.querySelector('h4')?.textContent === title && li.dataset.open === '0' && li.dataset.started === '1'), BENCH_SESSION);
    await settled(page);
    return true;
  } finally {
    await context.close();
  }
}

async function removeSession(browser: Browser): Promise<void> {
  const context = await browser.newContext();
  try {
    const { page } = await openPage(context);
    await login(page, 'moderator');
    const href = await circleUrl(page);
    if (!href) return;
    await page.goto(href);
    const item = page.locator('li[data-region="session"]', { has: page.locator(`h4:text-is("${BENCH_SESSION}")`) });
    if (!(await item.count())) return;
    await Promise.all([page.waitForURL(/\/mod\/devcircle\/session\.php/), item.locator('a[href*="delete=1"]').click()]);
    await Promise.all([page.waitForURL(/\/mod\/devcircle\/view\.php/), page.click('form:has(input[name="confirm"][value="1"]) [type="submit"]')]);
  } finally {
    await context.close();
  }
}

const kb = (bytes: number): string => (bytes / 1000).toFixed(1).padStart(6);

function print(figures: PageFigures[], dirroot: string): void {
  for (const f of figures) {
    console.log(`\n${f.pass ? 'PASS' : 'FAIL'}  ${f.page}  (${f.url.replace(baseUrl, '')})${f.note ? `  ${f.note}` : ''}`);
    for (const m of f.modules) {
      console.log(`        ${m.name.padEnd(44)} ${kb(m.raw)} KB raw ${kb(m.gzip)} KB gzip${m.zod ? '  (carries zod)' : ''}`);
    }
    const shared = f.modules.find((m) => m.name === ZOD_MODULE);
    console.log(`        ${'own code'.padEnd(44)} ${kb(f.own.raw)} KB raw ${kb(f.own.gzip)} KB gzip  (budget ${kb(BUDGET).trim()} KB)`);
    console.log(`        ${'shared zod module'.padEnd(44)} ${shared ? `${kb(shared.raw)} KB raw ${kb(shared.gzip)} KB gzip` : 'none'}` +
      `  · modules carrying zod: ${f.zod.length}`);
  }
  const all = Object.entries(COMPONENTS).flatMap(([c, dir]) => {
    const build = path.join(dirroot, dir, 'amd', 'build');
    return existsSync(build) ? readdirSync(build).filter((f) => f.endsWith('.min.js')).sort()
      .map((f) => moduleSize(`${c}/${f.slice(0, -'.min.js'.length)}`, dirroot)) : [];
  });
  const sum = all.reduce((s, m) => ({ raw: s.raw + m.raw, gzip: s.gzip + m.gzip }), { raw: 0, gzip: 0 });
  console.log(`\nAll ${all.length} modules of the three plugins (what cached mode puts into core/first.js): ` +
    `${kb(sum.raw).trim()} KB raw, ${kb(sum.gzip).trim()} KB gzip; ${all.filter((m) => m.zod).length} carry zod.`);
  const failed = figures.filter((f) => !f.pass).length;
  console.log(`\n${figures.length - failed} of ${figures.length} pages within budget (≤ ${kb(BUDGET).trim()} KB gzip own code + one shared zod module).`);
}

async function main(): Promise<void> {
  const jsonAt = process.argv.indexOf('--json');
  const dirroot = www();
  fixture('tests/browser/fixtures/check.php');
  const pads = fixture('tests/browser/fixtures/pads.php');
  const browser = await launch();
  const figures: PageFigures[] = [];
  let added = false;
  try {
    added = await ensureSession(browser);
    const sessions = new Map<string, Page>();
    for (const step of steps(pads)) {
      let page = sessions.get(step.user);
      if (!page) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
        ({ page } = await openPage(context));
        await login(page, step.user, step.user === 'admin' ? adminPassword : undefined);
        sessions.set(step.user, page);
      }
      const url = await step.visit(page);
      if (url === null) {
        figures.push({ page: step.name, url: '', modules: [], own: { raw: 0, gzip: 0 }, zod: [], pass: false, note: 'page not found' });
        continue;
      }
      const modules = (await loadedModules(page)).map((name) => moduleSize(name, dirroot));
      figures.push({ page: step.name, url: page.url(), modules, ...judge(modules), note: '' });
    }
  } finally {
    if (added) await removeSession(browser).catch(() => undefined);
    await browser.close();
  }
  print(figures, dirroot);
  if (jsonAt > 0 && process.argv[jsonAt + 1]) writeFileSync(process.argv[jsonAt + 1] ?? '', JSON.stringify(figures, null, 2));
  if (figures.some((f) => !f.pass)) process.exitCode = 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 2;
  });
}

// Our AMD modules as Moodle serves them, in Chromium against the running stack, with JavaScript
// caching on (every module in one core/first.js) and off (each module on its own, with its source
// map): the check page, a circle page and the block start and run cleanly; the shared modules
// (local_digitalstrategy/ws, /dom, /zod, ...) load once per page; zod's code reaches the browser
// once; in development mode each module comes with its TypeScript source map.
// The test switches $CFG->cachejs with admin/cli/cfg.php and switches it back on at the end.
import { describe, it, beforeAll, afterAll, expect } from 'vitest';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, openPage, login, settled, baseUrl, expectClean, type PageProblems } from './support/moodle';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const OURS = /^(local_digitalstrategy|mod_devcircle|block_digicheck)\//;

function cachejs(on: boolean): void {
  const moodle = path.join(root, 'scripts', 'moodle.sh');
  const www = execFileSync('bash', [moodle, 'www'], { encoding: 'utf8' }).trim();
  execFileSync('bash', [moodle, 'php', path.join(www, 'admin/cli/cfg.php'), '--name=cachejs', `--set=${on ? 1 : 0}`]);
}

/** Our modules RequireJS ran on the page. */
async function ran(page: Page): Promise<string[]> {
  const names = await page.evaluate(() => {
    const r = (window as unknown as { requirejs: { s: { contexts: { _: { defined: Record<string, unknown> } } } } }).requirejs;
    return Object.keys(r.s.contexts._.defined);
  });
  return names.filter((n) => OURS.test(n)).sort();
}

interface Loaded { url: string; status: number; body: string }

/** Records every answer of lib/requirejs.php. */
function recordModules(page: Page): Loaded[] {
  const loaded: Loaded[] = [];
  page.on('response', (res: Response) => {
    if (!res.url().includes('/lib/requirejs.php/')) return;
    void res.text().then((body) => loaded.push({ url: res.url(), status: res.status(), body }), () => undefined);
  });
  return loaded;
}

interface PageCase {
  name: string;
  open: (page: Page) => Promise<void>;
  root: string;
  expect: string[];
  /** Something the user does next that loads a module on demand, and that module. */
  then?: { act: (page: Page) => Promise<void>; loads: string };
}

const pages: PageCase[] = [
  {
    name: 'check page',
    open: async (page) => {
      await page.goto(`${baseUrl}/local/digitalstrategy/check.php`);
      const start = page.locator('[data-region="local_digitalstrategy-checkstart"] button[type="submit"]');
      if (await start.count()) await Promise.all([page.waitForURL(/check\.php/), start.click()]);
    },
    root: '#local_digitalstrategy-check',
    expect: ['local_digitalstrategy/autosave', 'local_digitalstrategy/check', 'local_digitalstrategy/dom', 'local_digitalstrategy/item_dom',
      'local_digitalstrategy/repository', 'local_digitalstrategy/ws', 'local_digitalstrategy/zod'],
    then: {
      act: async (page) => {
        await page.click('[data-action="goto"][data-step="summary"]');
        await settled(page);
        await expect.poll(() => page.locator('[data-region="unanswered"] p').count()).toBe(1);
      },
      loads: 'local_digitalstrategy/check_summary',
    },
  },
  {
    name: 'circle page',
    open: async (page) => {
      await page.goto(`${baseUrl}/course/view.php?name=DEZ`);
      await page.goto((await page.getAttribute('a[href*="/mod/devcircle/view.php"]', 'href')) ?? '');
    },
    root: '#mod_devcircle-sessions',
    expect: ['local_digitalstrategy/dom', 'local_digitalstrategy/ws', 'local_digitalstrategy/zod', 'mod_devcircle/webinar',
      'mod_devcircle/webinar_message', 'mod_devcircle/webinar_poller', 'mod_devcircle/webinar_repository', 'mod_devcircle/webinar_status'],
  },
  {
    name: 'Dashboard with the block',
    open: async (page) => { await page.goto(`${baseUrl}/my/`); },
    root: '#block_digicheck',
    expect: ['block_digicheck/block', 'local_digitalstrategy/dom', 'local_digitalstrategy/radar', 'local_digitalstrategy/zod'],
  },
];

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  const { page } = await openPage(context);
  await login(page, 'anna');
  await page.close();
});

afterAll(async () => {
  cachejs(true);
  await context?.close().catch(() => undefined);
  await browser?.close();
});

describe.each([
  ['on (production: every module in core/first.js)', true],
  ['off (development: each module alone, with its source map)', false],
])(`our AMD modules at ${baseUrl}, JavaScript caching %s`, (_name, cached) => {
  beforeAll(() => cachejs(cached));

  it.each(pages)('the $name starts on its root and runs the shared modules once', async (p) => {
    const { page, problems }: { page: Page; problems: PageProblems } = await openPage(context);
    const loaded = recordModules(page);
    await p.open(page);
    await settled(page);
    await expect.poll(() => page.getAttribute(p.root, 'data-ready')).toBe('true');
    await page.waitForTimeout(300);

    expect(await ran(page)).toEqual(expect.arrayContaining(p.expect));
    if (p.then) {
      expect(await ran(page)).not.toContain(p.then.loads);
      await p.then.act(page);
      expect(await ran(page)).toContain(p.then.loads);
    }
    const bodies = loaded.filter((l) => l.status === 200);
    if (cached) {
      // One bundle of every module (the circle page's first navigation, the course page, loads it too).
      const first = bodies.filter((l) => l.url.includes('/core/first.js'));
      expect(first.length).toBeGreaterThanOrEqual(1);
      const text = first.at(-1)?.body ?? '';
      for (const name of p.expect) expect(text.split(`define("${name}",`).length - 1, name).toBe(1);
      expect(bodies.filter((l) => OURS.test(l.url.split('/lib/requirejs.php/')[1]?.replace(/^[^/]+\//, '') ?? ''))).toEqual([]);
      // zod's code once: as often as in the zod module's file.
      expect(text.split('$ZodType').length - 1).toBe(readFileSync(path.join(root, 'local_digitalstrategy/amd/build/zod.min.js'), 'utf8').split('$ZodType').length - 1);
      expect(text).not.toContain('sourceMappingURL=');
    } else {
      for (const name of await ran(page)) {
        const own = bodies.filter((l) => l.url.endsWith(`/-1/${name}.js`));
        expect(own, name).toHaveLength(1);
        const body = own[0]?.body ?? '';
        expect(body.startsWith(`define("${name}",`), name).toBe(true);
        expect(body.includes('$ZodType'), name).toBe(name === 'local_digitalstrategy/zod');
        const map = /\/\/# sourceMappingURL=(\S+)$/.exec(body.trimEnd())?.[1] ?? '';
        expect(map, name).toContain('/lib/jssourcemap.php/');
        const res = await page.request.get(map);
        expect(res.status(), map).toBe(200);
        const json = (await res.json()) as { sourcesContent?: string[] };
        expect(json.sourcesContent?.join('\n') ?? '', name).toMatch(/\bexport\b/);
      }
    }
    expectClean(problems);
    await page.close();
  });
});

// The expert forum in Chromium against the running stack:
//   - an expert (site role "Expert forum") writes a resistance analysis about Caritas
//     Sozialstation Nord through the form on /local/digitalstrategy/resistance.php;
//   - the organisation's leader (anna) sees it;
//   - a staff member of that organisation (ben) and the leader of another organisation (clara)
//     can see it neither on the page nor through the web service local_digitalstrategy_get_analyses;
//   - the project team (admin) sees the strategies overview with the Ampel as words;
//   - a member (ben) sees the strategy status of his organisation on the development circle's page
//     and in the block, each with a link to the strategy;
//   - axe finds no serious violation on the analyses page and the overview.
// Test data: tests/browser/fixtures/expertforum.php (demo organisations, the demo expert, a strategy
// of Caritas Sozialstation Nord with a measure rated red on time).
import { describe, it, beforeAll, afterAll, expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, openPage, login, axeViolations, expectClean, baseUrl, adminPassword } from './support/moodle';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const RESISTANCE = '[data-region="local_digitalstrategy-resistance"]';
const OVERVIEW = '[data-region="local_digitalstrategy-strategiespage"]';

interface Ids { orgid: number; otherorgid: number; circlecmid: number }

function fixture(): Ids {
  const moodle = path.join(root, 'scripts', 'moodle.sh');
  const www = execFileSync('bash', [moodle, 'www'], { encoding: 'utf8' }).trim();
  const out = execFileSync('bash', [moodle, 'php', path.join(root, 'tests/browser/fixtures/expertforum.php'), www, 'setup'],
    { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as Ids;
}

/** A string of local_digitalstrategy in both languages (the demo users may read either). */
function strings(key: string): string[] {
  return ['en', 'de'].map((lang) => {
    const text = readFileSync(path.join(root, `local_digitalstrategy/lang/${lang}/local_digitalstrategy.php`), 'utf8');
    const m = new RegExp(`\\$string\\['${key}'\\] = '((?:[^'\\\\]|\\\\.)*)';`).exec(text);
    if (!m?.[1]) throw new Error(`no string ${key} in ${lang}`);
    return m[1].replace(/\\'/g, "'");
  });
}

/** Calls local_digitalstrategy_get_analyses from the logged-in page, as the front end would. */
async function getAnalyses(page: Page, orgid: number): Promise<{ error: boolean; data?: { analyses: { stakeholder: string }[] } }> {
  return page.evaluate(async (id) => {
    const M = (window as unknown as { M: { cfg: { wwwroot: string; sesskey: string } } }).M;
    const res = await fetch(`${M.cfg.wwwroot}/lib/ajax/service.php?sesskey=${M.cfg.sesskey}&info=local_digitalstrategy_get_analyses`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify([{ index: 0, methodname: 'local_digitalstrategy_get_analyses', args: { orgid: id } }]),
    });
    const answer = (await res.json()) as Array<{ error: boolean; data?: { analyses: { stakeholder: string }[] } }>;
    return answer[0] ?? { error: true };
  }, orgid);
}

const stamp = Date.now().toString(36);
const stakeholder = `Hauswirtschaft & Küche "Team B" < 5 🍲 ${stamp}`;
let ids: Ids;
let browser: Browser;
const contexts: BrowserContext[] = [];

async function as(username: string, password?: string): Promise<{ page: Page; problems: { errors: string[] } }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  contexts.push(context);
  const opened = await openPage(context);
  await login(opened.page, username, password);
  return opened;
}

beforeAll(async () => {
  ids = fixture();
  browser = await launch();
});

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
});

describe(`expert forum at ${baseUrl}`, () => {
  it('an expert writes a resistance analysis through the form', async () => {
    const { page, problems } = await as('expert');
    await page.goto(`${baseUrl}/local/digitalstrategy/resistance.php?orgid=${ids.orgid}`);
    expect(await axeViolations(page, RESISTANCE)).toEqual([]);

    await page.fill('#id_stakeholder', stakeholder);
    await page.selectOption('#id_kind', 'emotional');
    await page.fill('#id_signals', 'Angst vor Kontrolle durch digitale Dienstpläne');
    await page.fill('#id_cause', 'Schlechte Erfahrungen mit der Zeiterfassung');
    await page.selectOption('#id_intensity', '4');
    await page.fill('#id_response', 'Gespräch mit dem Team & der MAV');
    await page.selectOption('#id_status', 'open');
    await Promise.all([page.waitForLoadState('load'), page.click('#id_submitbutton')]);

    const row = page.locator('[data-region="local_digitalstrategy-resistance-row"]', { hasText: stamp });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.locator('th').textContent()).toContain(stakeholder);
    expect(await row.getAttribute('data-kind')).toBe('emotional');
    console.log(`expert wrote the analysis "${stakeholder}"`);
    expectClean(problems);
  });

  it('the organisation\'s leader sees it, on the page and through the web service', async () => {
    const { page, problems } = await as('anna');
    await page.goto(`${baseUrl}/local/digitalstrategy/resistance.php?orgid=${ids.orgid}`);
    expect(await page.locator(RESISTANCE).textContent()).toContain(stakeholder);
    expect(await page.locator('[data-region="local_digitalstrategy-resistance-form"]').count()).toBe(0);
    const answer = await getAnalyses(page, ids.orgid);
    expect(answer.error).toBe(false);
    expect(answer.data?.analyses.map((a) => a.stakeholder)).toContain(stakeholder);
    expectClean(problems);
  });

  const outsiders = [['ben', 'a staff member of that organisation'], ['clara', 'the leader of another organisation']] as const;
  for (const [username, who] of outsiders) {
    it(`${who} (${username}) sees it neither on the page nor through the web service`, async () => {
      const { page } = await as(username);
      await page.goto(`${baseUrl}/local/digitalstrategy/resistance.php?orgid=${ids.orgid}`);
      const body = (await page.locator('body').textContent()) ?? '';
      expect(body).not.toContain(stamp);
      expect(await page.locator(RESISTANCE).count()).toBe(0);
      expect(strings('resistance_nopermission').some((s) => body.includes(s))).toBe(true);

      const answer = await getAnalyses(page, ids.orgid);
      expect(answer.error).toBe(true);
      expect(JSON.stringify(answer)).not.toContain(stamp);
    });
  }

  it('a member sees the strategy status of the organisation on the circle page and in the block, with a link', async () => {
    const { page, problems } = await as('ben');
    const link = `/local/digitalstrategy/strategy.php?orgid=${ids.orgid}`;
    await page.goto(`${baseUrl}/mod/devcircle/view.php?id=${ids.circlecmid}`);
    const panel = page.locator('[data-region="local_digitalstrategy-strategystatus"]');
    expect(await panel.count()).toBe(1);
    expect(await panel.getAttribute('data-status')).toBe('adopted');
    expect(await panel.locator('td[data-rating="red"]').count()).toBe(1);
    expect(await panel.locator('[data-region="local_digitalstrategy-strategystatus-link"]').getAttribute('href')).toContain(link);
    expect(await axeViolations(page, '[data-region="local_digitalstrategy-strategystatus"]')).toEqual([]);

    await page.goto(`${baseUrl}/my/`);
    const inblock = page.locator('[data-region="block_digicheck"] [data-region="local_digitalstrategy-strategystatus"]');
    expect(await inblock.count()).toBe(1);
    expect(await inblock.locator('[data-region="local_digitalstrategy-strategystatus-link"]').getAttribute('href')).toContain(link);
    expectClean(problems);
  });

  it('the project team sees the strategies overview with the Ampel as words and colours', async () => {
    const { page, problems } = await as('admin', adminPassword);
    const started = Date.now();
    await page.goto(`${baseUrl}/local/digitalstrategy/strategies.php?q=Caritas`);
    console.log(`strategies overview loaded in ${Date.now() - started} ms`);
    const row = page.locator(`${OVERVIEW} tr[data-orgid="${ids.orgid}"]`);
    expect(await row.count()).toBe(1);
    const time = row.locator('td[data-criterion="time"]');
    expect(await time.getAttribute('data-rating')).toBe('red');
    const text = ((await time.textContent()) ?? '').trim();
    expect(strings('strategies_ampel_red')).toContain(text);
    expect(await axeViolations(page, OVERVIEW)).toEqual([]);
    expectClean(problems);
  });
});

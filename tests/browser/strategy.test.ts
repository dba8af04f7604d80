// The strategy of an organisation in Chromium against the running stack:
//   - a leader opens the check's results, turns a weakness into a goal (prefilled with the
//     dimension and its score as baseline), writes a vision full of markup and special characters
//     (shown as written, inert) and adopts the strategy;
//   - a staff member of the organisation sees no adopt button, and an adopt POST forged with the
//     staff member's own session key is refused;
//   - a member of another organisation gets an error instead of the strategy;
//   - after a second adoption the history shows what changed, word by word;
//   - the strategy page and the history pass axe.
// Test data: tests/browser/fixtures/strategy.php (an organisation with a leader and a staff member,
// a submitted check, no strategy yet).
import { describe, it, beforeAll, afterAll, expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, openPage, login, axeViolations, expectClean, baseUrl, type PageProblems } from './support/moodle';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const VISION = '<script>alert(1)</script> & "Kinder < 6"';
const STRATEGY = '[data-region="local_digitalstrategy-strategy"]';

function fixture(): { orgid: number; runid: number } {
  const moodle = path.join(root, 'scripts', 'moodle.sh');
  const www = execFileSync('bash', [moodle, 'www'], { encoding: 'utf8' }).trim();
  const out = execFileSync('bash', [moodle, 'php', path.join(root, 'tests/browser/fixtures/strategy.php'), www, 'setup'],
    { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as { orgid: number; runid: number };
}

/** Submits the Moodle form on the page and waits for the page it leads to. */
async function submitForm(page: Page): Promise<void> {
  await Promise.all([page.waitForLoadState('load'), page.waitForURL((u) => !u.pathname.includes('_edit.php'), { timeout: 30000 }),
    page.click('#id_submitbutton')]);
}

/** Adopts from the strategy page: the button, then the confirmation. */
async function adopt(page: Page): Promise<void> {
  await Promise.all([page.waitForURL(/strategy_adopt\.php/), page.click('[data-action="adopt"]')]);
  await Promise.all([page.waitForURL(/strategy\.php/), page.click('form[action*="strategy_adopt.php"] [type="submit"]')]);
}

let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: PageProblems;
let data: { orgid: number; runid: number };
const dialogs: string[] = [];
const strategyUrl = (): string => `${baseUrl}/local/digitalstrategy/strategy.php?orgid=${data.orgid}`;

beforeAll(async () => {
  data = fixture();
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  ({ page, problems } = await openPage(context));
  page.on('dialog', (dialog) => { dialogs.push(dialog.message()); void dialog.dismiss(); });
  await login(page, 'stratlead');
});

afterAll(async () => {
  await context?.close().catch(() => undefined);
  await browser?.close();
});

describe(`Strategy of an organisation at ${baseUrl}`, () => {
  it('a leader turns a weakness of the check into a goal that keeps the score as baseline', async () => {
    await page.goto(`${baseUrl}/local/digitalstrategy/results.php?runid=${data.runid}`);
    const link = page.locator('[data-region="weaknesses"] [data-action="makegoal"]').first();
    const href = await link.getAttribute('href');
    const dimension = new URL(href ?? '', baseUrl).searchParams.get('dimension');
    expect(dimension).toBeTruthy();
    const score = (await page.locator(`[data-region="scoretable"] tr[data-dimension="${dimension}"] td`).first().innerText()).trim();
    await Promise.all([page.waitForURL(/goal_edit\.php/), link.click()]);

    expect(await page.inputValue('#id_title')).toMatch(/^Strengthen /);
    expect(await page.inputValue('#id_dimension')).toBe(dimension);
    expect(await page.locator('#fitem_id_baselineinfo').innerText()).toContain(score);
    await submitForm(page);

    const row = page.locator('[data-region="strategy-goals"] tbody tr').first();
    expect(await row.locator('[data-region="goal-baseline"]').innerText()).toBe(score);
    expect(await row.locator('[data-region="goal-change"]').innerText()).toBe('±0.0');
  });

  it('the same weakness becomes a measure under that goal, on the board in Plan', async () => {
    await page.goto(`${baseUrl}/local/digitalstrategy/results.php?runid=${data.runid}`);
    const link = page.locator('[data-region="weaknesses"] [data-action="makemeasure"]').first();
    await Promise.all([page.waitForURL(/measure_edit\.php/), link.click()]);

    const title = await page.inputValue('#id_title');
    expect(title).toMatch(/^Strengthen /);
    // The goal made from this weakness in the step before is chosen.
    expect(await page.locator('#id_goalid option:checked').innerText()).toBe(title);
    await submitForm(page);

    expect(page.url()).toContain('/local/digitalstrategy/board.php');
    const card = page.locator('[data-region="column"][data-phase="plan"] [data-region="measure"]', { hasText: title });
    await card.waitFor();
    console.log(`strategy: weakness "${title}" made a goal and a measure from the check`);
  });

  it('the vision is shown exactly as written and nothing in it runs; the leader adopts', async () => {
    const started = Date.now();
    await page.goto(`${baseUrl}/local/digitalstrategy/strategy_edit.php?orgid=${data.orgid}`);
    await page.fill('#id_vision', VISION);
    await page.fill('#id_guidingvalues', 'Teilhabe & Datenschutz');
    await submitForm(page);

    expect(await page.locator('[data-region="strategy-vision"]').innerText()).toBe(VISION);
    expect(await page.locator('[data-region="strategy-vision"]').innerHTML()).toContain('&lt;script&gt;');
    expect(dialogs).toEqual([]);

    await adopt(page);
    expect(await page.locator('[data-region="strategy-status"]').innerText()).toContain('Adopted');
    expect(await page.locator('[data-region="strategy-adoptedby"]').innerText()).toContain('Sina Leitung & Co.');
    expect(await axeViolations(page, STRATEGY)).toEqual([]);
    console.log(`strategy: vision saved and strategy adopted in ${Date.now() - started} ms`);
    expectClean(problems);
  });

  it('a staff member sees no adopt button and a forged adopt is refused', async () => {
    const staffcontext = await browser.newContext();
    const { page: staff } = await openPage(staffcontext);
    await login(staff, 'stratstaff');
    await staff.goto(strategyUrl());
    expect(await staff.locator('[data-region="strategy-vision"]').innerText()).toBe(VISION);
    expect(await staff.locator('[data-action="adopt"]').count()).toBe(0);

    // Something to adopt, so only the rule can refuse it.
    await staff.goto(`${baseUrl}/local/digitalstrategy/strategy_edit.php?orgid=${data.orgid}`);
    await staff.fill('#id_guidingvalues', 'Teilhabe & Datenschutz & Mitbestimmung');
    await submitForm(staff);
    const sesskey = await staff.evaluate(() => (window as unknown as { M: { cfg: { sesskey: string } } }).M.cfg.sesskey);
    const response = await staff.request.post(`${baseUrl}/local/digitalstrategy/strategy_adopt.php`, {
      form: { orgid: String(data.orgid), confirm: '1', version: '99', sesskey },
    });
    expect(await response.text()).toContain('Only a member of the organisation&#039;s leadership may adopt its strategy.');
    await staff.goto(strategyUrl());
    expect(await staff.locator('[data-region="strategy-status"]').innerText()).toContain('Under revision');
    await staffcontext.close();
  });

  it('a member of another organisation gets an error instead of the strategy', async () => {
    const othercontext = await browser.newContext();
    const { page: other } = await openPage(othercontext);
    await login(other, 'clara');
    await other.goto(strategyUrl());
    // In the member's language (clara reads German).
    expect(await other.locator('body').innerText())
      .toMatch(/You may not see the strategy of this organisation\.|Sie dürfen die Strategie dieser Organisation nicht sehen\./);
    expect(await other.locator(STRATEGY).count()).toBe(0);
    await othercontext.close();
  });

  it('after a second adoption the history shows what changed between the versions', async () => {
    await page.goto(`${baseUrl}/local/digitalstrategy/strategy_edit.php?orgid=${data.orgid}`);
    await page.fill('#id_vision', `${VISION} für alle`);
    await submitForm(page);
    await adopt(page);

    await page.goto(`${baseUrl}/local/digitalstrategy/strategy_history.php?orgid=${data.orgid}`);
    const diff = page.locator('[data-region="strategy-diff"]');
    expect(await diff.locator('h2').innerText()).toBe('Changes from version 1 to version 2');
    expect(await diff.locator('ins').first().innerText()).toContain('für alle');
    expect(await diff.innerText()).toContain('Guiding values');
    expect(await page.locator('[data-region="strategy-versions"] tbody tr').count()).toBe(2);
    expect(await axeViolations(page, '[data-region="local_digitalstrategy-strategyhistory"]')).toEqual([]);
    expectClean(problems);
  });

  it('a goal is deleted after a confirmation and the strategy goes under revision', async () => {
    await page.goto(strategyUrl());
    const edit = page.locator('[data-region="strategy-goals"] tbody tr').first().locator('a[href*="goal_edit.php"]');
    await Promise.all([page.waitForURL(/goal_edit\.php/), edit.click()]);
    await page.click('form[action*="goal_edit.php"] button.btn-danger');
    const yes = page.locator('.modal.show .modal-footer button.btn-primary, .modal.show .modal-footer [data-action="save"]').first();
    await Promise.all([page.waitForURL(/strategy\.php/), yes.click()]);

    expect(await page.locator('[data-region="strategy-goals"]').count()).toBe(0);
    expect(await page.locator('[data-region="strategy-status"]').innerText()).toContain('Under revision');
    expectClean(problems);
  });
});

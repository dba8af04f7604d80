// A German user's Moodle, in Chromium against the running stack: Greta Grün (language "de", site
// administrator, the only member of her organisation; tests/browser/fixtures/german.php) opens every
// page of the suite, and none shows a typical English core string (Yes/No, Cancel, Save changes,
// Required, minutes, table headers, file picker texts), a 12-hour time or a German date without the
// period after the day ("6 Dezember 2026"). That needs Moodle's German language pack on the site
// (scripts/moodle.sh installs it; opt out with SKIP=german). Counts of one read in the singular:
// "1 Person" on the attendance page, "1 Zeile" twice in the import preview.
import { describe, it, beforeAll, afterAll, expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, openPage, login, settled, expectClean, uploadFile, baseUrl, type PageProblems } from './support/moodle';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

interface Fixture {
  course: number;
  cmid: number;
  session: number;
  orgname: string;
  campaign: number;
  wave: number;
  feedback: number;
  feedbackcmid: number;
  langpack: { installed: boolean; files: number; source: string };
}

function fixture(): Fixture {
  const moodle = path.join(root, 'scripts', 'moodle.sh');
  const www = execFileSync('bash', [moodle, 'www'], { encoding: 'utf8' }).trim();
  const out = execFileSync('bash', [moodle, 'php', path.join(root, 'tests/browser/fixtures/german.php'), www],
    { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as Fixture;
}

/** English core strings a German page must not show (whole words, case as Moodle writes them). */
const ENGLISH: ReadonlyArray<[string, RegExp]> = [
  ['Yes', /\bYes\b/], ['No', /\bNo\b/], ['Cancel', /\bCancel\b/], ['Save changes', /\bSave changes\b/],
  ['Required', /\bRequired\b/], ['minutes', /\bminutes?\b/], ['Submit', /\bSubmit\b/], ['Edit', /\bEdit\b/],
  ['Delete', /\bDelete\b/], ['Search', /\bSearch\b/], ['Actions', /\bActions\b/], ['First name', /\bFirst name\b/],
  ['Last name', /\bLast name\b/], ['Email address', /\bEmail address\b/], ['Choose a file', /\bChoose a file\b/],
  ['Maximum size', /\bMaximum size\b/], ['Skip to main content', /\bSkip to main content\b/],
  ['Log out', /\bLog out\b/], ['Preferences', /\bPreferences\b/], ['Participants', /\bParticipants\b/],
  ['Settings', /\bSettings\b/], ['Home', /\bHome\b/], ['Show', /\bShow\b/], ['Date', /\bDate\b/],
  ['Time', /\bTime\b/], ['Download', /\bDownload\b/], ['Close', /\bClose\b/], ['Help with', /\bHelp with\b/],
  ['AM/PM time', /\b\d{1,2}:\d{2}\s?(AM|PM|am|pm)\b/],
  ['German date without the period after the day', /\b\d{1,2} (Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember) \d{4}\b/],
  ['English month', /\b(January|February|March|May|June|July|October|December)\b/],
  ['English weekday', /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/],
];

/** What a reader (or a screen reader) gets: the title, the visible text and the labels of the page. */
async function readable(page: Page): Promise<string> {
  return page.evaluate(() => {
    const labels: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('[aria-label], [title], [placeholder], input[type="submit"], input[type="button"]')) {
      if (el.closest('[hidden], .d-none')) continue;
      for (const a of ['aria-label', 'title', 'placeholder']) {
        const v = el.getAttribute(a);
        if (v) labels.push(v);
      }
      if (el instanceof HTMLInputElement && el.value) labels.push(el.value);
    }
    return `${document.title}\n${document.body.innerText}\n${labels.join('\n')}`;
  });
}

let data: Fixture;
let browser: Browser;
let context: BrowserContext;
let greta: { page: Page; problems: PageProblems };
const checked: Array<{ url: string; chars: number }> = [];

/** Opens a page as Greta and checks it shows no English core string; returns its text. */
async function check(url: string, expected: Array<string | RegExp> = []): Promise<string> {
  const { page, problems } = greta;
  const response = await page.goto(`${baseUrl}${url}`);
  expect(response?.status(), `${url} answers`).toBeLessThan(400);
  await settled(page);
  return checkOpen(url, expected, problems);
}

async function checkOpen(url: string, expected: Array<string | RegExp>, problems: PageProblems): Promise<string> {
  const text = await readable(greta.page);
  expect(text, `${url} shows an error`).not.toMatch(/Coding error|Exception - |Error code: |\[\[/);
  const english = ENGLISH.filter(([, re]) => re.test(text)).map(([name, re]) => `${name}: "${text.match(re)?.[0] ?? ''}"`);
  expect(english, `${url} shows English core strings`).toEqual([]);
  for (const e of expected) {
    if (typeof e === 'string') expect(text, url).toContain(e);
    else expect(text, url).toMatch(e);
  }
  expectClean(problems);
  checked.push({ url, chars: text.length });
  return text;
}

beforeAll(async () => {
  data = fixture();
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, locale: 'de-DE' });
  greta = await openPage(context);
  await login(greta.page, 'greta');
}, 120000);

afterAll(async () => {
  console.log(`German pack: ${data?.langpack.files ?? 0} files (${data?.langpack.source ?? 'unknown'}); `
    + `${checked.length} pages checked for ${ENGLISH.length} English patterns:\n`
    + checked.map((c) => `  ${c.url} (${c.chars} characters)`).join('\n'));
  await context?.close().catch(() => undefined);
  await browser?.close();
});

describe(`a German user's pages at ${baseUrl}`, () => {
  it('the site has Moodle\'s German language pack, not only its langconfig', () => {
    expect(data.langpack.installed).toBe(true);
    expect(data.langpack.files, 'files of the German pack').toBeGreaterThan(100);
  });

  it('the Dashboard with the block', async () => {
    await check('/my/', ['Digitalisierungscheck', /Ergebnisse (aller \d+ Organisationen|der 1 Organisation)/]);
  });

  it('the check, its results, all results and the overview', async () => {
    await check('/local/digitalstrategy/check.php', [data.orgname, /\d+ von \d+ Fragen? beantwortet/]);
    await check('/local/digitalstrategy/results.php', ['Gesamtwert', data.orgname]);
    await check('/local/digitalstrategy/allresults.php');
    await check('/local/digitalstrategy/index.php', [/Digitalisierungscheck abgeschlossen: \d+ von \d+ aktiven Organisation/]);
  });

  it('the organisations, questionnaires and import pages', async () => {
    await check('/local/digitalstrategy/organisations.php', [data.orgname]);
    await check('/local/digitalstrategy/instruments.php');
    await check('/local/digitalstrategy/import.php');
  });

  it('the import preview of one good and one bad row counts "1 Zeile" in the singular', async () => {
    const page = greta.page;
    const csv = 'idnumber;name;location;username\n'
      + 'demo-de-neu;Tagespflege Sonnenblick;Zittau;\n'
      + 'demo-de-neu2;;;niemand-hier\n';
    await uploadFile(page, 'csvfile', { name: 'organisationen.csv', buffer: Buffer.from(csv, 'utf8') });
    await Promise.all([page.waitForURL(/import\.php/), page.locator('#id_submitbutton').click()]);
    await settled(page);
    const text = await checkOpen('/local/digitalstrategy/import.php (preview)', [
      '1 Zeile kann importiert werden.', '1 Zeile enthält Fehler und wird übersprungen.',
    ], greta.problems);
    expect(text).not.toMatch(/\b1 Zeilen\b/);
    console.log('import preview: "1 Zeile kann importiert werden." and "1 Zeile enthält Fehler und wird übersprungen."');
  });

  it('the circle, its sessions, a session, its attendance and the pad', async () => {
    const view = await check(`/mod/devcircle/view.php?id=${data.cmid}`);
    // Dates as Germans write them (day with a period) and 24-hour times.
    const date = view.match(/\b\d{1,2}\. (Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember) \d{4}\b/)?.[0];
    const time = view.match(/\b([01]?\d|2[0-3]):[0-5]\d\b/)?.[0];
    expect(date, 'a German date on the circle page').toBeTruthy();
    expect(time, 'a 24-hour time on the circle page').toBeTruthy();
    console.log(`circle page: date "${date ?? ''}", time "${time ?? ''}"`);
    await check(`/mod/devcircle/sessions.php?id=${data.cmid}&list=upcoming`);
    await check(`/mod/devcircle/sessions.php?id=${data.cmid}&list=past`, ['Rückblick Dienstplanung (Greta allein)']);
    await check(`/mod/devcircle/session.php?id=${data.session}`);
    const attendance = await check(`/mod/devcircle/attendance.php?id=${data.cmid}&session=${data.session}`,
      ['1 Person hat teilgenommen.', '(1 Person)']);
    expect(attendance).not.toMatch(/\b1 Personen\b/);
    console.log('attendance of a session with one attendee: "1 Person hat teilgenommen." and "(1 Person)"');
    await check(`/mod/devcircle/pad.php?cmid=${data.cmid}`);
  });

  it('the survey campaigns, their results and the feedback pages', async () => {
    expect(data.campaign && data.wave && data.feedback && data.feedbackcmid, 'demo campaigns and feedback').toBeTruthy();
    await check('/local/digitalstrategy/campaigns.php', [/Befragung/]);
    await check('/local/digitalstrategy/campaign_edit.php');
    await check(`/local/digitalstrategy/campaign.php?id=${data.campaign}`, [/\d+ von \d+/]);
    await check(`/local/digitalstrategy/campaign_results.php?id=${data.wave}`, [/Mittelwert/]);
    await check('/local/digitalstrategy/feedback.php', [/Halbjahr/]);
    await check(`/mod/devcircle/feedback.php?id=${data.feedbackcmid}&campaign=${data.feedback}`, [/Zielkorridor/]);
  });
});

// The project lead keeps the indicator catalogue, enters a manual value with evidence and rates a
// process: adds an indicator through the catalogue's form, enters a value on its value page (a
// wrong value is refused and what was typed stays), attaches an evidence file, sees who entered
// what, downloads the evidence, and rates a process on the process Ampel. Our parts pass axe.
import { describe, it, beforeAll, afterAll, expect } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';

import { launch, openPage, login, settled, axeViolations, expectClean, addToFileManager, baseUrl, adminPassword } from './support/moodle';

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext();
  const { page } = await openPage(context);
  await login(page, 'admin', adminPassword);
  await page.close();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * The label of the programme's second half-year. The stack's demo data places the programme so that
 * today falls in its third half-year; the second is the one before today's.
 */
function secondHalfYearLabel(now = new Date()): string {
  const year = now.getFullYear();
  const half = now.getMonth() < 6 ? 1 : 2;
  return half === 1 ? `Half-year 2 of ${year - 1}` : `Half-year 1 of ${year}`;
}

describe('indicator catalogue, manual values and process Ampel', () => {
  const idnumber = `readers_${Date.now()}`;
  const name = 'Leser & "Abos" – Gruppen < 6 🌻';

  it('the project lead adds a manual indicator with a target to the catalogue', async () => {
    const { page, problems } = await openPage(context);
    await page.goto(`${baseUrl}/local/digitalstrategy/indicators.php`);
    await settled(page);
    const catalogue = page.locator('[data-region="local_digitalstrategy-indicatorcatalogue"]');
    await expect.poll(() => catalogue.locator('tr[data-indicator="kickoff_participants"]').count()).toBe(1);
    expect(await axeViolations(page, '[data-region="local_digitalstrategy-indicatorcatalogue"]')).toEqual([]);

    await Promise.all([page.waitForURL(/indicator_edit\.php/), catalogue.getByRole('link', { name: 'Add an indicator' }).click()]);
    await page.getByLabel('Identifier', { exact: true }).fill(idnumber);
    await page.getByLabel('Name', { exact: true }).fill(name);
    await page.getByLabel('Unit', { exact: true }).selectOption('count');
    await page.getByLabel('Direction', { exact: true }).selectOption('atleast');
    await page.getByLabel('Tolerance (amber)', { exact: true }).fill('2');
    await page.getByLabel('Source of the actual value', { exact: true }).selectOption('manual');
    await page.getByLabel(`Target, ${secondHalfYearLabel()}`, { exact: true }).fill('10');
    await Promise.all([page.waitForURL(/indicators\.php/), page.getByRole('button', { name: 'Add an indicator' }).click()]);
    await settled(page);
    const row = page.locator(`tr[data-indicator="${idnumber}"]`);
    expect(await row.locator('th').innerText()).toContain(name);
    expect(await row.innerText()).toContain('≥ 10');
    expectClean(problems);
    await page.close();
  });

  it('a wrong value is refused with what was typed kept; a value with evidence is listed with who entered it', async () => {
    const { page, problems } = await openPage(context);
    await page.goto(`${baseUrl}/local/digitalstrategy/indicators.php`);
    const row = page.locator(`tr[data-indicator="${idnumber}"]`);
    await Promise.all([page.waitForURL(/indicator_value\.php/), row.getByRole('link', { name: /Enter a value/ }).click()]);
    await settled(page);

    await page.getByLabel('Half-year', { exact: true }).selectOption({ label: secondHalfYearLabel() });
    await page.getByLabel('Value', { exact: true }).fill('zwölf');
    await page.getByLabel('Comment', { exact: true }).fill('Zählung & "Liste"');
    await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Save value' }).click()]);
    await settled(page);
    expect(await page.locator('#fitem_id_value').innerText()).toContain('Enter a number, for example 12 or 12.5.');
    expect(await page.getByLabel('Comment', { exact: true }).inputValue()).toBe('Zählung & "Liste"');

    await page.getByLabel('Value', { exact: true }).fill('12');
    await addToFileManager(page, 'evidence', 'Teilnahmeliste.pdf', '%PDF-1.4 Teilnahmeliste');
    await Promise.all([page.waitForURL(/period=2/), page.getByRole('button', { name: 'Save value' }).click()]);
    await settled(page);
    expect(await page.locator('.alert-success').innerText()).toContain('The value was saved.');
    const history = page.locator('[data-region="local_digitalstrategy-manualvalues"]');
    const entry = history.locator('tbody tr').first();
    expect(await entry.locator('td').nth(2).innerText()).toBe('12');
    expect(await entry.innerText()).toContain('Zählung & "Liste"');
    expect(await entry.innerText()).toContain('Admin User');
    expect(await entry.innerText()).toContain('counts');
    expect(await axeViolations(page, '[data-region="local_digitalstrategy-manualvalues"]')).toEqual([]);

    const href = await entry.getByRole('link', { name: 'Teilnahmeliste.pdf' }).getAttribute('href');
    const download = await page.request.get(href ?? '');
    expect(download.status()).toBe(200);
    expect(await download.text()).toBe('%PDF-1.4 Teilnahmeliste');
    expectClean(problems);
    await page.close();
  });

  it('a half-year outside the programme is named as such', async () => {
    const { page } = await openPage(context);
    await page.goto(`${baseUrl}/local/digitalstrategy/indicators.php`);
    const link = await page.locator(`tr[data-indicator="${idnumber}"]`).getByRole('link', { name: /Enter a value/ }).getAttribute('href');
    await page.goto(`${link ?? ''}&period=99`);
    expect(await page.locator('body').innerText()).toContain('Half-year 99 is outside the programme');
    await page.close();
  });

  it('the project lead rates a process; red needs a note', async () => {
    const { page, problems } = await openPage(context);
    await page.goto(`${baseUrl}/local/digitalstrategy/processes.php?period=2`);
    await settled(page);
    const ampel = page.locator('[data-region="local_digitalstrategy-processampel"]');
    expect(await ampel.locator('tr[data-process]').count()).toBe(6);
    await Promise.all([page.waitForURL(/process=surveys/), ampel.locator('tr[data-process="surveys"]').getByRole('link').click()]);
    await settled(page);
    await page.getByLabel('Quality', { exact: true }).selectOption('green');
    await page.getByLabel('Timeliness', { exact: true }).selectOption('red');
    await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Save rating' }).click()]);
    expect(await page.locator('#fitem_id_note').innerText()).toContain('A red rating needs a note');
    await page.getByLabel('Note', { exact: true }).fill('Druckerei im Verzug & "Korrektur"');
    await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Save rating' }).click()]);
    await settled(page);
    const surveys = page.locator('[data-region="local_digitalstrategy-processampel"] tr[data-process="surveys"]');
    expect(await surveys.locator('[data-colour]').evaluateAll((spans) => spans.map((s) => s.getAttribute('data-colour'))))
      .toEqual(['green', 'none', 'none', 'red']);
    expect(await surveys.innerText()).toContain('Druckerei im Verzug & "Korrektur"');
    expect(await axeViolations(page, '[data-region="local_digitalstrategy-processampel"]')).toEqual([]);
    expectClean(problems);
    await page.close();
  });
});

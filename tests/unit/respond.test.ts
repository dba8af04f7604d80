// @vitest-environment jsdom
// The answering page of campaigns: by link every request goes to Moodle's no-login entry point
// with the token, logged in with the campaign id and the session; answers are saved as they are
// given, conflicts from another tab are shown, submitting saves what is left first, names missing
// required questions, thanks; a refusal for the whole page (submitted in another tab, closed)
// stops answering with the reason.
import { describe, expect, it, beforeEach, afterEach, vi } from 'vitest';
import { respond, reset, requests, logins } from './fakes/core/ajax';
import Pending from './fakes/core/pending';
import { type RespondPage, TEXT_DELAY, init, isPageRefusal } from 'local_digitalstrategy/respond';
import type { StoredAnswer } from 'local_digitalstrategy/repository';

const TOKEN = 'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcd';

/** The markup of templates/respond_page.mustache with three questions (what the module relies on). */
function page(token: string): string {
  const radio = (key: string, value: string): string =>
    `<input type="radio" name="ds-${key}" id="ds-${key}-${value}" value="${value}"><label for="ds-${key}-${value}">${value}</label>`;
  const item = (key: string, type: string, body: string): string =>
    `<fieldset data-region="item" data-item="${key}" data-type="${type}" data-version="0"><legend>1. ${key} Frage</legend>${body}`
    + '<p data-region="itemstatus"></p></fieldset>';
  return `<div id="local_digitalstrategy-respond" data-campaignid="5" data-token="${token}">
    <div data-region="local_digitalstrategy-progress"><div data-region="progressbar"></div><span data-region="progresstext"></span>
    <p data-region="savestatus"></p></div>
    <form data-region="form">
      ${item('content', 'rating', ['-2', '-1', '0', '1', '2'].map((v) => radio('content', v)).join(''))}
      ${item('overall', 'rating', ['-2', '-1', '0', '1', '2'].map((v) => radio('overall', v)).join(''))}
      ${item('good', 'text', '<textarea data-region="text"></textarea>')}
      <div data-region="submiterror"></div>
      <button type="button" data-action="submit">Abschicken</button>
    </form>
    <div data-region="done" tabindex="-1" hidden>Danke</div>
  </div>`;
}

const completeness = (answered: number, requiredmissing: string[] = []) =>
  ({ answered, items: 3, needed: 0, cansubmit: requiredmissing.length === 0, unanswered: [], requiredmissing });

function stored(itemkey: string, value: string | null, version: number): StoredAnswer {
  return { itemkey, value, dontknow: false, relevance: 0, version, userfullname: '', timemodified: 1 };
}

function el<T extends HTMLElement>(selector: string): T {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`missing ${selector}`);
  return found;
}

function choose(selector: string): void {
  const input = el<HTMLInputElement>(selector);
  input.checked = true;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

async function settle(p: RespondPage): Promise<void> {
  await p.queue.flush();
  await vi.runAllTimersAsync();
}

function start(token = TOKEN): RespondPage {
  document.body.innerHTML = page(token);
  return init('local_digitalstrategy-respond');
}

let respondpage: RespondPage;

beforeEach(() => {
  vi.useFakeTimers();
  reset();
  window.localStorage.clear();
  window.sessionStorage.clear();
  respond('local_digitalstrategy_respond_save_answer', (args) => ({
    status: 'saved', answer: stored(String(args.itemkey), String(args.value) || null, Number(args.version) + 1),
    completeness: completeness(1),
  }));
});

afterEach(() => {
  vi.useRealTimers();
});

describe('answering by link', () => {
  beforeEach(() => {
    respondpage = start();
  });

  it('saves a rating at once through the no-login entry point with the token, then says so', async () => {
    choose('#ds-content-2');
    await settle(respondpage);

    expect(requests.map((r) => r.args)).toEqual([
      { token: TOKEN, campaignid: 5, itemkey: 'content', value: '2', dontknow: false, version: 0 },
    ]);
    expect(logins).toEqual([false]);
    expect(el('[data-item="content"]').dataset.version).toBe('1');
    expect(el('[data-item="content"] [data-region="itemstatus"]').textContent).toBe('local_digitalstrategy/itemsaved');
    expect(el('[data-region="savestatus"]').textContent).toBe('local_digitalstrategy/savedall');
    expect(el('[data-region="progressbar"]').getAttribute('aria-valuenow')).toBe('33');
    expect(Pending.open).toBe(0);
  });

  it('saves free text after a pause in typing', async () => {
    const text = el<HTMLTextAreaElement>('[data-region="text"]');
    text.value = 'Die Übungen & "Beispiele" < 1 Std.';
    text.dispatchEvent(new Event('input', { bubbles: true }));
    expect(requests).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(TEXT_DELAY);
    await settle(respondpage);

    expect(requests.map((r) => r.args.value)).toEqual(['Die Übungen & "Beispiele" < 1 Std.']);
  });

  it('shows the answer saved in another tab when it conflicts', async () => {
    respond('local_digitalstrategy_respond_save_answer', () => ({
      status: 'conflict', answer: stored('content', '-1', 4), completeness: completeness(1),
    }));
    choose('#ds-content-2');
    await settle(respondpage);

    expect(el<HTMLInputElement>('#ds-content--1').checked).toBe(true);
    expect(el('[data-item="content"]').dataset.version).toBe('4');
    expect(el('[data-item="content"] [data-region="itemstatus"]').textContent).toBe('local_digitalstrategy/respond_conflict');
  });

  it('keeps unsaved answers in the browser and sends them again after a reload', async () => {
    respond('local_digitalstrategy_respond_save_answer', () => { throw 'timeout'; });
    choose('#ds-overall-1');
    await vi.advanceTimersByTimeAsync(10);

    reset();
    respond('local_digitalstrategy_respond_save_answer', (args) => ({
      status: 'saved', answer: stored(String(args.itemkey), String(args.value), 1), completeness: completeness(1),
    }));
    respondpage = start();
    await settle(respondpage);

    expect(el<HTMLInputElement>('#ds-overall-1').checked).toBe(true);
    // (The page before the reload still retries too; every request carries the kept answer.)
    expect(requests.length).toBeGreaterThan(0);
    expect(new Set(requests.map((r) => `${String(r.args.itemkey)}=${String(r.args.value)}`))).toEqual(new Set(['overall=1']));
  });

  it('names the required questions still missing and submits nothing more', async () => {
    respond('local_digitalstrategy_respond_submit', () => ({ submitted: false, completeness: completeness(1, ['overall']) }));
    choose('#ds-content-2');
    await respondpage.submit();

    expect(requests.map((r) => r.methodname)).toEqual([
      'local_digitalstrategy_respond_save_answer', 'local_digitalstrategy_respond_submit',
    ]);
    expect(requests[1]?.args).toEqual({ token: TOKEN, campaignid: 5 });
    expect(el('[data-region="submiterror"]').textContent).toBe('local_digitalstrategy/respond_requiredmissing:1. overall Frage');
    expect(el('[data-item="overall"]').classList.contains('border-danger')).toBe(true);
    expect(el('[data-region="done"]').hidden).toBe(true);
  });

  it('saves typed text first, submits and thanks', async () => {
    respond('local_digitalstrategy_respond_submit', () => ({ submitted: true, completeness: completeness(3) }));
    const text = el<HTMLTextAreaElement>('[data-region="text"]');
    text.value = 'Alles gut';
    text.dispatchEvent(new Event('input', { bubbles: true }));
    await respondpage.submit();

    expect(requests.map((r) => r.methodname)).toEqual([
      'local_digitalstrategy_respond_save_answer', 'local_digitalstrategy_respond_submit',
    ]);
    expect(el('[data-region="done"]').hidden).toBe(false);
    expect(el('[data-region="form"]').hasAttribute('hidden')).toBe(true);
    expect(Pending.open).toBe(0);
  });

  it('stops answering with the reason when another tab submitted first', async () => {
    respond('local_digitalstrategy_respond_submit', () => {
      throw { errorcode: 'respond_error_submitted', message: 'Schon abgeschickt.', exception: 'moodle_exception' };
    });
    await respondpage.submit();

    expect(el('[data-region="submiterror"]').textContent).toBe('local_digitalstrategy/respond_error_submitted');
    expect(el<HTMLInputElement>('#ds-content-2').disabled).toBe(true);
    choose('#ds-content-2');
    await settle(respondpage);
    expect(requests.filter((r) => r.methodname === 'local_digitalstrategy_respond_save_answer')).toHaveLength(0);
  });

  it('shows a refused answer on its question and keeps the page usable', async () => {
    respond('local_digitalstrategy_respond_save_answer', () => {
      throw { errorcode: 'answererror_texttoolong', message: 'Der Text ist zu lang.', exception: 'moodle_exception' };
    });
    const text = el<HTMLTextAreaElement>('[data-region="text"]');
    text.value = 'x'.repeat(100 * 1024);
    text.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.advanceTimersByTimeAsync(TEXT_DELAY);
    await settle(respondpage);

    expect(el('[data-item="good"] [data-region="itemstatus"]').textContent)
      .toBe('local_digitalstrategy/saveerror:Der Text ist zu lang.');
    expect(el<HTMLInputElement>('#ds-content-2').disabled).toBe(false);
  });
});

describe('answering logged in', () => {
  it('sends the campaign id without a token and uses the session', async () => {
    respondpage = start('');
    choose('#ds-content-0');
    await settle(respondpage);

    expect(requests.map((r) => r.args)).toEqual([
      { token: '', campaignid: 5, itemkey: 'content', value: '0', dontknow: false, version: 0 },
    ]);
    expect(logins).toEqual([true]);
  });
});

describe('isPageRefusal', () => {
  it('tells refusals of the whole page from refusals of one answer', () => {
    const server = (errorcode: string) => ({ kind: 'server' as const, methodname: 'm', errorcode, message: '' });
    expect(isPageRefusal(server('respond_error_closed'))).toBe(true);
    expect(isPageRefusal(server('answererror_outofrange'))).toBe(false);
    expect(isPageRefusal({ kind: 'network', methodname: 'm', message: '' })).toBe(false);
  });
});

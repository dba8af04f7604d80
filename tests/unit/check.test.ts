// @vitest-environment jsdom
// The check page: answers are saved as they are given with a visible state, steps switch with
// focus and aria-current, colleagues' answers and conflicts show up, answers kept in the browser
// are re-sent after a reload, an answer of an unexpected shape is an error (not "offline"), and
// the summary step (local_digitalstrategy/check_summary, loaded when shown) lists what is missing,
// submits and goes to the results.
import { describe, expect, it, beforeEach, afterEach, vi } from 'vitest';
import { respond, reset, requests } from './fakes/core/ajax';
import Pending from './fakes/core/pending';
import { type CheckPage, TEXT_DELAY, init } from 'local_digitalstrategy/check';
import { navigation } from 'local_digitalstrategy/check_summary';
import type { StoredAnswer } from 'local_digitalstrategy/repository';

/** The markup of templates/check_page.mustache for two steps (what the module relies on). */
function page(): string {
  const radio = (key: string, value: string, checked = false, dontknow = false): string =>
    `<input type="radio" name="ds-${key}" id="ds-${key}-${value}" value="${value}"${dontknow ? ' data-dontknow="1"' : ''}${checked ? ' checked' : ''}>`
    + `<label for="ds-${key}-${value}">${value}</label>`;
  const item = (key: string, type: string, body: string, version = 0): string =>
    `<fieldset data-region="item" data-item="${key}" data-type="${type}" data-version="${version}"><legend>${key} text</legend>${body}`
    + '<p data-region="itemstatus"></p></fieldset>';
  return `<div id="local_digitalstrategy-check" data-region="local_digitalstrategy-check" data-runid="7">
    <div data-region="progressbar" style="width: 0%"></div><span data-region="progresstext"></span>
    <p data-region="savestatus"></p>
    <ol>
      <li><button type="button" data-action="goto" data-step="0" aria-current="step">1</button><span data-region="stepcount" data-step="0"></span></li>
      <li><button type="button" data-action="goto" data-step="1">2</button><span data-region="stepcount" data-step="1"></span></li>
      <li><button type="button" data-action="goto" data-step="summary">S</button></li>
    </ol>
    <form>
      <section data-region="step" data-step="0"><h2 tabindex="-1">Strategie</h2>
        ${item('str_goals', 'maturity', ['0', '1', '2', '3', '4'].map((v) => radio('str_goals', v, v === '1')).join('')
          + radio('str_goals', 'dontknow', false, true)
          + '<select data-region="relevance"><option value="0">-</option><option value="3">hoch</option></select>', 2)}
        ${item('str_tools', 'multiple', '<input type="checkbox" name="ds-str_tools" value="mail" id="m"><input type="checkbox" name="ds-str_tools" value="chat" id="c">')}
        <button type="button" data-action="prev" disabled>zurück</button><button type="button" data-action="next">weiter</button>
      </section>
      <section data-region="step" data-step="1" hidden><h2 tabindex="-1">Kultur</h2>
        ${item('cul_notes', 'text', '<textarea data-region="text"></textarea>')}
        <button type="button" data-action="prev">zurück</button><button type="button" data-action="next">weiter</button>
      </section>
      <section data-region="step" data-step="summary" hidden><h2 tabindex="-1">Zusammenfassung</h2>
        <div data-region="unanswered"></div><div data-region="submiterror"></div>
        <button type="button" data-action="submit">abschließen</button>
      </section>
    </form>
  </div>`;
}

const completeness = (answered: number, cansubmit = false) =>
  ({ answered, items: 3, needed: 3, cansubmit, unanswered: [], requiredmissing: [] });

function stored(itemkey: string, value: string | null, version: number, extra: Partial<StoredAnswer> = {}): StoredAnswer {
  return { itemkey, value, dontknow: false, relevance: 0, version, userfullname: 'Ben Brandt', timemodified: 1, ...extra };
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

async function settle(checkpage: CheckPage): Promise<void> {
  await checkpage.queue.flush();
  await vi.runAllTimersAsync();
}

let checkpage: CheckPage;

beforeEach(() => {
  vi.useFakeTimers();
  reset();
  window.localStorage.clear();
  window.sessionStorage.clear();
  document.body.innerHTML = page();
  respond('local_digitalstrategy_get_run', () => ({
    run: { id: 7, orgid: 1, orgname: 'Nord', instrumentid: 1, status: 'open', timecreated: 1, timesubmitted: 0 },
    instrument: '', answers: [], completeness: completeness(1), canedit: true,
  }));
  respond('local_digitalstrategy_save_answer', (args) => ({
    status: 'saved', answer: stored(String(args.itemkey), String(args.value) || null, Number(args.version) + 1,
      { dontknow: Boolean(args.dontknow), relevance: Number(args.relevance), userfullname: 'Anna Albers' }),
    completeness: completeness(2),
  }));
  checkpage = init('local_digitalstrategy-check');
});

afterEach(() => {
  vi.useRealTimers();
});

describe('answering', () => {
  it('starts ready, with the answered count per step', () => {
    expect(el('[data-region="local_digitalstrategy-check"]').dataset.ready).toBe('true');
    expect(el('[data-region="stepcount"][data-step="0"]').textContent).toBe('1/2');
    expect(Pending.open).toBe(0);
  });

  it('saves a chosen level at once with the version shown, then says so', async () => {
    choose('#ds-str_goals-3');
    await settle(checkpage);

    expect(requests.filter((r) => r.methodname === 'local_digitalstrategy_save_answer').map((r) => r.args)).toEqual([
      { runid: 7, itemkey: 'str_goals', value: '3', dontknow: false, relevance: 0, version: 2 },
    ]);
    expect(el('[data-item="str_goals"]').dataset.version).toBe('3');
    expect(el('[data-item="str_goals"] [data-region="itemstatus"]').textContent).toBe('local_digitalstrategy/itemsaved');
    expect(el('[data-region="savestatus"]').textContent).toBe('local_digitalstrategy/savedall');
    expect(el('[data-region="progresstext"]').textContent).toBe('local_digitalstrategy/progress_other:{"answered":2,"items":3}');
    expect(el('[data-region="progressbar"]').getAttribute('aria-valuenow')).toBe('66');
    expect(Pending.open).toBe(0);
  });

  it("sends don't know without a value, relevance with the answer, and several choices in one value", async () => {
    choose('#ds-str_goals-dontknow');
    const relevance = el<HTMLSelectElement>('[data-item="str_goals"] [data-region="relevance"]');
    relevance.value = '3';
    relevance.dispatchEvent(new Event('change', { bubbles: true }));
    choose('#m');
    choose('#c');
    await settle(checkpage);

    const sent = requests.filter((r) => r.methodname === 'local_digitalstrategy_save_answer').map((r) => r.args);
    expect(sent).toContainEqual({ runid: 7, itemkey: 'str_goals', value: '', dontknow: true, relevance: 3, version: 3 });
    expect(sent.at(-1)).toMatchObject({ itemkey: 'str_tools', value: 'mail,chat' });
  });

  it('saves free text after a pause in typing, not on every key', async () => {
    await checkpage.goto('1');
    const text = el<HTMLTextAreaElement>('[data-region="text"]');
    for (const value of ['U', 'Un', 'Uns']) {
      text.value = value;
      text.dispatchEvent(new Event('input', { bubbles: true }));
      await vi.advanceTimersByTimeAsync(TEXT_DELAY / 2);
    }
    await vi.advanceTimersByTimeAsync(TEXT_DELAY);
    await settle(checkpage);

    const sent = requests.filter((r) => r.methodname === 'local_digitalstrategy_save_answer');
    expect(sent.map((r) => r.args.value)).toEqual(['Uns']);
  });

  it("shows a colleague's answer and says so when the save conflicts", async () => {
    respond('local_digitalstrategy_save_answer', () => ({
      status: 'conflict', answer: stored('str_goals', '4', 5), completeness: completeness(2),
    }));

    choose('#ds-str_goals-0');
    await settle(checkpage);

    expect(el<HTMLInputElement>('#ds-str_goals-4').checked).toBe(true);
    expect(el<HTMLInputElement>('#ds-str_goals-0').checked).toBe(false);
    expect(el('[data-item="str_goals"]').dataset.version).toBe('5');
    const status = el('[data-item="str_goals"] [data-region="itemstatus"]');
    expect(status.textContent).toBe('local_digitalstrategy/conflict:Ben Brandt');
    expect(status.getAttribute('role')).toBe('alert');
  });

  it('shows the reason at the question when the server refuses an answer', async () => {
    respond('local_digitalstrategy_save_answer', () => {
      throw { errorcode: 'answererror_outofrange', message: 'Bitte wählen Sie einen Wert von 0 bis 4.' };
    });

    choose('#ds-str_goals-4');
    await settle(checkpage);

    expect(el('[data-item="str_goals"] [data-region="itemstatus"]').textContent)
      .toBe('local_digitalstrategy/saveerror:Bitte wählen Sie einen Wert von 0 bis 4.');
  });

  it('keeps answers when the connection drops and tells the user', async () => {
    respond('local_digitalstrategy_save_answer', () => { throw 'timeout'; });

    choose('#ds-str_goals-4');
    await checkpage.queue.flush();
    await vi.advanceTimersByTimeAsync(0);

    expect(el('[data-region="savestatus"]').textContent).toBe('local_digitalstrategy/offline_one:1');
    expect(window.localStorage.getItem('local_digitalstrategy/check/7')).toContain('"str_goals"');
  });
});

describe('a wrong or expired session key', () => {
  it('stops saving, says to reload, and keeps the answer in the browser', async () => {
    respond('local_digitalstrategy_save_answer', () => { throw { error: 'Ungültiger Sitzungsschlüssel', errorcode: 'invalidsesskey' }; });

    choose('#ds-str_goals-4');
    await checkpage.queue.flush();
    await vi.advanceTimersByTimeAsync(60000);

    expect(el('[data-region="savestatus"]').textContent).toBe('local_digitalstrategy/sessionexpired');
    expect(el('[data-region="savestatus"]').classList.contains('text-danger')).toBe(true);
    expect(requests.filter((r) => r.methodname === 'local_digitalstrategy_save_answer')).toHaveLength(1);
    expect(window.localStorage.getItem('local_digitalstrategy/check/7')).toContain('"value":"4"');
  });
});

describe('an answer of an unexpected shape', () => {
  it('is shown as an error at the question and in the save state, not as offline, and not sent again', async () => {
    respond('local_digitalstrategy_save_answer', () => ({ status: 'stored', answer: null }));

    choose('#ds-str_goals-4');
    await checkpage.queue.flush();
    checkpage.queue.retryNow();
    await vi.advanceTimersByTimeAsync(120000);

    const status = el('[data-region="savestatus"]');
    expect(status.textContent).toBe('local_digitalstrategy/saveunexpected');
    expect(status.classList.contains('text-danger')).toBe(true);
    expect(el('[data-item="str_goals"] [data-region="itemstatus"]').textContent)
      .toBe('local_digitalstrategy/saveerror:local_digitalstrategy/unexpectedanswer');
    expect(el('[data-item="str_goals"]').classList.contains('border-danger')).toBe(true);
    expect(requests.filter((r) => r.methodname === 'local_digitalstrategy_save_answer')).toHaveLength(1);
    expect(window.localStorage.getItem('local_digitalstrategy/check/7')).toContain('"value":"4"');
    expect(Pending.open).toBe(0);
  });
});

describe('after a reload', () => {
  it('puts answers kept in the browser back into the form and saves them', async () => {
    window.localStorage.setItem('local_digitalstrategy/check/7', JSON.stringify([
      { answer: { itemkey: 'str_goals', value: '4', dontknow: false, relevance: 0 }, version: 2 },
    ]));
    document.body.innerHTML = page();
    reset();
    respond('local_digitalstrategy_save_answer', (args) => ({
      status: 'saved', answer: stored('str_goals', String(args.value), 3), completeness: completeness(2),
    }));

    const reloaded = init('local_digitalstrategy-check');
    await settle(reloaded);

    expect(el<HTMLInputElement>('#ds-str_goals-4').checked).toBe(true);
    expect(requests.map((r) => [r.methodname, r.args.value])).toEqual([['local_digitalstrategy_save_answer', '4']]);
    expect(window.localStorage.getItem('local_digitalstrategy/check/7')).toBeNull();
  });
});

describe('steps', () => {
  it('shows one step at a time, marks it current and moves the focus to its heading', async () => {
    el('[data-step="0"] [data-action="next"]').click();
    await vi.runAllTimersAsync();

    expect(el('section[data-step="0"]').hidden).toBe(true);
    expect(el('section[data-step="1"]').hidden).toBe(false);
    expect(el('[data-action="goto"][data-step="1"]').getAttribute('aria-current')).toBe('step');
    expect(el('[data-action="goto"][data-step="0"]').hasAttribute('aria-current')).toBe(false);
    expect(document.activeElement).toBe(el('section[data-step="1"] h2'));
  });

  it("takes over a colleague's newer answer when changing steps", async () => {
    respond('local_digitalstrategy_get_run', () => ({
      run: { id: 7, orgid: 1, orgname: 'Nord', instrumentid: 1, status: 'open', timecreated: 1, timesubmitted: 0 },
      instrument: '', answers: [stored('str_goals', '1', 2), stored('str_tools', 'chat', 1)],
      completeness: completeness(2), canedit: true,
    }));

    await checkpage.goto('1');

    expect(el<HTMLInputElement>('#c').checked).toBe(true);
    expect(el('[data-item="str_tools"] [data-region="itemstatus"]').textContent).toBe('local_digitalstrategy/colleagueanswered:Ben Brandt');
    // Same version as the page shows: untouched.
    expect(el('[data-item="str_goals"] [data-region="itemstatus"]').textContent).toBe('');
  });

  it('lists the unanswered questions in the summary; each leads to its question', async () => {
    await checkpage.goto('summary');

    expect(el('[data-region="unanswered"] p').textContent).toBe('local_digitalstrategy/unansweredlist:2');
    const buttons = Array.from(document.querySelectorAll<HTMLButtonElement>('[data-region="unanswered"] button'));
    expect(buttons.map((b) => [b.textContent, b.dataset.item])).toEqual([['str_tools text', 'str_tools'], ['cul_notes text', 'cul_notes']]);

    buttons[1]?.click();
    await vi.runAllTimersAsync();
    expect(el('section[data-step="1"]').hidden).toBe(false);
    expect(document.activeElement).toBe(el('[data-region="text"]'));
  });
});

describe('submitting', () => {
  it('says what is missing when the run is not complete enough', async () => {
    respond('local_digitalstrategy_submit_run', () => ({
      submitted: false, completeness: { ...completeness(1), unanswered: ['str_tools', 'cul_notes'] }, resultsurl: '/r',
    }));

    await checkpage.goto('summary');
    await checkpage.submit();

    expect(el('[data-region="submiterror"]').textContent).toBe('local_digitalstrategy/submitincomplete_other:{"needed":3,"items":3,"answered":1}');
    expect(document.querySelectorAll('[data-region="unanswered"] li')).toHaveLength(2);
    expect(el<HTMLButtonElement>('[data-action="submit"]').disabled).toBe(false);
  });

  it('saves what is pending first, then submits and opens the results', async () => {
    const assign = vi.spyOn(navigation, 'assign').mockImplementation(() => {});
    respond('local_digitalstrategy_submit_run', () => ({ submitted: true, completeness: completeness(3, true), resultsurl: '/results.php?runid=7' }));

    choose('#ds-str_goals-2');
    await checkpage.submit();

    expect(requests.map((r) => r.methodname)).toEqual(['local_digitalstrategy_save_answer', 'local_digitalstrategy_submit_run']);
    expect(assign).toHaveBeenCalledWith('/results.php?runid=7');
  });

  it('does not submit while answers cannot be saved', async () => {
    respond('local_digitalstrategy_save_answer', () => { throw 'timeout'; });
    respond('local_digitalstrategy_submit_run', () => { throw new Error('must not be called'); });

    choose('#ds-str_goals-2');
    await checkpage.submit();

    expect(el('[data-region="submiterror"]').textContent).toBe('local_digitalstrategy/leavewarning');
    expect(requests.some((r) => r.methodname === 'local_digitalstrategy_submit_run')).toBe(false);
  });

  it('says every question is answered when none is missing, with question texts escaped once', async () => {
    for (const legend of document.querySelectorAll('legend')) legend.textContent = 'Kinder < 6 & "Eltern" 👪';
    choose('#m');
    el<HTMLTextAreaElement>('[data-region="text"]').value = 'Notiz';
    await checkpage.goto('summary');
    expect(el('[data-region="unanswered"]').textContent?.trim()).toBe('local_digitalstrategy/allanswered');

    el<HTMLTextAreaElement>('[data-region="text"]').value = '';
    await checkpage.goto('summary');
    expect(el('[data-region="unanswered"] button').textContent).toBe('Kinder < 6 & "Eltern" 👪');
  });

  it("shows the server's reason when it refuses to submit", async () => {
    respond('local_digitalstrategy_submit_run', () => { throw { errorcode: 'runsubmitted', message: 'Dieser Check ist schon abgeschlossen.' }; });

    await checkpage.submit();

    expect(el('[data-region="submiterror"]').textContent).toBe('Dieser Check ist schon abgeschlossen.');
    expect(Pending.open).toBe(0);
  });

  it('shows an error, not the offline warning, when the answer to submitting has an unexpected shape', async () => {
    respond('local_digitalstrategy_submit_run', () => ({ submitted: 'yes' }));

    await checkpage.submit();

    expect(el('[data-region="submiterror"]').textContent).toBe('local_digitalstrategy/saveunexpected');
  });
});

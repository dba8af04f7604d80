// @vitest-environment jsdom
// The summary step of the check (local_digitalstrategy/check_summary) on its own: the list of
// unanswered questions from the real template, and submitting with every outcome by its kind.
import { describe, expect, it, beforeEach, vi } from 'vitest';
import Pending from './fakes/core/pending';
import { respond, reset, requests } from './fakes/core/ajax';
import { navigation, renderUnanswered, submit, type CheckRun } from 'local_digitalstrategy/check_summary';
import type { Completeness } from 'local_digitalstrategy/repository';

const completeness = (answered: number): Completeness => ({ answered, items: 2, needed: 2, cansubmit: answered >= 2, unanswered: [], requiredmissing: [] });

function run(flushed = true): CheckRun & { taken: Completeness[] } {
  document.body.innerHTML = `<div id="r">
    <fieldset data-region="item" data-item="a"><legend>Frage A &amp; "B"</legend><input type="radio" value="1" checked></fieldset>
    <fieldset data-region="item" data-item="b"><legend>Frage < 6 👪</legend><input type="radio" value="1"></fieldset>
    <div data-region="unanswered"></div><div data-region="submiterror"></div><button data-action="submit">ok</button></div>`;
  const taken: Completeness[] = [];
  return {
    root: document.getElementById('r') as HTMLElement, runid: 7, taken,
    items: () => Array.from(document.querySelectorAll<HTMLElement>('[data-region="item"]')),
    flush: () => Promise.resolve(flushed),
    completed: (c) => { taken.push(c); },
  };
}

const error = (): string => document.querySelector('[data-region="submiterror"]')?.textContent ?? '';

beforeEach(() => reset());

describe('renderUnanswered', () => {
  it('lists only the questions without an answer, as buttons to them', async () => {
    await renderUnanswered(run());
    const buttons = Array.from(document.querySelectorAll<HTMLButtonElement>('[data-action="show-item"]'));
    expect(buttons.map((b) => [b.dataset.item, b.textContent])).toEqual([['b', 'Frage < 6 👪']]);
    expect(document.querySelector('[data-region="unanswered"] p')?.textContent).toBe('local_digitalstrategy/unansweredlist:1');
  });
});

describe('submit', () => {
  it('opens the results when the run was submitted', async () => {
    const assign = vi.spyOn(navigation, 'assign').mockImplementation(() => {});
    respond('local_digitalstrategy_submit_run', () => ({ submitted: true, completeness: completeness(2), resultsurl: '/results.php?runid=7' }));
    await submit(run());
    expect(assign).toHaveBeenCalledWith('/results.php?runid=7');
    expect(Pending.open).toBe(0);
  });

  it('takes over the completeness and lists what is missing when the run is not complete enough', async () => {
    respond('local_digitalstrategy_submit_run', () => ({ submitted: false, completeness: completeness(1), resultsurl: '' }));
    const r = run();
    await submit(r);
    expect(r.taken).toEqual([completeness(1)]);
    expect(error()).toBe('local_digitalstrategy/submitincomplete_other:{"needed":2,"items":2,"answered":1}');
    expect(document.querySelectorAll('[data-action="show-item"]')).toHaveLength(1);
  });

  it('does not submit while answers wait to be saved', async () => {
    await submit(run(false));
    expect(requests).toEqual([]);
    expect(error()).toBe('local_digitalstrategy/leavewarning');
  });

  it.each([
    ['a refusal: the server\'s reason', () => { throw { errorcode: 'runsubmitted', message: 'Schon abgeschlossen.' }; }, 'Schon abgeschlossen.'],
    ['a lost connection: the answers are not all saved', () => { throw 'timeout'; }, 'local_digitalstrategy/leavewarning'],
    ['an answer of an unexpected shape: an error, reload', () => ({ submitted: 'yes' }), 'local_digitalstrategy/saveunexpected'],
  ])('says why submitting failed after %s', async (_name, answer, text) => {
    respond('local_digitalstrategy_submit_run', answer);
    await submit(run());
    expect(error()).toBe(text);
    expect(document.querySelector<HTMLButtonElement>('[data-action="submit"]')?.disabled).toBe(false);
  });
});

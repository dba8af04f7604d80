// @vitest-environment jsdom
// Joining, starting and ending (mod_devcircle/webinar_actions), on the markup of the real session
// template: the webinar opens in a new window, embedded, or as a link when the browser blocks the
// window; a participant waits for the moderator; a moderator ends after confirming; failures show
// the server's plain message or a general one, by their kind.
import { describe, expect, it, beforeEach, afterEach, vi } from 'vitest';
import Pending from './fakes/core/pending';
import { respond, reset, requests } from './fakes/core/ajax';
import notification from './fakes/core/notification';
import { renderTemplate } from './fakes/core/templates';
import { SessionActions, type ActionOptions } from 'mod_devcircle/webinar_actions';

const confirmations: string[] = [];
let confirmAnswer = true;
Object.assign(notification, {
  deleteCancelPromise(_title: string, question: string): Promise<void> {
    confirmations.push(question);
    return confirmAnswer ? Promise.resolve() : Promise.reject(new Error('cancelled'));
  },
});

const fast = { minDelay: 1000, maxDelay: 8000, factor: 2, maxErrorDelay: 16000 };

function section(canmoderate: boolean, embed = false): HTMLElement {
  document.body.innerHTML = renderTemplate('mod_devcircle/sessions_section', {
    cmid: 42, openmode: embed ? 'embed' : 'window', embed, hassessions: true, addurl: '', attendanceurl: '',
    sessions: [{ id: 5, title: 'Auftakt', agenda: '', hasagenda: false, date: 'heute', enddate: '11:30', timestart: 1,
      duration: '1 Stunde', past: false, open: true, started: true, attended: false, attendees: 0, showattendees: false,
      canjoin: true, canmoderate, editurl: '', deleteurl: '', attendanceurl: '', minutesurl: '' }],
  });
  return document.getElementById('mod_devcircle-sessions') as HTMLElement;
}

const button = (action: string): HTMLButtonElement => document.querySelector<HTMLButtonElement>(`[data-action="${action}"]`) as HTMLButtonElement;
const message = (): HTMLElement => document.querySelector<HTMLElement>('[data-session-id="5"] [data-region="message"]') as HTMLElement;

let opened: string[];
let changed: number;
let actions: SessionActions;

async function setup(canmoderate: boolean, over: ActionOptions = {}, embed = false): Promise<void> {
  const root = section(canmoderate, embed);
  actions = await SessionActions.create(root, {
    waitingPoller: fast, openWindow: (url) => { opened.push(url); return true; }, changed: () => { changed++; }, ...over,
  });
}

beforeEach(() => {
  reset();
  confirmations.length = 0;
  confirmAnswer = true;
  opened = [];
  changed = 0;
});
afterEach(() => {
  actions?.stop();
  vi.useRealTimers();
});

describe('joining', () => {
  it('opens the signed URL in a new window and frees the button', async () => {
    await setup(false);
    respond('mod_devcircle_get_join_url', () => ({ status: 'ready', url: 'http://127.0.0.1:8090/join?x=1', role: 'viewer', openmode: 'window' }));

    await actions.click(button('join'));

    expect(requests.map((r) => r.args)).toEqual([{ sessionid: 5 }]);
    expect(opened).toEqual(['http://127.0.0.1:8090/join?x=1']);
    expect(button('join').disabled).toBe(false);
    expect(changed).toBe(1);
    expect(Pending.open).toBe(0);
  });

  it('offers a link when the browser blocks the new window', async () => {
    await setup(false, { openWindow: () => false });
    respond('mod_devcircle_get_join_url', () => ({ status: 'ready', url: 'http://127.0.0.1:8090/join?blocked=1&a=2', role: 'viewer', openmode: 'window' }));

    await actions.click(button('join'));

    const link = message().querySelector<HTMLAnchorElement>('a') as HTMLAnchorElement;
    expect(link.href).toBe('http://127.0.0.1:8090/join?blocked=1&a=2');
    expect(link.textContent).toBe('mod_devcircle/openwebinar');
    expect(message().textContent).toContain('mod_devcircle/popupblocked');
  });

  it('embeds the webinar when the circle asks for it, and closes it again', async () => {
    Element.prototype.scrollIntoView = vi.fn();
    await setup(false, {}, true);
    respond('mod_devcircle_get_join_url', () => ({ status: 'ready', url: 'http://127.0.0.1:8090/join?embed', role: 'viewer', openmode: 'embed' }));

    await actions.click(button('join'));

    expect(document.querySelector<HTMLIFrameElement>('[data-region="embed"] iframe')?.src).toBe('http://127.0.0.1:8090/join?embed');
    expect(opened).toEqual([]);
    await actions.click(button('close-embed'));
    expect(document.querySelector<HTMLElement>('[data-region="embed"]')?.hidden).toBe(true);
  });

  it('a participant waits for the moderator: told so, asked again, let in when the moderator has started', async () => {
    await setup(false);
    let started = false;
    respond('mod_devcircle_get_join_url', () => started
      ? { status: 'ready', url: 'http://127.0.0.1:8090/join?viewer', role: 'viewer', openmode: 'window' }
      : { status: 'waiting', url: '', role: 'viewer', openmode: 'window' });
    vi.useFakeTimers();

    await actions.click(button('join'));
    expect(message().textContent).toBe('mod_devcircle/waitingformoderator');
    expect(button('join').disabled).toBe(true);
    expect(button('join').textContent).toBe('mod_devcircle/waitingbutton');
    await actions.click(button('join'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(opened).toEqual([]);
    started = true;
    await vi.advanceTimersByTimeAsync(2000);

    expect(opened).toEqual(['http://127.0.0.1:8090/join?viewer']);
    expect(button('join').disabled).toBe(false);
    expect(button('join').textContent).toBe('mod_devcircle/joinwebinar');
    expect(message().textContent).toBe('');
    expect(requests.filter((r) => r.methodname === 'mod_devcircle_get_join_url')).toHaveLength(3);
  });

  it('a wait that ends with an answer of an unexpected shape gives the general message and frees the button', async () => {
    await setup(false);
    let calls = 0;
    respond('mod_devcircle_get_join_url', () => (++calls === 1 ? { status: 'waiting', url: '', role: 'viewer', openmode: 'window' } : { status: 'soon' }));
    vi.useFakeTimers();

    await actions.click(button('join'));
    await vi.advanceTimersByTimeAsync(30000);

    expect(message().textContent).toBe('mod_devcircle/error_generic');
    expect(button('join').disabled).toBe(false);
    expect(calls).toBe(2);
  });

  it.each([
    ['a refusal shows the plain message Moodle sent', () => { throw { errorcode: 'bbb_error_unreachable', message: 'The webinar server cannot be reached at the moment.' }; },
      'The webinar server cannot be reached at the moment.'],
    ['a lost connection shows the general message', () => { throw 'timeout'; }, 'mod_devcircle/error_generic'],
    ['an answer of an unexpected shape shows the general message', () => ({ status: 'ready' }), 'mod_devcircle/error_generic'],
  ])('%s, and the button works again', async (_name, answer, text) => {
    await setup(false);
    respond('mod_devcircle_get_join_url', answer);

    await actions.click(button('join'));

    expect(message().textContent).toBe(text);
    expect(message().querySelector('.alert-danger')).not.toBeNull();
    expect(button('join').disabled).toBe(false);
    expect(Pending.open).toBe(0);
  });
});

describe('ending', () => {
  it('ends only after the moderator confirms, then says so', async () => {
    await setup(true);
    respond('mod_devcircle_end_session', () => ({ ended: true }));

    confirmAnswer = false;
    await actions.click(button('end'));
    expect(requests).toEqual([]);
    confirmAnswer = true;
    await actions.click(button('end'));

    expect(confirmations).toEqual(['mod_devcircle/endconfirm', 'mod_devcircle/endconfirm']);
    expect(requests.map((r) => [r.methodname, r.args])).toEqual([['mod_devcircle_end_session', { sessionid: 5 }]]);
    expect(message().textContent).toBe('mod_devcircle/webinarended');
    expect(changed).toBe(1);
    expect(button('end').disabled).toBe(false);
  });

  it("shows the server's reason when ending fails", async () => {
    await setup(true);
    respond('mod_devcircle_end_session', () => { throw { errorcode: 'nopermissions', message: 'Nur Moderierende dürfen beenden.' }; });

    await actions.click(button('end'));

    expect(message().textContent).toBe('Nur Moderierende dürfen beenden.');
    expect(changed).toBe(0);
  });
});

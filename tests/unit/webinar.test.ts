// @vitest-environment jsdom
// The webinar module of a circle's sessions section: live status with backoff and pause while
// hidden, join/start/end with clear states, waiting for a moderator, recordings, plain errors.
import { describe, expect, it, beforeEach, afterEach, vi } from 'vitest';
import Pending from './fakes/core/pending';
import { respond, reset, requests } from './fakes/core/ajax';
import notification from './fakes/core/notification';
import { rendered } from './fakes/core/templates';
import { init, type WebinarOptions } from 'mod_devcircle/webinar';
import { Poller } from 'mod_devcircle/webinar_poller';
import { getJoinUrl, getSessionsStatus } from 'mod_devcircle/webinar_repository';

const confirmations: string[] = [];
let confirmAnswer = true;
Object.assign(notification, {
  deleteCancelPromise(_title: string, question: string): Promise<void> {
    confirmations.push(question);
    return confirmAnswer ? Promise.resolve() : Promise.reject(new Error('cancelled'));
  },
});

const fast = { minDelay: 1000, maxDelay: 8000, factor: 2, maxErrorDelay: 16000 };

function section(canmoderate: boolean): string {
  const buttons = canmoderate
    ? '<button data-action="start">start</button><button data-action="end" hidden>end</button>'
    : '<button data-action="join">join</button>';
  const item = (id: number, started: boolean): string =>
    `<li data-region="session" data-session-id="${id}" data-open="0" data-started="${started ? 1 : 0}">
       <span data-region="status"></span>${buttons}
       <div data-region="message"></div><div data-region="recordings" hidden></div></li>`;
  return `<section data-region="mod_devcircle-sessions" data-cmid="42" data-openmode="window">
    <div data-region="notice"></div><ul>${item(5, true)}${item(6, false)}</ul></section>`;
}

function status(over: Partial<{ running: boolean; open: boolean; participants: number; revision: number; error: string }> = {}): object {
  return {
    sessions: [
      { id: 5, open: over.open ?? false, ended: false, running: over.running ?? false, participants: over.participants ?? 0,
        recordingsrevision: over.revision ?? 0 },
      { id: 6, open: false, ended: false, running: false, participants: 0, recordingsrevision: 0 },
    ],
    error: over.error ?? '',
  };
}

const recordings = {
  sessions: [
    { sessionid: 5, recordings: [{ recordid: 'r-1', name: 'Auftakt', published: true, inherited: false, starttime: 1000, endtime: 4600, participants: 3,
      playurl: 'https://moodle.example/mod/devcircle/recording.php?id=42&session=5&recordid=r-1' }] },
    { sessionid: 6, recordings: [] },
  ],
  canmanage: true,
  error: '',
};

const flush = async (): Promise<void> => { for (let i = 0; i < 20; i++) await Promise.resolve(); };
const root = (): HTMLElement => document.querySelector<HTMLElement>('[data-region="mod_devcircle-sessions"]') as HTMLElement;
const el = (selector: string): HTMLElement => document.querySelector<HTMLElement>(selector) as HTMLElement;

describe('mod_devcircle/webinar', () => {
  let opened: string[];
  let options: WebinarOptions;

  beforeEach(() => {
    reset();
    rendered.length = 0;
    confirmations.length = 0;
    confirmAnswer = true;
    opened = [];
    options = { statusPoller: fast, waitingPoller: fast, openWindow: (url) => { opened.push(url); return true; } };
    respond('mod_devcircle_get_recordings', () => recordings);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows the live status, loads the recordings of started sessions and leaves no pending work', async () => {
    document.body.innerHTML = section(false);
    respond('mod_devcircle_get_sessions_status', () => status({ running: true, open: true, participants: 4 }));

    const s = await init('[data-region="mod_devcircle-sessions"]', options);
    s.stop();

    expect(root().dataset.ready).toBe('true');
    expect(el('[data-session-id="5"] [data-region="status"]').textContent).toBe('mod_devcircle/status_running'.replace('{$a}', '4'));
    expect(el('[data-session-id="6"] [data-region="status"]').textContent).toBe('mod_devcircle/status_planned');
    expect(rendered.map((r) => r.name)).toEqual(['mod_devcircle/recordings']);
    expect(el('[data-session-id="5"] [data-region="recordings"]').hidden).toBe(false);
    expect(el('[data-session-id="6"] [data-region="recordings"]').hidden).toBe(true);
    expect(Pending.open).toBe(0);
  });

  it('a participant who joins gets the signed URL opened in a new window', async () => {
    document.body.innerHTML = section(false);
    respond('mod_devcircle_get_sessions_status', () => status());
    respond('mod_devcircle_get_join_url', () => ({ status: 'ready', url: 'http://127.0.0.1:8090/bigbluebutton/api/join?x=1', role: 'viewer', openmode: 'window' }));
    const s = await init('[data-region="mod_devcircle-sessions"]', options);

    el('[data-session-id="5"] [data-action="join"]').click();
    await flush();
    s.stop();

    expect(requests.filter((r) => r.methodname === 'mod_devcircle_get_join_url').map((r) => r.args)).toEqual([{ sessionid: 5 }]);
    expect(opened).toEqual(['http://127.0.0.1:8090/bigbluebutton/api/join?x=1']);
    expect((el('[data-session-id="5"] [data-action="join"]') as HTMLButtonElement).disabled).toBe(false);
    expect(Pending.open).toBe(0);
  });

  it('a participant waits for the moderator: told so, retried, let in when the moderator has started', async () => {
    document.body.innerHTML = section(false);
    respond('mod_devcircle_get_sessions_status', () => status());
    let started = false;
    respond('mod_devcircle_get_join_url', () => started
      ? { status: 'ready', url: 'http://127.0.0.1:8090/join?viewer', role: 'viewer', openmode: 'window' }
      : { status: 'waiting', url: '', role: 'viewer', openmode: 'window' });
    const s = await init('[data-region="mod_devcircle-sessions"]', options);
    vi.useFakeTimers();

    el('[data-session-id="5"] [data-action="join"]').click();
    await flush();
    const button = el('[data-session-id="5"] [data-action="join"]') as HTMLButtonElement;
    expect(el('[data-session-id="5"] [data-region="message"]').textContent).toBe('mod_devcircle/waitingformoderator');
    expect(button.disabled).toBe(true);
    expect(button.textContent).toBe('mod_devcircle/waitingbutton');
    await vi.advanceTimersByTimeAsync(1000);
    expect(opened).toEqual([]);
    started = true;
    await vi.advanceTimersByTimeAsync(2000);
    s.stop();

    expect(opened).toEqual(['http://127.0.0.1:8090/join?viewer']);
    expect(button.disabled).toBe(false);
    expect(el('[data-session-id="5"] [data-region="message"]').textContent).toBe('');
  });

  it('offers a link when the browser blocks the new window', async () => {
    document.body.innerHTML = section(false);
    respond('mod_devcircle_get_sessions_status', () => status());
    respond('mod_devcircle_get_join_url', () => ({ status: 'ready', url: 'http://127.0.0.1:8090/join?blocked', role: 'viewer', openmode: 'window' }));
    const s = await init('[data-region="mod_devcircle-sessions"]', { ...options, openWindow: () => false });

    el('[data-session-id="5"] [data-action="join"]').click();
    await flush();
    s.stop();

    const link = el('[data-session-id="5"] [data-region="message"] a') as HTMLAnchorElement;
    expect(link.href).toBe('http://127.0.0.1:8090/join?blocked');
    expect(link.textContent).toBe('mod_devcircle/openwebinar');
  });

  it('embeds the webinar when the circle asks for it', async () => {
    document.body.innerHTML = section(false).replace('<div data-region="notice"></div>', '<div data-region="notice"></div><div data-region="embed" hidden></div>');
    Element.prototype.scrollIntoView = vi.fn();
    respond('mod_devcircle_get_sessions_status', () => status());
    respond('mod_devcircle_get_join_url', () => ({ status: 'ready', url: 'http://127.0.0.1:8090/join?embed', role: 'viewer', openmode: 'embed' }));
    const s = await init('[data-region="mod_devcircle-sessions"]', options);

    el('[data-session-id="5"] [data-action="join"]').click();
    await flush();
    s.stop();

    const frame = el('[data-region="embed"] iframe') as HTMLIFrameElement;
    expect(frame.src).toBe('http://127.0.0.1:8090/join?embed');
    expect(frame.title).toBe('mod_devcircle/webinarframe');
    expect(frame.allow).toContain('microphone');
    expect(opened).toEqual([]);
    el('[data-action="close-embed"]').click();
    expect(el('[data-region="embed"]').hidden).toBe(true);
  });

  it('a server error becomes the plain message Moodle sent, and the button works again', async () => {
    document.body.innerHTML = section(false);
    respond('mod_devcircle_get_sessions_status', () => status());
    respond('mod_devcircle_get_join_url', () => { throw { errorcode: 'bbb_error_unreachable', message: 'The webinar server cannot be reached at the moment.' }; });
    const s = await init('[data-region="mod_devcircle-sessions"]', options);

    el('[data-session-id="5"] [data-action="join"]').click();
    await flush();
    s.stop();

    expect(el('[data-session-id="5"] [data-region="message"]').textContent).toBe('The webinar server cannot be reached at the moment.');
    expect((el('[data-session-id="5"] [data-action="join"]') as HTMLButtonElement).disabled).toBe(false);
    expect(Pending.open).toBe(0);
  });

  it('a lost connection gives the general message, not a technical one', async () => {
    document.body.innerHTML = section(false);
    respond('mod_devcircle_get_sessions_status', () => status());
    respond('mod_devcircle_get_join_url', () => { throw new Error('net::ERR_CONNECTION_RESET'); });
    const s = await init('[data-region="mod_devcircle-sessions"]', options);

    el('[data-session-id="5"] [data-action="join"]').click();
    await flush();
    s.stop();

    expect(el('[data-session-id="5"] [data-region="message"]').textContent).toBe('mod_devcircle/error_generic');
  });

  it('the status service reporting an outage shows its message in the notice', async () => {
    document.body.innerHTML = section(false);
    respond('mod_devcircle_get_sessions_status', () => status({ error: 'The webinar server cannot be reached at the moment.' }));
    const s = await init('[data-region="mod_devcircle-sessions"]', options);
    s.stop();
    expect(el('[data-region="notice"]').textContent).toBe('The webinar server cannot be reached at the moment.');
    expect(root().dataset.ready).toBe('true');
  });

  it('a moderator sees start turn into join while running, and ends after confirming', async () => {
    document.body.innerHTML = section(true);
    let open = true;
    respond('mod_devcircle_get_sessions_status', () => status({ running: open, open }));
    respond('mod_devcircle_end_session', () => { open = false; return { ended: true }; });
    const s = await init('[data-region="mod_devcircle-sessions"]', options);
    const end = el('[data-session-id="5"] [data-action="end"]');
    expect(end.hidden).toBe(false);
    expect(el('[data-session-id="5"] [data-action="start"]').textContent).toBe('mod_devcircle/joinwebinar');

    confirmAnswer = false;
    end.click();
    await flush();
    expect(requests.some((r) => r.methodname === 'mod_devcircle_end_session')).toBe(false);
    confirmAnswer = true;
    end.click();
    await flush();
    s.stop();

    expect(confirmations).toEqual(['mod_devcircle/endconfirm', 'mod_devcircle/endconfirm']);
    expect(requests.filter((r) => r.methodname === 'mod_devcircle_end_session').map((r) => r.args)).toEqual([{ sessionid: 5 }]);
    expect(end.hidden).toBe(true);
    expect(el('[data-session-id="5"] [data-action="start"]').textContent).toBe('mod_devcircle/startwebinar');
    expect(el('[data-session-id="5"] [data-region="message"]').textContent).toBe('mod_devcircle/webinarended');
  });

  it('reloads the recordings when their revision changes (the recording-ready callback arrived)', async () => {
    document.body.innerHTML = section(false);
    let revision = 1;
    respond('mod_devcircle_get_sessions_status', () => status({ revision }));
    const s = await init('[data-region="mod_devcircle-sessions"]', options);
    const loads = (): number => requests.filter((r) => r.methodname === 'mod_devcircle_get_recordings').length;
    expect(loads()).toBe(1);

    await s.refresh();
    expect(loads()).toBe(1);
    revision = 2;
    await s.refresh();
    s.stop();

    expect(loads()).toBe(2);
  });

  it('publishes, unpublishes and deletes recordings after confirming a delete', async () => {
    document.body.innerHTML = section(false);
    respond('mod_devcircle_get_sessions_status', () => status());
    respond('mod_devcircle_update_recording', () => ({ success: true }));
    const s = await init('[data-region="mod_devcircle-sessions"]', options);
    const region = el('[data-session-id="5"] [data-region="recordings"]');
    region.innerHTML = '<button data-action="recording-unpublish" data-recordid="r-1">u</button>'
      + '<button data-action="recording-delete" data-recordid="r-1">d</button>';

    el('[data-action="recording-unpublish"]').click();
    await flush();
    region.innerHTML = '<button data-action="recording-delete" data-recordid="r-1">d</button>';
    el('[data-action="recording-delete"]').click();
    await flush();
    s.stop();

    expect(requests.filter((r) => r.methodname === 'mod_devcircle_update_recording').map((r) => r.args)).toEqual([
      { sessionid: 5, recordid: 'r-1', action: 'unpublish' },
      { sessionid: 5, recordid: 'r-1', action: 'delete' },
    ]);
    expect(confirmations).toEqual(['mod_devcircle/recording_deleteconfirm']);
  });
});

describe('mod_devcircle/webinar_repository', () => {
  beforeEach(() => reset());

  it('refuses an answer of the wrong shape', async () => {
    respond('mod_devcircle_get_join_url', () => ({ status: 'maybe', url: '', role: 'viewer', openmode: 'window' }));
    await expect(getJoinUrl(5)).rejects.toThrow();
    respond('mod_devcircle_get_sessions_status', () => ({ sessions: [{ id: '5' }], error: '' }));
    await expect(getSessionsStatus(42)).rejects.toThrow();
  });
});

describe('mod_devcircle/webinar_poller', () => {
  afterEach(() => {
    vi.useRealTimers();
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => false });
  });

  it('backs off while nothing changes, resets after a change, slows down after errors', async () => {
    vi.useFakeTimers();
    const answers: Array<boolean | Error> = [false, false, true, new Error('down'), new Error('down')];
    const task = vi.fn(async () => {
      const next = answers.shift() ?? false;
      if (next instanceof Error) throw next;
      return next;
    });
    const poller = new Poller(task, fast);
    poller.start();
    const delays: number[] = [];
    for (let i = 0; i < 5; i++) {
      delays.push(poller.currentDelay);
      await vi.advanceTimersByTimeAsync(poller.currentDelay);
    }
    delays.push(poller.currentDelay);
    poller.stop();

    expect(task).toHaveBeenCalledTimes(5);
    expect(delays).toEqual([1000, 2000, 4000, 1000, 2000, 4000]);
    expect(poller.scheduled).toBe(false);
  });

  it('pauses while the page is hidden and runs at once when it is visible again', async () => {
    vi.useFakeTimers();
    let hidden = false;
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
    const task = vi.fn(async () => false);
    const poller = new Poller(task, fast);
    poller.start();

    hidden = true;
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(60000);
    expect(task).not.toHaveBeenCalled();
    expect(poller.scheduled).toBe(false);

    hidden = false;
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(0);
    poller.stop();
    expect(task).toHaveBeenCalledTimes(1);
  });
});

// @vitest-environment jsdom
// The sessions section of a circle (mod_devcircle/webinar) on the markup of its real templates:
// live status with backoff, the parts loaded when first needed (actions at the first click,
// recordings once a session was started), and what a failed status request does by its kind.
import { describe, expect, it, beforeEach, afterEach, vi } from 'vitest';
import Pending from './fakes/core/pending';
import { respond, reset, requests } from './fakes/core/ajax';
import notification from './fakes/core/notification';
import { rendered, renderTemplate } from './fakes/core/templates';
import { start, type WebinarOptions, type WebinarSection } from 'mod_devcircle/webinar';

const confirmations: string[] = [];
Object.assign(notification, {
  deleteCancelPromise(_title: string, question: string): Promise<void> {
    confirmations.push(question);
    return Promise.resolve();
  },
});

const fast = { minDelay: 1000, maxDelay: 8000, factor: 2, maxErrorDelay: 16000 };

interface SessionOver { id: number; started?: boolean; open?: boolean }

/** The sessions section as mod_devcircle/sessions_section renders it, for a participant or a moderator. */
export function sectionHtml(canmoderate: boolean, sessions: SessionOver[] = [{ id: 5, started: true }, { id: 6 }], embed = false): string {
  return renderTemplate('mod_devcircle/sessions_section', {
    cmid: 42, openmode: embed ? 'embed' : 'window', embed, hassessions: true, addurl: '', attendanceurl: '',
    sessions: sessions.map((s) => ({
      id: s.id, title: `Sitzung ${s.id}: Dienstplan & Doku`, agenda: '', hasagenda: false, date: '7. Dezember 2026, 10:00',
      enddate: '11:30', timestart: 1796637600, duration: '1 Stunde 30 Minuten', past: false, open: s.open ?? false,
      started: s.started ?? false, attended: false, attendees: 0, showattendees: false, canjoin: true, canmoderate,
      editurl: '', deleteurl: '', attendanceurl: '', minutesurl: '',
    })),
  });
}

function status(over: Partial<{ running: boolean; open: boolean; participants: number; revision: number; error: string }> = {}): object {
  return {
    sessions: [
      { id: 5, open: over.open ?? false, ended: false, running: over.running ?? false, participants: over.participants ?? 0,
        known: true, recordingsrevision: over.revision ?? 0, attendeestext: '' },
      { id: 6, open: false, ended: false, running: false, participants: 0, known: true, recordingsrevision: 0, attendeestext: '' },
    ],
    error: over.error ?? '',
  };
}

export const recordings = {
  status: 'ok',
  sessions: [
    { sessionid: 5, recordings: [{ recordid: 'r-1', name: 'Auftakt & "Ziele"', published: true, inherited: false, starttime: 1000, endtime: 4600, participants: 3,
      playurl: 'https://moodle.example/mod/devcircle/recording.php?id=42&session=5&recordid=r-1' }] },
    { sessionid: 6, recordings: [] },
  ],
  canmanage: true,
  error: '',
};

const root = (): HTMLElement => document.getElementById('mod_devcircle-sessions') as HTMLElement;
const el = (selector: string): HTMLElement => document.querySelector<HTMLElement>(selector) as HTMLElement;
const calls = (methodname: string): number => requests.filter((r) => r.methodname === methodname).length;

describe('mod_devcircle/webinar', () => {
  let opened: string[];
  let options: WebinarOptions;
  let section: WebinarSection | null;

  beforeEach(() => {
    reset();
    rendered.length = 0;
    confirmations.length = 0;
    opened = [];
    section = null;
    options = { statusPoller: fast, waitingPoller: fast, openWindow: (url) => { opened.push(url); return true; } };
    respond('mod_devcircle_get_recordings', () => recordings);
  });
  afterEach(() => {
    section?.stop();
    vi.useRealTimers();
  });

  it('shows the live status, loads the recordings of started sessions and leaves no pending work', async () => {
    document.body.innerHTML = sectionHtml(false);
    respond('mod_devcircle_get_sessions_status', () => status({ running: true, open: true, participants: 4 }));

    section = await start(root(), options);

    expect(root().dataset.ready).toBe('true');
    expect(el('[data-session-id="5"] [data-region="status"]').textContent).toBe('mod_devcircle/status_running');
    expect(el('[data-session-id="6"] [data-region="status"]').textContent).toBe('mod_devcircle/status_planned');
    expect(rendered.map((r) => r.name)).toEqual(['mod_devcircle/recordings']);
    expect(el('[data-session-id="5"] [data-region="recordings"] a').textContent).toBe('Auftakt & "Ziele"');
    expect(el('[data-session-id="5"] [data-region="recordings"]').hidden).toBe(false);
    expect(el('[data-session-id="6"] [data-region="recordings"]').hidden).toBe(true);
    expect(Pending.open).toBe(0);
  });

  it('loads neither the recordings nor the actions while no session was started and nobody clicked', async () => {
    document.body.innerHTML = sectionHtml(false, [{ id: 5 }, { id: 6 }]);
    respond('mod_devcircle_get_sessions_status', () => status());

    section = await start(root(), options);

    expect(calls('mod_devcircle_get_recordings')).toBe(0);
    expect(requests.map((r) => r.methodname)).toEqual(['mod_devcircle_get_sessions_status']);
  });

  it('a click on join loads the actions and opens the webinar; the status is asked for again', async () => {
    document.body.innerHTML = sectionHtml(false);
    respond('mod_devcircle_get_sessions_status', () => status());
    respond('mod_devcircle_get_join_url', () => ({ status: 'ready', url: 'http://127.0.0.1:8090/join?x=1&y=2', role: 'viewer', openmode: 'window' }));
    section = await start(root(), options);

    el('[data-session-id="5"] [data-action="join"]').click();
    await vi.waitFor(() => expect(opened).toEqual(['http://127.0.0.1:8090/join?x=1&y=2']));
    await vi.waitFor(() => expect(calls('mod_devcircle_get_sessions_status')).toBe(2));
    await vi.waitFor(() => expect(Pending.open).toBe(0));
  });

  it('reloads the recordings when their revision changes (the recording-ready callback arrived)', async () => {
    document.body.innerHTML = sectionHtml(false);
    let revision = 1;
    respond('mod_devcircle_get_sessions_status', () => status({ revision }));
    section = await start(root(), options);
    expect(calls('mod_devcircle_get_recordings')).toBe(1);

    await section.refresh();
    expect(calls('mod_devcircle_get_recordings')).toBe(1);
    revision = 2;
    await section.refresh();

    expect(calls('mod_devcircle_get_recordings')).toBe(2);
  });

  it('the status service reporting an outage shows its message in the notice and keeps asking, more slowly', async () => {
    document.body.innerHTML = sectionHtml(false);
    respond('mod_devcircle_get_sessions_status', () => status({ error: 'The webinar server cannot be reached at the moment.' }));
    section = await start(root(), options);
    expect(el('[data-region="notice"]').textContent).toBe('The webinar server cannot be reached at the moment.');
    expect(root().dataset.ready).toBe('true');
    vi.useFakeTimers();
    section.stop();
    section = await start(root(), options);

    await vi.advanceTimersByTimeAsync(60000);

    expect(calls('mod_devcircle_get_sessions_status')).toBeGreaterThan(2);
  });

  it('a status answer of an unexpected shape stops the live refresh and says something went wrong', async () => {
    document.body.innerHTML = sectionHtml(false, [{ id: 5 }, { id: 6 }]);
    respond('mod_devcircle_get_sessions_status', () => ({ sessions: [{ id: '5' }] }));
    vi.useFakeTimers();

    section = await start(root(), options);
    await vi.advanceTimersByTimeAsync(120000);

    expect(calls('mod_devcircle_get_sessions_status')).toBe(1);
    expect(el('[data-region="notice"] .alert').textContent).toBe('mod_devcircle/error_generic');
    expect(el('[data-region="notice"] .alert').classList.contains('alert-warning')).toBe(true);
    expect(Pending.open).toBe(0);
  });

  it('a lost connection while asking for the status is tried again later', async () => {
    document.body.innerHTML = sectionHtml(false, [{ id: 5 }, { id: 6 }]);
    respond('mod_devcircle_get_sessions_status', () => { throw 'timeout'; });
    vi.useFakeTimers();

    section = await start(root(), options);
    await vi.advanceTimersByTimeAsync(60000);

    expect(calls('mod_devcircle_get_sessions_status')).toBeGreaterThan(2);
    expect(el('[data-region="notice"]').textContent).toBe('');
  });

  it('a moderator sees start turn into join while running, and ends after confirming', async () => {
    document.body.innerHTML = sectionHtml(true, [{ id: 5, started: true, open: true }, { id: 6 }]);
    let open = true;
    respond('mod_devcircle_get_sessions_status', () => status({ running: open, open }));
    respond('mod_devcircle_end_session', () => { open = false; return { ended: true }; });
    section = await start(root(), options);
    const end = el('[data-session-id="5"] [data-action="end"]');
    expect(end.hidden).toBe(false);
    expect(el('[data-session-id="5"] [data-action="start"]').textContent).toBe('mod_devcircle/joinwebinar');

    end.click();
    await vi.waitFor(() => expect(end.hidden).toBe(true));

    expect(confirmations).toEqual(['mod_devcircle/endconfirm']);
    expect(requests.filter((r) => r.methodname === 'mod_devcircle_end_session').map((r) => r.args)).toEqual([{ sessionid: 5 }]);
    expect(el('[data-session-id="5"] [data-action="start"]').textContent).toBe('mod_devcircle/startwebinar');
    expect(el('[data-session-id="5"] [data-region="message"]').textContent).toBe('mod_devcircle/webinarended');
    await vi.waitFor(() => expect(Pending.open).toBe(0));
  });

  it('a recording button is handled by the recordings list', async () => {
    document.body.innerHTML = sectionHtml(false);
    respond('mod_devcircle_get_sessions_status', () => status());
    respond('mod_devcircle_update_recording', () => ({ success: true }));
    section = await start(root(), options);

    el('[data-session-id="5"] [data-action="recording-unpublish"]').click();

    await vi.waitFor(() => expect(requests.filter((r) => r.methodname === 'mod_devcircle_update_recording').map((r) => r.args))
      .toEqual([{ sessionid: 5, recordid: 'r-1', action: 'unpublish' }]));
    await vi.waitFor(() => expect(calls('mod_devcircle_get_recordings')).toBe(2));
  });
});

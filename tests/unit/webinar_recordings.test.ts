// @vitest-environment jsdom
// The recordings list (mod_devcircle/webinar_recordings), on the markup of the real templates:
// rendered per started session, escaped once; published, unpublished and deleted (after
// confirming); failures shown by their kind.
import { describe, expect, it, beforeEach } from 'vitest';
import { respond, reset, requests } from './fakes/core/ajax';
import notification from './fakes/core/notification';
import { renderTemplate } from './fakes/core/templates';
import { RecordingsList, isRecordingAction, recordingsContext } from 'mod_devcircle/webinar_recordings';

const confirmations: string[] = [];
let confirmAnswer = true;
Object.assign(notification, {
  deleteCancelPromise(_title: string, question: string): Promise<void> {
    confirmations.push(question);
    return confirmAnswer ? Promise.resolve() : Promise.reject(new Error('cancelled'));
  },
});

// The web service sends the name as Moodle's format_string() makes it (HTML): shown as it is.
const recording = { recordid: 'r-1', name: 'Auftakt &lt; Teil 1 &amp; "Ziele" 🎥', published: true, inherited: false, starttime: 1796637600, endtime: 1796642700,
  participants: 3, playurl: 'https://moodle.example/mod/devcircle/recording.php?id=42&session=5&recordid=r-1' };
const answer = (published = true) => ({
  status: 'ok',
  sessions: [{ sessionid: 5, recordings: [{ ...recording, published }] }, { sessionid: 6, recordings: [] }], canmanage: true, error: '',
});

function section(): HTMLElement {
  const session = (id: number, started: boolean) => ({ id, title: `Sitzung ${id}`, agenda: '', hasagenda: false, date: 'heute', enddate: '11:30',
    timestart: 1, duration: '1 Stunde', past: false, open: false, started, attended: false, attendees: 0, showattendees: false,
    canjoin: true, canmoderate: true, editurl: '', deleteurl: '', attendanceurl: '', minutesurl: '' });
  document.body.innerHTML = renderTemplate('mod_devcircle/sessions_section', {
    cmid: 42, openmode: 'window', embed: false, hassessions: true, addurl: '', attendanceurl: '', sessions: [session(5, true), session(6, false)],
  });
  return document.getElementById('mod_devcircle-sessions') as HTMLElement;
}

const region = (id: number): HTMLElement => document.querySelector<HTMLElement>(`[data-session-id="${id}"] [data-region="recordings"]`) as HTMLElement;

let list: RecordingsList;

beforeEach(async () => {
  reset();
  confirmations.length = 0;
  confirmAnswer = true;
  respond('mod_devcircle_get_recordings', () => answer());
  list = await RecordingsList.create(section(), 42);
});

describe('RecordingsList', () => {
  it('renders the recordings of started sessions with their names escaped once', async () => {
    await list.load();

    const link = region(5).querySelector<HTMLAnchorElement>('a') as HTMLAnchorElement;
    expect(link.textContent).toBe('Auftakt < Teil 1 & "Ziele" 🎥');
    expect(link.href).toBe(recording.playurl);
    expect(region(5).textContent).toContain('mod_devcircle/recording_minutes:85');
    expect(region(6).hidden).toBe(true);
  });

  it('unpublishes with the button and shows the list again', async () => {
    await list.load();
    respond('mod_devcircle_update_recording', () => ({ success: true }));
    respond('mod_devcircle_get_recordings', () => answer(false));

    await list.act(region(5).closest('[data-region="session"]') as HTMLElement, 'r-1', 'unpublish', region(5));

    expect(requests.filter((r) => r.methodname === 'mod_devcircle_update_recording').map((r) => r.args))
      .toEqual([{ sessionid: 5, recordid: 'r-1', action: 'unpublish' }]);
    expect(region(5).textContent).toContain('mod_devcircle/recording_unpublished');
  });

  it('deletes only after confirming', async () => {
    respond('mod_devcircle_update_recording', () => ({ success: true }));
    const el = region(5).closest('[data-region="session"]') as HTMLElement;

    confirmAnswer = false;
    await list.act(el, 'r-1', 'delete', el);
    confirmAnswer = true;
    await list.act(el, 'r-1', 'delete', el);

    expect(confirmations).toEqual(['mod_devcircle/recording_deleteconfirm', 'mod_devcircle/recording_deleteconfirm']);
    expect(requests.filter((r) => r.methodname === 'mod_devcircle_update_recording')).toHaveLength(1);
  });

  it('ignores unknown actions and empty recording ids', async () => {
    const el = region(5).closest('[data-region="session"]') as HTMLElement;
    await list.act(el, 'r-1', 'rename', el);
    await list.act(el, '', 'publish', el);
    expect(requests).toEqual([]);
    expect(isRecordingAction('publish')).toBe(true);
    expect(isRecordingAction('rename')).toBe(false);
  });

  it.each([
    ['a refusal shows its message', () => { throw { errorcode: 'nopermissions', message: 'Keine Berechtigung' }; }, 'Keine Berechtigung'],
    ['an answer of an unexpected shape the general one', () => ({ sessions: 'none' }), 'mod_devcircle/error_generic'],
  ])('loading: %s in the notice', async (_name, failing, text) => {
    respond('mod_devcircle_get_recordings', failing);
    await list.load();
    expect(document.querySelector('[data-region="notice"]')?.textContent).toBe(text);
  });

  it('a server that cannot be asked shows "unavailable right now", never "no recordings", and the notice', async () => {
    respond('mod_devcircle_get_recordings', () => ({
      status: 'unavailable', sessions: [{ sessionid: 5, recordings: [] }, { sessionid: 6, recordings: [] }], canmanage: true,
      error: 'Der Webinar-Server ist nicht erreichbar.',
    }));
    await list.load();

    expect(region(5).hidden).toBe(false);
    expect(region(5).textContent).toContain('mod_devcircle/recordings_unavailable');
    expect(region(5).textContent).not.toContain('mod_devcircle/norecordings');
    expect(document.querySelector('[data-region="notice"]')?.textContent).toBe('Der Webinar-Server ist nicht erreichbar.');
  });

  it('a server that answers with no recordings says so', async () => {
    respond('mod_devcircle_get_recordings', () => ({ ...answer(), sessions: [{ sessionid: 5, recordings: [] }] }));
    await list.load();

    expect(region(5).textContent).toContain('mod_devcircle/norecordings');
    expect(region(5).textContent).not.toContain('mod_devcircle/recordings_unavailable');
  });

  it('the template context gives each recording its date and length in minutes', () => {
    const context = recordingsContext(answer().sessions[0] as never, false, new Intl.DateTimeFormat('de', { timeZone: 'UTC', dateStyle: 'short' }));
    expect(context).toMatchObject({ hasrecordings: true, canmanage: false, recordings: [{ recordid: 'r-1', minutes: 85, date: '07.12.26' }] });
  });
});

// @vitest-environment jsdom
// The status display of a session (mod_devcircle/webinar_status): badge text and colour, the
// item's state attributes, the end button and the start button's label; it only changes the
// elements the session's template made.
import { describe, expect, it, beforeEach } from 'vitest';
import { badgeOf, showStatus, STATUS_STRINGS, type StatusStrings } from 'mod_devcircle/webinar_status';
import type { SessionStatus } from 'mod_devcircle/webinar_repository';
import { renderTemplate } from './fakes/core/templates';

const strings = Object.fromEntries(STATUS_STRINGS.map((k) => [k, k === 'status_running' ? 'Läuft ({$a} dabei)' : k])) as StatusStrings;
const session = (over: Partial<SessionStatus> = {}): SessionStatus =>
  ({ id: 5, open: false, ended: false, running: false, participants: 0, known: true, recordingsrevision: 0, attendeestext: '', ...over });

function item(canmoderate: boolean, showattendees = false): HTMLElement {
  document.body.innerHTML = renderTemplate('mod_devcircle/session_item', {
    id: 5, title: 'Auftakt', agenda: '', hasagenda: false, date: 'heute', enddate: '11:30', timestart: 1, duration: '1 Stunde',
    past: false, open: false, started: false, ended: false, attended: false, attendees: 0, showattendees, canjoin: true, canmoderate,
    editurl: '', deleteurl: '', attendanceurl: showattendees ? 'https://moodle.example/mod/devcircle/attendance.php?id=1' : '', minutesurl: '',
  });
  return document.querySelector<HTMLElement>('[data-region="session"]') as HTMLElement;
}

describe('badgeOf', () => {
  it.each([
    ['running, with the number of participants', session({ open: true, running: true, participants: 4 }), 'Läuft (4 dabei)', 'bg-success'],
    ['open but nobody in it', session({ open: true }), 'status_notrunning', 'bg-info'],
    ['open while the webinar server does not answer: unknown, not "nobody in it"', session({ open: true, known: false }), 'status_unknown', 'bg-warning'],
    ['ended', session({ ended: true }), 'status_ended', 'bg-secondary'],
    ['planned', session(), 'status_planned', 'bg-secondary'],
  ])('%s', (_name, s, text, colour) => {
    const badge = badgeOf(s, strings);
    expect(badge.text).toBe(text);
    expect(badge.classes.split(' ')).toContain(colour);
  });
});

describe('showStatus', () => {
  let el: HTMLElement;
  beforeEach(() => {
    el = item(true);
  });

  it('marks a running session, shows the end button and turns start into join', () => {
    showStatus(el, session({ open: true, running: true, participants: 2 }), strings);

    expect([el.dataset.open, el.dataset.running, el.dataset.started]).toEqual(['1', '1', '1']);
    expect(el.querySelector('[data-region="status"]')?.textContent).toBe('Läuft (2 dabei)');
    expect(el.querySelector<HTMLElement>('[data-action="end"]')?.hidden).toBe(false);
    expect(el.querySelector('[data-action="start"]')?.textContent).toBe('joinwebinar');
    expect(el.querySelector<HTMLElement>('[data-region="recordings"]')?.hidden).toBe(false);
  });

  it('hides the end button when the session is over and keeps the recordings visible', () => {
    showStatus(el, session({ open: true, running: true }), strings);
    showStatus(el, session({ ended: true }), strings);

    expect([el.dataset.open, el.dataset.running, el.dataset.started]).toEqual(['0', '0', '1']);
    expect(el.querySelector<HTMLElement>('[data-action="end"]')?.hidden).toBe(true);
    expect(el.querySelector<HTMLElement>('[data-action="start"]')?.hidden).toBe(true);
    expect(el.querySelector<HTMLElement>('[data-region="recordings"]')?.hidden).toBe(false);
  });

  it('offers neither start nor join once the session has ended', () => {
    for (const canmoderate of [true, false]) {
      el = item(canmoderate);
      showStatus(el, session({ ended: true }), strings);
      const buttons = [...el.querySelectorAll<HTMLElement>('[data-action="start"], [data-action="join"]')];
      expect(buttons).toHaveLength(1);
      expect(buttons.every((b) => b.hidden)).toBe(true);
    }
  });

  it('shows the count of people who took part as the server counts it, so it is right once the session ends', () => {
    el = item(true, true);
    expect(el.querySelector('[data-region="attendees"]')?.textContent?.trim()).toMatch(/0/);

    showStatus(el, session({ ended: true, attendeestext: 'Teilnahmen: 2' }), strings);

    expect(el.querySelector('[data-region="attendees"]')?.textContent).toBe('Teilnahmen: 2');
  });

  it('leaves the label of a busy start button alone', () => {
    const start = el.querySelector<HTMLElement>('[data-action="start"]') as HTMLElement;
    start.setAttribute('aria-busy', 'true');
    start.textContent = 'wird gestartet';

    showStatus(el, session({ open: true, running: true }), strings);

    expect(start.textContent).toBe('wird gestartet');
  });

  it('creates no elements', () => {
    const before = el.querySelectorAll('*').length;
    showStatus(el, session({ open: true, running: true, participants: 9 }), strings);
    expect(el.querySelectorAll('*').length).toBe(before);
  });
});

// The live status of a session (AMD module mod_devcircle/webinar_status): the badge, the item's
// data-open, data-running and data-started, the end button's visibility, the start button's
// label (start and join are gone once the session has ended) and the count of people who took
// part, from an answer of mod_devcircle_get_sessions_status. It changes the elements the
// template mod_devcircle/session_item made; it creates none.
import type { SessionStatus } from 'mod_devcircle/webinar_repository';

/** The strings the status display needs (mod_devcircle). */
export const STATUS_STRINGS = [
  'status_running', 'status_notrunning', 'status_unknown', 'status_ended', 'status_planned', 'startwebinar', 'joinwebinar',
] as const;
export type StatusStrings = Record<typeof STATUS_STRINGS[number], string>;

/**
 * The badge of a session: its text and colour.
 *
 * @param s The session's status
 * @param strings The strings of the status display
 */
export function badgeOf(s: SessionStatus, strings: StatusStrings): { text: string; classes: string } {
  if (s.running) {
    return { text: strings.status_running.replace('{$a}', String(s.participants)), classes: 'badge bg-success badge-success' };
  }
  if (s.open && !s.known) {
    return { text: strings.status_unknown, classes: 'badge bg-warning text-dark badge-warning' };
  }
  if (s.open) {
    return { text: strings.status_notrunning, classes: 'badge bg-info badge-info' };
  }
  if (s.ended) {
    return { text: strings.status_ended, classes: 'badge bg-secondary badge-secondary' };
  }
  return { text: strings.status_planned, classes: 'badge bg-secondary badge-secondary' };
}

/**
 * Shows a session's status on its item.
 *
 * @param el The session's item (data-region="session")
 * @param s The session's status
 * @param strings The strings of the status display
 */
export function showStatus(el: HTMLElement, s: SessionStatus, strings: StatusStrings): void {
  el.dataset.open = s.open ? '1' : '0';
  el.dataset.running = s.running ? '1' : '0';
  if (s.open || s.ended) {
    el.dataset.started = '1';
  }
  const badge = el.querySelector<HTMLElement>('[data-region="status"]');
  if (badge) {
    const { text, classes } = badgeOf(s, strings);
    badge.textContent = text;
    badge.className = classes;
  }
  const end = el.querySelector<HTMLButtonElement>('[data-action="end"]');
  if (end) {
    end.hidden = !s.open;
  }
  const start = el.querySelector<HTMLButtonElement>('[data-action="start"]');
  if (start && start.getAttribute('aria-busy') !== 'true') {
    start.textContent = s.running ? strings.joinwebinar : strings.startwebinar;
  }
  // An ended session is not started or joined again (the server refuses it too).
  el.querySelectorAll<HTMLButtonElement>('[data-action="start"], [data-action="join"]').forEach((button) => {
    button.hidden = s.ended;
  });
  const attendees = el.querySelector<HTMLElement>('[data-region="attendees"]');
  if (attendees && s.attendeestext !== '') {
    attendees.textContent = s.attendeestext;
  }
  const recordings = el.querySelector<HTMLElement>('[data-region="recordings"]');
  if (recordings && el.dataset.started === '1') {
    recordings.hidden = false;
  }
}

// Entry module of the sessions section of a development circle: live status of each session's
// webinar (refreshed with backoff, paused while the page is hidden), join / start / end buttons
// with clear states, waiting for a moderator, recordings with their actions. Started from the
// template mod_devcircle/sessions_section with the selector of its root element.
import Pending from 'core/pending';
import notification from 'core/notification';
import templates from 'core/templates';
import { get_strings } from 'core/str';
import { requireRoot, markReady, dataString } from '../shared/dom';
import {
  getSessionsStatus, getJoinUrl, endSession, getRecordings, updateRecording, errorMessage,
  type SessionStatus, type Recordings, type RecordingAction,
} from 'mod_devcircle/webinar_repository';
import { Poller, defaultPollerOptions, type PollerOptions } from 'mod_devcircle/webinar_poller';

const STRING_KEYS = [
  'status_running', 'status_notrunning', 'status_ended', 'status_planned', 'status_checking',
  'startwebinar', 'joinwebinar', 'waitingbutton', 'waitingformoderator', 'popupblocked',
  'openwebinar', 'webinarended', 'endconfirm', 'endwebinar', 'recording_deleteconfirm', 'recording_delete',
  'error_generic', 'webinarframe', 'closewebinar',
] as const;
type StringKey = typeof STRING_KEYS[number];
type Strings = Record<StringKey, string>;

/** Delays of the retries while a viewer waits for a moderator. */
export const waitingPollerOptions: PollerOptions = { minDelay: 4000, maxDelay: 20000, factor: 1.5, maxErrorDelay: 60000 };

export interface WebinarOptions {
  statusPoller?: PollerOptions;
  waitingPoller?: PollerOptions;
  /** Opens a URL in a new window; returns false when the browser blocked it. */
  openWindow?: (url: string) => boolean;
}

async function loadStrings(): Promise<Strings> {
  const values = await get_strings(STRING_KEYS.map((key) => ({ key, component: 'mod_devcircle' })));
  const out = {} as Strings;
  STRING_KEYS.forEach((key, i) => { out[key] = values[i] ?? key; });
  return out;
}

function defaultOpenWindow(url: string): boolean {
  const win = window.open(url, '_blank');
  if (!win) return false;
  win.opener = null;
  return true;
}

/** One circle's sessions section. */
export class WebinarSection {
  private readonly cmid: number;
  private readonly poller: Poller;
  private readonly waiting = new Map<number, Poller>();
  private revisions = new Map<number, number>();
  private lastStatus = '';
  private recordingsLoaded = false;

  constructor(
    private readonly root: HTMLElement,
    private readonly strings: Strings,
    private readonly options: WebinarOptions = {},
  ) {
    this.cmid = Number(dataString(root, 'cmid'));
    this.poller = new Poller(() => this.refresh(), options.statusPoller ?? defaultPollerOptions);
    root.addEventListener('click', (e) => this.onClick(e));
  }

  /** Loads status and recordings once and starts the live refresh. */
  async start(): Promise<void> {
    await this.refresh().catch(() => false);
    if (!this.recordingsLoaded && this.sessionElements().some((el) => el.dataset.started === '1')) {
      await this.loadRecordings();
    }
    this.poller.start();
  }

  stop(): void {
    this.poller.stop();
    this.waiting.forEach((p) => p.stop());
    this.waiting.clear();
  }

  private sessionElements(): HTMLElement[] {
    return Array.from(this.root.querySelectorAll<HTMLElement>('[data-region="session"]'));
  }

  private sessionElement(id: number): HTMLElement | null {
    return this.root.querySelector<HTMLElement>(`[data-region="session"][data-session-id="${id}"]`);
  }

  private region(el: HTMLElement, name: string): HTMLElement | null {
    return el.querySelector<HTMLElement>(`[data-region="${name}"]`);
  }

  private say(el: HTMLElement | null, text: string, kind: 'info' | 'warning' | 'danger' | 'success' = 'info'): void {
    if (!el) return;
    el.replaceChildren();
    if (text === '') return;
    const box = document.createElement('div');
    box.className = `alert alert-${kind} mt-2 mb-0`;
    box.textContent = text;
    el.append(box);
  }

  private messageOf(error: unknown): string {
    return errorMessage(error) ?? this.strings.error_generic;
  }

  /** Asks for the live status and updates the page; answers whether anything changed. */
  async refresh(): Promise<boolean> {
    const pending = new Pending('mod_devcircle/webinar:refresh');
    try {
      const status = await getSessionsStatus(this.cmid);
      this.say(this.region(this.root, 'notice'), status.error, 'warning');
      let recordingsChanged = false;
      for (const s of status.sessions) {
        this.showStatus(s);
        const before = this.revisions.get(s.id);
        if (before !== undefined && before !== s.recordingsrevision) recordingsChanged = true;
        this.revisions.set(s.id, s.recordingsrevision);
      }
      if (recordingsChanged) await this.loadRecordings();
      const fingerprint = JSON.stringify(status);
      const changed = fingerprint !== this.lastStatus;
      this.lastStatus = fingerprint;
      if (status.error !== '') throw new Error(status.error);
      return changed;
    } finally {
      pending.resolve();
    }
  }

  private showStatus(s: SessionStatus): void {
    const el = this.sessionElement(s.id);
    if (!el) return;
    el.dataset.open = s.open ? '1' : '0';
    el.dataset.running = s.running ? '1' : '0';
    if (s.open || s.ended) el.dataset.started = '1';
    const badge = this.region(el, 'status');
    if (badge) {
      let text = this.strings.status_planned;
      let cls = 'bg-secondary badge-secondary';
      if (s.running) {
        text = this.strings.status_running.replace('{$a}', String(s.participants));
        cls = 'bg-success badge-success';
      } else if (s.open) {
        text = this.strings.status_notrunning;
        cls = 'bg-info badge-info';
      } else if (s.ended) {
        text = this.strings.status_ended;
      }
      badge.textContent = text;
      badge.className = `badge ${cls}`;
    }
    const end = el.querySelector<HTMLButtonElement>('[data-action="end"]');
    if (end) end.hidden = !s.open;
    const start = el.querySelector<HTMLButtonElement>('[data-action="start"]');
    if (start && start.getAttribute('aria-busy') !== 'true') {
      start.textContent = s.running ? this.strings.joinwebinar : this.strings.startwebinar;
    }
    const recordings = this.region(el, 'recordings');
    if (recordings && el.dataset.started === '1') recordings.hidden = false;
  }

  private onClick(e: Event): void {
    const target = e.target instanceof Element ? e.target.closest<HTMLElement>('[data-action]') : null;
    if (!target || !this.root.contains(target)) return;
    const sessionEl = target.closest<HTMLElement>('[data-region="session"]');
    const action = target.dataset.action ?? '';
    if (action === 'close-embed') {
      e.preventDefault();
      this.closeEmbed();
      return;
    }
    if (!sessionEl) return;
    const sessionid = Number(sessionEl.dataset.sessionId);
    if (action === 'join' || action === 'start') {
      e.preventDefault();
      void this.join(sessionid, target as HTMLButtonElement);
    } else if (action === 'end') {
      e.preventDefault();
      void this.end(sessionid, target as HTMLButtonElement);
    } else if (action.startsWith('recording-')) {
      e.preventDefault();
      void this.recordingAction(sessionid, target.dataset.recordid ?? '', action.slice('recording-'.length) as RecordingAction, target);
    }
  }

  private busy(button: HTMLButtonElement, busy: boolean): void {
    button.disabled = busy;
    if (busy) button.setAttribute('aria-busy', 'true');
    else button.removeAttribute('aria-busy');
  }

  /** Joins (or starts) a session; viewers who have to wait are retried until a moderator starts. */
  async join(sessionid: number, button: HTMLButtonElement): Promise<void> {
    const el = this.sessionElement(sessionid);
    if (!el || this.waiting.has(sessionid)) return;
    const message = this.region(el, 'message');
    const pending = new Pending('mod_devcircle/webinar:join');
    this.busy(button, true);
    try {
      const answer = await getJoinUrl(sessionid);
      if (answer.status === 'waiting') {
        this.wait(sessionid, button);
        return;
      }
      this.say(message, '');
      this.open(answer.url, answer.openmode, message);
      this.busy(button, false);
      void this.poller.runNow();
    } catch (error) {
      this.say(message, this.messageOf(error), 'danger');
      this.busy(button, false);
    } finally {
      pending.resolve();
    }
  }

  private wait(sessionid: number, button: HTMLButtonElement): void {
    const el = this.sessionElement(sessionid);
    if (!el) return;
    const message = this.region(el, 'message');
    this.say(message, this.strings.waitingformoderator, 'info');
    button.textContent = this.strings.waitingbutton;
    const poller = new Poller(async () => {
      const answer = await getJoinUrl(sessionid);
      if (answer.status === 'waiting') return false;
      poller.stop();
      this.waiting.delete(sessionid);
      button.textContent = this.strings.joinwebinar;
      this.busy(button, false);
      this.say(message, '');
      this.open(answer.url, answer.openmode, message);
      void this.poller.runNow();
      return true;
    }, this.options.waitingPoller ?? waitingPollerOptions);
    this.waiting.set(sessionid, poller);
    poller.start();
  }

  private open(url: string, openmode: 'window' | 'embed', message: HTMLElement | null): void {
    if (openmode === 'embed' && this.region(this.root, 'embed')) {
      this.embed(url);
      return;
    }
    const opened = (this.options.openWindow ?? defaultOpenWindow)(url);
    if (!opened && message) {
      // The browser blocked the window (e.g. after waiting, without a click): offer a link.
      message.replaceChildren();
      const box = document.createElement('div');
      box.className = 'alert alert-info mt-2 mb-0';
      box.append(document.createTextNode(`${this.strings.popupblocked} `));
      const link = document.createElement('a');
      link.href = url;
      link.target = '_blank';
      link.rel = 'noopener';
      link.textContent = this.strings.openwebinar;
      box.append(link);
      message.append(box);
    }
  }

  private embed(url: string): void {
    const region = this.region(this.root, 'embed');
    if (!region) return;
    region.replaceChildren();
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'btn btn-secondary btn-sm mb-2';
    close.dataset.action = 'close-embed';
    close.textContent = this.strings.closewebinar;
    const frame = document.createElement('iframe');
    frame.src = url;
    frame.title = this.strings.webinarframe;
    frame.className = 'w-100 border-0';
    frame.style.height = '75vh';
    frame.allow = 'camera; microphone; display-capture; fullscreen; autoplay; clipboard-write';
    frame.allowFullscreen = true;
    region.append(close, frame);
    region.hidden = false;
    region.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }

  private closeEmbed(): void {
    const region = this.region(this.root, 'embed');
    if (!region) return;
    region.replaceChildren();
    region.hidden = true;
  }

  /** Ends a session after the moderator confirms. */
  async end(sessionid: number, button: HTMLButtonElement): Promise<void> {
    const el = this.sessionElement(sessionid);
    if (!el) return;
    try {
      await notification.deleteCancelPromise(this.strings.endwebinar, this.strings.endconfirm, this.strings.endwebinar,
        { triggerElement: button });
    } catch {
      return; // Cancelled.
    }
    const pending = new Pending('mod_devcircle/webinar:end');
    this.busy(button, true);
    try {
      await endSession(sessionid);
      this.say(this.region(el, 'message'), this.strings.webinarended, 'success');
      await this.poller.runNow();
    } catch (error) {
      this.say(this.region(el, 'message'), this.messageOf(error), 'danger');
    } finally {
      this.busy(button, false);
      pending.resolve();
    }
  }

  /** Loads the recordings of every session and renders them. */
  async loadRecordings(): Promise<void> {
    const pending = new Pending('mod_devcircle/webinar:recordings');
    try {
      const answer = await getRecordings(this.cmid);
      this.recordingsLoaded = true;
      await this.renderRecordings(answer);
      if (answer.error !== '') this.say(this.region(this.root, 'notice'), answer.error, 'warning');
    } catch (error) {
      this.say(this.region(this.root, 'notice'), this.messageOf(error), 'warning');
    } finally {
      pending.resolve();
    }
  }

  private async renderRecordings(answer: Recordings): Promise<void> {
    const lang = document.documentElement.lang || undefined;
    const format = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
    for (const group of answer.sessions) {
      const el = this.sessionElement(group.sessionid);
      const region = el ? this.region(el, 'recordings') : null;
      if (!el || !region) continue;
      if (group.recordings.length === 0 && el.dataset.started !== '1') continue;
      const context = {
        hasrecordings: group.recordings.length > 0,
        canmanage: answer.canmanage,
        recordings: group.recordings.map((r) => ({
          ...r,
          date: format.format(new Date(r.starttime * 1000)),
          minutes: Math.max(0, Math.round((r.endtime - r.starttime) / 60)),
        })),
      };
      const { html, js } = await templates.renderForPromise('mod_devcircle/recordings', context);
      templates.replaceNodeContents(region, html, js);
      region.hidden = false;
    }
  }

  private async recordingAction(sessionid: number, recordid: string, action: RecordingAction, button: HTMLElement): Promise<void> {
    const el = this.sessionElement(sessionid);
    if (!el || recordid === '' || !['publish', 'unpublish', 'delete'].includes(action)) return;
    if (action === 'delete') {
      try {
        await notification.deleteCancelPromise(this.strings.recording_delete, this.strings.recording_deleteconfirm,
          this.strings.recording_delete, { triggerElement: button });
      } catch {
        return;
      }
    }
    const pending = new Pending('mod_devcircle/webinar:recording');
    try {
      await updateRecording(sessionid, recordid, action);
      await this.loadRecordings();
    } catch (error) {
      this.say(this.region(el, 'message'), this.messageOf(error), 'danger');
    } finally {
      pending.resolve();
    }
  }
}

/** Starts the sessions section found by the selector. */
export async function init(selector: string, options: WebinarOptions = {}): Promise<WebinarSection> {
  const pending = new Pending('mod_devcircle/webinar:init');
  try {
    const root = requireRoot(selector);
    const section = new WebinarSection(root, await loadStrings(), options);
    await section.start();
    markReady(root);
    return section;
  } finally {
    pending.resolve();
  }
}

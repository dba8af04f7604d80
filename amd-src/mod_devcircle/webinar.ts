// Entry module of the sessions section of a development circle (template
// mod_devcircle/sessions_section), started by js_call_amd with the id of its root element. It
// keeps the live status of each session's webinar up to date (mod_devcircle/webinar_poller: with
// backoff, paused while the page is hidden; mod_devcircle/webinar_status shows it) and hands the
// rest to modules with one job each, loaded when first needed: webinar_actions (join, start, end;
// waiting for a moderator through webinar_waiting; the embedded webinar through webinar_embed) at
// the first click on such a button, webinar_recordings once a session has been started.
// Messages go through webinar_message.
import Pending from 'core/pending';
import { getStrings } from 'core/str';
import { rootElement, markReady, dataString } from 'local_digitalstrategy/dom';
import { toWsError } from 'local_digitalstrategy/ws';
import { errorMessage, getSessionsStatus, type SessionStatus } from 'mod_devcircle/webinar_repository';
import { Poller, defaultPollerOptions, type PollerOptions } from 'mod_devcircle/webinar_poller';
import { STATUS_STRINGS, showStatus, type StatusStrings } from 'mod_devcircle/webinar_status';
import { showMessage } from 'mod_devcircle/webinar_message';
import type { SessionActions } from 'mod_devcircle/webinar_actions';
import type { RecordingsList } from 'mod_devcircle/webinar_recordings';

/** The buttons mod_devcircle/webinar_actions handles. */
const ACTIONS: readonly string[] = ['join', 'start', 'end', 'close-embed'];

/** The strings the section itself needs (mod_devcircle). */
const SECTION_STRINGS = [...STATUS_STRINGS, 'error_generic'] as const;
export type SectionStrings = StatusStrings & { error_generic: string };

export interface WebinarOptions {
  /** Pauses between status requests. */
  statusPoller?: PollerOptions;
  /** Pauses while a participant waits for a moderator. */
  waitingPoller?: PollerOptions;
  /** Opens a URL in a new window; returns false when the browser blocked it. */
  openWindow?: (url: string) => boolean;
}

/** Loads the strings of the section in one request. */
async function loadStrings(): Promise<SectionStrings> {
  const values = await getStrings(SECTION_STRINGS.map((key) => ({ key, component: 'mod_devcircle' })));
  const strings = {} as SectionStrings;
  SECTION_STRINGS.forEach((key, i) => {
    strings[key] = values[i] ?? key;
  });
  return strings;
}

/** One circle's sessions section. */
export class WebinarSection {
  private readonly cmid: number;
  private readonly poller: Poller;
  /** The recordings revision of each session, as last seen. */
  private readonly revisions = new Map<number, number>();
  private actions: Promise<SessionActions> | null = null;
  private recordings: Promise<RecordingsList> | null = null;
  private lastStatus = '';
  /** The live refresh stopped for good (a refusal or an answer of an unexpected shape). */
  private halted = false;

  /**
   * @param root The section's root element
   * @param strings The strings of the section
   * @param options Pauses and how windows open (tests shorten and replace them)
   */
  constructor(
    private readonly root: HTMLElement,
    private readonly strings: SectionStrings,
    private readonly options: WebinarOptions = {},
  ) {
    this.cmid = Number(dataString(root, 'cmid'));
    this.poller = new Poller(() => this.refresh(), options.statusPoller ?? defaultPollerOptions);
    root.addEventListener('click', (e) => this.onClick(e));
  }

  /** Loads status and recordings once and starts the live refresh. */
  async start(): Promise<void> {
    await this.refresh().catch(() => false);
    if (this.recordings === null && this.sessionElements().some((el) => el.dataset.started === '1')) {
      await this.loadRecordings();
    }
    if (!this.halted) {
      this.poller.start();
    }
  }

  /** Stops the live refresh and every wait for a moderator. */
  stop(): void {
    this.poller.stop();
    void this.actions?.then((a) => a.stop());
  }

  private sessionElements(): HTMLElement[] {
    return Array.from(this.root.querySelectorAll<HTMLElement>('[data-region="session"]'));
  }

  private notice(): HTMLElement | null {
    return this.root.querySelector<HTMLElement>('[data-region="notice"]');
  }

  /** The join, start and end actions (mod_devcircle/webinar_actions, loaded at the first use; again after a failed load). */
  private loadActions(): Promise<SessionActions> {
    if (this.actions === null) {
      const loading = import('mod_devcircle/webinar_actions').then((m) => m.SessionActions.create(this.root, {
        waitingPoller: this.options.waitingPoller,
        openWindow: this.options.openWindow,
        changed: () => void this.poller.runNow(),
      }));
      this.actions = loading;
      loading.catch(() => {
        this.actions = null;
      });
    }
    return this.actions;
  }

  /** Loads the recordings of every session (mod_devcircle/webinar_recordings, loaded at the first use). */
  private async loadRecordings(): Promise<void> {
    if (this.recordings === null) {
      const loading = import('mod_devcircle/webinar_recordings').then((m) => m.RecordingsList.create(this.root, this.cmid));
      this.recordings = loading;
      loading.catch(() => {
        this.recordings = null;
      });
    }
    try {
      await (await this.recordings).load();
    } catch {
      await showMessage(this.notice(), this.strings.error_generic, 'warning');
    }
  }

  /**
   * Notes each session's recordings revision; answers whether one changed since last time (the
   * recording-ready callback arrived).
   *
   * @param sessions The sessions' status
   */
  private revisionsChanged(sessions: SessionStatus[]): boolean {
    let changed = false;
    for (const s of sessions) {
      const before = this.revisions.get(s.id);
      if (before !== undefined && before !== s.recordingsrevision) {
        changed = true;
      }
      this.revisions.set(s.id, s.recordingsrevision);
    }
    return changed;
  }

  /**
   * Asks for the live status and updates the page; answers whether anything changed. A lost
   * connection or a webinar server the site cannot reach rejects (the poller then waits longer);
   * a refusal or an answer of an unexpected shape stops the refresh, since asking again would
   * get the same.
   */
  async refresh(): Promise<boolean> {
    const pending = new Pending('mod_devcircle/webinar:refresh');
    try {
      let status;
      try {
        status = await getSessionsStatus(this.cmid);
      } catch (e) {
        const failure = toWsError('mod_devcircle_get_sessions_status', e);
        switch (failure.kind) {
          case 'network':
            throw failure;
          case 'server':
          case 'response':
            this.halted = true;
            this.poller.stop();
            await showMessage(this.notice(), errorMessage(failure) ?? this.strings.error_generic, 'warning');
            return false;
        }
      }
      await showMessage(this.notice(), status.error, 'warning');
      for (const s of status.sessions) {
        const el = this.root.querySelector<HTMLElement>(`[data-region="session"][data-session-id="${s.id}"]`);
        if (el) {
          showStatus(el, s, this.strings);
        }
      }
      if (this.revisionsChanged(status.sessions)) {
        await this.loadRecordings();
      }
      const fingerprint = JSON.stringify(status);
      const changed = fingerprint !== this.lastStatus;
      this.lastStatus = fingerprint;
      if (status.error !== '') {
        throw new Error(status.error);
      }
      return changed;
    } finally {
      pending.resolve();
    }
  }

  /**
   * Hands a click on join, start, end or close to the actions (the recordings list handles its
   * own buttons).
   *
   * @param e The click
   */
  private onClick(e: Event): void {
    const button = e.target instanceof Element ? e.target.closest<HTMLElement>('[data-action]') : null;
    if (!(button instanceof HTMLButtonElement) || !this.root.contains(button) || !ACTIONS.includes(button.dataset.action ?? '')) {
      return;
    }
    e.preventDefault();
    const pending = new Pending('mod_devcircle/webinar:action');
    this.loadActions().then((actions) => actions.click(button))
      .catch(() => showMessage(this.notice(), this.strings.error_generic, 'danger'))
      .finally(() => pending.resolve());
  }
}

/**
 * Starts a sessions section.
 *
 * @param root The section's root element
 * @param options Pauses and how windows open
 */
export async function start(root: HTMLElement, options: WebinarOptions = {}): Promise<WebinarSection> {
  const section = new WebinarSection(root, await loadStrings(), options);
  await section.start();
  markReady(root);
  return section;
}

/**
 * Starts the sessions section of a circle.
 *
 * @param rootid The id of the section's root element (template mod_devcircle/sessions_section)
 */
export async function init(rootid: string): Promise<void> {
  const pending = new Pending('mod_devcircle/webinar:init');
  try {
    await start(rootElement(rootid));
  } finally {
    pending.resolve();
  }
}

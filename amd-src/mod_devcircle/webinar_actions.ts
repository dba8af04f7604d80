// Joining, starting and ending a session's webinar (AMD module mod_devcircle/webinar_actions): the
// buttons' busy states; the join URL opened in a new window, embedded in the page, or offered as a
// link when the browser blocks the window; participants wait for a moderator
// (mod_devcircle/webinar_waiting); a moderator ends a session after confirming. Failures show the
// server's plain message, or a general one. The sessions section loads this module at the first
// click on one of these buttons.
import Pending from 'core/pending';
import notification from 'core/notification';
import { getStrings } from 'core/str';
import { endSession, errorMessage, getJoinUrl, type JoinAnswer } from 'mod_devcircle/webinar_repository';
import { ModeratorWait } from 'mod_devcircle/webinar_waiting';
import { closeEmbed, openEmbed } from 'mod_devcircle/webinar_embed';
import { showMessage } from 'mod_devcircle/webinar_message';
import type { PollerOptions } from 'mod_devcircle/webinar_poller';

/** The strings the actions need (mod_devcircle). */
export const ACTION_STRINGS = ['joinwebinar', 'waitingbutton', 'waitingformoderator', 'popupblocked', 'openwebinar',
  'webinarended', 'endconfirm', 'endwebinar', 'error_generic'] as const;
export type ActionStrings = Record<typeof ACTION_STRINGS[number], string>;

export interface ActionOptions {
  /** Pauses while a participant waits for a moderator. */
  waitingPoller?: PollerOptions;
  /** Opens a URL in a new window; returns false when the browser blocked it. */
  openWindow?: (url: string) => boolean;
  /** Called when an action changed a session (so its status is asked for at once). */
  changed?: () => void;
}

/**
 * Opens a URL in a new window without giving it access to this page.
 *
 * @param url The URL
 */
function openWindow(url: string): boolean {
  const win = window.open(url, '_blank');
  if (!win) {
    return false;
  }
  win.opener = null;
  return true;
}

/**
 * Marks a button busy (disabled, aria-busy) or free again.
 *
 * @param button The button
 * @param busy Whether it is busy
 */
function setBusy(button: HTMLButtonElement, busy: boolean): void {
  button.disabled = busy;
  if (busy) {
    button.setAttribute('aria-busy', 'true');
  } else {
    button.removeAttribute('aria-busy');
  }
}

const messageRegion = (el: HTMLElement): HTMLElement | null => el.querySelector<HTMLElement>('[data-region="message"]');

/** The join, start and end buttons of one sessions section. */
export class SessionActions {
  private readonly waits = new Map<number, ModeratorWait>();

  /**
   * The actions of a sessions section, with their strings loaded.
   *
   * @param root The sessions section
   * @param options Waiting pauses, how windows open, what to do after a change
   */
  static async create(root: HTMLElement, options: ActionOptions = {}): Promise<SessionActions> {
    const values = await getStrings(ACTION_STRINGS.map((key) => ({ key, component: 'mod_devcircle' })));
    const strings = {} as ActionStrings;
    ACTION_STRINGS.forEach((key, i) => {
      strings[key] = values[i] ?? key;
    });
    return new SessionActions(root, strings, options);
  }

  /**
   * @param root The sessions section (it holds the embed region when webinars open embedded)
   * @param strings The strings of the actions
   * @param options Waiting pauses, how windows open, what to do after a change
   */
  constructor(
    private readonly root: HTMLElement,
    private readonly strings: ActionStrings,
    private readonly options: ActionOptions = {},
  ) {}

  /**
   * Does what a button asks for: join or start (data-action="join", "start"), end ("end") a
   * session, or close the embedded webinar ("close-embed").
   *
   * @param button The button that was pressed
   */
  async click(button: HTMLButtonElement): Promise<void> {
    const el = button.closest<HTMLElement>('[data-region="session"]');
    const embed = button.closest<HTMLElement>('[data-region="embed"]');
    switch (button.dataset.action) {
      case 'join':
      case 'start':
        if (el) {
          await this.join(el, button);
        }
        break;
      case 'end':
        if (el) {
          await this.end(el, button);
        }
        break;
      case 'close-embed':
        if (embed) {
          closeEmbed(embed);
        }
        break;
    }
  }

  /**
   * Joins (or starts) a session; a participant who has to wait is let in once a moderator started.
   *
   * @param el The session's item
   * @param button The button that was pressed
   */
  async join(el: HTMLElement, button: HTMLButtonElement): Promise<void> {
    const sessionid = Number(el.dataset.sessionId);
    if (this.waits.has(sessionid)) {
      return;
    }
    const pending = new Pending('mod_devcircle/webinar_actions:join');
    setBusy(button, true);
    try {
      const answer = await getJoinUrl(sessionid);
      if (answer.status === 'waiting') {
        await this.waitForModerator(el, sessionid, button);
        return;
      }
      await showMessage(messageRegion(el), '');
      await this.open(answer, el);
      setBusy(button, false);
      this.options.changed?.();
    } catch (error) {
      await showMessage(messageRegion(el), errorMessage(error) ?? this.strings.error_generic, 'danger');
      setBusy(button, false);
    } finally {
      pending.resolve();
    }
  }

  /**
   * Tells the participant to wait, and lets them in when a moderator has started.
   *
   * @param el The session's item
   * @param sessionid The session
   * @param button The join button (busy while waiting)
   */
  private async waitForModerator(el: HTMLElement, sessionid: number, button: HTMLButtonElement): Promise<void> {
    const wait = new ModeratorWait(sessionid, this.options.waitingPoller);
    this.waits.set(sessionid, wait);
    button.textContent = this.strings.waitingbutton;
    void wait.started.then(async(answer) => {
      this.waits.delete(sessionid);
      button.textContent = this.strings.joinwebinar;
      setBusy(button, false);
      await showMessage(messageRegion(el), '');
      await this.open(answer, el);
      this.options.changed?.();
      return undefined;
    }, async(error: unknown) => {
      this.waits.delete(sessionid);
      button.textContent = this.strings.joinwebinar;
      setBusy(button, false);
      await showMessage(messageRegion(el), errorMessage(error) ?? this.strings.error_generic, 'danger');
    });
    await showMessage(messageRegion(el), this.strings.waitingformoderator, 'info');
  }

  /**
   * Opens the webinar: embedded when the circle asks for it, else in a new window, or as a link
   * when the browser blocked the window (e.g. after waiting, without a click).
   *
   * @param answer The join answer
   * @param el The session's item
   */
  private async open(answer: JoinAnswer, el: HTMLElement): Promise<void> {
    const embed = this.root.querySelector<HTMLElement>('[data-region="embed"]');
    if (answer.openmode === 'embed' && embed) {
      await openEmbed(embed, answer.url);
      return;
    }
    if (!(this.options.openWindow ?? openWindow)(answer.url)) {
      await showMessage(messageRegion(el), this.strings.popupblocked, 'info', { url: answer.url, text: this.strings.openwebinar });
    }
  }

  /**
   * Ends a session for everyone after the moderator confirms.
   *
   * @param el The session's item
   * @param button The end button
   */
  async end(el: HTMLElement, button: HTMLButtonElement): Promise<void> {
    try {
      await notification.deleteCancelPromise(this.strings.endwebinar, this.strings.endconfirm, this.strings.endwebinar,
        { triggerElement: button });
    } catch {
      return; // Cancelled.
    }
    const pending = new Pending('mod_devcircle/webinar_actions:end');
    setBusy(button, true);
    try {
      await endSession(Number(el.dataset.sessionId));
      await showMessage(messageRegion(el), this.strings.webinarended, 'success');
      this.options.changed?.();
    } catch (error) {
      await showMessage(messageRegion(el), errorMessage(error) ?? this.strings.error_generic, 'danger');
    } finally {
      setBusy(button, false);
      pending.resolve();
    }
  }

  /** Stops every wait for a moderator. */
  stop(): void {
    this.waits.forEach((w) => w.stop());
    this.waits.clear();
  }
}

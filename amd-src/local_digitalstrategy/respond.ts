// Entry module of the answering page of campaigns (templates/respond_page.mustache): every answer
// is saved into the draft as it is given (local_digitalstrategy/autosave: a queue with retry, the
// unsaved answers kept in the browser), conflicts from another tab or a colleague are shown, and
// submitting saves what is left first, then names missing required questions or thanks. A refusal
// for the whole page (submitted in another tab, campaign closed, link withdrawn, too many
// attempts) stops saving and says why.
import Pending from 'core/pending';
import { getString, getStrings } from 'core/str';
import { getPluralString, pluralKeys } from 'local_digitalstrategy/plural';
import { rootElement, markReady, dataString } from 'local_digitalstrategy/dom';
import { toWsError, type WsError } from 'local_digitalstrategy/ws';
import { AnswerQueue, keptAnswersStorage, type KeptStorage, type QueueState } from 'local_digitalstrategy/autosave';
import { showSaveState, showItemStatus, showProgress } from 'local_digitalstrategy/answer_status';
import type { Completeness, SaveAnswerResult } from 'local_digitalstrategy/repository';
import { saveDraftAnswer, submitResponse, type Respondent } from 'local_digitalstrategy/respond_repository';
import {
  exclusiveDontKnow, itemKey, itemVersion, readItem, setItemVersion, writeItem,
} from 'local_digitalstrategy/item_dom';

const COMPONENT = 'local_digitalstrategy';
/** Pause after typing before free text is saved, in milliseconds. */
export const TEXT_DELAY = 800;

/** Every string the page shows (respond.php sends them with the page, so no request is needed). */
export const STRINGS = ['itemsaved', 'itemsaving', ...pluralKeys('offline'), ...pluralKeys('progress'),
  'respond_conflict', 'respond_requiredmissing', 'respond_submitfailed', 'saveerror', 'savedall',
  ...pluralKeys('saving'), 'saveunexpected', 'sessionexpired', 'unexpectedanswer'];

/**
 * Whether a server error refuses the whole page rather than one answer.
 *
 * @param error The error
 */
export function isPageRefusal(error: WsError): boolean {
  return error.kind === 'server' && error.errorcode.startsWith('respond_error_');
}

/**
 * A string of the plugin.
 *
 * @param key The string's key
 * @param param Its parameter
 */
async function str(key: string, param?: unknown): Promise<string> {
  return getString(key, COMPONENT, param);
}

export class RespondPage {
  readonly respondent: Respondent;
  readonly queue: AnswerQueue;
  private readonly items = new Map<string, HTMLElement>();
  private readonly textTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private refused = false;

  constructor(readonly root: HTMLElement, storage: KeptStorage | null = keptAnswersStorage()) {
    this.respondent = { token: dataString(root, 'token'), campaignid: Number(dataString(root, 'campaignid')) };
    for (const item of root.querySelectorAll<HTMLElement>('[data-region="item"]')) {
      this.items.set(itemKey(item), item);
    }
    this.queue = new AnswerQueue(
      (answer, version) => saveDraftAnswer(this.respondent, answer, version),
      {
        saved: (itemkey, result) => void this.onSaved(itemkey, result),
        failed: (itemkey, error) => void this.onFailed(itemkey, error),
        state: (state) => void this.onState(state),
      },
      storage,
      `${COMPONENT}/respond/${this.respondent.campaignid}`,
    );
  }

  /** Wires the listeners and re-sends answers kept in the browser from an earlier visit. */
  start(): void {
    void getStrings(STRINGS.map((key) => ({ key, component: COMPONENT }))).catch(() => undefined);
    this.root.addEventListener('change', (e) => this.onChange(e));
    this.root.addEventListener('input', (e) => this.onInput(e));
    this.root.addEventListener('click', (e) => {
      const button = e.target instanceof Element ? e.target.closest<HTMLElement>('[data-action="submit"]') : null;
      if (button && this.root.contains(button)) {
        void this.submit();
      }
    });
    this.root.querySelector('form')?.addEventListener('submit', (e) => e.preventDefault());
    window.addEventListener('online', () => this.queue.retryNow());
    window.addEventListener('beforeunload', (e) => {
      if (this.queue.size > 0 && !this.refused) {
        e.preventDefault();
        e.returnValue = '';
      }
    });
    for (const kept of this.queue.restore()) {
      const item = this.items.get(kept.answer.itemkey);
      if (!item) {
        continue;
      }
      writeItem(item, kept.answer);
      this.queue.enqueue(kept.answer, kept.version);
      void this.itemStatus(item, 'itemsaving');
    }
  }

  /**
   * The item element of a question.
   *
   * @param itemkey The question's key
   */
  item(itemkey: string): HTMLElement | undefined {
    return this.items.get(itemkey);
  }

  private onChange(e: Event): void {
    const target = e.target;
    const item = target instanceof HTMLElement ? target.closest<HTMLElement>('[data-region="item"]') : null;
    if (!item) {
      return;
    }
    if (target instanceof HTMLInputElement) {
      exclusiveDontKnow(item, target);
    }
    this.answerChanged(item);
  }

  private onInput(e: Event): void {
    const target = e.target;
    const item = target instanceof HTMLTextAreaElement ? target.closest<HTMLElement>('[data-region="item"]') : null;
    if (!item) {
      return;
    }
    const key = itemKey(item);
    const timer = this.textTimers.get(key);
    if (timer) {
      clearTimeout(timer);
    }
    this.textTimers.set(key, setTimeout(() => {
      this.textTimers.delete(key);
      this.answerChanged(item);
    }, TEXT_DELAY));
  }

  private answerChanged(item: HTMLElement): void {
    if (this.refused) {
      return;
    }
    const key = itemKey(item);
    const timer = this.textTimers.get(key);
    if (timer) {
      clearTimeout(timer);
      this.textTimers.delete(key);
    }
    item.classList.remove('border-danger', 'border-warning');
    this.queue.enqueue(readItem(item), itemVersion(item));
    void this.itemStatus(item, 'itemsaving');
  }

  /** Saves text typed but not yet queued (the pause after typing has not passed). */
  private queueTyping(): void {
    for (const key of [...this.textTimers.keys()]) {
      const item = this.items.get(key);
      if (item) {
        this.answerChanged(item);
      }
    }
  }

  private async onSaved(itemkey: string, result: SaveAnswerResult): Promise<void> {
    void this.updateProgress(result.completeness);
    const item = this.items.get(itemkey);
    if (!item) {
      return;
    }
    if (result.status === 'conflict') {
      writeItem(item, result.answer, result.answer.version);
      item.classList.add('border-warning');
      await this.itemStatus(item, 'respond_conflict');
    } else {
      setItemVersion(item, result.answer.version);
      if (!this.queue.has(itemkey)) {
        await this.itemStatus(item, 'itemsaved');
      }
    }
  }

  private async onFailed(itemkey: string, error: WsError): Promise<void> {
    if (isPageRefusal(error)) {
      await this.refuse(error);
      return;
    }
    const item = this.items.get(itemkey);
    if (!item) {
      return;
    }
    item.classList.add('border-danger');
    await this.itemStatus(item, 'saveerror', error.kind === 'server' ? error.message : await str('unexpectedanswer'));
  }

  /**
   * Stops answering: the page cannot be answered any more (submitted elsewhere, closed, withdrawn).
   *
   * @param error The server's refusal
   */
  private async refuse(error: WsError): Promise<void> {
    this.refused = true;
    const code = error.kind === 'server' ? error.errorcode : '';
    let message = error.message;
    try {
      message = await str(code);
    } catch {
      // The server's message stands.
    }
    for (const input of this.root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLButtonElement>(
      'form input, form textarea, form select, form button')) {
      input.disabled = true;
    }
    this.showError(message);
  }

  private showError(message: string): void {
    const region = this.root.querySelector<HTMLElement>('[data-region="submiterror"]');
    if (!region) {
      return;
    }
    const alert = document.createElement('div');
    alert.className = 'alert alert-danger';
    alert.textContent = message;
    region.replaceChildren(alert);
  }

  private async onState(state: QueueState): Promise<void> {
    await showSaveState(this.root, state);
  }

  private async itemStatus(item: HTMLElement, key: string, param?: unknown): Promise<void> {
    showItemStatus(item, await str(key, param), key === 'saveerror' || key === 'respond_conflict');
  }

  private async updateProgress(c: Completeness): Promise<void> {
    await showProgress(this.root, c);
  }

  /**
   * The question texts of items, as the page shows them.
   *
   * @param keys The items' keys
   */
  private questionTexts(keys: string[]): string {
    return keys.map((key) => this.items.get(key)?.querySelector('legend')?.textContent?.trim() ?? key).join('; ');
  }

  /** Saves what is left, then submits; names the required questions still missing. */
  async submit(): Promise<void> {
    if (this.refused) {
      return;
    }
    const pending = new Pending('local_digitalstrategy/respond:submit');
    const button = this.root.querySelector<HTMLButtonElement>('[data-action="submit"]');
    if (button) {
      button.disabled = true;
    }
    try {
      this.queueTyping();
      if (!await this.queue.flush()) {
        this.showError(await str('respond_submitfailed', await getPluralString('offline', COMPONENT, this.queue.size)));
        return;
      }
      let result;
      try {
        result = await submitResponse(this.respondent);
      } catch (e) {
        const error = toWsError('local_digitalstrategy_respond_submit', e);
        if (isPageRefusal(error)) {
          await this.refuse(error);
        } else {
          const reason = error.kind === 'server' ? error.message : await str('unexpectedanswer');
          this.showError(await str('respond_submitfailed', reason));
        }
        return;
      }
      await this.updateProgress(result.completeness);
      if (!result.submitted) {
        const missing = result.completeness.requiredmissing;
        for (const key of missing) {
          this.items.get(key)?.classList.add('border-danger');
        }
        this.showError(await str('respond_requiredmissing', this.questionTexts(missing)));
        this.items.get(missing[0] ?? '')?.querySelector<HTMLElement>('input, textarea, select')?.focus();
        return;
      }
      this.root.querySelector<HTMLElement>('[data-region="form"]')?.setAttribute('hidden', '');
      this.root.querySelector<HTMLElement>('[data-region="local_digitalstrategy-progress"]')?.setAttribute('hidden', '');
      const done = this.root.querySelector<HTMLElement>('[data-region="done"]');
      if (done) {
        done.hidden = false;
        done.focus();
      }
      this.refused = true;
    } finally {
      if (button) {
        button.disabled = false;
      }
      pending.resolve();
    }
  }
}

/**
 * Starts the answering page on its root element.
 *
 * @param rootid The id of the page's root element (template local_digitalstrategy/respond_page)
 */
export function init(rootid: string): RespondPage {
  const pending = new Pending('local_digitalstrategy/respond:init');
  try {
    const root = rootElement(rootid);
    const page = new RespondPage(root);
    page.start();
    markReady(root);
    return page;
  } finally {
    pending.resolve();
  }
}

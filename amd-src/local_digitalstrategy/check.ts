// Entry module of the check page (templates/check_page.mustache): one dimension per step with a
// step list and progress, every answer saved as it is given (local_digitalstrategy/autosave: a
// queue with retry and a visible saved state), colleagues' answers merged in when changing steps,
// conflicts shown. The summary step (unanswered questions, submitting) is
// local_digitalstrategy/check_summary, loaded when it is first shown.
import Pending from 'core/pending';
import { getString, getStrings } from 'core/str';
import { pluralKeys } from 'local_digitalstrategy/plural';
import { rootElement, markReady, dataString } from 'local_digitalstrategy/dom';
import type { WsError } from 'local_digitalstrategy/ws';
import { AnswerQueue, keptAnswersStorage, type KeptStorage, type QueueState } from 'local_digitalstrategy/autosave';
import { showSaveState, showItemStatus, showProgress } from 'local_digitalstrategy/answer_status';
import { getRun, saveAnswer, type Completeness, type SaveAnswerResult } from 'local_digitalstrategy/repository';
import type { CheckRun } from 'local_digitalstrategy/check_summary';
import type * as Summary from 'local_digitalstrategy/check_summary';
import {
  exclusiveDontKnow, isAnswered, itemKey, itemVersion, readItem, setItemVersion, writeItem,
} from 'local_digitalstrategy/item_dom';

const COMPONENT = 'local_digitalstrategy';
/** Pause after typing before free text is saved, in milliseconds. */
export const TEXT_DELAY = 800;

/** Every string the page shows, loaded at the start so they need no request later (offline). */
const STRINGS = ['allanswered', 'colleagueanswered', 'conflict', 'itemsaved', 'itemsaving', 'leavewarning',
  ...pluralKeys('offline'), ...pluralKeys('progress'), 'saveerror', 'savedall', ...pluralKeys('saving'), 'saveunexpected',
  'sessionexpired', ...pluralKeys('submitincomplete'), 'unansweredlist', 'unexpectedanswer'];

/**
 * A string of the plugin.
 *
 * @param key The string's key
 * @param param Its parameter
 */
async function str(key: string, param?: unknown): Promise<string> {
  return getString(key, COMPONENT, param);
}

export class CheckPage {
  readonly runid: number;
  readonly queue: AnswerQueue;
  private readonly items = new Map<string, HTMLElement>();
  private readonly textTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private completeness: Completeness | null = null;
  private current = '0';

  constructor(readonly root: HTMLElement, storage: KeptStorage | null = keptAnswersStorage()) {
    this.runid = Number(dataString(root, 'runid'));
    for (const item of root.querySelectorAll<HTMLElement>('[data-region="item"]')) {
      this.items.set(itemKey(item), item);
    }
    this.queue = new AnswerQueue(
      (answer, version) => saveAnswer(this.runid, answer, version),
      {
        saved: (itemkey, result) => void this.onSaved(itemkey, result),
        failed: (itemkey, error) => void this.onFailed(itemkey, error),
        state: (state) => void this.onState(state),
      },
      storage,
      `${COMPONENT}/check/${this.runid}`,
    );
  }

  /** Wires the listeners and re-sends answers kept in the browser from an earlier visit. */
  start(): void {
    // Loaded into Moodle's string cache now; later lookups (with parameters) need no request.
    void getStrings(STRINGS.map((key) => ({ key, component: COMPONENT }))).catch(() => undefined);
    this.root.addEventListener('change', (e) => this.onChange(e));
    this.root.addEventListener('input', (e) => this.onInput(e));
    this.root.addEventListener('click', (e) => this.onClick(e));
    this.root.querySelector('form')?.addEventListener('submit', (e) => e.preventDefault());
    window.addEventListener('online', () => this.queue.retryNow());
    window.addEventListener('beforeunload', (e) => {
      if (this.queue.size > 0) {
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
    this.updateStepCounts();
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
    if (!(target instanceof HTMLElement)) {
      return;
    }
    const item = target.closest<HTMLElement>('[data-region="item"]');
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
    if (!(target instanceof HTMLTextAreaElement)) {
      return;
    }
    const item = target.closest<HTMLElement>('[data-region="item"]');
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
    const key = itemKey(item);
    const timer = this.textTimers.get(key);
    if (timer) {
      clearTimeout(timer);
      this.textTimers.delete(key);
    }
    item.classList.remove('border-danger', 'border-warning');
    this.queue.enqueue(readItem(item), itemVersion(item));
    void this.itemStatus(item, 'itemsaving');
    this.updateStepCounts();
  }

  private async onSaved(itemkey: string, result: SaveAnswerResult): Promise<void> {
    const item = this.items.get(itemkey);
    this.completeness = result.completeness;
    void this.updateProgress();
    if (!item) {
      return;
    }
    if (result.status === 'conflict') {
      writeItem(item, result.answer, result.answer.version);
      item.classList.add('border-warning');
      await this.itemStatus(item, 'conflict', result.answer.userfullname);
    } else {
      setItemVersion(item, result.answer.version);
      if (!this.queue.has(itemkey)) {
        await this.itemStatus(item, 'itemsaved');
      }
    }
    this.updateStepCounts();
  }

  private async onFailed(itemkey: string, error: WsError): Promise<void> {
    const item = this.items.get(itemkey);
    if (!item) {
      return;
    }
    item.classList.add('border-danger');
    // A refusal carries the server's reason for the user; an unexpected answer only a technical one.
    await this.itemStatus(item, 'saveerror', error.kind === 'server' ? error.message : await str('unexpectedanswer'));
  }

  private async onState(state: QueueState): Promise<void> {
    await showSaveState(this.root, state);
  }

  private async itemStatus(item: HTMLElement, key: string, param?: unknown): Promise<void> {
    showItemStatus(item, await str(key, param), key === 'saveerror' || key === 'conflict');
  }

  private async updateProgress(): Promise<void> {
    if (this.completeness) {
      await showProgress(this.root, this.completeness);
    }
  }

  /** The answered/total badge of each step, from what the form shows. */
  private updateStepCounts(): void {
    for (const step of this.root.querySelectorAll<HTMLElement>('section[data-region="step"]')) {
      const index = step.dataset.step;
      const badge = this.root.querySelector<HTMLElement>(`[data-region="stepcount"][data-step="${index}"]`);
      if (!badge) {
        continue;
      }
      const items = Array.from(step.querySelectorAll<HTMLElement>('[data-region="item"]'));
      badge.textContent = `${items.filter((i) => isAnswered(readItem(i))).length}/${items.length}`;
    }
  }

  private onClick(e: Event): void {
    const button = e.target instanceof Element ? e.target.closest<HTMLElement>('[data-action]') : null;
    if (!button || !this.root.contains(button)) {
      return;
    }
    const steps = this.stepIds();
    const at = steps.indexOf(this.current);
    switch (button.dataset.action) {
      case 'goto':
        void this.goto(button.dataset.step ?? '0');
        break;
      case 'next':
        void this.goto(steps[Math.min(at + 1, steps.length - 1)] ?? 'summary');
        break;
      case 'prev':
        void this.goto(steps[Math.max(at - 1, 0)] ?? '0');
        break;
      case 'submit':
        void this.submit();
        break;
      case 'show-item':
        void this.showItem(button.dataset.item ?? '');
        break;
    }
  }

  private stepIds(): string[] {
    return Array.from(this.root.querySelectorAll<HTMLElement>('section[data-region="step"]')).map((s) => s.dataset.step ?? '');
  }

  /**
   * Shows one step, moves the focus to its heading and merges colleagues' answers.
   *
   * @param step The step: its index, or "summary"
   */
  async goto(step: string): Promise<void> {
    const pending = new Pending('local_digitalstrategy/check:goto');
    try {
      this.current = step;
      for (const section of this.root.querySelectorAll<HTMLElement>('section[data-region="step"]')) {
        section.hidden = section.dataset.step !== step;
      }
      for (const link of this.root.querySelectorAll<HTMLElement>('[data-action="goto"]')) {
        if (link.dataset.step === step) {
          link.setAttribute('aria-current', 'step');
        } else {
          link.removeAttribute('aria-current');
        }
      }
      this.root.querySelector<HTMLElement>(`section[data-step="${step}"] h2`)?.focus();
      await this.refresh();
      if (step === 'summary') {
        await (await this.summary()).renderUnanswered(this.run);
      }
    } finally {
      pending.resolve();
    }
  }

  /**
   * Goes to the step of a question and focuses its first field.
   *
   * @param itemkey The question's key
   */
  async showItem(itemkey: string): Promise<void> {
    const item = this.items.get(itemkey);
    const step = item?.closest<HTMLElement>('section[data-region="step"]')?.dataset.step;
    if (!item || step === undefined) {
      return;
    }
    await this.goto(step);
    item.querySelector<HTMLElement>('input, textarea, select')?.focus();
  }

  /** Takes over answers colleagues gave meanwhile (never over an answer waiting to be saved). */
  async refresh(): Promise<void> {
    try {
      const data = await getRun(this.runid);
      this.completeness = data.completeness;
      for (const answer of data.answers) {
        const item = this.items.get(answer.itemkey);
        if (!item || this.queue.has(answer.itemkey) || answer.version <= itemVersion(item)) {
          continue;
        }
        writeItem(item, answer, answer.version);
        await this.itemStatus(item, 'colleagueanswered', answer.userfullname);
      }
      this.updateStepCounts();
      await this.updateProgress();
    } catch {
      // Offline or the like: the page keeps what it shows; the save status says so.
    }
  }

  /** What the summary step needs of this page. */
  private get run(): CheckRun {
    return {
      root: this.root,
      runid: this.runid,
      items: () => Array.from(this.items.values()),
      flush: () => this.queue.flush(),
      completed: (completeness) => {
        this.completeness = completeness;
      },
    };
  }

  /** The summary step (local_digitalstrategy/check_summary, loaded when first needed). */
  private summary(): Promise<typeof Summary> {
    return import('local_digitalstrategy/check_summary');
  }

  /** Saves what is left, then submits; shows what is missing when the run is not complete enough. */
  async submit(): Promise<void> {
    const pending = new Pending('local_digitalstrategy/check:submit');
    try {
      await (await this.summary()).submit(this.run);
    } finally {
      pending.resolve();
    }
  }
}

/**
 * Starts the check page on its root element.
 *
 * @param rootid The id of the page's root element (template local_digitalstrategy/check_page)
 */
export function init(rootid: string): CheckPage {
  const pending = new Pending('local_digitalstrategy/check:init');
  try {
    const root = rootElement(rootid);
    const page = new CheckPage(root);
    page.start();
    markReady(root);
    return page;
  } finally {
    pending.resolve();
  }
}

// The autosave queue of the check: every answer is saved as it is given, one request at a time,
// the newest answer per question wins, nothing is lost. Unsaved answers are kept in the browser's
// localStorage until the server has them, so a reload, a dropped connection or an expired session
// loses nothing; after a network failure the queue tries again with growing pauses (and at once
// when the browser says it is online again).
import * as z from 'zod/mini';
import Pending from 'core/pending';
import type { AnswerInput, SaveAnswerResult } from 'local_digitalstrategy/repository';
import { WsNetworkError, WsServerError, toWsError, type WsError } from '../shared/ws';

/** An answer waiting to be saved, with the version of the stored answer it replaces. */
export interface QueuedAnswer {
  answer: AnswerInput;
  version: number;
}

export interface QueueState {
  /** Answers not yet saved. */
  pending: number;
  /** A request is under way. */
  saving: boolean;
  /** The last attempt failed for lack of a connection; a retry is scheduled. */
  offline: boolean;
  /** The session expired (or the sesskey is wrong): nothing can be saved until the page is reloaded. */
  sessionexpired: boolean;
}

export interface QueueEvents {
  /** The server answered for an item: saved, unchanged or conflict. */
  saved(itemkey: string, result: SaveAnswerResult): void;
  /** The server refused an answer for good (invalid value, run submitted, no permission). */
  failed(itemkey: string, error: WsError): void;
  /** The overall state changed. */
  state(state: QueueState): void;
}

export type SaveFunction = (answer: AnswerInput, version: number) => Promise<SaveAnswerResult>;

/** Pauses before the next attempt after network failures, in milliseconds. */
export const RETRY_DELAYS = [1000, 2000, 5000, 10000, 30000] as const;

/** Error codes after which nothing can be saved until the page is reloaded. */
const SESSION_ERRORS = new Set(['invalidsesskey', 'servicerequireslogin', 'requireloginerror', 'sessionerroruser']);

const storedSchema = z.array(z.object({
  answer: z.object({ itemkey: z.string(), value: z.string(), dontknow: z.boolean(), relevance: z.number() }),
  version: z.number(),
}));

export class AnswerQueue {
  private readonly queue = new Map<string, QueuedAnswer>();
  private running: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private failures = 0;
  private offline = false;
  private sessionexpired = false;
  private saving = false;

  constructor(
    private readonly save: SaveFunction,
    private readonly events: QueueEvents,
    private readonly storage: Storage | null = null,
    private readonly storagekey = '',
  ) {}

  /** Answers kept in the browser from an earlier visit that the server may not have yet. */
  restore(): QueuedAnswer[] {
    if (!this.storage || !this.storagekey) return [];
    let raw: unknown;
    try {
      raw = JSON.parse(this.storage.getItem(this.storagekey) ?? '[]');
    } catch {
      return [];
    }
    const parsed = storedSchema.safeParse(raw);
    return parsed.success ? parsed.data : [];
  }

  /** Queues an answer (replacing a queued one for the same item) and starts saving. */
  enqueue(answer: AnswerInput, version: number): void {
    this.queue.delete(answer.itemkey);
    this.queue.set(answer.itemkey, { answer, version });
    this.persist();
    this.kick();
  }

  /** Whether an answer for the item waits to be saved. */
  has(itemkey: string): boolean {
    return this.queue.has(itemkey);
  }

  get size(): number {
    return this.queue.size;
  }

  /** Tries again now (for example when the browser is back online). */
  retryNow(): void {
    if (this.sessionexpired) return;
    this.clearTimer();
    this.kick();
  }

  /** Saves everything queued; true when nothing is left unsaved. */
  async flush(): Promise<boolean> {
    this.retryNow();
    while (this.running) {
      await this.running;
    }
    return this.queue.size === 0;
  }

  private kick(): void {
    if (this.running || this.timer || this.sessionexpired) {
      this.emit();
      return;
    }
    this.running = this.work().finally(() => {
      this.running = null;
      this.emit();
    });
    this.emit();
  }

  private async work(): Promise<void> {
    while (this.queue.size > 0 && !this.sessionexpired) {
      const [itemkey, entry] = this.queue.entries().next().value as [string, QueuedAnswer];
      const pending = new Pending('local_digitalstrategy/autosave:' + itemkey);
      this.saving = true;
      this.emit();
      try {
        const result = await this.save(entry.answer, entry.version);
        this.failures = 0;
        this.offline = false;
        const queued = this.queue.get(itemkey);
        if (queued === entry) {
          this.queue.delete(itemkey);
        } else if (queued && result.status !== 'conflict') {
          // A newer answer was given while this one was saved: it replaces the version just stored.
          queued.version = result.answer.version;
        } else if (queued) {
          // A colleague's answer came first: the newer local answer is dropped with this one.
          this.queue.delete(itemkey);
        }
        this.persist();
        this.events.saved(itemkey, result);
      } catch (e) {
        const error = toWsError('local_digitalstrategy_save_answer', e);
        if (error instanceof WsNetworkError) {
          this.offline = true;
          this.schedule();
          return;
        }
        if (error instanceof WsServerError && SESSION_ERRORS.has(error.errorcode)) {
          this.sessionexpired = true;
          return;
        }
        if (this.queue.get(itemkey) === entry) this.queue.delete(itemkey);
        this.persist();
        this.events.failed(itemkey, error);
      } finally {
        this.saving = false;
        pending.resolve();
      }
    }
  }

  private schedule(): void {
    const delay = RETRY_DELAYS[Math.min(this.failures, RETRY_DELAYS.length - 1)] ?? 30000;
    this.failures++;
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      this.kick();
    }, delay);
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private persist(): void {
    if (!this.storage || !this.storagekey) return;
    try {
      if (this.queue.size === 0) this.storage.removeItem(this.storagekey);
      else this.storage.setItem(this.storagekey, JSON.stringify([...this.queue.values()]));
    } catch {
      // Storage full or disabled: the queue in memory still works.
    }
  }

  private emit(): void {
    this.events.state({ pending: this.queue.size, saving: this.saving, offline: this.offline, sessionexpired: this.sessionexpired });
  }
}

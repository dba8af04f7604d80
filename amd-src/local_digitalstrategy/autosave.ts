// The autosave queue of the check: every answer is saved as it is given, one request at a time,
// the newest answer per question wins, nothing is lost. Unsaved answers are kept in the browser's
// localStorage (and a copy in the tab's sessionStorage: see keptAnswersStorage) until the server
// has them, so a reload, a dropped connection or an expired session loses nothing. What happens
// after a failure depends on its kind (local_digitalstrategy/ws): a lost connection, or a Moodle
// that failed before saving anything (its session store or database unreachable), is tried again
// with growing pauses (and at once when the browser says it is online again); a refusal drops that
// one answer and says why; an expired session or an answer of an unexpected shape stops saving
// until the page is reloaded (the answers stay in the browser and are sent again then), since
// trying again would fail the same way.
import * as z from 'zod/mini';
import Pending from 'core/pending';
import type { AnswerInput, SaveAnswerResult } from 'local_digitalstrategy/repository';
import { SESSION_ERRORCODES, toWsError, type WsError } from 'local_digitalstrategy/ws';

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
  /**
   * The server's answer had an unexpected shape: saving stopped until the page is reloaded; the
   * message says what did not match.
   */
  unexpected: string | null;
}

export interface QueueEvents {
  /** The server answered for an item: saved, unchanged or conflict. */
  saved(itemkey: string, result: SaveAnswerResult): void;
  /**
   * Saving an answer failed for good: the server refused it (invalid value, run submitted, no
   * permission; the answer is dropped) or answered in an unexpected shape (the answer is kept).
   */
  failed(itemkey: string, error: WsError): void;
  /** The overall state changed. */
  state(state: QueueState): void;
}

export type SaveFunction = (answer: AnswerInput, version: number) => Promise<SaveAnswerResult>;

/** What the queue needs of a storage for the answers it keeps (a browser Storage has it). */
export type KeptStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * Where unsaved answers are kept: the browser's localStorage (every tab of the site, across
 * reloads), with a copy in this tab's sessionStorage, read when localStorage has none. Moodle
 * empties the whole localStorage on the first page after a new login (core/storage_validation,
 * against stale caches; for a visitor who is not logged in, on every page) — which is exactly where
 * a user whose session ended comes back after logging in again; the tab's copy survives that.
 *
 * @param win The window whose storages are used
 * @returns null where the browser allows neither
 */
export function keptAnswersStorage(win: Window = window): KeptStorage | null {
  const storages: Storage[] = [];
  for (const name of ['localStorage', 'sessionStorage'] as const) {
    try {
      storages.push(win[name]);
    } catch {
      // Disabled (privacy settings): the other one, or none.
    }
  }
  if (storages.length === 0) {
    return null;
  }
  const each = (f: (s: Storage) => void): void => {
    for (const storage of storages) {
      try {
        f(storage);
      } catch {
        // Full or disabled: the other storage and the queue in memory still work.
      }
    }
  };
  return {
    getItem: (key) => {
      for (const storage of storages) {
        try {
          const value = storage.getItem(key);
          if (value !== null) {
            return value;
          }
        } catch {
          // Try the next one.
        }
      }
      return null;
    },
    setItem: (key, value) => each((s) => s.setItem(key, value)),
    removeItem: (key) => each((s) => s.removeItem(key)),
  };
}

/** Pauses before the next attempt after network failures, in milliseconds. */
export const RETRY_DELAYS = [1000, 2000, 5000, 10000, 30000] as const;


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
  private unexpected: string | null = null;
  private saving = false;

  constructor(
    private readonly save: SaveFunction,
    private readonly events: QueueEvents,
    private readonly storage: KeptStorage | null = null,
    private readonly storagekey = '',
  ) {}

  /** Answers kept in the browser from an earlier visit that the server may not have yet. */
  restore(): QueuedAnswer[] {
    if (!this.storage || !this.storagekey) {
      return [];
    }
    let raw: unknown;
    try {
      raw = JSON.parse(this.storage.getItem(this.storagekey) ?? '[]');
    } catch {
      return [];
    }
    const parsed = storedSchema.safeParse(raw);
    return parsed.success ? parsed.data : [];
  }

  /**
   * Queues an answer (replacing a queued one for the same item) and starts saving.
   *
   * @param answer The answer
   * @param version The version of the stored answer it replaces (0: none)
   */
  enqueue(answer: AnswerInput, version: number): void {
    this.queue.delete(answer.itemkey);
    this.queue.set(answer.itemkey, { answer, version });
    this.persist();
    this.kick();
  }

  /**
   * Whether an answer for the item waits to be saved.
   *
   * @param itemkey The question's key
   */
  has(itemkey: string): boolean {
    return this.queue.has(itemkey);
  }

  get size(): number {
    return this.queue.size;
  }

  /** Whether saving stopped until the page is reloaded (expired session, unexpected answer). */
  get stopped(): boolean {
    return this.sessionexpired || this.unexpected !== null;
  }

  /** Tries again now (for example when the browser is back online). */
  retryNow(): void {
    if (this.stopped) {
      return;
    }
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
    if (this.running || this.timer || this.stopped) {
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
    while (this.queue.size > 0 && !this.stopped) {
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
        switch (error.kind) {
          case 'network':
            this.offline = true;
            this.schedule();
            return;
          case 'response':
            // Sending it again would get the same answer: stop, keep everything for a reload.
            this.offline = false;
            this.unexpected = error.message;
            this.events.failed(itemkey, error);
            return;
          case 'server':
            this.offline = false;
            if (SESSION_ERRORCODES.has(error.errorcode)) {
              this.sessionexpired = true;
              return;
            }
            if (this.queue.get(itemkey) === entry) {
              this.queue.delete(itemkey);
            }
            this.persist();
            this.events.failed(itemkey, error);
            break;
        }
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
    if (this.timer) {
      clearTimeout(this.timer);
    }
    this.timer = null;
  }

  private persist(): void {
    if (!this.storage || !this.storagekey) {
      return;
    }
    try {
      if (this.queue.size === 0) {
        this.storage.removeItem(this.storagekey);
      } else {
        this.storage.setItem(this.storagekey, JSON.stringify([...this.queue.values()]));
      }
    } catch {
      // Storage full or disabled: the queue in memory still works.
    }
  }

  private emit(): void {
    this.events.state({
      pending: this.queue.size,
      saving: this.saving,
      offline: this.offline,
      sessionexpired: this.sessionexpired,
      unexpected: this.unexpected,
    });
  }
}

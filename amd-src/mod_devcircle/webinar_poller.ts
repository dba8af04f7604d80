// Repeats a task with backoff while the page is visible: quickly after a change, more and more
// slowly while nothing changes, more slowly still after errors; paused while the page is hidden
// and run at once when it becomes visible again.

export interface PollerOptions {
  /** Delay after a change (and the first delay), ms. */
  minDelay: number;
  /** Longest delay while nothing changes, ms. */
  maxDelay: number;
  /** Growth of the delay while nothing changes. */
  factor: number;
  /** Longest delay after errors, ms. */
  maxErrorDelay: number;
  /** The document whose visibility pauses the poller. */
  doc?: Document;
}

export const defaultPollerOptions: PollerOptions = {
  minDelay: 5000,
  maxDelay: 60000,
  factor: 1.5,
  maxErrorDelay: 120000,
};

/** The task answers whether something changed; a rejected promise counts as an error. */
export type PollTask = () => Promise<boolean>;

export class Poller {
  private delay: number;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running = false;
  private stopped = true;
  private readonly doc: Document;
  private readonly onVisibility = (): void => {
    if (this.stopped) {
      return;
    }
    if (this.doc.hidden) {
      this.clear();
    } else {
      void this.runNow();
    }
  };

  constructor(private readonly task: PollTask, private readonly options: PollerOptions = defaultPollerOptions) {
    this.delay = options.minDelay;
    this.doc = options.doc ?? document;
  }

  /** The delay before the next run, ms. */
  get currentDelay(): number {
    return this.delay;
  }

  /** Whether a run is scheduled. */
  get scheduled(): boolean {
    return this.timer !== null;
  }

  /** Starts polling: the first run happens after the minimum delay. */
  start(): void {
    if (!this.stopped) {
      return;
    }
    this.stopped = false;
    this.delay = this.options.minDelay;
    this.doc.addEventListener('visibilitychange', this.onVisibility);
    this.schedule();
  }

  /** Stops polling. */
  stop(): void {
    this.stopped = true;
    this.clear();
    this.doc.removeEventListener('visibilitychange', this.onVisibility);
  }

  /** Runs the task now (e.g. after the user did something) and schedules the next run. */
  async runNow(): Promise<void> {
    this.clear();
    if (this.running) {
      return;
    }
    this.running = true;
    try {
      const changed = await this.task();
      this.delay = changed ? this.options.minDelay : Math.min(this.delay * this.options.factor, this.options.maxDelay);
    } catch {
      this.delay = Math.min(Math.max(this.delay, this.options.minDelay) * 2, this.options.maxErrorDelay);
    } finally {
      this.running = false;
    }
    this.schedule();
  }

  private schedule(): void {
    this.clear();
    if (this.stopped || this.doc.hidden) {
      return;
    }
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.runNow();
    }, this.delay);
  }

  private clear(): void {
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
  }
}

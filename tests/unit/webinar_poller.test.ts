// @vitest-environment jsdom
// The poller behind the live status and the wait for a moderator (mod_devcircle/webinar_poller):
// backoff while nothing changes, slower after errors, paused while the page is hidden.
import { describe, expect, it, afterEach, vi } from 'vitest';
import { Poller } from 'mod_devcircle/webinar_poller';

const fast = { minDelay: 1000, maxDelay: 8000, factor: 2, maxErrorDelay: 16000 };

describe('mod_devcircle/webinar_poller', () => {
  afterEach(() => {
    vi.useRealTimers();
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => false });
  });

  it('backs off while nothing changes, resets after a change, slows down after errors', async () => {
    vi.useFakeTimers();
    const answers: Array<boolean | Error> = [false, false, true, new Error('down'), new Error('down')];
    const task = vi.fn(async () => {
      const next = answers.shift() ?? false;
      if (next instanceof Error) throw next;
      return next;
    });
    const poller = new Poller(task, fast);
    poller.start();
    const delays: number[] = [];
    for (let i = 0; i < 5; i++) {
      delays.push(poller.currentDelay);
      await vi.advanceTimersByTimeAsync(poller.currentDelay);
    }
    delays.push(poller.currentDelay);
    poller.stop();

    expect(task).toHaveBeenCalledTimes(5);
    expect(delays).toEqual([1000, 2000, 4000, 1000, 2000, 4000]);
    expect(poller.scheduled).toBe(false);
  });

  it('pauses while the page is hidden and runs at once when it is visible again', async () => {
    vi.useFakeTimers();
    let hidden = false;
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
    const task = vi.fn(async () => false);
    const poller = new Poller(task, fast);
    poller.start();

    hidden = true;
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(60000);
    expect(task).not.toHaveBeenCalled();
    expect(poller.scheduled).toBe(false);

    hidden = false;
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(0);
    poller.stop();
    expect(task).toHaveBeenCalledTimes(1);
  });
});

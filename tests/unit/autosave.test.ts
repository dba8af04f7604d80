// The autosave queue: answers are saved one at a time, the newest per question wins, versions
// follow the server, nothing is lost when the connection drops, a session error or an answer of
// an unexpected shape stops saving without losing anything (and without retrying), and the
// browser keeps unsaved answers across a reload. Failures are told apart by their `kind`.
import { describe, expect, it, beforeEach, afterEach, vi } from 'vitest';
import { AnswerQueue, RETRY_DELAYS, keptAnswersStorage, type QueueState } from 'local_digitalstrategy/autosave';
import type { AnswerInput, SaveAnswerResult } from 'local_digitalstrategy/repository';
import type { WsError } from 'local_digitalstrategy/ws';
import Pending from './fakes/core/pending';

const completeness = { answered: 1, items: 44, needed: 36, cansubmit: false, unanswered: [], requiredmissing: [] };

function answer(itemkey: string, value: string, extra: Partial<AnswerInput> = {}): AnswerInput {
  return { itemkey, value, dontknow: false, relevance: 0, ...extra };
}

function result(itemkey: string, value: string, version: number, status: SaveAnswerResult['status'] = 'saved'): SaveAnswerResult {
  return {
    status,
    answer: { itemkey, value, dontknow: false, relevance: 0, version, userfullname: 'Anna Albers', timemodified: 1 },
    completeness,
  };
}

class MemoryStorage implements Storage {
  private data = new Map<string, string>();
  get length(): number { return this.data.size; }
  clear(): void { this.data.clear(); }
  getItem(key: string): string | null { return this.data.get(key) ?? null; }
  key(index: number): string | null { return [...this.data.keys()][index] ?? null; }
  removeItem(key: string): void { this.data.delete(key); }
  setItem(key: string, value: string): void { this.data.set(key, value); }
}

function setup(save: (a: AnswerInput, v: number) => Promise<SaveAnswerResult>, storage: Storage | null = null) {
  const saved: Array<[string, SaveAnswerResult]> = [];
  const failed: Array<[string, WsError]> = [];
  const states: QueueState[] = [];
  const queue = new AnswerQueue(save, {
    saved: (k, r) => saved.push([k, r]),
    failed: (k, e) => failed.push([k, e]),
    state: (s) => states.push(s),
  }, storage, 'check/7');
  return { queue, saved, failed, states, last: () => states[states.length - 1] };
}

describe('AnswerQueue', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves an answer with the version the page showed and reports it saved', async () => {
    const save = vi.fn(async (a: AnswerInput) => result(a.itemkey, a.value, 3));
    const { queue, saved, last } = setup(save);

    queue.enqueue(answer('str_goals', '2'), 2);
    expect(await queue.flush()).toBe(true);

    expect(save).toHaveBeenCalledWith(answer('str_goals', '2'), 2);
    expect(saved.map(([k, r]) => [k, r.status])).toEqual([['str_goals', 'saved']]);
    expect(last()).toEqual({ pending: 0, saving: false, offline: false, sessionexpired: false, unexpected: null });
    expect(Pending.open).toBe(0);
  });

  it('sends only the newest answer of a question given while another one is being saved, with the new version', async () => {
    let release: () => void = () => {};
    const calls: Array<[string, number]> = [];
    const save = vi.fn((a: AnswerInput, v: number) => {
      calls.push([a.value, v]);
      if (calls.length === 1) return new Promise<SaveAnswerResult>((resolve) => { release = () => resolve(result(a.itemkey, a.value, 1)); });
      return Promise.resolve(result(a.itemkey, a.value, v + 1));
    });
    const { queue } = setup(save);

    queue.enqueue(answer('str_goals', '1'), 0);
    await Promise.resolve();
    queue.enqueue(answer('str_goals', '2'), 0);
    queue.enqueue(answer('str_goals', '3'), 0);
    release();
    await queue.flush();

    // The second request replaces version 1, which the first request created.
    expect(calls).toEqual([['1', 0], ['3', 1]]);
  });

  it('keeps answers through a dropped connection and sends them when it is back', async () => {
    let online = false;
    const save = vi.fn(async (a: AnswerInput) => {
      if (!online) throw { kind: 'network', methodname: 'local_digitalstrategy_save_answer', message: 'no answer' } satisfies WsError;
      return result(a.itemkey, a.value, 1);
    });
    const storage = new MemoryStorage();
    const { queue, saved, last } = setup(save, storage);

    queue.enqueue(answer('str_goals', '2'), 0);
    queue.enqueue(answer('str_budget', '4'), 0);
    expect(await queue.flush()).toBe(false);
    expect(last()).toMatchObject({ pending: 2, offline: true });
    expect(JSON.parse(storage.getItem('check/7') ?? '[]')).toHaveLength(2);

    // The first retry fails too; the next one (after a longer pause) succeeds.
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS[0]);
    expect(save).toHaveBeenCalledTimes(2);
    online = true;
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS[1]);
    await queue.flush();

    expect(saved.map(([k]) => k)).toEqual(['str_goals', 'str_budget']);
    expect(last()).toMatchObject({ pending: 0, offline: false });
    expect(storage.getItem('check/7')).toBeNull();
  });

  it('keeps an answer while Moodle cannot start a session (its Redis stopped) and sends it when the site is back', async () => {
    let redis = false;
    const save = vi.fn(async (a: AnswerInput) => {
      // core/ajax rejects with Moodle's request-level answer: no web service ran.
      if (!redis) throw { error: 'Exception - Failed to connect (try 5 out of 5) to Redis at 127.0.0.1:6380', errorcode: 'generalexceptionmessage' };
      return result(a.itemkey, a.value, 1);
    });
    const storage = new MemoryStorage();
    const { queue, saved, failed, last } = setup(save, storage);

    queue.enqueue(answer('str_goals', '2'), 0);
    expect(await queue.flush()).toBe(false);
    expect(failed).toEqual([]);
    expect(last()).toMatchObject({ pending: 1, offline: true, sessionexpired: false });
    expect(JSON.parse(storage.getItem('check/7') ?? '[]')).toEqual([{ answer: answer('str_goals', '2'), version: 0 }]);

    redis = true;
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS[0]);
    await queue.flush();
    expect(saved.map(([k]) => k)).toEqual(['str_goals']);
    expect(storage.getItem('check/7')).toBeNull();
  });

  it('retries at once when told the browser is online again', async () => {
    let online = false;
    const save = vi.fn(async (a: AnswerInput) => {
      if (!online) throw 'offline';
      return result(a.itemkey, a.value, 1);
    });
    const { queue, saved } = setup(save);
    queue.enqueue(answer('str_goals', '2'), 0);
    await queue.flush();

    online = true;
    queue.retryNow();
    await queue.flush();

    expect(saved).toHaveLength(1);
  });

  it('drops an answer the server refuses and reports the reason, then goes on with the others', async () => {
    const save = vi.fn(async (a: AnswerInput) => {
      if (a.itemkey === 'bad') throw { errorcode: 'answererror_outofrange', message: 'Bitte wählen Sie einen Wert von 0 bis 4.' };
      return result(a.itemkey, a.value, 1);
    });
    const { queue, saved, failed } = setup(save);

    queue.enqueue(answer('bad', '9'), 0);
    queue.enqueue(answer('good', '1'), 0);
    expect(await queue.flush()).toBe(true);

    expect(failed.map(([k, e]) => [k, e.kind === 'server' ? e.errorcode : e.kind, e.message]))
      .toEqual([['bad', 'answererror_outofrange', 'Bitte wählen Sie einen Wert von 0 bis 4.']]);
    expect(saved.map(([k]) => k)).toEqual(['good']);
  });

  it('stops on an expired session, keeping every answer in the browser for after the reload', async () => {
    const save = vi.fn(async () => {
      throw { kind: 'server', methodname: 'local_digitalstrategy_save_answer', errorcode: 'invalidsesskey', message: 'Ungültig' } satisfies WsError;
    });
    const storage = new MemoryStorage();
    const { queue, last, failed } = setup(save, storage);

    queue.enqueue(answer('str_goals', '2'), 1);
    expect(await queue.flush()).toBe(false);
    queue.enqueue(answer('str_budget', '3'), 0);
    await vi.advanceTimersByTimeAsync(60000);

    expect(save).toHaveBeenCalledTimes(1);
    expect(failed).toEqual([]);
    expect(last()).toMatchObject({ sessionexpired: true, pending: 2 });

    // After the reload a new queue finds both answers.
    const reloaded = setup(vi.fn(async (a: AnswerInput) => result(a.itemkey, a.value, 2)), storage);
    expect(reloaded.queue.restore()).toEqual([
      { answer: answer('str_goals', '2'), version: 1 },
      { answer: answer('str_budget', '3'), version: 0 },
    ]);
  });

  it.each([
    ['an answer of the wrong shape', { kind: 'response', methodname: 'local_digitalstrategy_save_answer', message: 'unexpected answer (status)', issues: 'status' }],
    ['an HTML error page instead of JSON', new SyntaxError('Unexpected token < in JSON at position 0')],
  ])('stops on %s: shown as an error, not as offline, never retried, every answer kept', async (_name, rejection) => {
    const save = vi.fn(async () => { throw rejection; });
    const storage = new MemoryStorage();
    const { queue, last, failed } = setup(save, storage);

    queue.enqueue(answer('str_goals', '2'), 1);
    expect(await queue.flush()).toBe(false);
    await vi.advanceTimersByTimeAsync(10 * (RETRY_DELAYS.at(-1) ?? 0));
    queue.retryNow();
    await vi.advanceTimersByTimeAsync(60000);

    expect(save).toHaveBeenCalledTimes(1);
    expect(failed.map(([k, e]) => [k, e.kind])).toEqual([['str_goals', 'response']]);
    expect(last()).toMatchObject({ offline: false, sessionexpired: false, pending: 1 });
    expect(last()?.unexpected).toMatch(/unexpected/);
    expect(queue.stopped).toBe(true);
    expect(JSON.parse(storage.getItem('check/7') ?? '[]')).toEqual([{ answer: answer('str_goals', '2'), version: 1 }]);
    expect(Pending.open).toBe(0);
  });

  it('keeps answers through the new login after an ended session, although Moodle then empties localStorage', async () => {
    const local = new MemoryStorage();
    const session = new MemoryStorage();
    const storage = keptAnswersStorage({ localStorage: local, sessionStorage: session } as unknown as Window);
    const save = vi.fn(async () => {
      throw { kind: 'server', methodname: 'local_digitalstrategy_save_answer', errorcode: 'servicerequireslogin', message: 'Abgemeldet' } satisfies WsError;
    });
    const { queue } = setup(save, storage as Storage);
    queue.enqueue(answer('str_goals', '2'), 1);
    expect(await queue.flush()).toBe(false);
    expect(local.getItem('check/7')).not.toBeNull();

    // The first page after the new login: core/storage_validation clears localStorage.
    local.clear();
    const back = setup(vi.fn(async (a: AnswerInput) => result(a.itemkey, a.value, 2)), storage as Storage);
    expect(back.queue.restore()).toEqual([{ answer: answer('str_goals', '2'), version: 1 }]);

    // Once saved, neither storage keeps it.
    back.queue.enqueue(answer('str_goals', '2'), 1);
    expect(await back.queue.flush()).toBe(true);
    expect(local.getItem('check/7')).toBeNull();
    expect(session.getItem('check/7')).toBeNull();
  });

  it('keeps answers in the tab when the browser refuses localStorage, and is null when it refuses both', () => {
    const session = new MemoryStorage();
    const refusing = (other: Storage | null) => {
      const win = {} as Record<string, unknown>;
      Object.defineProperty(win, 'localStorage', { get: () => { throw new DOMException('denied', 'SecurityError'); } });
      Object.defineProperty(win, 'sessionStorage', { get: () => { if (!other) throw new DOMException('denied', 'SecurityError'); return other; } });
      return win as unknown as Window;
    };
    const storage = keptAnswersStorage(refusing(session));
    storage?.setItem('check/7', '[]');
    expect(session.getItem('check/7')).toBe('[]');
    expect(storage?.getItem('check/7')).toBe('[]');
    expect(keptAnswersStorage(refusing(null))).toBeNull();
  });

  it('ignores garbage in the browser storage', () => {
    const storage = new MemoryStorage();
    storage.setItem('check/7', '{not json');
    expect(setup(vi.fn(), storage).queue.restore()).toEqual([]);
    storage.setItem('check/7', JSON.stringify([{ answer: { itemkey: 1 } }]));
    expect(setup(vi.fn(), storage).queue.restore()).toEqual([]);
  });

  it('drops a newer local answer when a colleague changed the question first', async () => {
    let release: () => void = () => {};
    const save = vi.fn((a: AnswerInput) => new Promise<SaveAnswerResult>((resolve) => {
      release = () => resolve(result(a.itemkey, '4', 5, 'conflict'));
    }));
    const { queue, saved } = setup(save);

    queue.enqueue(answer('str_goals', '1'), 0);
    await Promise.resolve();
    queue.enqueue(answer('str_goals', '2'), 0);
    release();
    await queue.flush();

    expect(save).toHaveBeenCalledTimes(1);
    expect(saved.map(([, r]) => [r.status, r.answer.value])).toEqual([['conflict', '4']]);
    expect(queue.size).toBe(0);
  });
});

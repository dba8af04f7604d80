// @vitest-environment jsdom
// Waiting for a moderator (mod_devcircle/webinar_waiting): asks again until the session runs; a
// lost connection only delays, a refusal or an answer of an unexpected shape ends the wait.
import { describe, expect, it, beforeEach, afterEach, vi } from 'vitest';
import { respond, reset, requests } from './fakes/core/ajax';
import { ModeratorWait } from 'mod_devcircle/webinar_waiting';
import { isWsError } from 'local_digitalstrategy/ws';

const fast = { minDelay: 1000, maxDelay: 8000, factor: 2, maxErrorDelay: 16000 };
const waiting = { status: 'waiting', url: '', role: 'viewer', openmode: 'window' };
const ready = { status: 'ready', url: 'http://127.0.0.1:8090/join?viewer', role: 'viewer', openmode: 'window' };
const asked = (): number => requests.filter((r) => r.methodname === 'mod_devcircle_get_join_url').length;

beforeEach(() => {
  reset();
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

describe('ModeratorWait', () => {
  it('asks again with growing pauses and resolves with the join URL once the moderator started', async () => {
    let answers = [waiting, waiting, ready];
    respond('mod_devcircle_get_join_url', () => answers.shift());
    const wait = new ModeratorWait(5, fast);
    let url = '';
    void wait.started.then((a) => { url = a.url; });

    await vi.advanceTimersByTimeAsync(1000);
    expect(asked()).toBe(1);
    await vi.advanceTimersByTimeAsync(2000);
    expect(asked()).toBe(2);
    await vi.advanceTimersByTimeAsync(4000);

    expect(url).toBe('http://127.0.0.1:8090/join?viewer');
    answers = [waiting];
    await vi.advanceTimersByTimeAsync(60000);
    expect(asked()).toBe(3);
  });

  it('keeps waiting through a lost connection', async () => {
    let online = false;
    respond('mod_devcircle_get_join_url', () => { if (!online) throw 'timeout'; return ready; });
    const wait = new ModeratorWait(5, fast);

    await vi.advanceTimersByTimeAsync(3000);
    online = true;
    await vi.advanceTimersByTimeAsync(16000);

    await expect(wait.started).resolves.toMatchObject({ status: 'ready' });
  });

  it.each([
    ['a refusal', () => { throw { errorcode: 'nopermissions', message: 'Kein Zugang' }; }, 'server'],
    ['an answer of an unexpected shape', () => ({ status: 'maybe' }), 'response'],
  ])('ends the wait on %s', async (_name, answer, kind) => {
    respond('mod_devcircle_get_join_url', answer);
    const wait = new ModeratorWait(5, fast);
    const outcome = wait.started.then(() => null, (e: unknown) => e);

    await vi.advanceTimersByTimeAsync(60000);

    const error = await outcome;
    expect(isWsError(error) && error.kind).toBe(kind);
    expect(asked()).toBe(1);
  });

  it('stops asking when stopped', async () => {
    respond('mod_devcircle_get_join_url', () => waiting);
    const wait = new ModeratorWait(5, fast);
    wait.stop();
    await vi.advanceTimersByTimeAsync(60000);
    expect(asked()).toBe(0);
  });
});

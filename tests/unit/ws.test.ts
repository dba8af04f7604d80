// The typed web-service helper (local_digitalstrategy/ws): answers are parsed with zod; failures
// become plain data with a `kind` (server, network, response) that every module on the page can
// read, whichever copy of the code made them.
import { describe, expect, it, beforeEach } from 'vitest';
import * as z from 'zod/mini';
import { respond, reset, requests } from './fakes/core/ajax';
import { callWs, isWsError, toWsError, type WsError } from 'local_digitalstrategy/ws';

const schema = z.object({ id: z.number(), name: z.string() });

async function failure(promise: Promise<unknown>): Promise<WsError> {
  const error: unknown = await promise.then(() => null, (e: unknown) => e);
  if (!isWsError(error)) throw new Error(`expected a WsError, got ${String(error)}`);
  return error;
}

describe('callWs', () => {
  beforeEach(() => reset());

  it('sends the method and arguments and returns the parsed answer', async () => {
    respond('local_x_get', (args) => ({ id: Number(args.id), name: 'Nord', extra: true }));

    const answer = await callWs('local_x_get', { id: 7 }, schema);

    expect(answer).toEqual({ id: 7, name: 'Nord' });
    expect(requests).toEqual([{ methodname: 'local_x_get', args: { id: 7 } }]);
  });

  it('turns a Moodle exception into a server error with its code and message', async () => {
    respond('local_x_get', () => { throw { errorcode: 'notmember', message: 'Sie gehören nicht dazu.', exception: 'moodle_exception' }; });

    expect(await failure(callWs('local_x_get', {}, schema)))
      .toEqual({ kind: 'server', methodname: 'local_x_get', errorcode: 'notmember', message: 'Sie gehören nicht dazu.' });
  });

  it('rejects an answer of the wrong shape with a response error naming the field', async () => {
    respond('local_x_get', () => ({ id: 'seven', name: 'Nord' }));

    const error = await failure(callWs('local_x_get', {}, schema));

    expect(error.kind).toBe('response');
    expect(error.kind === 'response' && error.issues).toContain('id');
  });

  it('turns a lost request into a network error', async () => {
    respond('local_x_get', () => { throw 'timeout'; });

    expect(await failure(callWs('local_x_get', {}, schema))).toMatchObject({ kind: 'network', methodname: 'local_x_get' });
  });

  it('errors are plain data: what a structured copy (another module, another bundle) makes of them is still recognised', async () => {
    respond('local_x_get', () => ({ id: 'seven' }));
    const error = await failure(callWs('local_x_get', {}, schema));

    const copy: unknown = structuredClone(error);

    expect(isWsError(copy)).toBe(true);
    expect(toWsError('local_y', copy)).toEqual(error);
  });
});

describe('toWsError', () => {
  it('recognises the request-level error Moodle sends for an invalid sesskey', () => {
    expect(toWsError('local_x_save', { error: 'Ungültiger Sitzungsschlüssel', errorcode: 'invalidsesskey' }))
      .toEqual({ kind: 'server', methodname: 'local_x_save', errorcode: 'invalidsesskey', message: 'Ungültiger Sitzungsschlüssel' });
  });

  it('takes a request-level failure of Moodle itself (its session store down) as a lost request, worth trying again', () => {
    // What core/ajax rejects every call with when config.php could not start the session (Redis stopped).
    const failure = { error: 'Exception - Failed to connect (try 5 out of 5) to Redis at 127.0.0.1:6380, the error returned was: Connection refused',
      errorcode: 'generalexceptionmessage', stacktrace: '* line 397 of /lib/classes/session/redis.php', debuginfo: '' };
    expect(toWsError('local_x_save', failure)).toEqual({ kind: 'network', methodname: 'local_x_save',
      message: 'local_x_save: Exception - Failed to connect (try 5 out of 5) to Redis at 127.0.0.1:6380, the error returned was: Connection refused' });
    expect(toWsError('local_x_save', { error: 'Datenbankverbindung fehlgeschlagen', errorcode: 'dbconnectionfailed' })).toMatchObject({ kind: 'network' });
    // A request-level error about the session stays a refusal (reload, log in again).
    expect(toWsError('local_x_save', { error: 'Bitte melden Sie sich an', errorcode: 'requireloginerror' })).toMatchObject({ kind: 'server' });
    // The same code from inside a web service is the service's refusal.
    expect(toWsError('local_x_save', { errorcode: 'generalexceptionmessage', message: 'Kaputt' })).toMatchObject({ kind: 'server' });
  });

  it('takes a request-level error without a code as a refusal, not as a lost connection', () => {
    expect(toWsError('local_x_save', { error: 'Zugriff verweigert' })).toMatchObject({ kind: 'server', errorcode: '', message: 'Zugriff verweigert' });
  });

  it.each([['a timeout string', 'timeout'], ['an empty status text', ''], ['nothing', undefined], ['an object without code', { status: 0 }]])(
    'treats a rejection with %s as a network failure', (_name, rejection) => {
      expect(toWsError('local_x_get', rejection).kind).toBe('network');
    });

  it.each([
    ['a JSON parse error (a PHP error page instead of JSON)', new SyntaxError('Unexpected token < in JSON at position 0')],
    ['core/ajax finding no answer for the request', new Error('missing response')],
  ])('treats %s as an answer of an unexpected shape', (_name, rejection) => {
    const error = toWsError('local_x_get', rejection);
    expect(error.kind).toBe('response');
    expect(error.message).toContain(rejection.message);
  });

  it('leaves an error it made itself as it is', () => {
    const error: WsError = { kind: 'response', methodname: 'a', message: 'a: unexpected answer (x)', issues: 'x' };
    expect(toWsError('b', error)).toBe(error);
  });

  it('does not mistake other objects with a kind for its errors', () => {
    expect(isWsError({ kind: 'server' })).toBe(false);
    expect(isWsError({ kind: 'other', methodname: 'a', message: 'b' })).toBe(false);
    expect(isWsError(null)).toBe(false);
  });
});

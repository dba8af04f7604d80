// The typed web-service helper: answers are parsed with zod, failures sorted into server errors
// (with Moodle's code and message), network failures and unexpected answers.
import { describe, expect, it, beforeEach } from 'vitest';
import * as z from 'zod/mini';
import { respond, reset, requests } from './fakes/core/ajax';
import { callWs, toWsError, WsNetworkError, WsResponseError, WsServerError } from '../../amd-src/shared/ws';

const schema = z.object({ id: z.number(), name: z.string() });

describe('callWs', () => {
  beforeEach(() => reset());

  it('sends the method and arguments and returns the parsed answer', async () => {
    respond('local_x_get', (args) => ({ id: Number(args.id), name: 'Nord', extra: true }));

    const answer = await callWs('local_x_get', { id: 7 }, schema);

    expect(answer).toEqual({ id: 7, name: 'Nord' });
    expect(requests).toEqual([{ methodname: 'local_x_get', args: { id: 7 } }]);
  });

  it('turns a Moodle exception into a WsServerError with its code and message', async () => {
    respond('local_x_get', () => { throw { errorcode: 'notmember', message: 'Sie gehören nicht dazu.', exception: 'moodle_exception' }; });

    const error = await callWs('local_x_get', {}, schema).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(WsServerError);
    expect(error).toMatchObject({ errorcode: 'notmember', message: 'Sie gehören nicht dazu.', methodname: 'local_x_get' });
  });

  it('recognises the request-level error Moodle sends for an invalid sesskey', () => {
    const error = toWsError('local_x_save', { error: 'Ungültiger Sitzungsschlüssel', errorcode: 'invalidsesskey' });

    expect(error).toBeInstanceOf(WsServerError);
    expect(error).toMatchObject({ errorcode: 'invalidsesskey', message: 'Ungültiger Sitzungsschlüssel' });
  });

  it.each([['a timeout string', 'timeout'], ['nothing', undefined], ['an object without code', { status: 0 }]])(
    'treats a rejection with %s as a network failure', (_name, rejection) => {
      expect(toWsError('local_x_get', rejection)).toBeInstanceOf(WsNetworkError);
    });

  it('rejects an answer of the wrong shape with a WsResponseError naming the field', async () => {
    respond('local_x_get', () => ({ id: 'seven', name: 'Nord' }));

    const error = await callWs('local_x_get', {}, schema).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(WsResponseError);
    expect(String((error as WsResponseError).issues)).toContain('id');
  });
});

// Typed web-service calls: core/ajax underneath, every answer checked with a zod schema, and
// failures sorted into what the caller can act on: the server refused (WsServerError, with
// Moodle's error code and a message for the user), the connection failed (WsNetworkError: try
// again later), or the answer had an unexpected shape (WsResponseError: a bug, do not retry).
import { call } from 'core/ajax';
import type * as z from 'zod/mini';

/** The server answered with an exception (wrong input, no permission, invalid sesskey, ...). */
export class WsServerError extends Error {
  constructor(readonly methodname: string, readonly errorcode: string, message: string) {
    super(message);
    this.name = 'WsServerError';
  }
}

/** The request did not reach the server or no answer came back. */
export class WsNetworkError extends Error {
  constructor(readonly methodname: string, readonly detail: unknown) {
    super(`${methodname}: no answer from the server`);
    this.name = 'WsNetworkError';
  }
}

/** The answer did not match the expected shape. */
export class WsResponseError extends Error {
  constructor(readonly methodname: string, readonly issues: string) {
    super(`${methodname}: unexpected answer (${issues})`);
    this.name = 'WsResponseError';
  }
}

export type WsError = WsServerError | WsNetworkError | WsResponseError;

function field(value: object, name: string): unknown {
  return (value as Record<string, unknown>)[name];
}

/**
 * Turns what core/ajax rejects with into a WsError. Moodle rejects with the exception object
 * ({errorcode, message}) when the server refused, or with the request-level error
 * ({error, errorcode}) for an invalid session key; anything else is a network failure.
 */
export function toWsError(methodname: string, error: unknown): WsError {
  if (error instanceof WsServerError || error instanceof WsNetworkError || error instanceof WsResponseError) return error;
  if (typeof error === 'object' && error !== null) {
    const errorcode = field(error, 'errorcode');
    if (typeof errorcode === 'string' && errorcode !== '') {
      const message = field(error, 'message');
      const fallback = field(error, 'error');
      const text = typeof message === 'string' && message !== '' ? message : typeof fallback === 'string' ? fallback : errorcode;
      return new WsServerError(methodname, errorcode, text);
    }
  }
  return new WsNetworkError(methodname, error);
}

/** Calls one web service and returns its answer parsed by the schema. */
export async function callWs<S extends z.ZodMiniType>(methodname: string, args: Record<string, unknown>, schema: S): Promise<z.infer<S>> {
  const [request] = call([{ methodname, args }]);
  if (request === undefined) throw new WsNetworkError(methodname, 'core/ajax returned no request');
  let answer: unknown;
  try {
    answer = await request;
  } catch (e) {
    throw toWsError(methodname, e);
  }
  const parsed = schema.safeParse(answer);
  if (!parsed.success) {
    throw new WsResponseError(methodname, parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; '));
  }
  return parsed.data;
}

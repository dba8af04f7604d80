// Typed web-service calls (AMD module local_digitalstrategy/ws): core/ajax underneath, every answer
// checked with a zod schema, and every failure turned into plain data whose `kind` says what the
// caller can do about it:
//   'server'   the server refused (wrong input, no permission, expired session): Moodle's error
//              code and a message for the user; retrying the same request does not help;
//   'network'  the request or its answer got lost (offline, timeout, proxy error), or Moodle failed
//              before any web service ran (database or session store unreachable): try again later;
//   'response' an answer came but not of the expected shape (a bug or a mismatched version): show
//              an error, do not retry.
// Callers switch on `kind`; the errors are plain objects, so they are recognised in every module
// on the page (an `instanceof` test would depend on which copy of a class made the error).
import { call } from 'core/ajax';
import type * as z from 'zod/mini';

/** The server answered with an exception (wrong input, no permission, invalid sesskey, ...). */
export interface WsServerError {
  readonly kind: 'server';
  readonly methodname: string;
  /** Moodle's error code, e.g. "invalidsesskey"; empty when the server sent none. */
  readonly errorcode: string;
  /** The server's message for the user. */
  readonly message: string;
}

/** The request did not reach the server or no answer came back. */
export interface WsNetworkError {
  readonly kind: 'network';
  readonly methodname: string;
  readonly message: string;
}

/** An answer came, but not of the expected shape. */
export interface WsResponseError {
  readonly kind: 'response';
  readonly methodname: string;
  readonly message: string;
  /** What did not match, e.g. "status: Invalid option". */
  readonly issues: string;
}

export type WsError = WsServerError | WsNetworkError | WsResponseError;
export type WsErrorKind = WsError['kind'];

const KINDS: readonly unknown[] = ['server', 'network', 'response'] satisfies WsErrorKind[];

/**
 * Error codes that mean the user's session is over or not the page's any more (expired, logged out,
 * another sesskey): nothing can be done until the page is reloaded, and the user logs in again.
 */
export const SESSION_ERRORCODES: ReadonlySet<string> =
  new Set(['invalidsesskey', 'servicerequireslogin', 'requireloginerror', 'sessionerroruser']);

/**
 * Whether a value is a web-service error made by this module.
 *
 * @param value What a call rejected with or a catch block caught
 */
export function isWsError(value: unknown): value is WsError {
  const v = value as Partial<Record<keyof WsResponseError, unknown>> | null;
  return typeof v === 'object' && v !== null && KINDS.includes(v.kind) &&
    typeof v.methodname === 'string' && typeof v.message === 'string';
}

/**
 * An answer of an unexpected shape.
 *
 * @param methodname The web service
 * @param issues What did not match
 */
function responseError(methodname: string, issues: string): WsResponseError {
  return { kind: 'response', methodname, message: `${methodname}: unexpected answer (${issues})`, issues };
}

/**
 * Sorts what a call rejected with into a WsError:
 * - a WsError stays as it is;
 * - Moodle's exception ({errorcode, message}) is a refusal of the server, and so is a request-level
 *   error ({error, errorcode}) about the session (e.g. an invalid sesskey) or without a code;
 * - any other request-level error means that Moodle failed before a web service ran (its database
 *   or session store unreachable, such as a stopped Redis: "Failed to connect … to Redis"): nothing
 *   was refused, the request is as good as lost;
 * - an Error object is a broken answer: jQuery's JSON parser failed on it (a PHP error page) or
 *   core/ajax found no answer for the request in it;
 * - anything else (jQuery's status text such as "timeout", nothing at all) is a lost request.
 *
 * @param methodname The web service
 * @param error What the call rejected with
 */
export function toWsError(methodname: string, error: unknown): WsError {
  if (isWsError(error)) {
    return error;
  }
  if (error instanceof Error) {
    return responseError(methodname, `${error.name}: ${error.message}`);
  }
  const e = (typeof error === 'object' && error !== null ? error : {}) as Record<string, unknown>;
  const errorcode = typeof e.errorcode === 'string' ? e.errorcode : '';
  const text = [e.message, e.error].find((t): t is string => typeof t === 'string' && t !== '');
  const requestlevel = typeof e.error === 'string' && e.error !== '';
  if (requestlevel && errorcode !== '' && !SESSION_ERRORCODES.has(errorcode)) {
    return { kind: 'network', methodname, message: `${methodname}: ${e.error as string}` };
  }
  if (errorcode !== '' || requestlevel) {
    return { kind: 'server', methodname, errorcode, message: text ?? errorcode };
  }
  return { kind: 'network', methodname, message: `${methodname}: no answer from the server` };
}

/** How a call is made. */
export interface CallOptions {
  /**
   * False for a web service open without login ('loginrequired' => false): the request goes to
   * Moodle's no-login entry point, without session and sesskey. True (the default) otherwise.
   */
  loginrequired?: boolean;
}

/**
 * Calls one web service and returns its answer parsed by the schema; rejects with a WsError.
 *
 * @param methodname The web service
 * @param args Its arguments
 * @param schema The shape of its answer
 * @param options How the call is made
 */
export async function callWs<S extends z.ZodMiniType>(
  methodname: string, args: Record<string, unknown>, schema: S, options: CallOptions = {},
): Promise<z.infer<S>> {
  const [request] = call([{ methodname, args }], true, options.loginrequired ?? true);
  if (request === undefined) {
    throw responseError(methodname, 'core/ajax returned no request');
  }
  let answer: unknown;
  try {
    answer = await request;
  } catch (e) {
    throw toWsError(methodname, e);
  }
  const parsed = schema.safeParse(answer);
  if (!parsed.success) {
    throw responseError(methodname, parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; '));
  }
  return parsed.data;
}

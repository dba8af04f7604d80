// Test fake of core/ajax: answers each request with the handler registered for its method name
// (a value, or a thrown error for a failed call), and records every request.
export interface AjaxRequest { methodname: string; args: Record<string, unknown> }

type Handler = (args: Record<string, unknown>) => unknown;

export const requests: AjaxRequest[] = [];
/** The loginrequired flag of every request, in order (false: Moodle's no-login entry point). */
export const logins: boolean[] = [];
const handlers = new Map<string, Handler>();

/** Registers the answer of a web service for the following calls. */
export function respond(methodname: string, handler: Handler): void {
  handlers.set(methodname, handler);
}

/** Forgets recorded requests and handlers. */
export function reset(): void {
  requests.length = 0;
  logins.length = 0;
  handlers.clear();
}

export function call(reqs: AjaxRequest[], async = true, loginrequired = true): Array<Promise<unknown>> {
  void async; // Every fake answer is asynchronous.
  return reqs.map((r) => {
    requests.push(r);
    logins.push(loginrequired);
    const handler = handlers.get(r.methodname);
    if (!handler) return Promise.reject(new Error(`No fake answer for ${r.methodname}`));
    try {
      return Promise.resolve(handler(r.args));
    } catch (e) {
      return Promise.reject(e);
    }
  });
}

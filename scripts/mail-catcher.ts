/**
 * A small mail catcher for the local stack: an SMTP server on loopback that keeps every message
 * Moodle sends (nothing leaves the machine), and a JSON API to read them.
 *
 *   SMTP  127.0.0.1:$MAIL_SMTP_PORT (default 8026)
 *   HTTP  127.0.0.1:$MAIL_HTTP_PORT (default 8025)
 *     GET    /api/messages            [{id, from, to: [..], subject, text, date}], oldest first
 *     GET    /api/messages?to=ADDRESS only the messages to that address
 *     DELETE /api/messages            forget every message
 *     PUT    /api/delay?ms=N          answer each message N ms late, as a slow mail server does
 *                                     (a test stops a sender in the middle of a batch); 0 = at once
 *     GET    /api/delay               {delay, pending}: pending = messages received in full and
 *                                     not answered yet (kept even if the sender goes away)
 *
 * Started and stopped by scripts/stack.sh; Moodle's smtphosts points at it.
 */
import http from 'node:http';
import { SMTPServer } from 'smtp-server';
import { simpleParser, type AddressObject } from 'mailparser';

/** A caught message as the API returns it. */
interface CaughtMessage {
  id: number;
  from: string;
  to: string[];
  subject: string;
  text: string;
  date: string;
}

const smtpPort = Number(process.env.MAIL_SMTP_PORT || 8026);
const httpPort = Number(process.env.MAIL_HTTP_PORT || 8025);
/** Most messages kept; older ones are dropped first. */
const MAX_MESSAGES = 5000;
const messages: CaughtMessage[] = [];
let nextId = 1;
/** How long each message waits before it is kept and acknowledged. */
let delayMs = 0;
/** Messages received in full, waiting for their answer. */
let pending = 0;

/**
 * The addresses of a parsed header.
 * @param value the header as mailparser gives it
 * @returns the addresses, lower case
 */
function addresses(value: AddressObject | AddressObject[] | undefined): string[] {
  const list = value === undefined ? [] : Array.isArray(value) ? value : [value];
  return list.flatMap((a) => a.value.map((v) => (v.address ?? '').toLowerCase())).filter((a) => a !== '');
}

const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  size: 10 * 1024 * 1024,
  onData(stream, session, callback) {
    simpleParser(stream)
      .then(async (parsed) => {
        if (delayMs > 0) {
          pending++;
          await new Promise((resolve) => setTimeout(resolve, delayMs));
          pending--;
        }
        const envelope = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
        messages.push({
          id: nextId++,
          from: addresses(parsed.from)[0] ?? (session.envelope.mailFrom ? session.envelope.mailFrom.address : ''),
          to: envelope.length > 0 ? envelope : addresses(parsed.to),
          subject: parsed.subject ?? '',
          text: parsed.text ?? '',
          date: new Date().toISOString(),
        });
        if (messages.length > MAX_MESSAGES) {
          messages.splice(0, messages.length - MAX_MESSAGES);
        }
        callback();
      })
      .catch((error: unknown) => callback(error instanceof Error ? error : new Error(String(error))));
  },
});

const api = http.createServer((request, response) => {
  const url = new URL(request.url ?? '/', `http://127.0.0.1:${httpPort}`);
  const send = (status: number, body: unknown): void => {
    response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', Connection: 'close' });
    response.end(JSON.stringify(body));
  };
  if (url.pathname === '/api/delay' && request.method === 'PUT') {
    delayMs = Math.max(0, Math.min(10000, Number(url.searchParams.get('ms') ?? 0) || 0));
    send(200, { delay: delayMs, pending });
  } else if (url.pathname === '/api/delay' && request.method === 'GET') {
    send(200, { delay: delayMs, pending });
  } else if (url.pathname !== '/api/messages') {
    send(404, { error: 'not found' });
  } else if (request.method === 'DELETE') {
    messages.length = 0;
    send(200, { deleted: true });
  } else if (request.method === 'GET') {
    const to = (url.searchParams.get('to') ?? '').toLowerCase();
    send(200, to === '' ? messages : messages.filter((m) => m.to.includes(to)));
  } else {
    send(405, { error: 'method not allowed' });
  }
});

smtp.on('error', (error) => console.error('SMTP:', error.message));
smtp.listen(smtpPort, '127.0.0.1', () => console.log(`mail catcher: SMTP on 127.0.0.1:${smtpPort}`));
api.listen(httpPort, '127.0.0.1', () => console.log(`mail catcher: API on http://127.0.0.1:${httpPort}/api/messages`));

const stop = (): void => {
  smtp.close(() => undefined);
  api.close(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

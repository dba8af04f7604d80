/**
 * BigBlueButton API test double.
 *
 * Speaks the BBB 2.7/3.0 HTTP API closely enough that a real client (Moodle's PHP code) is
 * tested for real: checksums over the raw query string, XML shapes, message keys, callbacks.
 * What a real server decides on its own (who sits in a meeting, when a recording is ready,
 * outages) is steered through test-only endpoints under /_control/ (no checksum).
 *
 * Nothing leaves loopback: callbacks to any other host are refused and only recorded.
 */
import http from 'node:http';
import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

export type Role = 'MODERATOR' | 'VIEWER';
export type RecordingState = 'published' | 'unpublished' | 'deleted';

export interface Attendee {
  userID: string;
  fullName: string;
  role: Role;
  /** Set when the attendee came in through join + the client page. */
  sessionToken?: string;
}

export interface DocumentRef {
  source: 'create' | 'insertDocument';
  url?: string;
  filename?: string;
  name?: string;
}

export interface Meeting {
  meetingID: string;
  internalMeetingID: string;
  name: string;
  attendeePW: string;
  moderatorPW: string;
  createTime: number;
  voiceBridge: string;
  dialNumber: string;
  duration: number;
  maxUsers: number;
  record: boolean;
  /** meta_* parameters, keys lower-cased as BBB stores them. */
  metadata: Record<string, string>;
  /** Every create parameter except the checksum, as sent (welcome, muteOnStart, lockSettings*…). */
  params: Record<string, string>;
  attendees: Attendee[];
  /** userIDs that ever entered; a recording's participant count. */
  participantsSeen: string[];
  running: boolean;
  startTime: number;
  endTime: number;
  /** Ended meetings are gone for the API (BBB removes them) but kept here for tests. */
  ended: boolean;
  documents: DocumentRef[];
  /** Scalelite mode: the backend BigBlueButton server (1 or 2) the meeting was placed on; 0 otherwise. */
  backend: number;
}

export interface Recording {
  recordID: string;
  meetingID: string;
  internalMeetingID: string;
  name: string;
  published: boolean;
  state: RecordingState;
  startTime: number;
  endTime: number;
  participants: number;
  metadata: Record<string, string>;
}

export interface Join {
  meetingID: string;
  fullName: string;
  userID: string;
  role: Role;
  time: string;
  sessionToken: string;
  /** All join parameters except the checksum (userdata-*, avatarURL…). */
  params: Record<string, string>;
}

export interface CallbackRecord {
  kind: 'end' | 'recording-ready';
  method: 'GET' | 'POST';
  url: string;
  body?: string;
  status?: number;
  error?: string;
  time: string;
  /** Where the callback was delivered instead of the URL's own host (one node of a cluster). */
  deliveredTo?: string;
}

export interface ApiCallRecord {
  call: string;
  method: string;
  params: Record<string, string>;
  checksumOk: boolean;
  time: string;
}

export type FailMode =
  | { mode: 'off' }
  | { mode: 'down'; reset: boolean }
  | { mode: 'error'; messageKey: string; message: string }
  | { mode: 'slow'; delayMs: number };

export interface DoubleState {
  meetings: Map<string, Meeting>;
  recordings: Map<string, Recording>;
  joins: Join[];
  callbacks: CallbackRecord[];
  calls: ApiCallRecord[];
  fail: FailMode;
  /**
   * Behave like Scalelite in front of two BigBlueButton servers where it differs from one server:
   * getRecordings answers only requests filtered by meetingID, recordID or meta_ parameters (an
   * unfiltered one lists nothing) and matches record IDs exactly; getMeetings is refused; each new
   * meeting is placed on one of two backends in turn.
   */
  scalelite: boolean;
}

export interface BbbDoubleOptions {
  secret: string;
  /** Origin put into join and playback URLs (e.g. http://127.0.0.1:8090); default: the request's Host. */
  publicUrl?: string;
  bbbVersion?: string;
  callbackTimeoutMs?: number;
  /** Start in Scalelite mode ({@link DoubleState.scalelite}). */
  scalelite?: boolean;
}

export interface BbbDouble {
  server: http.Server;
  state: DoubleState;
  reset(): void;
  /** Resolves once every callback fired so far has finished. */
  idle(): Promise<void>;
}

const CHECKSUM_ALGOS = new Map<number, string>([
  [40, 'sha1'],
  [64, 'sha256'],
  [96, 'sha384'],
  [128, 'sha512'],
]);
const CALLS_KEPT = 1000;
const BODY_LIMIT = 20 * 1024 * 1024;

// ---------------------------------------------------------------------------------------------
// Helpers shared with tests

/** BBB's checksum: hex(sha(callName + queryStringWithoutChecksum + secret)). */
export function checksum(call: string, query: string, secret: string, algo = 'sha1'): string {
  return createHash(algo).update(call + query + secret).digest('hex');
}

/** Whether the raw query string carries a valid checksum; the algorithm is told by its length. */
export function checksumMatches(call: string, rawQuery: string, secret: string): boolean {
  const parts = rawQuery === '' ? [] : rawQuery.split('&');
  const given = parts.find((p) => p.startsWith('checksum='))?.slice('checksum='.length) ?? '';
  const algo = CHECKSUM_ALGOS.get(given.length);
  if (!algo) return false;
  const rest = parts.filter((p) => !p.startsWith('checksum=')).join('&');
  return checksum(call, rest, secret, algo) === given.toLowerCase();
}

/** HS256 JWT as BBB's recording-ready callback sends it (header carries only `alg`, like Ruby's jwt gem). */
export function signJwt(payload: Record<string, unknown>, secret: string): string {
  const head = Buffer.from(JSON.stringify({ alg: 'HS256' })).toString('base64url');
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  const sig = createHmac('sha256', secret).update(`${head}.${body}`).digest('base64url');
  return `${head}.${body}.${sig}`;
}

/** The payload of a valid HS256 JWT signed with `secret`, else null. */
export function verifyJwt(token: string, secret: string): Record<string, unknown> | null {
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  const [head, body, sig] = parts as [string, string, string];
  const header = parseJsonObject(Buffer.from(head, 'base64url').toString('utf8'));
  if (!header || header.alg !== 'HS256') return null;
  const want = createHmac('sha256', secret).update(`${head}.${body}`).digest();
  const got = Buffer.from(sig, 'base64url');
  if (got.length !== want.length || !timingSafeEqual(got, want)) return null;
  return parseJsonObject(Buffer.from(body, 'base64url').toString('utf8'));
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function parseJsonObject(text: string): Record<string, unknown> | null {
  try {
    const v: unknown = JSON.parse(text);
    return isRecord(v) ? v : null;
  } catch {
    return null;
  }
}

/** Only loopback targets may be contacted. */
export function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}

// ---------------------------------------------------------------------------------------------
// XML and HTML output

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
const el = (name: string, value: string | number | boolean): string => `<${name}>${esc(String(value))}</${name}>`;
const xmlResponse = (...parts: string[]): string => `<response>${parts.join('')}</response>`;
const failedXml = (key: string, message: string): string =>
  xmlResponse(el('returncode', 'FAILED'), el('messageKey', key), el('message', message));
// Metadata keys become element names; anything XML would reject is replaced.
const xmlName = (k: string): string => k.replace(/[^A-Za-z0-9_.-]/g, '_').replace(/^(?=[^A-Za-z_])/, '_');
const metadataXml = (meta: Record<string, string>): string =>
  `<metadata>${Object.entries(meta).map(([k, v]) => el(xmlName(k), v)).join('')}</metadata>`;

/** Java's Date#toString in UTC, as BBB prints createDate. */
function javaDate(ms: number): string {
  const [wd, dd, mon, yyyy, time] = new Date(ms).toUTCString().replace(',', '').split(' ');
  return `${wd} ${mon} ${dd} ${time} UTC ${yyyy}`;
}

function passwordsXml(m: Meeting): string {
  return (m.attendeePW ? el('attendeePW', m.attendeePW) : '') + (m.moderatorPW ? el('moderatorPW', m.moderatorPW) : '');
}

function createXml(m: Meeting, key: string, message: string): string {
  return xmlResponse(
    el('returncode', 'SUCCESS'),
    el('meetingID', m.meetingID),
    el('internalMeetingID', m.internalMeetingID),
    el('parentMeetingID', 'bbb-none'),
    passwordsXml(m),
    el('createTime', m.createTime),
    el('voiceBridge', m.voiceBridge),
    el('dialNumber', m.dialNumber),
    el('createDate', javaDate(m.createTime)),
    el('hasUserJoined', m.participantsSeen.length > 0),
    el('duration', m.duration),
    el('hasBeenForciblyEnded', m.ended),
    el('messageKey', key),
    el('message', message),
  );
}

/** The body shared by getMeetingInfo and each getMeetings entry. */
function meetingXml(m: Meeting): string {
  const attendees = m.attendees
    .map(
      (a) =>
        `<attendee>${el('userID', a.userID)}${el('fullName', a.fullName)}${el('role', a.role)}` +
        `${el('isPresenter', false)}${el('isListeningOnly', false)}${el('hasJoinedVoice', false)}` +
        `${el('hasVideo', false)}${el('clientType', 'HTML5')}</attendee>`,
    )
    .join('');
  return [
    el('meetingName', m.name),
    el('meetingID', m.meetingID),
    el('internalMeetingID', m.internalMeetingID),
    el('createTime', m.createTime),
    el('createDate', javaDate(m.createTime)),
    el('voiceBridge', m.voiceBridge),
    el('dialNumber', m.dialNumber),
    passwordsXml(m),
    el('running', m.running),
    el('duration', m.duration),
    el('hasUserJoined', m.participantsSeen.length > 0),
    el('recording', m.record),
    el('hasBeenForciblyEnded', m.ended),
    el('startTime', m.startTime),
    el('endTime', m.endTime),
    el('participantCount', m.attendees.length),
    el('listenerCount', 0),
    el('voiceParticipantCount', 0),
    el('videoCount', 0),
    el('maxUsers', m.maxUsers),
    el('moderatorCount', m.attendees.filter((a) => a.role === 'MODERATOR').length),
    `<attendees>${attendees}</attendees>`,
    metadataXml(m.metadata),
    el('isBreakout', false),
  ].join('');
}

function recordingXml(r: Recording, base: string): string {
  const minutes = Math.max(0, Math.round((r.endTime - r.startTime) / 60000));
  return (
    '<recording>' +
    el('recordID', r.recordID) +
    el('meetingID', r.meetingID) +
    el('internalMeetingID', r.internalMeetingID) +
    el('name', r.name) +
    el('isBreakout', false) +
    el('published', r.published) +
    el('state', r.state) +
    el('startTime', r.startTime) +
    el('endTime', r.endTime) +
    el('participants', r.participants) +
    metadataXml(r.metadata) +
    '<playback><format>' +
    el('type', 'presentation') +
    el('url', `${base}/playback/presentation/2.3/${encodeURIComponent(r.recordID)}`) +
    el('processingTime', 0) +
    el('length', minutes) +
    '</format></playback></recording>'
  );
}

function htmlPage(title: string, body: string): string {
  return (
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title></head>` +
    `<body><main><h1>${esc(title)}</h1>${body}</main></body></html>`
  );
}

function joinsTable(joins: Join[], caption: string): string {
  if (joins.length === 0) return `<p id="no-joins">Nobody has joined yet.</p>`;
  const rows = joins
    .map(
      (j) =>
        `<tr data-meeting="${esc(j.meetingID)}" data-role="${j.role}"><td>${esc(j.meetingID)}</td>` +
        `<td>${esc(j.fullName)}</td><td>${esc(j.userID)}</td><td>${j.role}</td><td>${esc(j.time)}</td></tr>`,
    )
    .join('');
  return (
    `<table id="joins"><caption>${esc(caption)}</caption><thead><tr><th scope="col">Meeting</th>` +
    `<th scope="col">Name</th><th scope="col">User ID</th><th scope="col">Role</th><th scope="col">Time</th>` +
    `</tr></thead><tbody>${rows}</tbody></table>`
  );
}

// ---------------------------------------------------------------------------------------------
// HTTP plumbing

type Res = http.ServerResponse;

function send(res: Res, status: number, type: string, body: string): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-cache' });
  res.end(body);
}
const sendXml = (res: Res, body: string, status = 200): void => send(res, status, 'text/xml;charset=UTF-8', body);
const sendHtml = (res: Res, body: string, status = 200): void => send(res, status, 'text/html;charset=UTF-8', body);
const sendJson = (res: Res, value: unknown, status = 200): void =>
  send(res, status, 'application/json', JSON.stringify(value, null, 2));
function redirect(res: Res, location: string): void {
  res.writeHead(302, { Location: location, 'Cache-Control': 'no-cache' });
  res.end();
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > BODY_LIMIT) {
        reject(new Error('request body too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms).unref());
const token = (len: number): string => randomBytes(len).toString('hex').slice(0, len);
const paramsObject = (p: URLSearchParams): Record<string, string> =>
  Object.fromEntries([...p].filter(([k]) => k !== 'checksum'));
const metaParams = (p: URLSearchParams): [string, string][] =>
  [...p].filter(([k]) => k.startsWith('meta_')).map(([k, v]) => [k.slice(5).toLowerCase(), v]);
const idList = (v: string | null): string[] => (v ?? '').split(',').map((s) => s.trim()).filter(Boolean);

function meetingIdProblem(id: string): string | null {
  if (!id.trim()) return 'You must provide a meeting ID';
  if (id.length < 2 || id.length > 256) return 'Meeting ID must be between 2 and 256 characters';
  if (id.includes(',')) return "Meeting ID cannot contain ','";
  return null;
}

/** Document references from a BBB <modules> XML body (pre-upload on create, insertDocument). */
function parseDocuments(xml: string, source: DocumentRef['source']): DocumentRef[] {
  const docs: DocumentRef[] = [];
  for (const match of xml.matchAll(/<document\b([^>]*?)\/?>/g)) {
    const attrs = match[1] ?? '';
    const attr = (n: string): string | undefined => new RegExp(`\\b${n}="([^"]*)"`).exec(attrs)?.[1];
    const doc: DocumentRef = { source };
    const url = attr('url');
    const filename = attr('filename');
    const name = attr('name');
    if (url !== undefined) doc.url = url;
    if (filename !== undefined) doc.filename = filename;
    if (name !== undefined) doc.name = name;
    docs.push(doc);
  }
  return docs;
}

interface Ctx {
  req: http.IncomingMessage;
  res: Res;
  params: URLSearchParams;
  body: string;
  base: string;
  /** Answers FAILED; for join with redirect (the default) as a redirect carrying `errors`, like BBB. */
  fail(key: string, message: string): void;
}

// ---------------------------------------------------------------------------------------------

export function createBbbDouble(opts: BbbDoubleOptions): BbbDouble {
  const state: DoubleState = {
    meetings: new Map(),
    recordings: new Map(),
    joins: [],
    callbacks: [],
    calls: [],
    fail: { mode: 'off' },
    scalelite: opts.scalelite === true,
  };
  let nextBackend = 0;
  const pending = new Set<Promise<void>>();
  const callbackTimeout = opts.callbackTimeoutMs ?? 5000;

  function reset(): void {
    state.meetings.clear();
    state.recordings.clear();
    state.joins.length = 0;
    state.callbacks.length = 0;
    state.calls.length = 0;
    state.fail = { mode: 'off' };
  }

  async function idle(): Promise<void> {
    while (pending.size > 0) await Promise.all([...pending]);
  }

  const live = (id: string): Meeting | undefined => {
    const m = state.meetings.get(id);
    return m && !m.ended ? m : undefined;
  };

  /** Sends a callback (loopback and plain HTTP only) and records its outcome. */
  function fire(cb: CallbackRecord, contentType?: string): Promise<void> {
    state.callbacks.push(cb);
    const done = new Promise<void>((resolve) => {
      let url: URL;
      try {
        url = new URL(cb.url);
      } catch {
        cb.error = 'invalid URL';
        return resolve();
      }
      if (url.protocol !== 'http:') {
        cb.error = 'refused: only http: callbacks are supported';
        return resolve();
      }
      if (!isLoopbackHost(url.hostname)) {
        cb.error = 'refused: not a loopback address';
        return resolve();
      }
      const headers: Record<string, string> = {};
      if (contentType) headers['Content-Type'] = contentType;
      let target = url;
      if (cb.deliveredTo) {
        // Straight to one web node, as a load balancer hands it over: the node sees the public host.
        target = new URL(url.pathname + url.search, cb.deliveredTo);
        if (!isLoopbackHost(target.hostname)) {
          cb.error = 'refused: not a loopback address';
          return resolve();
        }
        headers['Host'] = url.host;
        headers['X-Forwarded-Host'] = url.host;
        headers['X-Forwarded-Proto'] = 'http';
        headers['X-Forwarded-For'] = '127.0.0.1';
      }
      const req = http.request(target, { method: cb.method, headers, timeout: callbackTimeout }, (res) => {
        cb.status = res.statusCode;
        res.resume();
        res.on('end', () => resolve());
        res.on('error', () => resolve());
      });
      req.on('timeout', () => req.destroy(new Error('timeout')));
      req.on('error', (e) => {
        cb.error = e.message;
        resolve();
      });
      req.end(cb.body);
    });
    pending.add(done);
    void done.finally(() => pending.delete(done));
    return done;
  }

  function enter(m: Meeting, a: Attendee): void {
    m.attendees.push(a);
    if (!m.participantsSeen.includes(a.userID)) m.participantsSeen.push(a.userID);
    m.running = true;
    if (!m.startTime) m.startTime = Date.now();
  }

  /** Ends a meeting and fires meta_endCallbackUrl the way BBB does (GET, meetingID and recordingmarks appended). */
  function endMeeting(m: Meeting): Promise<void> {
    m.ended = true;
    m.running = false;
    m.endTime = Date.now();
    m.attendees = [];
    const target = m.metadata['endcallbackurl'];
    if (!target) return Promise.resolve();
    let url = target;
    try {
      const u = new URL(target);
      // Recording marks exist when a recorded meeting actually ran.
      u.searchParams.append('recordingmarks', String(m.record && m.startTime > 0));
      u.searchParams.append('meetingID', m.meetingID);
      url = u.toString();
    } catch {
      // Recorded as an invalid URL by fire().
    }
    return fire({ kind: 'end', method: 'GET', url, time: new Date().toISOString() });
  }

  function addRecording(m: Meeting, body: Record<string, unknown>): Recording {
    const now = Date.now();
    // One recording per meeting session in BBB: its ID is the internal meeting ID; later ones get a new time.
    let recordID = m.internalMeetingID;
    for (let n = 1; state.recordings.has(recordID); n++) {
      recordID = `${m.internalMeetingID.split('-')[0]}-${m.createTime + n}`;
    }
    const published = body.published !== false;
    const extraMeta = isRecord(body.meta) ? body.meta : {};
    const metadata: Record<string, string> = {
      ...m.metadata,
      isBreakout: 'false',
      meetingId: m.meetingID,
      meetingName: m.name,
    };
    for (const [k, v] of Object.entries(extraMeta)) metadata[k.toLowerCase()] = String(v);
    const rec: Recording = {
      recordID,
      meetingID: m.meetingID,
      internalMeetingID: m.internalMeetingID,
      name: typeof body.name === 'string' ? body.name : m.name,
      published,
      state: published ? 'published' : 'unpublished',
      startTime: m.startTime || m.createTime,
      endTime: m.endTime || now,
      participants: typeof body.participants === 'number' ? body.participants : m.participantsSeen.length,
      metadata,
    };
    state.recordings.set(recordID, rec);
    return rec;
  }

  // ---- API calls ------------------------------------------------------------------------------

  function create(c: Ctx): void {
    const p = c.params;
    const id = p.get('meetingID') ?? '';
    const problem = meetingIdProblem(id) ?? ((p.get('name') ?? '').trim() ? null : 'You must provide a meeting name');
    if (problem) return c.fail('validationError', problem);
    if (!contentTypeOk(c, ['application/xml', 'text/xml', 'application/x-www-form-urlencoded', 'multipart/form-data'])) {
      return c.fail('unsupportedContentType', 'POST request Content-Type is missing or unsupported');
    }
    const ap = p.get('attendeePW') ?? '';
    const mp = p.get('moderatorPW') ?? '';
    const existing = live(id);
    if (existing) {
      // BBB 2.6+: a repeat with the same (or no) passwords is fine, other passwords are a clash.
      if ((ap === existing.attendeePW && mp === existing.moderatorPW) || (!ap && !mp)) {
        return sendXml(
          c.res,
          createXml(existing, 'duplicateWarning', 'This conference was already in existence and may currently be in progress.'),
        );
      }
      return c.fail('idNotUnique', 'A meeting already exists with that meeting ID.  Please use a different meeting ID.');
    }
    const createTime = Date.now();
    const m: Meeting = {
      meetingID: id,
      internalMeetingID: `${createHash('sha1').update(id).digest('hex')}-${createTime}`,
      name: p.get('name') ?? '',
      attendeePW: ap,
      moderatorPW: mp,
      createTime,
      voiceBridge: p.get('voiceBridge') || String(70000 + randomInt(10000)),
      dialNumber: p.get('dialNumber') || '613-555-1234',
      duration: Number.parseInt(p.get('duration') ?? '0', 10) || 0,
      maxUsers: Number.parseInt(p.get('maxParticipants') ?? '0', 10) || 0,
      record: (p.get('record') ?? '').toLowerCase() === 'true',
      metadata: Object.fromEntries(metaParams(p)),
      params: paramsObject(p),
      attendees: [],
      participantsSeen: [],
      running: false,
      startTime: 0,
      endTime: 0,
      ended: false,
      documents: c.body ? parseDocuments(c.body, 'create') : [],
      backend: state.scalelite ? 1 + (nextBackend++ % 2) : 0,
    };
    state.meetings.set(id, m);
    sendXml(c.res, createXml(m, '', ''));
  }

  function contentTypeOk(c: Ctx, allowed: string[]): boolean {
    if (!c.body) return true;
    const type = (c.req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    return allowed.includes(type);
  }

  function roleFor(m: Meeting, role: string | null, password: string | null): Role | null {
    const r = (role ?? '').toLowerCase();
    if (r === 'moderator') return 'MODERATOR';
    if (r === 'viewer') return 'VIEWER';
    // The older way: the password tells the role.
    if (password) {
      if (m.moderatorPW && password === m.moderatorPW) return 'MODERATOR';
      if (m.attendeePW && password === m.attendeePW) return 'VIEWER';
    }
    return null;
  }

  function join(c: Ctx): void {
    const p = c.params;
    const id = p.get('meetingID') ?? '';
    const fullName = (p.get('fullName') ?? '').trim();
    const problem = meetingIdProblem(id);
    if (problem) return c.fail('validationError', problem);
    if (!fullName) return c.fail('missingParamFullName', 'You must provide your name');
    const m = live(id);
    if (!m) return c.fail('invalidMeetingIdentifier', 'A meeting with that ID does not exist');
    const createTime = p.get('createTime');
    if (createTime !== null && createTime !== String(m.createTime)) {
      return c.fail('mismatchCreateTimeParam', 'The createTime parameter submitted mismatches with the current meeting.');
    }
    const role = roleFor(m, p.get('role'), p.get('password'));
    if (!role) {
      return c.fail(
        'invalidPassword',
        'You either did not supply a password or the password supplied is neither the attendee or moderator password for this conference.',
      );
    }
    const internalUserID = `w_${token(12)}`;
    const sessionToken = token(16);
    const j: Join = {
      meetingID: m.meetingID,
      fullName,
      userID: p.get('userID') || internalUserID,
      role,
      time: new Date().toISOString(),
      sessionToken,
      params: paramsObject(p),
    };
    state.joins.push(j);
    const url = `${c.base}/bigbluebutton/client?sessionToken=${sessionToken}`;
    if ((p.get('redirect') ?? 'true').toLowerCase() !== 'false') return redirect(c.res, url);
    sendXml(
      c.res,
      xmlResponse(
        el('returncode', 'SUCCESS'),
        el('messageKey', 'successfullyJoined'),
        el('message', 'You have joined successfully.'),
        el('meeting_id', m.internalMeetingID),
        el('user_id', internalUserID),
        el('auth_token', token(12)),
        el('session_token', sessionToken),
        el('guestStatus', 'ALLOW'),
        el('url', url),
      ),
    );
  }

  function requireMeetingId(c: Ctx): string | null {
    const id = c.params.get('meetingID') ?? '';
    const problem = meetingIdProblem(id);
    if (problem) {
      c.fail('validationError', problem);
      return null;
    }
    return id;
  }

  function isMeetingRunning(c: Ctx): void {
    const id = requireMeetingId(c);
    if (id === null) return;
    // Unknown meetings are simply not running, as in BBB.
    sendXml(c.res, xmlResponse(el('returncode', 'SUCCESS'), el('running', live(id)?.running ?? false)));
  }

  function getMeetingInfo(c: Ctx): void {
    const id = requireMeetingId(c);
    if (id === null) return;
    const m = live(id);
    if (!m) return c.fail('notFound', 'A meeting with that ID does not exist');
    sendXml(c.res, xmlResponse(el('returncode', 'SUCCESS'), meetingXml(m)));
  }

  function getMeetings(c: Ctx): void {
    if (state.scalelite) {
      // Scalelite (GET_MEETINGS_API_DISABLED): no list of every meeting on every server.
      return c.fail('noMeetings', 'This API endpoint is disabled on this server.');
    }
    const meetings = [...state.meetings.values()].filter((m) => !m.ended);
    if (meetings.length === 0) {
      return sendXml(
        c.res,
        xmlResponse(
          el('returncode', 'SUCCESS'),
          '<meetings/>',
          el('messageKey', 'noMeetings'),
          el('message', 'no meetings were found on this server'),
        ),
      );
    }
    const list = meetings.map((m) => `<meeting>${meetingXml(m)}</meeting>`).join('');
    sendXml(c.res, xmlResponse(el('returncode', 'SUCCESS'), `<meetings>${list}</meetings>`));
  }

  function end(c: Ctx): void {
    const id = requireMeetingId(c);
    if (id === null) return;
    const m = live(id);
    if (!m) return c.fail('notFound', 'A meeting with that ID does not exist');
    const password = c.params.get('password');
    if (password !== null && password !== m.moderatorPW) {
      return c.fail('invalidPassword', 'Provided moderator password is incorrect');
    }
    sendXml(
      c.res,
      xmlResponse(
        el('returncode', 'SUCCESS'),
        el('messageKey', 'sentEndMeetingRequest'),
        el(
          'message',
          'A request to end the meeting was sent.  Please wait a few seconds, and then use the getMeetingInfo or isMeetingRunning API calls to verify that it was ended.',
        ),
      ),
    );
    // After the answer, so a single-threaded caller (php -S) is free to take the callback.
    void endMeeting(m);
  }

  function getRecordings(c: Ctx): void {
    const p = c.params;
    const recordIDs = idList(p.get('recordID'));
    const meetingIDs = idList(p.get('meetingID'));
    const states = idList(p.get('state') ?? 'published,unpublished');
    const meta = metaParams(p);
    if (state.scalelite && recordIDs.length === 0 && meetingIDs.length === 0 && meta.length === 0) {
      // Scalelite (GET_RECORDINGS_API_FILTERED): an unfiltered request lists nothing.
      return sendXml(c.res, xmlResponse(el('returncode', 'SUCCESS'), '<recordings></recordings>',
        el('messageKey', 'noRecordings'), el('message', 'There are no recordings for the meeting(s).')));
    }
    const found = [...state.recordings.values()].filter(
      (r) =>
        // BBB: record IDs win over meeting IDs and match as prefixes.
        (recordIDs.length > 0
          ? recordIDs.some((id) => (state.scalelite ? r.recordID === id : r.recordID.startsWith(id)))
          : meetingIDs.length === 0 || meetingIDs.includes(r.meetingID)) &&
        (states.includes('any') || states.includes(r.state)) &&
        meta.every(([k, v]) => r.metadata[k] === v),
    );
    if (found.length === 0) {
      return sendXml(
        c.res,
        xmlResponse(
          el('returncode', 'SUCCESS'),
          '<recordings></recordings>',
          el('messageKey', 'noRecordings'),
          el('message', 'There are no recordings for the meeting(s).'),
        ),
      );
    }
    const list = found.map((r) => recordingXml(r, c.base)).join('');
    sendXml(c.res, xmlResponse(el('returncode', 'SUCCESS'), `<recordings>${list}</recordings>`));
  }

  /** The recordings named by recordID, or null after answering FAILED. */
  function targetRecordings(c: Ctx): Recording[] | null {
    const ids = idList(c.params.get('recordID'));
    if (ids.length === 0) {
      c.fail('missingParamRecordID', 'You must specify a recordID.');
      return null;
    }
    const found = ids.flatMap((id) => state.recordings.get(id) ?? []);
    if (found.length === 0) {
      c.fail('notFound', 'We could not find recordings');
      return null;
    }
    return found;
  }

  function publishRecordings(c: Ctx): void {
    const publish = (c.params.get('publish') ?? '').toLowerCase();
    if (publish !== 'true' && publish !== 'false') {
      if (!c.params.get('recordID')) return c.fail('missingParamRecordID', 'You must specify a recordID.');
      return c.fail('missingParamPublish', 'You must specify a publish value true or false.');
    }
    const recs = targetRecordings(c);
    if (!recs) return;
    for (const r of recs.filter((x) => x.state !== 'deleted')) {
      r.published = publish === 'true';
      r.state = r.published ? 'published' : 'unpublished';
    }
    sendXml(c.res, xmlResponse(el('returncode', 'SUCCESS'), el('published', publish)));
  }

  function deleteRecordings(c: Ctx): void {
    const recs = targetRecordings(c);
    if (!recs) return;
    for (const r of recs) {
      r.published = false;
      r.state = 'deleted';
    }
    sendXml(c.res, xmlResponse(el('returncode', 'SUCCESS'), el('deleted', true)));
  }

  function updateRecordings(c: Ctx): void {
    const recs = targetRecordings(c);
    if (!recs) return;
    const updates = metaParams(c.params);
    // An empty value removes the key.
    const removed = new Set(updates.filter(([, v]) => v === '').map(([k]) => k));
    for (const r of recs) {
      const meta: Record<string, string> = { ...r.metadata, ...Object.fromEntries(updates) };
      r.metadata = Object.fromEntries(Object.entries(meta).filter(([k]) => !removed.has(k)));
    }
    sendXml(c.res, xmlResponse(el('returncode', 'SUCCESS'), el('updated', true)));
  }

  function insertDocument(c: Ctx): void {
    const id = requireMeetingId(c);
    if (id === null) return;
    if (!contentTypeOk(c, ['application/xml', 'text/xml'])) {
      return c.fail('unsupportedContentType', 'POST request Content-Type is missing or unsupported');
    }
    const m = live(id);
    if (!m) return c.fail('notFound', `Meeting with id [${id}] not found.`);
    if (c.req.method !== 'POST' || !c.body.trim()) {
      return c.fail('validationError', 'Insert Document API called without a payload');
    }
    m.documents.push(...parseDocuments(c.body, 'insertDocument'));
    sendXml(
      c.res,
      xmlResponse(el('returncode', 'SUCCESS'), el('messageKey', ''), el('message', 'Presentation is being uploaded')),
    );
  }

  const handlers = new Map<string, (c: Ctx) => void>([
    ['create', create],
    ['join', join],
    ['isMeetingRunning', isMeetingRunning],
    ['getMeetingInfo', getMeetingInfo],
    ['getMeetings', getMeetings],
    ['end', end],
    ['getRecordings', getRecordings],
    ['publishRecordings', publishRecordings],
    ['deleteRecordings', deleteRecordings],
    ['updateRecordings', updateRecordings],
    ['insertDocument', insertDocument],
  ]);

  async function api(req: http.IncomingMessage, res: Res, path: string, rawQuery: string, base: string): Promise<void> {
    const call = path.replace(/^\/bigbluebutton\/api\/?/, '');
    if (call === '') {
      return sendXml(
        res,
        xmlResponse(
          el('returncode', 'SUCCESS'),
          el('version', '2.0'),
          el('apiVersion', '2.0'),
          el('bbbVersion', opts.bbbVersion ?? '2.7.0'),
        ),
      );
    }
    const body = req.method === 'POST' ? await readBody(req) : '';
    const params = new URLSearchParams(rawQuery);
    const ok = checksumMatches(call, rawQuery, opts.secret);
    state.calls.push({ call, method: req.method ?? 'GET', params: paramsObject(params), checksumOk: ok, time: new Date().toISOString() });
    if (state.calls.length > CALLS_KEPT) state.calls.shift();
    const handler = handlers.get(call);
    if (!handler) return sendXml(res, failedXml('unsupportedRequest', 'This request is not supported.'), 404);
    const redirectErrors = call === 'join' && (params.get('redirect') ?? 'true').toLowerCase() !== 'false';
    const fail = (key: string, message: string): void => {
      if (!redirectErrors) return sendXml(res, failedXml(key, message));
      redirect(res, `${base}/bigbluebutton/client?errors=${encodeURIComponent(JSON.stringify([{ key, message }]))}`);
    };
    if (!ok) return fail('checksumError', 'You did not pass the checksum security check');
    handler({ req, res, params, body, base, fail });
  }

  // ---- pages for browsers ---------------------------------------------------------------------

  /** The "client": entering with a session token puts the user into the meeting, like BBB's HTML5 client. */
  function clientPage(res: Res, params: URLSearchParams): void {
    const errors = params.get('errors');
    if (errors !== null) {
      return sendHtml(res, htmlPage('Could not join the meeting', `<pre id="errors">${esc(errors)}</pre>`));
    }
    const sessionToken = params.get('sessionToken');
    if (sessionToken === null) {
      return sendHtml(res, htmlPage('BigBlueButton test double', joinsTable(state.joins, 'All joins')));
    }
    const j = state.joins.find((x) => x.sessionToken === sessionToken);
    const m = j ? state.meetings.get(j.meetingID) : undefined;
    if (!j || !m) return sendHtml(res, htmlPage('Session not found', '<p>Unknown session token.</p>'), 404);
    if (m.ended) return sendHtml(res, htmlPage(m.name, '<p id="ended">This meeting has ended.</p>'));
    if (!m.attendees.some((a) => a.sessionToken === sessionToken)) {
      enter(m, { userID: j.userID, fullName: j.fullName, role: j.role, sessionToken });
    }
    const you =
      `<p id="you" data-role="${j.role}" data-user-id="${esc(j.userID)}" data-backend="${m.backend}">You are in <strong>${esc(m.name)}</strong> ` +
      `(${esc(m.meetingID)}) as <strong>${esc(j.fullName)}</strong>, role ${j.role}.</p>`;
    const joins = state.joins.filter((x) => x.meetingID === m.meetingID);
    sendHtml(res, htmlPage(m.name, you + joinsTable(joins, `Joins of ${m.meetingID}`)));
  }

  function playbackPage(res: Res, recordID: string): void {
    const r = state.recordings.get(recordID);
    // Like BBB, unpublished and deleted recordings cannot be played.
    if (!r || r.state !== 'published') return sendHtml(res, htmlPage('Recording not found', '<p>Not found.</p>'), 404);
    sendHtml(res, htmlPage(r.name, `<p id="recording" data-record-id="${esc(r.recordID)}">Recording of ${esc(r.meetingID)}.</p>`));
  }

  // ---- control endpoints ----------------------------------------------------------------------

  function dump(): unknown {
    return {
      meetings: [...state.meetings.values()],
      recordings: [...state.recordings.values()],
      joins: state.joins,
      callbacks: state.callbacks,
      calls: state.calls,
      fail: state.fail,
      scalelite: state.scalelite,
    };
  }

  async function control(req: http.IncomingMessage, res: Res, path: string): Promise<void> {
    const method = req.method ?? 'GET';
    const text = method === 'POST' ? await readBody(req) : '';
    let body: unknown = null;
    if (text.trim()) {
      try {
        body = JSON.parse(text);
      } catch {
        return sendJson(res, { error: 'body is not valid JSON' }, 400);
      }
    }
    const bad = (error: string, status = 400): void => sendJson(res, { error }, status);

    if (method === 'GET') {
      if (path === '/state') return sendJson(res, dump());
      if (path === '/joins') return sendJson(res, state.joins);
      if (path === '/callbacks') return sendJson(res, state.callbacks);
      if (path === '/calls') return sendJson(res, state.calls);
    }
    if (method === 'POST' && path === '/reset') {
      reset();
      return sendJson(res, { ok: true });
    }
    if (method === 'POST' && path === '/mode') {
      if (!isRecord(body) || typeof body.scalelite !== 'boolean') return bad('expected JSON {scalelite: true|false}');
      state.scalelite = body.scalelite;
      return sendJson(res, { scalelite: state.scalelite });
    }
    if (method === 'POST' && path === '/fail') {
      const mode = parseFail(body);
      if (typeof mode === 'string') return bad(mode);
      state.fail = mode;
      return sendJson(res, { fail: mode });
    }
    if (method === 'POST' && path === '/recordings') {
      if (!isRecord(body) || typeof body.meetingID !== 'string') return bad('expected JSON {meetingID, name?, published?, deliverTo?}');
      if (body.deliverTo !== undefined && typeof body.deliverTo !== 'string') return bad('deliverTo must be an origin such as http://127.0.0.1:8083');
      const m = state.meetings.get(body.meetingID);
      if (!m) return bad(`no meeting ${body.meetingID}`, 404);
      const recording = addRecording(m, body);
      const readyUrl = m.metadata['bbb-recording-ready-url'];
      let callback: CallbackRecord | null = null;
      if (readyUrl) {
        const jwt = signJwt({ meeting_id: m.meetingID, record_id: recording.recordID }, opts.secret);
        callback = {
          kind: 'recording-ready',
          method: 'POST',
          url: readyUrl,
          body: new URLSearchParams({ signed_parameters: jwt }).toString(),
          time: new Date().toISOString(),
          ...(typeof body.deliverTo === 'string' ? { deliveredTo: body.deliverTo } : {}),
        };
        // Awaited so a test sees the callback's outcome in this answer.
        await fire(callback, 'application/x-www-form-urlencoded');
      }
      return sendJson(res, { recording, callback });
    }
    const mm = /^\/meetings\/([^/]+)\/(start|participants|end)$/.exec(path);
    if (method === 'POST' && mm) {
      const id = decodeURIComponent(mm[1] ?? '');
      const m = live(id);
      if (!m) return bad(`no running or created meeting ${id}`, 404);
      if (mm[2] === 'start') {
        const b = isRecord(body) ? body : {};
        if (m.attendees.length === 0) {
          enter(m, {
            fullName: typeof b.fullName === 'string' ? b.fullName : 'Moderator',
            userID: typeof b.userID === 'string' ? b.userID : `w_${token(12)}`,
            role: 'MODERATOR',
          });
        }
        m.running = true;
      } else if (mm[2] === 'participants') {
        const people = parseParticipants(body);
        if (typeof people === 'string') return bad(people);
        for (const a of people) enter(m, a);
      } else {
        // The meeting ends on its own (last one left): same effects as the end call.
        await endMeeting(m);
      }
      return sendJson(res, m);
    }
    bad(`unknown control endpoint ${method} ${path}`, 404);
  }

  // ---- dispatch -------------------------------------------------------------------------------

  async function handle(req: http.IncomingMessage, res: Res): Promise<void> {
    const rawUrl = req.url ?? '/';
    const q = rawUrl.indexOf('?');
    const path = q >= 0 ? rawUrl.slice(0, q) : rawUrl;
    // Checksums are over the query string exactly as sent, so keep it raw.
    const rawQuery = q >= 0 ? rawUrl.slice(q + 1) : '';
    const base = (opts.publicUrl ?? `http://${req.headers.host ?? '127.0.0.1'}`).replace(/\/+$/, '');

    if (path.startsWith('/_control/')) return control(req, res, path.slice('/_control'.length));

    const fail = state.fail;
    if (fail.mode === 'down') {
      if (fail.reset) return void req.socket.destroy();
      return send(res, 503, 'text/plain', 'Service Unavailable');
    }
    if (fail.mode === 'slow') await sleep(fail.delayMs);
    if (fail.mode === 'error' && path.startsWith('/bigbluebutton/api')) {
      return sendXml(res, failedXml(fail.messageKey, fail.message));
    }

    if (path === '/bigbluebutton/api' || path.startsWith('/bigbluebutton/api/')) {
      return api(req, res, path, rawQuery, base);
    }
    if (path === '/bigbluebutton/client') return clientPage(res, new URLSearchParams(rawQuery));
    const pb = /^\/playback\/presentation\/2\.3\/([^/]+)$/.exec(path);
    if (pb) return playbackPage(res, decodeURIComponent(pb[1] ?? ''));
    send(res, 404, 'text/plain', 'Not Found');
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (res.headersSent) return void res.destroy();
      send(res, 500, 'text/plain', err instanceof Error ? err.message : String(err));
    });
  });

  return { server, state, reset, idle };
}

function parseFail(v: unknown): FailMode | string {
  if (!isRecord(v)) return 'expected JSON {mode: "down"|"error"|"slow"|"off"}';
  switch (v.mode) {
    case 'off':
      return { mode: 'off' };
    case 'down':
      return { mode: 'down', reset: v.reset === true };
    case 'error':
      return {
        mode: 'error',
        messageKey: typeof v.messageKey === 'string' ? v.messageKey : 'internalError',
        message: typeof v.message === 'string' ? v.message : 'The server could not handle the request.',
      };
    case 'slow': {
      const delayMs = v.delayMs ?? 5000;
      if (typeof delayMs !== 'number' || !Number.isFinite(delayMs) || delayMs < 0) {
        return 'delayMs must be a non-negative number';
      }
      return { mode: 'slow', delayMs };
    }
    default:
      return 'mode must be one of down, error, slow, off';
  }
}

function parseParticipants(v: unknown): Attendee[] | string {
  const usage = 'expected a JSON array of {fullName, userID?, role?: "MODERATOR"|"VIEWER"}';
  if (!Array.isArray(v)) return usage;
  const people: Attendee[] = [];
  for (const item of v as unknown[]) {
    if (!isRecord(item) || typeof item.fullName !== 'string' || !item.fullName.trim()) return usage;
    const role = typeof item.role === 'string' ? item.role.toUpperCase() : 'VIEWER';
    if (role !== 'MODERATOR' && role !== 'VIEWER') return usage;
    const userID = typeof item.userID === 'string' && item.userID ? item.userID : `w_${token(12)}`;
    people.push({ fullName: item.fullName, userID, role });
  }
  return people;
}

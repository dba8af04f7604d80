// Proves the test double answers like BigBlueButton's documented API (2.7/3.0).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHash } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createBbbDouble, signJwt, verifyJwt, type BbbDouble } from './server';

const SECRET = 'test-secret-0123456789';

let double: BbbDouble;
let base = '';

// Records what the double's callbacks deliver (stands in for Moodle).
interface Received {
  method: string;
  url: string;
  body: string;
  contentType: string;
}
let receiver: http.Server;
let receiverBase = '';
let received: Received[] = [];

async function listen(server: http.Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  double = createBbbDouble({ secret: SECRET });
  base = await listen(double.server);
  receiver = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      received.push({ method: req.method ?? '', url: req.url ?? '', body, contentType: req.headers['content-type'] ?? '' });
      res.end('ok');
    });
  });
  receiverBase = await listen(receiver);
});

afterAll(async () => {
  for (const s of [double.server, receiver]) {
    s.closeAllConnections();
    await new Promise((r) => s.close(r));
  }
});

beforeEach(async () => {
  received = [];
  await fetch(`${base}/_control/reset`, { method: 'POST' });
});

// ---- helpers ------------------------------------------------------------------------------------

const sha = (algo: string, s: string): string => createHash(algo).update(s).digest('hex');

/** A signed API URL; the checksum covers the query string exactly as it is sent. */
function apiUrl(call: string, params: Record<string, string> | string = {}, algo = 'sha1'): string {
  const query = typeof params === 'string' ? params : new URLSearchParams(params).toString();
  const cs = sha(algo, call + query + SECRET);
  return `${base}/bigbluebutton/api/${call}?${query}${query ? '&' : ''}checksum=${cs}`;
}

async function api(call: string, params: Record<string, string> | string = {}, init: RequestInit = {}): Promise<string> {
  const res = await fetch(apiUrl(call, params), { redirect: 'manual', ...init });
  expect(res.status).toBe(200);
  return res.text();
}

/** Text of the first <name> element, or undefined. */
function tag(xml: string, name: string): string | undefined {
  return new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(xml)?.[1];
}
function tags(xml: string, name: string): string[] {
  return [...xml.matchAll(new RegExp(`<${name}>([\\s\\S]*?)</${name}>`, 'g'))].map((m) => m[1] ?? '');
}

async function control(path: string, body?: unknown): Promise<Response> {
  return fetch(`${base}/_control${path}`, {
    method: body === undefined && !path.startsWith('/reset') ? 'GET' : 'POST',
    headers: { 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

async function createMeeting(extra: Record<string, string> = {}): Promise<string> {
  const xml = await api('create', { meetingID: 'm-1', name: 'Kollegiale Beratung', ...extra });
  expect(tag(xml, 'returncode')).toBe('SUCCESS');
  return xml;
}

async function addRecording(body: Record<string, unknown>): Promise<{ recording: { recordID: string } }> {
  const res = await control('/recordings', body);
  expect(res.status).toBe(200);
  return (await res.json()) as { recording: { recordID: string } };
}

// ---- version and checksums ----------------------------------------------------------------------

describe('version and checksums', () => {
  it('answers /api and /api/ with the version, without a checksum', async () => {
    for (const path of ['/bigbluebutton/api', '/bigbluebutton/api/']) {
      const xml = await (await fetch(base + path)).text();
      expect(tag(xml, 'returncode')).toBe('SUCCESS');
      expect(tag(xml, 'version')).toBe('2.0');
      expect(tag(xml, 'apiVersion')).toBe('2.0');
    }
  });

  it.each(['sha1', 'sha256', 'sha384', 'sha512'])('accepts a %s checksum, told apart by length', async (algo) => {
    const res = await fetch(apiUrl('getMeetings', {}, algo));
    expect(tag(await res.text(), 'returncode')).toBe('SUCCESS');
    const created = await (await fetch(apiUrl('create', { meetingID: `x-${algo}`, name: 'N N' }, algo))).text();
    expect(tag(created, 'returncode')).toBe('SUCCESS');
  });

  it('accepts upper-case hex, as BBB compares case-insensitively', async () => {
    const cs = sha('sha256', `getMeetings${SECRET}`).toUpperCase();
    const xml = await (await fetch(`${base}/bigbluebutton/api/getMeetings?checksum=${cs}`)).text();
    expect(tag(xml, 'returncode')).toBe('SUCCESS');
  });

  it('hashes the raw query string as sent, whatever its order and encoding', async () => {
    const raw = 'name=Caf%C3%A9+Runde&meetingID=raw-1&meta_note=a%20b';
    const xml = await api('create', raw);
    expect(tag(xml, 'returncode')).toBe('SUCCESS');
    expect(double.state.meetings.get('raw-1')?.name).toBe('Café Runde');
    expect(double.state.meetings.get('raw-1')?.metadata.note).toBe('a b');
    // Re-encoding the same parameters differently changes the checksum input: refused.
    const cs = sha('sha1', `create${raw}${SECRET}`);
    const other = raw.replace('+', '%20');
    const bad = await (await fetch(`${base}/bigbluebutton/api/create?${other}&checksum=${cs}`)).text();
    expect(tag(bad, 'messageKey')).toBe('checksumError');
  });

  it('refuses wrong, missing, wrong-call and odd-length checksums with checksumError and HTTP 200', async () => {
    const good = sha('sha1', `getMeetings${SECRET}`);
    const urls = [
      `${base}/bigbluebutton/api/getMeetings?checksum=${'0'.repeat(40)}`,
      `${base}/bigbluebutton/api/getMeetings`,
      `${base}/bigbluebutton/api/getRecordings?checksum=${good}`,
      `${base}/bigbluebutton/api/getMeetings?checksum=${good}a`,
      `${base}/bigbluebutton/api/getMeetings?checksum=${sha('md5', `getMeetings${SECRET}`)}`,
    ];
    for (const url of urls) {
      const res = await fetch(url);
      expect(res.status).toBe(200);
      const xml = await res.text();
      expect(tag(xml, 'returncode')).toBe('FAILED');
      expect(tag(xml, 'messageKey')).toBe('checksumError');
      expect(tag(xml, 'message')).toBeTruthy();
    }
  });
});

// ---- create ------------------------------------------------------------------------------------

describe('create', () => {
  it('creates a meeting with BBB fields and keeps every parameter', async () => {
    const xml = await createMeeting({
      moderatorPW: 'mp',
      attendeePW: 'ap',
      record: 'true',
      welcome: 'Willkommen',
      muteOnStart: 'true',
      lockSettingsDisableCam: 'true',
      'meta_bbb-origin': 'Moodle',
      'meta_bbb-recording-ready-url': 'http://127.0.0.1:1/ready',
      meta_endCallbackUrl: 'http://127.0.0.1:1/end',
    });
    expect(tag(xml, 'meetingID')).toBe('m-1');
    expect(tag(xml, 'internalMeetingID')).toMatch(new RegExp(`^${sha('sha1', 'm-1')}-\\d{13}$`));
    expect(tag(xml, 'parentMeetingID')).toBe('bbb-none');
    expect(tag(xml, 'attendeePW')).toBe('ap');
    expect(tag(xml, 'moderatorPW')).toBe('mp');
    expect(tag(xml, 'createTime')).toMatch(/^\d{13}$/);
    expect(tag(xml, 'createDate')).toMatch(/^\w{3} \w{3} \d{2} \d{2}:\d{2}:\d{2} UTC \d{4}$/);
    expect(tag(xml, 'hasUserJoined')).toBe('false');
    expect(tag(xml, 'hasBeenForciblyEnded')).toBe('false');
    expect(tag(xml, 'messageKey')).toBe('');
    const m = double.state.meetings.get('m-1');
    expect(m?.record).toBe(true);
    expect(m?.params).toMatchObject({ welcome: 'Willkommen', muteOnStart: 'true', lockSettingsDisableCam: 'true' });
    expect(m?.params.checksum).toBeUndefined();
    expect(m?.metadata).toEqual({
      'bbb-origin': 'Moodle',
      'bbb-recording-ready-url': 'http://127.0.0.1:1/ready',
      endcallbackurl: 'http://127.0.0.1:1/end',
    });
  });

  it('omits passwords that were not given (they are optional)', async () => {
    const xml = await createMeeting();
    expect(tag(xml, 'attendeePW')).toBeUndefined();
    expect(tag(xml, 'moderatorPW')).toBeUndefined();
  });

  it('is idempotent: a repeat answers SUCCESS with duplicateWarning and the same meeting', async () => {
    const first = await createMeeting({ moderatorPW: 'mp', attendeePW: 'ap' });
    for (const extra of [{ moderatorPW: 'mp', attendeePW: 'ap' }, {}] as Record<string, string>[]) {
      const again = await createMeeting(extra);
      expect(tag(again, 'messageKey')).toBe('duplicateWarning');
      expect(tag(again, 'internalMeetingID')).toBe(tag(first, 'internalMeetingID'));
    }
    expect(double.state.meetings.size).toBe(1);
  });

  it('refuses a repeat with other passwords (idNotUnique) and missing meetingID or name', async () => {
    await createMeeting({ moderatorPW: 'mp', attendeePW: 'ap' });
    const clash = await api('create', { meetingID: 'm-1', name: 'X X', moderatorPW: 'other', attendeePW: 'ap' });
    expect(tag(clash, 'returncode')).toBe('FAILED');
    expect(tag(clash, 'messageKey')).toBe('idNotUnique');
    for (const params of [{ name: 'No ID' }, { meetingID: 'no-name' }, { meetingID: 'a,b', name: 'Comma' }] as Record<string, string>[]) {
      const xml = await api('create', params);
      expect(tag(xml, 'returncode')).toBe('FAILED');
      expect(tag(xml, 'messageKey')).toBe('validationError');
    }
  });

  it('keeps pre-uploaded documents from an XML body', async () => {
    const body = '<modules><module name="presentation"><document url="http://127.0.0.1/a.pdf" filename="a.pdf"/></module></modules>';
    const xml = await api('create', { meetingID: 'doc-1', name: 'Docs' }, {
      method: 'POST',
      headers: { 'Content-Type': 'application/xml' },
      body,
    });
    expect(tag(xml, 'returncode')).toBe('SUCCESS');
    expect(double.state.meetings.get('doc-1')?.documents).toEqual([
      { source: 'create', url: 'http://127.0.0.1/a.pdf', filename: 'a.pdf' },
    ]);
  });
});

// ---- join --------------------------------------------------------------------------------------

describe('join', () => {
  it('redirects (302) to the client page, which lists who joined with which role', async () => {
    await createMeeting();
    const res = await fetch(apiUrl('join', { meetingID: 'm-1', fullName: 'Ada Lovelace', userID: '42', role: 'MODERATOR' }), {
      redirect: 'manual',
    });
    expect(res.status).toBe(302);
    const location = res.headers.get('location') ?? '';
    expect(location).toMatch(new RegExp(`^${base}/bigbluebutton/client\\?sessionToken=[a-z0-9]{16}$`));
    const page = await (await fetch(location)).text();
    expect(page).toContain('id="you" data-role="MODERATOR"');
    expect(page).toContain('Ada Lovelace');
    expect(page).toMatch(/<td>m-1<\/td><td>Ada Lovelace<\/td><td>42<\/td><td>MODERATOR<\/td>/);
    // Opening the client is entering the meeting.
    const info = await api('getMeetingInfo', { meetingID: 'm-1' });
    expect(tag(info, 'running')).toBe('true');
    expect(tag(info, 'participantCount')).toBe('1');
  });

  it('answers XML with <url> when redirect=false', async () => {
    await createMeeting();
    const xml = await api('join', { meetingID: 'm-1', fullName: 'Bea', role: 'VIEWER', redirect: 'false' });
    expect(tag(xml, 'returncode')).toBe('SUCCESS');
    expect(tag(xml, 'messageKey')).toBe('successfullyJoined');
    expect(tag(xml, 'meeting_id')).toBe(double.state.meetings.get('m-1')?.internalMeetingID);
    expect(tag(xml, 'user_id')).toMatch(/^w_[a-z0-9]{12}$/);
    expect(tag(xml, 'guestStatus')).toBe('ALLOW');
    expect(tag(xml, 'url')).toBe(`${base}/bigbluebutton/client?sessionToken=${tag(xml, 'session_token') ?? ''}`);
    // Joining alone does not make anyone a participant: only entering the client does.
    expect(tag(await api('isMeetingRunning', { meetingID: 'm-1' }), 'running')).toBe('false');
  });

  it('takes role (any case) first and falls back to the legacy password', async () => {
    await createMeeting({ moderatorPW: 'mp', attendeePW: 'ap' });
    const cases: [Record<string, string>, string][] = [
      [{ role: 'moderator' }, 'MODERATOR'],
      [{ role: 'VIEWER', password: 'mp' }, 'VIEWER'],
      [{ password: 'mp' }, 'MODERATOR'],
      [{ password: 'ap' }, 'VIEWER'],
    ];
    for (const [extra, role] of cases) {
      const xml = await api('join', { meetingID: 'm-1', fullName: 'P', redirect: 'false', ...extra });
      expect(tag(xml, 'returncode')).toBe('SUCCESS');
      expect(double.state.joins.at(-1)?.role).toBe(role);
    }
    for (const extra of [{ password: 'wrong' }, {}, { role: 'ADMIN' }] as Record<string, string>[]) {
      const xml = await api('join', { meetingID: 'm-1', fullName: 'P', redirect: 'false', ...extra });
      expect(tag(xml, 'returncode')).toBe('FAILED');
      expect(tag(xml, 'messageKey')).toBe('invalidPassword');
    }
  });

  it('fails for meetings that were not created: XML with redirect=false, else a redirect with errors', async () => {
    const xml = await api('join', { meetingID: 'nope', fullName: 'P', role: 'VIEWER', redirect: 'false' });
    expect(tag(xml, 'returncode')).toBe('FAILED');
    expect(tag(xml, 'messageKey')).toBe('invalidMeetingIdentifier');
    const res = await fetch(apiUrl('join', { meetingID: 'nope', fullName: 'P', role: 'VIEWER' }), { redirect: 'manual' });
    expect(res.status).toBe(302);
    const location = new URL(res.headers.get('location') ?? '');
    expect(JSON.parse(location.searchParams.get('errors') ?? '')).toEqual([
      { key: 'invalidMeetingIdentifier', message: 'A meeting with that ID does not exist' },
    ]);
    const missingName = await api('join', { meetingID: 'nope', role: 'VIEWER', redirect: 'false' });
    expect(tag(missingName, 'messageKey')).toBe('missingParamFullName');
  });

  it('lists joins through /_control/joins with meeting, name, user, role and time', async () => {
    await createMeeting();
    await api('join', { meetingID: 'm-1', fullName: 'Ada', userID: 'u1', role: 'MODERATOR', redirect: 'false' });
    const joins = (await (await control('/joins')).json()) as Record<string, unknown>[];
    expect(joins).toHaveLength(1);
    expect(joins[0]).toMatchObject({ meetingID: 'm-1', fullName: 'Ada', userID: 'u1', role: 'MODERATOR' });
    expect(typeof joins[0]?.time).toBe('string');
  });
});

// ---- meeting state -------------------------------------------------------------------------------

describe('isMeetingRunning, getMeetingInfo, getMeetings', () => {
  it('isMeetingRunning: false after create and for unknown meetings, true once started', async () => {
    expect(tag(await api('isMeetingRunning', { meetingID: 'nope' }), 'running')).toBe('false');
    await createMeeting();
    expect(tag(await api('isMeetingRunning', { meetingID: 'm-1' }), 'running')).toBe('false');
    expect((await control('/meetings/m-1/start', {})).status).toBe(200);
    const xml = await api('isMeetingRunning', { meetingID: 'm-1' });
    expect(tag(xml, 'returncode')).toBe('SUCCESS');
    expect(tag(xml, 'running')).toBe('true');
  });

  it('getMeetingInfo: notFound for unknown meetings', async () => {
    const xml = await api('getMeetingInfo', { meetingID: 'nope' });
    expect(tag(xml, 'returncode')).toBe('FAILED');
    expect(tag(xml, 'messageKey')).toBe('notFound');
  });

  it('getMeetingInfo: lower-cased metadata, attendees with roles and counts', async () => {
    await createMeeting({ 'meta_BBB-Origin-Server-Name': 'moodle.example', meta_Context: 'Kurs 1' });
    await control('/meetings/m-1/participants', [
      { fullName: 'Mo', userID: '1', role: 'MODERATOR' },
      { fullName: 'Vi', userID: '2', role: 'viewer' },
      { fullName: 'Wa', userID: '3' },
    ]);
    const xml = await api('getMeetingInfo', { meetingID: 'm-1' });
    expect(tag(xml, 'meetingName')).toBe('Kollegiale Beratung');
    expect(tag(xml, 'running')).toBe('true');
    expect(tag(xml, 'hasUserJoined')).toBe('true');
    expect(tag(xml, 'participantCount')).toBe('3');
    expect(tag(xml, 'moderatorCount')).toBe('1');
    expect(tag(xml, 'startTime')).toMatch(/^\d{13}$/);
    expect(tags(xml, 'role')).toEqual(['MODERATOR', 'VIEWER', 'VIEWER']);
    expect(tags(xml, 'fullName')).toEqual(['Mo', 'Vi', 'Wa']);
    const metadata = tag(xml, 'metadata') ?? '';
    expect(metadata).toBe('<bbb-origin-server-name>moodle.example</bbb-origin-server-name><context>Kurs 1</context>');
  });

  it('getMeetings: noMeetings when empty, else every meeting', async () => {
    const empty = await api('getMeetings');
    expect(tag(empty, 'returncode')).toBe('SUCCESS');
    expect(tag(empty, 'messageKey')).toBe('noMeetings');
    expect(empty).toContain('<meetings/>');
    await createMeeting();
    await api('create', { meetingID: 'm-2', name: 'Zweite' });
    const xml = await api('getMeetings');
    expect(tags(xml, 'meetingID')).toEqual(['m-1', 'm-2']);
    expect(tag(xml, 'messageKey')).toBeUndefined();
  });
});

// ---- end -----------------------------------------------------------------------------------------

describe('end', () => {
  it('answers sentEndMeetingRequest, ends the meeting and calls meta_endCallbackUrl by GET', async () => {
    await createMeeting({ record: 'true', meta_endCallbackUrl: `${receiverBase}/end?instance=7` });
    await control('/meetings/m-1/start', {});
    const xml = await api('end', { meetingID: 'm-1' });
    expect(tag(xml, 'returncode')).toBe('SUCCESS');
    expect(tag(xml, 'messageKey')).toBe('sentEndMeetingRequest');
    await double.idle();
    expect(received).toHaveLength(1);
    expect(received[0]?.method).toBe('GET');
    expect(received[0]?.url).toBe('/end?instance=7&recordingmarks=true&meetingID=m-1');
    expect(double.state.callbacks[0]).toMatchObject({ kind: 'end', status: 200 });
    // BBB forgets ended meetings.
    expect(tag(await api('isMeetingRunning', { meetingID: 'm-1' }), 'running')).toBe('false');
    expect(tag(await api('getMeetingInfo', { meetingID: 'm-1' }), 'messageKey')).toBe('notFound');
    expect(double.state.meetings.get('m-1')?.ended).toBe(true);
    // And a new create starts afresh.
    expect(tag(await createMeeting(), 'messageKey')).toBe('');
  });

  it('fails for unknown meetings and a wrong moderator password', async () => {
    expect(tag(await api('end', { meetingID: 'nope' }), 'messageKey')).toBe('notFound');
    await createMeeting({ moderatorPW: 'mp', attendeePW: 'ap' });
    expect(tag(await api('end', { meetingID: 'm-1', password: 'ap' }), 'messageKey')).toBe('invalidPassword');
    expect(tag(await api('end', { meetingID: 'm-1', password: 'mp' }), 'returncode')).toBe('SUCCESS');
  });

  it('never sends a callback off loopback: it is refused and recorded', async () => {
    await createMeeting({ meta_endCallbackUrl: 'http://moodle.example.org/end' });
    await api('end', { meetingID: 'm-1' });
    await double.idle();
    expect(double.state.callbacks[0]).toMatchObject({ kind: 'end', error: 'refused: not a loopback address' });
    expect(double.state.callbacks[0]?.status).toBeUndefined();
  });
});

// ---- recordings ----------------------------------------------------------------------------------

describe('Scalelite mode', () => {
  beforeEach(async () => {
    expect((await control('/mode', { scalelite: true })).status).toBe(200);
  });
  afterEach(async () => {
    await control('/mode', { scalelite: false });
  });

  it('getRecordings answers only filtered requests, and matches record IDs exactly', async () => {
    await api('create', { meetingID: 'a-1', name: 'A', 'meta_bbb-origin-tag': 'x' });
    await api('create', { meetingID: 'b-1', name: 'B' });
    const ra = (await addRecording({ meetingID: 'a-1' })).recording.recordID;
    const rb = (await addRecording({ meetingID: 'b-1' })).recording.recordID;
    const ids = async (params: Record<string, string>): Promise<string[]> =>
      tags(await api('getRecordings', params), 'recordID');
    expect(await ids({})).toEqual([]);
    expect(await ids({ state: 'any' })).toEqual([]);
    expect(await ids({ meetingID: 'a-1,b-1' })).toEqual([ra, rb]);
    expect(await ids({ 'meta_bbb-origin-tag': 'x' })).toEqual([ra]);
    expect(await ids({ recordID: rb })).toEqual([rb]);
    expect(await ids({ recordID: rb.slice(0, 20) })).toEqual([]);
  });

  it('getMeetings is refused', async () => {
    await createMeeting();
    const xml = await api('getMeetings');
    expect(tag(xml, 'returncode')).toBe('FAILED');
    expect(tag(xml, 'meetings')).toBeUndefined();
  });

  it('places each new meeting on one of two backends in turn; a reset keeps the mode', async () => {
    await api('create', { meetingID: 'm-1', name: 'Eins' });
    await api('create', { meetingID: 'm-2', name: 'Zwei' });
    await api('create', { meetingID: 'm-3', name: 'Drei' });
    const state = await (await control('/state')).json() as { scalelite: boolean; meetings: Array<{ backend: number }> };
    const [one, two, three] = state.meetings.map((m) => m.backend);
    expect(new Set([one, two])).toEqual(new Set([1, 2]));
    expect(three).toBe(one);
    await fetch(`${base}/_control/reset`, { method: 'POST' });
    expect((await (await control('/state')).json() as { scalelite: boolean }).scalelite).toBe(true);
  });

  it('without the mode, meetings have no backend and getMeetings lists them', async () => {
    await control('/mode', { scalelite: false });
    await createMeeting();
    const state = await (await control('/state')).json() as { meetings: Array<{ backend: number }> };
    expect(state.meetings.map((m) => m.backend)).toEqual([0]);
    expect(tag(await api('getMeetings'), 'returncode')).toBe('SUCCESS');
  });
});

describe('recordings', () => {
  it('getRecordings: noRecordings when there are none', async () => {
    const xml = await api('getRecordings', { meetingID: 'm-1' });
    expect(tag(xml, 'returncode')).toBe('SUCCESS');
    expect(tag(xml, 'messageKey')).toBe('noRecordings');
    expect(xml).toContain('<recordings></recordings>');
  });

  it('getRecordings: the recording XML as BBB writes it', async () => {
    await createMeeting({ 'meta_bbb-context': 'Kurs' });
    await control('/meetings/m-1/participants', [{ fullName: 'A', userID: '1', role: 'MODERATOR' }]);
    const { recording } = await addRecording({ meetingID: 'm-1' });
    const xml = await api('getRecordings', { meetingID: 'm-1' });
    expect(tags(xml, 'recording')).toHaveLength(1);
    expect(tag(xml, 'recordID')).toBe(recording.recordID);
    expect(tag(xml, 'recordID')).toBe(double.state.meetings.get('m-1')?.internalMeetingID);
    expect(tag(xml, 'meetingID')).toBe('m-1');
    expect(tag(xml, 'name')).toBe('Kollegiale Beratung');
    expect(tag(xml, 'published')).toBe('true');
    expect(tag(xml, 'state')).toBe('published');
    expect(tag(xml, 'startTime')).toMatch(/^\d{13}$/);
    expect(tag(xml, 'endTime')).toMatch(/^\d{13}$/);
    expect(tag(xml, 'participants')).toBe('1');
    expect(tag(xml, 'metadata')).toContain('<bbb-context>Kurs</bbb-context>');
    expect(tag(xml, 'metadata')).toContain('<meetingId>m-1</meetingId>');
    expect(tag(xml, 'type')).toBe('presentation');
    const url = tag(xml, 'url') ?? '';
    expect(url).toBe(`${base}/playback/presentation/2.3/${recording.recordID}`);
    expect((await fetch(url)).status).toBe(200);
  });

  it('getRecordings: filters by meetingID list, recordID list or prefix, meta_ values and state', async () => {
    await api('create', { meetingID: 'a-1', name: 'A', 'meta_bbb-origin-tag': 'x' });
    await api('create', { meetingID: 'b-1', name: 'B', 'meta_bbb-origin-tag': 'y' });
    await api('create', { meetingID: 'c-1', name: 'C' });
    const ra = (await addRecording({ meetingID: 'a-1' })).recording.recordID;
    const rb = (await addRecording({ meetingID: 'b-1', published: false })).recording.recordID;
    const rc = (await addRecording({ meetingID: 'c-1' })).recording.recordID;
    const ids = async (params: Record<string, string>): Promise<string[]> =>
      tags(await api('getRecordings', params), 'recordID');
    expect(await ids({ meetingID: 'a-1,b-1' })).toEqual([ra, rb]);
    expect(await ids({ recordID: `${ra},${rc}` })).toEqual([ra, rc]);
    expect(await ids({ recordID: rb.slice(0, 20), meetingID: 'a-1' })).toEqual([rb]);
    expect(await ids({ 'meta_bbb-origin-tag': 'y' })).toEqual([rb]);
    expect(await ids({ meetingID: 'a-1,b-1', state: 'unpublished' })).toEqual([rb]);
    expect(await ids({ meetingID: 'zzz' })).toEqual([]);
  });

  it('publishRecordings, deleteRecordings, updateRecordings', async () => {
    await createMeeting({ 'meta_bbb-recording-name': 'Alt' });
    const id = (await addRecording({ meetingID: 'm-1' })).recording.recordID;

    const unpub = await api('publishRecordings', { recordID: id, publish: 'false' });
    expect(tag(unpub, 'returncode')).toBe('SUCCESS');
    expect(tag(unpub, 'published')).toBe('false');
    let xml = await api('getRecordings', { recordID: id });
    expect(tag(xml, 'published')).toBe('false');
    expect(tag(xml, 'state')).toBe('unpublished');
    expect((await fetch(`${base}/playback/presentation/2.3/${id}`)).status).toBe(404);
    expect(tag(await api('publishRecordings', { recordID: id, publish: 'true' }), 'published')).toBe('true');

    const upd = await api('updateRecordings', { recordID: id, 'meta_bbb-recording-name': 'Neu', meta_Extra: 'e' });
    expect(tag(upd, 'updated')).toBe('true');
    xml = await api('getRecordings', { recordID: id });
    expect(tag(xml, 'bbb-recording-name')).toBe('Neu');
    expect(tag(xml, 'extra')).toBe('e');
    await api('updateRecordings', { recordID: id, meta_extra: '' });
    expect(tag(await api('getRecordings', { recordID: id }), 'extra')).toBeUndefined();

    expect(tag(await api('deleteRecordings', { recordID: id }), 'deleted')).toBe('true');
    expect(tag(await api('getRecordings', { recordID: id }), 'messageKey')).toBe('noRecordings');
    expect(tag(await api('getRecordings', { recordID: id, state: 'deleted' }), 'state')).toBe('deleted');
  });

  it('publish/delete/update refuse missing parameters and unknown recordings', async () => {
    const cases: [string, Record<string, string>, string][] = [
      ['publishRecordings', { publish: 'true' }, 'missingParamRecordID'],
      ['publishRecordings', { recordID: 'r' }, 'missingParamPublish'],
      ['publishRecordings', { recordID: 'r', publish: 'true' }, 'notFound'],
      ['deleteRecordings', {}, 'missingParamRecordID'],
      ['deleteRecordings', { recordID: 'r' }, 'notFound'],
      ['updateRecordings', { recordID: 'r', meta_a: 'b' }, 'notFound'],
    ];
    for (const [call, params, key] of cases) {
      const xml = await api(call, params);
      expect(tag(xml, 'returncode')).toBe('FAILED');
      expect(tag(xml, 'messageKey')).toBe(key);
    }
  });

  it('fires the recording-ready callback: POST signed_parameters, a JWT (HS256) over {meeting_id, record_id}', async () => {
    await createMeeting({ 'meta_bbb-recording-ready-url': `${receiverBase}/ready?id=3` });
    await api('end', { meetingID: 'm-1' });
    const answer = (await (await control('/recordings', { meetingID: 'm-1' })).json()) as {
      recording: { recordID: string };
      callback: { status: number };
    };
    expect(answer.callback.status).toBe(200);
    expect(received).toHaveLength(1);
    const cb = received[0];
    expect(cb?.method).toBe('POST');
    expect(cb?.url).toBe('/ready?id=3');
    expect(cb?.contentType).toBe('application/x-www-form-urlencoded');
    const jwt = new URLSearchParams(cb?.body ?? '').get('signed_parameters') ?? '';
    expect(verifyJwt(jwt, SECRET)).toEqual({ meeting_id: 'm-1', record_id: answer.recording.recordID });
    expect(verifyJwt(jwt, 'another-secret')).toBeNull();
    const header = JSON.parse(Buffer.from(jwt.split('.')[0] ?? '', 'base64url').toString()) as { alg: string };
    expect(header.alg).toBe('HS256');
  });

  it('signJwt/verifyJwt refuse tampering and other algorithms', () => {
    const jwt = signJwt({ meeting_id: 'm', record_id: 'r' }, SECRET);
    expect(verifyJwt(jwt, SECRET)).toEqual({ meeting_id: 'm', record_id: 'r' });
    const [h, , s] = jwt.split('.');
    const forged = `${h}.${Buffer.from('{"meeting_id":"x","record_id":"r"}').toString('base64url')}.${s}`;
    expect(verifyJwt(forged, SECRET)).toBeNull();
    const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${jwt.split('.')[1]}.`;
    expect(verifyJwt(none, SECRET)).toBeNull();
    expect(verifyJwt('not-a-jwt', SECRET)).toBeNull();
  });
});

// ---- insertDocument --------------------------------------------------------------------------------

describe('insertDocument', () => {
  const body =
    '<modules><module name="presentation"><document url="http://127.0.0.1/b.pdf" filename="b.pdf"/>' +
    '<document name="c.pdf">JVBERi0=</document></module></modules>';

  it('takes an XML body by POST and keeps the documents', async () => {
    await createMeeting();
    const xml = await api('insertDocument', { meetingID: 'm-1' }, {
      method: 'POST',
      headers: { 'Content-Type': 'text/xml' },
      body,
    });
    expect(tag(xml, 'returncode')).toBe('SUCCESS');
    expect(tag(xml, 'message')).toBe('Presentation is being uploaded');
    expect(double.state.meetings.get('m-1')?.documents).toEqual([
      { source: 'insertDocument', url: 'http://127.0.0.1/b.pdf', filename: 'b.pdf' },
      { source: 'insertDocument', name: 'c.pdf' },
    ]);
  });

  it('fails for unknown meetings, a non-XML content type and an empty body', async () => {
    const post = (type: string, b: string): RequestInit => ({ method: 'POST', headers: { 'Content-Type': type }, body: b });
    expect(tag(await api('insertDocument', { meetingID: 'nope' }, post('application/xml', body)), 'returncode')).toBe('FAILED');
    await createMeeting();
    const wrongType = await api('insertDocument', { meetingID: 'm-1' }, post('application/json', body));
    expect(tag(wrongType, 'messageKey')).toBe('unsupportedContentType');
    const empty = await api('insertDocument', { meetingID: 'm-1' }, { method: 'POST' });
    expect(tag(empty, 'returncode')).toBe('FAILED');
  });
});

// ---- control -------------------------------------------------------------------------------------

describe('control endpoints', () => {
  it("'down' answers 503, or resets the connection; control keeps working", async () => {
    await control('/fail', { mode: 'down' });
    expect((await fetch(apiUrl('getMeetings'))).status).toBe(503);
    expect((await fetch(`${base}/bigbluebutton/api`)).status).toBe(503);
    expect((await control('/state')).status).toBe(200);
    await control('/fail', { mode: 'down', reset: true });
    await expect(fetch(apiUrl('getMeetings'))).rejects.toThrow();
    await control('/fail', { mode: 'off' });
    expect(tag(await api('getMeetings'), 'returncode')).toBe('SUCCESS');
  });

  it("'error' answers FAILED with the given messageKey", async () => {
    await control('/fail', { mode: 'error', messageKey: 'maxParticipantsReached' });
    const xml = await api('getMeetings');
    expect(tag(xml, 'returncode')).toBe('FAILED');
    expect(tag(xml, 'messageKey')).toBe('maxParticipantsReached');
  });

  it("'slow' delays answers", async () => {
    await control('/fail', { mode: 'slow', delayMs: 300 });
    const t0 = Date.now();
    expect(tag(await api('getMeetings'), 'returncode')).toBe('SUCCESS');
    expect(Date.now() - t0).toBeGreaterThanOrEqual(290);
  });

  it('refuses bad control input and unknown meetings', async () => {
    expect((await control('/fail', { mode: 'sideways' })).status).toBe(400);
    expect((await control('/recordings', { name: 'x' })).status).toBe(400);
    expect((await control('/recordings', { meetingID: 'nope' })).status).toBe(404);
    expect((await control('/meetings/nope/start', {})).status).toBe(404);
    await createMeeting();
    expect((await control('/meetings/m-1/participants', [{ role: 'VIEWER' }])).status).toBe(400);
  });

  it('ends a meeting on its own and resets everything', async () => {
    await createMeeting({ meta_endCallbackUrl: `${receiverBase}/end` });
    await control('/meetings/m-1/start', { fullName: 'Mo', userID: 'mod' });
    expect((await control('/meetings/m-1/end', {})).status).toBe(200);
    expect(received[0]?.url).toBe('/end?recordingmarks=false&meetingID=m-1');
    const state = (await (await control('/state')).json()) as { meetings: { ended: boolean }[]; calls: unknown[] };
    expect(state.meetings[0]?.ended).toBe(true);
    expect(state.calls.length).toBeGreaterThan(0);
    await control('/reset');
    const after = (await (await control('/state')).json()) as Record<string, unknown[]>;
    expect(after.meetings).toEqual([]);
    expect(after.calls).toEqual([]);
  });
});

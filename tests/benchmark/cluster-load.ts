// Load benchmark of the transfer-conference peak, on the cluster stack (npm run stack -- --cluster),
// over loopback, one node against two nodes side by side:
//   join      JOINERS participants (default 50) arrive within ARRIVAL seconds (default 10), open the
//             circle page and call join (mod_devcircle_get_join_url); all must be done within 60 s;
//   autosave  one member of each of ORGS organisations (default 200) saves a check answer
//             (local_digitalstrategy_save_answer), all at the same moment.
// "One node" sends every request to node a, "two nodes" alternates a and b (round-robin, as the
// front proxy does); both straight to the nodes' PHP servers with the public host in Host and
// X-Forwarded-Host, so both runs take the same path. The users log in first (not measured);
// their sessions are in Redis, so both runs use the same sessions.
// Printed per scenario and topology: requests, errors, requests/s, p50/p95/p99 latency and the
// database queries (reads + writes) per request, which Moodle logs per request while the flag
// file .var/perflog exists (MDL_PERFTOLOG, set by the cluster's config-local.php).
// Target: 0 errors and p95 of the join call <= 1 s on two nodes (exit 1 otherwise).
//
//   node_modules/.bin/tsx tests/benchmark/cluster-load.ts     (npm run bench:cluster)
//   JOINERS=50 ORGS=200 ARRIVAL=10 node_modules/.bin/tsx tests/benchmark/cluster-load.ts
import http from 'node:http';
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const varDir = process.env.DIGISOZ_VAR ?? path.join(root, '.var');
const publicUrl = new URL(process.env.MOODLE_URL ?? `http://localhost:${process.env.FRONT_PORT ?? '8080'}`);
const NODES = { a: Number(process.env.PHP_PORT ?? 8081), b: Number(process.env.PHP_PORT2 ?? 8083) };
type NodeName = keyof typeof NODES;
const JOINERS = Number(process.env.JOINERS ?? 50);
const ORGS = Number(process.env.ORGS ?? 200);
const ARRIVAL = Number(process.env.ARRIVAL ?? 10);
const PASSWORD = 'Load123!';
const JOIN_P95_TARGET_MS = 1000;

interface Answer { status: number; body: string; setCookie: string[]; ms: number; error?: string }

/** One request straight to a node, as the balancer hands it over. */
function request(node: NodeName, method: string, pathname: string, cookie: string, body?: string, type?: string): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve) => {
    const headers: Record<string, string> = {
      'Host': publicUrl.host, 'X-Forwarded-Host': publicUrl.host, 'X-Forwarded-For': '127.0.0.1', 'X-Forwarded-Proto': 'http',
    };
    if (cookie) headers['Cookie'] = cookie;
    if (body !== undefined) {
      headers['Content-Type'] = type ?? 'application/x-www-form-urlencoded';
      headers['Content-Length'] = String(Buffer.byteLength(body));
    }
    const req = http.request({ host: '127.0.0.1', port: NODES[node], method, path: pathname, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({
        status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'),
        setCookie: res.headers['set-cookie'] ?? [], ms: performance.now() - started,
      }));
      res.on('error', (e) => resolve({ status: 0, body: '', setCookie: [], ms: performance.now() - started, error: e.message }));
    });
    req.setTimeout(120000, () => req.destroy(new Error('timeout after 120 s')));
    req.on('error', (e) => resolve({ status: 0, body: '', setCookie: [], ms: performance.now() - started, error: e.message }));
    req.end(body);
  });
}

/** Round-robin over the nodes of a topology. */
function balancer(nodes: NodeName[]): () => NodeName {
  let next = 0;
  return () => nodes[next++ % nodes.length] as NodeName;
}

interface User { username: string; cookie: string; sesskey: string; runid?: number; version?: number }

const sesskeyOf = (html: string): string => /"sesskey":"([^"]+)"/.exec(html)?.[1] ?? '';

async function login(username: string, pick: () => NodeName): Promise<User> {
  const page = await request(pick(), 'GET', '/login/index.php', '');
  let cookie = page.setCookie.map((c) => c.split(';')[0]).find((c) => c?.startsWith('MoodleSession=')) ?? '';
  const token = /name="logintoken" value="([^"]+)"/.exec(page.body)?.[1] ?? '';
  const form = new URLSearchParams({ username, password: PASSWORD, logintoken: token }).toString();
  const posted = await request(pick(), 'POST', '/login/index.php', cookie, form);
  cookie = posted.setCookie.map((c) => c.split(';')[0]).find((c) => c?.startsWith('MoodleSession=')) ?? cookie;
  const home = await request(pick(), 'GET', '/my/courses.php', cookie);
  const sesskey = sesskeyOf(home.body);
  if (!sesskey || home.body.includes('id="loginbtn"')) throw new Error(`login of ${username} failed (${posted.status})`);
  return { username, cookie, sesskey };
}

/** Runs tasks with at most `limit` at a time. */
async function pool<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let i = 0;
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (i < items.length) await work(items[i++] as T);
  }));
}

async function service(node: NodeName, user: User, methodname: string, args: object): Promise<{ answer: Answer; data: unknown; error: string }> {
  const answer = await request(node, 'POST', `/lib/ajax/service.php?sesskey=${user.sesskey}&info=${methodname}`, user.cookie,
    JSON.stringify([{ index: 0, methodname, args }]), 'application/json');
  if (answer.error || answer.status !== 200) return { answer, data: null, error: answer.error ?? `HTTP ${answer.status}` };
  try {
    const parsed = JSON.parse(answer.body) as Array<{ error: boolean; data: unknown; exception?: { message: string } }> | { error: string };
    if (!Array.isArray(parsed)) return { answer, data: null, error: parsed.error };
    const first = parsed[0];
    if (!first || first.error) return { answer, data: null, error: first?.exception?.message ?? 'error' };
    return { answer, data: first.data, error: '' };
  } catch {
    return { answer, data: null, error: 'not JSON' };
  }
}

interface Sample { ms: number; error: string; node: NodeName }
interface Row { scenario: string; nodes: number; samples: Sample[]; wallms: number; queries: number | null }

const percentile = (sorted: number[], p: number): number =>
  sorted.length === 0 ? 0 : (sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0);

// ---- database queries per request, from the nodes' logs -----------------------------------------
const logFile = (node: NodeName): string => path.join(varDir, 'log', node === 'a' ? 'php-server.log' : 'php-server2.log');
const logSizes = (): Record<NodeName, number> => ({
  a: existsSync(logFile('a')) ? statSync(logFile('a')).size : 0, b: existsSync(logFile('b')) ? statSync(logFile('b')).size : 0,
});
function logSince(node: NodeName, from: number): string {
  const size = statSync(logFile(node)).size;
  if (size <= from) return '';
  const fd = openSync(logFile(node), 'r');
  const buf = Buffer.alloc(size - from);
  readSync(fd, buf, 0, buf.length, from);
  closeSync(fd);
  return buf.toString('utf8');
}
/** Mean of database reads + writes over the logged requests whose address contains `match`. */
function queriesPerRequest(from: Record<NodeName, number>, match: string): number | null {
  const counts: number[] = [];
  for (const node of ['a', 'b'] as NodeName[]) {
    for (const line of logSince(node, from[node]).split('\n')) {
      if (!line.includes('PERF:') || !line.includes(match)) continue;
      const m = /db reads\/writes: (\d+)\/(\d+)/.exec(line);
      if (m) counts.push(Number(m[1]) + Number(m[2]));
    }
  }
  return counts.length ? counts.reduce((a, b) => a + b, 0) / counts.length : null;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function joinScenario(nodes: NodeName[], joiners: User[], cmid: number, sessionid: number): Promise<Row[]> {
  const pick = balancer(nodes);
  const pages: Sample[] = [];
  const joins: Sample[] = [];
  const from = logSizes();
  const t0 = performance.now();
  await Promise.all(joiners.map(async (user, i) => {
    await sleep((ARRIVAL * 1000 * i) / joiners.length);
    const node = pick();
    const page = await request(node, 'GET', `/mod/devcircle/view.php?id=${cmid}`, user.cookie);
    const ok = page.status === 200 && page.body.includes('mod_devcircle-sessions');
    pages.push({ ms: page.ms, error: ok ? '' : page.error ?? `HTTP ${page.status}`, node });
    user.sesskey = sesskeyOf(page.body) || user.sesskey;
    const joinNode = pick();
    const join = await service(joinNode, user, 'mod_devcircle_get_join_url', { sessionid });
    const status = (join.data as { status?: string } | null)?.status;
    joins.push({ ms: join.answer.ms, error: join.error || (status === 'ready' ? '' : `status ${status}`), node: joinNode });
  }));
  const wallms = performance.now() - t0;
  return [
    { scenario: 'join: circle page', nodes: nodes.length, samples: pages, wallms, queries: queriesPerRequest(from, '/mod/devcircle/view.php') },
    { scenario: 'join: join call', nodes: nodes.length, samples: joins, wallms, queries: queriesPerRequest(from, 'get_join_url') },
  ];
}

async function autosaveScenario(nodes: NodeName[], checkers: User[], round: number): Promise<Row> {
  const pick = balancer(nodes);
  const samples: Sample[] = [];
  const from = logSizes();
  const t0 = performance.now();
  await Promise.all(checkers.map(async (user) => {
    const node = pick();
    const saved = await service(node, user, 'local_digitalstrategy_save_answer', {
      runid: user.runid, itemkey: 'str_goals', value: String(1 + (round % 3)), dontknow: false, relevance: 0, version: user.version ?? 0,
    });
    const data = saved.data as { status?: string; answer?: { version: number } } | null;
    if (data?.answer) user.version = data.answer.version;
    samples.push({ ms: saved.answer.ms, error: saved.error || (data?.status === 'saved' ? '' : `status ${data?.status}`), node });
  }));
  return { scenario: 'autosave (all at once)', nodes: nodes.length, samples, wallms: performance.now() - t0,
    queries: queriesPerRequest(from, 'save_answer') };
}

function print(rows: Row[]): void {
  const header = ['scenario', 'nodes', 'requests', 'errors', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'DB queries/req', 'served by'];
  const lines = rows.map((r) => {
    const ms = r.samples.map((s) => s.ms).sort((a, b) => a - b);
    const errors = r.samples.filter((s) => s.error).length;
    const by = ['a', 'b'].map((n) => `${n}:${r.samples.filter((s) => s.node === n).length}`).join(' ');
    return [r.scenario, String(r.nodes), String(r.samples.length), String(errors), (r.samples.length / (r.wallms / 1000)).toFixed(1),
      percentile(ms, 50).toFixed(0), percentile(ms, 95).toFixed(0), percentile(ms, 99).toFixed(0),
      r.queries === null ? '-' : r.queries.toFixed(1), by];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const fmt = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  console.log(fmt(header));
  for (const l of lines) console.log(fmt(l));
}

async function main(): Promise<void> {
  const moodle = path.join(root, 'scripts', 'moodle.sh');
  const www = execFileSync('bash', [moodle, 'www'], { encoding: 'utf8' }).trim();
  console.log(`seeding: ${JOINERS} participants of a circle with an open session, ${ORGS} organisations with an open check`);
  const seeded = JSON.parse(execFileSync('bash', [moodle, 'php', path.join(root, 'tests/benchmark/cluster-load.php'), www,
    String(JOINERS), String(ORGS)], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).trim().split('\n').pop() ?? '{}') as
    { cmid: number; sessionid: number; joiners: string[]; checkers: Array<{ username: string; runid: number; version: number }> };

  const both = balancer(['a', 'b']);
  const t0 = performance.now();
  const joiners: User[] = [];
  const checkers: User[] = [];
  await pool(seeded.joiners, 8, async (u) => { joiners.push(await login(u, both)); });
  await pool(seeded.checkers, 8, async (c) => { checkers.push({ ...(await login(c.username, both)), runid: c.runid, version: c.version }); });
  console.log(`logged in ${joiners.length + checkers.length} users in ${((performance.now() - t0) / 1000).toFixed(0)} s (not measured)`);

  // A second open session for the two-node round (joining records attendance once per user and
  // session), seeded before the per-request logging starts.
  const second = (JSON.parse(execFileSync('bash', [moodle, 'php', path.join(root, 'tests/benchmark/cluster-load.php'), www,
    String(JOINERS), String(ORGS)], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).trim().split('\n').pop() ?? '{}') as
    { sessionid: number }).sessionid;
  const flag = path.join(varDir, 'perflog');
  writeFileSync(flag, '');
  const rows: Row[] = [];
  try {
    for (const [round, nodes] of ([['a'], ['a', 'b']] as NodeName[][]).entries()) {
      await sleep(2000);
      rows.push(...await joinScenario(nodes, joiners, seeded.cmid, round === 0 ? seeded.sessionid : second));
      await sleep(2000);
      rows.push(await autosaveScenario(nodes, checkers, round));
    }
  } finally {
    rmSync(flag, { force: true });
  }
  console.log('');
  print(rows);
  const errors = rows.reduce((n, r) => n + r.samples.filter((s) => s.error).length, 0);
  const firstErrors = rows.flatMap((r) => r.samples.filter((s) => s.error).map((s) => `${r.scenario} (${r.nodes} nodes, node ${s.node}): ${s.error}`));
  if (firstErrors.length) console.log(`\nerrors (first 5):\n  ${firstErrors.slice(0, 5).join('\n  ')}`);
  const join2 = rows.find((r) => r.scenario === 'join: join call' && r.nodes === 2);
  const p95 = percentile((join2?.samples ?? []).map((s) => s.ms).sort((a, b) => a - b), 95);
  const joinWall = rows.filter((r) => r.scenario === 'join: join call').map((r) => r.wallms);
  const ok = errors === 0 && p95 <= JOIN_P95_TARGET_MS && joinWall.every((w) => w <= 60000);
  console.log(`\n${ok ? 'PASS' : 'FAIL'}: ${errors} errors; p95 of the join call on two nodes ${p95.toFixed(0)} ms (target <= ${JOIN_P95_TARGET_MS} ms); ` +
    `all joins done within ${joinWall.map((w) => (w / 1000).toFixed(1)).join(' s / ')} s (target <= 60 s)`);
  process.exitCode = ok ? 0 : 1;
}

await main();

// Front proxy of the local stack: one origin for Moodle and the pads.
//
//   http://127.0.0.1:$FRONT_PORT/etherpad/...  ->  Etherpad  127.0.0.1:$ETHERPAD_PORT/...  (prefix stripped)
//   http://127.0.0.1:$FRONT_PORT/...           ->  PHP       127.0.0.1:$PHP_PORT/...
//
// With Moodle and Etherpad on the same origin, Etherpad's own cookies work inside Moodle's
// iframe over plain HTTP, and the sessionID cookie Moodle sets (path "/") reaches the pad.
// WebSocket / socket.io upgrades are passed through as raw sockets. Bodies are streamed.
// The Host header is kept; X-Forwarded-For/-Proto/-Host (and -Prefix for Etherpad) are added.
// Etherpad's root-relative redirects and its Set-Cookie paths get the /etherpad prefix.
//
// Cluster (PHP_PORTS="8081,8083", set by stack.sh start --cluster): Moodle's requests go to the PHP
// web nodes in turn (round-robin, no stickiness: consecutive requests of one browser alternate), and
// every answer names its node in the header X-Cluster-Node (a, b, ...). A node that refuses the
// connection is skipped for the request (its body is held until a node accepts it), so a node that
// went down costs no request, as with a load balancer's health checks.
//
// Run: node_modules/.bin/tsx scripts/front-proxy.ts   (env FRONT_PORT, PHP_PORT, ETHERPAD_PORT, PHP_PORTS)
import http from 'node:http';
import net from 'node:net';

const HOST = '127.0.0.1';
const port = (name: string, fallback: number): number => {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(value) || value <= 0 || value > 65535) {
    console.error(`front-proxy: ${name} must be a TCP port, not "${raw}"`);
    process.exit(2);
  }
  return value;
};
const FRONT_PORT = port('FRONT_PORT', 8080);
const PHP_PORT = port('PHP_PORT', 8081);
const ETHERPAD_PORT = port('ETHERPAD_PORT', 9001);
const PREFIX = '/etherpad';
const NODE_HEADER = 'X-Cluster-Node';

interface Node {
  name: string;
  port: number;
}
/** The PHP web nodes of a cluster (PHP_PORTS), named a, b, ...; empty for the single-node stack. */
const NODES: Node[] = (process.env.PHP_PORTS ?? '').split(',').map((p) => p.trim()).filter(Boolean).map((p, i) => {
  const value = Number(p);
  if (!Number.isInteger(value) || value <= 0 || value > 65535) {
    console.error(`front-proxy: PHP_PORTS must list TCP ports, not "${process.env.PHP_PORTS}"`);
    process.exit(2);
  }
  return {name: String.fromCharCode(97 + i), port: value};
});
let nextNode = 0;
/** The nodes in the order to try for the next request: round-robin, then the others. */
const nodeOrder = (): Node[] => {
  const first = nextNode;
  nextNode = (nextNode + 1) % NODES.length;
  return NODES.map((_n, i) => NODES[(first + i) % NODES.length] as Node);
};

interface Backend {
  name: string;
  port: number;
  path: string;
  prefix: string; // removed from the path, put back into relative-to-root redirects
  node?: string; // the cluster node's name
}

/** Picks the backend for a request target; null for targets that are not a path. */
const route = (url: string): Backend | null => {
  if (!url.startsWith('/')) return null;
  if (url === PREFIX || url.startsWith(`${PREFIX}/`) || url.startsWith(`${PREFIX}?`)) {
    const rest = url.slice(PREFIX.length);
    return {name: 'Etherpad', port: ETHERPAD_PORT, path: rest.startsWith('/') ? rest : `/${rest}`, prefix: PREFIX};
  }
  return {name: 'PHP', port: PHP_PORT, path: url, prefix: ''};
};

// Hop-by-hop headers (RFC 9110 7.6.1) are not forwarded, nor anything named in Connection.
const HOP_BY_HOP = new Set([
  'connection', 'keep-alive', 'proxy-connection', 'proxy-authenticate', 'proxy-authorization',
  'te', 'trailer', 'transfer-encoding', 'upgrade',
]);
const FORWARDED = new Set(['x-forwarded-for', 'x-forwarded-proto', 'x-forwarded-host', 'x-forwarded-prefix']);

/** [name, value] pairs of a flat rawHeaders list. */
const pairs = (raw: string[]): [string, string][] => {
  const out: [string, string][] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) out.push([raw[i] ?? '', raw[i + 1] ?? '']);
  return out;
};

const connectionTokens = (raw: string[]): Set<string> => {
  const tokens = new Set<string>();
  for (const [name, value] of pairs(raw)) {
    if (name.toLowerCase() !== 'connection') continue;
    for (const t of value.split(',')) if (t.trim()) tokens.add(t.trim().toLowerCase());
  }
  return tokens;
};

/** Request headers for the backend as a flat [name, value, ...] list (keeps order and case). */
const requestHeaders = (req: http.IncomingMessage, backend: Backend, upgrade: boolean): string[] => {
  const raw = req.rawHeaders;
  const named = connectionTokens(raw);
  const out: string[] = [];
  const priorFor: string[] = [];
  for (const [name, value] of pairs(raw)) {
    const lower = name.toLowerCase();
    if (lower === 'x-forwarded-for') { priorFor.push(value); continue; }
    if (FORWARDED.has(lower)) continue;
    if (lower === 'expect') continue; // this proxy already answered "100-continue"
    if (!upgrade && (HOP_BY_HOP.has(lower) || named.has(lower))) continue;
    out.push(name, value);
  }
  const client = req.socket.remoteAddress ?? '';
  out.push('X-Forwarded-For', [...priorFor, client].filter(Boolean).join(', '));
  out.push('X-Forwarded-Proto', 'http');
  if (req.headers.host) out.push('X-Forwarded-Host', req.headers.host);
  if (backend.prefix) out.push('X-Forwarded-Prefix', backend.prefix);
  return out;
};

/** Response headers for the client; Etherpad's root-relative redirects get the prefix back. */
const responseHeaders = (res: http.IncomingMessage, backend: Backend): string[] => {
  const raw = res.rawHeaders;
  const named = connectionTokens(raw);
  const out: string[] = [];
  for (const [name, original] of pairs(raw)) {
    let value = original;
    const lower = name.toLowerCase();
    if (HOP_BY_HOP.has(lower) || named.has(lower)) continue;
    if (backend.prefix && (lower === 'location' || lower === 'content-location') &&
        value.startsWith('/') && !value.startsWith('//')) {
      value = backend.prefix + value;
    }
    // Etherpad's server cookies (express_sid, Path=/) stay under its prefix, away from Moodle.
    if (backend.prefix && lower === 'set-cookie') {
      value = value.replace(/;\s*path=(\/[^;]*)/i, (_m, p: string) => `; Path=${backend.prefix}${p}`);
    }
    out.push(name, value);
  }
  return out;
};

// Etherpad (Node) keeps connections open; reusing them saves a connect per asset (a pad loads
// about 140). The agent drops idle sockets before Etherpad's 5 s keep-alive timeout does.
const etherpadAgent = new http.Agent({keepAlive: true, maxSockets: 64, maxFreeSockets: 16, timeout: 4_000});

const log = (msg: string): void => {
  console.error(`${new Date().toISOString()} front-proxy: ${msg}`);
};

const badGatewayText = (backend: Backend, err: NodeJS.ErrnoException): string =>
  `502 Bad Gateway: ${backend.name} at ${HOST}:${backend.port} is not reachable (${err.code ?? err.message}).\n`;

const server = http.createServer((req, res) => {
  const backend = route(req.url ?? '');
  if (backend && !backend.prefix && NODES.length > 0) {
    forwardToCluster(req, res, backend);
    return;
  }
  if (!backend) {
    res.writeHead(400, {'Content-Type': 'text/plain; charset=utf-8'});
    res.end('400 Bad Request: only origin-form request targets are served here.\n');
    return;
  }
  if (req.url === PREFIX) { // the pads' relative URLs need the trailing slash
    res.writeHead(308, {Location: `${PREFIX}/`, 'Content-Type': 'text/plain; charset=utf-8'});
    res.end(`308: see ${PREFIX}/\n`);
    return;
  }
  const proxyReq = http.request({
    host: HOST,
    port: backend.port,
    method: req.method,
    path: backend.path,
    headers: requestHeaders(req, backend, false),
    agent: backend.prefix ? etherpadAgent : false, // PHP's built-in server closes connections anyway
    setHost: false,
  });
  proxyReq.on('response', (proxyRes) => {
    res.writeHead(proxyRes.statusCode ?? 502, proxyRes.statusMessage, responseHeaders(proxyRes, backend));
    proxyRes.pipe(res);
    proxyRes.on('error', () => res.destroy());
    proxyRes.on('close', () => {
      if (!proxyRes.complete) res.destroy(); // the backend broke off: so must the client's answer
    });
  });
  proxyReq.on('error', (err: NodeJS.ErrnoException) => {
    if (!res.headersSent) {
      log(`${req.method} ${req.url}: ${backend.name} failed: ${err.code ?? err.message}`);
      const body = badGatewayText(backend, err);
      res.writeHead(502, {'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(body), 'Connection': 'close'});
      res.end(body);
    } else {
      res.destroy(); // the answer broke off half-way: the client must see a broken response
    }
  });
  // The client went away before the answer was complete: drop the backend request too.
  res.on('close', () => {
    if (!res.writableFinished) proxyReq.destroy();
  });
  req.on('error', () => proxyReq.destroy());
  req.pipe(proxyReq);
});

/**
 * Whether another node may be asked after this error: always when the node refused the connection
 * (it never saw the request); when it dropped the connection without an answer only for reading
 * requests, since a node killed mid-request may have done part of a POST's work already.
 */
const mayRetry = (err: NodeJS.ErrnoException, method: string | undefined): boolean =>
  err.code === 'ECONNREFUSED' || err.code === 'EHOSTUNREACH' ||
  (err.code === 'ECONNRESET' && (method === 'GET' || method === 'HEAD'));

/**
 * A request to the cluster's PHP nodes: the body is read first (Moodle's requests are small; an
 * upload is held in memory), then sent to the next node in turn; a node that refuses the
 * connection, or drops it before answering, is skipped for the next one.
 */
const forwardToCluster = (req: http.IncomingMessage, res: http.ServerResponse, backend: Backend): void => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('error', () => res.destroy());
  req.on('end', () => {
    const body = Buffer.concat(chunks);
    const order = nodeOrder();
    let gone = false;
    res.on('close', () => { gone = true; });
    const attempt = (i: number, lastError?: NodeJS.ErrnoException): void => {
      const node = order[i];
      if (!node || gone) {
        if (gone) return;
        const err = lastError ?? Object.assign(new Error('no node'), {code: 'ENONODE'});
        log(`${req.method} ${req.url}: no PHP node answered: ${err.code ?? err.message}`);
        const text = badGatewayText({...backend, name: 'every PHP node'}, err);
        res.writeHead(502, {'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(text), 'Connection': 'close'});
        res.end(text);
        return;
      }
      const target: Backend = {...backend, port: node.port, node: node.name};
      let answered = false;
      const proxyReq = http.request({
        host: HOST,
        port: node.port,
        method: req.method,
        path: backend.path,
        headers: requestHeaders(req, target, false),
        agent: false,
        setHost: false,
      });
      proxyReq.on('response', (proxyRes) => {
        answered = true;
        const headers = responseHeaders(proxyRes, target);
        headers.push(NODE_HEADER, node.name);
        res.writeHead(proxyRes.statusCode ?? 502, proxyRes.statusMessage, headers);
        proxyRes.pipe(res);
        proxyRes.on('error', () => res.destroy());
        proxyRes.on('close', () => {
          if (!proxyRes.complete) res.destroy();
        });
      });
      proxyReq.on('error', (err: NodeJS.ErrnoException) => {
        if (answered) { res.destroy(); return; }
        if (mayRetry(err, req.method)) {
          log(`${req.method} ${req.url}: node ${node.name} (:${node.port}) did not take it (${err.code}); trying the next node`);
          attempt(i + 1, err);
          return;
        }
        attempt(order.length, err);
      });
      res.on('close', () => {
        if (!res.writableFinished) proxyReq.destroy();
      });
      proxyReq.end(body);
    };
    attempt(0);
  });
};

// WebSocket and other upgrades (socket.io): forward the request head, then splice the sockets.
server.on('upgrade', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
  const backend = route(req.url ?? '');
  client.on('error', () => undefined);
  if (!backend) {
    client.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    return;
  }
  const upstream = net.connect(backend.port, HOST);
  let connected = false;
  upstream.on('connect', () => {
    connected = true;
    const headers = requestHeaders(req, backend, true);
    let text = `${req.method} ${backend.path} HTTP/${req.httpVersion}\r\n`;
    for (const [name, value] of pairs(headers)) text += `${name}: ${value}\r\n`;
    upstream.write(`${text}\r\n`);
    if (head.length) upstream.write(head);
    upstream.pipe(client);
    client.pipe(upstream);
  });
  upstream.on('error', (err: NodeJS.ErrnoException) => {
    if (!connected) {
      log(`upgrade ${req.url}: ${backend.name} failed: ${err.code ?? err.message}`);
      const body = badGatewayText(backend, err);
      client.end(`HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/plain; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
    } else {
      client.destroy();
    }
  });
  upstream.on('close', () => client.destroy());
  client.on('close', () => upstream.destroy());
});

server.on('clientError', (err: NodeJS.ErrnoException, socket: net.Socket) => {
  if (err.code === 'ECONNRESET' || !socket.writable) { socket.destroy(); return; }
  socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
});

// Long downloads, uploads and long-polling must not be cut off by the proxy.
server.requestTimeout = 0;
server.headersTimeout = 60_000;
server.keepAliveTimeout = 5_000;

const sockets = new Set<net.Socket>();
server.on('connection', (s: net.Socket) => {
  sockets.add(s);
  s.on('close', () => sockets.delete(s));
});
const shutdown = (signal: string): void => {
  log(`${signal}: closing`);
  server.close(() => process.exit(0));
  for (const s of sockets) s.destroy();
  setTimeout(() => process.exit(0), 2000).unref();
};
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));

server.on('error', (err: NodeJS.ErrnoException) => {
  log(`cannot listen on ${HOST}:${FRONT_PORT}: ${err.code ?? err.message}`);
  process.exit(1);
});
server.listen(FRONT_PORT, HOST, () => {
  const php = NODES.length > 0
    ? `PHP nodes ${NODES.map((n) => `${n.name}=${HOST}:${n.port}`).join(', ')} (round-robin)`
    : `PHP ${HOST}:${PHP_PORT}`;
  log(`http://${HOST}:${FRONT_PORT}/ -> ${php}, ${PREFIX}/ -> Etherpad ${HOST}:${ETHERPAD_PORT}`);
});

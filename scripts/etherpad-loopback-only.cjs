'use strict';
// Preload (node --require) that keeps a Node process on loopback: outgoing TCP/TLS
// connections and UDP packets to anything but 127.0.0.0/8, ::1 or "localhost" fail at once
// with ELOOPBACKONLY, and DNS look-ups of other names fail with ENOTFOUND. Used for Etherpad,
// whose start-up update check would otherwise call a public server.
// Unix-domain sockets are allowed. Set LOOPBACK_ONLY_QUIET=1 to silence the log line.

const net = require('net');
const dns = require('dns');
const dgram = require('dgram');

const quiet = process.env.LOOPBACK_ONLY_QUIET === '1';
const LOCAL_NAMES = new Set(['localhost', 'localhost.', 'ip6-localhost', 'ip6-loopback']);

const loopback = new net.BlockList();
loopback.addSubnet('127.0.0.0', 8, 'ipv4');
loopback.addAddress('::1', 'ipv6');
const isLoopbackAddress = (host) => {
  if (typeof host !== 'string') return false;
  let h = host.trim().toLowerCase();
  if (h.startsWith('[') && h.endsWith(']')) h = h.slice(1, -1);
  if (h.startsWith('::ffff:') && net.isIPv4(h.slice(7))) h = h.slice(7);
  if (net.isIPv4(h)) return loopback.check(h, 'ipv4');
  if (net.isIPv6(h)) return loopback.check(h, 'ipv6');
  return false;
};
const isLoopbackHost = (host) =>
  host === undefined || host === null || host === '' ||
  isLoopbackAddress(host) || LOCAL_NAMES.has(String(host).toLowerCase());

const refusal = (what, code) => {
  const err = new Error(`${what} refused: this process may only talk to loopback`);
  err.code = code;
  err.syscall = code === 'ENOTFOUND' ? 'getaddrinfo' : 'connect';
  if (!quiet) process.emitWarning(err.message, 'LoopbackOnly');
  return err;
};

// --- TCP (and TLS, which connects through net.Socket) ---
const origConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function connect(...args) {
  let opts = args[0];
  if (Array.isArray(opts)) opts = opts[0]; // internal normalized form [options, cb]
  let host;
  let path;
  if (opts !== null && typeof opts === 'object') {
    host = opts.host;
    path = opts.path;
  } else if (typeof opts === 'string' && !/^\d+$/.test(opts)) {
    path = opts; // connect(path[, cb])
  } else {
    host = typeof args[1] === 'string' ? args[1] : undefined; // connect(port[, host][, cb])
  }
  if (!path && !isLoopbackHost(host)) { // a non-empty path means a Unix socket, as in net
    const err = refusal(`connection to ${host}`, 'ELOOPBACKONLY');
    const cb = args.find((a) => typeof a === 'function');
    if (cb) this.once('connect', cb); // never fires; mirrors the normal API
    process.nextTick(() => this.destroy(err));
    return this;
  }
  return origConnect.apply(this, args);
};

// --- DNS ---
const failLookup = (hostname, cb) => {
  const err = refusal(`DNS look-up of ${hostname}`, 'ENOTFOUND');
  err.hostname = hostname;
  process.nextTick(() => cb(err));
};
const origLookup = dns.lookup;
dns.lookup = function lookup(hostname, options, cb) {
  const callback = typeof options === 'function' ? options : cb;
  if (!isLoopbackHost(hostname) && typeof callback === 'function') return failLookup(hostname, callback);
  return origLookup.call(this, hostname, options, cb);
};
if (dns.promises) {
  const origPLookup = dns.promises.lookup;
  dns.promises.lookup = function lookup(hostname, options) {
    if (!isLoopbackHost(hostname)) {
      return Promise.reject(refusal(`DNS look-up of ${hostname}`, 'ENOTFOUND'));
    }
    return origPLookup.call(this, hostname, options);
  };
}
// Resolver queries (c-ares) always go to a name server: refuse them all.
for (const name of Object.keys(dns)) {
  if (!/^(resolve|reverse)/.test(name) || typeof dns[name] !== 'function') continue;
  dns[name] = function refused(hostname, ...rest) {
    const cb = rest.find((a) => typeof a === 'function');
    if (cb) return failLookup(hostname, cb);
    throw refusal(`DNS query for ${hostname}`, 'ENOTFOUND');
  };
}
if (dns.Resolver) {
  for (const name of Object.getOwnPropertyNames(dns.Resolver.prototype)) {
    if (!/^(resolve|reverse)/.test(name)) continue;
    dns.Resolver.prototype[name] = function refused(hostname, ...rest) {
      const cb = rest.find((a) => typeof a === 'function');
      if (cb) return failLookup(hostname, cb);
      throw refusal(`DNS query for ${hostname}`, 'ENOTFOUND');
    };
  }
}

// --- UDP ---
const origSend = dgram.Socket.prototype.send;
dgram.Socket.prototype.send = function send(...args) {
  const cb = typeof args[args.length - 1] === 'function' ? args[args.length - 1] : undefined;
  const host = args.find((a, i) => i > 0 && typeof a === 'string');
  if (host !== undefined && !isLoopbackHost(host)) {
    const err = refusal(`UDP packet to ${host}`, 'ELOOPBACKONLY');
    if (cb) process.nextTick(() => cb(err));
    else process.nextTick(() => this.emit('error', err));
    return undefined;
  }
  return origSend.apply(this, args);
};
const origUdpConnect = dgram.Socket.prototype.connect;
dgram.Socket.prototype.connect = function connect(port, address, cb) {
  if (typeof address === 'string' && !isLoopbackHost(address)) {
    throw refusal(`UDP connect to ${address}`, 'ELOOPBACKONLY');
  }
  return origUdpConnect.call(this, port, address, cb);
};

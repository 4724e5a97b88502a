// Preloaded (NODE_OPTIONS=--require) into every process of a generated project under test, except the
// package install. Refuses any TCP connection or DNS lookup off this machine and records it in the file named
// by CCA_NET_GUARD_LOG, so the tests can assert that no request left the machine.
'use strict';
const net = require('node:net');
const dns = require('node:dns');
const fs = require('node:fs');

const logFile = process.env.CCA_NET_GUARD_LOG;
const isLocal = (host) => {
  if (host === undefined || host === null || host === '') return true; // Node's default is localhost
  const h = String(host).replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h.endsWith('.localhost') || h === '::1' || h === '::' || h === '0.0.0.0' ||
    /^127\./.test(h) || /^::ffff:127\./.test(h);
};
const record = (what) => {
  const line = `${new Date().toISOString()} pid=${process.pid} ${what} :: ${process.argv.slice(1, 3).join(' ')}\n`;
  if (logFile) {
    try { fs.appendFileSync(logFile, line); } catch { /* ignore */ }
  }
  try { process.stderr.write(`[net-guard] blocked ${what}\n`); } catch { /* ignore */ }
};

const origConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function guardedConnect(...args) {
  let a = args;
  if (Array.isArray(a[0])) a = a[0]; // net.connect() passes its normalized arguments as one array
  const first = a[0];
  let host;
  let port;
  let isPath = false;
  if (first && typeof first === 'object') {
    if (first.path) isPath = true;
    host = first.host;
    port = first.port;
  } else if (typeof first === 'string' && !/^\d+$/.test(first)) {
    isPath = true;
  } else {
    port = first;
    host = typeof a[1] === 'string' ? a[1] : undefined;
  }
  if (!isPath && !isLocal(host)) {
    record(`connect ${host}:${port}`);
    const err = Object.assign(new Error(`net-guard: connection to ${host}:${port} refused (tests stay on this machine)`), { code: 'ECONNREFUSED' });
    process.nextTick(() => this.destroy(err));
    return this;
  }
  return origConnect.apply(this, args);
};

const origLookup = dns.lookup;
dns.lookup = function guardedLookup(hostname, options, callback) {
  if (!isLocal(hostname) && !net.isIP(hostname)) {
    record(`dns ${hostname}`);
    const cb = typeof options === 'function' ? options : callback;
    const err = Object.assign(new Error(`net-guard: lookup of ${hostname} refused`), { code: 'ENOTFOUND', hostname });
    process.nextTick(() => cb(err));
    return {};
  }
  return origLookup.apply(this, arguments);
};
const origPromiseLookup = dns.promises.lookup;
dns.promises.lookup = function guardedPromiseLookup(hostname, ...rest) {
  if (!isLocal(hostname) && !net.isIP(hostname)) {
    record(`dns ${hostname}`);
    return Promise.reject(Object.assign(new Error(`net-guard: lookup of ${hostname} refused`), { code: 'ENOTFOUND', hostname }));
  }
  return origPromiseLookup.call(this, hostname, ...rest);
};

// Preloaded with `node -r` (or NODE_OPTIONS=--require) into the CLI and the language server under
// test: every way to reach the network or start a process throws, and is appended as one JSON
// line to the file named by SHIFTGUARD_NETWORK_GUARD_LOG, so that a test can assert there was none
// even when the product swallows the error. Worker threads load it too (they inherit the preload);
// each thread records that it is armed.
'use strict';

const fs = require('node:fs');
const { threadId } = require('node:worker_threads');

const log = process.env.SHIFTGUARD_NETWORK_GUARD_LOG;
if (!log) throw new Error('network guard: set SHIFTGUARD_NETWORK_GUARD_LOG to the file that records attempts');

function record(entry) {
  fs.appendFileSync(log, `${JSON.stringify({ thread: threadId, ...entry })}\n`);
}

function describeArgument(value) {
  if (typeof value === 'string') return value.slice(0, 200);
  if (value instanceof URL) return value.href;
  if (value && typeof value === 'object') {
    const { host, hostname, port, path, href, url, method } = value;
    return JSON.stringify({ host, hostname, port, path, href, url, method });
  }
  return String(value);
}

function blocked(api) {
  return function guarded(...args) {
    record({ api, args: args.filter((a) => typeof a !== 'function').map(describeArgument), stack: new Error().stack.split('\n').slice(2, 8) });
    throw new Error(`network guard: ${api} is not allowed in Shiftguard`);
  };
}

function guard(moduleName, object, names, prefix = moduleName) {
  for (const name of names) {
    if (typeof object[name] === 'function') object[name] = blocked(`${prefix}.${name}`);
  }
}

const net = require('node:net');
guard('net', net, ['connect', 'createConnection']);
guard('net', net.Socket.prototype, ['connect'], 'net.Socket.prototype');
guard('net', net.Server.prototype, ['listen'], 'net.Server.prototype');
guard('tls', require('node:tls'), ['connect']);
guard('dgram', require('node:dgram'), ['createSocket']);
guard('http', require('node:http'), ['request', 'get']);
guard('https', require('node:https'), ['request', 'get']);
guard('http2', require('node:http2'), ['connect']);

const dns = require('node:dns');
const dnsNames = (object) => Object.keys(object).filter((name) => /^(lookup|resolve|reverse)/.test(name));
guard('dns', dns, dnsNames(dns));
guard('dns', dns.promises, dnsNames(dns.promises), 'dns.promises');
guard('dns', dns.Resolver.prototype, dnsNames(dns.Resolver.prototype), 'dns.Resolver.prototype');
guard('dns', dns.promises.Resolver.prototype, dnsNames(dns.promises.Resolver.prototype), 'dns.promises.Resolver.prototype');

guard('child_process', require('node:child_process'), ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']);

for (const name of ['fetch', 'WebSocket', 'EventSource']) {
  if (typeof globalThis[name] === 'function') globalThis[name] = blocked(`globalThis.${name}`);
}

// A worker started with its own execArgv would not inherit the preload: add it.
const workerThreads = require('node:worker_threads');
const OriginalWorker = workerThreads.Worker;
workerThreads.Worker = class GuardedWorker extends OriginalWorker {
  constructor(script, options = {}) {
    const execArgv = options.execArgv ? [...options.execArgv, '--require', __filename] : undefined;
    super(script, execArgv ? { ...options, execArgv } : options);
  }
};

record({ armed: true, main: workerThreads.isMainThread });

#!/usr/bin/env node
// `npm run bench` (issue 8): builds the production bundles, starts the whole platform on
// fresh infrastructure, and drives the gateway over loopback with autocannon next to the
// baselines, so every figure is also a ratio that survives a noisy machine.
// So far: the create-task scenario against baseline (a), the write floor (pg directly, one
// transaction with the task and its outbox row, behind node:http; tools/bench/baselines/pg-write.mjs).
//
// Environment: DATABASE_URL / NATS_URL (use those servers: a fresh database bench_<random> is
// created on that Postgres and dropped afterwards); otherwise an embedded Postgres and a
// nats-server on free ports with their data in .data/bench (removed afterwards).
// BENCH_CONNECTIONS (32), BENCH_SECONDS (10), BENCH_WARMUP_SECONDS (2), SKIP_BUILD=1, LOG_LEVEL (info).
// Writes bench/results.json.

import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { connect } from 'nats';
import pg from 'pg';
import { ensureNats, ensurePostgres, freePort, InfraError, maskUrl, waitForHttp } from '../lib/infra.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const env = process.env;
const dataDir = path.join(root, '.data', 'bench');
const CONNECTIONS = positiveInt('BENCH_CONNECTIONS', 32);
const SECONDS = positiveInt('BENCH_SECONDS', 10);
const WARMUP_SECONDS = positiveInt('BENCH_WARMUP_SECONDS', 2);
const READY_TIMEOUT_MS = 90_000;
const CLOCK_TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
const SERVICES = ['dispatch', 'deposit', 'feedback'];

const CREATE_TASK_BODY = JSON.stringify({
  type: 'SPECIMEN',
  priority: 'URGENT',
  group: 'INTERNAL_MEDICINE',
  origin: { department: '心内科', ward: '5病区', bed: '12' },
  destination: { department: '检验科' },
  requester: { department: '心内科', contactName: '李护士', phone: '13800138000' },
  notes: 'bench',
  specimen: { kind: 'URGENT', count: 2, container: '紫头管' },
});

const say = (msg) => console.log(`[bench] ${msg}`);
const cleanups = []; // newest last; run in reverse
const children = new Map(); // name -> { child, exited, tail }
let stopping = false;

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => finish(130, `${signal} received, stopping everything…`));
}
process.on('exit', () => {
  for (const { child } of children.values()) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

const startedAt = Date.now();
main().then(
  () => finish(0),
  (err) => {
    if (stopping) return;
    console.error(err instanceof InfraError ? err.message : err.stack);
    finish(1);
  },
);

async function main() {
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true });
  cleanups.push(async () => fs.rmSync(dataDir, { recursive: true, force: true }));

  if (env.SKIP_BUILD === '1') say('SKIP_BUILD=1: using the existing dist/ bundles');
  else {
    say('building the production bundles…');
    await run('npm', ['run', 'build:prod', '--', '--parallel=2'], { NX_DAEMON: 'false', NX_NO_CLOUD: 'true' });
  }

  const postgres = await ensurePostgres({ dataDir: path.join(dataDir, 'postgres'), port: await freePort() });
  cleanups.push(() => postgres.stop());
  const databaseUrl = postgres.external ? await createScratchDatabase(postgres.url) : postgres.url;
  const nats = await ensureNats({ port: await freePort(), storeDir: path.join(dataDir, 'nats') });
  cleanups.push(() => nats.stop());
  say(`Postgres ${maskUrl(databaseUrl)}${postgres.external ? ' (scratch database on DATABASE_URL)' : ' (embedded)'}`);
  say(`NATS ${maskUrl(nats.url)}${nats.external ? ' (NATS_URL)' : ' (spawned nats-server)'}`);

  // Baseline (a): measured before the platform starts so nothing else runs beside it.
  const floorPort = await freePort();
  const floor = spawnChild('pg-write', [path.join(root, 'tools/bench/baselines/pg-write.mjs')], { DATABASE_URL: databaseUrl, PORT: String(floorPort) });
  await waitForLine(floor, 'listening');
  const floorResult = await measure('baseline (a) pg write floor', `http://127.0.0.1:${floorPort}/`, {}, ['pg-write']);
  await stopChild('pg-write');

  const ports = { gateway: await freePort() };
  const common = {
    DATABASE_URL: databaseUrl,
    NATS_URL: nats.url,
    NATS_SUBJECT_PREFIX: `bench${randomBytes(3).toString('hex')}.`,
    JWT_SECRET: 'bench-only-secret-0123456789abcdef0123456789',
    ID_HASH_KEY: 'bench-only-id-hash-key-0123456789abcdef01',
    SEED_DEMO: 'true', // the demo dispatcher logs in
    NODE_ENV: 'production',
    LOG_LEVEL: env.LOG_LEVEL || 'info',
    // The limiter would answer 429 to a load generator; the benchmark measures the work, not the limit.
    RATE_LIMIT_PER_MINUTE: '100000000',
  };
  // The services create a stream for the run's prefix; on a shared NATS a run leaves nothing behind.
  cleanups.push(() => deleteStream(nats.url, common.NATS_SUBJECT_PREFIX));
  for (const name of SERVICES) {
    ports[name] = await freePort();
    spawnChild(name, [bundleOf(name)], { ...common, HEALTH_PORT: String(ports[name]) });
    await waitReady(name, ports[name]);
  }
  spawnChild('gateway', [bundleOf('gateway')], { ...common, PORT: String(ports.gateway) });
  await waitReady('gateway', ports.gateway);

  const base = `http://127.0.0.1:${ports.gateway}/api/v1`;
  const login = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'dispatcher', password: 'dispatcher-demo-2026' }),
  });
  if (!login.ok) throw new InfraError(`login as the demo dispatcher failed: ${login.status} ${await login.text()}`);
  const { accessToken } = await login.json();

  const createResult = await measure('create task', `${base}/dispatch/tasks`, { authorization: `Bearer ${accessToken}` }, ['gateway', ...SERVICES]);

  const scenarios = { createTask: createResult, baselineA: floorResult };
  const ratios = {
    createTaskThroughputOverBaselineA: round(createResult.requestsPerSecond / floorResult.requestsPerSecond, 3),
    createTaskP50MinusBaselineAP50Ms: round(createResult.latencyMs.p50 - floorResult.latencyMs.p50, 2),
  };
  printTable(scenarios, ratios);
  const results = {
    when: new Date().toISOString(),
    commit: execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root }).toString().trim(),
    machine: {
      os: `${os.type()} ${os.release()}`,
      cpuModel: os.cpus()[0]?.model,
      cpuCount: os.cpus().length,
      totalMemoryMb: Math.round(os.totalmem() / 2 ** 20),
      node: process.version,
    },
    settings: {
      connections: CONNECTIONS,
      seconds: SECONDS,
      warmupSeconds: WARMUP_SECONDS,
      postgres: postgres.external ? 'DATABASE_URL (scratch database)' : 'embedded',
      nats: nats.external ? 'NATS_URL' : 'spawned nats-server',
      logLevel: common.LOG_LEVEL,
      baselineA: 'node:http + pg, BEGIN; INSERT task; INSERT outbox row; COMMIT (tools/bench/baselines/pg-write.mjs)',
    },
    scenarios,
    ratios,
    wallSeconds: round((Date.now() - startedAt) / 1000, 1),
  };
  fs.mkdirSync(path.join(root, 'bench'), { recursive: true });
  fs.writeFileSync(path.join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  say(`wrote bench/results.json (${results.wallSeconds} s so far)`);
}

/** A warm-up run (discarded), then the measured run, with CPU and peak RSS of `processes`. */
async function measure(label, url, headers, processes) {
  const request = { url, method: 'POST', connections: CONNECTIONS, headers: { 'content-type': 'application/json', ...headers }, body: CREATE_TASK_BODY };
  say(`${label}: ${WARMUP_SECONDS} s warm-up, then ${SECONDS} s at ${CONNECTIONS} connections`);
  await autocannonRun({ ...request, duration: WARMUP_SECONDS });
  const before = Object.fromEntries(processes.map((name) => [name, cpuTicks(children.get(name).child.pid)]));
  const latencies = [];
  const result = await autocannonRun({ ...request, duration: SECONDS }, (ms) => latencies.push(ms));
  const perProcess = {};
  for (const name of processes) {
    const pid = children.get(name).child.pid;
    perProcess[name] = {
      cpuSeconds: round((cpuTicks(pid) - before[name]) / CLOCK_TICKS_PER_SECOND, 2),
      peakRssMb: round(peakRssKb(pid) / 1024, 1),
    };
  }
  latencies.sort((a, b) => a - b);
  const pct = (p) => round(latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)] ?? NaN, 2);
  return {
    requestsPerSecond: round(result.requests.total / SECONDS, 1),
    requests: result.requests.total,
    latencyMs: { p50: pct(50), p95: pct(95), p99: pct(99), max: round(latencies.at(-1), 2) },
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    processes: perProcess,
  };
}

function autocannonRun(opts, onLatency) {
  return new Promise((resolve, reject) => {
    const instance = autocannon(opts, (err, result) => (err ? reject(err) : resolve(result)));
    if (onLatency) instance.on('response', (_client, _status, _bytes, responseTime) => onLatency(responseTime));
  });
}

/** utime + stime from /proc/<pid>/stat, in clock ticks. */
function cpuTicks(pid) {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // fields from the 3rd on
  return Number(fields[11]) + Number(fields[12]);
}

function peakRssKb(pid) {
  const match = /VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) : NaN;
}

async function createScratchDatabase(serverUrl) {
  const name = `bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  cleanups.push(async () => {
    const c = new pg.Client({ connectionString: serverUrl });
    await c.connect();
    try {
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    } finally {
      await c.end();
    }
  });
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

function spawnChild(name, args, extraEnv) {
  // Ctrl-C during a start-up step: start nothing more (main's rejection is ignored once stopping).
  if (stopping) throw new Error('stopping');
  const child = spawn(process.execPath, args, { cwd: root, env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const tail = [];
  const keep = (chunk) => {
    tail.push(chunk.toString());
    if (tail.length > 40) tail.shift();
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const died = new AbortController();
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  exited.then(({ code, signal }) => {
    if (!stopping && !children.get(name)?.stopRequested) {
      console.error(`${name} exited unexpectedly (${signal ?? `exit code ${code}`}); its last output:\n${tail.join('')}`);
      finish(1);
    }
    died.abort(new Error(`${name} exited`));
  });
  children.set(name, { child, exited, tail, died });
  return children.get(name);
}

function waitForLine(entry, text) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new InfraError(`no "${text}" within ${READY_TIMEOUT_MS / 1000} s`)), READY_TIMEOUT_MS);
    entry.child.stdout.on('data', (chunk) => {
      if (chunk.toString().includes(text)) {
        clearTimeout(timer);
        resolve();
      }
    });
    entry.died.signal.addEventListener('abort', () => reject(entry.died.signal.reason));
  });
}

async function waitReady(name, port) {
  await waitForHttp(`http://127.0.0.1:${port}/health/ready`, READY_TIMEOUT_MS, { signal: children.get(name).died.signal });
  say(`${name} is ready`);
}

async function stopChild(name) {
  const entry = children.get(name);
  if (!entry || entry.child.exitCode !== null || entry.child.signalCode !== null) return;
  entry.stopRequested = true;
  entry.child.kill('SIGTERM');
  const timer = setTimeout(() => entry.child.kill('SIGKILL'), 10_000);
  await entry.exited;
  clearTimeout(timer);
}

function bundleOf(name) {
  const bundle = path.join(root, 'dist', 'apps', name, 'main.js');
  if (!fs.existsSync(bundle)) throw new InfraError(`${path.relative(root, bundle)} is missing: run without SKIP_BUILD=1`);
  return bundle;
}

function run(cmd, args, extraEnv) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env: { ...env, ...extraEnv } });
    children.set('build', { child, exited: new Promise((r) => child.once('exit', r)) });
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new InfraError(`${cmd} ${args.join(' ')} failed (exit code ${code})`))));
    child.once('error', reject);
  });
}

function printTable(scenarios, ratios) {
  const rows = [['scenario', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'non-2xx', 'CPU s / peak RSS MB per process']];
  for (const [name, r] of Object.entries(scenarios)) {
    const procs = Object.entries(r.processes).map(([p, v]) => `${p} ${v.cpuSeconds}/${v.peakRssMb}`).join(', ');
    rows.push([name, r.requestsPerSecond, r.latencyMs.p50, r.latencyMs.p95, r.latencyMs.p99, r.non2xx + r.errors, procs].map(String));
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i])).join('  '));
  console.log(`create-task throughput ÷ baseline (a): ${ratios.createTaskThroughputOverBaselineA}`);
  console.log(`create-task p50 − baseline (a) p50: ${ratios.createTaskP50MinusBaselineAP50Ms} ms`);
}

/** Stop everything started, newest first, then exit. Safe to call more than once. */
function finish(code, why) {
  if (stopping) return;
  stopping = true;
  if (why) say(why);
  (async () => {
    const build = children.get('build');
    if (build && build.child.exitCode === null) build.child.kill('SIGTERM');
    await stopChild('gateway');
    await Promise.all([...SERVICES, 'pg-write'].map(stopChild));
    for (const cleanup of cleanups.reverse()) await cleanup().catch((err) => console.error(`cleanup failed: ${err.message}`));
    process.exit(code);
  })();
}

function positiveInt(name, fallback) {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new InfraError(`${name}=${raw} must be a positive whole number`);
  return n;
}

function round(n, digits) {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/** The event stream the services made for `prefix` (StreamNames in @hospital/platform: PREFIX_HOSPITAL). */
async function deleteStream(url, prefix) {
  const nc = await connect({ servers: url });
  try {
    const jsm = await nc.jetstreamManager();
    await jsm.streams.delete(`${prefix.replace(/\.$/, '').toUpperCase()}_HOSPITAL`).catch((err) => {
      if (!/not found/i.test(err.message)) throw err;
    });
  } finally {
    await nc.close();
  }
}

#!/usr/bin/env node
// `npm run bench`: builds the production bundles, starts the whole platform on
// fresh infrastructure, and drives the gateway over loopback with autocannon, next to three
// baselines measured in the same run at the same concurrency, so every figure is also a ratio
// that survives a noisy machine:
//   (a) the write floor: node:http + pg, one transaction with a task row and its outbox row
//   (b) a NATS request/reply echo with the create-task payload
//   (c) a plain endpoint on the gateway's own HTTP adapter behind the same auth (GET /auth/me)
// Then the scenarios of tools/bench/scenarios.mjs, the unloaded latency (one connection), and
// the reliability run (a minute of creates while one of two dispatch processes restarts).
//
// Environment: DATABASE_URL / NATS_URL (use those servers: a fresh database bench_<random> is
// created on that Postgres and dropped afterwards, the run's event stream deleted); otherwise
// an embedded Postgres and a nats-server on free ports with their data in .data/bench.
// BENCH_CONNECTIONS (32), BENCH_SECONDS (10), BENCH_WARMUP_SECONDS (2),
// BENCH_RELIABILITY_SECONDS (60; 0 skips it), BENCH_SCENARIOS (comma-separated keys; all),
// BENCH_PROFILE=1 (V8 CPU profiles into bench/profiles/<app>/), BENCH_LOGS=1 (the apps' output into
// bench/logs/<app>.log), BENCH_NODE_OPTIONS (the apps' V8
// flags; default: those of deploy/Dockerfile), SKIP_BUILD=1, LOG_LEVEL (info).
// Writes bench/results.json.

import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { connect } from 'nats';
import { ensureNats, ensurePostgres, eventStreamName, freePort, InfraError, maskUrl, withPgClient } from '../lib/infra.mjs';
import { Processes } from '../lib/processes.mjs';
import { runEcho } from './baselines/nats-echo.mjs';
import { measure, round, summarize, watchProcesses } from './measure.mjs';
import { reliabilityRun } from './reliability.mjs';
import { printReport, targetsOf } from './report.mjs';
import * as scenarios from './scenarios.mjs';

const { CREATE_TASK_BODY, createTask, jsonRequest, SCENARIOS } = scenarios;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const env = process.env;
const dataDir = path.join(root, '.data', 'bench');
const settings = {
  connections: positiveInt('BENCH_CONNECTIONS', 32),
  seconds: positiveInt('BENCH_SECONDS', 10),
  warmupSeconds: positiveInt('BENCH_WARMUP_SECONDS', 2),
  reliabilitySeconds: positiveInt('BENCH_RELIABILITY_SECONDS', 60, { zeroAllowed: true }),
};
const ONLY = env.BENCH_SCENARIOS ? new Set(env.BENCH_SCENARIOS.split(',').map((s) => s.trim())) : null;
const PROFILE = env.BENCH_PROFILE === '1';
// BENCH_LOGS=1: every process's output into bench/logs/<name>.log (a restarted process appends).
const LOG_DIR = env.BENCH_LOGS === '1' ? path.join(root, 'bench', 'logs') : null;
// The apps run with the V8 flags of the production image (deploy/Dockerfile), unless BENCH_NODE_OPTIONS says otherwise.
const APP_NODE_OPTIONS = env.BENCH_NODE_OPTIONS ?? imageNodeOptions();
const READY_TIMEOUT_MS = 90_000;
const SERVICES = ['dispatch', 'deposit', 'feedback'];
const APPS = ['gateway', ...SERVICES];

const say = (msg) => console.log(`[bench] ${msg}`);
const cleanups = []; // newest last; run in reverse
let stopping = false;
let build = null;
const procs = new Processes({
  cwd: root,
  stopping: () => stopping,
  say,
  onUnexpectedExit: (name, how, tail) => {
    console.error(`${name} exited unexpectedly (${how}); its last output:\n${tail.join('\n')}`);
    finish(1);
  },
});

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => finish(130, `${signal} received, stopping everything…`));
}

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
    await runBuild();
  }
  for (const app of APPS) bundleOf(app); // fail before starting anything if one is missing

  const postgres = await ensurePostgres({ dataDir: path.join(dataDir, 'postgres'), port: await freePort() });
  cleanups.push(() => postgres.stop());
  const databaseUrl = postgres.external ? await createScratchDatabase(postgres.url) : postgres.url;
  const nats = await ensureNats({ port: await freePort(), storeDir: path.join(dataDir, 'nats') });
  cleanups.push(() => nats.stop());
  say(`Postgres ${maskUrl(databaseUrl)}${postgres.external ? ' (scratch database on DATABASE_URL)' : ' (embedded)'}`);
  say(`NATS ${maskUrl(nats.url)}${nats.external ? ' (NATS_URL)' : ' (spawned nats-server)'}`);
  const prefix = `bench${randomBytes(3).toString('hex')}.`;

  // Baselines (a) and (b) before the platform starts, so nothing else runs beside them.
  const results = { baselines: {}, scenarios: {} };
  results.baselines.pgWrite = await baselinePgWrite(databaseUrl, settings.connections);
  results.baselines.natsEcho = await baselineNatsEcho(nats.url, prefix);

  const common = {
    DATABASE_URL: databaseUrl,
    NATS_URL: nats.url,
    NATS_SUBJECT_PREFIX: prefix,
    JWT_SECRET: 'bench-only-secret-0123456789abcdef0123456789',
    ID_HASH_KEY: 'bench-only-id-hash-key-0123456789abcdef01',
    SEED_DEMO: 'true', // the demo users log in
    NODE_ENV: 'production',
    LOG_LEVEL: env.LOG_LEVEL || 'info',
    // The limiter would answer 429 to a load generator; the benchmark measures the work, not the limit.
    RATE_LIMIT_PER_MINUTE: '100000000',
    ...(scenarios.PLATFORM_ENV ?? {}),
  };
  // The services create a stream for the run's prefix; on a shared NATS a run leaves nothing behind.
  cleanups.push(() => deleteStream(nats.url, prefix));
  const ports = {};
  const startApp = async (name, bundle, extraEnv) => {
    ports[name] = await freePort();
    const portVar = bundle === 'gateway' ? 'PORT' : 'HEALTH_PORT';
    procs.spawn(
      name,
      process.execPath,
      [...profileArgs(name), bundleOf(bundle)],
      { ...env, ...common, ...extraEnv, [portVar]: String(ports[name]), NODE_OPTIONS: APP_NODE_OPTIONS },
      { onLine: logTo(name) },
    );
    await procs.waitReady(name, `http://127.0.0.1:${ports[name]}/health/ready`, READY_TIMEOUT_MS);
  };
  for (const name of SERVICES) await startApp(name, name);
  await startApp('gateway', 'gateway');
  const platformPids = () => Object.fromEntries(APPS.map((name) => [name, procs.pid(name)]));

  const ctx = benchContext(`http://127.0.0.1:${ports.gateway}/api/v1`, databaseUrl);
  const dispatcherToken = await ctx.token('dispatcher');
  const runScenario = async (label, request, left) => {
    say(`${label}: ${settings.warmupSeconds} s warm-up, then ${settings.seconds} s at ${settings.connections} connections`);
    return measure({ request, pids: platformPids(), connections: settings.connections, seconds: settings.seconds, warmupSeconds: settings.warmupSeconds, left });
  };

  // Baseline (c): the gateway's HTTP adapter and auth guard, no validation, no NATS.
  results.baselines.plainEndpoint = await runScenario('baseline (c) GET /auth/me', jsonRequest(`${ctx.base}/auth/me`, 'GET', dispatcherToken));

  const unloaded = (request) => measure({ request, pids: platformPids(), connections: 1, seconds: 5, warmupSeconds: 1 });
  results.unloaded = {};
  for (const scenario of SCENARIOS) {
    if (ONLY && !ONLY.has(scenario.key)) continue;
    // Single-use items (tasks to assign, survey tokens) for warm-up and the measured run at 1.5 x the create rate seen.
    const rate = Math.max(300, results.scenarios.createTask?.requestsPerSecond ?? 0);
    ctx.supply = Math.ceil(rate * (settings.warmupSeconds + settings.seconds) * 1.5);
    say(`${scenario.label}: preparing…`);
    const prepared = await scenario.prepare(ctx);
    results.scenarios[scenario.key] = { kind: scenario.kind, ...(await runScenario(scenario.label, prepared.request, () => prepared.amount)) };
    // What one dispatcher or wallboard waits, on the same data (before the writes add thousands of open jobs).
    if (scenario.kind === 'read') {
      say(`${scenario.label}: 1 connection`);
      results.unloaded[scenario.key] = await unloaded(prepared.request);
    }
  }

  // The latency the platform adds to a create when nothing queues: one connection each.
  say('unloaded: 1 connection each for create task and baseline (a)');
  const createRequest = await createTask.prepare(ctx);
  results.unloaded.createTask = await unloaded(createRequest.request);
  results.unloaded.pgWrite = await baselinePgWrite(databaseUrl, 1, 5);

  if (settings.reliabilitySeconds > 0) {
    say('reliability: starting a second dispatch process');
    await startApp('dispatch-2', 'dispatch');
    say(`reliability: ${settings.reliabilitySeconds} s of creates at ${settings.connections} connections`);
    results.reliability = await reliabilityRun({
      request: createRequest.request,
      connections: settings.connections,
      seconds: settings.reliabilitySeconds,
      restart: async () => {
        await procs.stop('dispatch');
        await startApp('dispatch', 'dispatch');
      },
      databaseUrl,
      natsUrl: nats.url,
      prefix,
      say,
    });
  }

  const createTaskResult = results.scenarios.createTask;
  const pgWrite = results.baselines.pgWrite;
  const report = {
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
      ...settings,
      postgres: postgres.external ? 'DATABASE_URL (scratch database)' : 'embedded',
      nats: nats.external ? 'NATS_URL' : 'spawned nats-server',
      logLevel: common.LOG_LEVEL,
      appNodeOptions: APP_NODE_OPTIONS,
    },
    ratios: createTaskResult
      ? {
          createTaskThroughputOverBaselineA: round(createTaskResult.requestsPerSecond / pgWrite.requestsPerSecond, 3),
          createTaskP50MinusBaselineAP50Ms: round(createTaskResult.latencyMs.p50 - pgWrite.latencyMs.p50, 2),
          unloadedCreateTaskP50MinusBaselineAP50Ms: round(results.unloaded.createTask.latencyMs.p50 - results.unloaded.pgWrite.latencyMs.p50, 2),
        }
      : {},
    ...results,
    wallSeconds: round((Date.now() - startedAt) / 1000, 1),
  };
  report.targets = targetsOf(report);
  printReport(report);
  fs.mkdirSync(path.join(root, 'bench'), { recursive: true });
  fs.writeFileSync(path.join(root, 'bench', 'results.json'), `${JSON.stringify(report, null, 2)}\n`);
  say(`wrote bench/results.json (${report.wallSeconds} s)`);
}

/** Baseline (a): its own process, measured alone. */
async function baselinePgWrite(databaseUrl, connections, seconds = settings.seconds) {
  const port = await freePort();
  procs.spawn('pg-write', process.execPath, [path.join(root, 'tools/bench/baselines/pg-write.mjs')], { ...env, DATABASE_URL: databaseUrl, PORT: String(port) });
  await procs.waitForLine('pg-write', 'listening', READY_TIMEOUT_MS);
  say(`baseline (a) pg write floor: ${connections} connection(s)`);
  const request = { url: `http://127.0.0.1:${port}/`, method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(CREATE_TASK_BODY) };
  const result = await measure({ request, pids: { 'pg-write': procs.pid('pg-write') }, connections, seconds, warmupSeconds: settings.warmupSeconds });
  await procs.stop('pg-write');
  return result;
}

/** Baseline (b): an echo responder in its own process, the requesters in this one. */
async function baselineNatsEcho(natsUrl, prefix) {
  const subject = `${prefix}bench.echo`;
  procs.spawn('nats-echo', process.execPath, [path.join(root, 'tools/bench/baselines/nats-echo.mjs'), 'serve'], { ...env, NATS_URL: natsUrl, SUBJECT: subject });
  await procs.waitForLine('nats-echo', 'listening', READY_TIMEOUT_MS);
  say(`baseline (b) NATS request/reply echo: ${settings.connections} in flight`);
  // The request the gateway sends for a create: the body plus who asks.
  const payload = JSON.stringify({ data: CREATE_TASK_BODY, actor: { id: randomBytes(16).toString('hex'), kind: 'user', roles: ['dispatcher'] } });
  const load = { natsUrl, subject, payload, connections: settings.connections };
  await runEcho({ ...load, seconds: settings.warmupSeconds });
  const watch = watchProcesses({ 'nats-echo': procs.pid('nats-echo') });
  const echo = await runEcho({ ...load, seconds: settings.seconds });
  const processes = watch();
  await procs.stop('nats-echo');
  return { ...summarize({ latencies: echo.latenciesMs, elapsed: echo.elapsedSeconds, errors: echo.errors, processes }), payloadBytes: payload.length };
}

function benchContext(base, databaseUrl) {
  const tokens = new Map();
  const ctx = {
    base,
    databaseUrl,
    supply: 0,
    say,
    async api(method, pathname, { token, body, headers } = {}) {
      const res = await fetch(`${base}${pathname}`, {
        method,
        headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      if (!res.ok) throw new InfraError(`${method} ${pathname} answered ${res.status}: ${text}`);
      return text ? JSON.parse(text) : null;
    },
    async token(username) {
      if (!tokens.has(username)) {
        const { accessToken } = await ctx.api('POST', '/auth/login', { body: { username, password: `${username}-demo-2026` } });
        tokens.set(username, accessToken);
      }
      return tokens.get(username);
    },
  };
  return ctx;
}

async function createScratchDatabase(serverUrl) {
  const name = `bench_${randomBytes(4).toString('hex')}`;
  await withPgClient(serverUrl, (c) => c.query(`CREATE DATABASE "${name}"`));
  cleanups.push(() => withPgClient(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** NODE_OPTIONS of the final stage of deploy/Dockerfile ('' when it sets none). */
function imageNodeOptions() {
  const dockerfile = fs.readFileSync(path.join(root, 'deploy', 'Dockerfile'), 'utf8');
  const finalStage = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
  return /^ENV NODE_OPTIONS="([^"]*)"/m.exec(finalStage)?.[1] ?? '';
}

function logTo(name) {
  if (!LOG_DIR) return undefined;
  fs.mkdirSync(LOG_DIR, { recursive: true });
  const file = path.join(LOG_DIR, `${name}.log`);
  return (_stream, line) => fs.appendFileSync(file, `${line}\n`);
}

function profileArgs(name) {
  if (!PROFILE) return [];
  const dir = path.join(root, 'bench', 'profiles', name);
  fs.rmSync(dir, { recursive: true, force: true });
  return ['--cpu-prof', `--cpu-prof-dir=${dir}`];
}

function bundleOf(app) {
  const bundle = path.join(root, 'dist', 'apps', app, 'main.js');
  if (!fs.existsSync(bundle)) throw new InfraError(`${path.relative(root, bundle)} is missing: run without SKIP_BUILD=1`);
  return bundle;
}

function runBuild() {
  return new Promise((resolve, reject) => {
    build = spawn('npm', ['run', 'build:prod', '--', '--parallel=2'], {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
    });
    build.once('exit', (code) => (code === 0 ? resolve() : reject(new InfraError(`npm run build:prod failed (exit code ${code})`))));
    build.once('error', reject);
  });
}

/** Stop everything started, newest first, then exit. Safe to call more than once. */
function finish(code, why) {
  if (stopping) return;
  stopping = true;
  if (why) say(why);
  (async () => {
    if (build && build.exitCode === null) build.kill('SIGTERM');
    await procs.stop('gateway');
    await Promise.all(['dispatch', 'dispatch-2', 'deposit', 'feedback', 'pg-write', 'nats-echo'].map((name) => procs.stop(name)));
    for (const cleanup of cleanups.reverse()) await cleanup().catch((err) => console.error(`cleanup failed: ${err.message}`));
    process.exit(code);
  })();
}

function positiveInt(name, fallback, { zeroAllowed = false } = {}) {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < (zeroAllowed ? 0 : 1)) throw new InfraError(`${name}=${raw} must be a ${zeroAllowed ? 'whole number ≥ 0' : 'positive whole number'}`);
  return n;
}

/** The event stream the services made for `prefix`. */
async function deleteStream(url, prefix) {
  const nc = await connect({ servers: url });
  try {
    const jsm = await nc.jetstreamManager();
    await jsm.streams.delete(eventStreamName(prefix)).catch((err) => {
      if (!/not found/i.test(err.message)) throw err;
    });
  } finally {
    await nc.close();
  }
}

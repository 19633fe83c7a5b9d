#!/usr/bin/env node
// `npm start`: the whole platform on one machine. On a fresh machine with Node 20+ and
// nats-server on the PATH it starts Postgres (embedded, data in .data/postgres), NATS,
// builds and starts the four services and the gateway, and prints where to go.
// Ctrl-C stops everything it started, in order: gateway, services, NATS, Postgres.
//
// Environment: DATABASE_URL / NATS_URL (use those servers instead), PG_PORT (5433),
// NATS_PORT (4223), PORT (gateway, 3000), DISPATCH_HEALTH_PORT (3101),
// DEPOSIT_HEALTH_PORT (3102), FEEDBACK_HEALTH_PORT (3103), WEBHOOKS_HEALTH_PORT (3104),
// SKIP_BUILD=1 (start the last build), JWT_SECRET, ID_HASH_KEY, WEBHOOKS_SECRET_KEY, LOG_LEVEL (info).

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertPortFree, ensureNats, ensurePostgres, InfraError, maskUrl } from '../lib/infra.mjs';
import { Processes } from '../lib/processes.mjs';
import { DEMO_USERS } from './demo-users.mjs';

const startedAt = Date.now();
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const env = process.env;

// Services first: the gateway's readiness depends on reaching them.
const SERVICES = [
  { name: 'dispatch', portVar: 'DISPATCH_HEALTH_PORT', defaultPort: 3101, color: '35' },
  { name: 'deposit', portVar: 'DEPOSIT_HEALTH_PORT', defaultPort: 3102, color: '33' },
  { name: 'feedback', portVar: 'FEEDBACK_HEALTH_PORT', defaultPort: 3103, color: '32' },
  // Webhooks to the hospital's own systems, which run on private addresses: allowed here (development only).
  { name: 'webhooks', portVar: 'WEBHOOKS_HEALTH_PORT', defaultPort: 3104, color: '34', env: { WEBHOOKS_ALLOW_PRIVATE_URLS: env.WEBHOOKS_ALLOW_PRIVATE_URLS || 'true' } },
];
const GATEWAY = { name: 'gateway', portVar: 'PORT', defaultPort: 3000, color: '36' };
const APPS = [...SERVICES, GATEWAY];
const READY_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 10_000;
const DEV_JWT_SECRET = 'dev-only-secret-change-me-0123456789abcdef';
// Development only, like the JWT secret: production sets its own (see deploy/).
const DEV_ID_HASH_KEY = 'dev-only-id-hash-key-change-me-0123456789';
const DEV_WEBHOOKS_SECRET_KEY = 'dev-only-webhooks-secret-key-change-me-0123';

const colorOut = process.stdout.isTTY && !env.NO_COLOR;
const colorErr = process.stderr.isTTY && !env.NO_COLOR;
const paint = (on, code, text) => (on ? `\x1b[${code}m${text}\x1b[0m` : text);
const say = (msg) => console.log(`${paint(colorOut, '1', '[start]')} ${msg}`);
const complain = (msg) => console.error(paint(colorErr, '31', msg));

const infra = []; // promises of what ensurePostgres/ensureNats returned, in start order
let build = null;
let buildExited = null;
let stopping = false;

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => shutdown(0, `${signal} received, stopping everything…`));
}
const apps = new Processes({
  cwd: root,
  stopping: () => stopping,
  say,
  onUnexpectedExit: (name, how) => {
    complain(`${name} exited unexpectedly (${how}): stopping everything`);
    shutdown(1);
  },
});
process.on('exit', () => {
  if (build && isAlive(build)) build.kill('SIGKILL');
});

main().catch((err) => {
  if (stopping) return; // a consequence of stopping (an aborted wait, a killed build), not news
  complain(err instanceof InfraError ? err.message : err.stack);
  shutdown(1);
});

async function main() {
  const ports = Object.fromEntries(APPS.map((app) => [app.name, portFromEnv(app.portVar, app.defaultPort)]));
  // Checked up front too, so a taken port costs a second rather than a Postgres start and a build.
  await checkAppPorts(ports);

  // a. Postgres and NATS
  const postgresP = ensurePostgres({ dataDir: path.join(root, '.data', 'postgres'), port: portFromEnv('PG_PORT', 5433) });
  infra.push(postgresP);
  const postgres = await postgresP;
  if (stopping) return;
  const natsP = ensureNats({ port: portFromEnv('NATS_PORT', 4223), storeDir: path.join(root, '.data', 'nats') });
  infra.push(natsP);
  const nats = await natsP;
  if (stopping) return;
  say(`Postgres ${maskUrl(postgres.url)} (${postgres.external ? 'DATABASE_URL' : 'embedded, data in .data/postgres'})`);
  say(`NATS ${maskUrl(nats.url)} (${nats.external ? 'NATS_URL' : 'spawned nats-server, store in .data/nats'})`);

  // b. Build
  if (env.SKIP_BUILD === '1') {
    say('SKIP_BUILD=1: starting the existing dist/ bundles');
  } else {
    say('building gateway, dispatch, deposit, feedback, webhooks…');
    const code = await runBuild();
    if (stopping) return;
    if (code !== 0) {
      throw new InfraError(`the build failed (exit code ${code}): fix the errors above, or set SKIP_BUILD=1 to start the last build`);
    }
  }
  for (const app of APPS) {
    if (!fs.existsSync(bundleOf(app))) {
      throw new InfraError(`${path.relative(root, bundleOf(app))} is missing: run without SKIP_BUILD=1 so the apps get built`);
    }
  }

  // c. The build took a while; something may have taken a port meanwhile.
  await checkAppPorts(ports);
  if (stopping) return;

  // d. Start the apps, one at a time: each service migrates its schema on boot.
  const common = {
    DATABASE_URL: postgres.url,
    NATS_URL: nats.url,
    JWT_SECRET: env.JWT_SECRET || DEV_JWT_SECRET,
    ID_HASH_KEY: env.ID_HASH_KEY || DEV_ID_HASH_KEY,
    WEBHOOKS_SECRET_KEY: env.WEBHOOKS_SECRET_KEY || DEV_WEBHOOKS_SECRET_KEY,
    SEED_DEMO: 'true',
    NODE_ENV: 'development',
    LOG_LEVEL: env.LOG_LEVEL || 'info',
  };
  for (const service of SERVICES) {
    spawnApp(service, { ...common, ...service.env, HEALTH_PORT: String(ports[service.name]) });
    await waitReady(service, ports[service.name]);
    if (stopping) return;
  }
  spawnApp(GATEWAY, { ...common, PORT: String(ports.gateway) });
  await waitReady(GATEWAY, ports.gateway);
  if (stopping) return;

  // e. Where to go
  printBox(ports.gateway, postgres.external);
}

function portFromEnv(name, fallback) {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new InfraError(`${name}=${raw} is not a port number: use 1-65535`);
  }
  return port;
}

async function checkAppPorts(ports) {
  for (const app of APPS) {
    const what = app === GATEWAY ? 'gateway' : `${app.name} health endpoint`;
    await assertPortFree(ports[app.name], what, app.portVar);
  }
}

function bundleOf(app) {
  return path.join(root, 'dist', 'apps', app.name, 'main.js');
}

/** Resolves to the build's exit code. */
function runBuild() {
  const args = ['nx', 'run-many', '-t', 'build', '--projects=gateway,dispatch,deposit,feedback,webhooks', '--parallel=2'];
  build = spawn('npx', args, {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
  });
  buildExited = new Promise((resolve) => {
    build.once('exit', (code, signal) => resolve(signal ? 1 : code));
    build.once('error', (err) => {
      complain(`could not run npx: ${err.message}`);
      resolve(1);
    });
  });
  return buildExited;
}

function spawnApp(app, extraEnv) {
  const tag = paint(colorOut, app.color, `[${app.name}]`.padEnd(10));
  apps.spawn(app.name, process.execPath, [bundleOf(app)], { ...env, ...extraEnv }, {
    onLine: (stream, line) => (stream === 'stdout' ? process.stdout : process.stderr).write(`${tag} ${line}\n`),
  });
}

function waitReady(app, port) {
  return apps.waitReady(app.name, `http://127.0.0.1:${port}/health/ready`, READY_TIMEOUT_MS);
}

function printBox(port, externalDb) {
  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
  const userWidth = Math.max(...DEMO_USERS.map((u) => u.username.length));
  const passWidth = Math.max(...DEMO_USERS.map((u) => u.password.length));
  const lines = [
    `Hospital service platform is running (started in ${seconds} s)`,
    '',
    `API gateway  http://localhost:${port}/api/v1`,
    `Swagger UI   http://localhost:${port}/docs`,
    '',
    'Demo logins (username, password, role):',
    ...DEMO_USERS.map((u) => `  ${u.username.padEnd(userWidth)}  ${u.password.padEnd(passWidth)}  ${u.role}`),
    '',
    ...(externalDb ? [] : ['Data lives in .data/ (delete it to start from scratch).']),
    'Ctrl-C stops everything.',
  ];
  const width = Math.max(...lines.map((l) => l.length));
  const box = [
    `┌${'─'.repeat(width + 2)}┐`,
    ...lines.map((l) => `│ ${l.padEnd(width)} │`),
    `└${'─'.repeat(width + 2)}┘`,
  ];
  console.log(box.map((l) => paint(colorOut, '1;32', l)).join('\n'));
}

function isAlive(child) {
  return child.exitCode === null && child.signalCode === null;
}

/** SIGTERM, then SIGKILL if it is still there after STOP_TIMEOUT_MS. */
async function stopBuild() {
  if (!isAlive(build)) return;
  build.kill('SIGTERM');
  const timer = setTimeout(() => build.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await buildExited;
  clearTimeout(timer);
}

/** Stop everything we started, newest first, then exit. Safe to call more than once. */
function shutdown(code, why) {
  if (stopping) return;
  stopping = true;
  if (why) say(why);
  (async () => {
    if (build) await stopBuild();
    await apps.stop(GATEWAY.name, STOP_TIMEOUT_MS); // stop taking requests before the services go away
    await Promise.all(SERVICES.map((s) => apps.stop(s.name, STOP_TIMEOUT_MS)));
    for (const p of [...infra].reverse()) {
      const server = await p.catch(() => null); // one that failed to start has cleaned up after itself
      await server?.stop().catch((err) => complain(`stopping failed: ${err.message}`));
    }
    process.exit(code);
  })();
}

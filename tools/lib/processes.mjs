// The platform's processes as `npm start` and `npm run bench` run them: spawned each in its
// own process group, watched for an unexpected exit, waited on until ready, and stopped with
// one SIGTERM (then SIGKILL) so a NestJS app finishes its graceful shutdown.

import { spawn } from 'node:child_process';
import readline from 'node:readline';
import { InfraError, waitForHttp } from './infra.mjs';

const TAIL_LINES = 40;

export class Processes {
  /**
   * @param {object} options
   * @param {string} options.cwd
   * @param {(name: string, how: string, tail: string[]) => void} options.onUnexpectedExit
   *   called when a process exits that nobody asked to stop (unless `stopping()` says so)
   * @param {() => boolean} options.stopping true once the owner is shutting everything down
   * @param {(msg: string) => void} [options.say]
   */
  constructor({ cwd, onUnexpectedExit, stopping, say = () => {} }) {
    this.cwd = cwd;
    this.onUnexpectedExit = onUnexpectedExit;
    this.stopping = stopping;
    this.say = say;
    this.entries = new Map(); // name -> { child, exited, died, tail, stopRequested }
    // Last resort if the owner itself crashes: the children run in their own process groups,
    // so nothing else would ever stop them.
    process.on('exit', () => this.killAll());
  }

  /**
   * Starts `command args` (a Node script when command is process.execPath). `onLine(stream,
   * line)` sees every output line; the last lines are kept for the exit report either way.
   */
  spawn(name, command, args, env, { onLine } = {}) {
    if (this.stopping()) throw new InfraError('stopping'); // Ctrl-C during a start-up step: start nothing more
    const child = spawn(command, args, {
      cwd: this.cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group: Ctrl-C then reaches only the owner, which stops the apps in
      // order with one SIGTERM each. (A NestJS app that got the terminal's SIGINT and then
      // our SIGTERM would die on the second signal instead of finishing its shutdown.)
      detached: true,
    });
    const tail = [];
    for (const [streamName, stream] of [['stdout', child.stdout], ['stderr', child.stderr]]) {
      readline.createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => {
        tail.push(line);
        if (tail.length > TAIL_LINES) tail.shift();
        onLine?.(streamName, line);
      });
    }
    const died = new AbortController(); // aborts the waits when the process is gone
    const exited = new Promise((resolve) => {
      // 'close', not 'exit': it comes once the output is read to the end, so the last lines
      // (a crash's reason, a shutdown's "closed cleanly") are never cut off.
      child.once('close', (code, signal) => resolve({ code, signal }));
      child.once('error', (err) => resolve({ code: err.code ?? err.message, signal: null }));
    });
    const entry = { child, exited, died, tail, stopRequested: false };
    exited.then(({ code, signal }) => {
      if (!this.stopping() && !entry.stopRequested) this.onUnexpectedExit(name, signal ? `signal ${signal}` : `exit code ${code}`, tail);
      died.abort(new InfraError(`${name} exited`));
    });
    this.entries.set(name, entry);
    return entry;
  }

  pid(name) {
    return this.entries.get(name)?.child.pid;
  }

  isAlive(name) {
    const child = this.entries.get(name)?.child;
    return Boolean(child) && child.exitCode === null && child.signalCode === null;
  }

  /** Resolves at the first output line containing `text`. */
  waitForLine(name, text, timeoutMs) {
    const entry = this.entries.get(name);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new InfraError(`${name}: no "${text}" within ${timeoutMs / 1000} s`)), timeoutMs);
      const onData = (chunk) => {
        if (!chunk.toString().includes(text)) return;
        clearTimeout(timer);
        entry.child.stdout.off('data', onData);
        resolve();
      };
      entry.child.stdout.on('data', onData);
      entry.died.signal.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(entry.died.signal.reason);
      });
    });
  }

  /** Polls `url` (its /health/ready) until it answers 2xx; fails at once if the process dies. */
  async waitReady(name, url, timeoutMs) {
    try {
      await waitForHttp(url, timeoutMs, { signal: this.entries.get(name).died.signal });
    } catch (err) {
      if (err instanceof InfraError) throw new InfraError(`${name} is not ready: ${err.message}`);
      throw err;
    }
    this.say(`${name} is ready`);
  }

  /** SIGTERM, then SIGKILL if it is still there after `timeoutMs`. */
  async stop(name, timeoutMs = 10_000) {
    const entry = this.entries.get(name);
    if (!entry || !this.isAlive(name)) return;
    entry.stopRequested = true;
    entry.child.kill('SIGTERM');
    const timer = setTimeout(() => {
      this.say(`${name} did not stop within ${timeoutMs / 1000} s: killing it`);
      entry.child.kill('SIGKILL');
    }, timeoutMs);
    await entry.exited;
    clearTimeout(timer);
  }

  killAll() {
    for (const name of this.entries.keys()) if (this.isAlive(name)) this.entries.get(name).child.kill('SIGKILL');
  }
}

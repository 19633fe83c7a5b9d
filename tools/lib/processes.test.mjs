// How `npm start` and `npm run bench` run the apps (node --test; part of `npm test`).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Processes } from './processes.mjs';

const node = process.execPath;
const script = (code) => ['-e', code];

function processes() {
  const unexpected = [];
  const procs = new Processes({ cwd: process.cwd(), stopping: () => false, onUnexpectedExit: (name, how, tail) => unexpected.push({ name, how, tail }) });
  return { procs, unexpected };
}

describe('Processes', () => {
  it('waits for a line, stops with SIGTERM, and does not call a requested stop unexpected', async () => {
    const { procs, unexpected } = processes();
    const lines = [];
    procs.spawn('app', node, script(`process.on('SIGTERM', () => { console.log('bye'); process.exit(0); }); console.log('listening'); setInterval(() => {}, 1000);`), process.env, {
      onLine: (_stream, line) => lines.push(line),
    });
    await procs.waitForLine('app', 'listening', 5_000);
    assert.equal(procs.isAlive('app'), true);
    await procs.stop('app', 5_000);
    assert.equal(procs.isAlive('app'), false);
    assert.deepEqual(lines, ['listening', 'bye']);
    assert.deepEqual(unexpected, []);
  });

  it('reports a process that dies on its own, with its last lines, and fails a wait on it at once', async () => {
    const { procs, unexpected } = processes();
    procs.spawn('crasher', node, script(`console.error('database is gone'); process.exit(3);`), process.env);
    await assert.rejects(procs.waitForLine('crasher', 'listening', 5_000), /crasher exited/);
    assert.deepEqual(unexpected, [{ name: 'crasher', how: 'exit code 3', tail: ['database is gone'] }]);
  });

  it('kills a process that ignores SIGTERM once the stop timeout has passed', async () => {
    const { procs } = processes();
    procs.spawn('stubborn', node, script(`process.on('SIGTERM', () => {}); console.log('up'); setInterval(() => {}, 1000);`), process.env);
    await procs.waitForLine('stubborn', 'up', 5_000);
    const started = Date.now();
    await procs.stop('stubborn', 300);
    assert.equal(procs.isAlive('stubborn'), false);
    assert.ok(Date.now() - started >= 300);
  });
});

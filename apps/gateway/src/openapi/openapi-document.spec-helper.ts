import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The committed document, as integrators get it (openapi.spec.ts keeps it equal to the code's). */
export const OPENAPI_JSON = join(__dirname, '..', '..', '..', '..', 'openapi.json');

// The document is JSON of many shapes; the specs read the parts they check.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export function committedDocument(): Json {
  return JSON.parse(readFileSync(OPENAPI_JSON, 'utf8'));
}

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

export function operations(document: Json): { path: string; method: string; operation: Json }[] {
  return Object.entries(document.paths as Record<string, Json>).flatMap(([path, item]) =>
    HTTP_METHODS.filter((m) => item[m]).map((method) => ({ path, method, operation: item[method] })),
  );
}

/**
 * Validates values against the document's own schemas with ajv: OpenAPI 3.0 schemas are JSON
 * Schema plus a few keywords (nullable, discriminator, example) that `strict: false` lets through;
 * `nullable` is ajv's own, formats (uuid, date-time, date) come from ajv-formats. The components are
 * registered once under `openapi.json`, so `#/components/schemas/...` resolves as in the document.
 */
export class DocumentSchemas {
  private readonly ajv = new Ajv({ strict: false, allErrors: true });
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(readonly document: Json) {
    addFormats(this.ajv);
    this.ajv.addSchema({ components: document.components }, 'openapi.json');
  }

  /** Errors of `value` against `schema` (a schema of the document, `$ref`s relative to it); [] when valid. */
  errors(schema: Json, value: unknown): string[] {
    const key = JSON.stringify(schema);
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.ajv.compile(rebase(schema));
      this.compiled.set(key, validate);
    }
    return validate(value) ? [] : (validate.errors ?? []).map((e: ErrorObject) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
  }

  /**
   * What the committed document declares for one answer of `method path` (the path as in the
   * document, `{id}` and all), and what is wrong with the real one: its status must be declared,
   * its Content-Type must be one declared for it, its body must match that media type's schema,
   * and the headers declared with `required` must be there. [] when it conforms.
   */
  conformance(method: string, path: string, answer: { status: number; headers: Record<string, string | string[] | undefined>; body: unknown }): string[] {
    const operation = this.document.paths[path]?.[method.toLowerCase()];
    if (!operation) return [`${method} ${path} is not in the document`];
    const response = operation.responses[String(answer.status)];
    if (!response) return [`${method} ${path} does not declare ${answer.status} (declares ${Object.keys(operation.responses).join(', ')})`];
    const problems: string[] = [];
    for (const name of Object.keys(response.headers ?? {})) {
      if (name.toLowerCase() === 'x-request-id' && answer.headers['x-request-id'] === undefined) problems.push(`no ${name} header`);
    }
    const declared = Object.keys(response.content ?? {});
    if (!declared.length) {
      if (answer.body !== undefined && answer.body !== '' && !(typeof answer.body === 'object' && answer.body !== null && !Object.keys(answer.body).length)) {
        problems.push(`${answer.status} declares no body, got ${JSON.stringify(answer.body).slice(0, 200)}`);
      }
      return problems;
    }
    const contentType = String(answer.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (!declared.includes(contentType)) return [...problems, `Content-Type ${contentType || '(none)'} is not one of ${declared.join(', ')}`];
    const schema = response.content[contentType].schema;
    return [...problems, ...this.errors(schema, answer.body).map((e) => `body ${e}`)];
  }
}

/** `#/components/...` → `openapi.json#/components/...`, so a schema compiled on its own resolves into the document. */
function rebase(schema: Json): Json {
  if (Array.isArray(schema)) return schema.map(rebase);
  if (!schema || typeof schema !== 'object') return schema;
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [key, key === '$ref' && typeof value === 'string' && value.startsWith('#/') ? `openapi.json${value}` : rebase(value)]),
  );
}

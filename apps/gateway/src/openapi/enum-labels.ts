import type { OpenAPIObject } from '@nestjs/swagger';
import { ENUM_LABELS, ENUM_MEMBERS, isLabelledEnum, type LabelledEnumName } from '@hospital/contracts';

/** The vendor extensions code generators read to name an enum's members and describe its values. */
export const ENUM_EXTENSIONS = ['x-enum-varnames', 'x-enum-descriptions', 'x-enumNames'] as const;

/** How an inline enum schema (not under components.schemas) may carry its enum's name. */
const INLINE_NAME_KEYS = ['x-enumName', 'x-enum-name', 'title'] as const;

type Schema = Record<string, unknown> & { enum?: unknown[] };

/**
 * Adds to every enum schema of the document whose name the contract labels (libs/contracts/src/common/labels.ts)
 * what generators turn into named, documented members:
 *
 * - `x-enum-varnames` (openapi-generator, openapi-typescript, ...) and `x-enumNames` (NSwag, ...): the
 *   TypeScript member names, `InternalMedicine` for `INTERNAL_MEDICINE`;
 * - `x-enum-descriptions`: the zh-CN label, then the English after " / ": `内科组 / Internal medicine`.
 *
 * The name is the schema's key under components.schemas (an `enumName` puts it there), or for an
 * inline enum its `x-enumName`, `x-enum-name` or `title`. An enum the contract does not label, or one
 * with a value it has no label for, is left as it is rather than labelled in part (enum-labels.spec.ts
 * fails on either). Changes the document in place and returns it; running it twice changes nothing more.
 */
export function withEnumLabels(document: OpenAPIObject): OpenAPIObject {
  const components = document.components?.schemas ?? {};
  const named = new Set<unknown>();
  for (const [name, schema] of Object.entries(components)) {
    if (isEnumSchema(schema)) {
      label(schema, name);
      named.add(schema);
    }
  }
  visit(document, (schema) => {
    if (named.has(schema)) return;
    const name = INLINE_NAME_KEYS.map((key) => schema[key]).find((value): value is string => typeof value === 'string');
    if (name !== undefined) label(schema, name);
  });
  return document;
}

export function isEnumSchema(value: unknown): value is Schema & { enum: unknown[] } {
  return typeof value === 'object' && value !== null && Array.isArray((value as Schema).enum);
}

/** Calls `onEnum` for every enum schema anywhere in `node`. */
export function visit(node: unknown, onEnum: (schema: Schema & { enum: unknown[] }) => void): void {
  if (typeof node !== 'object' || node === null) return;
  if (isEnumSchema(node)) onEnum(node);
  for (const child of Array.isArray(node) ? node : Object.values(node)) visit(child, onEnum);
}

function label(schema: Schema & { enum: unknown[] }, name: string): void {
  if (!isLabelledEnum(name)) return;
  const labels = ENUM_LABELS[name] as Readonly<Record<string, { 'zh-CN': string; en: string }>>;
  const values = schema.enum;
  if (!values.every((value): value is string => typeof value === 'string' && Object.hasOwn(labels, value))) return;
  const varnames = values.map((value) => memberName(name, value));
  schema['x-enum-varnames'] = varnames;
  schema['x-enum-descriptions'] = values.map((value) => `${labels[value]['zh-CN']} / ${labels[value].en}`);
  schema['x-enumNames'] = varnames;
}

function memberName(name: LabelledEnumName, value: string): string {
  const members: Readonly<Record<string, string>> = ENUM_MEMBERS[name];
  // Every labelled value is a member's (labels.spec.ts): the fallback is never reached by the contract's own enums.
  return Object.keys(members).find((member) => members[member] === value) ?? value;
}

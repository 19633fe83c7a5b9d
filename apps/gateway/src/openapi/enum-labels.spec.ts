import { NestFactory } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import { ENUM_LABELS, ENUM_MEMBERS, isLabelledEnum } from '@hospital/contracts';
import { GatewayAppModule } from '../app.module';
import { loadGatewayEnv } from '../config';
import { applyRoutePrefix } from '../http/configure-gateway';
import { ENUM_EXTENSIONS, isEnumSchema, visit, withEnumLabels } from './enum-labels';
import { buildOpenApiDocument } from './openapi';

type EnumSchema = Record<string, unknown> & { enum: unknown[] };

/** The gateway's document, built as openapi.spec.ts builds it (preview: routes and DTOs, no database or NATS). */
async function gatewayDocument(): Promise<OpenAPIObject> {
  const env = loadGatewayEnv({
    DATABASE_URL: 'postgres://preview@127.0.0.1:1/preview',
    NATS_URL: 'nats://127.0.0.1:1',
    JWT_SECRET: 'preview-only-secret-0123456789abcdef',
  });
  const app = await NestFactory.create(GatewayAppModule.forRoot(env), { preview: true, logger: false });
  applyRoutePrefix(app);
  const document = JSON.parse(JSON.stringify(buildOpenApiDocument(app))) as OpenAPIObject;
  await app.close();
  return document;
}

/** Every enum schema of the document, with where it is and the name it carries (none for an unnamed inline one). */
function enumsOf(document: OpenAPIObject): { where: string; name: string | undefined; schema: EnumSchema }[] {
  const components = Object.entries(document.components?.schemas ?? {}).filter((entry): entry is [string, EnumSchema] => isEnumSchema(entry[1]));
  const found: { where: string; name: string | undefined; schema: EnumSchema }[] = components.map(([name, schema]) => ({
    where: `#/components/schemas/${name}`,
    name,
    schema,
  }));
  const seen = new Set<unknown>(components.map(([, schema]) => schema));
  visit(document, (schema) => {
    if (seen.has(schema)) return;
    seen.add(schema);
    const name = [schema['x-enumName'], schema['x-enum-name'], schema['title']].find((n): n is string => typeof n === 'string');
    found.push({ where: `inline ${JSON.stringify(schema.enum)}`, name, schema });
  });
  return found;
}

const HAN = /\p{Script=Han}/u;

describe('withEnumLabels', () => {
  let document: OpenAPIObject;

  beforeAll(async () => {
    // Whether or not buildOpenApiDocument calls it already: a second run changes nothing.
    document = withEnumLabels(withEnumLabels(await gatewayDocument()));
  });

  it('labels every value of every named enum of the gateway’s document, in member order', () => {
    const named = enumsOf(document).filter((e) => e.name !== undefined);
    expect(named.length).toBeGreaterThanOrEqual(52);
    // A named enum the contract does not label: add it to libs/contracts/src/common/labels.ts.
    expect(named.filter((e) => !isLabelledEnum(e.name!)).map((e) => e.where)).toEqual([]);
    for (const { where, schema } of named) {
      const values = schema.enum as string[];
      for (const extension of ENUM_EXTENSIONS) {
        expect({ where, extension, count: (schema[extension] as unknown[] | undefined)?.length }).toEqual({ where, extension, count: values.length });
      }
      for (const description of schema['x-enum-descriptions'] as string[]) {
        expect({ where, description, labelled: HAN.test(description.split(' / ')[0]) && description.split(' / ').length === 2 }).toEqual({ where, description, labelled: true });
      }
      expect(schema['x-enumNames']).toEqual(schema['x-enum-varnames']);
    }
  });

  it('names the members as the TypeScript enum does and describes them zh-CN first, English after " / "', () => {
    const schemas = document.components!.schemas as Record<string, EnumSchema>;
    expect(schemas['Group']).toMatchObject({
      enum: ['INTERNAL_MEDICINE', 'SURGERY', 'EMERGENCY'],
      'x-enum-varnames': ['InternalMedicine', 'Surgery', 'Emergency'],
      'x-enum-descriptions': ['内科组 / Internal medicine', '外科组 / Surgery', '急诊组 / Emergency'],
      'x-enumNames': ['InternalMedicine', 'Surgery', 'Emergency'],
    });
    expect(schemas['TaskType']['x-enum-descriptions']).toContain('陪检 / Patient transport');
    expect(schemas['SettableUnitStatus']['x-enum-varnames']).toEqual(['Available', 'Maintenance', 'Lost']);
    expect(schemas['LabelLocale']).toMatchObject({ enum: ['zh-CN', 'en'], 'x-enum-varnames': ['ZhCn', 'En'] });
    for (const { name, schema } of enumsOf(document).filter((e) => e.name !== undefined && isLabelledEnum(e.name))) {
      const members = ENUM_MEMBERS[name as keyof typeof ENUM_MEMBERS] as Record<string, string>;
      expect({ name, values: (schema['x-enum-varnames'] as string[]).map((m) => members[m]) }).toEqual({ name, values: schema.enum });
    }
  });

  it('leaves unnamed only inline enums that are no enum of the contract (else a DTO lost its enumName)', () => {
    const sameValues = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((v) => b.includes(v));
    const contractEnums = Object.entries(ENUM_LABELS).map(([name, labels]) => ({ name, values: Object.keys(labels) }));
    const unnamed = enumsOf(document).filter((e) => e.name === undefined);
    const lookLikeContractEnums = unnamed.flatMap((e) => contractEnums.filter((c) => sameValues(c.values, e.schema.enum)).map((c) => `${e.where} is ${c.name}`));
    expect(lookLikeContractEnums).toEqual([]);
    for (const { schema } of unnamed) for (const extension of ENUM_EXTENSIONS) expect(schema[extension]).toBeUndefined();
  });
});

describe('withEnumLabels on a hand-made document', () => {
  const doc = (schemas: Record<string, unknown>, paths: Record<string, unknown> = {}): OpenAPIObject =>
    ({ openapi: '3.0.0', info: { title: 't', version: '1' }, paths, components: { schemas } }) as OpenAPIObject;

  it('labels an inline enum that carries its name, and one in a parameter', () => {
    const document = withEnumLabels(
      doc(
        { TaskDto: { type: 'object', properties: { priority: { type: 'string', enum: ['STAT', 'ROUTINE'], 'x-enumName': 'TaskPriority' } } } },
        { '/x': { get: { parameters: [{ name: 'shift', in: 'query', schema: { type: 'string', enum: ['NIGHT'], title: 'Shift' } }], responses: {} } } },
      ),
    );
    const priority = (document.components!.schemas!['TaskDto'] as { properties: Record<string, EnumSchema> }).properties['priority'];
    expect(priority['x-enum-varnames']).toEqual(['Stat', 'Routine']);
    expect(priority['x-enum-descriptions']).toEqual(['特急 / STAT (at once)', '常规 / Routine']);
    const shift = (document.paths['/x'].get!.parameters![0] as unknown as { schema: EnumSchema }).schema;
    expect(shift['x-enum-descriptions']).toEqual(['夜班 / Night']);
  });

  it('leaves alone an enum the contract does not know, one with a value it has no label for, and an unnamed inline one', () => {
    const document = withEnumLabels(
      doc({
        Colour: { type: 'string', enum: ['RED'] },
        Group: { type: 'string', enum: ['INTERNAL_MEDICINE', 'CARDIOLOGY'] },
        Dto: { type: 'object', properties: { kind: { type: 'string', enum: ['user', 'api_key'] } } },
      }),
    );
    const schemas = document.components!.schemas as Record<string, EnumSchema & { properties?: Record<string, EnumSchema> }>;
    for (const schema of [schemas['Colour'], schemas['Group'], schemas['Dto'].properties!['kind']]) {
      for (const extension of ENUM_EXTENSIONS) expect(schema[extension]).toBeUndefined();
    }
  });
});

// Loads every DTO of the contract, so their class-validator decorators are registered.
import '@hospital/contracts';
import { getMetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import { committedDocument, type Json, operations } from './openapi-document.spec-helper';

/** A DTO class, as class-validator's storage keys its metadata. */
type DtoClass = Parameters<ReturnType<typeof getMetadataStorage>['getTargetValidationMetadatas']>[0];

/** Every class the contract validates, with the properties it validates with @IsInt (own or inherited). */
function integerPropertiesByClass(): Map<DtoClass, { property: string; each: boolean }[]> {
  const storage = getMetadataStorage();
  // The storage keeps its metadata by target class; the classes themselves are only reachable here.
  const targets = [...(storage as unknown as { validationMetadatas: Map<DtoClass, ValidationMetadata[]> }).validationMetadatas.keys()];
  const result = new Map<DtoClass, { property: string; each: boolean }[]>();
  for (const target of targets) {
    if (typeof target !== 'function') continue;
    const ints = storage
      .getTargetValidationMetadatas(target, '', true, false)
      .filter((m) => m.name === 'isInt')
      .map((m) => ({ property: m.propertyName, each: m.each === true }));
    if (ints.length) result.set(target, ints);
  }
  return result;
}

const typeOf = (schema: Json, each: boolean): string | undefined => (each ? schema?.items?.type : schema?.type);

/**
 * A JSON `number` is a float to every generator (openapi-typescript says `number`, others `double`):
 * a property the server validates as an integer must say `integer`, or clients accept 1.5 the server
 * refuses. Read from class-validator's own metadata, so a future DTO with @IsInt and a plain
 * @ApiProperty fails here.
 */
describe('integers in openapi.json', () => {
  const document = committedDocument();
  const schemas = document.components.schemas as Record<string, Json>;
  const byClass = integerPropertiesByClass();

  it('finds the contract’s @IsInt properties (the metadata is read at all)', () => {
    const names = [...byClass.keys()].map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['CreateTaskDto', 'PageQueryDto', 'CheckInDepositDto', 'EvaluationPointsDto']));
  });

  it('declares every @IsInt property of a schema as integer', () => {
    const wrong: string[] = [];
    for (const [target, ints] of byClass) {
      const schema = schemas[target.name];
      if (!schema?.properties) continue;
      for (const { property, each } of ints) {
        const declared = typeOf(schema.properties[property], each);
        if (declared !== undefined && declared !== 'integer') wrong.push(`${target.name}.${property}${each ? '[]' : ''}: ${declared}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('declares every @IsInt query and path parameter as integer', () => {
    const integral = new Set([...byClass.values()].flat().map(({ property }) => property));
    const wrong = operations(document).flatMap(({ path, method, operation }) =>
      ((operation.parameters ?? []) as Json[])
        .filter((p) => (p.in === 'query' || p.in === 'path') && integral.has(p.name) && p.schema?.type === 'number')
        .map((p) => `${method.toUpperCase()} ${path} ?${p.name}`),
    );
    expect(wrong).toEqual([]);
  });

  it('declares money (…Fen), versions, counts, seconds and page sizes as integers wherever they appear', () => {
    // Fen are whole (docs/api.md, Money); seconds are rounded (stats) or whole (token and ticket lifetimes).
    const integralName = /(Fen|Count|Seconds)$|^(version|count|limit|tagNo|rank|expiresIn)$/;
    const wrong: string[] = [];
    for (const [name, schema] of Object.entries(schemas)) {
      for (const [property, value] of Object.entries((schema.properties ?? {}) as Record<string, Json>)) {
        if (integralName.test(property) && value.type === 'number') wrong.push(`${name}.${property}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

import { committedDocument, DocumentSchemas, type Json, operations } from './openapi-document.spec-helper';
import { OPERATION_EXAMPLES } from './examples';

/** Every worked example of the document is a value its schema accepts (ajv, as the conformance specs use it). */
describe('the examples of openapi.json', () => {
  const document = committedDocument();
  const schemas = new DocumentSchemas(document);
  const examples = operations(document).flatMap(({ path, method, operation }) => {
    const media: [string, Json][] = [
      ...Object.entries(operation.requestBody?.content ?? {}).map(([type, m]) => [`${method.toUpperCase()} ${path} request ${type}`, m] as [string, Json]),
      ...Object.entries(operation.responses as Record<string, Json>).flatMap(([status, response]) =>
        Object.entries(response.content ?? {}).map(([type, m]) => [`${method.toUpperCase()} ${path} ${status} ${type}`, m] as [string, Json]),
      ),
    ];
    return media.flatMap(([where, m]) => Object.entries((m.examples ?? {}) as Record<string, Json>).map(([name, example]) => ({ where: `${where} «${name}»`, schema: m.schema, value: example.value })));
  });

  it('are on the main operations', () => {
    const withExamples = new Set(examples.map(({ where }) => where.split(' ').slice(0, 2).join(' ')));
    expect([...withExamples]).toEqual(
      expect.arrayContaining([
        'POST /api/v1/auth/login',
        'POST /api/v1/dispatch/tasks',
        'GET /api/v1/dispatch/tasks',
        'POST /api/v1/dispatch/tasks/{id}/assign',
        'POST /api/v1/feedback/complaints',
        'POST /api/v1/deposits',
      ]),
    );
    expect(Object.keys(OPERATION_EXAMPLES.Tasks_create.request ?? {})).toHaveLength(4);
    // The error answers: a 400 with errors, a 404, a 409.
    expect(OPERATION_EXAMPLES.Tasks_create.responses?.['400'].detailsMissing.value.errors).toHaveLength(2);
    expect(OPERATION_EXAMPLES.Tasks_get.responses?.['404']).toBeDefined();
    expect(OPERATION_EXAMPLES.TaskLifecycle_assign.responses?.['409']).toBeDefined();
  });

  it('match their schemas', () => {
    const wrong = examples.flatMap(({ where, schema, value }) => schemas.errors(schema, value).map((e) => `${where}: ${e}`));
    expect(wrong).toEqual([]);
  });

  it('a SPECIMEN job without specimen is not a CreateTaskDto (so the union is really checked)', () => {
    const union = { $ref: '#/components/schemas/CreateTaskDto' };
    const { specimen: _specimen, ...withoutDetails } = OPERATION_EXAMPLES.Tasks_create.request!.urgentBlood.value;
    expect(schemas.errors(union, withoutDetails)).not.toEqual([]);
    expect(schemas.errors(union, { ...OPERATION_EXAMPLES.Tasks_create.request!.urgentBlood.value, drug: { kind: 'IV_FLUIDS' } })).not.toEqual([]);
    expect(schemas.errors(union, OPERATION_EXAMPLES.Tasks_create.request!.urgentBlood.value)).toEqual([]);
  });
});

import { INestApplication } from '@nestjs/common';
import { ErrorCode, Role, TaskPatterns } from '@hospital/contracts';
import { RpcCallError } from '@hospital/platform';
import request from 'supertest';
import { TaskLifecycleController } from '../dispatch/task-lifecycle.controller';
import { TasksController } from '../dispatch/tasks.controller';
import { ComplaintsController } from '../feedback/complaints.controller';
import { bearerFor, startRoutesHarness } from '../http/routes-harness.spec-helper';
import { OPERATION_EXAMPLES } from './examples';
import { committedDocument, DocumentSchemas } from './openapi-document.spec-helper';

const TASK = '0193a1b2-7c4d-7e8f-9a0b-1c2d3e4f5a6b';
const specimenJob = OPERATION_EXAMPLES.Tasks_create.request!.urgentBlood.value;
const registered = OPERATION_EXAMPLES.Tasks_create.responses!['201'].registered.value;

/**
 * The gateway's own answers (validation, AuthGuard, the JSON-only edge, Idempotency-Key, and the
 * service's errors as ProblemDetailsFilter maps them), checked against what the committed
 * openapi.json declares for them: status, Content-Type and body schema (ajv). The service is the
 * routes harness's recorder; apps/platform-e2e/src/openapi-conformance.e2e-spec.ts does the same
 * against the real platform, login and rate limits included.
 */
describe('the gateway answers as openapi.json says', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  const rpc = { send: jest.fn() };
  const schemas = new DocumentSchemas(committedDocument());
  const dispatcher = bearerFor(Role.Dispatcher);

  const conforms = (method: string, path: string, res: request.Response) =>
    expect(schemas.conformance(method, path, { status: res.status, headers: res.headers, body: res.body })).toEqual([]);

  beforeAll(async () => {
    ({ app, http } = await startRoutesHarness([TasksController, TaskLifecycleController, ComplaintsController], rpc));
  });

  afterAll(() => app.close());

  beforeEach(() => rpc.send.mockReset());

  it('201: a registered job', async () => {
    rpc.send.mockResolvedValue(registered);
    const res = await http.post('/api/v1/dispatch/tasks').set(dispatcher).send(specimenJob);
    expect(res.status).toBe(201);
    conforms('POST', '/api/v1/dispatch/tasks', res);
  });

  it('200: a page of jobs', async () => {
    rpc.send.mockResolvedValue(OPERATION_EXAMPLES.Tasks_list.responses!['200'].firstPage.value);
    const res = await http.get('/api/v1/dispatch/tasks?status=PENDING&limit=20').set(dispatcher);
    expect(res.status).toBe(200);
    conforms('GET', '/api/v1/dispatch/tasks', res);
  });

  it('400: a SPECIMEN job without specimen, with errors naming the field', async () => {
    const { specimen: _specimen, ...withoutDetails } = specimenJob;
    const res = await http.post('/api/v1/dispatch/tasks').set(dispatcher).send(withoutDetails);
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ field: 'specimen', message: 'specimen is required for SPECIMEN jobs' }]);
    conforms('POST', '/api/v1/dispatch/tasks', res);
  });

  it('400: body that is not JSON, a path id that is not a UUID, a made-up cursor, a malformed Idempotency-Key', async () => {
    const broken = await http.post('/api/v1/dispatch/tasks').set(dispatcher).set('Content-Type', 'application/json').send('{"type":');
    expect(broken.status).toBe(400);
    conforms('POST', '/api/v1/dispatch/tasks', broken);

    const badId = await http.get('/api/v1/dispatch/tasks/42').set(dispatcher);
    expect(badId.status).toBe(400);
    conforms('GET', '/api/v1/dispatch/tasks/{id}', badId);

    rpc.send.mockRejectedValue(new RpcCallError(ErrorCode.InvalidCursor, 'the cursor is not from a previous page'));
    const cursor = await http.get('/api/v1/dispatch/tasks?cursor=eyJtYWRlIjoidXAifQ').set(dispatcher);
    expect(cursor.status).toBe(400);
    expect(cursor.body.code).toBe(ErrorCode.InvalidCursor);
    conforms('GET', '/api/v1/dispatch/tasks', cursor);

    const key = await http.post('/api/v1/dispatch/tasks').set(dispatcher).set('Idempotency-Key', 'a key with spaces').send(specimenJob);
    expect(key.status).toBe(400);
    conforms('POST', '/api/v1/dispatch/tasks', key);
  });

  it('401 with WWW-Authenticate, and 403 for a role the route does not list', async () => {
    const anonymous = await http.post('/api/v1/dispatch/tasks').send(specimenJob);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers['www-authenticate']).toContain('Bearer');
    conforms('POST', '/api/v1/dispatch/tasks', anonymous);

    const both = await http.get('/api/v1/dispatch/tasks').set(dispatcher).set('X-API-Key', 'some-key');
    expect(both.status).toBe(401);
    conforms('GET', '/api/v1/dispatch/tasks', both);

    const worker = await http.post('/api/v1/dispatch/tasks').set(bearerFor(Role.Worker)).send(specimenJob);
    expect(worker.status).toBe(403);
    conforms('POST', '/api/v1/dispatch/tasks', worker);
    expect(rpc.send).not.toHaveBeenCalled();
  });

  it('404, 409 and 422 from the service, mapped to problem+json', async () => {
    rpc.send.mockRejectedValue(new RpcCallError(ErrorCode.TaskNotFound, `Task ${TASK} does not exist`));
    const missing = await http.get(`/api/v1/dispatch/tasks/${TASK}`).set(dispatcher);
    expect(missing.status).toBe(404);
    conforms('GET', '/api/v1/dispatch/tasks/{id}', missing);

    rpc.send.mockRejectedValue(new RpcCallError(ErrorCode.InvalidTransition, 'task T20261123-0001 is ASSIGNED; assigned needs it PENDING'));
    const taken = await http.post(`/api/v1/dispatch/tasks/${TASK}/assign`).set(dispatcher).send({ auto: true });
    expect(taken.status).toBe(409);
    conforms('POST', '/api/v1/dispatch/tasks/{id}/assign', taken);

    rpc.send.mockRejectedValue(new RpcCallError(ErrorCode.IdempotencyKeyReused, 'Idempotency-Key reused with a different body'));
    const reused = await http.post('/api/v1/dispatch/tasks').set(dispatcher).set('Idempotency-Key', 'k-1').send(specimenJob);
    expect(reused.status).toBe(422);
    conforms('POST', '/api/v1/dispatch/tasks', reused);
    expect(rpc.send).toHaveBeenLastCalledWith(TaskPatterns.create, expect.anything(), expect.anything());
  });

  it('415: a body that is not JSON', async () => {
    const res = await http.post('/api/v1/dispatch/tasks').set(dispatcher).set('Content-Type', 'text/plain').send('type=SPECIMEN');
    expect(res.status).toBe(415);
    conforms('POST', '/api/v1/dispatch/tasks', res);
  });

  it('503 and 504 when the service does not answer', async () => {
    rpc.send.mockRejectedValue(new RpcCallError(ErrorCode.ServiceUnavailable, 'The dispatch service is not available'));
    const down = await http.get('/api/v1/dispatch/tasks').set(dispatcher);
    expect(down.status).toBe(503);
    conforms('GET', '/api/v1/dispatch/tasks', down);

    rpc.send.mockRejectedValue(new RpcCallError(ErrorCode.ServiceTimeout, 'The dispatch service did not answer in time'));
    const slow = await http.post('/api/v1/dispatch/tasks').set(dispatcher).send(specimenJob);
    expect(slow.status).toBe(504);
    conforms('POST', '/api/v1/dispatch/tasks', slow);
  });

  it('a public route: no credential needed, and its refusals are declared too', async () => {
    rpc.send.mockRejectedValue(new RpcCallError(ErrorCode.BusinessRule, 'a complaint without an account comes by WEB or MOBILE'));
    const res = await http
      .post('/api/v1/feedback/complaints/public')
      .send({ channel: 'DESK', department: '门诊', category: 'WAITING', severity: 'NORMAL', description: '排队太久' });
    expect(res.status).toBe(422);
    conforms('POST', '/api/v1/feedback/complaints/public', res);
  });

  it('and an answer the document does not declare is caught', () => {
    expect(schemas.conformance('GET', '/api/v1/dispatch/tasks', { status: 418, headers: {}, body: {} })).toEqual([
      expect.stringContaining('does not declare 418'),
    ]);
    expect(
      schemas.conformance('GET', '/api/v1/dispatch/tasks/{id}', {
        status: 404,
        headers: { 'content-type': 'application/json', 'x-request-id': 'x' },
        body: { code: 'TASK_NOT_FOUND' },
      }),
    ).toEqual([expect.stringContaining('Content-Type application/json')]);
    expect(
      schemas.conformance('GET', '/api/v1/dispatch/tasks/{id}', {
        status: 404,
        headers: { 'content-type': 'application/problem+json', 'x-request-id': 'x' },
        body: { code: 'NOT_A_CODE' },
      }),
    ).not.toEqual([]);
  });
});

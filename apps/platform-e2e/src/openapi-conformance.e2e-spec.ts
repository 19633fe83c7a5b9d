import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { apiClient, Json, Reply } from './support/http';
import { PlatformUnderTest } from './support/platform';
import { wardJob } from './support/jobs';

/**
 * The real platform's answers (gateway and dispatch as processes, on Postgres and NATS), checked
 * against the committed openapi.json: for a sample of operations, the status must be one the
 * operation declares, the Content-Type one declared for it, and the body valid against that
 * media type's schema (ajv; OpenAPI 3.0 schemas pass with `strict: false`, formats from
 * ajv-formats, the document's components registered so its `$ref`s resolve).
 */
const document: Json = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'openapi.json'), 'utf8'));
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ components: document.components }, 'openapi.json');
const validators = new Map<string, ValidateFunction>();

const rebase = (schema: Json): Json =>
  Array.isArray(schema)
    ? schema.map(rebase)
    : schema && typeof schema === 'object'
      ? Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, k === '$ref' && typeof v === 'string' ? `openapi.json${v}` : rebase(v)]))
      : schema;

/** What is wrong with `reply` as an answer of `method path` (the document's path template); [] when it conforms. */
function nonConformance(method: string, path: string, reply: Reply): string[] {
  const operation = document.paths[`/api/v1${path}`]?.[method.toLowerCase()];
  if (!operation) return [`${method} ${path} is not in openapi.json`];
  const response = operation.responses[String(reply.status)];
  if (!response) return [`${method} ${path} answered ${reply.status}, which it does not declare (${Object.keys(operation.responses).join(', ')})`];
  const problems = reply.headers.get('x-request-id') ? [] : ['no X-Request-Id'];
  const contentType = (reply.headers.get('content-type') ?? '').split(';')[0].trim();
  const media = response.content?.[contentType];
  if (!media) return [...problems, `Content-Type ${contentType} is not one of ${Object.keys(response.content ?? {}).join(', ')}`];
  const key = JSON.stringify(media.schema);
  let validate = validators.get(key);
  if (!validate) validators.set(key, (validate = ajv.compile(rebase(media.schema))));
  if (!validate(reply.body)) problems.push(...(validate.errors ?? []).map((e) => `body${e.instancePath} ${e.message}`));
  return problems;
}

const platform = new PlatformUnderTest();
const { call, login } = apiClient(platform);
let dispatcher: string;
let worker: string;

// STAT: every job of this sample is the most urgent kind, so nothing waits on a queue.
const specimenJob = { ...wardJob, priority: 'STAT' };

beforeAll(async () => {
  // Feedback is not started: its public route answers 503 as the document says. Three public requests a minute per address.
  await platform.start('e2econform', { gatewayEnv: { RATE_LIMIT_PUBLIC_PER_MINUTE: '3' } });
  dispatcher = await login('dispatcher');
  worker = await login('worker');
}, 120_000);

afterAll(() => platform.stop());

describe('the platform answers as openapi.json says', () => {
  it('POST /auth/login: 200 with a token, 401 for a wrong password, 400 for a malformed body', async () => {
    const ok = await call('POST', '/auth/login', { body: { username: 'dispatcher', password: 'dispatcher-demo-2026' } });
    expect(ok.status).toBe(200);
    expect(nonConformance('POST', '/auth/login', ok)).toEqual([]);

    const wrong = await call('POST', '/auth/login', { body: { username: 'dispatcher', password: 'not-the-password' } });
    expect(wrong.status).toBe(401);
    expect(nonConformance('POST', '/auth/login', wrong)).toEqual([]);

    const malformed = await call('POST', '/auth/login', { body: { username: 'dispatcher' } });
    expect(malformed.status).toBe(400);
    expect(nonConformance('POST', '/auth/login', malformed)).toEqual([]);
  });

  it('POST /dispatch/tasks: 201 for a job, 400 naming the missing details, 403 for a worker, 415 for a form, 401 without a token', async () => {
    const created = await call('POST', '/dispatch/tasks', { token: dispatcher, body: specimenJob, headers: { 'Idempotency-Key': randomUUID() } });
    expect(created.status).toBe(201);
    expect(nonConformance('POST', '/dispatch/tasks', created)).toEqual([]);

    const { specimen: _specimen, ...withoutDetails } = specimenJob;
    const invalid = await call('POST', '/dispatch/tasks', { token: dispatcher, body: withoutDetails });
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors).toEqual([expect.objectContaining({ field: 'specimen' })]);
    expect(nonConformance('POST', '/dispatch/tasks', invalid)).toEqual([]);

    const forbidden = await call('POST', '/dispatch/tasks', { token: worker, body: specimenJob });
    expect(forbidden.status).toBe(403);
    expect(nonConformance('POST', '/dispatch/tasks', forbidden)).toEqual([]);

    const form = await call('POST', '/dispatch/tasks', { token: dispatcher, body: 'type=SPECIMEN', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(form.status).toBe(415);
    expect(nonConformance('POST', '/dispatch/tasks', form)).toEqual([]);

    const anonymous = await call('POST', '/dispatch/tasks', { body: specimenJob });
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toContain('Bearer');
    expect(nonConformance('POST', '/dispatch/tasks', anonymous)).toEqual([]);
  });

  it('GET /dispatch/tasks and /dispatch/tasks/{id}: a page, the job with its timeline, 404 for an unknown id', async () => {
    const page = await call('GET', '/dispatch/tasks?limit=5', { token: dispatcher });
    expect(page.status).toBe(200);
    expect(page.body.items.length).toBeGreaterThan(0);
    expect(nonConformance('GET', '/dispatch/tasks', page)).toEqual([]);

    const one = await call('GET', `/dispatch/tasks/${page.body.items[0].id}`, { token: dispatcher });
    expect(one.status).toBe(200);
    expect(nonConformance('GET', '/dispatch/tasks/{id}', one)).toEqual([]);

    const unknown = await call('GET', `/dispatch/tasks/${randomUUID()}`, { token: dispatcher });
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('TASK_NOT_FOUND');
    expect(nonConformance('GET', '/dispatch/tasks/{id}', unknown)).toEqual([]);
  });

  it('POST /dispatch/tasks/{id}/assign: 200, then 409 for a second assignment', async () => {
    const created = await call('POST', '/dispatch/tasks', { token: dispatcher, body: specimenJob });
    const staff = await call('GET', '/staff?group=INTERNAL_MEDICINE&post=SPECIMEN_COURIER&limit=1', { token: dispatcher });
    const assigned = await call('POST', `/dispatch/tasks/${created.body.id}/assign`, { token: dispatcher, body: { workerId: staff.body.items[0].id } });
    expect(assigned.status).toBe(200);
    expect(nonConformance('POST', '/dispatch/tasks/{id}/assign', assigned)).toEqual([]);

    const again = await call('POST', `/dispatch/tasks/${created.body.id}/assign`, { token: dispatcher, body: { workerId: staff.body.items[0].id } });
    expect(again.status).toBe(409);
    expect(nonConformance('POST', '/dispatch/tasks/{id}/assign', again)).toEqual([]);
  });

  it('a public route: 503 while its service is down, 400 for a bad body, then 429 with Retry-After past the limit', async () => {
    const complaint = { channel: 'WEB', department: '门诊收费处', category: 'WAITING', severity: 'NORMAL', description: '排队太久' };
    const down = await call('POST', '/feedback/complaints/public', { body: complaint });
    expect(down.status).toBe(503);
    expect(nonConformance('POST', '/feedback/complaints/public', down)).toEqual([]);

    const replies: Reply[] = [];
    for (let i = 0; i < 3; i++) replies.push(await call('POST', '/feedback/complaints/public', { body: { channel: 'WEB' } }));
    const [bad] = replies;
    expect(bad.status).toBe(400);
    expect(nonConformance('POST', '/feedback/complaints/public', bad)).toEqual([]);
    const limited = replies[replies.length - 1];
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited.headers.get('x-ratelimit-limit')).toBe('3');
    expect(nonConformance('POST', '/feedback/complaints/public', limited)).toEqual([]);
  });

  it('and catches what the document does not say (so the checks above check something)', () => {
    const headers = new Headers({ 'content-type': 'application/problem+json', 'x-request-id': 'r' });
    expect(nonConformance('GET', '/dispatch/tasks/{id}', { status: 418, headers, body: {} })).toEqual([expect.stringContaining('does not declare')]);
    expect(nonConformance('GET', '/dispatch/tasks/{id}', { status: 404, headers: new Headers({ 'content-type': 'application/json' }), body: {} })).toEqual([
      'no X-Request-Id',
      expect.stringContaining('Content-Type application/json'),
    ]);
    expect(nonConformance('GET', '/dispatch/tasks/{id}', { status: 404, headers, body: { status: 404.5, code: 'TASK_MISSING' } }).length).toBeGreaterThan(3);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { apiClient, Reply } from './support/http';
import { PlatformUnderTest } from './support/platform';

const platform = new PlatformUnderTest();
let dispatcherToken: string;
let workerToken: string;

const { call, login } = apiClient(platform);

const specimenTask = {
  type: 'SPECIMEN',
  priority: 'STAT',
  group: 'INTERNAL_MEDICINE',
  origin: { department: '心内科', ward: '5病区', bed: '12' },
  destination: { department: '检验科' },
  requester: { department: '心内科', contactName: '李护士', phone: '13800138000' },
  notes: '急血, 2 tubes',
  specimen: { kind: 'URGENT', count: 2, container: '紫头管' },
};

beforeAll(async () => {
  // debug: the services then log every request they handle (successes are below info), which the correlation case reads.
  await platform.start('e2eslice', { serviceEnv: { LOG_LEVEL: 'debug' }, gatewayEnv: { RATE_LIMIT_LOGIN_PER_MINUTE: '10' } });
  dispatcherToken = await login('dispatcher');
  workerToken = await login('worker');
}, 120_000);

afterAll(() => platform.stop());

describe('the API document', () => {
  it('serves Swagger UI and the same OpenAPI document as the committed openapi.json', async () => {
    const ui = await fetch(`${platform.gateway.baseUrl}/docs`);
    expect(ui.status).toBe(200);
    expect(await ui.text()).toContain('swagger');
    const served = await (await fetch(`${platform.gateway.baseUrl}/docs-json`)).json();
    const committed = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'openapi.json'), 'utf8'));
    // If this fails, the API changed: run `npm run openapi` and commit openapi.json.
    expect(served).toEqual(committed);
  });
});

describe('authentication and roles', () => {
  it('refuses a request without credentials with 401 problem+json', async () => {
    const res = await call('GET', '/staff');
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body).toMatchObject({ status: 401, code: 'UNAUTHENTICATED', instance: '/api/v1/staff' });
  });

  it('refuses a worker adding staff with 403', async () => {
    const res = await call('POST', '/staff', { token: workerToken, body: { staffNo: 'X1', name: 'x', group: 'SURGERY', posts: ['DELIVERY'] } });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('FORBIDDEN');
  });

  it('tells the caller who they are', async () => {
    const res = await call('GET', '/auth/me', { token: dispatcherToken });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ kind: 'user', name: 'dispatcher', roles: ['dispatcher'] });
  });
});

describe('staff directory through gateway → NATS → dispatch', () => {
  it('lists the 74 demo staff across the three groups', async () => {
    const counts: Record<string, number> = {};
    let cursor: string | null = null;
    do {
      const res: Reply = await call('GET', `/staff?limit=100${cursor ? `&cursor=${cursor}` : ''}`, { token: dispatcherToken });
      expect(res.status).toBe(200);
      for (const s of res.body.items) counts[s.group] = (counts[s.group] ?? 0) + 1;
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(counts).toEqual({ INTERNAL_MEDICINE: 30, SURGERY: 29, EMERGENCY: 15 });
  });

  it('creates a staff member, reads it back, masks the phone for a worker', async () => {
    const created = await call('POST', '/staff', {
      token: dispatcherToken,
      body: { staffNo: 'KF9001', name: '赵敏', group: 'EMERGENCY', posts: ['STRETCHER_BEARER', 'GREEN_CHANNEL'], phone: '13812341234' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ staffNo: 'KF9001', active: true, phone: '13812341234', version: 1 });

    const asDispatcher = await call('GET', `/staff/${created.body.id}`, { token: dispatcherToken });
    expect(asDispatcher.body.phone).toBe('13812341234');
    const asWorker = await call('GET', `/staff/${created.body.id}`, { token: workerToken });
    expect(asWorker.status).toBe(200);
    expect(asWorker.body.phone).toBe('138****1234');

    const updated = await call('PATCH', `/staff/${created.body.id}`, { token: dispatcherToken, body: { active: false } });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ active: false, version: 2 });
  });

  it('refuses a duplicate staff number with 409 naming the field', async () => {
    const body = { staffNo: 'KF9002', name: '钱多', group: 'SURGERY', posts: ['DELIVERY'] };
    expect((await call('POST', '/staff', { token: dispatcherToken, body })).status).toBe(201);
    const again = await call('POST', '/staff', { token: dispatcherToken, body });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'STAFF_NUMBER_TAKEN', errors: [{ field: 'staffNo' }] });
  });
});

describe('dispatch tasks', () => {
  it('creates a STAT specimen task, PENDING with a day number and a timeline', async () => {
    const res = await call('POST', '/dispatch/tasks', { token: dispatcherToken, body: specimenTask });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ type: 'SPECIMEN', priority: 'STAT', status: 'PENDING', group: 'INTERNAL_MEDICINE' });
    expect(res.body.number).toMatch(/^T\d{8}-\d{4}$/);
    expect(res.body.timeline).toEqual([expect.objectContaining({ action: 'CREATED', status: 'PENDING' })]);

    const read = await call('GET', `/dispatch/tasks/${res.body.id}`, { token: dispatcherToken });
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ id: res.body.id, number: res.body.number, notes: '急血, 2 tubes', specimen: specimenTask.specimen });

    // Not assigned to the demo worker: a worker sees only their own jobs.
    const notTheirs = await call('GET', `/dispatch/tasks/${res.body.id}`, { token: workerToken });
    expect(notTheirs.status).toBe(403);
    expect(notTheirs.body.code).toBe('FORBIDDEN');
  });

  it('numbers tasks consecutively and pages through them with a cursor', async () => {
    const numbers: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await call('POST', '/dispatch/tasks', { token: dispatcherToken, body: { ...specimenTask, priority: 'ROUTINE', group: 'SURGERY' } });
      numbers.push(res.body.number);
    }
    const seq = numbers.map((n) => Number(n.slice(-4)));
    expect(seq[1]).toBe(seq[0] + 1);
    expect(seq[2]).toBe(seq[1] + 1);

    const first = await call('GET', '/dispatch/tasks?group=SURGERY&priority=ROUTINE&limit=2', { token: dispatcherToken });
    expect(first.status).toBe(200);
    expect(first.body.items.map((t: { number: string }) => t.number)).toEqual([numbers[2], numbers[1]]);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await call('GET', `/dispatch/tasks?group=SURGERY&priority=ROUTINE&limit=2&cursor=${first.body.nextCursor}`, { token: dispatcherToken });
    expect(second.body.items.map((t: { number: string }) => t.number)).toEqual([numbers[0]]);
    expect(second.body.nextCursor).toBeNull();

    const stat = await call('GET', '/dispatch/tasks?priority=STAT&status=PENDING', { token: dispatcherToken });
    expect(stat.body.items.every((t: { priority: string }) => t.priority === 'STAT')).toBe(true);
  });

  it('answers an unknown task id with 404 TASK_NOT_FOUND', async () => {
    const res = await call('GET', '/dispatch/tasks/7f0c2a8e-5a4e-4a9b-9a57-3c1d2e4f5a6b', { token: dispatcherToken });
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('TASK_NOT_FOUND');
  });
});

describe('a job from registration to delivery, through the gateway', () => {
  async function courier(): Promise<string> {
    const res = await call('GET', '/staff?post=SPECIMEN_COURIER&group=INTERNAL_MEDICINE&limit=1', { token: dispatcherToken });
    return res.body.items[0].id;
  }

  it('is assigned, accepted, picked up and delivered, with the handover on its timeline', async () => {
    const workerId = await courier();
    const created = await call('POST', '/dispatch/tasks', { token: dispatcherToken, body: specimenTask });
    expect(created.status).toBe(201);
    const id = created.body.id;
    const dueInMs = Date.parse(created.body.dueAt) - Date.parse(created.body.createdAt);
    expect(Math.abs(dueInMs - 15 * 60_000)).toBeLessThan(2_000); // STAT: 15 minutes

    const assigned = await call('POST', `/dispatch/tasks/${id}/assign`, { token: dispatcherToken, body: { workerId, note: '急血, go now' } });
    expect(assigned.status).toBe(200);
    expect(assigned.body).toMatchObject({ status: 'ASSIGNED', assigneeId: workerId });

    const accepted = await call('POST', `/dispatch/tasks/${id}/accept`, { token: dispatcherToken, body: {} });
    expect(accepted.body.status).toBe('ACCEPTED');

    const missingHandover = await call('POST', `/dispatch/tasks/${id}/start`, { token: dispatcherToken, body: {} });
    expect(missingHandover.status).toBe(400);
    expect(missingHandover.body.errors.map((e: { field: string }) => e.field)).toContain('handedOverBy');

    const started = await call('POST', `/dispatch/tasks/${id}/start`, { token: dispatcherToken, body: { handedOverBy: '李护士 (5病区)' } });
    expect(started.body).toMatchObject({ status: 'IN_PROGRESS', handedOverBy: '李护士 (5病区)' });

    const completed = await call('POST', `/dispatch/tasks/${id}/complete`, { token: dispatcherToken, body: { receivedBy: '王医生 (检验科)' } });
    expect(completed.status).toBe(200);
    expect(completed.body).toMatchObject({ status: 'COMPLETED', receivedBy: '王医生 (检验科)' });
    expect(completed.body.completedAt).toEqual(expect.any(String));
    expect(completed.body.timeline.map((e: { action: string }) => e.action)).toEqual(['CREATED', 'ASSIGNED', 'ACCEPTED', 'STARTED', 'COMPLETED']);

    const again = await call('POST', `/dispatch/tasks/${id}/cancel`, { token: dispatcherToken, body: { reason: 'too late' } });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('INVALID_TRANSITION');
  });

  it('gives one job to exactly one of 20 dispatchers assigning it at once', async () => {
    const workerId = await courier();
    const created = await call('POST', '/dispatch/tasks', { token: dispatcherToken, body: { ...specimenTask, priority: 'URGENT' } });
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => call('POST', `/dispatch/tasks/${created.body.id}/assign`, { token: dispatcherToken, body: { workerId } })),
    );
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses).toEqual([200, ...Array(19).fill(409)]);
    const read = await call('GET', `/dispatch/tasks/${created.body.id}`, { token: dispatcherToken });
    expect(read.body.timeline.filter((e: { action: string }) => e.action === 'ASSIGNED')).toHaveLength(1);
  });

  it('records an incident on a job, and lists it; a worker may not report on a job that was never theirs', async () => {
    const created = await call('POST', '/dispatch/tasks', { token: dispatcherToken, body: specimenTask });
    const body = { kind: 'SPECIMEN_DAMAGED', severity: 'MAJOR', description: 'tube cracked in the lift' };
    const notTheirs = await call('POST', `/dispatch/tasks/${created.body.id}/incidents`, { token: workerToken, body });
    expect(notTheirs.status).toBe(403);
    expect(notTheirs.body.code).toBe('NOT_TASK_CARRIER');
    const reported = await call('POST', `/dispatch/tasks/${created.body.id}/incidents`, { token: dispatcherToken, body });
    expect(reported.status).toBe(201);
    expect(reported.body).toMatchObject({ ...body, taskId: created.body.id, taskNumber: created.body.number, staffIds: [], status: 'CONFIRMED' });
    const list = await call('GET', `/dispatch/tasks/${created.body.id}/incidents`, { token: dispatcherToken });
    expect(list.body.items).toEqual([reported.body]);
    const bad = await call('POST', `/dispatch/tasks/${created.body.id}/incidents`, { token: workerToken, body: { ...body, severity: 'HUGE' } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('severity');
  });

  it('lets only the floor assign: a worker gets 403', async () => {
    const created = await call('POST', '/dispatch/tasks', { token: dispatcherToken, body: specimenTask });
    const res = await call('POST', `/dispatch/tasks/${created.body.id}/assign`, { token: workerToken, body: { workerId: await courier() } });
    expect(res.status).toBe(403);
  });

  it('refuses a worker acting on a job that is not theirs', async () => {
    const created = await call('POST', '/dispatch/tasks', { token: dispatcherToken, body: specimenTask });
    await call('POST', `/dispatch/tasks/${created.body.id}/assign`, { token: dispatcherToken, body: { workerId: await courier() } });
    const res = await call('POST', `/dispatch/tasks/${created.body.id}/accept`, { token: workerToken, body: {} });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('NOT_ASSIGNEE');
  });
});

describe('bad input gets 400 naming the field, and writes nothing', () => {
  const cases: [string, unknown, string][] = [
    ['an unknown field', { ...specimenTask, colour: 'red' }, 'colour'],
    ['a wrong type', { ...specimenTask, notes: 42 }, 'notes'],
    ['a missing field', { ...specimenTask, type: undefined }, 'type'],
    ['a missing nested field', { ...specimenTask, origin: { ward: '5' } }, 'origin.department'],
    ['a string over its limit', { ...specimenTask, notes: 'x'.repeat(501) }, 'notes'],
    ['an unknown enum value', { ...specimenTask, priority: 'ASAP' }, 'priority'],
  ];

  it.each(cases)('refuses %s', async (_label, body, field) => {
    const before = await call('GET', '/dispatch/tasks?limit=100', { token: dispatcherToken });
    const res = await call('POST', '/dispatch/tasks', { token: dispatcherToken, body });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    const after = await call('GET', '/dispatch/tasks?limit=100', { token: dispatcherToken });
    expect(after.body.items.length).toBe(before.body.items.length);
  });

  it('refuses a body that is not JSON', async () => {
    const res = await call('POST', '/dispatch/tasks', { token: dispatcherToken, body: '{"type":', headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe('body');
  });

  it('refuses a malformed id and a malformed cursor', async () => {
    const badId = await call('GET', '/dispatch/tasks/not-a-uuid', { token: dispatcherToken });
    expect(badId.status).toBe(400);
    expect(badId.body.errors[0].field).toBe('id');
    const badCursor = await call('GET', '/dispatch/tasks?cursor=bm90LWEtY3Vyc29y', { token: dispatcherToken });
    expect(badCursor.status).toBe(400);
    expect(badCursor.body.errors[0].field).toBe('cursor');
    const badLimit = await call('GET', '/staff?limit=1000', { token: dispatcherToken });
    expect(badLimit.status).toBe(400);
    expect(badLimit.body.errors[0].field).toBe('limit');
  });
});

describe('correlation', () => {
  it('keeps the caller’s X-Request-Id and carries it into the dispatch service’s logs', async () => {
    const requestId = `e2e-${Date.now()}`;
    const res = await call('GET', '/staff?limit=1', { token: dispatcherToken, headers: { 'x-request-id': requestId } });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBe(requestId);
    await new Promise((r) => setTimeout(r, 200));
    const handled = platform.dispatch.output
      .join('')
      .split('\n')
      .filter((line) => line.includes(requestId))
      .map((line) => JSON.parse(line));
    expect(handled).toContainEqual(expect.objectContaining({ service: 'dispatch', requestId, pattern: 'dispatch.staff.list', outcome: 'ok' }));
    expect(platform.gateway.output.join('')).toContain(requestId);
  });

  it('assigns a request id when the caller sends none', async () => {
    const res = await call('GET', '/auth/me', { token: dispatcherToken });
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('rate limits', () => {
  it('throttles login attempts per client address (10 a minute here) with 429 problem+json and Retry-After', async () => {
    const statuses: number[] = [];
    let limited: Reply | undefined;
    // A different name each time, so the per-username lock-out (after 5 failures) is not what answers.
    for (let i = 0; i < 12 && !limited; i++) {
      const res = await call('POST', '/auth/login', { body: { username: `nobody-${i}`, password: 'wrong-password' } });
      statuses.push(res.status);
      if (res.status === 429) limited = res;
    }
    expect(statuses.slice(0, -1).every((s) => s === 401)).toBe(true);
    expect(limited?.body).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    expect(Number(limited?.headers.get('retry-after'))).toBeGreaterThan(0);
    // Authenticated API traffic has its own, larger budget.
    expect((await call('GET', '/auth/me', { token: dispatcherToken })).status).toBe(200);
  });
});

describe('when dispatch is down', () => {
  it('stops cleanly on SIGTERM, and the gateway answers 503 problem+json', async () => {
    expect(await platform.dispatch.stop('SIGTERM')).toBe(0);
    expect(platform.dispatch.output.join('')).toContain('closed cleanly');
    const res = await call('GET', '/staff', { token: dispatcherToken });
    expect(res.status).toBe(503);
    expect(res.body).toMatchObject({ code: 'SERVICE_UNAVAILABLE', status: 503 });
    const ready = await fetch(`${platform.gateway.baseUrl}/health/ready`);
    expect(ready.status).toBe(200); // the gateway itself is fine; it is not the gateway's readiness that failed
  });
});

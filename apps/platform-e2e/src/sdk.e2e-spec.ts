/**
 * The typed SDK (@hospital/sdk) against the built gateway and dispatch service: login, a job of
 * each of the nine types, paging, typed problems, an API key, and the board stream reconnecting
 * by itself with Last-Event-ID after its connection was cut.
 */
import {
  BoardStreamConnection,
  BoardStreamEvent,
  CreateTask,
  CreateTaskOf,
  createHospitalClient,
  HospitalClient,
  paginate,
  ProblemError,
  TaskType,
  withIdempotentRetry,
} from '@hospital/sdk';
import { eventually } from '@hospital/testing';
import { PlatformUnderTest } from './support/platform';

const platform = new PlatformUnderTest();
let dispatcher: HospitalClient;

const where = {
  priority: 'ROUTINE',
  group: 'SURGERY',
  origin: { department: '普外科', ward: '3病区', bed: '7' },
  destination: { department: '放射科' },
  requester: { department: '普外科', contactName: '王护士', phone: '8033' },
} as const;

/** One creating body per job type; the compiler checks each against its member of the union. */
const jobs: { [T in TaskType]: CreateTaskOf<T> } = {
  PATIENT_TRANSPORT: {
    ...where, type: 'PATIENT_TRANSPORT',
    patient: { patientName: '张三', mrn: 'MRN-1001', ward: '3病区', bed: '7', exam: 'CT', mode: 'WHEELCHAIR', oxygen: false, monitor: false, isolation: 'NONE', condition: 'STABLE', selfCaring: true },
  },
  SPECIMEN: { ...where, type: 'SPECIMEN', destination: { department: '检验科' }, specimen: { kind: 'URGENT', urgentBlood: true, count: 2, container: '紫头管' } },
  DRUG: { ...where, type: 'DRUG', origin: { department: '药剂科' }, destination: { department: '普外科', ward: '3病区' }, drug: { kind: 'IV_FLUIDS' } },
  DOCUMENT: { ...where, type: 'DOCUMENT', document: { kind: 'LAB_REPORT', count: 1 } },
  GOODS: { ...where, type: 'GOODS', goods: { description: '输液架', quantity: 2 } },
  LINEN: { ...where, type: 'LINEN', linen: { kind: 'DIRTY', bags: 3 } },
  ODD_JOB: { ...where, type: 'ODD_JOB', oddJob: { kind: 'EXTRA_BED', description: '7床加床' } },
  DISINFECTION: { ...where, type: 'DISINFECTION', disinfection: { bedUnit: '3病区7床' } },
  AMBULANCE_120: { ...where, type: 'AMBULANCE_120', ambulance: { address: '人民路1号', bearers: 2 } },
};

const create = (client: HospitalClient, body: CreateTask) =>
  withIdempotentRetry((key) => client.data(client.api.POST('/api/v1/dispatch/tasks', { body, params: { header: { 'Idempotency-Key': key } } })));

beforeAll(async () => {
  await platform.start('e2esdk');
  const anonymous = createHospitalClient({ baseUrl: platform.gateway.baseUrl });
  const { accessToken } = await anonymous.login('dispatcher', 'dispatcher-demo-2026');
  dispatcher = anonymous.withAuth({ token: accessToken });
}, 120_000);

afterAll(() => platform.stop());

describe('the SDK against the platform', () => {
  const created = new Map<string, TaskType>();

  it('logs in and creates a job of each of the nine types', async () => {
    expect(await dispatcher.data(dispatcher.api.GET('/api/v1/auth/me'))).toMatchObject({ kind: 'user', roles: ['dispatcher'] });
    for (const body of Object.values(jobs)) {
      const task = await create(dispatcher, body);
      expect(task).toMatchObject({ type: body.type, status: 'PENDING', group: 'SURGERY' });
      created.set(task.id, task.type);
    }
    expect(new Set(created.values()).size).toBe(9);
  });

  it('replays a creating call retried with the same Idempotency-Key instead of creating it twice', async () => {
    const body = jobs.GOODS;
    const send = (key: string) => dispatcher.data(dispatcher.api.POST('/api/v1/dispatch/tasks', { body, params: { header: { 'Idempotency-Key': key } } }));
    const first = await withIdempotentRetry(send, { idempotencyKey: 'sdk-e2e-goods-1' });
    const again = await withIdempotentRetry(send, { idempotencyKey: 'sdk-e2e-goods-1' });
    expect(again.id).toBe(first.id);
    created.set(first.id, first.type);
  });

  it('pages the list with paginate and sees every job once', async () => {
    const seen: string[] = [];
    for await (const task of paginate((cursor) =>
      dispatcher.data(dispatcher.api.GET('/api/v1/dispatch/tasks', { params: { query: { group: 'SURGERY', limit: 3, cursor } } })),
    )) {
      if (created.has(task.id)) seen.push(task.id);
    }
    expect(seen.sort()).toEqual([...created.keys()].sort());
  });

  it('throws a typed ProblemError for a 400 and a 404', async () => {
    const bad = await dispatcher.api
      .POST('/api/v1/dispatch/tasks', { body: { ...jobs.LINEN, linen: { kind: 'DIRTY', bags: -1 } } })
      .catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(ProblemError);
    expect(bad).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    expect((bad as ProblemError).errors.map((e) => e.field)).toContain('linen.bags');
    expect((bad as ProblemError).requestId).toBeTruthy();

    const missing = await dispatcher.api
      .GET('/api/v1/dispatch/tasks/{id}', { params: { path: { id: '00000000-0000-4000-8000-000000000000' } } })
      .catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(ProblemError);
    expect(missing).toMatchObject({ status: 404, code: 'TASK_NOT_FOUND' });
  });

  it('calls with an API key an administrator created through the SDK', async () => {
    const { accessToken } = await dispatcher.login('admin', 'admin-demo-2026');
    const admin = dispatcher.withAuth({ token: accessToken });
    const key = await admin.data(admin.api.POST('/api/v1/auth/api-keys', { body: { name: 'SDK e2e system' } }));
    const system = createHospitalClient({ baseUrl: platform.gateway.baseUrl, auth: { apiKey: key.key } });
    const me = await system.data(system.api.GET('/api/v1/auth/me'));
    expect(me).toMatchObject({ kind: 'api_key' });
    const task = await create(system, jobs.DOCUMENT);
    expect(task.type).toBe('DOCUMENT');
  });
});

describe('the board stream through the SDK', () => {
  it('reconnects by itself after the connection is cut, with Last-Event-ID, and delivers every event once', async () => {
    const stop = new AbortController();
    const events: { id: string; event: BoardStreamEvent }[] = [];
    const connections: BoardStreamConnection[] = [];
    const resets: unknown[] = [];
    const running = dispatcher.boardStream({
      group: 'SURGERY',
      signal: stop.signal,
      // Long enough for the jobs below to be created while no connection is open.
      initialDelayMs: 1500,
      onConnect: (c) => connections.push(c),
      onEvent: (event, meta) => events.push({ id: meta.id, event }),
      onReset: (reset) => resets.push(reset),
    });
    try {
      await eventually('the first connection', async () => connections.length === 1 || undefined);
      const before = await create(dispatcher, jobs.SPECIMEN);
      await eventually('the first job on the stream', async () => events.some((e) => e.event.taskId === before.id) || undefined);
      const lastBefore = events.at(-1)!.id;

      connections[0].drop();
      const whileAway = [await create(dispatcher, jobs.LINEN), await create(dispatcher, jobs.GOODS)];
      await eventually('the reconnection', async () => connections.length === 2 || undefined, 10_000);
      expect(connections[1].lastEventId).toBe(lastBefore);
      const after = await create(dispatcher, jobs.DRUG);

      await eventually(
        'every job on the stream',
        async () => [...whileAway, after].every((t) => events.some((e) => e.event.taskId === t.id && e.event.type === 'dispatch.task.created')) || undefined,
        10_000,
      );
      const ids = events.map((e) => e.id);
      expect(new Set(ids).size).toBe(ids.length); // nothing twice
      expect(ids.map(Number)).toEqual([...ids.map(Number)].sort((a, b) => a - b)); // in stream order
      const createdIds = events.filter((e) => e.event.type === 'dispatch.task.created').map((e) => e.event.taskId);
      expect(createdIds).toEqual([before.id, whileAway[0].id, whileAway[1].id, after.id]);
      expect(resets).toEqual([]);
    } finally {
      stop.abort();
      await running;
    }
  }, 60_000);
});

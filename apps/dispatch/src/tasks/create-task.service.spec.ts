import {
  Actor,
  CreateTaskDto,
  DispatchEvents,
  ErrorCode,
  Group,
  Role,
  TaskCreatedV1,
  TaskPatterns,
  TaskPriority,
  TaskStatus,
  TaskTimelineAction,
  TaskType,
} from '@hospital/contracts';
import { DomainError, idempotentRequest } from '@hospital/platform';
import { actors, eventually, freezeDateAt } from '@hospital/testing';
import { ServiceUnderTest, startServiceUnderTest } from '@hospital/service-testing';
import { randomUUID } from 'node:crypto';
import { DataSource, QueryFailedError } from 'typeorm';

import { dispatchService } from '../service';
import { CreateTaskService } from './create-task.service';
import { TaskRequester } from './task.entity';
import { nextTaskNumber } from './task-number';
import { TasksQueryService } from './tasks-query.service';
import { dispatcher, newTask } from './tasks.spec-helper';

// Frozen dates are in 2001: other tests here number tasks on the real clock, and a frozen day that
// could be today would share their day's counter.

/** Today's hospital day in Shanghai (UTC+8 all year), computed without the code under test. */
const shanghaiDay = (at = new Date()) => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10).replace(/-/g, '');

const sequenceOf = (number: string) => Number(number.split('-')[1]);

describe('CreateTaskService (the whole dispatch service in-process: real Postgres, NATS JetStream)', () => {
  let service: ServiceUnderTest;
  let tasks: CreateTaskService;
  let queries: TasksQueryService;

  /** The use case as its NATS handler calls it for a request with an Idempotency-Key. */
  const createWithKey = (body: CreateTaskDto, caller: Actor, key: string) =>
    tasks.create(body, caller, idempotentRequest(key, TaskPatterns.create, caller, body));

  const count = async (table: 'tasks' | 'task_events' | 'task_day_counters'): Promise<number> =>
    Number(((await service.query(`SELECT count(*)::int AS n FROM "dispatch"."${table}"`)) as [{ n: number }])[0].n);

  /** The task as stored, whoever may see what of it. */
  const stored = async (id: string) =>
    ((await service.query('SELECT "notes", "requester", "created_by" FROM "dispatch"."tasks" WHERE "id" = $1', [id])) as {
      notes: string | null;
      requester: TaskRequester;
      created_by: string;
    }[])[0];

  beforeAll(async () => {
    service = await startServiceUnderTest(dispatchService, { env: { TZ_HOSPITAL: 'Asia/Shanghai' } });
    tasks = service.app.get(CreateTaskService);
    queries = service.app.get(TasksQueryService);
  }, 60_000);

  afterEach(() => {
    jest.useRealTimers();
  });

  afterAll(async () => {
    jest.useRealTimers();
    // stop() also deletes the suite's stream and closes the JetStream connection: nothing is left on the shared NATS.
    await service?.stop();
  }, 60_000);

  describe('create', () => {
    it('registers a PENDING task numbered T<hospital day>-0001, then -0002', async () => {
      // 01:00 on 24 November in Shanghai, still 23 November in UTC.
      freezeDateAt('2001-11-23T17:00:00Z');

      const first = await tasks.create(newTask(), dispatcher);
      const second = await tasks.create(newTask({ type: TaskType.Drug }), dispatcher);

      expect(first.number).toBe('T20011124-0001');
      expect(second.number).toBe('T20011124-0002');
      expect(first).toMatchObject({
        status: TaskStatus.Pending,
        type: TaskType.Specimen,
        priority: TaskPriority.Urgent,
        group: Group.InternalMedicine,
        origin: { department: '心内科', ward: '5病区', bed: '12' },
        destination: { department: '检验科' },
        requester: { department: '心内科', contactName: '李护士', phone: '8021' },
        notes: null,
        createdBy: dispatcher.id,
        version: 1,
      });
      expect(first.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(first.timeline).toEqual([
        expect.objectContaining({ action: TaskTimelineAction.Created, status: TaskStatus.Pending, actorId: dispatcher.id, note: null }),
      ]);
      // The answer is the stored task and timeline as the caller may see them.
      expect(first).toEqual(await queries.get(first.id, dispatcher));
    });

    it('answers a caller who may not see the requester\'s phone with it masked, and still stores it in full', async () => {
      const created = await tasks.create(
        newTask({ requester: { department: '心内科', phone: '13812341234' } }),
        actors.user(Role.DeskClerk, { id: 'user-desk-01' }),
      );
      expect(created.requester.phone).toBe('138****1234');
      expect((await stored(created.id)).requester.phone).toBe('13812341234');
    });

    it('numbers with today\'s date in Asia/Shanghai on the real clock', async () => {
      const before = shanghaiDay();
      const task = await tasks.create(newTask(), dispatcher);
      const after = shanghaiDay();
      // The run may straddle Shanghai midnight; either side of it is right, nothing else is.
      expect([`T${before}`, `T${after}`]).toContain(task.number.split('-')[0]);
      expect(task.number).toMatch(/^T\d{8}-\d{4}$/);
    });

    it('gives 20 concurrent creates 20 distinct numbers forming a consecutive run', async () => {
      freezeDateAt('2001-12-01T02:00:00Z');

      const created = await Promise.all(Array.from({ length: 20 }, () => tasks.create(newTask(), dispatcher)));

      const numbers = created.map((c) => c.number);
      expect(new Set(numbers).size).toBe(20);
      const sequences = numbers.map(sequenceOf).sort((a, b) => a - b);
      expect(sequences).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
      expect(numbers.every((n) => n.startsWith('T20011201-'))).toBe(true);
    });

    it('leaves no task and no timeline entry when the insert fails, only a gap in the numbers', async () => {
      freezeDateAt('2001-12-02T02:00:00Z');
      const before = await tasks.create(newTask(), dispatcher);
      const [tasksBefore, eventsBefore, outboxBefore] = [await count('tasks'), await count('task_events'), (await service.outbox()).length];

      // 600 characters get past the type (the DTO would refuse them) and fail on varchar(500) inside the transaction.
      await expect(tasks.create(newTask({ notes: 'x'.repeat(600) }), dispatcher)).rejects.toThrow(QueryFailedError);

      expect(await count('tasks')).toBe(tasksBefore);
      expect(await count('task_events')).toBe(eventsBefore);
      // ...and no task.created: the event was in the rolled-back transaction.
      expect((await service.outbox()).length).toBe(outboxBefore);
      // The number was taken before the transaction (so creates do not queue on the counter): 0002 is skipped.
      const next = await tasks.create(newTask(), dispatcher);
      expect(before.number).toBe('T20011202-0001');
      expect(next.number).toBe('T20011202-0003');
    });

    it('starts every hospital day at 0001 and keeps counting days apart', async () => {
      const [a, b, c] = await service.app.get(DataSource).transaction(async (manager) => [
        await nextTaskNumber(manager, '20010101'),
        await nextTaskNumber(manager, '20010102'),
        await nextTaskNumber(manager, '20010101'),
      ]);
      expect([a, b, c]).toEqual(['T20010101-0001', 'T20010102-0001', 'T20010101-0002']);
    });

    it('stores notes and the requester exactly as given', async () => {
      const task = await tasks.create(newTask({ notes: '急血，立即送检', requester: { department: '急诊科' } }), actors.apiKey('api-key-his'));
      const row = await stored(task.id);
      expect(row.notes).toBe('急血，立即送检');
      expect(row.requester).toEqual({ department: '急诊科' });
      expect(row.created_by).toBe('api-key-his');
    });
  });

  describe('events (outbox → JetStream)', () => {
    it('writes exactly one task.created outbox row with the wire envelope, without the requester or their phone', async () => {
      freezeDateAt('2001-12-03T02:00:00Z');
      const created = await tasks.create(newTask({ type: TaskType.Drug, priority: TaskPriority.Stat, group: Group.Surgery }), dispatcher);

      const { names } = await service.jetstream();
      const rows = await service.outbox<TaskCreatedV1>(created.id);
      expect(rows).toHaveLength(1);
      const [row] = rows;
      expect(row.subject).toBe(`${service.env.NATS_SUBJECT_PREFIX}hospital.dispatch.task.created`);
      expect(row.subject).toBe(names.subject(DispatchEvents.taskCreated));
      expect(row.envelope).toEqual({
        id: row.id,
        type: DispatchEvents.taskCreated,
        version: 1,
        occurredAt: '2001-12-03T02:00:00.000Z',
        source: 'dispatch',
        correlationId: null,
        aggregateId: created.id,
        payload: {
          id: created.id,
          number: 'T20011203-0001',
          type: TaskType.Drug,
          priority: TaskPriority.Stat,
          group: Group.Surgery,
          createdBy: dispatcher.id,
          createdAt: created.createdAt,
          // STAT: due 15 minutes after registration.
          dueAt: '2001-12-03T02:15:00.000Z',
          status: TaskStatus.Pending,
        },
      });
      expect(row.envelope.payload).not.toHaveProperty('requester');
      expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/); // UUIDv7
    });

    it('publishes the row to the suite\'s JetStream stream within a few seconds, with Nats-Msg-Id = event id', async () => {
      const { jsm, names } = await service.jetstream();
      const created = await tasks.create(newTask(), dispatcher);
      const [row] = await service.outbox<TaskCreatedV1>(created.id);

      await eventually('published_at to be set', async () => (await service.outbox<TaskCreatedV1>(created.id))[0].published_at, 10_000);

      const stored = await jsm.streams.getMessage(names.stream, { last_by_subj: row.subject });
      expect(stored.header.get('Nats-Msg-Id')).toBe(row.id);
      expect(stored.json()).toEqual(row.envelope);
    });

    it('publishes every row it wrote, each once', async () => {
      const { jsm, names } = await service.jetstream();
      await eventually(
        'the outbox to drain',
        async () => (await service.outbox()).every((r) => r.published_at !== null),
        15_000,
      );
      expect((await jsm.streams.info(names.stream)).state.messages).toBe((await service.outbox()).length);
    });
  });

  describe('Idempotency-Key', () => {
    it('answers a retry with the same key and body with the first answer: one task, one number, one event', async () => {
      const key = randomUUID();
      const body = newTask({ notes: '同一个请求' });
      const [tasksBefore, countersBefore] = [await count('tasks'), await service.query('SELECT "day", "last" FROM "dispatch"."task_day_counters" ORDER BY "day"')];

      const first = await createWithKey(body, dispatcher, key);
      const retry = await createWithKey({ ...body }, dispatcher, key);

      expect(retry).toEqual(first);
      expect(await count('tasks')).toBe(tasksBefore + 1);
      expect(await service.outbox<TaskCreatedV1>(first.id)).toHaveLength(1);
      // The retry did not use up a number either.
      const counters = (await service.query('SELECT "day", "last" FROM "dispatch"."task_day_counters" ORDER BY "day"')) as { day: string; last: number }[];
      const used = counters.reduce((n, c) => n + c.last, 0) - (countersBefore as { last: number }[]).reduce((n, c) => n + c.last, 0);
      expect(used).toBe(1);
    });

    it('refuses the same key with a different body with IDEMPOTENCY_KEY_REUSED, and changes nothing', async () => {
      const key = randomUUID();
      await createWithKey(newTask(), dispatcher, key);
      const [tasksBefore, outboxBefore] = [await count('tasks'), (await service.outbox()).length];

      const error = await createWithKey(newTask({ priority: TaskPriority.Routine }), dispatcher, key).catch((e: unknown) => e);

      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe(ErrorCode.IdempotencyKeyReused);
      expect([await count('tasks'), (await service.outbox()).length]).toEqual([tasksBefore, outboxBefore]);
    });
  });
});

import { Global, Module } from '@nestjs/common';
import { Test, TestingModule } from '@nestjs/testing';
import {
  Actor,
  CreateTaskDto,
  ErrorCode,
  Group,
  Role,
  TaskPriority,
  TaskStatus,
  TaskTimelineAction,
  TaskType,
} from '@hospital/contracts';
import { DatabaseModule, DomainError, ENV, loadEnv, ServiceEnv, serviceEnvSchema } from '@hospital/platform';
import { createTestDatabase, TestDatabase } from '@hospital/testing';
import { randomUUID } from 'node:crypto';
import { DataSource, QueryFailedError } from 'typeorm';

import { DISPATCH_ENTITIES, DISPATCH_MIGRATIONS } from '../database/schema';
import { TaskEntity } from './task.entity';
import { nextTaskNumber } from './task-number';
import { TasksModule } from './tasks.module';
import { TasksService } from './tasks.service';

const dispatcher: Actor = { id: 'user-dispatcher-01', kind: 'user', roles: [Role.Dispatcher] };

const newTask = (overrides: Partial<CreateTaskDto> = {}): CreateTaskDto => ({
  type: TaskType.Specimen,
  priority: TaskPriority.Urgent,
  group: Group.InternalMedicine,
  origin: { department: '心内科', ward: '5病区', bed: '12' },
  destination: { department: '检验科' },
  requester: { department: '心内科', contactName: '李护士', phone: '8021' },
  ...overrides,
});

/** Everything but Date keeps running for real, so the pg driver is unaffected. */
function freezeClockAt(iso: string): void {
  jest.useFakeTimers({
    now: new Date(iso),
    doNotFake: [
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'requestAnimationFrame',
      'cancelAnimationFrame',
      'requestIdleCallback',
      'cancelIdleCallback',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
    ],
  });
}

/** Today's hospital day in Shanghai (UTC+8 all year), computed without the code under test. */
const shanghaiDay = (at = new Date()) => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10).replace(/-/g, '');

const sequenceOf = (number: string) => Number(number.split('-')[1]);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('TasksService (real Postgres)', () => {
  let db: TestDatabase;
  let moduleRef: TestingModule;
  let tasks: TasksService;
  let dataSource: DataSource;

  const count = async (table: 'tasks' | 'task_events' | 'task_day_counters'): Promise<number> =>
    Number(((await dataSource.query(`SELECT count(*)::int AS n FROM "dispatch"."${table}"`)) as [{ n: number }])[0].n);

  const clearTasks = () => dataSource.query('TRUNCATE "dispatch"."tasks", "dispatch"."task_events"');

  const setStatus = (id: string, status: TaskStatus) =>
    dataSource.query('UPDATE "dispatch"."tasks" SET "status" = $2 WHERE "id" = $1', [id, status]);

  beforeAll(async () => {
    db = await createTestDatabase('dispatchtasks');
    const env: ServiceEnv = loadEnv(serviceEnvSchema, {
      DATABASE_URL: db.url,
      NATS_URL: process.env.NATS_URL ?? 'nats://127.0.0.1:4222',
      HEALTH_PORT: '8081',
      TZ_HOSPITAL: 'Asia/Shanghai',
    });

    @Global()
    @Module({ providers: [{ provide: ENV, useValue: env }], exports: [ENV] })
    class TestEnvModule {}

    moduleRef = await Test.createTestingModule({
      imports: [
        TestEnvModule,
        DatabaseModule.forService({ url: db.url, schema: 'dispatch', entities: DISPATCH_ENTITIES, migrations: DISPATCH_MIGRATIONS }),
        TasksModule,
      ],
    }).compile();
    await moduleRef.init();
    tasks = moduleRef.get(TasksService);
    dataSource = moduleRef.get(DataSource);
  });

  afterEach(() => {
    jest.useRealTimers();
  });

  afterAll(async () => {
    await moduleRef?.close();
    await db?.drop();
  });

  describe('create', () => {
    it('registers a PENDING task numbered T<hospital day>-0001, then -0002', async () => {
      // 01:00 on 24 November in Shanghai, still 23 November in UTC.
      freezeClockAt('2026-11-23T17:00:00Z');

      const first = await tasks.create(newTask(), dispatcher);
      const second = await tasks.create(newTask({ type: TaskType.Drug }), dispatcher);

      expect(first.task.number).toBe('T20261124-0001');
      expect(second.task.number).toBe('T20261124-0002');
      expect(first.task).toMatchObject({
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
      expect(first.task.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(first.timeline).toEqual([
        expect.objectContaining({ action: TaskTimelineAction.Created, status: TaskStatus.Pending, actorId: dispatcher.id, note: null }),
      ]);
    });

    it('numbers with today\'s date in Asia/Shanghai on the real clock', async () => {
      const before = shanghaiDay();
      const { task } = await tasks.create(newTask(), dispatcher);
      const after = shanghaiDay();
      // The run may straddle Shanghai midnight; either side of it is right, nothing else is.
      expect([`T${before}`, `T${after}`]).toContain(task.number.split('-')[0]);
      expect(task.number).toMatch(/^T\d{8}-\d{4}$/);
    });

    it('gives 20 concurrent creates 20 distinct numbers forming a consecutive run', async () => {
      freezeClockAt('2026-12-01T02:00:00Z');

      const created = await Promise.all(Array.from({ length: 20 }, () => tasks.create(newTask(), dispatcher)));

      const numbers = created.map((c) => c.task.number);
      expect(new Set(numbers).size).toBe(20);
      const sequences = numbers.map(sequenceOf).sort((a, b) => a - b);
      expect(sequences).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
      expect(numbers.every((n) => n.startsWith('T20261201-'))).toBe(true);
    });

    it('leaves no task, no timeline entry and no used-up number when the insert fails', async () => {
      freezeClockAt('2026-12-02T02:00:00Z');
      const before = await tasks.create(newTask(), dispatcher);
      const [tasksBefore, eventsBefore] = [await count('tasks'), await count('task_events')];

      // 600 characters get past the type (the DTO would refuse them) and fail on varchar(500) inside the transaction.
      await expect(tasks.create(newTask({ notes: 'x'.repeat(600) }), dispatcher)).rejects.toThrow(QueryFailedError);

      expect(await count('tasks')).toBe(tasksBefore);
      expect(await count('task_events')).toBe(eventsBefore);
      const next = await tasks.create(newTask(), dispatcher);
      expect(before.task.number).toBe('T20261202-0001');
      expect(next.task.number).toBe('T20261202-0002');
    });

    it('starts every hospital day at 0001 and keeps counting days apart', async () => {
      const [a, b, c] = await dataSource.transaction(async (manager) => [
        await nextTaskNumber(manager, '20270101'),
        await nextTaskNumber(manager, '20270102'),
        await nextTaskNumber(manager, '20270101'),
      ]);
      expect([a, b, c]).toEqual(['T20270101-0001', 'T20270102-0001', 'T20270101-0002']);
    });

    it('stores notes and the requester exactly as given', async () => {
      const { task } = await tasks.create(
        newTask({ notes: '急血，立即送检', requester: { department: '急诊科' } }),
        { id: 'api-key-his', kind: 'api_key', roles: [Role.Integration] },
      );
      const { task: stored } = await tasks.get(task.id);
      expect(stored.notes).toBe('急血，立即送检');
      expect(stored.requester).toEqual({ department: '急诊科' });
      expect(stored.createdBy).toBe('api-key-his');
    });
  });

  describe('get', () => {
    it('returns the task with its timeline, starting with the CREATED entry', async () => {
      const created = await tasks.create(newTask({ priority: TaskPriority.Stat, notes: '急血' }), dispatcher);

      const { task, timeline } = await tasks.get(created.task.id);

      expect(task).toMatchObject({ id: created.task.id, number: created.task.number, status: TaskStatus.Pending, notes: '急血' });
      expect(timeline).toHaveLength(1);
      expect(timeline[0]).toMatchObject({
        taskId: created.task.id,
        action: TaskTimelineAction.Created,
        status: TaskStatus.Pending,
        actorId: dispatcher.id,
        note: null,
      });
      // The handover record says when: the moment the task was registered.
      expect(timeline[0].at.toISOString()).toBe(task.createdAt.toISOString());
    });

    it('refuses an unknown id with TASK_NOT_FOUND', async () => {
      const id = randomUUID();
      const error = await tasks.get(id).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe(ErrorCode.TaskNotFound);
      expect((error as DomainError).message).toContain(id);
    });
  });

  describe('list filters and order', () => {
    const ids: Record<'a' | 'b' | 'c' | 'd' | 'e', string> = { a: '', b: '', c: '', d: '', e: '' };

    beforeAll(async () => {
      await clearTasks();
      const mix: [keyof typeof ids, Partial<CreateTaskDto>][] = [
        ['a', { type: TaskType.Specimen, priority: TaskPriority.Stat, group: Group.InternalMedicine }],
        ['b', { type: TaskType.PatientTransport, priority: TaskPriority.Routine, group: Group.Surgery }],
        ['c', { type: TaskType.Drug, priority: TaskPriority.Urgent, group: Group.Emergency }],
        ['d', { type: TaskType.Specimen, priority: TaskPriority.Routine, group: Group.Surgery }],
        ['e', { type: TaskType.Ambulance120, priority: TaskPriority.Stat, group: Group.Emergency }],
      ];
      for (const [key, overrides] of mix) {
        ids[key] = (await tasks.create(newTask(overrides), dispatcher)).task.id;
        await sleep(5); // distinct creation times, so "newest first" has one right answer
      }
      // Only registration exists so far; later steps of the lifecycle are simulated in the table.
      await setStatus(ids.d, TaskStatus.Completed);
      await setStatus(ids.e, TaskStatus.Cancelled);
    });

    const listIds = async (query: Parameters<TasksService['list']>[0]) => (await tasks.list(query)).items.map((t) => t.id);

    it('returns everything newest first when no filter is given', async () => {
      const page = await tasks.list({});
      expect(page.items.map((t) => t.id)).toEqual([ids.e, ids.d, ids.c, ids.b, ids.a]);
      expect(page.nextCursor).toBeNull();
    });

    it('filters by status', async () => {
      expect(await listIds({ status: TaskStatus.Pending })).toEqual([ids.c, ids.b, ids.a]);
      expect(await listIds({ status: TaskStatus.Completed })).toEqual([ids.d]);
      expect(await listIds({ status: TaskStatus.Assigned })).toEqual([]);
    });

    it('filters by type', async () => {
      expect(await listIds({ type: TaskType.Specimen })).toEqual([ids.d, ids.a]);
      expect(await listIds({ type: TaskType.Linen })).toEqual([]);
    });

    it('filters by priority', async () => {
      expect(await listIds({ priority: TaskPriority.Stat })).toEqual([ids.e, ids.a]);
      expect(await listIds({ priority: TaskPriority.Urgent })).toEqual([ids.c]);
    });

    it('filters by group', async () => {
      expect(await listIds({ group: Group.Surgery })).toEqual([ids.d, ids.b]);
      expect(await listIds({ group: Group.Emergency })).toEqual([ids.e, ids.c]);
    });

    it('combines filters', async () => {
      expect(await listIds({ group: Group.Emergency, status: TaskStatus.Pending })).toEqual([ids.c]);
      expect(await listIds({ type: TaskType.Specimen, priority: TaskPriority.Routine, group: Group.Surgery })).toEqual([ids.d]);
      expect(await listIds({ type: TaskType.Drug, group: Group.Surgery })).toEqual([]);
    });
  });

  describe('list paging', () => {
    let all: TaskEntity[];

    beforeAll(async () => {
      await clearTasks();
      // Created together, so several share a creation time: the id must break the tie.
      all = (
        await Promise.all(
          Array.from({ length: 7 }, (_, i) => tasks.create(newTask({ group: i % 2 ? Group.Surgery : Group.Emergency }), dispatcher)),
        )
      ).map((c) => c.task);
    });

    it('pages 7 tasks by 3 as 3 + 3 + 1, without skipping or repeating, ending with a null cursor', async () => {
      const first = await tasks.list({ limit: 3 });
      expect(first.items).toHaveLength(3);
      expect(first.nextCursor).toEqual(expect.any(String));

      const second = await tasks.list({ limit: 3, cursor: first.nextCursor! });
      expect(second.items).toHaveLength(3);
      expect(second.nextCursor).toEqual(expect.any(String));

      const third = await tasks.list({ limit: 3, cursor: second.nextCursor! });
      expect(third.items).toHaveLength(1);
      expect(third.nextCursor).toBeNull();

      const paged = [...first.items, ...second.items, ...third.items].map((t) => t.id);
      expect(new Set(paged).size).toBe(7);
      expect(new Set(paged)).toEqual(new Set(all.map((t) => t.id)));
      // Pages continue the order of one big page.
      expect(paged).toEqual((await tasks.list({ limit: 100 })).items.map((t) => t.id));
    });

    it('orders ties on creation time by id, newest first overall', async () => {
      const items = (await tasks.list({ limit: 100 })).items;
      for (let i = 1; i < items.length; i++) {
        const [prev, cur] = [items[i - 1], items[i]];
        const prevTime = prev.createdAt.getTime();
        const curTime = cur.createdAt.getTime();
        expect(prevTime).toBeGreaterThanOrEqual(curTime);
        if (prevTime === curTime) expect(prev.id > cur.id).toBe(true);
      }
    });

    it('gives a null cursor when the last page is exactly full', async () => {
      const first = await tasks.list({ limit: 4, group: Group.Emergency });
      expect(first.items).toHaveLength(4);
      expect(first.nextCursor).toBeNull();
    });

    it('pages within a filter', async () => {
      const first = await tasks.list({ limit: 2, group: Group.Surgery });
      const second = await tasks.list({ limit: 2, group: Group.Surgery, cursor: first.nextCursor! });
      const paged = [...first.items, ...second.items];
      expect(second.nextCursor).toBeNull();
      expect(paged.every((t) => t.group === Group.Surgery)).toBe(true);
      expect(new Set(paged.map((t) => t.id))).toEqual(new Set(all.filter((t) => t.group === Group.Surgery).map((t) => t.id)));
    });

    it('is stable under inserts: a task created between pages does not push rows into the next page', async () => {
      const first = await tasks.list({ limit: 3 });
      const { task: newer } = await tasks.create(newTask(), dispatcher);
      const rest = [];
      let cursor = first.nextCursor;
      while (cursor) {
        const page = await tasks.list({ limit: 3, cursor });
        rest.push(...page.items);
        cursor = page.nextCursor;
      }
      const paged = [...first.items, ...rest].map((t) => t.id);
      expect(paged).not.toContain(newer.id);
      expect(new Set(paged)).toEqual(new Set(all.map((t) => t.id)));
      expect(paged).toHaveLength(7);
    });

    it('refuses a cursor it did not issue with INVALID_CURSOR', async () => {
      const error = await tasks.list({ cursor: 'bm90LWEtY3Vyc29y' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe(ErrorCode.InvalidCursor);
    });
  });
});

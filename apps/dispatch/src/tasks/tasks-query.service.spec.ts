import { CreateTaskDto, ErrorCode, Group, TaskDto, TaskPriority, TaskStatus, TaskTimelineAction, TaskType } from '@hospital/contracts';
import { DomainError } from '@hospital/platform';
import { ServiceUnderTest, startServiceUnderTest } from '@hospital/service-testing';
import { randomUUID } from 'node:crypto';

import { dispatchService } from '../service';
import { CreateTaskService } from './create-task.service';
import { TasksQueryService } from './tasks-query.service';
import { dispatcher, newTask } from './tasks.spec-helper';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('TasksQueryService (the whole dispatch service in-process: real Postgres, NATS JetStream)', () => {
  let service: ServiceUnderTest;
  let tasks: CreateTaskService;
  let queries: TasksQueryService;

  // CASCADE: incidents reference tasks.
  const clearTasks = () => service.query('TRUNCATE "dispatch"."tasks", "dispatch"."task_events" CASCADE');

  const setStatus = (id: string, status: TaskStatus) =>
    service.query('UPDATE "dispatch"."tasks" SET "status" = $2 WHERE "id" = $1', [id, status]);

  beforeAll(async () => {
    service = await startServiceUnderTest(dispatchService, { env: { TZ_HOSPITAL: 'Asia/Shanghai' } });
    tasks = service.app.get(CreateTaskService);
    queries = service.app.get(TasksQueryService);
  }, 60_000);

  afterAll(async () => {
    // stop() also deletes the suite's stream and closes the JetStream connection: nothing is left on the shared NATS.
    await service?.stop();
  }, 60_000);

  describe('get', () => {
    it('returns the task with its timeline, starting with the CREATED entry', async () => {
      const created = await tasks.create(newTask({ priority: TaskPriority.Stat, notes: '急血' }), dispatcher);

      const task = await queries.get(created.id, dispatcher);
      const { timeline } = task;

      expect(task).toMatchObject({ id: created.id, number: created.number, status: TaskStatus.Pending, notes: '急血' });
      expect(timeline).toHaveLength(1);
      expect(timeline[0]).toMatchObject({
        action: TaskTimelineAction.Created,
        status: TaskStatus.Pending,
        actorId: dispatcher.id,
        note: null,
      });
      // The timeline is this task's own: what task_events holds under its id.
      const own = (await service.query('SELECT "at" FROM "dispatch"."task_events" WHERE "task_id" = $1', [created.id])) as { at: Date }[];
      expect(timeline.map((e) => e.at)).toEqual(own.map((e) => e.at.toISOString()));
      // The handover record says when: the moment the task was registered.
      expect(timeline[0].at).toBe(task.createdAt);
    });

    it('refuses an unknown id with TASK_NOT_FOUND', async () => {
      const id = randomUUID();
      const error = await queries.get(id, dispatcher).catch((e: unknown) => e);
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
        ids[key] = (await tasks.create(newTask(overrides), dispatcher)).id;
        await sleep(5); // distinct creation times, so "newest first" has one right answer
      }
      // Only registration exists so far; later steps of the lifecycle are simulated in the table.
      await setStatus(ids.d, TaskStatus.Completed);
      await setStatus(ids.e, TaskStatus.Cancelled);
    });

    const listIds = async (query: Parameters<TasksQueryService['list']>[0]) => (await queries.list(query, dispatcher)).items.map((t) => t.id);

    it('returns everything newest first when no filter is given', async () => {
      const page = await queries.list({}, dispatcher);
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
    let all: TaskDto[];

    beforeAll(async () => {
      await clearTasks();
      // Created together, so several share a creation time: the id must break the tie.
      all = await Promise.all(
        Array.from({ length: 7 }, (_, i) => tasks.create(newTask({ group: i % 2 ? Group.Surgery : Group.Emergency }), dispatcher)),
      );
    });

    it('pages 7 tasks by 3 as 3 + 3 + 1, without skipping or repeating, ending with a null cursor', async () => {
      const first = await queries.list({ limit: 3 }, dispatcher);
      expect(first.items).toHaveLength(3);
      expect(first.nextCursor).toEqual(expect.any(String));

      const second = await queries.list({ limit: 3, cursor: first.nextCursor! }, dispatcher);
      expect(second.items).toHaveLength(3);
      expect(second.nextCursor).toEqual(expect.any(String));

      const third = await queries.list({ limit: 3, cursor: second.nextCursor! }, dispatcher);
      expect(third.items).toHaveLength(1);
      expect(third.nextCursor).toBeNull();

      const paged = [...first.items, ...second.items, ...third.items].map((t) => t.id);
      expect(new Set(paged).size).toBe(7);
      expect(new Set(paged)).toEqual(new Set(all.map((t) => t.id)));
      // Pages continue the order of one big page.
      expect(paged).toEqual((await queries.list({ limit: 100 }, dispatcher)).items.map((t) => t.id));
    });

    it('orders ties on creation time by id, newest first overall', async () => {
      const items = (await queries.list({ limit: 100 }, dispatcher)).items;
      for (let i = 1; i < items.length; i++) {
        const [prev, cur] = [items[i - 1], items[i]];
        const prevTime = Date.parse(prev.createdAt);
        const curTime = Date.parse(cur.createdAt);
        expect(prevTime).toBeGreaterThanOrEqual(curTime);
        if (prevTime === curTime) expect(prev.id > cur.id).toBe(true);
      }
    });

    it('gives a null cursor when the last page is exactly full', async () => {
      const first = await queries.list({ limit: 4, group: Group.Emergency }, dispatcher);
      expect(first.items).toHaveLength(4);
      expect(first.nextCursor).toBeNull();
    });

    it('pages within a filter', async () => {
      const first = await queries.list({ limit: 2, group: Group.Surgery }, dispatcher);
      const second = await queries.list({ limit: 2, group: Group.Surgery, cursor: first.nextCursor! }, dispatcher);
      const paged = [...first.items, ...second.items];
      expect(second.nextCursor).toBeNull();
      expect(paged.every((t) => t.group === Group.Surgery)).toBe(true);
      expect(new Set(paged.map((t) => t.id))).toEqual(new Set(all.filter((t) => t.group === Group.Surgery).map((t) => t.id)));
    });

    it('is stable under inserts: a task created between pages does not push rows into the next page', async () => {
      const first = await queries.list({ limit: 3 }, dispatcher);
      const newer = await tasks.create(newTask(), dispatcher);
      const rest = [];
      let cursor = first.nextCursor;
      while (cursor) {
        const page = await queries.list({ limit: 3, cursor }, dispatcher);
        rest.push(...page.items);
        cursor = page.nextCursor;
      }
      const paged = [...first.items, ...rest].map((t) => t.id);
      expect(paged).not.toContain(newer.id);
      expect(new Set(paged)).toEqual(new Set(all.map((t) => t.id)));
      expect(paged).toHaveLength(7);
    });

    it('refuses a cursor it did not issue with INVALID_CURSOR', async () => {
      const error = await queries.list({ cursor: 'bm90LWEtY3Vyc29y' }, dispatcher).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe(ErrorCode.InvalidCursor);
    });
  });
});

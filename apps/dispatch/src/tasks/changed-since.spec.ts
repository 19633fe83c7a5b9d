import { ErrorCode, TaskDto, TaskStatus } from '@hospital/contracts';
import { expectDomainError, ServiceUnderTest, startServiceUnderTest } from '@hospital/service-testing';
import { actors } from '@hospital/testing';
import { dispatchService } from '../service';
import { CreateTaskService } from './create-task.service';
import { OverdueSweep } from './overdue-sweep';
import { TasksQueryService } from './tasks-query.service';
import { dispatcher, newTask } from './tasks.spec-helper';

/** GET /dispatch/tasks?updatedSince=: how a hospital system that cannot take webhooks polls for what changed. */
describe('the jobs changed since an instant (real Postgres)', () => {
  let service: ServiceUnderTest;
  let tasks: CreateTaskService;
  let queries: TasksQueryService;
  const ward = actors.apiKey('system-ward-5-poller');
  const lab = actors.apiKey('system-lis-poller');

  beforeAll(async () => {
    service = await startServiceUnderTest(dispatchService, { env: { OVERDUE_SWEEP_SECONDS: '3600' } });
    tasks = service.app.get(CreateTaskService);
    queries = service.app.get(TasksQueryService);
  });

  afterAll(() => service?.stop());

  /** Arranges when a job was last changed (a row's own time, as a lifecycle step writes it). */
  const changedAt = (id: string, iso: string) => service.query(`UPDATE "dispatch"."tasks" SET "updated_at" = $2 WHERE "id" = $1`, [id, iso]);

  /** Every page, following nextCursor to the end, as a poller does. */
  async function walk(since: string, actor = ward, limit = 2, extra: { status?: TaskStatus } = {}): Promise<TaskDto[]> {
    const seen: TaskDto[] = [];
    let cursor: string | undefined;
    do {
      const page = await queries.list({ updatedSince: since, limit, cursor, ...extra }, actor);
      seen.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return seen;
  }

  it('answers a system its own jobs changed at or after the instant, oldest change first, to the last page', async () => {
    const [a, b, c, d] = [await tasks.create(newTask(), ward), await tasks.create(newTask(), ward), await tasks.create(newTask(), ward), await tasks.create(newTask(), ward)];
    const theLabs = await tasks.create(newTask(), lab);
    await changedAt(a.id, '2031-03-01T08:00:00.000Z');
    await changedAt(b.id, '2031-03-01T08:02:00.000Z');
    await changedAt(c.id, '2031-03-01T08:01:00.000Z');
    // Two changes in the same millisecond: the id keeps them apart and in a stable order.
    await changedAt(d.id, '2031-03-01T08:01:00.000Z');
    await changedAt(theLabs.id, '2031-03-01T08:01:30.000Z');

    const cd = [c.id, d.id].sort();
    expect((await walk('2031-03-01T08:00:00Z')).map((t) => t.id)).toEqual([a.id, ...cd, b.id]);
    // At or after: the instant itself is in; offsets other than Z mean the same instant.
    expect((await walk('2031-03-01T16:01:00+08:00')).map((t) => t.id)).toEqual([...cd, b.id]);
    expect((await walk('2031-03-01T08:01:30Z', lab)).map((t) => t.id)).toEqual([theLabs.id]);
    expect(await walk('2031-03-01T08:02:00.001Z')).toEqual([]);
    expect((await walk('2031-03-01T08:00:00Z', dispatcher, 10)).map((t) => t.id)).toEqual(expect.arrayContaining([a.id, b.id, c.id, d.id, theLabs.id]));
  });

  it('moves a job changed during the walk behind the cursor, where the poller meets it again', async () => {
    const [e, f, g] = [await tasks.create(newTask(), ward), await tasks.create(newTask(), ward), await tasks.create(newTask(), ward)];
    await changedAt(e.id, '2032-01-01T00:00:01.000Z');
    await changedAt(f.id, '2032-01-01T00:00:02.000Z');
    await changedAt(g.id, '2032-01-01T00:00:03.000Z');
    const first = await queries.list({ updatedSince: '2032-01-01T00:00:00Z', limit: 2 }, ward);
    expect(first.items.map((t) => t.id)).toEqual([e.id, f.id]);
    await changedAt(e.id, '2032-01-01T00:00:04.000Z');
    const rest = await queries.list({ updatedSince: '2032-01-01T00:00:00Z', limit: 2, cursor: first.nextCursor! }, ward);
    expect(rest.items.map((t) => t.id)).toEqual([g.id, e.id]);
    expect(rest.nextCursor).toBeNull();
  });

  it('combines with the other filters, and refuses a cursor of the newest-first list', async () => {
    const h = await tasks.create(newTask(), ward);
    await changedAt(h.id, '2033-01-01T00:00:00.000Z');
    expect((await walk('2033-01-01T00:00:00Z', ward, 5, { status: TaskStatus.Pending })).map((t) => t.id)).toEqual([h.id]);
    expect(await walk('2033-01-01T00:00:00Z', ward, 5, { status: TaskStatus.Completed })).toEqual([]);
    const newestFirst = await queries.list({ limit: 1 }, ward);
    const refused = await expectDomainError(queries.list({ updatedSince: '2033-01-01T00:00:00Z', cursor: newestFirst.nextCursor! }, ward));
    expect(refused).toMatchObject({ code: ErrorCode.InvalidCursor, details: { errors: [{ field: 'cursor' }] } });
  });

  it('counts the overdue flag as a change, so a poller hears of it', async () => {
    const late = await tasks.create(newTask(), ward);
    await service.query(`UPDATE "dispatch"."tasks" SET "due_at" = now() - interval '1 minute', "updated_at" = '2000-01-01T00:00:00Z' WHERE "id" = $1`, [late.id]);
    const before = new Date(Date.now() - 60_000).toISOString();
    expect((await walk(before, ward, 100)).map((t) => t.id)).not.toContain(late.id);
    await service.app.get(OverdueSweep).sweep();
    expect((await walk(before, ward, 100)).map((t) => t.id)).toContain(late.id);
  });
});

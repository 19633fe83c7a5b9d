import { CreateTaskDto, Group, Role, TaskPriority, TaskType } from '@hospital/contracts';
import { actors } from '@hospital/testing';
import { ServiceUnderTest, startServiceUnderTest } from '@hospital/service-testing';
import { dispatchService } from '../service';
import { OverdueSweep } from './overdue-sweep';
import { CreateTaskService } from './create-task.service';
import { TaskLifecycleService } from './task-lifecycle.service';
import { TasksQueryService } from './tasks-query.service';

const dispatcher = actors.user(Role.Dispatcher);
const job: CreateTaskDto = {
  type: TaskType.Drug,
  priority: TaskPriority.Urgent,
  group: Group.Surgery,
  origin: { department: '药房' },
  destination: { department: '骨科', ward: '3病区' },
  requester: { department: '骨科' },
};

describe('OverdueSweep (real Postgres)', () => {
  let service: ServiceUnderTest;
  let sweep: OverdueSweep;
  let tasks: CreateTaskService;
  let queries: TasksQueryService;

  // A long interval: the test drives the sweep itself.
  beforeAll(async () => {
    service = await startServiceUnderTest(dispatchService, { env: { OVERDUE_SWEEP_SECONDS: '3600' } });
    sweep = service.app.get(OverdueSweep);
    tasks = service.app.get(CreateTaskService);
    queries = service.app.get(TasksQueryService);
  });

  afterAll(async () => {
    await service.stop();
  });

  const backdate = (id: string) => service.query(`UPDATE "dispatch"."tasks" SET "due_at" = now() - interval '1 minute' WHERE "id" = $1`, [id]);

  it('flags an open job past its deadline once, on its timeline and as an event; leaves others alone', async () => {
    const late = await tasks.create(job, dispatcher);
    const onTime = await tasks.create(job, dispatcher);
    const doneLate = await tasks.create(job, dispatcher);
    await service.app.get(TaskLifecycleService).cancel({ id: doneLate.id, reason: 'ward cancelled' }, dispatcher);
    await Promise.all([backdate(late.id), backdate(doneLate.id)]);

    // Two replicas sweeping at once still flag it once.
    const [a, b] = await Promise.all([sweep.sweep(), sweep.sweep()]);
    expect([...a, ...b].filter((id) => id === late.id)).toHaveLength(1);
    expect([...a, ...b]).not.toContain(onTime.id);
    expect([...a, ...b]).not.toContain(doneLate.id);
    expect(await sweep.sweep()).not.toContain(late.id);

    const [{ overdue_at: overdueAt }] = (await service.query('SELECT "overdue_at" FROM "dispatch"."tasks" WHERE "id" = $1', [late.id])) as {
      overdue_at: Date | null;
    }[];
    expect(overdueAt).toBeInstanceOf(Date);
    expect((await queries.get(late.id, dispatcher)).timeline.map((e) => e.action)).toEqual(['CREATED', 'OVERDUE']);
    const events = (await service.query(
      `SELECT "envelope" FROM "dispatch"."outbox" WHERE "aggregate_id" = $1 AND "envelope"->>'type' = 'dispatch.task.overdue'`,
      [late.id],
    )) as { envelope: { payload: { status: string; actorId: string } } }[];
    expect(events).toHaveLength(1);
    expect(events[0].envelope.payload).toMatchObject({ status: 'PENDING', actorId: 'system', createdBy: dispatcher.id });
  });
});

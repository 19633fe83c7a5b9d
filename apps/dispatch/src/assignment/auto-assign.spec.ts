import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import {
  AssignTaskRequestDto,
  CreateStaffDto,
  DispatchEvents,
  ErrorCode,
  Group,
  Post,
  Role,
  StaffDto,
  TaskDetailDto,
  TaskPriority,
  TaskStatus,
  TaskStepV1,
  TaskType,
} from '@hospital/contracts';
import { DomainError } from '@hospital/platform';
import { actors } from '@hospital/testing';
import { expectDomainError, ServiceUnderTest, startServiceUnderTest } from '@hospital/service-testing';
import { taskRequest } from '../tasks/task-fixtures.spec-helper';
import { DataSource } from 'typeorm';
import { dispatchService } from '../service';
import { DutyClockService } from '../duty/duty-clock.service';
import { shiftCovering } from '../duty/shift-covering.spec-helper';
import { StaffRecordsService } from '../staff/staff-records.service';
import { CreateTaskService } from '../tasks/create-task.service';
import { TaskLifecycleService } from '../tasks/task-lifecycle.service';
import { TasksQueryService } from '../tasks/tasks-query.service';

const TZ = 'Asia/Shanghai';
const MINUTE = 60_000;
const manager = actors.user(Role.Manager);
const dispatcher = actors.user(Role.Dispatcher);

describe('Assignment: auto-assign and capacity (the whole dispatch service in-process: real Postgres, NATS JetStream)', () => {
  let service: ServiceUnderTest;
  let lifecycle: TaskLifecycleService;
  let tasks: CreateTaskService;
  let queries: TasksQueryService;
  let staff: StaffRecordsService;
  let duty: DutyClockService;

  let staffNo = 0;
  const person = (name: string, overrides: Partial<CreateStaffDto> = {}) =>
    staff.create({ staffNo: `AA-${String(++staffNo).padStart(4, '0')}`, name, group: Group.InternalMedicine, posts: [Post.SpecimenCourier], ...overrides }, manager);

  /** Clocked in `minutesAgo` for the shift covering now: on shift, idle since then. */
  const onShift = async (worker: StaffDto, minutesAgo = 1) => {
    const at = new Date(Date.now() - minutesAgo * MINUTE);
    await duty.clockIn({ id: worker.id, shift: shiftCovering(new Date(), TZ) }, dispatcher, at);
  };
  /** Clocked in ten hours ago for the shift then, and never clocked out: that shift is over, so they are on break. */
  const shiftOver = async (worker: StaffDto) => {
    const at = new Date(Date.now() - 10 * 60 * MINUTE);
    await duty.clockIn({ id: worker.id, shift: shiftCovering(at, TZ) }, dispatcher, at);
  };

  const specimenJob = (priority = TaskPriority.Routine, group = Group.InternalMedicine) => tasks.create(taskRequest({ type: TaskType.Specimen, priority, group }), dispatcher);
  const autoAssign = (task: TaskDetailDto) => lifecycle.assign({ id: task.id, auto: true }, dispatcher);
  const assignedNote = (task: TaskDetailDto) => task.timeline.at(-1)?.note ?? '';
  const loadOf = async (workerId: string) =>
    (await service.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM "dispatch"."tasks" WHERE "assignee_id" = $1 AND "status" IN ('ASSIGNED', 'ACCEPTED', 'IN_PROGRESS')`,
      [workerId],
    ))[0].n;

  beforeAll(async () => {
    service = await startServiceUnderTest(dispatchService, { env: { TZ_HOSPITAL: TZ } });
    lifecycle = service.app.get(TaskLifecycleService);
    tasks = service.app.get(CreateTaskService);
    queries = service.app.get(TasksQueryService);
    staff = service.app.get(StaffRecordsService);
    duty = service.app.get(DutyClockService);
  }, 60_000);

  afterAll(() => service?.stop(), 60_000);

  // Each case sets up the floor it is about: nobody else is on duty or carrying jobs.
  beforeEach(() => service.query(`TRUNCATE "dispatch"."staff", "dispatch"."tasks" CASCADE`));

  describe('auto: who is chosen', () => {
    it('picks the clocked-in holder of the post the job needs, in the job’s group, and says why on the timeline', async () => {
      const courier = await person('王芳');
      const drugs = await person('李伟', { posts: [Post.DrugCourier] });
      const surgery = await person('赵敏', { group: Group.Surgery });
      for (const w of [courier, drugs, surgery]) await onShift(w, 14);
      const job = await specimenJob();

      const assigned = await autoAssign(job);

      expect(assigned).toMatchObject({ status: TaskStatus.Assigned, assigneeId: courier.id });
      expect(assignedNote(assigned)).toBe(`auto: 王芳 (${courier.staffNo}), SPECIMEN_COURIER, 内科组, load 0/2, idle 14 min; 1 candidate`);
      const event = (await service.outbox<TaskStepV1>(job.id)).map((r) => r.envelope).find((e) => e.type === DispatchEvents.taskAssigned)!;
      expect(event.payload).toMatchObject({ workerId: courier.id, status: TaskStatus.Assigned, note: assignedNote(assigned) });
    });

    it('picks the least loaded, then the longest idle, then the lowest staff number', async () => {
      const busy = await person('张伟', { capacity: 3 });
      const idle10 = await person('刘洋');
      const idle30 = await person('陈静');
      await onShift(busy, 60);
      await onShift(idle10, 10);
      await onShift(idle30, 30);
      await lifecycle.assign({ id: (await specimenJob()).id, workerId: busy.id }, dispatcher);

      const first = await autoAssign(await specimenJob());
      expect(first.assigneeId).toBe(idle30.id);
      expect(assignedNote(first)).toMatch(/^auto: 陈静 \(AA-\d{4}\), SPECIMEN_COURIER, 内科组, load 0\/2, idle 30 min; 3 candidates$/);

      // Now 刘洋 is the only one without a job.
      expect((await autoAssign(await specimenJob())).assigneeId).toBe(idle10.id);
      // Everyone carries one: equal load, nobody idle, so the staff number decides.
      expect((await autoAssign(await specimenJob())).assigneeId).toBe(busy.id);
    });

    it('counts a delivery as the start of idleness: who finished last waits longest', async () => {
      const early = await person('孙丽');
      const late = await person('周杰');
      await onShift(early, 60);
      await onShift(late, 60);
      // 孙丽 just delivered a job; 周杰 has been idle since clocking in an hour ago.
      const job = await lifecycle.assign({ id: (await specimenJob()).id, workerId: early.id }, dispatcher);
      const asEarly = actors.user(Role.Worker, { id: 'user-early', staffId: early.id });
      await lifecycle.accept({ id: job.id }, asEarly);
      await lifecycle.start({ id: job.id, handedOverBy: '李护士' }, asEarly);
      await lifecycle.complete({ id: job.id, receivedBy: '检验科 王老师' }, asEarly);

      const assigned = await autoAssign(await specimenJob());
      expect(assigned.assigneeId).toBe(late.id);
      expect(assignedNote(assigned)).toContain('idle 60 min; 2 candidates');
    });

    it('leaves out the off duty, those whose shift is over, those at capacity, the wrong post and the inactive', async () => {
      await person('未打卡');
      await shiftOver(await person('已下班'));
      const full = await person('满负荷', { capacity: 1 });
      await onShift(full);
      await lifecycle.assign({ id: (await specimenJob()).id, workerId: full.id }, dispatcher);
      await onShift(await person('送药', { posts: [Post.DrugCourier, Post.Delivery] }));
      const leaver = await person('离职');
      await onShift(leaver);
      await staff.update(leaver.id, { active: false }, manager);
      const eligible = await person('合格');
      await onShift(eligible);

      const assigned = await autoAssign(await specimenJob());
      expect(assigned.assigneeId).toBe(eligible.id);
      expect(assignedNote(assigned)).toContain('; 1 candidate');

      // With the one eligible courier now at capacity too (capacity 2), nobody is left for a second and third job.
      await autoAssign(await specimenJob());
      const job = await specimenJob();
      const error = await expectDomainError(autoAssign(job));
      expect(error.code).toBe(ErrorCode.NoEligibleWorker);
      expect(error.message).toContain('SPECIMEN_COURIER');
      expect(error.message).toContain('内科组');
      expect(await queries.get(job.id, dispatcher)).toMatchObject({ status: TaskStatus.Pending, assigneeId: null });
    });
  });

  describe('STAT: other groups when nobody in the job’s group is free', () => {
    it('takes a free courier of another group for a STAT job and says so', async () => {
      const imFull = await person('内科满', { capacity: 1 });
      await onShift(imFull);
      await lifecycle.assign({ id: (await specimenJob()).id, workerId: imFull.id }, dispatcher);
      const emergency = await person('急诊甲', { group: Group.Emergency });
      await onShift(emergency, 5);

      const assigned = await autoAssign(await specimenJob(TaskPriority.Stat));

      expect(assigned.assigneeId).toBe(emergency.id);
      expect(assignedNote(assigned)).toBe(
        `auto: 急诊甲 (${emergency.staffNo}), SPECIMEN_COURIER, 急诊组, load 0/2, idle 5 min; 1 candidate; from another group: none free in 内科组`,
      );
    });

    it('keeps a STAT job in its group when someone there is free, even if another group is less loaded', async () => {
      const im = await person('内科乙', { capacity: 3 });
      await onShift(im);
      await lifecycle.assign({ id: (await specimenJob()).id, workerId: im.id }, dispatcher);
      await onShift(await person('外科乙', { group: Group.Surgery }), 120);

      expect((await autoAssign(await specimenJob(TaskPriority.Stat))).assigneeId).toBe(im.id);
    });

    it('refuses a ROUTINE job in the same situation with 422 NO_ELIGIBLE_WORKER naming the post and group', async () => {
      await onShift(await person('外科丙', { group: Group.Surgery }));
      const job = await specimenJob(TaskPriority.Routine);

      const error = await expectDomainError(autoAssign(job));

      expect(error.code).toBe(ErrorCode.NoEligibleWorker);
      expect(error.message).toBe('nobody holding the post SPECIMEN_COURIER (送检) is clocked in, on shift and under capacity in 内科组');
      expect(error.details).toEqual({ post: Post.SpecimenCourier, group: Group.InternalMedicine });
      expect((await service.outbox(job.id)).map((r) => r.envelope.type)).toEqual([DispatchEvents.taskCreated]);
    });
  });

  describe('capacity under concurrency', () => {
    it('gives exactly 2 of 10 simultaneous auto-assigns to the one courier with capacity 2; the other 8 get 422', async () => {
      const only = await person('唯一');
      await onShift(only);
      const jobs = await Promise.all(Array.from({ length: 10 }, () => specimenJob()));

      const results = await Promise.allSettled(jobs.map((job) => autoAssign(job)));

      const won = results.filter((r): r is PromiseFulfilledResult<TaskDetailDto> => r.status === 'fulfilled');
      expect(won).toHaveLength(2);
      expect(won.every((r) => r.value.assigneeId === only.id)).toBe(true);
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(lost.map((r) => (r.reason as DomainError).code)).toEqual(Array(8).fill(ErrorCode.NoEligibleWorker));
      expect(await loadOf(only.id)).toBe(2);
    });

    it('spreads simultaneous auto-assigns over two couriers without pushing either past capacity', async () => {
      const a = await person('甲');
      const b = await person('乙');
      await onShift(a);
      await onShift(b);
      const jobs = await Promise.all(Array.from({ length: 6 }, () => specimenJob()));

      const results = await Promise.allSettled(jobs.map((job) => autoAssign(job)));

      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(4);
      expect([await loadOf(a.id), await loadOf(b.id)]).toEqual([2, 2]);
    });

    it('passes over the best courier while another assignment holds them, instead of queueing behind it', async () => {
      const best = await person('最闲', { capacity: 5 });
      const next = await person('次闲', { capacity: 5 });
      await onShift(best, 30);
      await onShift(next, 5);
      const job = await specimenJob();

      // Another transaction is in the middle of giving 最闲 a job: it holds their row.
      const holder = service.app.get(DataSource).createQueryRunner();
      await holder.startTransaction();
      try {
        await holder.query(`SELECT 1 FROM "dispatch"."staff" WHERE "id" = $1 FOR NO KEY UPDATE`, [best.id]);
        const assigned = await autoAssign(job);
        expect(assigned.assigneeId).toBe(next.id);
      } finally {
        await holder.rollbackTransaction();
        await holder.release();
      }
    });

    it('waits for a held courier when nobody else could take the job, rather than answer that nobody is free', async () => {
      const only = await person('唯一');
      await onShift(only);
      const job = await specimenJob();
      const holder = service.app.get(DataSource).createQueryRunner();
      await holder.startTransaction();
      await holder.query(`SELECT 1 FROM "dispatch"."staff" WHERE "id" = $1 FOR NO KEY UPDATE`, [only.id]);

      const assigning = autoAssign(job);
      await new Promise((resolve) => setTimeout(resolve, 200));
      await holder.rollbackTransaction();
      await holder.release();

      expect((await assigning).assigneeId).toBe(only.id);
    });

    it('lets exactly 2 of 10 simultaneous manual assigns to one worker with capacity 2 through; the rest get 422 WORKER_UNAVAILABLE', async () => {
      const worker = await person('手动');
      const jobs = await Promise.all(Array.from({ length: 10 }, () => specimenJob()));

      const results = await Promise.allSettled(jobs.map((job) => lifecycle.assign({ id: job.id, workerId: worker.id }, dispatcher)));

      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(2);
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(lost.map((r) => (r.reason as DomainError).code)).toEqual(Array(8).fill(ErrorCode.WorkerUnavailable));
      expect(await loadOf(worker.id)).toBe(2);
    });
  });

  describe('manual assignment', () => {
    it('refuses a worker at capacity with 422 WORKER_UNAVAILABLE on workerId, and leaves the job pending', async () => {
      const worker = await person('满员', { capacity: 1 });
      await lifecycle.assign({ id: (await specimenJob()).id, workerId: worker.id }, dispatcher);
      const job = await specimenJob();

      const error = await expectDomainError(lifecycle.assign({ id: job.id, workerId: worker.id }, dispatcher));

      expect(error.code).toBe(ErrorCode.WorkerUnavailable);
      expect(error.message).toBe(`满员 (${worker.staffNo}) already carries 1 of 1 jobs`);
      expect(error.details?.errors?.[0]?.field).toBe('workerId');
      expect((await queries.get(job.id, dispatcher)).status).toBe(TaskStatus.Pending);
    });

    it('takes a worker who is not clocked in and does not hold the post: dispatchers call people in and use cover', async () => {
      const cover = await person('顶班', { posts: [Post.OddJobs] });
      await expect(lifecycle.assign({ id: (await specimenJob()).id, workerId: cover.id }, dispatcher)).resolves.toMatchObject({ assigneeId: cover.id });
    });

    it('frees capacity when a job is completed, declined or cancelled', async () => {
      const worker = await person('循环', { capacity: 1 });
      const asWorker = actors.user(Role.Worker, { id: 'user-loop', staffId: worker.id });
      const first = await lifecycle.assign({ id: (await specimenJob()).id, workerId: worker.id }, dispatcher);
      await lifecycle.decline({ id: first.id, reason: '在送另一单' }, asWorker);
      const second = await lifecycle.assign({ id: (await specimenJob()).id, workerId: worker.id }, dispatcher);
      await lifecycle.cancel({ id: second.id, reason: '科室取消' }, dispatcher);
      await expect(lifecycle.assign({ id: (await specimenJob()).id, workerId: worker.id }, dispatcher)).resolves.toMatchObject({ assigneeId: worker.id });
    });

    it('lets a dispatcher reassign a job to the worker who already holds it even at capacity', async () => {
      const worker = await person('原人', { capacity: 1 });
      const job = await lifecycle.assign({ id: (await specimenJob()).id, workerId: worker.id }, dispatcher);
      await expect(lifecycle.assign({ id: job.id, workerId: worker.id, reassign: true }, dispatcher)).resolves.toMatchObject({ assigneeId: worker.id });
    });
  });

  describe('auto reassign', () => {
    it('moves the job to someone else, never back to its current holder', async () => {
      const holder = await person('原持有', { capacity: 3 });
      const other = await person('接手');
      await onShift(holder, 60);
      await onShift(other, 1);
      const job = await lifecycle.assign({ id: (await specimenJob()).id, workerId: holder.id }, dispatcher);

      const moved = await lifecycle.assign({ id: job.id, auto: true, reassign: true }, dispatcher);

      expect(moved.assigneeId).toBe(other.id);
    });
  });

  describe('the request', () => {
    it('refuses neither workerId nor auto with 400 naming workerId, at the door and in the service', async () => {
      const job = await specimenJob();
      const errors = await validate(plainToInstance(AssignTaskRequestDto, { id: job.id }));
      expect(errors.map((e) => e.property)).toEqual(['workerId']);
      expect(await validate(plainToInstance(AssignTaskRequestDto, { id: job.id, auto: true }))).toEqual([]);
      expect((await validate(plainToInstance(AssignTaskRequestDto, { id: job.id, auto: false }))).map((e) => e.property)).toEqual(['workerId']);

      const error = await expectDomainError(lifecycle.assign({ id: job.id }, dispatcher));
      expect(error).toMatchObject({ code: ErrorCode.ValidationFailed, details: { errors: [{ field: 'workerId' }] } });
    });

    it('refuses both workerId and auto with 400 naming auto', async () => {
      const worker = await person('两者');
      const job = await specimenJob();
      const error = await expectDomainError(lifecycle.assign({ id: job.id, workerId: worker.id, auto: true }, dispatcher));
      expect(error).toMatchObject({ code: ErrorCode.ValidationFailed, details: { errors: [{ field: 'auto' }] } });
    });
  });
});

import { CreateStaffDto, ErrorCode, Group, Post, Role, StaffDto, TaskDetailDto, TaskPriority, TaskStatus, TaskType } from '@hospital/contracts';
import { actors, freezeDateAt, unfreezeDate } from '@hospital/testing';
import { expectDomainError, ServiceUnderTest, startServiceUnderTest } from '@hospital/service-testing';
import { dispatchService } from '../service';
import { DutyBreaksService } from '../duty/duty-breaks.service';
import { DutyClockService } from '../duty/duty-clock.service';
import { cst } from '../duty/duty-floor.spec-helper';
import { StaffRecordsService } from '../staff/staff-records.service';
import { CreateTaskService } from '../tasks/create-task.service';
import { taskRequest } from '../tasks/task-fixtures.spec-helper';
import { TaskLifecycleService } from '../tasks/task-lifecycle.service';

const manager = actors.user(Role.Manager);
const dispatcher = actors.user(Role.Dispatcher);

/** 10:00 in the hospital on a day that cannot be today, inside the early shift (07:30–15:30). */
const NOW = '2001-11-23T02:00:00Z';

describe('Assignment and breaks: nobody on a break is given a job (the whole dispatch service in-process: real Postgres, NATS JetStream)', () => {
  let service: ServiceUnderTest;
  let lifecycle: TaskLifecycleService;
  let tasks: CreateTaskService;
  let staff: StaffRecordsService;
  let clock: DutyClockService;
  let breaks: DutyBreaksService;

  let staffNo = 0;
  const person = (name: string, overrides: Partial<CreateStaffDto> = {}) =>
    staff.create({ staffNo: `BR-${String(++staffNo).padStart(4, '0')}`, name, group: Group.InternalMedicine, posts: [Post.SpecimenCourier], ...overrides }, manager);
  const clockedIn = (worker: StaffDto, local: string) => clock.clockIn({ id: worker.id }, dispatcher, cst(local));
  const specimenJob = () => tasks.create(taskRequest({ type: TaskType.Specimen, priority: TaskPriority.Routine }), dispatcher);
  const autoAssign = (task: TaskDetailDto) => lifecycle.assign({ id: task.id, auto: true }, dispatcher);

  beforeAll(async () => {
    service = await startServiceUnderTest(dispatchService, { env: { TZ_HOSPITAL: 'Asia/Shanghai' } });
    lifecycle = service.app.get(TaskLifecycleService);
    tasks = service.app.get(CreateTaskService);
    staff = service.app.get(StaffRecordsService);
    clock = service.app.get(DutyClockService);
    breaks = service.app.get(DutyBreaksService);
  }, 60_000);

  afterAll(async () => {
    unfreezeDate();
    await service?.stop();
  }, 60_000);

  beforeEach(async () => {
    freezeDateAt(NOW);
    // Each case sets up the floor it is about: nobody else is on duty or carrying jobs.
    await service.query(`TRUNCATE "dispatch"."staff", "dispatch"."tasks" CASCADE`);
  });

  afterEach(() => unfreezeDate());

  it('skips the worker on a break for the next candidate, though they would rank first', async () => {
    // Wang has been idle longest, so he is first in line, but he is on a break.
    const wang = await person('王芳');
    const chen = await person('陈静');
    await clockedIn(wang, '2001-11-23T07:28');
    await clockedIn(chen, '2001-11-23T09:00');
    await breaks.start({ id: wang.id }, dispatcher, cst('2001-11-23T09:50'));

    const assigned = await autoAssign(await specimenJob());

    expect(assigned).toMatchObject({ status: TaskStatus.Assigned, assigneeId: chen.id });
    expect(assigned.timeline.at(-1)?.note).toContain('1 candidate');
  });

  it('answers NO_ELIGIBLE_WORKER while the only candidate is on a break, and picks them again once they are back', async () => {
    const wang = await person('王芳');
    await clockedIn(wang, '2001-11-23T07:28');
    await breaks.start({ id: wang.id }, dispatcher, cst('2001-11-23T09:50'));
    const job = await specimenJob();

    const error = await expectDomainError(autoAssign(job));
    expect(error.code).toBe(ErrorCode.NoEligibleWorker);

    await breaks.end({ id: wang.id }, dispatcher, cst('2001-11-23T09:58'));
    expect(await autoAssign(job)).toMatchObject({ status: TaskStatus.Assigned, assigneeId: wang.id });
  });

  it('refuses a manual assignment to a worker on a break with 422 WORKER_UNAVAILABLE naming workerId, and takes it once they are back', async () => {
    const wang = await person('王芳');
    await clockedIn(wang, '2001-11-23T07:28');
    await breaks.start({ id: wang.id }, dispatcher, cst('2001-11-23T09:50'));
    const job = await specimenJob();

    const error = await expectDomainError(lifecycle.assign({ id: job.id, workerId: wang.id }, dispatcher));
    expect(error.code).toBe(ErrorCode.WorkerUnavailable);
    expect(error.message).toBe(`王芳 (BR-${String(staffNo).padStart(4, '0')}) is on a break since ${cst('2001-11-23T09:50').toISOString()}`);
    expect(error.details).toMatchObject({ errors: [{ field: 'workerId', message: 'the worker is on a break' }], onBreakSince: cst('2001-11-23T09:50').toISOString() });
    expect((await service.query<{ status: string }[]>(`SELECT "status" FROM "dispatch"."tasks" WHERE "id" = $1`, [job.id]))[0].status).toBe(TaskStatus.Pending);

    await breaks.end({ id: wang.id }, ownLogin(wang), cst('2001-11-23T09:58'));
    expect(await lifecycle.assign({ id: job.id, workerId: wang.id }, dispatcher)).toMatchObject({ assigneeId: wang.id });
  });

  it('leaves the jobs a worker carries with them through a break, and reassignment still works', async () => {
    const wang = await person('王芳');
    const chen = await person('陈静');
    await clockedIn(wang, '2001-11-23T07:28');
    await clockedIn(chen, '2001-11-23T07:28');
    const job = await lifecycle.assign({ id: (await specimenJob()).id, workerId: wang.id }, dispatcher);
    await breaks.start({ id: wang.id }, dispatcher, cst('2001-11-23T09:50'));

    expect((await service.query<{ assignee_id: string }[]>(`SELECT "assignee_id" FROM "dispatch"."tasks" WHERE "id" = $1`, [job.id]))[0].assignee_id).toBe(wang.id);
    expect(await lifecycle.assign({ id: job.id, auto: true, reassign: true }, dispatcher)).toMatchObject({ assigneeId: chen.id });
  });
});

/** The worker's own login: ending a break is theirs to do as much as the floor's. */
function ownLogin(worker: StaffDto) {
  return actors.user(Role.Worker, { id: `user-${worker.staffNo}`, staffId: worker.id });
}

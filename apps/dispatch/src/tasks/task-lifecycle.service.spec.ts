import {
  Actor,
  CreateTaskDto,
  DispatchEvents,
  ErrorCode,
  Group,
  MAX_STAFF_CAPACITY,
  Post,
  Role,
  StaffDto,
  TaskDetailDto,
  TaskPriority,
  TaskStatus,
  TaskStepV1,
  TaskTimelineAction,
  TaskType,
} from '@hospital/contracts';
import { DomainError } from '@hospital/platform';
import { actors, eventually } from '@hospital/testing';
import { expectDomainError, ServiceUnderTest, startServiceUnderTest } from '@hospital/service-testing';
import { randomUUID } from 'node:crypto';

import { dispatchService } from '../service';
import { StaffRecordsService } from '../staff/staff-records.service';
import { CreateTaskService } from './create-task.service';
import { TaskLifecycleService } from './task-lifecycle.service';
import { TasksQueryService } from './tasks-query.service';

const dispatcher = actors.user(Role.Dispatcher);
const manager = actors.user(Role.Manager);

const newTask = (overrides: Partial<CreateTaskDto> = {}): CreateTaskDto => ({
  type: TaskType.PatientTransport,
  priority: TaskPriority.Urgent,
  group: Group.InternalMedicine,
  origin: { department: '心内科', ward: '5病区', bed: '12' },
  destination: { department: '放射科' },
  requester: { department: '心内科', contactName: '李护士', phone: '8021' },
  ...overrides,
});

const MINUTE = 60_000;

/** What a refused step must leave exactly as it was. */
interface TaskState {
  status: TaskStatus;
  assigneeId: string | null;
  version: number;
  timeline: number;
  outbox: number;
}

describe('TaskLifecycleService (the whole dispatch service in-process: real Postgres, NATS JetStream)', () => {
  let service: ServiceUnderTest;
  let lifecycle: TaskLifecycleService;
  let tasks: CreateTaskService;
  let queries: TasksQueryService;
  let staff: StaffRecordsService;

  let workerA: StaffDto;
  let workerB: StaffDto;
  let retired: StaffDto;
  /** Logged in as workerA / workerB: workers act only on their own jobs. */
  let worker: Actor;
  let otherWorker: Actor;

  const subject = (type: string) => `${service.env.NATS_SUBJECT_PREFIX}hospital.${type}`;

  const stateOf = async (id: string): Promise<TaskState> => {
    const task = await queries.get(id, dispatcher);
    return { status: task.status, assigneeId: task.assigneeId, version: task.version, timeline: task.timeline.length, outbox: (await service.outbox<TaskStepV1>(id)).length };
  };

  /** Asserts the step is refused with `code` and changes nothing: no status, version, timeline entry or event. */
  const refused = async (id: string, step: () => Promise<unknown>, code: ErrorCode): Promise<DomainError> => {
    const before = await stateOf(id);
    const error = await expectDomainError(step());
    expect(error.code).toBe(code);
    expect(await stateOf(id)).toEqual(before);
    return error;
  };

  const create = (priority = TaskPriority.Urgent) => tasks.create(newTask({ priority }), dispatcher);

  /** A fresh task driven through the service to `status` (assigned to workerA once assigned). */
  const taskAt = async (status: TaskStatus): Promise<TaskDetailDto> => {
    let task = await create();
    if (status === TaskStatus.Pending) return task;
    task = await lifecycle.assign({ id: task.id, workerId: workerA.id }, dispatcher);
    if (status === TaskStatus.Assigned) return task;
    if (status === TaskStatus.Cancelled) return lifecycle.cancel({ id: task.id, reason: '取消' }, dispatcher);
    task = await lifecycle.accept({ id: task.id }, worker);
    if (status === TaskStatus.Accepted) return task;
    task = await lifecycle.start({ id: task.id, handedOverBy: '李护士 (5病区)' }, worker);
    if (status === TaskStatus.InProgress) return task;
    return lifecycle.complete({ id: task.id, receivedBy: '王医生 (放射科)' }, worker);
  };

  beforeAll(async () => {
    service = await startServiceUnderTest(dispatchService, { env: { TZ_HOSPITAL: 'Asia/Shanghai' } });
    lifecycle = service.app.get(TaskLifecycleService);
    tasks = service.app.get(CreateTaskService);
    queries = service.app.get(TasksQueryService);
    staff = service.app.get(StaffRecordsService);

    // The most jobs anyone may carry: these suites leave many open on the same two workers.
    const person = (staffNo: string, name: string, active = true) =>
      staff.create({ staffNo, name, group: Group.InternalMedicine, posts: [Post.ExamEscort], active, capacity: MAX_STAFF_CAPACITY }, manager);
    workerA = await person('LC-0001', '张伟');
    workerB = await person('LC-0002', '刘洋');
    retired = await person('LC-0003', '陈静', false);
    worker = actors.user(Role.Worker, { id: 'user-worker-a', staffId: workerA.id });
    otherWorker = actors.user(Role.Worker, { id: 'user-worker-b', staffId: workerB.id });
  }, 60_000);

  // stop() also deletes the suite's stream and closes the JetStream connection.
  afterAll(() => service?.stop(), 60_000);

  describe('due time', () => {
    it.each([
      [TaskPriority.Stat, 15],
      [TaskPriority.Urgent, 30],
      [TaskPriority.Routine, 120],
    ])('gives a new %s task dueAt = createdAt + %d minutes (±2 s), stored as answered', async (priority, minutes) => {
      const task = await create(priority);
      expect(Math.abs(Date.parse(task.dueAt) - Date.parse(task.createdAt) - minutes * MINUTE)).toBeLessThanOrEqual(2_000);
      expect((await queries.get(task.id, dispatcher)).dueAt).toBe(task.dueAt);
      expect(task).toMatchObject({ assigneeId: null, handedOverBy: null, receivedBy: null, completedAt: null });
      expect(task.timeline).toEqual([expect.objectContaining({ action: TaskTimelineAction.Created, workerId: null })]);
    });
  });

  describe('the happy path: PENDING → ASSIGNED → ACCEPTED → IN_PROGRESS → COMPLETED', () => {
    let created: TaskDetailDto;
    let done: TaskDetailDto;

    it('moves through every status, recording who did what on the timeline', async () => {
      created = await create(TaskPriority.Stat);

      const assigned = await lifecycle.assign({ id: created.id, workerId: workerA.id, note: '请尽快' }, dispatcher);
      expect(assigned).toMatchObject({ status: TaskStatus.Assigned, assigneeId: workerA.id, version: 2 });

      const accepted = await lifecycle.accept({ id: created.id }, worker);
      expect(accepted).toMatchObject({ status: TaskStatus.Accepted, assigneeId: workerA.id, version: 3 });

      const started = await lifecycle.start({ id: created.id, handedOverBy: '李护士 (5病区)' }, worker);
      expect(started).toMatchObject({ status: TaskStatus.InProgress, assigneeId: workerA.id, handedOverBy: '李护士 (5病区)', completedAt: null });

      const before = Date.now();
      done = await lifecycle.complete({ id: created.id, receivedBy: '王医生 (放射科)', note: '已交接' }, worker);
      expect(done).toMatchObject({
        status: TaskStatus.Completed,
        assigneeId: workerA.id,
        handedOverBy: '李护士 (5病区)',
        receivedBy: '王医生 (放射科)',
        dueAt: created.dueAt,
        createdAt: created.createdAt,
        version: 5,
      });
      expect(Date.parse(done.completedAt!)).toBeGreaterThanOrEqual(before - 1_000);
      expect(Date.parse(done.completedAt!)).toBeLessThanOrEqual(Date.now() + 1_000);

      expect(done.timeline.map((e) => [e.action, e.status, e.actorId, e.workerId, e.note])).toEqual([
        [TaskTimelineAction.Created, TaskStatus.Pending, dispatcher.id, null, null],
        [TaskTimelineAction.Assigned, TaskStatus.Assigned, dispatcher.id, workerA.id, '请尽快'],
        [TaskTimelineAction.Accepted, TaskStatus.Accepted, worker.id, workerA.id, null],
        [TaskTimelineAction.Started, TaskStatus.InProgress, worker.id, workerA.id, 'handed over by 李护士 (5病区)'],
        [TaskTimelineAction.Completed, TaskStatus.Completed, worker.id, workerA.id, 'received by 王医生 (放射科); 已交接'],
      ]);
      const times = done.timeline.map((e) => Date.parse(e.at));
      expect([...times].sort((a, b) => a - b)).toEqual(times);
    });

    it('answers each step with the task as stored', async () => {
      expect(done).toEqual(await queries.get(done.id, worker));
    });

    it('writes one outbox row per step, with the subject, the worker, the actor, the due time and onTime on completion', async () => {
      const { names } = await service.jetstream();
      const rows = await service.outbox<TaskStepV1>(created.id);
      expect(rows.map((r) => r.subject)).toEqual([
        subject(DispatchEvents.taskCreated),
        `${service.env.NATS_SUBJECT_PREFIX}hospital.dispatch.task.assigned`,
        subject(DispatchEvents.taskAccepted),
        subject(DispatchEvents.taskStarted),
        subject(DispatchEvents.taskCompleted),
      ]);
      expect(rows.map((r) => r.subject)).toEqual(rows.map((r) => names.subject(r.envelope.type)));

      const steps = rows.slice(1);
      const expected: [string, TaskStatus, string, string | null][] = [
        [DispatchEvents.taskAssigned, TaskStatus.Assigned, dispatcher.id, '请尽快'],
        [DispatchEvents.taskAccepted, TaskStatus.Accepted, worker.id, null],
        [DispatchEvents.taskStarted, TaskStatus.InProgress, worker.id, 'handed over by 李护士 (5病区)'],
        [DispatchEvents.taskCompleted, TaskStatus.Completed, worker.id, 'received by 王医生 (放射科); 已交接'],
      ];
      steps.forEach((row, i) => {
        const [type, status, actorId, note] = expected[i];
        expect(row.envelope).toMatchObject({ id: row.id, type, version: 1, source: 'dispatch', aggregateId: created.id });
        expect(row.envelope.payload).toEqual({
          id: created.id,
          number: created.number,
          type: created.type,
          priority: TaskPriority.Stat,
          group: created.group,
          status,
          workerId: workerA.id,
          actorId,
          at: done.timeline[i + 1].at,
          dueAt: created.dueAt,
          ...(status === TaskStatus.Completed ? { onTime: true } : {}),
          note,
          // Who raised the job, so the webhooks service knows whose endpoints hear of the step.
          createdBy: created.createdBy,
        });
      });
      // Only the completion says whether it was on time.
      expect(steps.slice(0, 3).every((r) => !('onTime' in r.envelope.payload))).toBe(true);
    });

    it('publishes the step events to the suite\'s JetStream stream', async () => {
      const { jsm, names } = await service.jetstream();
      await eventually('the lifecycle events to be published', async () => (await service.outbox<TaskStepV1>(created.id)).every((r) => r.published_at !== null), 15_000);
      const [, , , , completed] = await service.outbox<TaskStepV1>(created.id);
      const stored = await jsm.streams.getMessage(names.stream, { last_by_subj: completed.subject });
      expect(stored.header.get('Nats-Msg-Id')).toBe(completed.id);
      expect(stored.json()).toEqual(completed.envelope);
    });

    it('reports a job completed after its due time with onTime: false', async () => {
      const task = await taskAt(TaskStatus.InProgress);
      await service.query(`UPDATE "dispatch"."tasks" SET "due_at" = now() - interval '1 minute' WHERE "id" = $1`, [task.id]);

      const late = await lifecycle.complete({ id: task.id, receivedBy: '王医生 (放射科)' }, worker);

      expect(Date.parse(late.completedAt!)).toBeGreaterThan(Date.parse(late.dueAt));
      const rows = await service.outbox<TaskStepV1>(task.id);
      expect(rows.at(-1)!.subject).toBe(subject(DispatchEvents.taskCompleted));
      expect(rows.at(-1)!.envelope.payload).toMatchObject({ status: TaskStatus.Completed, onTime: false, dueAt: late.dueAt, workerId: workerA.id });
    });
  });

  describe('invalid transitions: INVALID_TRANSITION, and nothing changes', () => {
    it('refuses to accept a PENDING task', async () => {
      const task = await taskAt(TaskStatus.Pending);
      const error = await refused(task.id, () => lifecycle.accept({ id: task.id }, dispatcher), ErrorCode.InvalidTransition);
      expect(error.details).toEqual({ status: TaskStatus.Pending, allowedFrom: [TaskStatus.Assigned] });
      expect(error.message).toContain(task.number);
    });

    it('refuses to start an ASSIGNED task', async () => {
      const task = await taskAt(TaskStatus.Assigned);
      await refused(task.id, () => lifecycle.start({ id: task.id, handedOverBy: '李护士' }, worker), ErrorCode.InvalidTransition);
    });

    it('refuses to complete an ACCEPTED task', async () => {
      const task = await taskAt(TaskStatus.Accepted);
      await refused(task.id, () => lifecycle.complete({ id: task.id, receivedBy: '王医生' }, worker), ErrorCode.InvalidTransition);
      expect(await queries.get(task.id, dispatcher)).toMatchObject({ receivedBy: null, completedAt: null });
    });

    it('refuses to assign an ASSIGNED task again without reassign, to anyone', async () => {
      const task = await taskAt(TaskStatus.Assigned);
      await refused(task.id, () => lifecycle.assign({ id: task.id, workerId: workerB.id }, dispatcher), ErrorCode.InvalidTransition);
      await refused(task.id, () => lifecycle.assign({ id: task.id, workerId: workerA.id, reassign: false }, dispatcher), ErrorCode.InvalidTransition);
    });

    it('refuses to cancel a COMPLETED task', async () => {
      const task = await taskAt(TaskStatus.Completed);
      await refused(task.id, () => lifecycle.cancel({ id: task.id, reason: '太晚了' }, dispatcher), ErrorCode.InvalidTransition);
    });

    it('refuses every step on a CANCELLED task', async () => {
      const task = await taskAt(TaskStatus.Cancelled);
      const { id } = task;
      await refused(id, () => lifecycle.assign({ id, workerId: workerA.id }, dispatcher), ErrorCode.InvalidTransition);
      await refused(id, () => lifecycle.assign({ id, workerId: workerA.id, reassign: true }, dispatcher), ErrorCode.InvalidTransition);
      await refused(id, () => lifecycle.accept({ id }, worker), ErrorCode.InvalidTransition);
      await refused(id, () => lifecycle.decline({ id, reason: '忙' }, worker), ErrorCode.InvalidTransition);
      await refused(id, () => lifecycle.cancel({ id, reason: '再取消' }, dispatcher), ErrorCode.InvalidTransition);
    });

    it('refuses to reassign a job already IN_PROGRESS', async () => {
      const task = await taskAt(TaskStatus.InProgress);
      await refused(task.id, () => lifecycle.assign({ id: task.id, workerId: workerB.id, reassign: true }, dispatcher), ErrorCode.InvalidTransition);
    });
  });

  describe('who may act', () => {
    it('refuses a worker who is not the assignee with NOT_ASSIGNEE, and changes nothing', async () => {
      const task = await taskAt(TaskStatus.Assigned);
      await refused(task.id, () => lifecycle.accept({ id: task.id }, otherWorker), ErrorCode.NotAssignee);
      await refused(task.id, () => lifecycle.decline({ id: task.id, reason: '不是我的' }, otherWorker), ErrorCode.NotAssignee);
      // A worker login that is not linked to a staff member is nobody's assignee.
      await refused(task.id, () => lifecycle.accept({ id: task.id }, actors.user(Role.Worker, { id: 'user-unlinked' })), ErrorCode.NotAssignee);
    });

    it('refuses the other worker starting or completing someone else\'s job', async () => {
      const task = await taskAt(TaskStatus.Accepted);
      await refused(task.id, () => lifecycle.start({ id: task.id, handedOverBy: '李护士' }, otherWorker), ErrorCode.NotAssignee);
      await lifecycle.start({ id: task.id, handedOverBy: '李护士' }, worker);
      await refused(task.id, () => lifecycle.complete({ id: task.id, receivedBy: '王医生' }, otherWorker), ErrorCode.NotAssignee);
    });

    it('lets the dispatcher accept on the worker\'s behalf: the dispatcher is the actor, the assignee the worker', async () => {
      const task = await taskAt(TaskStatus.Assigned);
      const accepted = await lifecycle.accept({ id: task.id, note: '电话确认' }, dispatcher);
      expect(accepted).toMatchObject({ status: TaskStatus.Accepted, assigneeId: workerA.id });
      expect(accepted.timeline.at(-1)).toMatchObject({ action: TaskTimelineAction.Accepted, actorId: dispatcher.id, workerId: workerA.id, note: '电话确认' });
      expect((await service.outbox<TaskStepV1>(task.id)).at(-1)!.envelope.payload).toMatchObject({ actorId: dispatcher.id, workerId: workerA.id });
    });
  });

  describe('decline', () => {
    it('puts the job back to PENDING without an assignee, records who declined and why, and lets it be assigned again', async () => {
      const task = await taskAt(TaskStatus.Assigned);

      const declined = await lifecycle.decline({ id: task.id, reason: '正在送另一位病人' }, worker);

      expect(declined).toMatchObject({ status: TaskStatus.Pending, assigneeId: null });
      expect(declined.timeline.at(-1)).toMatchObject({
        action: TaskTimelineAction.Declined,
        status: TaskStatus.Pending,
        actorId: worker.id,
        workerId: workerA.id,
        note: '正在送另一位病人',
      });
      const row = (await service.outbox<TaskStepV1>(task.id)).at(-1)!;
      expect(row.subject).toBe(subject(DispatchEvents.taskDeclined));
      expect(row.envelope.payload).toMatchObject({ status: TaskStatus.Pending, workerId: workerA.id, actorId: worker.id, note: '正在送另一位病人' });

      const again = await lifecycle.assign({ id: task.id, workerId: workerB.id }, dispatcher);
      expect(again).toMatchObject({ status: TaskStatus.Assigned, assigneeId: workerB.id });
      expect(again.timeline.map((e) => e.action)).toEqual([
        TaskTimelineAction.Created,
        TaskTimelineAction.Assigned,
        TaskTimelineAction.Declined,
        TaskTimelineAction.Assigned,
      ]);
      expect(again.timeline.at(-1)!.workerId).toBe(workerB.id);
    });

    it('refuses to decline once accepted', async () => {
      const task = await taskAt(TaskStatus.Accepted);
      await refused(task.id, () => lifecycle.decline({ id: task.id, reason: '改主意了' }, worker), ErrorCode.InvalidTransition);
    });
  });

  describe('reassign', () => {
    it.each([TaskStatus.Assigned, TaskStatus.Accepted])('moves an %s job to another worker with reassign: true', async (status) => {
      const task = await taskAt(status);

      const moved = await lifecycle.assign({ id: task.id, workerId: workerB.id, reassign: true, note: '换人' }, dispatcher);

      expect(moved).toMatchObject({ status: TaskStatus.Assigned, assigneeId: workerB.id });
      expect(moved.timeline.at(-1)).toMatchObject({ action: TaskTimelineAction.Assigned, actorId: dispatcher.id, workerId: workerB.id, note: '换人' });
      const row = (await service.outbox<TaskStepV1>(task.id)).at(-1)!;
      expect(row.subject).toBe(subject(DispatchEvents.taskAssigned));
      expect(row.envelope.payload).toMatchObject({ status: TaskStatus.Assigned, workerId: workerB.id });
      // The job is the new worker's now, not the old one's.
      await refused(task.id, () => lifecycle.accept({ id: task.id }, worker), ErrorCode.NotAssignee);
      expect(await lifecycle.accept({ id: task.id }, otherWorker)).toMatchObject({ status: TaskStatus.Accepted, assigneeId: workerB.id });
    });
  });

  describe('cancel', () => {
    it.each([TaskStatus.Pending, TaskStatus.Assigned, TaskStatus.Accepted, TaskStatus.InProgress])('cancels an open job (%s) with the reason on the timeline', async (status) => {
      const task = await taskAt(status);

      const cancelled = await lifecycle.cancel({ id: task.id, reason: '病人已出院' }, dispatcher);

      expect(cancelled.status).toBe(TaskStatus.Cancelled);
      expect(cancelled.version).toBe(task.version + 1);
      expect(cancelled.timeline).toHaveLength(task.timeline.length + 1);
      expect(cancelled.timeline.at(-1)).toMatchObject({
        action: TaskTimelineAction.Cancelled,
        status: TaskStatus.Cancelled,
        actorId: dispatcher.id,
        workerId: status === TaskStatus.Pending ? null : workerA.id,
        note: '病人已出院',
      });
      const row = (await service.outbox<TaskStepV1>(task.id)).at(-1)!;
      expect(row.subject).toBe(subject(DispatchEvents.taskCancelled));
      expect(row.envelope.payload).toMatchObject({ status: TaskStatus.Cancelled, note: '病人已出院', actorId: dispatcher.id });
    });
  });

  describe('the worker', () => {
    it('refuses an unknown staff id with STAFF_NOT_FOUND, and changes nothing', async () => {
      const task = await taskAt(TaskStatus.Pending);
      const unknown = randomUUID();
      const error = await refused(task.id, () => lifecycle.assign({ id: task.id, workerId: unknown }, dispatcher), ErrorCode.StaffNotFound);
      expect(error.message).toContain(unknown);
    });

    it('refuses an inactive worker with WORKER_UNAVAILABLE on the workerId field, and changes nothing', async () => {
      const task = await taskAt(TaskStatus.Pending);
      const error = await refused(task.id, () => lifecycle.assign({ id: task.id, workerId: retired.id }, dispatcher), ErrorCode.WorkerUnavailable);
      expect(error.details?.errors?.[0]?.field).toBe('workerId');
      expect(error.message).toContain(retired.staffNo);
    });

    it('refuses to reassign to an inactive worker and keeps the current one', async () => {
      const task = await taskAt(TaskStatus.Accepted);
      await refused(task.id, () => lifecycle.assign({ id: task.id, workerId: retired.id, reassign: true }, dispatcher), ErrorCode.WorkerUnavailable);
      expect(await queries.get(task.id, dispatcher)).toMatchObject({ status: TaskStatus.Accepted, assigneeId: workerA.id });
    });
  });

  describe('concurrency', () => {
    it('lets exactly one of 20 simultaneous assigns of one PENDING task win; the other 19 get INVALID_TRANSITION', async () => {
      const task = await taskAt(TaskStatus.Pending);
      const attempts = Array.from({ length: 20 }, (_, i) => ({
        actor: actors.user(Role.Dispatcher, { id: `user-dispatcher-${i}` }),
        workerId: i % 2 ? workerB.id : workerA.id,
      }));

      const results = await Promise.allSettled(attempts.map(({ actor, workerId }) => lifecycle.assign({ id: task.id, workerId }, actor)));

      const won = results.flatMap((r, i) => (r.status === 'fulfilled' ? [{ ...attempts[i], answer: r.value }] : []));
      const lost = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(19);
      for (const error of lost) {
        expect(error).toBeInstanceOf(DomainError);
        expect((error as DomainError).code).toBe(ErrorCode.InvalidTransition);
      }

      const [winner] = won;
      const stored = await queries.get(task.id, dispatcher);
      expect(stored).toMatchObject({ status: TaskStatus.Assigned, assigneeId: winner.workerId, version: 2 });
      const assigned = stored.timeline.filter((e) => e.action === TaskTimelineAction.Assigned);
      expect(assigned).toHaveLength(1);
      expect(assigned[0]).toMatchObject({ actorId: winner.actor.id, workerId: winner.workerId });
      const events = (await service.outbox<TaskStepV1>(task.id)).filter((r) => r.subject === subject(DispatchEvents.taskAssigned));
      expect(events).toHaveLength(1);
      expect(events[0].envelope.payload).toMatchObject({ actorId: winner.actor.id, workerId: winner.workerId });
    });
  });

  describe('unknown task', () => {
    const id = randomUUID();
    it.each<[string, () => Promise<unknown>]>([
      ['assign', () => lifecycle.assign({ id, workerId: workerA.id }, dispatcher)],
      ['accept', () => lifecycle.accept({ id }, dispatcher)],
      ['decline', () => lifecycle.decline({ id, reason: '忙' }, dispatcher)],
      ['start', () => lifecycle.start({ id, handedOverBy: '李护士' }, dispatcher)],
      ['complete', () => lifecycle.complete({ id, receivedBy: '王医生' }, dispatcher)],
      ['cancel', () => lifecycle.cancel({ id, reason: '无' }, dispatcher)],
    ])('refuses %s with TASK_NOT_FOUND and writes no event', async (_, step) => {
      const error = await expectDomainError(step());
      expect(error.code).toBe(ErrorCode.TaskNotFound);
      expect(error.message).toContain(id);
      expect(await service.outbox<TaskStepV1>(id)).toHaveLength(0);
    });
  });
});

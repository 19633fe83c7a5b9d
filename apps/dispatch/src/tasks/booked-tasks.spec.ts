import { ErrorCode, Group, Role, TaskPriority, TaskStatus, TaskType } from '@hospital/contracts';
import { actors } from '@hospital/testing';
import { expectDomainError, ServiceUnderTest, startServiceUnderTest } from '@hospital/service-testing';
import { BoardService } from '../board/board.service';
import { dispatchService } from '../service';
import { StatsService } from '../stats/stats.service';
import { CreateTaskService } from './create-task.service';
import { OverdueSweep } from './overdue-sweep';
import { ReleaseSweep } from './release-sweep';
import { taskRequest } from './task-fixtures.spec-helper';
import { TaskLifecycleService } from './task-lifecycle.service';
import { TasksQueryService } from './tasks-query.service';

const dispatcher = actors.user(Role.Dispatcher);
const ward = actors.apiKey('api-key-ward5');
const otherWard = actors.apiKey('api-key-ward7');

const HOUR = 3_600_000;
/** Times relative to the real clock: the release sweep compares with the database's now(). */
const inHours = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString();

/** An exam transport, routine: its lead time is set to 45 minutes below (the default would be its 2 h window). */
const examTransport = (scheduledFor: string) =>
  taskRequest({ type: TaskType.PatientTransport, priority: TaskPriority.Routine, group: Group.Surgery, scheduledFor });

describe('booked jobs (real Postgres)', () => {
  let service: ServiceUnderTest;
  let tasks: CreateTaskService;
  let lifecycle: TaskLifecycleService;
  let queries: TasksQueryService;
  let release: ReleaseSweep;

  beforeAll(async () => {
    service = await startServiceUnderTest(dispatchService, {
      // Long intervals: each test drives the sweeps itself.
      env: { RELEASE_SWEEP_SECONDS: '3600', OVERDUE_SWEEP_SECONDS: '3600', TASK_LEAD_MINUTES_PATIENT_TRANSPORT_ROUTINE: '45', STATS_CACHE_SECONDS: '0' },
    });
    tasks = service.app.get(CreateTaskService);
    lifecycle = service.app.get(TaskLifecycleService);
    queries = service.app.get(TasksQueryService);
    release = service.app.get(ReleaseSweep);
  });

  afterAll(async () => {
    await service.stop();
  });

  /** The release is due: as if the clock had reached the lead time. */
  const leadTimeReached = (id: string) =>
    service.query(`UPDATE "dispatch"."tasks" SET "release_at" = now() - interval '1 second' WHERE "id" = $1`, [id]);
  const eventsOf = async (id: string, type: string) =>
    (
      (await service.query(`SELECT "envelope" FROM "dispatch"."outbox" WHERE "aggregate_id" = $1 AND "envelope"->>'type' = $2`, [id, type])) as {
        envelope: { payload: Record<string, unknown> };
      }[]
    ).map((row) => row.envelope.payload);

  it('books a job for later: SCHEDULED, due at its time, released its lead time (per type and priority) before', async () => {
    const at = inHours(5);
    const booked = await tasks.create(examTransport(at), ward);

    expect(booked).toMatchObject({ status: TaskStatus.Scheduled, scheduledFor: at, dueAt: at, queuedAt: null });
    expect(new Date(booked.scheduledFor!).getTime() - new Date(booked.releaseAt!).getTime()).toBe(45 * 60_000);
    expect(booked.timeline.map((e) => [e.action, e.status])).toEqual([['CREATED', 'SCHEDULED']]);
    expect(await eventsOf(booked.id, 'dispatch.task.created')).toEqual([
      expect.objectContaining({ status: 'SCHEDULED', scheduledFor: at, releaseAt: booked.releaseAt }),
    ]);

    // Visible and listed as SCHEDULED, but not the floor's yet: not on the board, not flagged overdue.
    const listed = await queries.list({ status: TaskStatus.Scheduled, limit: 100 }, dispatcher);
    expect(listed.items.map((t) => t.id)).toContain(booked.id);
    const board = await service.app.get(BoardService).get({}, dispatcher);
    expect([...board.pending, ...board.inHand].map((t) => t.id)).not.toContain(booked.id);
    await service.query(`UPDATE "dispatch"."tasks" SET "due_at" = now() - interval '1 minute' WHERE "id" = $1`, [booked.id]);
    expect(await service.app.get(OverdueSweep).sweep()).not.toContain(booked.id);
  });

  it('a default lead time is the deadline window of the type and priority', async () => {
    const booked = await tasks.create(taskRequest({ type: TaskType.Linen, priority: TaskPriority.Routine, scheduledFor: inHours(6) }), dispatcher);
    expect(new Date(booked.dueAt).getTime() - new Date(booked.releaseAt!).getTime()).toBe(120 * 60_000);
  });

  it('a time already inside its lead time goes into the queue at once, with a remark', async () => {
    const booked = await tasks.create(examTransport(inHours(0.5)), ward);
    expect(booked.status).toBe(TaskStatus.Pending);
    expect(booked.queuedAt).toBe(booked.createdAt);
    expect(booked.timeline[0].note).toContain('booked inside its lead time');
  });

  it('refuses a time in the past or beyond the booking horizon, naming scheduledFor', async () => {
    for (const at of [inHours(-1), inHours(31 * 24)]) {
      const error = await expectDomainError(tasks.create(examTransport(at), ward));
      expect(error.code).toBe(ErrorCode.ValidationFailed);
      expect(error.details).toMatchObject({ errors: [{ field: 'scheduledFor' }] });
    }
  });

  it('releases each due booking once, even with two replicas sweeping at once', async () => {
    const due = await tasks.create(examTransport(inHours(4)), ward);
    const later = await tasks.create(examTransport(inHours(4)), ward);
    await leadTimeReached(due.id);

    const [a, b] = await Promise.all([release.sweep(), release.sweep()]);
    expect([...a, ...b].filter((id) => id === due.id)).toHaveLength(1);
    expect([...a, ...b]).not.toContain(later.id);
    expect(await release.sweep()).not.toContain(due.id);

    const released = await queries.get(due.id, dispatcher);
    expect(released).toMatchObject({ status: TaskStatus.Pending, dueAt: due.dueAt });
    expect(released.queuedAt).not.toBeNull();
    expect(released.timeline.map((e) => [e.action, e.status, e.actorId])).toEqual([
      ['CREATED', 'SCHEDULED', ward.id],
      ['RELEASED', 'PENDING', 'system'],
    ]);
    expect(await eventsOf(due.id, 'dispatch.task.released')).toEqual([expect.objectContaining({ status: 'PENDING', actorId: 'system', createdBy: ward.id })]);
    const board = await service.app.get(BoardService).get({}, dispatcher);
    expect(board.pending.map((t) => t.id)).toContain(due.id);
  });

  it('edits a booking while it waits: the time moves the deadline and the release, the note says what changed', async () => {
    const booked = await tasks.create(examTransport(inHours(5)), ward);
    const at = inHours(7);
    const edited = await lifecycle.edit({ id: booked.id, scheduledFor: at, notes: '带上片子' }, ward);

    expect(edited).toMatchObject({ status: TaskStatus.Scheduled, scheduledFor: at, dueAt: at, notes: '带上片子', version: booked.version + 1 });
    expect(new Date(at).getTime() - new Date(edited.releaseAt!).getTime()).toBe(45 * 60_000);
    expect(edited.timeline.at(-1)).toMatchObject({ action: 'EDITED', status: 'SCHEDULED', note: 'changed scheduledFor, notes' });
    expect(await eventsOf(booked.id, 'dispatch.task.edited')).toHaveLength(1);

    // A new priority has its own lead time (URGENT: its 30-minute window).
    const urgent = await lifecycle.edit({ id: booked.id, priority: TaskPriority.Urgent }, dispatcher);
    expect(new Date(at).getTime() - new Date(urgent.releaseAt!).getTime()).toBe(30 * 60_000);
  });

  it('urgent blood booked as routine is raised to STAT, and stays STAT when edited', async () => {
    const blood = taskRequest({ priority: TaskPriority.Routine, scheduledFor: inHours(3) });
    blood.specimen = { ...blood.specimen!, urgentBlood: true };
    const booked = await tasks.create(blood, dispatcher);
    expect(booked.priority).toBe(TaskPriority.Stat);
    const edited = await lifecycle.edit({ id: booked.id, priority: TaskPriority.Routine }, dispatcher);
    expect(edited.priority).toBe(TaskPriority.Stat);
  });

  it('only the floor and the system that booked it may change or withdraw a booking, and only while it waits', async () => {
    const booked = await tasks.create(examTransport(inHours(5)), ward);
    expect((await expectDomainError(lifecycle.edit({ id: booked.id, notes: 'x' }, otherWard))).code).toBe(ErrorCode.Forbidden);
    expect((await expectDomainError(lifecycle.cancel({ id: booked.id, reason: '不要了' }, otherWard))).code).toBe(ErrorCode.Forbidden);
    expect((await expectDomainError(lifecycle.edit({ id: booked.id }, ward))).code).toBe(ErrorCode.ValidationFailed);

    const withdrawn = await lifecycle.cancel({ id: booked.id, reason: '检查改期' }, ward);
    expect(withdrawn.status).toBe(TaskStatus.Cancelled);

    const inQueue = await tasks.create(examTransport(inHours(5)), ward);
    await lifecycle.release({ id: inQueue.id, note: 'patient ready early' }, dispatcher);
    expect((await expectDomainError(lifecycle.cancel({ id: inQueue.id, reason: '不要了' }, ward))).code).toBe(ErrorCode.InvalidTransition);
    expect((await expectDomainError(lifecycle.edit({ id: inQueue.id, notes: 'x' }, dispatcher))).code).toBe(ErrorCode.InvalidTransition);
    expect((await expectDomainError(lifecycle.release({ id: inQueue.id }, dispatcher))).code).toBe(ErrorCode.InvalidTransition);
    expect((await lifecycle.cancel({ id: inQueue.id, reason: 'ward rang' }, dispatcher)).status).toBe(TaskStatus.Cancelled);
  });

  it('the floor releases a booking early; the deadline stays the booked time', async () => {
    const booked = await tasks.create(examTransport(inHours(5)), ward);
    const early = await lifecycle.release({ id: booked.id, note: 'patient ready early' }, dispatcher);
    expect(early).toMatchObject({ status: TaskStatus.Pending, dueAt: booked.dueAt });
    expect(early.timeline.at(-1)).toMatchObject({ action: 'RELEASED', note: 'released early; patient ready early', actorId: dispatcher.id });
  });

  it('the KPIs count a booking from its release, not while it waits', async () => {
    const stats = service.app.get(StatsService);
    const range = { from: inHours(-1), to: inHours(1) };
    const before = (await stats.get(range)).total.count;
    const booked = await tasks.create(examTransport(inHours(5)), ward);
    expect((await stats.get(range)).total.count).toBe(before);
    await lifecycle.release({ id: booked.id }, dispatcher);
    expect((await stats.get(range)).total.count).toBe(before + 1);
  });
});

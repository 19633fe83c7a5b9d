import {
  Actor,
  DispatchEvents,
  DutyStatus,
  ErrorCode,
  Group,
  Post,
  Role,
  Shift,
  StaffClockedInV1,
  StaffClockedOutV1,
  StaffDto,
  TaskStatus,
} from '@hospital/contracts';
import { DomainError } from '@hospital/platform';
import { expectDomainError, ServiceUnderTest, startServiceUnderTest } from '@hospital/service-testing';
import { randomUUID } from 'node:crypto';
import { dispatchService } from '../service';
import { StaffService } from '../staff/staff.service';
import { DutyService } from './duty.service';

const manager: Actor = { id: 'user-manager', kind: 'user', roles: [Role.Manager] };
const dispatcher: Actor = { id: 'user-dispatcher', kind: 'user', roles: [Role.Dispatcher] };

/** A hospital-local wall-clock time (the suite runs with TZ_HOSPITAL=Asia/Shanghai, UTC+8). */
const cst = (local: string) => new Date(`${local}:00+08:00`);

describe('DutyService (the whole dispatch service in-process: real Postgres, NATS JetStream)', () => {
  let service: ServiceUnderTest;
  let duty: DutyService;

  let wang: StaffDto;
  let liu: StaffDto;
  let zhao: StaffDto;
  let chen: StaffDto;
  let retired: StaffDto;
  /** Wang's own login. */
  let wangHimself: Actor;

  const clockEvents = async <T>(staffId: string, type: string) =>
    (await service.outbox<T>(staffId)).filter((row) => row.envelope.type === type).map((row) => row.envelope);
  const lastClockEvent = async <T>(staffId: string, type: string) => (await clockEvents<T>(staffId, type)).at(-1)!;

  const openSessions = async (staffId: string) =>
    (await service.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM "dispatch"."duty_sessions" WHERE "staff_id" = $1 AND "clocked_out_at" IS NULL`,
      [staffId],
    ))[0].n;

  let taskNo = 0;
  /** Jobs for one worker, written straight to the table: the roster only reads them. */
  const giveJobs = async (staffId: string, status: TaskStatus, count: number, completedAt: Date | null = null) => {
    for (let i = 0; i < count; i++) {
      await service.query(
        `INSERT INTO "dispatch"."tasks" ("number", "type", "priority", "status", "group", "origin", "destination", "requester",
           "created_by", "version", "due_at", "assignee_id", "completed_at")
         VALUES ($1, 'SPECIMEN', 'ROUTINE', $2, 'INTERNAL_MEDICINE', '{"department":"心内科"}', '{"department":"检验科"}',
           '{"department":"心内科"}', 'duty-spec', 1, now(), $3, $4)`,
        [`DS${++taskNo}`, status, staffId, completedAt],
      );
    }
  };

  beforeAll(async () => {
    service = await startServiceUnderTest(dispatchService, { env: { TZ_HOSPITAL: 'Asia/Shanghai' } });
    duty = service.app.get(DutyService);
    const staff = service.app.get(StaffService);
    const person = (staffNo: string, name: string, extra: Partial<Parameters<StaffService['create']>[0]> = {}) =>
      staff.create({ staffNo, name, group: Group.InternalMedicine, posts: [Post.SpecimenCourier], ...extra }, manager);
    wang = await person('DU-0001', '王芳');
    liu = await person('DU-0002', '刘洋', { shift: Shift.Night, capacity: 1 });
    zhao = await person('DU-0003', '赵敏', { group: Group.Surgery, shift: Shift.SplitDay });
    chen = await person('DU-0004', '陈静');
    retired = await person('DU-0005', '孙丽', { active: false });
    wangHimself = { id: 'user-wang', kind: 'user', roles: [Role.Worker], staffId: wang.id };
  }, 60_000);

  afterAll(() => service?.stop(), 60_000);

  beforeEach(async () => {
    await service.query(`DELETE FROM "dispatch"."duty_sessions"`);
    await service.query(`DELETE FROM "dispatch"."tasks" WHERE "created_by" = 'duty-spec'`);
  });

  it('gives new staff the early shift and a capacity of 2 unless told otherwise', () => {
    expect(wang).toMatchObject({ shift: Shift.Early, capacity: 2 });
    expect(liu).toMatchObject({ shift: Shift.Night, capacity: 1 });
  });

  describe('clock-in', () => {
    it('clocks in for the usual shift and answers with the worker available, idle since the clock-in', async () => {
      const at = cst('2025-11-24T07:27');
      const answer = await duty.clockIn({ id: wang.id }, dispatcher, at);

      expect(answer).toEqual({
        staffId: wang.id,
        staffNo: 'DU-0001',
        name: '王芳',
        group: Group.InternalMedicine,
        status: DutyStatus.Available,
        shift: Shift.Early,
        clockedInAt: at.toISOString(),
        load: 0,
        capacity: 2,
        idleSince: at.toISOString(),
      });
      const [session] = await service.query<Record<string, unknown>[]>(
        `SELECT "shift", "shift_start", "shift_end", "clocked_in_by" FROM "dispatch"."duty_sessions" WHERE "staff_id" = $1`,
        [wang.id],
      );
      expect(session).toEqual({
        shift: Shift.Early,
        shift_start: cst('2025-11-24T07:30'),
        shift_end: cst('2025-11-24T15:30'),
        clocked_in_by: dispatcher.id,
      });
    });

    it('tells evaluation who clocked in, when, for which shift, and that it was on time', async () => {
      await duty.clockIn({ id: wang.id }, wangHimself, cst('2025-11-24T07:33'));

      const event = await lastClockEvent<StaffClockedInV1>(wang.id, DispatchEvents.staffClockedIn);
      expect(event).toMatchObject({ type: 'dispatch.staff.clocked-in', aggregateId: wang.id, source: 'dispatch' });
      expect(event.payload).toEqual({
        staffId: wang.id,
        staffNo: 'DU-0001',
        group: Group.InternalMedicine,
        shift: Shift.Early,
        at: cst('2025-11-24T07:33').toISOString(),
        shiftStart: cst('2025-11-24T07:30').toISOString(),
        minutesLate: 0,
        late: false,
      });
    });

    it('marks a clock-in more than 5 minutes after the start as late, with the minutes', async () => {
      await duty.clockIn({ id: chen.id }, dispatcher, cst('2025-11-24T07:50'));
      const event = await lastClockEvent<StaffClockedInV1>(chen.id, DispatchEvents.staffClockedIn);
      expect(event.payload).toMatchObject({ shiftStart: cst('2025-11-24T07:30').toISOString(), minutesLate: 20, late: true });
    });

    it('counts a night worker clocking in at 00:10 as 70 minutes late for the shift that began 23:00 the day before', async () => {
      const answer = await duty.clockIn({ id: liu.id }, dispatcher, cst('2025-11-25T00:10'));
      expect(answer).toMatchObject({ shift: Shift.Night, status: DutyStatus.Available, capacity: 1 });
      expect((await lastClockEvent<StaffClockedInV1>(liu.id, DispatchEvents.staffClockedIn)).payload).toMatchObject({
        shift: Shift.Night,
        shiftStart: cst('2025-11-24T23:00').toISOString(),
        minutesLate: 70,
        late: true,
      });
    });

    it('takes the shift from the body over the usual one (cover for a colleague), with the note', async () => {
      const answer = await duty.clockIn({ id: wang.id, shift: Shift.Middle, note: '替李伟顶班' }, dispatcher, cst('2025-11-24T15:20'));
      expect(answer.shift).toBe(Shift.Middle);
      const [session] = await service.query<Record<string, unknown>[]>(
        `SELECT "shift", "shift_start", "clock_in_note" FROM "dispatch"."duty_sessions" WHERE "staff_id" = $1`,
        [wang.id],
      );
      expect(session).toEqual({ shift: Shift.Middle, shift_start: cst('2025-11-24T15:30'), clock_in_note: '替李伟顶班' });
    });

    it('refuses a second clock-in with 409 DUTY_CONFLICT and writes no second session or event', async () => {
      await duty.clockIn({ id: wang.id }, dispatcher, cst('2025-11-24T07:30'));
      const events = (await clockEvents(wang.id, DispatchEvents.staffClockedIn)).length;

      const error = await expectDomainError(duty.clockIn({ id: wang.id }, wangHimself, cst('2025-11-24T07:31')));
      expect(error.code).toBe(ErrorCode.DutyConflict);
      expect(error.message).toContain('DU-0001');
      expect(await openSessions(wang.id)).toBe(1);
      expect((await clockEvents(wang.id, DispatchEvents.staffClockedIn)).length).toBe(events);
    });

    it('lets exactly one of two simultaneous clock-ins win; the other gets 409 DUTY_CONFLICT', async () => {
      const results = await Promise.allSettled([
        duty.clockIn({ id: chen.id }, dispatcher, cst('2025-11-24T07:29')),
        duty.clockIn({ id: chen.id }, manager, cst('2025-11-24T07:29')),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const [rejected] = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect((rejected.reason as DomainError).code).toBe(ErrorCode.DutyConflict);
      expect(await openSessions(chen.id)).toBe(1);
    });

    it('refuses someone inactive with 422 WORKER_UNAVAILABLE, and an unknown id with STAFF_NOT_FOUND', async () => {
      expect((await expectDomainError(duty.clockIn({ id: retired.id }, dispatcher))).code).toBe(ErrorCode.WorkerUnavailable);
      expect((await expectDomainError(duty.clockIn({ id: randomUUID() }, dispatcher))).code).toBe(ErrorCode.StaffNotFound);
      expect(await openSessions(retired.id)).toBe(0);
    });

    it('lets a worker clock only themselves in: another worker gets 403 FORBIDDEN', async () => {
      const error = await expectDomainError(duty.clockIn({ id: chen.id }, wangHimself));
      expect(error.code).toBe(ErrorCode.Forbidden);
      expect(await openSessions(chen.id)).toBe(0);
      // A login that is not a staff member's and has no floor role cannot either.
      const clerk: Actor = { id: 'user-clerk', kind: 'user', roles: [Role.DeskClerk] };
      expect((await expectDomainError(duty.clockIn({ id: chen.id }, clerk))).code).toBe(ErrorCode.Forbidden);

      await expect(duty.clockIn({ id: wang.id }, wangHimself)).resolves.toMatchObject({ staffId: wang.id });
    });
  });

  describe('clock-out', () => {
    it('closes the session, answers OFF_DUTY, and tells evaluation it was 12 minutes early', async () => {
      await duty.clockIn({ id: wang.id }, wangHimself, cst('2025-11-24T07:30'));
      const answer = await duty.clockOut({ id: wang.id, note: '身体不适' }, wangHimself, cst('2025-11-24T15:18'));

      expect(answer).toMatchObject({ staffId: wang.id, status: DutyStatus.OffDuty, shift: null, clockedInAt: null, idleSince: null });
      expect(await openSessions(wang.id)).toBe(0);
      expect((await lastClockEvent<StaffClockedOutV1>(wang.id, DispatchEvents.staffClockedOut)).payload).toEqual({
        staffId: wang.id,
        staffNo: 'DU-0001',
        group: Group.InternalMedicine,
        shift: Shift.Early,
        at: cst('2025-11-24T15:18').toISOString(),
        shiftEnd: cst('2025-11-24T15:30').toISOString(),
        minutesEarly: 12,
        early: true,
      });
    });

    it('counts a night worker leaving at 07:31 the next morning as not early', async () => {
      await duty.clockIn({ id: liu.id }, dispatcher, cst('2025-11-24T22:55'));
      await duty.clockOut({ id: liu.id }, dispatcher, cst('2025-11-25T07:31'));
      expect((await lastClockEvent<StaffClockedOutV1>(liu.id, DispatchEvents.staffClockedOut)).payload).toMatchObject({ shiftEnd: cst('2025-11-25T07:30').toISOString(), minutesEarly: 0, early: false });
    });

    it('refuses a clock-out while off duty with 409 DUTY_CONFLICT', async () => {
      const error = await expectDomainError(duty.clockOut({ id: chen.id }, dispatcher));
      expect(error.code).toBe(ErrorCode.DutyConflict);
    });

    it('lets a worker clock only themselves out: another worker gets 403 FORBIDDEN and the session stays open', async () => {
      await duty.clockIn({ id: chen.id }, dispatcher);
      expect((await expectDomainError(duty.clockOut({ id: chen.id }, wangHimself))).code).toBe(ErrorCode.Forbidden);
      expect(await openSessions(chen.id)).toBe(1);
    });

    it('allows clocking in again after clocking out', async () => {
      await duty.clockIn({ id: chen.id }, dispatcher, cst('2025-11-24T07:30'));
      await duty.clockOut({ id: chen.id }, dispatcher, cst('2025-11-24T15:30'));
      await expect(duty.clockIn({ id: chen.id }, dispatcher, cst('2025-11-25T07:30'))).resolves.toMatchObject({ status: DutyStatus.Available });
    });
  });

  describe('roster', () => {
    const now = cst('2025-11-24T12:00');

    it('derives each active person’s status, load and idle time; the inactive are left out', async () => {
      await duty.clockIn({ id: wang.id }, dispatcher, cst('2025-11-24T07:30'));
      await duty.clockIn({ id: liu.id, shift: Shift.Early }, dispatcher, cst('2025-11-24T07:30'));
      await duty.clockIn({ id: zhao.id }, dispatcher, cst('2025-11-24T07:30'));
      // Wang: one job in hand, finished jobs behind him. Liu (capacity 1): one job. Chen: off duty with a job.
      await giveJobs(wang.id, TaskStatus.Accepted, 1);
      await giveJobs(wang.id, TaskStatus.Completed, 2, cst('2025-11-24T09:00'));
      await giveJobs(liu.id, TaskStatus.InProgress, 1);
      await giveJobs(chen.id, TaskStatus.Assigned, 1);
      await giveJobs(wang.id, TaskStatus.Cancelled, 1);

      const roster = await duty.roster({}, now);
      const byNo = Object.fromEntries(roster.map((w) => [w.staffNo, w]));

      expect(roster.map((w) => w.staffNo)).toEqual(['DU-0001', 'DU-0002', 'DU-0003', 'DU-0004']);
      expect(byNo['DU-0001']).toMatchObject({ status: DutyStatus.Available, load: 1, capacity: 2, idleSince: null });
      expect(byNo['DU-0002']).toMatchObject({ status: DutyStatus.Busy, load: 1, capacity: 1, idleSince: null });
      // Zhao works the split shift: 12:00 is lunch.
      expect(byNo['DU-0003']).toMatchObject({ status: DutyStatus.OnBreak, load: 0, shift: Shift.SplitDay });
      expect(byNo['DU-0004']).toMatchObject({ status: DutyStatus.OffDuty, load: 1, shift: null, clockedInAt: null, idleSince: null });
    });

    it('gives idleSince as the last delivery when it is after the clock-in, else the clock-in', async () => {
      await duty.clockIn({ id: wang.id }, dispatcher, cst('2025-11-24T07:30'));
      await duty.clockIn({ id: chen.id }, dispatcher, cst('2025-11-24T07:30'));
      await giveJobs(wang.id, TaskStatus.Completed, 1, cst('2025-11-24T10:15'));
      await giveJobs(wang.id, TaskStatus.Completed, 1, cst('2025-11-24T11:40'));
      // Chen's last delivery was yesterday, before today's clock-in.
      await giveJobs(chen.id, TaskStatus.Completed, 1, cst('2025-11-23T15:00'));

      const [w, c] = await duty.roster({ staffIds: [wang.id, chen.id] }, now);
      expect(w).toMatchObject({ staffNo: 'DU-0001', idleSince: cst('2025-11-24T11:40').toISOString() });
      expect(c).toMatchObject({ staffNo: 'DU-0004', idleSince: cst('2025-11-24T07:30').toISOString() });
    });

    it('filters by group and by staff ids', async () => {
      expect((await duty.roster({ group: Group.Surgery }, now)).map((w) => w.staffNo)).toEqual(['DU-0003']);
      expect((await duty.roster({ staffIds: [liu.id, retired.id] }, now)).map((w) => w.staffNo)).toEqual(['DU-0002']);
      expect(await duty.roster({ staffIds: [] }, now)).toEqual([]);
    });
  });
});

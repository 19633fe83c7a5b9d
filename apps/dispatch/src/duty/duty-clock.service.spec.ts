import { DispatchEvents, DutyStatus, ErrorCode, Group, Role, Shift, StaffClockedInV1, StaffClockedOutV1, StaffDto, Actor } from '@hospital/contracts';
import { DomainError } from '@hospital/platform';
import { actors } from '@hospital/testing';
import { expectDomainError, ServiceUnderTest, startServiceUnderTest } from '@hospital/service-testing';
import { randomUUID } from 'node:crypto';
import { dispatchService } from '../service';
import { StaffRecordsService } from '../staff/staff-records.service';
import { DutyClockService } from './duty-clock.service';
import { createDutyFloor, cst, dispatcher, manager } from './duty-floor.spec-helper';

describe('DutyClockService (the whole dispatch service in-process: real Postgres, NATS JetStream)', () => {
  let service: ServiceUnderTest;
  let duty: DutyClockService;

  let wang: StaffDto;
  let liu: StaffDto;
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

  beforeAll(async () => {
    service = await startServiceUnderTest(dispatchService, { env: { TZ_HOSPITAL: 'Asia/Shanghai' } });
    duty = service.app.get(DutyClockService);
    ({ wang, liu, chen, retired, wangHimself } = await createDutyFloor(service.app.get(StaffRecordsService)));
  }, 60_000);

  afterAll(() => service?.stop(), 60_000);

  beforeEach(async () => {
    await service.query(`DELETE FROM "dispatch"."duty_sessions"`);
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
        onBreakSince: null,
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
      const clerk = actors.user(Role.DeskClerk, { id: 'user-clerk' });
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
});

import { Actor, DispatchEvents, DutyStatus, ErrorCode, Group, Role, StaffBreakEndedV1, StaffBreakStartedV1, StaffDto } from '@hospital/contracts';
import { DomainError } from '@hospital/platform';
import { actors } from '@hospital/testing';
import { expectDomainError, ServiceUnderTest, startServiceUnderTest } from '@hospital/service-testing';
import { dispatchService } from '../service';
import { StaffRecordsService } from '../staff/staff-records.service';
import { DutyBreaksService } from './duty-breaks.service';
import { DutyClockService } from './duty-clock.service';
import { createDutyFloor, cst, dispatcher } from './duty-floor.spec-helper';
import { DutyQueryService } from './duty-query.service';

describe('DutyBreaksService (the whole dispatch service in-process: real Postgres, NATS JetStream)', () => {
  let service: ServiceUnderTest;
  let breaks: DutyBreaksService;
  let clock: DutyClockService;
  let duty: DutyQueryService;

  let wang: StaffDto;
  let chen: StaffDto;
  let wangHimself: Actor;

  const refused = async (promise: Promise<unknown>, code: ErrorCode, message?: RegExp) => {
    const error = await expectDomainError(promise);
    expect(error.code).toBe(code);
    if (message) expect(error.message).toMatch(message);
  };
  const eventsOf = async (staffId: string) => (await service.outbox(staffId)).map((row) => row.envelope);
  const breakRows = (staffId: string) =>
    service.query<{ started_at: Date; ended_at: Date | null; reason: string | null; started_by: string; ended_by: string | null }[]>(
      `SELECT "started_at", "ended_at", "reason", "started_by", "ended_by" FROM "dispatch"."duty_breaks" WHERE "staff_id" = $1 ORDER BY "started_at"`,
      [staffId],
    );

  beforeAll(async () => {
    service = await startServiceUnderTest(dispatchService, { env: { TZ_HOSPITAL: 'Asia/Shanghai' } });
    breaks = service.app.get(DutyBreaksService);
    clock = service.app.get(DutyClockService);
    duty = service.app.get(DutyQueryService);
    ({ wang, chen, wangHimself } = await createDutyFloor(service.app.get(StaffRecordsService)));
  }, 60_000);

  afterAll(() => service?.stop(), 60_000);

  // Breaks go with their sessions (ON DELETE CASCADE).
  beforeEach(() => service.query(`DELETE FROM "dispatch"."duty_sessions"`));

  describe('starting a break', () => {
    it('puts a clocked-in worker ON_BREAK since then, stores the reason and tells the board who and when, not why', async () => {
      await clock.clockIn({ id: wang.id }, wangHimself, cst('2025-11-24T07:28'));
      const at = cst('2025-11-24T11:30');

      const answer = await breaks.start({ id: wang.id, reason: '午饭' }, wangHimself, at);

      expect(answer).toMatchObject({ staffId: wang.id, status: DutyStatus.OnBreak, onBreakSince: at.toISOString(), clockedInAt: cst('2025-11-24T07:28').toISOString() });
      expect(await breakRows(wang.id)).toEqual([{ started_at: at, ended_at: null, reason: '午饭', started_by: wangHimself.id, ended_by: null }]);
      const event = (await eventsOf(wang.id)).at(-1)!;
      expect(event).toMatchObject({ type: DispatchEvents.staffBreakStarted, aggregateId: wang.id });
      expect(event.payload as StaffBreakStartedV1).toEqual({
        breakId: expect.any(String),
        staffId: wang.id,
        staffNo: 'DU-0001',
        group: Group.InternalMedicine,
        at: at.toISOString(),
      });
    });

    it('shows the break on the roster the board reads', async () => {
      await clock.clockIn({ id: wang.id }, dispatcher, cst('2025-11-24T07:28'));
      await clock.clockIn({ id: chen.id }, dispatcher, cst('2025-11-24T07:28'));
      await breaks.start({ id: wang.id }, wangHimself, cst('2025-11-24T10:00'));

      const roster = await duty.roster({}, cst('2025-11-24T10:05'));
      const byNo = Object.fromEntries(roster.map((w) => [w.staffNo, w]));
      expect(byNo['DU-0001']).toMatchObject({ status: DutyStatus.OnBreak, onBreakSince: cst('2025-11-24T10:00').toISOString() });
      expect(byNo['DU-0004']).toMatchObject({ status: DutyStatus.Available, onBreakSince: null });
    });

    it('refuses someone who is not clocked in: 409 NOT_ON_DUTY, nothing stored', async () => {
      await refused(breaks.start({ id: wang.id }, wangHimself, cst('2025-11-24T10:00')), ErrorCode.NotOnDuty, /not clocked in/);
      expect(await breakRows(wang.id)).toEqual([]);
    });

    it('refuses a second break while on one: 409 ALREADY_ON_BREAK', async () => {
      await clock.clockIn({ id: wang.id }, wangHimself, cst('2025-11-24T07:28'));
      await breaks.start({ id: wang.id }, wangHimself, cst('2025-11-24T10:00'));
      await refused(breaks.start({ id: wang.id }, wangHimself, cst('2025-11-24T10:01')), ErrorCode.AlreadyOnBreak, /on a break already/);
      expect(await breakRows(wang.id)).toHaveLength(1);
    });

    it('opens one break of two started at once (two clicks, two replicas)', async () => {
      await clock.clockIn({ id: wang.id }, wangHimself, cst('2025-11-24T07:28'));
      const results = await Promise.allSettled(Array.from({ length: 4 }, () => breaks.start({ id: wang.id }, wangHimself, cst('2025-11-24T10:00'))));

      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => (r.reason as DomainError).code);
      expect(refused).toEqual([ErrorCode.AlreadyOnBreak, ErrorCode.AlreadyOnBreak, ErrorCode.AlreadyOnBreak]);
      expect(await breakRows(wang.id)).toHaveLength(1);
    });

    it('lets a worker take only their own break; the floor takes anyone’s', async () => {
      await clock.clockIn({ id: chen.id }, dispatcher, cst('2025-11-24T07:28'));
      await refused(breaks.start({ id: chen.id }, wangHimself, cst('2025-11-24T10:00')), ErrorCode.Forbidden, /only for yourself/);
      await refused(breaks.start({ id: chen.id }, actors.user(Role.Worker), cst('2025-11-24T10:00')), ErrorCode.Forbidden);
      expect(await breaks.start({ id: chen.id }, dispatcher, cst('2025-11-24T10:00'))).toMatchObject({ status: DutyStatus.OnBreak });
    });
  });

  describe('ending a break', () => {
    it('makes the worker available again and tells how long it lasted', async () => {
      await clock.clockIn({ id: wang.id }, wangHimself, cst('2025-11-24T07:28'));
      await breaks.start({ id: wang.id }, wangHimself, cst('2025-11-24T11:30'));

      const answer = await breaks.end({ id: wang.id }, wangHimself, cst('2025-11-24T12:02'));

      expect(answer).toMatchObject({ status: DutyStatus.Available, onBreakSince: null });
      expect(await breakRows(wang.id)).toEqual([
        { started_at: cst('2025-11-24T11:30'), ended_at: cst('2025-11-24T12:02'), reason: null, started_by: wangHimself.id, ended_by: wangHimself.id },
      ]);
      const event = (await eventsOf(wang.id)).at(-1)!;
      expect(event.type).toBe(DispatchEvents.staffBreakEnded);
      expect(event.payload as StaffBreakEndedV1).toEqual({
        breakId: expect.any(String),
        staffId: wang.id,
        staffNo: 'DU-0001',
        group: Group.InternalMedicine,
        startedAt: cst('2025-11-24T11:30').toISOString(),
        at: cst('2025-11-24T12:02').toISOString(),
        minutes: 32,
        byClockOut: false,
      });
    });

    it('lets the floor end a worker’s break, and a worker end only their own', async () => {
      await clock.clockIn({ id: chen.id }, dispatcher, cst('2025-11-24T07:28'));
      await breaks.start({ id: chen.id }, dispatcher, cst('2025-11-24T10:00'));
      await refused(breaks.end({ id: chen.id }, wangHimself, cst('2025-11-24T10:10')), ErrorCode.Forbidden);
      expect(await breaks.end({ id: chen.id }, dispatcher, cst('2025-11-24T10:10'))).toMatchObject({ status: DutyStatus.Available });
      expect((await breakRows(chen.id))[0].ended_by).toBe(dispatcher.id);
    });

    it('refuses someone who is not on a break: 409 NOT_ON_BREAK', async () => {
      await refused(breaks.end({ id: wang.id }, wangHimself, cst('2025-11-24T10:00')), ErrorCode.NotOnBreak, /not on a break/);
      await clock.clockIn({ id: wang.id }, wangHimself, cst('2025-11-24T07:28'));
      await refused(breaks.end({ id: wang.id }, wangHimself, cst('2025-11-24T10:00')), ErrorCode.NotOnBreak);
    });

    it('allows a new break once the last one ended', async () => {
      await clock.clockIn({ id: wang.id }, wangHimself, cst('2025-11-24T07:28'));
      await breaks.start({ id: wang.id }, wangHimself, cst('2025-11-24T09:00'));
      await breaks.end({ id: wang.id }, wangHimself, cst('2025-11-24T09:10'));
      await breaks.start({ id: wang.id }, wangHimself, cst('2025-11-24T11:30'));
      expect((await breakRows(wang.id)).map((b) => b.ended_at)).toEqual([cst('2025-11-24T09:10'), null]);
    });
  });

  describe('clocking out', () => {
    it('ends an open break first, so its event comes before the clock-out', async () => {
      await clock.clockIn({ id: wang.id }, wangHimself, cst('2025-11-24T07:28'));
      await breaks.start({ id: wang.id }, wangHimself, cst('2025-11-24T15:00'));

      const answer = await clock.clockOut({ id: wang.id }, wangHimself, cst('2025-11-24T15:31'));

      expect(answer).toMatchObject({ status: DutyStatus.OffDuty, onBreakSince: null });
      expect((await breakRows(wang.id))[0]).toMatchObject({ ended_at: cst('2025-11-24T15:31'), ended_by: wangHimself.id });
      const types = (await eventsOf(wang.id)).map((e) => e.type).filter((type) => type.startsWith('dispatch.staff.') && type !== DispatchEvents.staffCreated);
      expect(types.slice(-4)).toEqual([DispatchEvents.staffClockedIn, DispatchEvents.staffBreakStarted, DispatchEvents.staffBreakEnded, DispatchEvents.staffClockedOut]);
      const ended = (await eventsOf(wang.id)).filter((e) => e.type === DispatchEvents.staffBreakEnded).at(-1)!;
      expect(ended.payload as StaffBreakEndedV1).toMatchObject({ minutes: 31, byClockOut: true });
      // Off duty, a new break is "not on duty", not "already on one".
      await refused(breaks.start({ id: wang.id }, wangHimself, cst('2025-11-24T15:40')), ErrorCode.NotOnDuty);
    });
  });
});

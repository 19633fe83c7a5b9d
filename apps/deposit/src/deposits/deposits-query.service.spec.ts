import { ClaimMethod, DepositStatus, Desk, ErrorCode } from '@hospital/contracts';
import { expectDomainError, ServiceUnderTest } from '@hospital/service-testing';
import { freezeDateAt } from '@hospital/testing';
import { startDepositUnderTest } from '../service.spec-helper';
import { DepositCheckInService } from './deposit-check-in.service';
import { DepositClaimsService } from './deposit-claims.service';
import { aCheckIn, clerk, ID_LI, ID_WANG, manager, supervisor } from './deposit.spec-helper';
import { DepositsHandlers } from './deposits.handlers';

describe('deposit look-up (handlers and DepositsQueryService in-process: real Postgres, NATS)', () => {
  let service: ServiceUnderTest;
  let handlers: DepositsHandlers;
  let checkIns: DepositCheckInService;

  beforeAll(async () => {
    // Shanghai: a check-in at 16:30 UTC belongs to the next hospital day.
    // The unclaimed sweep's timer stays far off (an hour): no sweep marks a deposit a test looks at.
    service = await startDepositUnderTest({ config: { sweepEveryMs: 3_600_000 }, env: { TZ_HOSPITAL: 'Asia/Shanghai' } });
    handlers = service.app.get(DepositsHandlers);
    checkIns = service.app.get(DepositCheckInService);
  });

  beforeEach(() => service.query(`TRUNCATE "deposit"."deposits", "deposit"."ticket_day_counters" CASCADE`));

  afterAll(() => service.stop());
  afterEach(() => jest.useRealTimers());

  /** Moves a deposit's check-in (and list position) to an instant of the test's choosing. */
  const checkedInAt = (id: string, at: string) =>
    service.query(`UPDATE "deposit"."deposits" SET "checked_in_at" = $2, "created_at" = $2 WHERE "id" = $1`, [id, at]);
  const ids = (page: { items: { id: string }[] }) => page.items.map((d) => d.id);

  describe('one deposit', () => {
    it('shows the name in full to a clerk, the phone masked, and of the ID number only the last four', async () => {
      const ticket = await checkIns.checkIn(aCheckIn(), clerk);
      const seen = await handlers.get({ id: ticket.id }, clerk);
      expect(seen.depositor).toEqual({ name: '王小明', phone: '138****1234', idLast4: '002X' });
      expect(JSON.stringify(seen)).not.toContain(ID_WANG);
      expect(JSON.stringify(seen)).not.toContain(ticket.pickupCode);
    });

    it('shows supervisors and managers the phone in full', async () => {
      const ticket = await checkIns.checkIn(aCheckIn(), clerk);
      expect((await handlers.get({ id: ticket.id }, supervisor)).depositor.phone).toBe('13812341234');
      expect((await handlers.get({ id: ticket.id }, manager)).depositor.phone).toBe('13812341234');
    });

    it('answers 404 DEPOSIT_NOT_FOUND for an unknown id', async () => {
      const error = await expectDomainError(handlers.get({ id: '00000000-0000-4000-8000-000000000000' }, clerk));
      expect(error.code).toBe(ErrorCode.DepositNotFound);
    });
  });

  describe('the desk’s list', () => {
    it('filters by tag, status and desk, newest first', async () => {
      const a = await checkIns.checkIn(aCheckIn(), clerk);
      const b = await checkIns.checkIn(aCheckIn(), clerk);
      const c = await checkIns.checkIn(aCheckIn({ desk: Desk.Emergency }), clerk);
      await service.app.get(DepositClaimsService).claim({ id: a.id, method: ClaimMethod.PickupCode, pickupCode: a.pickupCode }, clerk);

      expect(ids(await handlers.list({}, clerk))).toEqual([c.id, b.id, a.id]);
      expect(ids(await handlers.list({ tagNo: 1 }, clerk))).toEqual([c.id, a.id]);
      expect(ids(await handlers.list({ tagNo: 1, desk: Desk.InpatientLobby }, clerk))).toEqual([a.id]);
      expect(ids(await handlers.list({ status: DepositStatus.Stored }, clerk))).toEqual([c.id, b.id]);
      expect(ids(await handlers.list({ status: DepositStatus.Released }, clerk))).toEqual([a.id]);
    });

    it('filters by the hospital day of check-in, in the hospital’s time zone', async () => {
      const lateEvening = await checkIns.checkIn(aCheckIn(), clerk);
      const afterMidnight = await checkIns.checkIn(aCheckIn(), clerk);
      const nextDay = await checkIns.checkIn(aCheckIn(), clerk);
      await checkedInAt(lateEvening.id, '2026-03-01T15:59:00Z'); // 23:59 on 1 March in Shanghai
      await checkedInAt(afterMidnight.id, '2026-03-01T16:30:00Z'); // 00:30 on 2 March
      await checkedInAt(nextDay.id, '2026-03-02T15:00:00Z'); // 23:00 on 2 March

      expect(ids(await handlers.list({ date: '2026-03-01' }, clerk))).toEqual([lateEvening.id]);
      expect(ids(await handlers.list({ date: '2026-03-02' }, clerk))).toEqual([nextDay.id, afterMidnight.id]);
      expect(ids(await handlers.list({ from: '2026-03-01', to: '2026-03-02' }, clerk))).toHaveLength(3);
      expect(ids(await handlers.list({ from: '2026-03-02' }, clerk))).toEqual([nextDay.id, afterMidnight.id]);
      expect(ids(await handlers.list({ to: '2026-03-01' }, clerk))).toEqual([lateEvening.id]);
    });

    it('refuses date together with from/to, and from after to, naming the field', async () => {
      expect((await expectDomainError(handlers.list({ date: '2026-03-01', from: '2026-03-01' }, clerk))).details?.errors?.[0].field).toBe('date');
      expect((await expectDomainError(handlers.list({ from: '2026-03-02', to: '2026-03-01' }, clerk))).details?.errors?.[0].field).toBe('from');
    });

    it('finds a depositor by part of the name, a deposit by the start of its ticket number, and treats % literally', async () => {
      // Both tickets on one frozen day, a minute apart: their numbers share a prefix on any date, and li's is the newer.
      freezeDateAt('2001-06-15T04:00:00Z');
      const wang = await checkIns.checkIn(aCheckIn(), clerk);
      jest.setSystemTime(new Date('2001-06-15T04:01:00Z'));
      const li = await checkIns.checkIn(aCheckIn({ depositor: { name: '李娜', phone: '13900001111', idNumber: ID_LI } }), clerk);
      expect(ids(await handlers.list({ q: '小明' }, clerk))).toEqual([wang.id]);
      expect(ids(await handlers.list({ q: li.ticketNo }, clerk))).toEqual([li.id]);
      expect(ids(await handlers.list({ q: li.ticketNo.slice(0, 6).toLowerCase() }, clerk))).toEqual([li.id, wang.id]);
      expect(ids(await handlers.list({ q: '%' }, clerk))).toEqual([]);
    });

    it('pages by cursor without repeating or skipping a deposit', async () => {
      const made: string[] = [];
      for (let i = 0; i < 5; i++) made.unshift((await checkIns.checkIn(aCheckIn(), clerk)).id);
      const first = await handlers.list({ limit: 2 }, clerk);
      const second = await handlers.list({ limit: 2, cursor: first.nextCursor ?? undefined }, clerk);
      const third = await handlers.list({ limit: 2, cursor: second.nextCursor ?? undefined }, clerk);
      expect([...ids(first), ...ids(second), ...ids(third)]).toEqual(made);
      expect(third.nextCursor).toBeNull();
    });
  });

  describe('a visitor’s code look-up', () => {
    it('tells the status, desk, day and tag, and nothing about the depositor', async () => {
      const ticket = await checkIns.checkIn(aCheckIn({ desk: Desk.SurgeryLobby }), clerk);
      await checkedInAt(ticket.id, '2026-03-01T16:30:00Z');
      const seen = await handlers.lookup({ code: ticket.pickupCode });
      expect(seen).toEqual({ status: 'STORED', desk: 'SURGERY_LOBBY', checkedInOn: '2026-03-02', tagNo: 1 });
    });

    it('answers 404 for a code no deposit has', async () => {
      await checkIns.checkIn(aCheckIn(), clerk);
      const error = await expectDomainError(handlers.lookup({ code: 'ZZZZZZZZ' }));
      expect(error.code).toBe(ErrorCode.DepositNotFound);
      expect(error.message).not.toContain('ZZZZZZZZ');
    });
  });
});

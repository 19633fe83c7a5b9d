import { ClaimMethod, DepositStatus, DepositUnclaimedV1, Desk, ErrorCode, Role } from '@hospital/contracts';
import { actors, eventually, freezeDateAt } from '@hospital/testing';
import { expectDomainError, ServiceUnderTest } from '@hospital/service-testing';
import { startDepositUnderTest } from '../service.spec-helper';
import { DepositCheckInService } from '../deposits/deposit-check-in.service';
import { DepositClaimsService } from '../deposits/deposit-claims.service';
import { aCheckIn } from '../deposits/deposit.spec-helper';
import { daysAgo, insertDeposit } from './deposit-rows.spec-helper';
import { UnclaimedSweep } from './unclaimed-sweep';

const admin = actors.user(Role.Admin);
const clerk = actors.user(Role.DeskClerk, { id: 'user-clerk' });
const DAY_MS = 24 * 60 * 60 * 1000;

describe('UnclaimedSweep: the 3-day rule (real Postgres, NATS)', () => {
  let service: ServiceUnderTest;
  let sweep: UnclaimedSweep;
  let nextTag = 1;

  // A long interval: the tests drive the sweep themselves.
  beforeAll(async () => {
    service = await startDepositUnderTest({ config: { unclaimedDays: 3, sweepEveryMs: 3_600_000 } });
    sweep = service.app.get(UnclaimedSweep);
  });

  afterAll(() => service.stop());
  afterEach(() => jest.useRealTimers());

  const deposit = (status: DepositStatus, checkedInAt: Date, desk = Desk.InpatientLobby) =>
    insertDeposit(service.query.bind(service), { desk, tagNo: nextTag++, status, checkedInAt });
  const statusOf = async (id: string) =>
    (await service.query<{ status: string; unclaimed_at: Date | null }[]>(`SELECT "status", "unclaimed_at" FROM "deposit"."deposits" WHERE "id" = $1`, [id]))[0];
  const unclaimedEvents = async (id: string) => (await service.outbox<DepositUnclaimedV1>(id)).filter((r) => r.envelope.type === 'deposit.unclaimed');

  it('marks what is still at the desk after 3 days, once, each with its deposit.unclaimed event; the rest stays', async () => {
    // Frozen: "a minute short of 3 days" stays a minute short however long the inserts take.
    freezeDateAt('2001-09-20T06:00:00Z');
    const stored = await deposit(DepositStatus.Stored, daysAgo(4), Desk.SurgeryLobby);
    const ticketLost = await deposit(DepositStatus.TicketLost, daysAgo(5));
    const locked = await deposit(DepositStatus.Locked, daysAgo(3.5));
    const justUnder = await deposit(DepositStatus.Stored, new Date(Date.now() - 3 * DAY_MS + 60_000));
    const yesterday = await deposit(DepositStatus.Stored, daysAgo(1));
    const released = await deposit(DepositStatus.Released, daysAgo(10));

    const first = await sweep.sweep();
    expect([...first.ids].sort()).toEqual([stored.id, ticketLost.id, locked.id].sort());
    expect(first.marked).toBe(3);
    for (const d of [stored, ticketLost, locked]) expect((await statusOf(d.id)).status).toBe('UNCLAIMED');
    for (const d of [justUnder, yesterday]) expect(await statusOf(d.id)).toEqual({ status: 'STORED', unclaimed_at: null });
    expect((await statusOf(released.id)).status).toBe('RELEASED');

    const [event] = await unclaimedEvents(stored.id);
    expect(event.envelope).toMatchObject({ type: 'deposit.unclaimed', aggregateId: stored.id, source: 'deposit' });
    expect(event.envelope.payload).toEqual({
      id: stored.id,
      ticketNo: stored.ticketNo,
      desk: 'SURGERY_LOBBY',
      tagNo: stored.tagNo,
      checkedInAt: expect.any(String),
      at: (await statusOf(stored.id)).unclaimed_at!.toISOString(),
    });
    // No depositor data rides on the event.
    expect(JSON.stringify(event.envelope.payload)).not.toMatch(/测试|13800000000/);

    // Swept again: nothing new is marked or announced.
    expect(await sweep.sweep()).toEqual({ marked: 0, ids: [] });
    for (const d of [stored, ticketLost, locked]) expect(await unclaimedEvents(d.id)).toHaveLength(1);
  });

  it('as of a later instant, marks what will be over the limit then ("as of four days later")', async () => {
    const today = await deposit(DepositStatus.Stored, new Date());
    const twoDays = await deposit(DepositStatus.Stored, daysAgo(2));

    // As of tomorrow: the two-day-old one is 3 days old, today's only 1.
    const tomorrow = await sweep.sweepOnRequest({ asOf: new Date(Date.now() + 1.5 * DAY_MS).toISOString() }, admin);
    expect(tomorrow.ids).toContain(twoDays.id);
    expect(tomorrow.ids).not.toContain(today.id);

    const fourDaysLater = await sweep.sweepOnRequest({ asOf: new Date(Date.now() + 4 * DAY_MS).toISOString() }, admin);
    expect(fourDaysLater.ids).toContain(today.id);
    expect(fourDaysLater.ids).not.toContain(twoDays.id);
    // unclaimedAt is when it was marked, not the asOf it was marked for.
    expect((await statusOf(today.id)).unclaimed_at!.getTime()).toBeLessThanOrEqual(Date.now());
  });

  it('as of an instant in the past, leaves what was not yet over the limit then', async () => {
    const fourDays = await deposit(DepositStatus.Stored, daysAgo(4));
    const result = await sweep.sweepOnRequest({ asOf: daysAgo(2).toISOString() }, admin);
    expect(result.ids).not.toContain(fourDays.id);
    expect((await statusOf(fourDays.id)).status).toBe('STORED');
  });

  it('marks each deposit once when several replicas sweep at the same moment', async () => {
    const many = await Promise.all(Array.from({ length: 40 }, () => deposit(DepositStatus.Stored, daysAgo(6), Desk.Emergency)));
    const results = await Promise.all([sweep.sweep(), sweep.sweep(), sweep.sweep()]);
    const all = results.flatMap((r) => r.ids);
    expect(new Set(all).size).toBe(all.length);
    expect(all.filter((id) => many.some((d) => d.id === id))).toHaveLength(many.length);
    const events = (await service.outbox<DepositUnclaimedV1>()).filter((r) => many.some((d) => d.id === r.aggregate_id));
    expect(events).toHaveLength(many.length);
  });

  it('races a claim cleanly: each bag ends either released or unclaimed, never both', async () => {
    const checkIns = service.app.get(DepositCheckInService);
    const claims = service.app.get(DepositClaimsService);
    const tickets = await Promise.all(Array.from({ length: 6 }, () => checkIns.checkIn(aCheckIn({ desk: Desk.SurgeryLobby }), clerk)));
    await service.query(`UPDATE "deposit"."deposits" SET "checked_in_at" = now() - interval '4 days' WHERE "id" = ANY($1::uuid[])`, [tickets.map((t) => t.id)]);

    const [swept, ...claimed] = await Promise.all([
      sweep.sweep(),
      ...tickets.map((t) => claims.claim({ id: t.id, method: ClaimMethod.PickupCode, pickupCode: t.pickupCode }, clerk).then(() => 'released', (e: { code: string }) => e.code)),
    ]);
    for (const [i, ticket] of tickets.entries()) {
      const { status } = await statusOf(ticket.id);
      const events = (await service.outbox(ticket.id)).map((r) => r.envelope.type).filter((t) => t !== 'deposit.checked-in');
      if (swept.ids.includes(ticket.id)) {
        expect([status, claimed[i], events]).toEqual(['UNCLAIMED', ErrorCode.InvalidTransition, ['deposit.unclaimed']]);
      } else {
        expect([status, claimed[i], events]).toEqual(['RELEASED', 'released', ['deposit.released']]);
      }
    }
  });

  it('runs on request for an admin only', async () => {
    const error = await expectDomainError(sweep.sweepOnRequest({}, clerk));
    expect(error.code).toBe(ErrorCode.Forbidden);
  });
});

describe('UnclaimedSweep on its timer', () => {
  let service: ServiceUnderTest;

  beforeAll(async () => {
    service = await startDepositUnderTest({ config: { unclaimedDays: 3, sweepEveryMs: 200 } });
  });

  afterAll(() => service.stop());

  it('marks an overdue deposit without anyone asking', async () => {
    const old = await insertDeposit(service.query.bind(service), { desk: Desk.InpatientLobby, tagNo: 1, checkedInAt: daysAgo(4) });
    await eventually('the timer to mark the deposit unclaimed', async () => {
      const [row] = await service.query<{ status: string }[]>(`SELECT "status" FROM "deposit"."deposits" WHERE "id" = $1`, [old.id]);
      return row.status === 'UNCLAIMED';
    });
  });
});

import { ClaimMethod, DepositDisposedV1, DepositStatus, DepositTicketDto, Desk, DisposalTarget, ErrorCode } from '@hospital/contracts';
import { expectDomainError, ServiceUnderTest } from '@hospital/service-testing';
import { randomUUID } from 'node:crypto';
import { startDepositUnderTest } from '../service.spec-helper';
import { DepositCheckInService } from '../deposits/deposit-check-in.service';
import { DepositClaimsService } from '../deposits/deposit-claims.service';
import { aCheckIn, clerk, ID_WANG, manager, supervisor } from '../deposits/deposit.spec-helper';
import { DisposalService } from './disposal.service';
import { UnclaimedSweep } from './unclaimed-sweep';

describe('DisposalService: unclaimed property leaves only by a disposal record (real Postgres, NATS)', () => {
  let service: ServiceUnderTest;
  let disposal: DisposalService;
  let sweep: UnclaimedSweep;
  let checkIns: DepositCheckInService;
  let claims: DepositClaimsService;

  beforeAll(async () => {
    service = await startDepositUnderTest({ config: { unclaimedDays: 3, sweepEveryMs: 3_600_000 } });
    disposal = service.app.get(DisposalService);
    sweep = service.app.get(UnclaimedSweep);
    checkIns = service.app.get(DepositCheckInService);
    claims = service.app.get(DepositClaimsService);
  });

  afterAll(() => service.stop());

  const checkIn = (tagNo?: number) => checkIns.checkIn(aCheckIn({ desk: Desk.Emergency, tagNo }), clerk);
  /** A bag checked in at the emergency desk four days ago (check-in cannot backdate), now unclaimed property. */
  const unclaimedDeposit = async (): Promise<DepositTicketDto> => {
    const ticket = await checkIn();
    await service.query(`UPDATE "deposit"."deposits" SET "checked_in_at" = now() - interval '4 days' WHERE "id" = $1`, [ticket.id]);
    expect((await sweep.sweep()).ids).toContain(ticket.id);
    return ticket;
  };
  const read = async (id: string) =>
    (await service.query<Record<string, unknown>[]>(`SELECT * FROM "deposit"."deposits" WHERE "id" = $1`, [id]))[0];

  it('cannot be released any more, not even with the right code or by a supervisor for a proxy: 409', async () => {
    const bag = await unclaimedDeposit();
    const withCode = await expectDomainError(claims.claim({ id: bag.id, method: ClaimMethod.PickupCode, pickupCode: bag.pickupCode }, clerk));
    expect(withCode).toMatchObject({ code: ErrorCode.InvalidTransition, details: { status: 'UNCLAIMED' } });
    const proxy = await expectDomainError(
      claims.claim({ id: bag.id, method: ClaimMethod.Proxy, pickupCode: bag.pickupCode, idNumber: ID_WANG, proxyName: '李四' }, supervisor),
    );
    expect(proxy.code).toBe(ErrorCode.InvalidTransition);
    expect(await read(bag.id)).toMatchObject({ status: 'UNCLAIMED', released_at: null });
  });

  it('records who handed it to whom, when and why; announces it without the note; frees the tag', async () => {
    const bag = await unclaimedDeposit();
    const record = await disposal.dispose({ id: bag.id, to: DisposalTarget.Security, note: '交保卫科，收据 BW-031' }, supervisor);
    expect(record).toEqual({
      id: bag.id,
      ticketNo: bag.ticketNo,
      desk: 'EMERGENCY',
      tagNo: bag.tagNo,
      status: 'DISPOSED',
      checkedInAt: expect.any(String),
      unclaimedAt: expect.any(String),
      disposedAt: expect.any(String),
      disposedBy: supervisor.id,
      disposalTo: 'SECURITY',
      disposalNote: '交保卫科，收据 BW-031',
    });
    expect(await read(bag.id)).toMatchObject({ status: 'DISPOSED', disposed_by: supervisor.id, disposal_to: 'SECURITY', disposal_note: '交保卫科，收据 BW-031' });

    const events = (await service.outbox<DepositDisposedV1>(bag.id)).filter((r) => r.envelope.type === 'deposit.disposed');
    expect(events).toHaveLength(1);
    expect(events[0].envelope.payload).toEqual({
      id: bag.id,
      ticketNo: bag.ticketNo,
      desk: 'EMERGENCY',
      tagNo: bag.tagNo,
      to: 'SECURITY',
      disposedBy: supervisor.id,
      at: record.disposedAt,
    });

    // The tag is back in the pool: the next bag can be given it.
    const next = await checkIn(bag.tagNo);
    expect(next.tagNo).toBe(bag.tagNo);
  });

  it('refuses a clerk or a manager with 403 SUPERVISOR_REQUIRED, changing nothing', async () => {
    const bag = await unclaimedDeposit();
    for (const who of [clerk, manager]) {
      const error = await expectDomainError(disposal.dispose({ id: bag.id, to: DisposalTarget.LostProperty, note: 'x' }, who));
      expect(error.code).toBe(ErrorCode.SupervisorRequired);
    }
    expect(await read(bag.id)).toMatchObject({ status: 'UNCLAIMED', disposed_at: null });
  });

  it('refuses anything not UNCLAIMED with 409 INVALID_TRANSITION: a bag still in storage, or one disposed of already', async () => {
    const stored = await checkIn();
    const early = await expectDomainError(disposal.dispose({ id: stored.id, to: DisposalTarget.LostProperty, note: 'too early' }, supervisor));
    expect(early).toMatchObject({ code: ErrorCode.InvalidTransition, details: { status: 'STORED' } });
    expect((await read(stored.id)).status).toBe('STORED');

    const bag = await unclaimedDeposit();
    await disposal.dispose({ id: bag.id, to: DisposalTarget.LostProperty, note: '失物招领处' }, supervisor);
    const twice = await expectDomainError(disposal.dispose({ id: bag.id, to: DisposalTarget.Security, note: 'again' }, supervisor));
    expect(twice).toMatchObject({ code: ErrorCode.InvalidTransition, details: { status: 'DISPOSED' } });
    expect(await read(bag.id)).toMatchObject({ disposal_to: 'LOST_PROPERTY', disposal_note: '失物招领处' });
  });

  it('lets exactly one of two supervisors disposing at once succeed', async () => {
    const bag = await unclaimedDeposit();
    const results = await Promise.allSettled([
      disposal.dispose({ id: bag.id, to: DisposalTarget.Security, note: 'first' }, supervisor),
      disposal.dispose({ id: bag.id, to: DisposalTarget.LostProperty, note: 'second' }, { ...supervisor, id: 'user-supervisor-2' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { code: ErrorCode.InvalidTransition } });
    expect((await service.outbox(bag.id)).filter((r) => r.envelope.type === 'deposit.disposed')).toHaveLength(1);
  });

  it('answers 404 DEPOSIT_NOT_FOUND for an unknown deposit', async () => {
    const error = await expectDomainError(disposal.dispose({ id: randomUUID(), to: DisposalTarget.Security, note: 'x' }, supervisor));
    expect(error.code).toBe(ErrorCode.DepositNotFound);
  });

  it('is not undone by the sweep: a disposed deposit stays DISPOSED', async () => {
    const bag = await unclaimedDeposit();
    await disposal.dispose({ id: bag.id, to: DisposalTarget.Security, note: 'x' }, supervisor);
    await sweep.sweep(new Date(Date.now() + 30 * 24 * 60 * 60 * 1000));
    expect((await read(bag.id)).status).toBe(DepositStatus.Disposed);
  });
});

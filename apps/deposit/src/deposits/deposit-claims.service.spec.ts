import {
  ClaimMethod,
  DepositLockedV1,
  DepositReleasedV1,
  DepositStatus,
  DepositTicketDto,
  Desk,
  ErrorCode,
  Role,
} from '@hospital/contracts';
import { actors, eventually } from '@hospital/testing';
import { expectDomainError, ServiceUnderTest } from '@hospital/service-testing';
import { Client } from 'pg';
import { startDepositUnderTest } from '../service.spec-helper';
import { DepositCheckInService } from './deposit-check-in.service';
import { DepositClaimsService } from './deposit-claims.service';
import { aCheckIn, clerk, ID_LI, ID_WANG, otherClerk, supervisor } from './deposit.spec-helper';

interface Row {
  status: DepositStatus;
  wrong_code_count: number;
  claim_method: ClaimMethod | null;
  released_by: string | null;
  claimed_by_name: string | null;
  approved_by: string | null;
  locked_at: Date | null;
}

describe('DepositClaimsService (the whole deposit service in-process: real Postgres, NATS)', () => {
  let service: ServiceUnderTest;
  let checkIns: DepositCheckInService;
  let claims: DepositClaimsService;

  beforeAll(async () => {
    service = await startDepositUnderTest({ config: { maxWrongCodes: 5 } });
    checkIns = service.app.get(DepositCheckInService);
    claims = service.app.get(DepositClaimsService);
  });

  afterAll(() => service.stop());

  const checkIn = (desk = Desk.InpatientLobby): Promise<DepositTicketDto> => checkIns.checkIn(aCheckIn({ desk }), clerk);
  const row = async (id: string): Promise<Row> => ((await service.query(`SELECT * FROM "deposit"."deposits" WHERE "id" = $1`, [id])) as Row[])[0];
  const events = async (id: string) => (await service.outbox(id)).map((e) => e.envelope.type);
  const withCode = (ticket: DepositTicketDto, pickupCode = ticket.pickupCode) => ({ id: ticket.id, method: ClaimMethod.PickupCode, pickupCode });
  const wrongCode = (code: string) => (code.startsWith('A') ? 'B' : 'A') + code.slice(1);

  describe('with the pickup code', () => {
    it('releases the deposit and emits deposit.released without personal data; the tag is free again', async () => {
      const ticket = await checkIn(Desk.Emergency);
      const released = await claims.claim(withCode(ticket), clerk);
      expect(released).toMatchObject({ status: 'RELEASED', claimMethod: 'PICKUP_CODE', releasedBy: clerk.id, approvedBy: null });

      const [, event] = await service.outbox<DepositReleasedV1>(ticket.id);
      expect(event.envelope.payload).toEqual({
        id: ticket.id,
        ticketNo: ticket.ticketNo,
        desk: Desk.Emergency,
        tagNo: ticket.tagNo,
        method: ClaimMethod.PickupCode,
        clerkId: clerk.id,
        approvedBy: null,
        at: released.releasedAt,
      });
      expect(JSON.stringify(event.envelope)).not.toMatch(/王小明|13812341234|11010519491231002X/);
      expect((await checkIn(Desk.Emergency)).tagNo).toBe(ticket.tagNo);
    });

    it('accepts the code typed in lower case', async () => {
      const ticket = await checkIn();
      expect((await claims.claim(withCode(ticket, ticket.pickupCode.toLowerCase()), clerk)).status).toBe(DepositStatus.Released);
    });

    it('refuses a wrong code with 403 CLAIM_REFUSED and counts it, although nothing was released', async () => {
      const ticket = await checkIn();
      const error = await expectDomainError(claims.claim(withCode(ticket, wrongCode(ticket.pickupCode)), clerk));
      expect(error.code).toBe(ErrorCode.ClaimRefused);
      expect(error.details).toMatchObject({ attemptsLeft: 4, locked: false });
      expect(await row(ticket.id)).toMatchObject({ status: DepositStatus.Stored, wrong_code_count: 1, released_by: null });
    });

    it('locks the deposit at the fifth wrong code: 423 afterwards, even with the right code, until a supervisor unlocks it', async () => {
      const ticket = await checkIn();
      const bad = withCode(ticket, wrongCode(ticket.pickupCode));
      for (let i = 1; i <= 4; i++) expect((await expectDomainError(claims.claim(bad, clerk))).code).toBe(ErrorCode.ClaimRefused);
      const fifth = await expectDomainError(claims.claim(bad, clerk));
      expect(fifth.code).toBe(ErrorCode.ClaimRefused);
      expect(fifth.message).toContain('now locked');
      expect(await row(ticket.id)).toMatchObject({ status: DepositStatus.Locked, wrong_code_count: 5 });
      expect((await row(ticket.id)).locked_at).toBeInstanceOf(Date);

      const [locked] = (await service.outbox<DepositLockedV1>(ticket.id)).filter((e) => e.envelope.type === 'deposit.locked');
      expect(locked.envelope.payload).toMatchObject({ id: ticket.id, ticketNo: ticket.ticketNo, tagNo: ticket.tagNo, wrongAttempts: 5 });

      expect((await expectDomainError(claims.claim(withCode(ticket), clerk))).code).toBe(ErrorCode.DepositLocked);
      expect((await row(ticket.id)).wrong_code_count).toBe(5);

      expect((await expectDomainError(claims.unlock({ id: ticket.id }, clerk))).code).toBe(ErrorCode.SupervisorRequired);
      const unlocked = await claims.unlock({ id: ticket.id }, supervisor);
      expect(unlocked).toMatchObject({ status: 'STORED', wrongCodeCount: 0, unlockedBy: supervisor.id });
      expect(unlocked.lockedAt).not.toBeNull();
      expect((await claims.claim(withCode(ticket), clerk)).status).toBe(DepositStatus.Released);
    });

    it('refuses to unlock a deposit that is not locked', async () => {
      const ticket = await checkIn();
      expect((await expectDomainError(claims.unlock({ id: ticket.id }, supervisor))).code).toBe(ErrorCode.InvalidTransition);
    });
  });

  describe('after a lost ticket', () => {
    it('kills the code: the right code is refused once the loss is reported', async () => {
      const ticket = await checkIn();
      const reported = await claims.reportLost({ id: ticket.id }, clerk);
      expect(reported).toMatchObject({ status: 'TICKET_LOST', lostReportedBy: clerk.id });
      expect(await events(ticket.id)).toEqual(['deposit.checked-in', 'deposit.lost-reported']);

      const error = await expectDomainError(claims.claim(withCode(ticket), clerk));
      expect(error.code).toBe(ErrorCode.ClaimRefused);
      expect(error.message).toContain('reported lost');
      expect((await row(ticket.id)).status).toBe(DepositStatus.TicketLost);
    });

    it('releases on the depositor’s ID number and the clerk’s confirmation of the description', async () => {
      const ticket = await checkIn();
      await claims.reportLost({ id: ticket.id }, clerk);
      const lostTicket = { id: ticket.id, method: ClaimMethod.LostTicket, idNumber: ID_WANG };

      const unconfirmed = await expectDomainError(claims.claim({ ...lostTicket, descriptionConfirmed: false }, clerk));
      expect(unconfirmed.code).toBe(ErrorCode.BusinessRule);
      expect(unconfirmed.details?.errors).toEqual([{ field: 'descriptionConfirmed', message: 'descriptionConfirmed must be true' }]);
      expect((await expectDomainError(claims.claim(lostTicket, clerk))).code).toBe(ErrorCode.BusinessRule);
      expect((await row(ticket.id)).wrong_code_count).toBe(0);

      const released = await claims.claim({ ...lostTicket, idNumber: ID_WANG.toLowerCase(), descriptionConfirmed: true }, clerk);
      expect(released).toMatchObject({ status: 'RELEASED', claimMethod: 'LOST_TICKET' });
    });

    it('refuses someone else’s ID number with 403 and counts it like a wrong code', async () => {
      const ticket = await checkIn();
      await claims.reportLost({ id: ticket.id }, clerk);
      const error = await expectDomainError(
        claims.claim({ id: ticket.id, method: ClaimMethod.LostTicket, idNumber: ID_LI, descriptionConfirmed: true }, clerk),
      );
      expect(error.code).toBe(ErrorCode.ClaimRefused);
      expect(await row(ticket.id)).toMatchObject({ status: DepositStatus.TicketLost, wrong_code_count: 1 });
    });

    it('goes back to TICKET_LOST when a supervisor unlocks it', async () => {
      const ticket = await checkIn();
      await claims.reportLost({ id: ticket.id }, clerk);
      const bad = { id: ticket.id, method: ClaimMethod.LostTicket, idNumber: ID_LI, descriptionConfirmed: true };
      for (let i = 0; i < 5; i++) await expectDomainError(claims.claim(bad, clerk));
      expect((await row(ticket.id)).status).toBe(DepositStatus.Locked);
      expect((await claims.unlock({ id: ticket.id }, supervisor)).status).toBe(DepositStatus.TicketLost);
    });

    it('needs the report first: a lost-ticket claim on a stored deposit is 409', async () => {
      const ticket = await checkIn();
      const error = await expectDomainError(
        claims.claim({ id: ticket.id, method: ClaimMethod.LostTicket, idNumber: ID_WANG, descriptionConfirmed: true }, clerk),
      );
      expect(error.code).toBe(ErrorCode.InvalidTransition);
    });
  });

  describe('by proxy', () => {
    const proxy = (ticket: DepositTicketDto, idNumber = ID_WANG) => ({
      id: ticket.id,
      method: ClaimMethod.Proxy,
      pickupCode: ticket.pickupCode,
      idNumber,
      proxyName: '李四',
    });

    it('refuses a clerk with 403 SUPERVISOR_REQUIRED, counting nothing', async () => {
      const ticket = await checkIn();
      expect((await expectDomainError(claims.claim(proxy(ticket), clerk))).code).toBe(ErrorCode.SupervisorRequired);
      const admin = actors.user(Role.Admin);
      expect((await expectDomainError(claims.claim(proxy(ticket), admin))).code).toBe(ErrorCode.SupervisorRequired);
      expect(await row(ticket.id)).toMatchObject({ status: DepositStatus.Stored, wrong_code_count: 0 });
    });

    it('refuses a supervisor when the depositor’s ID number does not match, and counts it', async () => {
      const ticket = await checkIn();
      const error = await expectDomainError(claims.claim(proxy(ticket, ID_LI), supervisor));
      expect(error.code).toBe(ErrorCode.ClaimRefused);
      expect((await row(ticket.id)).wrong_code_count).toBe(1);
    });

    it('releases when a supervisor makes it, recording the supervisor as approver and the proxy’s name', async () => {
      const ticket = await checkIn();
      const released = await claims.claim(proxy(ticket), supervisor);
      expect(released).toMatchObject({ status: 'RELEASED', claimMethod: 'PROXY', claimedByName: '李四', approvedBy: supervisor.id });
      expect(await row(ticket.id)).toMatchObject({ claim_method: 'PROXY', claimed_by_name: '李四', approved_by: supervisor.id });
      const [, event] = await service.outbox<DepositReleasedV1>(ticket.id);
      expect(event.envelope.payload).toMatchObject({ method: 'PROXY', approvedBy: supervisor.id, clerkId: supervisor.id });
      expect(JSON.stringify(event.envelope)).not.toContain('李四');
    });
  });

  describe('races and the end of a deposit', () => {
    it('lets exactly one of two clerks releasing the same deposit at once succeed; the other gets 409', async () => {
      const ticket = await checkIn();
      // Hold the row from outside until both claims are in flight, so they truly overlap.
      const blocker = new Client({ connectionString: service.db.url });
      await blocker.connect();
      await blocker.query('BEGIN');
      await blocker.query(`SELECT 1 FROM "deposit"."deposits" WHERE "id" = $1 FOR UPDATE`, [ticket.id]);
      const racing = Promise.allSettled([claims.claim(withCode(ticket), clerk), claims.claim(withCode(ticket), otherClerk)]);
      await eventually('both claims waiting on the deposit row', async () => {
        const [{ n }] = (await service.query(
          `SELECT count(*) AS n FROM pg_stat_activity WHERE "datname" = current_database() AND "wait_event_type" = 'Lock'`,
        )) as { n: string }[];
        return Number(n) >= 2;
      });
      await blocker.query('COMMIT');
      await blocker.end();

      const outcomes = await racing;
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      const [refused] = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
      expect(refused.reason).toMatchObject({ code: ErrorCode.InvalidTransition });
      expect((await events(ticket.id)).filter((t) => t === 'deposit.released')).toHaveLength(1);
    });

    it.each([DepositStatus.Released, DepositStatus.Unclaimed, DepositStatus.Disposed])('refuses to release a %s deposit with 409', async (status) => {
      const ticket = await checkIn();
      await service.query(`UPDATE "deposit"."deposits" SET "status" = $2 WHERE "id" = $1`, [ticket.id, status]);
      const error = await expectDomainError(claims.claim(withCode(ticket), clerk));
      expect(error.code).toBe(ErrorCode.InvalidTransition);
      expect((await row(ticket.id)).status).toBe(status);
    });

    it('answers 404 for a deposit that does not exist', async () => {
      const error = await expectDomainError(claims.claim({ id: '00000000-0000-4000-8000-000000000000', method: ClaimMethod.PickupCode, pickupCode: 'ABCDEFGH' }, clerk));
      expect(error.code).toBe(ErrorCode.DepositNotFound);
    });
  });
});

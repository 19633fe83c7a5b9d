import {
  DepositEvents,
  Desk,
  EquipmentUnitStatus,
  ErrorCode,
  LedgerEntryKind,
  LoanDto,
  LoanOpenedV1,
  LoanPatterns,
  LoanReturnedV1,
  LoanStatusFilter,
  OpenLoanDto,
  PaymentMethod,
  Role,
} from '@hospital/contracts';
import { idempotentRequest } from '@hospital/platform';
import { expectDomainError, ServiceUnderTest } from '@hospital/service-testing';
import { actors, freezeDateAt } from '@hospital/testing';
import { startDepositUnderTest } from '../service.spec-helper';
import { LedgerQueryService } from '../ledger/ledger-query.service';
import { LoansQueryService } from './loans-query.service';
import { LoansService } from './loans.service';

const clerk = actors.user(Role.DeskClerk, { id: 'user-clerk-zhang' });
const otherClerk = actors.user(Role.DeskClerk, { id: 'user-clerk-li' });
const supervisor = actors.user(Role.Supervisor);

const ID_NUMBER = '11010119900307123X';
const borrower = { name: '王小明', phone: '13812341234', idNumber: ID_NUMBER };
const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

describe('LoansService (the deposit service in-process: real Postgres, NATS)', () => {
  let service: ServiceUnderTest;
  let loans: LoansService;
  let queries: LoansQueryService;

  const unitId = async (code: string) => (await service.query<{ id: string }[]>(`SELECT "id" FROM "deposit"."equipment_units" WHERE "code" = $1`, [code]))[0].id;
  const unitStatus = async (code: string) =>
    (await service.query<{ status: string }[]>(`SELECT "status" FROM "deposit"."equipment_units" WHERE "code" = $1`, [code]))[0].status;
  const ledgerOf = (loanId: string) =>
    service.query<{ kind: string; amount_fen: number; payment_method: string; clerk_id: string; desk: string }[]>(
      `SELECT "kind", "amount_fen", "payment_method", "clerk_id", "desk" FROM "deposit"."ledger_entries" WHERE "loan_id" = $1 ORDER BY "id"`,
      [loanId],
    );
  const lend = async (code: string, overrides: Partial<OpenLoanDto> = {}, actor = clerk): Promise<LoanDto> =>
    loans.open({ unitId: await unitId(code), borrower, dueBackAt: inHours(4), ...overrides }, actor);

  beforeAll(async () => {
    // The sweeps' timers stay far off (an hour): no sweep flags a loan while a test looks at it.
    service = await startDepositUnderTest({ config: { sweepEveryMs: 3_600_000 }, env: { SEED_DEMO: 'true' } });
    loans = service.app.get(LoansService);
    queries = service.app.get(LoansQueryService);
  });

  afterAll(() => service.stop());

  describe('a wheelchair lent and returned with a ¥50 damage deduction (the surgery lobby’s whole day)', () => {
    let loan: LoanDto;

    // Lent, returned and reconciled on one frozen instant: the day cannot turn between lending and the ledger's today.
    beforeAll(() => freezeDateAt('2001-05-10T02:00:00Z'));
    afterAll(() => jest.useRealTimers());

    it('takes the configured ¥200 deposit in cash, marks the unit LENT and writes DEPOSIT_TAKEN 20000', async () => {
      loan = await lend('SL-WC-01');
      expect(loan).toMatchObject({
        unitCode: 'SL-WC-01',
        type: 'WHEELCHAIR',
        desk: Desk.SurgeryLobby,
        status: 'OPEN',
        depositFen: 20000,
        defaultDepositFen: 20000,
        paymentMethod: PaymentMethod.Cash,
        openedBy: clerk.id,
        overdue: false,
        returnedAt: null,
      });
      expect(await unitStatus('SL-WC-01')).toBe(EquipmentUnitStatus.Lent);
      expect(await ledgerOf(loan.id)).toEqual([
        { kind: 'DEPOSIT_TAKEN', amount_fen: 20000, payment_method: 'CASH', clerk_id: clerk.id, desk: Desk.SurgeryLobby },
      ]);
    });

    it('refunds ¥150 and keeps ¥50 with its reason: REFUND −15000 and DEDUCTION 5000 in the same transaction as the return', async () => {
      const returned = await loans.returnLoan({ id: loan.id, damageDeductionFen: 5000, deductionReason: '扶手断裂' }, clerk);
      expect(returned).toMatchObject({
        status: 'RETURNED',
        deductionFen: 5000,
        deductionReason: '扶手断裂',
        refundFen: 15000,
        refundMethod: PaymentMethod.Cash,
        unitStatusAfterReturn: 'AVAILABLE',
        returnedBy: clerk.id,
        overdue: false,
        overdueAt: null,
      });
      expect(await unitStatus('SL-WC-01')).toBe(EquipmentUnitStatus.Available);
      expect((await ledgerOf(loan.id)).map((e) => [e.kind, e.amount_fen, e.payment_method])).toEqual([
        ['DEPOSIT_TAKEN', 20000, 'CASH'],
        ['REFUND', -15000, 'CASH'],
        ['DEDUCTION', 5000, 'CASH'],
      ]);
    });

    it('balances the day to the fen: taken 20000, refunded 15000, kept 5000, net cash in the drawer 5000', async () => {
      const day = await service.app.get(LedgerQueryService).day({ desk: Desk.SurgeryLobby }, supervisor);
      const figures = { takenFen: 20000, refundedFen: 15000, keptFen: 5000, netFen: 5000, netCashExpectedFen: 5000 };
      expect(day.total).toEqual(figures);
      expect(day.desks).toEqual([{ desk: Desk.SurgeryLobby, ...figures }]);
      expect(day.clerks).toEqual([{ desk: Desk.SurgeryLobby, clerkId: clerk.id, ...figures }]);
      expect(day.lines).toEqual([{ desk: Desk.SurgeryLobby, clerkId: clerk.id, paymentMethod: PaymentMethod.Cash, ...figures }]);
      expect(day.entries.map((e) => [e.kind, e.amountFen, e.loanId])).toEqual([
        [LedgerEntryKind.DepositTaken, 20000, loan.id],
        [LedgerEntryKind.Refund, -15000, loan.id],
        [LedgerEntryKind.Deduction, 5000, loan.id],
      ]);
    });

    it('announces both steps in the outbox with the money and the unit, and nothing about the borrower', async () => {
      const events = await service.outbox<LoanOpenedV1 | LoanReturnedV1>(loan.id);
      expect(events.map((e) => e.envelope.type)).toEqual([DepositEvents.loanOpened, DepositEvents.loanReturned]);
      expect(events[0].envelope.payload).toEqual({
        loanId: loan.id,
        unitId: loan.unitId,
        unitCode: 'SL-WC-01',
        type: 'WHEELCHAIR',
        desk: Desk.SurgeryLobby,
        depositFen: 20000,
        clerkId: clerk.id,
        dueBackAt: loan.dueBackAt,
        at: loan.openedAt,
      });
      expect(events[1].envelope.payload).toMatchObject({ loanId: loan.id, depositFen: 20000, deductionFen: 5000, refundFen: 15000, overdue: false, clerkId: clerk.id });
      for (const { envelope } of events) {
        const text = JSON.stringify(envelope);
        for (const personal of [borrower.name, borrower.phone, ID_NUMBER, ID_NUMBER.slice(-4)]) expect(text).not.toContain(personal);
      }
    });

    it('refuses to take it back twice with 409 INVALID_TRANSITION, writing nothing more', async () => {
      const error = await expectDomainError(loans.returnLoan({ id: loan.id }, otherClerk));
      expect(error.code).toBe(ErrorCode.InvalidTransition);
      expect(await ledgerOf(loan.id)).toHaveLength(3);
    });
  });

  it('lends an umbrella without a deposit and writes no money entry, out or back', async () => {
    const loan = await lend('IP-UB-01', { paymentMethod: PaymentMethod.WechatPay });
    expect(loan).toMatchObject({ depositFen: 0, defaultDepositFen: 0, paymentMethod: null });
    const returned = await loans.returnLoan({ id: loan.id }, clerk);
    expect(returned).toMatchObject({ refundFen: 0, deductionFen: 0, refundMethod: null });
    expect(await ledgerOf(loan.id)).toEqual([]);
  });

  it('takes a deposit the clerk names instead of the default, keeping the default for audit, and refunds by another method when asked', async () => {
    const loan = await lend('IP-FC-01', { depositFen: 30000, paymentMethod: PaymentMethod.Alipay });
    expect(loan).toMatchObject({ depositFen: 30000, defaultDepositFen: 50000, paymentMethod: PaymentMethod.Alipay });
    await loans.returnLoan({ id: loan.id, refundMethod: PaymentMethod.Cash, unitStatus: EquipmentUnitStatus.Maintenance }, otherClerk);
    expect((await ledgerOf(loan.id)).map((e) => [e.kind, e.amount_fen, e.payment_method, e.clerk_id])).toEqual([
      ['DEPOSIT_TAKEN', 30000, 'ALIPAY', clerk.id],
      ['REFUND', -30000, 'CASH', otherClerk.id],
    ]);
    // Back in maintenance: it cannot go out again until a supervisor puts it back in service.
    expect(await unitStatus('IP-FC-01')).toBe(EquipmentUnitStatus.Maintenance);
    expect((await expectDomainError(lend('IP-FC-01'))).code).toBe(ErrorCode.UnitUnavailable);
  });

  describe('refusals that leave the loan open and the ledger untouched', () => {
    let loan: LoanDto;
    beforeAll(async () => {
      loan = await lend('IP-WC-01');
    });

    it('a deduction above the deposit: 422 naming damageDeductionFen', async () => {
      const error = await expectDomainError(loans.returnLoan({ id: loan.id, damageDeductionFen: 20001, deductionReason: '丢失' }, clerk));
      expect(error).toMatchObject({ code: ErrorCode.BusinessRule, details: { errors: [{ field: 'damageDeductionFen' }] } });
    });

    it('a deduction without a reason: 422 naming deductionReason', async () => {
      const error = await expectDomainError(loans.returnLoan({ id: loan.id, damageDeductionFen: 100 }, clerk));
      expect(error).toMatchObject({ code: ErrorCode.BusinessRule, details: { errors: [{ field: 'deductionReason' }] } });
    });

    it('after both, the loan is still open with only its deposit in the ledger', async () => {
      expect((await queries.get(loan.id, clerk)).status).toBe('OPEN');
      expect(await ledgerOf(loan.id)).toHaveLength(1);
    });
  });

  it('keeps the whole deposit when the deduction equals it, with no refund entry', async () => {
    const loan = await lend('ER-WC-01');
    const returned = await loans.returnLoan({ id: loan.id, damageDeductionFen: 20000, deductionReason: '轮椅丢失', unitStatus: EquipmentUnitStatus.Lost }, clerk);
    expect(returned).toMatchObject({ refundFen: 0, deductionFen: 20000, refundMethod: null, unitStatusAfterReturn: 'LOST' });
    expect((await ledgerOf(loan.id)).map((e) => [e.kind, e.amount_fen])).toEqual([
      ['DEPOSIT_TAKEN', 20000],
      ['DEDUCTION', 20000],
    ]);
    expect(await unitStatus('ER-WC-01')).toBe(EquipmentUnitStatus.Lost);
  });

  it('refuses a due-back time in the past with 422 naming dueBackAt, and a unit that does not exist with 404', async () => {
    const past = await expectDomainError(lend('ER-WC-02', { dueBackAt: new Date(Date.now() - 60_000).toISOString() }));
    expect(past).toMatchObject({ code: ErrorCode.BusinessRule, details: { errors: [{ field: 'dueBackAt' }] } });
    expect(await unitStatus('ER-WC-02')).toBe(EquipmentUnitStatus.Available);
    const missing = await expectDomainError(loans.open({ unitId: '00000000-0000-4000-8000-000000000000', borrower, dueBackAt: inHours(1) }, clerk));
    expect(missing.code).toBe(ErrorCode.EquipmentNotFound);
  });

  it('lends one unit once when five clerks try at the same moment: one loan, four 409 UNIT_UNAVAILABLE, one deposit taken', async () => {
    const id = await unitId('ER-AC-01');
    const outcomes = await Promise.allSettled(
      Array.from({ length: 5 }, (_, i) =>
        loans.open({ unitId: id, borrower: { ...borrower, name: `借用人${i}` }, dueBackAt: inHours(2) }, actors.user(Role.DeskClerk, { id: `user-clerk-${i}` })),
      ),
    );
    const won = outcomes.filter((o): o is PromiseFulfilledResult<LoanDto> => o.status === 'fulfilled');
    const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost.map((o) => (o.reason as { code: string }).code)).toEqual(Array(4).fill(ErrorCode.UnitUnavailable));
    const [{ n }] = await service.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM "deposit"."ledger_entries" e JOIN "deposit"."loans" l ON l."id" = e."loan_id" WHERE l."unit_id" = $1`,
      [id],
    );
    expect(n).toBe(1);
  });

  it('flags a late return as overdue on the loan and in the event', async () => {
    const loan = await lend('ER-WC-03');
    await service.query(`UPDATE "deposit"."loans" SET "due_back_at" = now() - interval '1 hour' WHERE "id" = $1`, [loan.id]);
    const returned = await loans.returnLoan({ id: loan.id }, clerk);
    expect(returned.overdue).toBe(true);
    expect(returned.overdueAt).toBe(returned.returnedAt);
    const [, event] = await service.outbox<LoanReturnedV1>(loan.id);
    expect(event.envelope.payload).toMatchObject({ overdue: true, refundFen: 20000 });
  });

  it('masks the borrower for a desk clerk, shows them to a supervisor, and never keeps more of the ID than its last four', async () => {
    const request = { unitId: await unitId('ER-FC-01'), borrower, dueBackAt: inHours(3) };
    const loan = await loans.open(request, clerk, idempotentRequest('idem-key-borrower-privacy', LoanPatterns.open, clerk, request));
    expect(loan.borrower).toEqual({ name: '王**', phone: '138****1234', idLast4: '123X' });
    expect((await queries.get(loan.id, supervisor)).borrower).toEqual({ name: '王小明', phone: '13812341234', idLast4: '123X' });

    const [row] = await service.query<{ borrower_id_hash: string }[]>(`SELECT "borrower_id_hash" FROM "deposit"."loans" WHERE "id" = $1`, [loan.id]);
    expect(row.borrower_id_hash).toMatch(/^[0-9a-f]{64}$/);
    // Every table of the schema (loans, ledger, outbox, remembered idempotent responses, ...), every column.
    const tables = await service.query<{ table_name: string }[]>(
      `SELECT "table_name" FROM information_schema.tables WHERE "table_schema" = 'deposit' AND "table_type" = 'BASE TABLE'`,
    );
    for (const { table_name: table } of tables) {
      const [{ n }] = await service.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM "deposit"."${table}" t WHERE upper(t::text) LIKE $1`, [`%${ID_NUMBER}%`]);
      expect({ table, n }).toEqual({ table, n: 0 });
    }
  });

  it('lists loans by status and desk, newest first', async () => {
    const open = await lend('IP-AC-01');
    const late = await lend('IP-AC-02');
    await service.query(`UPDATE "deposit"."loans" SET "due_back_at" = now() - interval '1 minute' WHERE "id" = $1`, [late.id]);
    const ids = async (status: LoanStatusFilter) => (await queries.list({ desk: Desk.InpatientLobby, status, limit: 100 }, clerk)).items.map((l) => l.id);

    const openIds = await ids(LoanStatusFilter.Open);
    expect(openIds.slice(0, 2)).toEqual([late.id, open.id]);
    expect(await ids(LoanStatusFilter.Overdue)).toEqual([late.id]);
    const returnedIds = await ids(LoanStatusFilter.Returned);
    expect(returnedIds).not.toContain(open.id);
    expect(returnedIds.length).toBeGreaterThan(0);
    const surgery = await queries.list({ desk: Desk.SurgeryLobby, limit: 100 }, clerk);
    expect(surgery.items.every((l) => l.desk === Desk.SurgeryLobby)).toBe(true);
  });
});

import { Actor, Desk, EquipmentType, LedgerFiguresDto, PaymentMethod, Role } from '@hospital/contracts';
import { ServiceUnderTest } from '@hospital/service-testing';
import { actors, freezeDateAt } from '@hospital/testing';
import { startDepositUnderTest } from '../service.spec-helper';
import { EquipmentService } from '../equipment/equipment.service';
import { LoansService } from '../equipment/loans.service';
import { LedgerQueryService } from './ledger-query.service';

const supervisor = actors.user(Role.Supervisor);
const clerkA = actors.user(Role.DeskClerk, { id: 'user-clerk-a' });
const clerkB = actors.user(Role.DeskClerk, { id: 'user-clerk-b' });

const figures = (takenFen: number, refundedFen: number, keptFen: number, netCashExpectedFen: number): LedgerFiguresDto => ({
  takenFen,
  refundedFen,
  keptFen,
  netFen: takenFen - refundedFen,
  netCashExpectedFen,
});

describe('LedgerQueryService and the ledger table (real Postgres)', () => {
  let service: ServiceUnderTest;
  let ledger: LedgerQueryService;
  let loanId: string;

  /** Entries as the loans would write them, at chosen instants (INSERT is the one thing the table allows). */
  const insert = (at: string, kind: string, amountFen: number, method: PaymentMethod, desk: Desk, clerk: Actor) =>
    service.query(
      `INSERT INTO "deposit"."ledger_entries" ("kind", "amount_fen", "payment_method", "desk", "clerk_id", "at", "loan_id") VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [kind, amountFen, method, desk, clerk.id, at, loanId],
    );

  beforeAll(async () => {
    service = await startDepositUnderTest({ env: { TZ_HOSPITAL: 'Asia/Shanghai' } });
    ledger = service.app.get(LedgerQueryService);
    const unit = await service.app.get(EquipmentService).add({ code: 'IP-UB-99', type: EquipmentType.Umbrella, desk: Desk.InpatientLobby }, supervisor);
    // An umbrella: a loan to hang entries on, writing none itself.
    const loan = await service.app
      .get(LoansService)
      .open({ unitId: unit.id, borrower: { name: '周七', phone: '13600000000', idNumber: '440101199912311234' }, dueBackAt: new Date(Date.now() + 3_600_000).toISOString() }, clerkA);
    loanId = loan.id;

    // 15 January 2026 in Shanghai is [14 Jan 16:00Z, 15 Jan 16:00Z).
    await insert('2026-01-14T23:59:59.999+08:00', 'DEPOSIT_TAKEN', 99900, PaymentMethod.Cash, Desk.InpatientLobby, clerkA);
    await insert('2026-01-15T00:00:00+08:00', 'DEPOSIT_TAKEN', 20000, PaymentMethod.Cash, Desk.InpatientLobby, clerkA);
    await insert('2026-01-15T09:00:00+08:00', 'DEPOSIT_TAKEN', 50000, PaymentMethod.WechatPay, Desk.InpatientLobby, clerkA);
    await insert('2026-01-15T15:00:00+08:00', 'REFUND', -15000, PaymentMethod.Cash, Desk.InpatientLobby, clerkB);
    await insert('2026-01-15T15:00:00+08:00', 'DEDUCTION', 5000, PaymentMethod.Cash, Desk.InpatientLobby, clerkB);
    await insert('2026-01-15T23:59:59.999+08:00', 'REFUND', -50000, PaymentMethod.WechatPay, Desk.SurgeryLobby, clerkB);
    await insert('2026-01-16T00:00:00+08:00', 'DEPOSIT_TAKEN', 77700, PaymentMethod.Cash, Desk.InpatientLobby, clerkA);
  });

  afterAll(() => service.stop());

  it('reconciles a hospital day (in the hospital’s zone) per desk, clerk and payment method; the drawer’s cash counts CASH only', async () => {
    const day = await ledger.day({ date: '2026-01-15' }, supervisor);
    expect(day).toMatchObject({ date: '2026-01-15', timeZone: 'Asia/Shanghai', from: '2026-01-14T16:00:00.000Z', to: '2026-01-15T16:00:00.000Z', desk: null, clerkId: null });
    expect(day.total).toEqual(figures(70000, 65000, 5000, 5000));
    expect(day.desks).toEqual([
      { desk: Desk.InpatientLobby, ...figures(70000, 15000, 5000, 5000) },
      { desk: Desk.SurgeryLobby, ...figures(0, 50000, 0, 0) },
    ]);
    expect(day.clerks).toEqual([
      { desk: Desk.InpatientLobby, clerkId: clerkA.id, ...figures(70000, 0, 0, 20000) },
      { desk: Desk.InpatientLobby, clerkId: clerkB.id, ...figures(0, 15000, 5000, -15000) },
      { desk: Desk.SurgeryLobby, clerkId: clerkB.id, ...figures(0, 50000, 0, 0) },
    ]);
    expect(day.lines).toEqual([
      { desk: Desk.InpatientLobby, clerkId: clerkA.id, paymentMethod: PaymentMethod.Cash, ...figures(20000, 0, 0, 20000) },
      { desk: Desk.InpatientLobby, clerkId: clerkA.id, paymentMethod: PaymentMethod.WechatPay, ...figures(50000, 0, 0, 0) },
      { desk: Desk.InpatientLobby, clerkId: clerkB.id, paymentMethod: PaymentMethod.Cash, ...figures(0, 15000, 5000, -15000) },
      { desk: Desk.SurgeryLobby, clerkId: clerkB.id, paymentMethod: PaymentMethod.WechatPay, ...figures(0, 50000, 0, 0) },
    ]);
    expect(day.entries.map((e) => e.amountFen)).toEqual([20000, 50000, -15000, 5000, -50000]);
  });

  it('narrows to one desk, and shows a desk clerk only the money they handled', async () => {
    const surgery = await ledger.day({ date: '2026-01-15', desk: Desk.SurgeryLobby }, supervisor);
    expect(surgery.total).toEqual(figures(0, 50000, 0, 0));
    expect(surgery.entries).toHaveLength(1);

    const own = await ledger.day({ date: '2026-01-15' }, clerkA);
    expect(own.clerkId).toBe(clerkA.id);
    expect(own.total).toEqual(figures(70000, 0, 0, 20000));
    expect(own.clerks.map((c) => c.clerkId)).toEqual([clerkA.id]);
    expect(own.entries.every((e) => e.clerkId === clerkA.id)).toBe(true);
  });

  it('answers an empty day with zeros, and without a date takes the hospital’s today', async () => {
    const empty = await ledger.day({ date: '2025-06-01' }, supervisor);
    expect(empty.total).toEqual(figures(0, 0, 0, 0));
    expect(empty).toMatchObject({ desks: [], clerks: [], lines: [], entries: [] });
    // 17:30 UTC is already the next day in Shanghai; frozen, so the day cannot turn between the two readings.
    freezeDateAt('2001-03-15T17:30:00Z');
    try {
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
      expect((await ledger.day({}, supervisor)).date).toBe(today);
    } finally {
      jest.useRealTimers();
    }
  });

  it('refuses to change, delete or truncate any entry: the trigger raises and the row stays as written', async () => {
    const [entry] = await service.query<{ id: string; amount_fen: number }[]>(
      `SELECT "id", "amount_fen" FROM "deposit"."ledger_entries" ORDER BY "id" LIMIT 1`,
    );
    await expect(service.query(`UPDATE "deposit"."ledger_entries" SET "amount_fen" = 1 WHERE "id" = $1`, [entry.id])).rejects.toThrow(
      /ledger entries are immutable: UPDATE refused/,
    );
    await expect(service.query(`DELETE FROM "deposit"."ledger_entries" WHERE "id" = $1`, [entry.id])).rejects.toThrow(
      /ledger entries are immutable: DELETE refused/,
    );
    await expect(service.query(`TRUNCATE "deposit"."ledger_entries"`)).rejects.toThrow(/ledger entries are immutable: TRUNCATE refused/);
    const [after] = await service.query<{ amount_fen: number }[]>(`SELECT "amount_fen" FROM "deposit"."ledger_entries" WHERE "id" = $1`, [entry.id]);
    expect(after.amount_fen).toBe(entry.amount_fen);
  });

  it('refuses an entry whose sign contradicts its kind', async () => {
    await expect(insert('2026-01-15T10:00:00+08:00', 'REFUND', 15000, PaymentMethod.Cash, Desk.InpatientLobby, clerkB)).rejects.toThrow(/ledger_entries_sign/);
    await expect(insert('2026-01-15T10:00:00+08:00', 'DEPOSIT_TAKEN', 0, PaymentMethod.Cash, Desk.InpatientLobby, clerkB)).rejects.toThrow(/ledger_entries_sign/);
  });
});

import { DepositEvents, LoanOverdueV1, Role } from '@hospital/contracts';
import { ServiceUnderTest } from '@hospital/service-testing';
import { actors } from '@hospital/testing';
import { startDepositUnderTest } from '../service.spec-helper';
import { LoanOverdueSweep } from './loan-overdue-sweep';
import { LoansQueryService } from './loans-query.service';
import { LoansService } from './loans.service';

const clerk = actors.user(Role.DeskClerk, { id: 'user-clerk' });
const borrower = { name: '李四', phone: '13900001111', idNumber: '310101198001011234' };

describe('LoanOverdueSweep (real Postgres)', () => {
  let service: ServiceUnderTest;
  let sweep: LoanOverdueSweep;
  let loans: LoansService;

  // The timer stays far off (an hour): the test drives the sweep itself.
  beforeAll(async () => {
    service = await startDepositUnderTest({ config: { sweepEveryMs: 3_600_000 }, env: { SEED_DEMO: 'true' } });
    sweep = service.app.get(LoanOverdueSweep);
    loans = service.app.get(LoansService);
  });

  afterAll(() => service.stop());

  const lend = async (code: string) => {
    const [{ id }] = await service.query<{ id: string }[]>(`SELECT "id" FROM "deposit"."equipment_units" WHERE "code" = $1`, [code]);
    return loans.open({ unitId: id, borrower, dueBackAt: new Date(Date.now() + 3_600_000).toISOString() }, clerk);
  };
  const backdate = (id: string) => service.query(`UPDATE "deposit"."loans" SET "due_back_at" = now() - interval '1 minute' WHERE "id" = $1`, [id]);

  it('flags an open loan past its due-back time once, even with two replicas sweeping; leaves on-time and returned loans alone', async () => {
    const late = await lend('IP-WC-01');
    const onTime = await lend('IP-WC-02');
    const returnedLate = await lend('IP-WC-03');
    await loans.returnLoan({ id: returnedLate.id }, clerk);
    await Promise.all([backdate(late.id), backdate(returnedLate.id)]);

    const [a, b] = await Promise.all([sweep.sweep(), sweep.sweep()]);
    expect([...a, ...b]).toEqual([late.id]);
    expect(await sweep.sweep()).toEqual([]);

    const read = await service.app.get(LoansQueryService).get(late.id, clerk);
    expect(read).toMatchObject({ status: 'OPEN', overdue: true });
    expect(read.overdueAt).not.toBeNull();
    expect((await service.app.get(LoansQueryService).get(onTime.id, clerk)).overdueAt).toBeNull();

    const events = (await service.outbox<LoanOverdueV1>()).filter((e) => e.envelope.type === DepositEvents.loanOverdue);
    expect(events).toHaveLength(1);
    expect(events[0].envelope.payload).toEqual({
      loanId: late.id,
      unitId: late.unitId,
      unitCode: 'IP-WC-01',
      type: 'WHEELCHAIR',
      desk: 'INPATIENT_LOBBY',
      dueBackAt: expect.any(String),
      at: read.overdueAt,
    });
  });

  it('keeps the first flag when the overdue loan comes back, and the return says it was late', async () => {
    const late = await lend('IP-WC-04');
    await backdate(late.id);
    await sweep.sweep();
    const flaggedAt = (await service.app.get(LoansQueryService).get(late.id, clerk)).overdueAt;
    const returned = await loans.returnLoan({ id: late.id }, clerk);
    expect(returned).toMatchObject({ overdue: true, overdueAt: flaggedAt });
    expect(returned.returnedAt).not.toBe(flaggedAt);
  });
});

import { randomUUID } from 'node:crypto';
import {
  Actor,
  Desk,
  EquipmentPageDto,
  EquipmentPatterns,
  ErrorCode,
  LedgerDayDto,
  LedgerPatterns,
  LoanDto,
  LoanPatterns,
  Role,
} from '@hospital/contracts';
import { requestContext, RpcCallError, RpcClient } from '@hospital/platform';
import { ServiceUnderTest } from '@hospital/service-testing';
import { actors } from '@hospital/testing';
import { startDepositUnderTest } from '../service.spec-helper';

const clerk = actors.user(Role.DeskClerk, { id: 'user-clerk' });
const supervisor = actors.user(Role.Supervisor);

/** Lending and returning a unit as the gateway drives it: over NATS, through the handlers and the service's validation. */
describe('loans over NATS (the deposit service in-process, real Postgres and NATS)', () => {
  let service: ServiceUnderTest;
  let rpc: RpcClient;

  const call = <T>(pattern: string, actor: Actor, data: unknown, idempotencyKey?: string) =>
    // As the gateway calls: the request's context carries the key, the client puts it in a NATS header.
    requestContext.run({ requestId: randomUUID(), idempotencyKey }, () => rpc.send<T>(pattern, actor, data));
  const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as RpcCallError);

  beforeAll(async () => {
    service = await startDepositUnderTest({ env: { SEED_DEMO: 'true' } });
    rpc = new RpcClient({ servers: service.env.NATS_URL, subjectPrefix: service.env.NATS_SUBJECT_PREFIX, timeoutMs: 5_000, name: 'loans-nats-spec' });
    await rpc.onModuleInit();
  });

  afterAll(async () => {
    await rpc?.onApplicationShutdown();
    await service.stop();
  });

  it('lends the emergency desk’s wheelchair for ¥200, takes it back with ¥50 kept, and the day balances to the fen', async () => {
    const wheelchairs = await call<EquipmentPageDto>(EquipmentPatterns.list, clerk, { desk: Desk.Emergency, type: 'WHEELCHAIR', status: 'AVAILABLE' });
    expect(wheelchairs.counts).toEqual([{ type: 'WHEELCHAIR', status: 'AVAILABLE', count: 5 }]);
    const unit = wheelchairs.items[0];

    const request = {
      unitId: unit.id,
      borrower: { name: '陈小红', phone: '13598765432', idNumber: '420101198805051234' },
      dueBackAt: new Date(Date.now() + 4 * 3_600_000).toISOString(),
      paymentMethod: 'CASH',
    };
    const loan = await call<LoanDto>(LoanPatterns.open, clerk, request, 'lend-1');
    expect(loan).toMatchObject({ unitCode: unit.code, depositFen: 20000, borrower: { name: '陈**', phone: '135****5432', idLast4: '1234' } });
    // A retry with the same key gets the same loan and takes no second deposit.
    expect((await call<LoanDto>(LoanPatterns.open, clerk, request, 'lend-1')).id).toBe(loan.id);

    const returned = await call<LoanDto>(LoanPatterns.return, clerk, { id: loan.id, damageDeductionFen: 5000, deductionReason: '坐垫划破' });
    expect(returned).toMatchObject({ refundFen: 15000, deductionFen: 5000, status: 'RETURNED' });
    expect((await failure(call(LoanPatterns.return, clerk, { id: loan.id })))?.code).toBe(ErrorCode.InvalidTransition);

    const day = await call<LedgerDayDto>(LedgerPatterns.day, supervisor, { desk: Desk.Emergency });
    expect(day.total).toEqual({ takenFen: 20000, refundedFen: 15000, keptFen: 5000, netFen: 5000, netCashExpectedFen: 5000 });
    expect(day.entries.map((e) => [e.kind, e.amountFen])).toEqual([
      ['DEPOSIT_TAKEN', 20000],
      ['REFUND', -15000],
      ['DEDUCTION', 5000],
    ]);
    expect((await call<LoanDto>(LoanPatterns.get, supervisor, { id: loan.id })).borrower.name).toBe('陈小红');
  });

  it('validates on the service side too: a negative deposit is VALIDATION_FAILED naming depositFen', async () => {
    const error = await failure(
      call(LoanPatterns.open, clerk, {
        unitId: '00000000-0000-4000-8000-000000000000',
        borrower: { name: '陈小红', phone: '13598765432', idNumber: '420101198805051234' },
        dueBackAt: new Date(Date.now() + 3_600_000).toISOString(),
        depositFen: -100,
      }),
    );
    expect(error).toMatchObject({ code: ErrorCode.ValidationFailed, details: { errors: [expect.objectContaining({ field: 'depositFen' })] } });
  });
});

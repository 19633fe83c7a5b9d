import { apiClient, Json, Reply } from './support/http';
import { PlatformUnderTest } from './support/platform';

const platform = new PlatformUnderTest();
const { call, login } = apiClient(platform);

const ID_NUMBER = '32010219850615123X';
const borrower = { name: '刘晓东', phone: '13711112222', idNumber: ID_NUMBER };
const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

let clerk: string;
let supervisor: string;
let worker: string;

const lend = (unitId: string, extra: Json = {}, key?: string): Promise<Reply> =>
  call('POST', '/equipment/loans', { token: clerk, body: { unitId, borrower, dueBackAt: inHours(4), ...extra }, headers: key ? { 'Idempotency-Key': key } : {} });
const giveBack = (loanId: string, body: Json = {}, token = clerk): Promise<Reply> => call('POST', `/equipment/loans/${loanId}/return`, { token, body });
const firstAvailable = async (desk: string, type: string): Promise<Json> => {
  const res = await call('GET', `/equipment?desk=${desk}&type=${type}&status=AVAILABLE`, { token: clerk });
  expect(res.status).toBe(200);
  return res.body.items[0];
};

beforeAll(async () => {
  await platform.start('e2eequip', { withDeposit: true });
  [clerk, supervisor, worker] = await Promise.all([login('clerk'), login('supervisor'), login('worker')]);
}, 120_000);

afterAll(() => platform.stop());

describe('equipment lending against a deposit (gateway → NATS → deposit, built bundles)', () => {
  it('shows each desk its demo stock: 5 wheelchairs, 5 airline chairs, 10 umbrellas, 2 flat carts', async () => {
    const res = await call('GET', '/equipment?desk=EMERGENCY&limit=1', { token: clerk });
    expect(res.status).toBe(200);
    expect(res.body.counts).toEqual([
      { type: 'AIRLINE_CHAIR', status: 'AVAILABLE', count: 5 },
      { type: 'FLAT_CART', status: 'AVAILABLE', count: 2 },
      { type: 'UMBRELLA', status: 'AVAILABLE', count: 10 },
      { type: 'WHEELCHAIR', status: 'AVAILABLE', count: 5 },
    ]);
    expect(res.body.nextCursor).toEqual(expect.any(String));
  });

  it('keeps a worker away from loans and the ledger (403)', async () => {
    const unit = await firstAvailable('INPATIENT_LOBBY', 'UMBRELLA');
    const lending = await call('POST', '/equipment/loans', { token: worker, body: { unitId: unit.id, borrower, dueBackAt: inHours(1) } });
    expect(lending.status).toBe(403);
    expect(lending.headers.get('content-type')).toContain('application/problem+json');
    expect((await call('GET', '/equipment/loans', { token: worker })).status).toBe(403);
    expect((await call('GET', '/equipment/ledger', { token: worker })).status).toBe(403);
  });

  it('lends a wheelchair for ¥200, takes it back with ¥50 kept for damage, refunds ¥150, and the day balances to the fen', async () => {
    const unit = await firstAvailable('SURGERY_LOBBY', 'WHEELCHAIR');
    const request = { paymentMethod: 'CASH', dueBackAt: inHours(4) };
    const opened = await lend(unit.id, request, 'e2e-wheelchair-1');
    expect(opened.status).toBe(201);
    expect(opened.body).toMatchObject({ unitCode: unit.code, depositFen: 20000, status: 'OPEN', borrower: { name: '刘**', phone: '137****2222', idLast4: '123X' } });
    const loanId = opened.body.id;
    // The same request retried: the same loan, not a second deposit.
    expect((await lend(unit.id, request, 'e2e-wheelchair-1')).body.id).toBe(loanId);
    const twice = await lend(unit.id, {}, 'e2e-wheelchair-2');
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('UNIT_UNAVAILABLE');

    const tooMuch = await giveBack(loanId, { damageDeductionFen: 20001, deductionReason: '车架变形' });
    expect(tooMuch.status).toBe(422);
    expect(tooMuch.body.errors).toEqual([expect.objectContaining({ field: 'damageDeductionFen' })]);
    const noReason = await giveBack(loanId, { damageDeductionFen: 5000 });
    expect(noReason.status).toBe(422);
    expect(noReason.body.errors).toEqual([expect.objectContaining({ field: 'deductionReason' })]);

    const returned = await giveBack(loanId, { damageDeductionFen: 5000, deductionReason: '脚踏板断裂' });
    expect(returned.status).toBe(200);
    expect(returned.body).toMatchObject({ status: 'RETURNED', depositFen: 20000, deductionFen: 5000, refundFen: 15000, overdue: false });
    const again = await giveBack(loanId, {}, supervisor);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('INVALID_TRANSITION');

    const ledger = await call('GET', '/equipment/ledger?desk=SURGERY_LOBBY', { token: supervisor });
    expect(ledger.status).toBe(200);
    expect(ledger.body.total).toEqual({ takenFen: 20000, refundedFen: 15000, keptFen: 5000, netFen: 5000, netCashExpectedFen: 5000 });
    expect(ledger.body.entries.map((e: Json) => [e.kind, e.amountFen, e.paymentMethod])).toEqual([
      ['DEPOSIT_TAKEN', 20000, 'CASH'],
      ['REFUND', -15000, 'CASH'],
      ['DEDUCTION', 5000, 'CASH'],
    ]);
    const seen = await call('GET', `/equipment/loans/${loanId}`, { token: supervisor });
    expect(seen.body.borrower).toEqual({ name: '刘晓东', phone: '13711112222', idLast4: '123X' });
  });

  it('lends an umbrella without a deposit: no money in the ledger', async () => {
    const unit = await firstAvailable('EMERGENCY', 'UMBRELLA');
    const opened = await lend(unit.id);
    expect(opened.body).toMatchObject({ depositFen: 0, paymentMethod: null });
    expect((await giveBack(opened.body.id)).body).toMatchObject({ refundFen: 0 });
    const ledger = await call('GET', '/equipment/ledger?desk=EMERGENCY', { token: supervisor });
    expect(ledger.body.entries).toEqual([]);
  });

  it('refuses a negative deposit (400) and a due-back time already past (422), each naming its field', async () => {
    const unit = await firstAvailable('INPATIENT_LOBBY', 'FLAT_CART');
    const negative = await lend(unit.id, { depositFen: -1 });
    expect(negative.status).toBe(400);
    expect(negative.body.errors.map((e: Json) => e.field)).toContain('depositFen');
    const past = await lend(unit.id, { dueBackAt: new Date(Date.now() - 60_000).toISOString() });
    expect(past.status).toBe(422);
    expect(past.body.errors).toEqual([expect.objectContaining({ field: 'dueBackAt' })]);
  });

  it('stores the borrower’s ID number nowhere in clear', async () => {
    const tables = await platform.query<{ table_name: string }>(
      `SELECT "table_name" FROM information_schema.tables WHERE "table_schema" = 'deposit' AND "table_type" = 'BASE TABLE'`,
    );
    expect(tables.map((t) => t.table_name)).toEqual(expect.arrayContaining(['loans', 'ledger_entries', 'outbox']));
    for (const { table_name: table } of tables) {
      const [{ n }] = await platform.query<{ n: number }>(`SELECT count(*)::int AS n FROM "deposit"."${table}" t WHERE upper(t::text) LIKE $1`, [`%${ID_NUMBER}%`]);
      expect({ table, n }).toEqual({ table, n: 0 });
    }
  });
});

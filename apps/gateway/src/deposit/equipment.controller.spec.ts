import { INestApplication } from '@nestjs/common';
import { ErrorCode, EquipmentPatterns, LedgerPatterns, LoanPatterns, Role } from '@hospital/contracts';
import { currentIdempotencyKey } from '@hospital/platform';
import request from 'supertest';
import { bearerFor, startRoutesHarness } from '../http/routes-harness.spec-helper';
import { EquipmentController } from './equipment.controller';
import { LedgerController } from './ledger.controller';
import { LoansController } from './loans.controller';

const UNIT = '11111111-1111-4111-8111-111111111111';
const LOAN = '22222222-2222-4222-8222-222222222222';


const loan = {
  unitId: UNIT,
  borrower: { name: '王小明', phone: '13812341234', idNumber: '110101199003071234' },
  dueBackAt: '2030-01-01T18:00:00+08:00',
};

/**
 * The equipment routes as the gateway serves them (validation, the global AuthGuard, problem+json),
 * with the service replaced by a recorder: what is checked here is who may call what, and what
 * reaches NATS.
 */
describe('equipment, loans and ledger routes (gateway HTTP)', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  const rpc = { send: jest.fn() };

  beforeAll(async () => {
    ({ app, http } = await startRoutesHarness([EquipmentController, LoansController, LedgerController], rpc));
  });

  afterAll(() => app.close());

  beforeEach(() => rpc.send.mockReset().mockResolvedValue({}));

  const as = bearerFor;

  it.each([
    ['a worker lending', Role.Worker, 'post', '/api/v1/equipment/loans', loan],
    ['a manager lending (managers read, the desk lends)', Role.Manager, 'post', '/api/v1/equipment/loans', loan],
    ['a worker listing loans', Role.Worker, 'get', '/api/v1/equipment/loans', undefined],
    ['a dispatcher reading the ledger', Role.Dispatcher, 'get', '/api/v1/equipment/ledger', undefined],
    ['an inspector listing the inventory', Role.Inspector, 'get', '/api/v1/equipment', undefined],
    ['a desk clerk adding a unit', Role.DeskClerk, 'post', '/api/v1/equipment', { code: 'IP-WC-06', type: 'WHEELCHAIR', desk: 'INPATIENT_LOBBY' }],
    ['a desk clerk taking a unit out of service', Role.DeskClerk, 'patch', `/api/v1/equipment/${UNIT}`, { status: 'MAINTENANCE', note: '坏了' }],
    ['a manager taking a unit back', Role.Manager, 'post', `/api/v1/equipment/loans/${LOAN}/return`, {}],
  ] as const)('refuses %s with 403, without asking the service', async (_, role, method, path, body) => {
    const res = await http[method](path).set(as(role)).send(body);
    expect(res.status).toBe(403);
    expect(res.body.code).toBe(ErrorCode.Forbidden);
    expect(rpc.send).not.toHaveBeenCalled();
  });

  it('refuses an anonymous caller with 401', async () => {
    expect((await http.get('/api/v1/equipment/loans')).status).toBe(401);
  });

  it('passes a clerk’s loan to the service with the Idempotency-Key, answering 201', async () => {
    // The key travels in the request's context, which the real RpcClient turns into a NATS header.
    let keySent: string | undefined;
    rpc.send.mockImplementation(async () => {
      keySent = currentIdempotencyKey();
      return {};
    });
    const res = await http.post('/api/v1/equipment/loans').set(as(Role.DeskClerk)).set('Idempotency-Key', 'loan-key-1').send(loan);
    expect(res.status).toBe(201);
    expect(rpc.send).toHaveBeenCalledWith(LoanPatterns.open, expect.objectContaining({ id: 'user-desk_clerk', roles: [Role.DeskClerk] }), loan);
    expect(keySent).toBe('loan-key-1');
  });

  it.each([
    ['a negative deposit', { ...loan, depositFen: -1 }, 'depositFen'],
    ['a fractional deposit', { ...loan, depositFen: 10.5 }, 'depositFen'],
    ['a due-back time without an offset', { ...loan, dueBackAt: '2030-01-01T18:00:00' }, 'dueBackAt'],
    ['a missing borrower ID number', { ...loan, borrower: { name: '王小明', phone: '13812341234' } }, 'borrower.idNumber'],
    ['an unknown payment method', { ...loan, paymentMethod: 'BITCOIN' }, 'paymentMethod'],
  ])('refuses a loan with %s: 400 naming the field', async (_, body, field) => {
    const res = await http.post('/api/v1/equipment/loans').set(as(Role.DeskClerk)).send(body);
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    expect(rpc.send).not.toHaveBeenCalled();
  });

  it('passes a supervisor’s return with the loan id from the path; a negative deduction or a unit status of LENT is a 400', async () => {
    const body = { damageDeductionFen: 5000, deductionReason: '扶手断裂', unitStatus: 'MAINTENANCE' };
    expect((await http.post(`/api/v1/equipment/loans/${LOAN}/return`).set(as(Role.Supervisor)).send(body)).status).toBe(200);
    expect(rpc.send).toHaveBeenCalledWith(LoanPatterns.return, expect.objectContaining({ roles: [Role.Supervisor] }), { id: LOAN, ...body });

    rpc.send.mockClear();
    const negative = await http.post(`/api/v1/equipment/loans/${LOAN}/return`).set(as(Role.DeskClerk)).send({ damageDeductionFen: -1 });
    expect(negative.status).toBe(400);
    expect(negative.body.errors[0].field).toBe('damageDeductionFen');
    const lent = await http.post(`/api/v1/equipment/loans/${LOAN}/return`).set(as(Role.DeskClerk)).send({ unitStatus: 'LENT' });
    expect(lent.body.errors[0].field).toBe('unitStatus');
    expect(rpc.send).not.toHaveBeenCalled();
  });

  it('lets a supervisor set a unit’s status, but never to LENT, and not to MAINTENANCE without a note', async () => {
    expect((await http.patch(`/api/v1/equipment/${UNIT}`).set(as(Role.Supervisor)).send({ status: 'MAINTENANCE', note: '刹车失灵' })).status).toBe(200);
    expect(rpc.send).toHaveBeenCalledWith(EquipmentPatterns.setStatus, expect.anything(), { id: UNIT, status: 'MAINTENANCE', note: '刹车失灵' });
    rpc.send.mockClear();
    const lent = await http.patch(`/api/v1/equipment/${UNIT}`).set(as(Role.Admin)).send({ status: 'LENT' });
    expect(lent.status).toBe(400);
    expect(lent.body.errors[0].field).toBe('status');
    const noNote = await http.patch(`/api/v1/equipment/${UNIT}`).set(as(Role.Admin)).send({ status: 'MAINTENANCE' });
    expect(noNote.status).toBe(400);
    expect(noNote.body.errors[0].field).toBe('note');
    expect(rpc.send).not.toHaveBeenCalled();
  });

  it('lets a desk clerk read the inventory and the ledger, and checks the ledger date', async () => {
    expect((await http.get('/api/v1/equipment?desk=EMERGENCY&type=WHEELCHAIR&status=AVAILABLE').set(as(Role.DeskClerk))).status).toBe(200);
    expect(rpc.send).toHaveBeenCalledWith(EquipmentPatterns.list, expect.anything(), { desk: 'EMERGENCY', type: 'WHEELCHAIR', status: 'AVAILABLE' });
    expect((await http.get('/api/v1/equipment/ledger?date=2026-11-23&desk=SURGERY_LOBBY').set(as(Role.DeskClerk))).status).toBe(200);
    expect(rpc.send).toHaveBeenCalledWith(LedgerPatterns.day, expect.anything(), { date: '2026-11-23', desk: 'SURGERY_LOBBY' });
    rpc.send.mockClear();
    for (const date of ['2026-02-30', '23/11/2026', '2026-11-23T00:00:00Z']) {
      const res = await http.get(`/api/v1/equipment/ledger?date=${encodeURIComponent(date)}`).set(as(Role.Manager));
      expect({ date, status: res.status, field: res.body.errors?.[0]?.field }).toEqual({ date, status: 400, field: 'date' });
    }
    expect(rpc.send).not.toHaveBeenCalled();
  });
});

import { Controller, Get, Logger } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { AuditEntryDto, ComplaintPatterns, DepositPatterns, ErrorCode, EVALUATION_POINTS_EXAMPLE, EvaluationPatterns, Role } from '@hospital/contracts';
import { DomainError } from '@hospital/platform';
import { GatewayAppModule } from '../app.module';
import { loadGatewayEnv } from '../config';
import { DepositsController } from '../deposit/deposits.controller';
import { ComplaintsController } from '../feedback/complaints.controller';
import { EvaluationController } from '../feedback/evaluation.controller';
import { ApiAuth } from '../identity';
import { AuditTestApp, bearer, startAuditApp } from './audit.spec-helper';
import { AuditInterceptor } from './audit.interceptor';
import { AuditModule } from './audit.module';
import { AuditService } from './audit.service';
import { Audited } from './audited.decorator';

const DEPOSIT = '11111111-1111-4111-8111-111111111111';
const COMPLAINT = '22222222-2222-4222-8222-222222222222';
const OWNER = '33333333-3333-4333-8333-333333333333';

/** A route only this spec has: proves nothing is recorded for a caller who never reached the handler. */
@Controller('probe')
class ProbeController {
  @Get('admin-only')
  @ApiAuth(Role.Admin)
  @Audited('probe.read', { target: { type: 'probe' } })
  adminOnly() {
    return { ok: true };
  }
}

/**
 * `@Audited(...)` through HTTP: the gateway's controllers with the services replaced by a
 * recorder, the audit log on a real Postgres. What is checked is what an auditor would find in
 * `GET /audit` after each request.
 */
describe('audited routes and GET /audit (gateway HTTP, real Postgres)', () => {
  let t: AuditTestApp;
  const rpc = { send: jest.fn() };

  /** The audit log as an admin reads it through the API (the admin's own reads left out). */
  async function logOf(query: Record<string, string>): Promise<AuditEntryDto[]> {
    const res = await t.http.get('/api/v1/audit').query(query).set(bearer(Role.Admin));
    expect(res.status).toBe(200);
    return (res.body.items as AuditEntryDto[]).filter((e) => e.action !== 'audit.read');
  }

  beforeAll(async () => {
    t = await startAuditApp('audited', [EvaluationController, DepositsController, ComplaintsController, ProbeController], rpc);
  }, 60_000);

  afterAll(() => t?.close());

  beforeEach(() => rpc.send.mockReset());

  describe('an administrative change forwarded to a service', () => {
    it('is recorded after the service answered: who, what, which record, from where, under which request id', async () => {
      rpc.send.mockResolvedValue({ version: 7, effectiveFrom: '2001-11-23T09:00:00.000Z', createdBy: 'user-manager', points: EVALUATION_POINTS_EXAMPLE });
      const res = await t.http.put('/api/v1/evaluation/rules').set(bearer(Role.Manager)).set('X-Request-Id', 'req-rules-7').send(EVALUATION_POINTS_EXAMPLE);
      expect(res.status).toBe(200);
      expect(rpc.send).toHaveBeenCalledWith(EvaluationPatterns.putRules, expect.anything(), EVALUATION_POINTS_EXAMPLE);

      expect(await logOf({ action: 'evaluation_rules.replace' })).toEqual([
        {
          id: expect.any(String),
          at: expect.any(String),
          actorId: 'user-manager',
          actorKind: 'user',
          actorName: 'manager',
          action: 'evaluation_rules.replace',
          targetType: 'evaluation_rules',
          targetId: '7',
          details: { points: EVALUATION_POINTS_EXAMPLE },
          ip: expect.stringMatching(/127\.0\.0\.1|::1/),
          requestId: 'req-rules-7',
        },
      ]);
    });

    it('is not recorded when the service refuses it (4xx), when the body is invalid, or when the caller may not', async () => {
      rpc.send.mockRejectedValue(new DomainError(ErrorCode.PeriodFrozen, 'the quarter is frozen'));
      expect((await t.http.post('/api/v1/evaluation/periods/2001Q3/awards').set(bearer(Role.Admin))).status).toBe(409);
      expect((await t.http.put('/api/v1/evaluation/rules').set(bearer(Role.Manager)).send({ base: 'many' })).status).toBe(400);
      expect((await t.http.post('/api/v1/evaluation/periods/2001Q3/awards').set(bearer(Role.Supervisor))).status).toBe(403);
      expect((await t.http.get('/api/v1/probe/admin-only').set(bearer(Role.Dispatcher))).status).toBe(403);
      expect(await logOf({ targetType: 'evaluation_period' })).toEqual([]);
      expect(await logOf({ action: 'probe.' })).toEqual([]);

      // The same freeze once the service accepts it: recorded, the quarter as the target.
      rpc.send.mockResolvedValue({ period: '2001Q3', awards: [] });
      expect((await t.http.post('/api/v1/evaluation/periods/2001Q3/awards').set(bearer(Role.Admin))).status).toBe(201);
      expect(await logOf({ targetType: 'evaluation_period' })).toEqual([
        expect.objectContaining({ action: 'evaluation_awards.freeze', targetId: '2001Q3', actorId: 'user-admin' }),
      ]);
    });

    it('is answered even if the entry cannot be written, since the service made the change (and the failure is logged)', async () => {
      const record = jest.spyOn(AuditService.prototype, 'record').mockRejectedValueOnce(new Error('database down'));
      const logError = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
      rpc.send.mockResolvedValue({ version: 8, effectiveFrom: '2001-11-23T09:00:00.000Z', createdBy: 'user-admin', points: EVALUATION_POINTS_EXAMPLE });
      try {
        expect((await t.http.put('/api/v1/evaluation/rules').set(bearer(Role.Admin)).send(EVALUATION_POINTS_EXAMPLE)).status).toBe(200);
        expect(logError).toHaveBeenCalledWith(
          expect.objectContaining({ entry: expect.objectContaining({ action: 'evaluation_rules.replace', targetId: '8' }) }),
          'audit entry evaluation_rules.replace could not be written',
        );
      } finally {
        record.mockRestore();
        logError.mockRestore();
      }
    });
  });

  describe('a read of personal data', () => {
    const deposit = (phone: string) => ({ id: DEPOSIT, ticketNo: 'ZY20011123-0001', depositor: { name: '王小明', phone, idLast4: '002X' } });

    it('is recorded when the caller’s role got it in full, and not when it came back masked', async () => {
      rpc.send.mockResolvedValueOnce(deposit('13812341234'));
      expect((await t.http.get(`/api/v1/deposits/${DEPOSIT}`).set(bearer(Role.Supervisor))).status).toBe(200);
      rpc.send.mockResolvedValueOnce(deposit('138****1234'));
      expect((await t.http.get(`/api/v1/deposits/${DEPOSIT}`).set(bearer(Role.DeskClerk))).status).toBe(200);
      expect(rpc.send).toHaveBeenCalledWith(DepositPatterns.get, expect.anything(), { id: DEPOSIT });

      expect((await logOf({ targetType: 'deposit', targetId: DEPOSIT })).map((e) => [e.action, e.actorId])).toEqual([
        ['deposit.read', 'user-supervisor'],
      ]);
    });

    it('of a page is recorded with the ids shown in full, and not for an empty page', async () => {
      rpc.send.mockResolvedValueOnce({ items: [deposit('13812341234')], nextCursor: null });
      expect((await t.http.get('/api/v1/deposits').set(bearer(Role.Manager))).status).toBe(200);
      rpc.send.mockResolvedValueOnce({ items: [], nextCursor: null });
      expect((await t.http.get('/api/v1/deposits').set(bearer(Role.Admin))).status).toBe(200);
      expect(await logOf({ action: 'deposit.list' })).toEqual([
        expect.objectContaining({ actorId: 'user-manager', targetType: 'deposit', targetId: null, details: { ids: [DEPOSIT] } }),
      ]);
    });

    it('follows who the service shows a complaint’s contact to: its owner, supervisors and managers; never an anonymous one', async () => {
      const complaint = (complainant: { name: string; phone: string } | null) => ({ id: COMPLAINT, ownerId: OWNER, complainant, timeline: [] });
      rpc.send.mockResolvedValueOnce(complaint({ name: '李**', phone: '139****5678' }));
      await t.http.get(`/api/v1/feedback/complaints/${COMPLAINT}`).set(bearer(Role.DeskClerk)).expect(200);
      rpc.send.mockResolvedValueOnce(complaint({ name: '李雷', phone: '13912345678' }));
      await t.http.get(`/api/v1/feedback/complaints/${COMPLAINT}`).set(bearer(Role.DeskClerk, OWNER)).expect(200);
      rpc.send.mockResolvedValueOnce(complaint(null));
      await t.http.get(`/api/v1/feedback/complaints/${COMPLAINT}`).set(bearer(Role.Manager)).expect(200);
      expect(rpc.send).toHaveBeenCalledWith(ComplaintPatterns.get, expect.anything(), { id: COMPLAINT });

      expect((await logOf({ targetId: COMPLAINT })).map((e) => [e.action, e.actorId])).toEqual([['complaint.read', OWNER]]);
    });

    it('is refused (500) rather than shown unrecorded when the entry cannot be written', async () => {
      const record = jest.spyOn(AuditService.prototype, 'record').mockRejectedValueOnce(new Error('database down'));
      const logError = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
      rpc.send.mockResolvedValueOnce(deposit('13812341234'));
      try {
        const res = await t.http.get(`/api/v1/deposits/${DEPOSIT}`).set(bearer(Role.Admin));
        expect(res.status).toBe(500);
        expect(res.text).not.toContain('13812341234');
      } finally {
        record.mockRestore();
        logError.mockRestore();
      }
    });
  });

  describe('GET /audit', () => {
    it.each([Role.Manager, Role.Supervisor, Role.Dispatcher, Role.DeskClerk])('is refused to a %s with 403', async (role) => {
      const res = await t.http.get('/api/v1/audit').set(bearer(role));
      expect(res.status).toBe(403);
      expect(res.body.code).toBe(ErrorCode.Forbidden);
    });

    it('asks for credentials with 401', async () => {
      expect((await t.http.get('/api/v1/audit')).status).toBe(401);
    });

    it.each([
      ['action', { action: 'User.Create' }],
      ['limit', { limit: '201' }],
      ['limit', { limit: '0' }],
      ['from', { from: '2001-11-23T09:00:00' }],
      ['to', { from: '2001-11-24T00:00:00Z', to: '2001-11-23T00:00:00Z' }],
      ['targetType', { targetType: 'Deposit' }],
      ['cursor', { cursor: 'not a cursor' }],
      ['cursor', { cursor: 'AAAAAAAAAAAA' }],
      ['unknown', { unknown: 'x' }],
    ])('names the bad filter %s with 400', async (field, query) => {
      const res = await t.http.get('/api/v1/audit').query(query).set(bearer(Role.Admin));
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    });

    it('pages with limit and cursor, and records that the log itself was read, with the filters', async () => {
      rpc.send.mockResolvedValue({ version: 9, effectiveFrom: '2001-11-23T09:00:00.000Z', createdBy: 'user-admin', points: EVALUATION_POINTS_EXAMPLE });
      for (let i = 0; i < 3; i++) await t.http.put('/api/v1/evaluation/rules').set(bearer(Role.Admin)).send(EVALUATION_POINTS_EXAMPLE).expect(200);
      const first = await t.http.get('/api/v1/audit').query({ actorId: 'user-admin', action: 'evaluation_rules.', limit: 2 }).set(bearer(Role.Admin)).expect(200);
      expect(first.body.items).toHaveLength(2);
      const second = await t.http.get('/api/v1/audit').query({ actorId: 'user-admin', action: 'evaluation_rules.', limit: 2, cursor: first.body.nextCursor }).set(bearer(Role.Admin)).expect(200);
      expect(second.body.nextCursor).toBeNull();
      const ids = [...first.body.items, ...second.body.items].map((e: { id: string }) => e.id);
      expect(new Set(ids).size).toBe(ids.length);

      const reads = await t.http.get('/api/v1/audit').query({ action: 'audit.read', limit: 1 }).set(bearer(Role.Admin)).expect(200);
      expect(reads.body.items).toEqual([
        expect.objectContaining({ actorId: 'user-admin', targetType: 'audit_log', details: { filters: { actorId: 'user-admin', action: 'evaluation_rules.', limit: '2' } } }),
      ]);
    });
  });

  describe('wiring', () => {
    it('installs the interceptor globally, and the gateway imports the module', () => {
      expect(t.app.get(AuditInterceptor)).toBeInstanceOf(AuditInterceptor);
      const providers = Reflect.getMetadata('providers', AuditModule) as unknown[];
      expect(providers).toContainEqual({ provide: APP_INTERCEPTOR, useExisting: AuditInterceptor });
      const env = loadGatewayEnv({ DATABASE_URL: 'postgres://x@127.0.0.1:1/x', NATS_URL: 'nats://127.0.0.1:1', JWT_SECRET: 'wiring-only-secret-0123456789abcdef' });
      expect(GatewayAppModule.forRoot(env).imports).toContain(AuditModule);
    });

    it('refuses a malformed declaration when the class is loaded', () => {
      expect(() => Audited('CreateUser', { target: { type: 'user' } })).toThrow(/resource>\.<verb/);
      expect(() => Audited('user.create', { target: { type: 'User' } })).toThrow(/lower_snake_case/);
      expect(() => Audited('user.create', { target: { type: 'user', idParam: 'id', idFrom: () => 'x' } })).toThrow(/not both/);
    });
  });
});

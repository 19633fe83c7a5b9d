import { INestApplication, Module } from '@nestjs/common';
import { DutyPatterns, ErrorCode, Role } from '@hospital/contracts';
import { RpcCallError } from '@hospital/platform';
import request from 'supertest';
import { AuditTestApp, startAuditApp } from '../audit/audit.spec-helper';
import { bearerFor, startRoutesHarness } from '../http/routes-harness.spec-helper';
import { UserAdmin } from '../identity/users/user-admin.service';
import { OPERATION_EXAMPLES } from '../openapi/examples';
import { committedDocument, DocumentSchemas } from '../openapi/openapi-document.spec-helper';
import { MyQueueController } from './my-queue.controller';
import { StaffController } from './staff.controller';

const STAFF = '0193a1b2-1111-7e8f-9a0b-1c2d3e4f5a01';
const onBreak = OPERATION_EXAMPLES.Staff_startBreak.responses!['200'].onBreak.value;
const queue = OPERATION_EXAMPLES.MyQueue_queue.responses!['200'].twoJobs.value;

/** The staff routes' account side (deactivation disables logins) is not what these specs are about. */
@Module({ providers: [{ provide: UserAdmin, useValue: {} }], exports: [UserAdmin] })
class NoAccounts {}

/**
 * Break routes and the worker's queue as the gateway serves them, the service replaced by a
 * recorder: who may call them, what reaches NATS, and that the answers (the service's errors too)
 * are what openapi.json declares.
 */
describe('break and queue routes (gateway HTTP)', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  const rpc = { send: jest.fn() };
  const as = bearerFor;
  const schemas = new DocumentSchemas(committedDocument());
  const conforms = (method: string, path: string, res: request.Response) =>
    expect(schemas.conformance(method, path, { status: res.status, headers: res.headers, body: res.body })).toEqual([]);

  beforeAll(async () => {
    ({ app, http } = await startRoutesHarness([StaffController, MyQueueController], rpc, [NoAccounts]));
  });

  afterAll(() => app.close());

  beforeEach(() => rpc.send.mockReset().mockResolvedValue(onBreak));

  describe('POST /staff/{id}/break-start and /break-end', () => {
    it.each([Role.Worker, Role.Dispatcher, Role.Manager, Role.Admin])('forwards the break start of %s with its trimmed reason, and the end with the id alone', async (role) => {
      const started = await http.post(`/api/v1/staff/${STAFF}/break-start`).set(as(role)).send({ reason: ' 午饭 ' });
      expect(started.status).toBe(200);
      expect(rpc.send).toHaveBeenLastCalledWith(DutyPatterns.breakStart, expect.objectContaining({ roles: [role] }), { id: STAFF, reason: '午饭' });
      conforms('POST', '/api/v1/staff/{id}/break-start', started);

      const ended = await http.post(`/api/v1/staff/${STAFF}/break-end`).set(as(role));
      expect(ended.status).toBe(200);
      expect(rpc.send).toHaveBeenLastCalledWith(DutyPatterns.breakEnd, expect.anything(), { id: STAFF });
      conforms('POST', '/api/v1/staff/{id}/break-end', ended);
    });

    it('takes a break without a reason', async () => {
      expect((await http.post(`/api/v1/staff/${STAFF}/break-start`).set(as(Role.Worker)).send({})).status).toBe(200);
      expect(rpc.send).toHaveBeenLastCalledWith(DutyPatterns.breakStart, expect.anything(), { id: STAFF });
    });

    it.each([Role.Supervisor, Role.Inspector, Role.DeskClerk])('refuses %s with 403, without asking the service', async (role) => {
      const res = await http.post(`/api/v1/staff/${STAFF}/break-start`).set(as(role)).send({});
      expect(res.status).toBe(403);
      expect(res.body.code).toBe(ErrorCode.Forbidden);
      expect((await http.post(`/api/v1/staff/${STAFF}/break-end`).set(as(role))).status).toBe(403);
      expect(rpc.send).not.toHaveBeenCalled();
    });

    it('refuses without a credential (401), a staff id that is not a UUID, a blank or long reason, or an unknown field (400)', async () => {
      expect((await http.post(`/api/v1/staff/${STAFF}/break-start`).send({})).status).toBe(401);
      const cases = [
        [`/api/v1/staff/42/break-start`, {}, 'id'],
        [`/api/v1/staff/${STAFF}/break-start`, { reason: '   ' }, 'reason'],
        [`/api/v1/staff/${STAFF}/break-start`, { reason: 'x'.repeat(201) }, 'reason'],
        [`/api/v1/staff/${STAFF}/break-start`, { minutes: 30 }, 'minutes'],
      ] as const;
      for (const [path, body, field] of cases) {
        const res = await http.post(path).set(as(Role.Worker)).send(body);
        expect({ path, body, status: res.status }).toEqual({ path, body, status: 400 });
        expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
        conforms('POST', '/api/v1/staff/{id}/break-start', res);
      }
      expect(rpc.send).not.toHaveBeenCalled();
    });

    it.each([
      ['break-start', ErrorCode.NotOnDuty, 409],
      ['break-start', ErrorCode.AlreadyOnBreak, 409],
      ['break-start', ErrorCode.Forbidden, 403],
      ['break-start', ErrorCode.StaffNotFound, 404],
      ['break-end', ErrorCode.NotOnBreak, 409],
    ] as const)('answers %s refused with %s as %i problem+json, as openapi.json declares', async (verb, code, status) => {
      rpc.send.mockRejectedValue(new RpcCallError(code, 'refused'));
      const res = await http.post(`/api/v1/staff/${STAFF}/${verb}`).set(as(Role.Worker)).send({});
      expect(res.status).toBe(status);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body.code).toBe(code);
      conforms('POST', `/api/v1/staff/{id}/${verb}`, res);
    });
  });

  describe('GET /dispatch/me/queue', () => {
    it('forwards a worker’s call with their identity and nothing else, and answers the queue', async () => {
      rpc.send.mockResolvedValue(queue);
      const res = await http.get('/api/v1/dispatch/me/queue').set(as(Role.Worker, 'user-wang'));
      expect(res.status).toBe(200);
      expect(res.body).toEqual(queue);
      expect(rpc.send).toHaveBeenCalledWith(DutyPatterns.queue, expect.objectContaining({ id: 'user-wang', roles: [Role.Worker] }), {});
      conforms('GET', '/api/v1/dispatch/me/queue', res);
    });

    it.each([Role.Dispatcher, Role.Manager, Role.Admin, Role.Supervisor, Role.DeskClerk])('refuses %s with 403 (the floor reads the board)', async (role) => {
      const res = await http.get('/api/v1/dispatch/me/queue').set(as(role));
      expect(res.status).toBe(403);
      expect(res.body.code).toBe(ErrorCode.Forbidden);
      conforms('GET', '/api/v1/dispatch/me/queue', res);
      expect(rpc.send).not.toHaveBeenCalled();
    });

    it('refuses without a credential (401), and passes on a worker account linked to nobody as 403 NOT_LINKED_TO_STAFF', async () => {
      expect((await http.get('/api/v1/dispatch/me/queue')).status).toBe(401);
      rpc.send.mockRejectedValue(new RpcCallError(ErrorCode.NotLinkedToStaff, 'your account is not linked to a staff member'));
      const res = await http.get('/api/v1/dispatch/me/queue').set(as(Role.Worker));
      expect(res.status).toBe(403);
      expect(res.body.code).toBe(ErrorCode.NotLinkedToStaff);
      conforms('GET', '/api/v1/dispatch/me/queue', res);
    });
  });
});

/** A worker's queue shows their patients in full, as the job opened does: such a read is in the audit log. */
describe('GET /dispatch/me/queue and the audit log (gateway HTTP, real Postgres)', () => {
  let t: AuditTestApp;
  const rpc = { send: jest.fn() };
  const logged = async () => {
    const res = await t.http.get('/api/v1/audit').query({ action: 'task.queue_read' }).set(bearerFor(Role.Admin));
    expect(res.status).toBe(200);
    return res.body.items as { actorId: string; targetType: string; targetId: string | null; details: Record<string, unknown> }[];
  };

  beforeAll(async () => {
    t = await startAuditApp('queue-audit', [MyQueueController], rpc);
  }, 60_000);

  afterAll(() => t?.close());

  it('records a queue holding a patient transport, with the ids of those jobs, and not one without', async () => {
    const withoutPatients = { ...queue, items: queue.items.filter((item: { patient?: unknown }) => !item.patient) };
    rpc.send.mockResolvedValueOnce(withoutPatients);
    expect((await t.http.get('/api/v1/dispatch/me/queue').set(bearerFor(Role.Worker, 'user-wang'))).status).toBe(200);
    expect(await logged()).toEqual([]);

    rpc.send.mockResolvedValueOnce(queue);
    expect((await t.http.get('/api/v1/dispatch/me/queue').set(bearerFor(Role.Worker, 'user-wang'))).status).toBe(200);
    const transportIds = queue.items.filter((item: { patient?: unknown }) => item.patient).map((item: { id: string }) => item.id);
    expect(transportIds).toHaveLength(1);
    expect(await logged()).toEqual([expect.objectContaining({ actorId: 'user-wang', targetType: 'task', targetId: null, details: { ids: transportIds } })]);
  });
});

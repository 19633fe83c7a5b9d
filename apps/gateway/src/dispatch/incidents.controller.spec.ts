import { INestApplication } from '@nestjs/common';
import { ErrorCode, IncidentPatterns, Role } from '@hospital/contracts';
import request from 'supertest';
import { bearerFor, startRoutesHarness } from '../http/routes-harness.spec-helper';
import { IncidentsController } from './incidents.controller';

const TASK = '11111111-1111-4111-8111-111111111111';
const INCIDENT = '22222222-2222-4222-8222-222222222222';

/** The incident routes as the gateway serves them, with the service replaced by a recorder: who may call what, and what reaches NATS. */
describe('incident routes (gateway HTTP)', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  const rpc = { send: jest.fn() };
  const as = bearerFor;

  beforeAll(async () => {
    ({ app, http } = await startRoutesHarness([IncidentsController], rpc));
  });

  afterAll(() => app.close());

  beforeEach(() => rpc.send.mockReset().mockResolvedValue({}));

  it.each([
    ['a worker confirming (even about themselves)', Role.Worker, 'confirm', {}],
    ['a worker dismissing', Role.Worker, 'dismiss', { reason: '不是我' }],
    ['an inspector confirming', Role.Inspector, 'confirm', {}],
    ['an admin dismissing (admin is not implied)', Role.Admin, 'dismiss', { reason: 'x' }],
    ['a desk clerk confirming', Role.DeskClerk, 'confirm', {}],
  ] as const)('refuses %s with 403, without asking the service', async (_, role, verb, body) => {
    const res = await http.post(`/api/v1/dispatch/incidents/${INCIDENT}/${verb}`).set(as(role)).send(body);
    expect(res.status).toBe(403);
    expect(res.body.code).toBe(ErrorCode.Forbidden);
    expect(rpc.send).not.toHaveBeenCalled();
  });

  it.each([Role.Dispatcher, Role.Supervisor, Role.Manager])('passes a %s’s confirmation, with its optional note, and a dismissal with its reason', async (role) => {
    expect((await http.post(`/api/v1/dispatch/incidents/${INCIDENT}/confirm`).set(as(role)).send({})).status).toBe(200);
    expect(rpc.send).toHaveBeenLastCalledWith(IncidentPatterns.confirm, expect.objectContaining({ roles: [role] }), { id: INCIDENT });
    expect((await http.post(`/api/v1/dispatch/incidents/${INCIDENT}/confirm`).set(as(role)).send({ note: ' 已核实 ' })).status).toBe(200);
    expect(rpc.send).toHaveBeenLastCalledWith(IncidentPatterns.confirm, expect.anything(), { id: INCIDENT, note: '已核实' });
    expect((await http.post(`/api/v1/dispatch/incidents/${INCIDENT}/dismiss`).set(as(role)).send({ reason: '监控显示完好' })).status).toBe(200);
    expect(rpc.send).toHaveBeenLastCalledWith(IncidentPatterns.dismiss, expect.anything(), { id: INCIDENT, reason: '监控显示完好' });
  });

  it.each([
    ['without a reason', {}],
    ['with a blank reason', { reason: '   ' }],
    ['with a reason over 500 characters', { reason: 'x'.repeat(501) }],
  ])('refuses a dismissal %s: 400 naming reason', async (_, body) => {
    const res = await http.post(`/api/v1/dispatch/incidents/${INCIDENT}/dismiss`).set(as(Role.Dispatcher)).send(body);
    expect(res.status).toBe(400);
    expect([...new Set(res.body.errors.map((e: { field: string }) => e.field))]).toEqual(['reason']);
    expect(rpc.send).not.toHaveBeenCalled();
  });

  it('refuses an incident id that is not a UUID with 400', async () => {
    const res = await http.post('/api/v1/dispatch/incidents/42/confirm').set(as(Role.Dispatcher)).send({});
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe('id');
    expect(rpc.send).not.toHaveBeenCalled();
  });

  it('lists a job’s incidents by status, and refuses a status that does not exist', async () => {
    expect((await http.get(`/api/v1/dispatch/tasks/${TASK}/incidents?status=PENDING`).set(as(Role.Supervisor))).status).toBe(200);
    expect(rpc.send).toHaveBeenCalledWith(IncidentPatterns.listForTask, expect.anything(), { id: TASK, status: 'PENDING' });
    rpc.send.mockClear();
    const bad = await http.get(`/api/v1/dispatch/tasks/${TASK}/incidents?status=OPEN`).set(as(Role.Supervisor));
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('status');
    expect(rpc.send).not.toHaveBeenCalled();
  });

  it("forwards the center's review queue with its filters and paging, and refuses unknown filters naming them", async () => {
    const res = await http.get('/api/v1/dispatch/incidents?status=PENDING&group=EMERGENCY&limit=5').set(as(Role.Supervisor));
    expect(res.status).toBe(200);
    expect(rpc.send).toHaveBeenCalledWith(IncidentPatterns.search, expect.objectContaining({ roles: [Role.Supervisor] }), { status: 'PENDING', group: 'EMERGENCY', limit: 5 });
    const bad = await http.get('/api/v1/dispatch/incidents?status=OPEN&group=ICU').set(as(Role.Dispatcher));
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['group', 'status']);
    expect((await http.get('/api/v1/dispatch/incidents').set(as(Role.Worker))).status).toBe(403);
  });

  it('still takes a worker’s report on the job’s path (whether it was their job is the service’s to check)', async () => {
    const body = { kind: 'DELAY', severity: 'MINOR', description: '电梯故障' };
    expect((await http.post(`/api/v1/dispatch/tasks/${TASK}/incidents`).set(as(Role.Worker)).send(body)).status).toBe(201);
    expect(rpc.send).toHaveBeenCalledWith(IncidentPatterns.report, expect.objectContaining({ roles: [Role.Worker] }), { id: TASK, ...body });
  });
});

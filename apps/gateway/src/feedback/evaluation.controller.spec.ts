import { INestApplication } from '@nestjs/common';
import { EVALUATION_POINTS_EXAMPLE, EvaluationPatterns, Role } from '@hospital/contracts';
import request from 'supertest';
import { bearerFor, startRoutesHarness } from '../http/routes-harness.spec-helper';
import { EvaluationController } from './evaluation.controller';

const STAFF = '11111111-1111-4111-8111-111111111111';

/** A complete, valid rules body. */
const RULES = EVALUATION_POINTS_EXAMPLE;

/** The evaluation routes as the gateway serves them, with the feedback service replaced by a recorder. */
describe('evaluation routes (gateway HTTP)', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  const rpc = { send: jest.fn() };

  beforeAll(async () => {
    ({ app, http } = await startRoutesHarness([EvaluationController], rpc));
  });

  afterAll(() => app.close());

  beforeEach(() => rpc.send.mockReset().mockResolvedValue({}));

  const as = bearerFor;

  it.each([
    ['a supervisor changing the rules', Role.Supervisor, 'put', '/api/v1/evaluation/rules', RULES],
    ['a worker reading the rules', Role.Worker, 'get', '/api/v1/evaluation/rules', undefined],
    ['a worker reading the scores', Role.Worker, 'get', '/api/v1/evaluation/scores?period=2026Q4', undefined],
    ['a dispatcher recording an inspection', Role.Dispatcher, 'post', '/api/v1/evaluation/inspections', {}],
    ['a supervisor freezing awards', Role.Supervisor, 'post', '/api/v1/evaluation/periods/2026Q4/awards', {}],
    ['an inspector freezing awards', Role.Inspector, 'post', '/api/v1/evaluation/periods/2026Q4/awards', {}],
  ] as const)('refuses %s with 403, without asking the service', async (_, role, method, path, body) => {
    const res = await http[method](path).set(as(role)).send(body);
    expect(res.status).toBe(403);
    expect(rpc.send).not.toHaveBeenCalled();
  });

  it.each([Role.Worker, Role.Dispatcher, Role.DeskClerk])('forwards a %s reading a ledger (the service lets them read only their own)', async (role) => {
    const res = await http.get(`/api/v1/evaluation/staff/${STAFF}/ledger?period=2026Q4`).set(as(role));
    expect(res.status).toBe(200);
    expect(rpc.send).toHaveBeenCalledWith(EvaluationPatterns.staffLedger, expect.objectContaining({ roles: [role] }), { id: STAFF, period: '2026Q4' });
  });

  it('forwards a rules change with the caller', async () => {
    const res = await http.put('/api/v1/evaluation/rules').set(as(Role.Manager)).send(RULES);
    expect(res.status).toBe(200);
    expect(rpc.send).toHaveBeenCalledWith(EvaluationPatterns.putRules, expect.objectContaining({ id: 'user-manager' }), RULES);
  });

  it('names a missing rule and a bad period with 400', async () => {
    const { handoverDiscrepancy: _, ...incomplete } = RULES;
    const rules = await http.put('/api/v1/evaluation/rules').set(as(Role.Admin)).send(incomplete);
    expect(rules.status).toBe(400);
    expect(rules.body.errors.map((e: { field: string }) => e.field)).toContain('handoverDiscrepancy');
    const period = await http.get('/api/v1/evaluation/scores?period=2026Q5').set(as(Role.Inspector));
    expect(period.status).toBe(400);
    expect(period.body.errors.map((e: { field: string }) => e.field)).toContain('period');
    expect(rpc.send).not.toHaveBeenCalled();
  });

  it('lets a worker ask for a ledger (the service checks it is their own)', async () => {
    const res = await http.get(`/api/v1/evaluation/staff/${STAFF}/ledger?period=2026-11`).set(as(Role.Worker));
    expect(res.status).toBe(200);
    expect(rpc.send).toHaveBeenCalledWith(EvaluationPatterns.staffLedger, expect.anything(), { id: STAFF, period: '2026-11' });
  });

  it('refuses awards for a month: quarters only', async () => {
    const res = await http.post('/api/v1/evaluation/periods/2026-11/awards').set(as(Role.Manager));
    expect(res.status).toBe(400);
    expect(rpc.send).not.toHaveBeenCalled();
  });

  it('serves the CSV as text/csv, body as the service wrote it', async () => {
    const body = 'period,rank,staff_no\r\n2026Q4,1,P01\r\n';
    rpc.send.mockResolvedValue(body);
    const res = await http.get('/api/v1/evaluation/periods/2026Q4/scores.csv').set(as(Role.Admin));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.text).toBe(body);
    expect(rpc.send).toHaveBeenCalledWith(EvaluationPatterns.scoresCsv, expect.anything(), { period: '2026Q4' });
  });
});

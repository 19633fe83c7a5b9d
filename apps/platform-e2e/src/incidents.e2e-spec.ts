import { eventually } from '@hospital/testing';
import { apiClient, Json, Reply } from './support/http';
import { PlatformUnderTest } from './support/platform';

const platform = new PlatformUnderTest();
const { call, login } = apiClient(platform);

let dispatcher: string;
let supervisor: string;
let manager: string;
let worker: string;
/** The demo worker's staff member (NK010, a specimen courier of internal medicine), from their account. */
let workerStaffId: string;
/** Another specimen courier of the demo roster: the colleague a worker's report names. */
let colleagueId: string;
/** A job the demo worker carries, and one their colleague carries. */
let workersJob: Json;
let colleaguesJob: Json;

const specimenTask = {
  type: 'SPECIMEN',
  priority: 'URGENT',
  group: 'INTERNAL_MEDICINE',
  origin: { department: '心内科', ward: '5病区', bed: '12' },
  destination: { department: '检验科' },
  requester: { department: '心内科' },
  specimen: { kind: 'URGENT', count: 1, container: '紫头管' },
};

/** The evaluation quarter an instant falls in, on the hospital's calendar (TZ_HOSPITAL, Asia/Shanghai by default). */
const quarterOf = (at: string): string => {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(new Date(at)).split('-').map(Number);
  return `${year}Q${Math.ceil(month / 3)}`;
};

const jobFor = async (workerId: string): Promise<Json> => {
  const created = await call('POST', '/dispatch/tasks', { token: dispatcher, body: specimenTask });
  expect(created.status).toBe(201);
  const assigned = await call('POST', `/dispatch/tasks/${created.body.id}/assign`, { token: dispatcher, body: { workerId } });
  expect(assigned.status).toBe(200);
  return assigned.body;
};

const report = (job: Json, token: string, body: Json): Promise<Reply> => call('POST', `/dispatch/tasks/${job.id}/incidents`, { token, body });

/** The colleague's ledger once it holds an entry from `incidentId`: feedback has then consumed every incident event before it. */
const ledgerWith = (incidentId: string, period: string) =>
  eventually(`incident ${incidentId} on the colleague’s ledger`, async () => {
    const res = await call('GET', `/evaluation/staff/${colleagueId}/ledger?period=${period}`, { token: manager });
    return res.status === 200 && res.body.entries.some((e: Json) => e.source.id === incidentId) ? res.body : undefined;
  });

beforeAll(async () => {
  await platform.start('e2eincidents', { withFeedback: true });
  [dispatcher, supervisor, manager, worker] = await Promise.all(['dispatcher', 'supervisor', 'manager', 'worker'].map((u) => login(u)));
  workerStaffId = (await call('GET', '/auth/me', { token: worker })).body.staffId;
  const couriers = await call('GET', '/staff?group=INTERNAL_MEDICINE&post=SPECIMEN_COURIER&limit=100', { token: dispatcher });
  colleagueId = couriers.body.items.find((s: Json) => s.id !== workerStaffId && s.active).id;
  workersJob = await jobFor(workerStaffId);
  colleaguesJob = await jobFor(colleagueId);
}, 120_000);

afterAll(() => platform.stop());

describe('incidents are reported truthfully: a worker’s report about a colleague counts only once the floor confirms it (gateway → dispatch → feedback, built bundles)', () => {
  const cracked = { kind: 'SPECIMEN_DAMAGED', severity: 'MAJOR', description: '标本管在电梯内破裂' };

  it('refuses a worker’s report on a colleague’s job with 403 NOT_TASK_CARRIER, and records nothing', async () => {
    const res = await report(colleaguesJob, worker, { ...cracked, staffIds: [colleagueId] });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('NOT_TASK_CARRIER');
    const list = await call('GET', `/dispatch/tasks/${colleaguesJob.id}/incidents`, { token: supervisor });
    expect(list.body.items).toEqual([]);
  });

  it('keeps a worker’s report naming a colleague PENDING and off their ledger; one confirmation of two at once puts −10 and the veto there', async () => {
    const pending = await report(workersJob, worker, { ...cracked, staffIds: [colleagueId] });
    expect(pending.status).toBe(201);
    expect(pending.body).toMatchObject({ status: 'PENDING', staffIds: [colleagueId], reportedByStaffId: workerStaffId, reviewedBy: null });
    const period = quarterOf(pending.body.reportedAt);

    // A dispatcher's report after it on the same job stands at once. Events of one job are published and consumed in
    // order, so once feedback has counted this one it has seen the PENDING one too.
    const later = await report(workersJob, dispatcher, { kind: 'DELAY', severity: 'MINOR', description: '交接延误5分钟', staffIds: [colleagueId] });
    expect(later.body).toMatchObject({ status: 'CONFIRMED', staffIds: [colleagueId] });
    const before = await ledgerWith(later.body.id, period);
    expect(before.entries.map((e: Json) => [e.source.id, e.points])).toEqual([[later.body.id, -2]]);
    expect(before).toMatchObject({ total: before.base - 2, vetoed: false });

    const [a, b] = await Promise.all([
      call('POST', `/dispatch/incidents/${pending.body.id}/confirm`, { token: dispatcher, body: { note: '已与检验科核实' } }),
      call('POST', `/dispatch/incidents/${pending.body.id}/confirm`, { token: supervisor, body: {} }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    expect([a, b].find((r) => r.status === 409)?.body.code).toBe('INCIDENT_NOT_PENDING');
    expect([a, b].find((r) => r.status === 200)?.body).toMatchObject({ status: 'CONFIRMED', reviewedBy: expect.any(String), reviewedAt: expect.any(String) });

    // Filed when it was reported, so it comes before the dispatcher's later report.
    const after = await ledgerWith(pending.body.id, period);
    expect(after.entries.map((e: Json) => [e.source.id, e.points, e.veto, e.occurredAt])).toEqual([
      [pending.body.id, -10, true, pending.body.reportedAt],
      [later.body.id, -2, false, later.body.reportedAt],
    ]);
    expect(after).toMatchObject({ total: after.base - 12, vetoed: true });
  });

  it('never counts a PENDING report a supervisor dismisses, and keeps who dismissed it and why', async () => {
    const pending = await report(workersJob, worker, { kind: 'SPECIMEN_LOST', severity: 'CRITICAL', description: '标本遗失', staffIds: [colleagueId] });
    expect(pending.body.status).toBe('PENDING');
    const supervisorId = (await call('GET', '/auth/me', { token: supervisor })).body.id;
    const dismissed = await call('POST', `/dispatch/incidents/${pending.body.id}/dismiss`, { token: supervisor, body: { reason: '监控显示交接时标本完好' } });
    expect(dismissed.status).toBe(200);
    expect(dismissed.body).toMatchObject({ status: 'DISMISSED', reviewedBy: supervisorId, reviewNote: '监控显示交接时标本完好' });
    expect((await call('POST', `/dispatch/incidents/${pending.body.id}/confirm`, { token: dispatcher, body: {} })).status).toBe(409);
    expect((await call('POST', `/dispatch/incidents/${pending.body.id}/dismiss`, { token: worker, body: { reason: 'x' } })).status).toBe(403);

    const listed = await call('GET', `/dispatch/tasks/${workersJob.id}/incidents?status=DISMISSED`, { token: supervisor });
    expect(listed.body.items).toEqual([dismissed.body]);

    // Counted after it (same job, so in order), a dispatcher's report shows feedback has passed the dismissed one: no entry, no veto from it.
    const later = await report(workersJob, dispatcher, { kind: 'DELAY', severity: 'MINOR', description: '再次延误', staffIds: [colleagueId] });
    const ledger = await ledgerWith(later.body.id, quarterOf(pending.body.reportedAt));
    expect(ledger.entries.map((e: Json) => e.source.id)).not.toContain(pending.body.id);
    expect(ledger.vetoes.map((v: Json) => v.source.id)).not.toContain(pending.body.id);
  });

  it('answers 404 INCIDENT_NOT_FOUND for an incident that does not exist', async () => {
    const res = await call('POST', '/dispatch/incidents/00000000-0000-4000-8000-000000000009/confirm', { token: dispatcher, body: {} });
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('INCIDENT_NOT_FOUND');
  });
});

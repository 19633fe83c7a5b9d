import { eventually } from '@hospital/testing';
import { apiClient, Json, Reply } from './support/http';
import { PlatformUnderTest } from './support/platform';

const platform = new PlatformUnderTest();
const { call, login } = apiClient(platform);

let adminToken: string;
let clerkToken: string;
let managerToken: string;
let supervisorToken: string;
let workerToken: string;
let clerkId: string;
let managerId: string;
let porterId: string;

const me = async (token: string): Promise<string> => (await call('GET', '/auth/me', { token })).body.id;

beforeAll(async () => {
  await platform.start('e2efeedback', { withFeedback: true });
  [adminToken, clerkToken, managerToken, supervisorToken, workerToken] = await Promise.all(
    ['admin', 'clerk', 'manager', 'supervisor', 'worker'].map((u) => login(u)),
  );
  [clerkId, managerId] = await Promise.all([me(clerkToken), me(managerToken)]);
  const porter = await call('POST', '/staff', {
    token: adminToken,
    body: { staffNo: 'JZ8801', name: '钱运送', group: 'EMERGENCY', posts: ['STRETCHER_BEARER'] },
  });
  expect(porter.status).toBe(201);
  porterId = porter.body.id;
}, 120_000);

afterAll(() => platform.stop());

describe('the feedback desk: complaints with first-contact ownership, praise, follow-ups (gateway → NATS → feedback, built bundles)', () => {
  let complaintId: string;

  it('lets the desk clerk record an anonymous patient’s complaint about a named porter, once feedback knows the porter, and owns it', async () => {
    const body = { channel: 'DESK', staffId: porterId, department: '急诊', category: 'ATTITUDE', severity: 'NORMAL', description: '转运途中态度粗暴' };
    // Feedback learns about new staff from dispatch's events: until then the porter is unknown (422).
    const created = await eventually('feedback’s staff directory to have the porter', async () => {
      const res: Reply = await call('POST', '/feedback/complaints', { token: clerkToken, body });
      if (res.status === 422) return null;
      return res;
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'RECEIVED', ownerId: clerkId, recordedBy: clerkId, complainant: null, staffId: porterId });
    expect(created.body.number).toMatch(/^C\d{8}-\d{4}$/);
    complaintId = created.body.id;
  });

  it('refuses an unknown staff member with 422 naming staffId', async () => {
    const res = await call('POST', '/feedback/complaints', {
      token: clerkToken,
      body: { channel: 'DESK', staffId: '00000000-0000-4000-8000-000000000001', category: 'OTHER', severity: 'NORMAL', description: 'x' },
    });
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: Json) => e.field)).toEqual(['staffId']);
  });

  it('lets the clerk hand it to the ward’s manager; the clerk may then no longer act on it (403)', async () => {
    expect((await call('POST', `/feedback/complaints/${complaintId}/acknowledge`, { token: clerkToken, body: {} })).status).toBe(200);
    expect((await call('POST', `/feedback/complaints/${complaintId}/investigate`, { token: clerkToken, body: { note: 'asked the porter' } })).status).toBe(200);
    const handed = await call('POST', `/feedback/complaints/${complaintId}/assign`, {
      token: clerkToken,
      body: { ownerId: managerId, reason: 'the ward manager decides on staff conduct' },
    });
    expect(handed.status).toBe(200);
    expect(handed.body.ownerId).toBe(managerId);
    const notMine = await call('POST', `/feedback/complaints/${complaintId}/resolve`, {
      token: clerkToken,
      body: { valid: true, atFaultStaffIds: [porterId], correctiveAction: 'x' },
    });
    expect(notMine.status).toBe(403);
  });

  it('lets the manager resolve it valid with the porter at fault, record the reply and close it; the timeline shows every step', async () => {
    const resolved = await call('POST', `/feedback/complaints/${complaintId}/resolve`, {
      token: managerToken,
      body: { valid: true, atFaultStaffIds: [porterId], atFaultDepartment: '运送中心', correctiveAction: '批评教育，重新培训服务规范' },
    });
    expect(resolved.status).toBe(200);
    expect(resolved.body.resolution).toMatchObject({ valid: true, atFaultStaffIds: [porterId], resolvedBy: managerId });
    const replied = await call('POST', `/feedback/complaints/${complaintId}/reply`, {
      token: managerToken,
      body: { message: '已向患者致歉并说明整改措施', channel: 'PHONE' },
    });
    expect(replied.status).toBe(200);
    expect((await call('POST', `/feedback/complaints/${complaintId}/resolve`, { token: managerToken, body: { valid: false, atFaultStaffIds: [], correctiveAction: 'x' } })).status).toBe(409);
    expect((await call('POST', `/feedback/complaints/${complaintId}/close`, { token: managerToken, body: {} })).status).toBe(200);

    const read = await call('GET', `/feedback/complaints/${complaintId}`, { token: supervisorToken });
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ status: 'CLOSED', ownerId: managerId, reply: { channel: 'PHONE' } });
    expect(read.body.timeline.map((e: Json) => e.action)).toEqual(['RECEIVED', 'ACKNOWLEDGED', 'INVESTIGATING', 'ASSIGNED', 'RESOLVED', 'REPLIED', 'CLOSED']);
  });

  it('puts −10 and a veto on the porter’s ledger for the quarter, from the complaint found valid and at fault', async () => {
    const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(new Date()).split('-').map(Number);
    const quarter = `${year}Q${Math.ceil(month / 3)}`;
    const ledger = await eventually('the complaint on the porter’s ledger', async () => {
      const res = await call('GET', `/evaluation/staff/${porterId}/ledger?period=${quarter}`, { token: managerToken });
      return res.status === 200 && res.body.entries.length > 0 ? res.body : undefined;
    });
    expect(ledger.entries).toEqual([expect.objectContaining({ points: -10, veto: true, source: expect.objectContaining({ id: complaintId }) })]);
    expect(ledger).toMatchObject({ total: ledger.base - 10, vetoed: true });
  });

  it('takes a patient’s web complaint without an account, unowned, with the contact masked in the answer', async () => {
    const res = await call('POST', '/feedback/complaints/public', {
      body: { channel: 'WEB', complainant: { name: '孙丽', phone: '13700002222' }, department: '门诊', category: 'WAITING', severity: 'NORMAL', description: '排队太久' },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ ownerId: null, complainant: { name: '孙*', phone: '137****2222' } });
    const unowned = await call('GET', '/feedback/complaints?ownerId=none', { token: supervisorToken });
    expect(unowned.body.items.map((i: Json) => i.id)).toContain(res.body.id);
    // The staff route still wants a token, and a worker cannot read complaints.
    expect((await call('POST', '/feedback/complaints', { body: {} })).status).toBe(401);
    expect((await call('GET', '/feedback/complaints', { token: workerToken })).status).toBe(403);
  });

  it('takes praise for the porter without an account', async () => {
    const res = await call('POST', '/feedback/praises/public', { body: { channel: 'MOBILE', staffIds: [porterId], text: '夜班很负责' } });
    expect(res.status).toBe(201);
    const list = await call('GET', `/feedback/praises?staffId=${porterId}`, { token: clerkToken });
    expect(list.body.items.map((p: Json) => p.text)).toEqual(['夜班很负责']);
  });

  it('turns an issue raised on a follow-up call into a complaint owned by the clerk who called', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    const planned = await call('POST', '/feedback/follow-ups', {
      token: clerkToken,
      body: { patient: { name: '周建国', phone: '13600003333', department: '骨科' }, dischargedOn: today, dueOn: today },
    });
    expect(planned.status).toBe(201);
    const due = await call('GET', '/feedback/follow-ups?due=true', { token: clerkToken });
    expect(due.body.items.map((f: Json) => f.id)).toContain(planned.body.id);
    const outcome = await call('POST', `/feedback/follow-ups/${planned.body.id}/outcome`, {
      token: clerkToken,
      body: { reached: true, satisfied: false, issues: '出院结算等了两小时' },
    });
    expect(outcome.body).toMatchObject({ status: 'COMPLETED', satisfied: false });
    const raised = await call('POST', `/feedback/follow-ups/${planned.body.id}/complaint`, {
      token: clerkToken,
      body: { department: '出入院处', category: 'WAITING', severity: 'NORMAL', description: '出院结算等了两小时' },
    });
    expect(raised.status).toBe(201);
    expect(raised.body.followUp.complaintId).toBe(raised.body.complaint.id);
    expect(raised.body.complaint).toMatchObject({ channel: 'FOLLOW_UP', followUpId: planned.body.id, ownerId: clerkId });
  });

  // Last: it uses up this address's public allowance (10 a minute here).
  it('rate-limits public complaints per address with 429', async () => {
    let status = 0;
    for (let i = 0; i < 12 && status !== 429; i++) status = (await call('POST', '/feedback/complaints/public', { body: {} })).status;
    expect(status).toBe(429);
  });
});

describe("a retry with the same Idempotency-Key on feedback's creating POSTs", () => {
  const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  /** [what, path, body (made with what the suite set up), a different body, the caller's token, the table written]. */
  const cases: [string, string, (text: string) => Json, () => string | undefined, string][] = [
    // The desk's route: this suite spends the public complaint route's rate limit on purpose above.
    ['a complaint at the desk', '/feedback/complaints', (text) => ({ channel: 'DESK', department: '门诊', category: 'WAITING', severity: 'NORMAL', description: text }), () => clerkToken, 'complaints'],
    ['public praise', '/feedback/praises/public', (text) => ({ channel: 'MOBILE', staffIds: [porterId], text }), () => undefined, 'praises'],
    ['a follow-up call', '/feedback/follow-ups', (text) => ({ patient: { name: text, phone: '13600004444', department: '骨科' }, dischargedOn: today(), dueOn: today() }), () => clerkToken, 'follow_ups'],
  ];

  it.each(cases)('%s: the first answer again, one row written; another body with that key is 422', async (_, path, bodyOf, token, table) => {
    const body = () => bodyOf('挂号排队很耐心');
    const key = { 'Idempotency-Key': `e2e-feedback-${table}-retry` };
    const count = async () => Number((await platform.query<{ n: string }>(`SELECT count(*) AS n FROM "feedback"."${table}"`))[0].n);
    const before = await count();
    const first = await call('POST', path, { token: token(), body: body(), headers: key });
    expect(first.status).toBe(201);
    const retry = await call('POST', path, { token: token(), body: body(), headers: key });
    expect(retry.status).toBe(201);
    expect(retry.body.id).toBe(first.body.id);
    expect(await count()).toBe(before + 1);
    const other = await call('POST', path, { token: token(), body: bodyOf('另一件事'), headers: key });
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });
});

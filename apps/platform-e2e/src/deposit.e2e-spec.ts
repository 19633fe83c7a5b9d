import { apiClient, Json, Reply } from './support/http';
import { PlatformUnderTest } from './support/platform';

const platform = new PlatformUnderTest();
const { call, login } = apiClient(platform);

let clerkToken: string;
let supervisorToken: string;
let workerToken: string;

const ID_NUMBER = '11010519491231002X';
const OTHER_ID_NUMBER = '440304199001011233';

const bag = (overrides: Json = {}): Json => ({
  desk: 'INPATIENT_LOBBY',
  depositor: { name: '王小明', phone: '13812341234', idNumber: ID_NUMBER },
  description: '黑色双肩包一个，内有衣物',
  pieceCount: 1,
  sealed: true,
  categories: ['CLOTHING', 'DAILY_NECESSITIES'],
  ...overrides,
});

const checkIn = (body: Json = bag(), token = clerkToken, headers: Record<string, string> = {}): Promise<Reply> =>
  call('POST', '/deposits', { token, body, headers });
const claim = (id: string, body: Json, token = clerkToken): Promise<Reply> => call('POST', `/deposits/${id}/claim`, { token, body });
const wrongCode = (code: string) => (code.startsWith('A') ? 'B' : 'A') + code.slice(1);

beforeAll(async () => {
  await platform.start('e2edeposit', { withDeposit: true });
  clerkToken = await login('clerk');
  supervisorToken = await login('supervisor');
  workerToken = await login('worker');
}, 120_000);

afterAll(() => platform.stop());

describe('check-in at the desk (gateway → NATS → deposit, built bundles)', () => {
  let first: Json;

  it('gives two bags checked in at the same moment tags 1 and 2, each with its own ticket', async () => {
    const [a, b] = await Promise.all([checkIn(), checkIn()]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect([a.body.tagNo, b.body.tagNo].sort()).toEqual([1, 2]);
    first = a.body.tagNo === 1 ? a.body : b.body;
    expect(first).toMatchObject({ desk: 'INPATIENT_LOBBY', place: { kind: 'SHELF', label: '1' }, notLiable: false });
    expect(first.ticketNo).toMatch(/^ZY\d{8}-000[12]$/);
    expect(first.pickupCode).toMatch(/^[2-9A-HJ-NP-Z]{8}$/);
    expect(first.depositor).toEqual({ name: '王**', phone: '138****1234', idLast4: '002X' });
  });

  it('refuses a food parcel with 422 PROHIBITED_ITEM naming "food"', async () => {
    const res = await checkIn(bag({ categories: ['FOOD'] }));
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body).toMatchObject({ code: 'PROHIBITED_ITEM', errors: [{ field: 'categories', message: 'food is never accepted for storage' }] });
    expect(res.body.detail).toContain('food');
  });

  it('refuses an ID number with a wrong check character with 400 naming the field', async () => {
    const res = await checkIn(bag({ depositor: { name: '王小明', phone: '13812341234', idNumber: '110105194912310021' } }));
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: Json) => e.field)).toEqual(['depositor.idNumber']);
  });

  it('answers a retried check-in (same Idempotency-Key) with the same deposit and a new code', async () => {
    const headers = { 'Idempotency-Key': 'e2e-deposit-retry-1' };
    const once = await checkIn(bag({ sealed: false }), clerkToken, headers);
    const again = await checkIn(bag({ sealed: false }), clerkToken, headers);
    expect([once.status, again.status]).toEqual([201, 201]);
    expect(again.body).toMatchObject({ id: once.body.id, tagNo: once.body.tagNo, notLiable: true });
    expect(again.body.pickupCode).not.toBe(once.body.pickupCode);
  });

  it('lets a visitor without an account look up the status by code, and nothing personal', async () => {
    const res = await call('GET', `/deposits/lookup?code=${first.pickupCode}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'STORED', desk: 'INPATIENT_LOBBY', checkedInOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), tagNo: 1 });
    expect((await call('GET', '/deposits/lookup?code=ZZZZZZZZ')).status).toBe(404);
  });

  it('lists deposits for a clerk with names in full, phones masked and no ID number', async () => {
    const res = await call('GET', '/deposits?desk=INPATIENT_LOBBY&tagNo=1', { token: clerkToken });
    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(1);
    expect(res.body.items[0]).toMatchObject({ id: first.id, status: 'STORED', depositor: { name: '王小明', phone: '138****1234', idLast4: '002X' } });
    expect(JSON.stringify(res.body)).not.toContain(ID_NUMBER);
    const bySupervisor = await call('GET', `/deposits/${first.id}`, { token: supervisorToken });
    expect(bySupervisor.body.depositor.phone).toBe('13812341234');
  });

  it('keeps name, phone, ID number and code out of every event', async () => {
    const rows = await platform.query<{ envelope: Json }>(`SELECT "envelope" FROM "deposit"."outbox"`);
    expect(rows.map((r) => r.envelope.type)).toContain('deposit.checked-in');
    const wire = JSON.stringify(rows);
    for (const secret of ['王小明', '13812341234', ID_NUMBER, first.pickupCode]) expect(wire).not.toContain(secret);
  });
});

describe('claims', () => {
  it('locks a deposit after five wrong codes (423 afterwards) until the supervisor unlocks it', async () => {
    const { body: ticket } = await checkIn();
    const bad = { method: 'PICKUP_CODE', pickupCode: wrongCode(ticket.pickupCode) };
    for (let i = 0; i < 5; i++) expect((await claim(ticket.id, bad)).body.code).toBe('CLAIM_REFUSED');
    const locked = await claim(ticket.id, { method: 'PICKUP_CODE', pickupCode: ticket.pickupCode });
    expect(locked.status).toBe(423);
    expect(locked.body.code).toBe('DEPOSIT_LOCKED');

    expect((await call('POST', `/deposits/${ticket.id}/unlock`, { token: clerkToken })).status).toBe(403);
    const unlocked = await call('POST', `/deposits/${ticket.id}/unlock`, { token: supervisorToken });
    expect(unlocked.status).toBe(200);
    expect(unlocked.body).toMatchObject({ status: 'STORED', wrongCodeCount: 0 });
    expect((await claim(ticket.id, { method: 'PICKUP_CODE', pickupCode: ticket.pickupCode })).body.status).toBe('RELEASED');
  });

  it('refuses a proxy claim made by a clerk, and releases it when the supervisor makes it, recorded as approver', async () => {
    const { body: ticket } = await checkIn();
    const proxy = { method: 'PROXY', pickupCode: ticket.pickupCode, idNumber: ID_NUMBER, proxyName: '李四' };
    const byClerk = await claim(ticket.id, proxy);
    expect(byClerk.status).toBe(403);
    expect(byClerk.body.code).toBe('SUPERVISOR_REQUIRED');

    const wrongId = await claim(ticket.id, { ...proxy, idNumber: OTHER_ID_NUMBER }, supervisorToken);
    expect(wrongId.status).toBe(403);
    expect(wrongId.body.code).toBe('CLAIM_REFUSED');

    const me = await call('GET', '/auth/me', { token: supervisorToken });
    const bySupervisor = await claim(ticket.id, proxy, supervisorToken);
    expect(bySupervisor.status).toBe(200);
    expect(bySupervisor.body).toMatchObject({ status: 'RELEASED', claimMethod: 'PROXY', claimedByName: '李四', approvedBy: me.body.id });
  });

  it('kills the code of a reported lost ticket and releases on the ID number with the description confirmed', async () => {
    const { body: ticket } = await checkIn();
    expect((await call('POST', `/deposits/${ticket.id}/report-lost`, { token: clerkToken })).body.status).toBe('TICKET_LOST');
    expect((await claim(ticket.id, { method: 'PICKUP_CODE', pickupCode: ticket.pickupCode })).status).toBe(403);
    expect((await claim(ticket.id, { method: 'LOST_TICKET', idNumber: ID_NUMBER })).status).toBe(422);
    const released = await claim(ticket.id, { method: 'LOST_TICKET', idNumber: ID_NUMBER, descriptionConfirmed: true });
    expect(released.status).toBe(200);
    expect(released.body).toMatchObject({ status: 'RELEASED', claimMethod: 'LOST_TICKET' });
    expect((await claim(ticket.id, { method: 'LOST_TICKET', idNumber: ID_NUMBER, descriptionConfirmed: true })).status).toBe(409);
  });
});

describe('who may do what', () => {
  it('refuses a worker the deposits (403) and a caller without a token (401)', async () => {
    expect((await call('GET', '/deposits', { token: workerToken })).status).toBe(403);
    expect((await checkIn(bag(), workerToken)).status).toBe(403);
    expect((await call('GET', '/deposits')).status).toBe(401);
  });

  it('rate-limits the visitor look-up like login', async () => {
    let status = 0;
    for (let i = 0; i < 12 && status !== 429; i++) status = (await call('GET', '/deposits/lookup?code=ZZZZZZZZ')).status;
    expect(status).toBe(429);
  });
});

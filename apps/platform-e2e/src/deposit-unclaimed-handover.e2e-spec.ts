import { eventually } from '@hospital/testing';
import { apiClient, Json, Reply } from './support/http';
import { PlatformUnderTest } from './support/platform';

const platform = new PlatformUnderTest();
const { call, login } = apiClient(platform);

const DAY_MS = 24 * 60 * 60 * 1000;
const DESK = 'SURGERY_LOBBY';

let clerk: string;
let supervisor: string;
let admin: string;
let supervisorId: string;
/** The demo clerk's staff member (NK027, a front-desk clerk of internal medicine), from their account. */
let clerkStaffId: string;
/** Another front-desk clerk of the demo roster (NK028), who takes the desk over. */
let incomingStaffId: string;

/** The evaluation quarter an instant falls in, on the hospital's calendar (TZ_HOSPITAL, Asia/Shanghai by default). */
const quarterOf = (at: string): string => {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(new Date(at)).split('-').map(Number);
  return `${year}Q${Math.ceil(month / 3)}`;
};

const checkIn = (extra: Json = {}): Promise<Reply> =>
  call('POST', '/deposits', {
    token: clerk,
    body: {
      desk: DESK,
      depositor: { name: '赵六', phone: '13900001111', idNumber: '440304199001011233' },
      description: '蓝色行李箱一个',
      pieceCount: 1,
      sealed: true,
      categories: ['LUGGAGE'],
      ...extra,
    },
  });

beforeAll(async () => {
  await platform.start('e2eunclaimed', { withDeposit: true, withFeedback: true });
  [clerk, supervisor, admin] = await Promise.all([login('clerk'), login('supervisor'), login('admin')]);
  supervisorId = (await call('GET', '/auth/me', { token: supervisor })).body.id;
  clerkStaffId = (await call('GET', '/auth/me', { token: clerk })).body.staffId;
  const frontDesk = await call('GET', '/staff?group=INTERNAL_MEDICINE&post=FRONT_DESK&q=NK028', { token: clerk });
  incomingStaffId = frontDesk.body.items.find((s: Json) => s.staffNo === 'NK028').id;
}, 120_000);

afterAll(() => platform.stop());

describe('shift handover and the 3-day rule at one desk (gateway → NATS → deposit, built bundles)', () => {
  const tickets: Json[] = [];

  beforeAll(async () => {
    for (let i = 0; i < 3; i++) {
      const res = await checkIn();
      expect(res.status).toBe(201);
      tickets.push(res.body);
    }
    expect(tickets.map((t) => t.tagNo)).toEqual([1, 2, 3]);
  });

  it('the demo clerk is the front-desk clerk NK027 of the internal medicine group', async () => {
    const me = await call('GET', `/staff/${clerkStaffId}`, { token: clerk });
    expect(me.body).toMatchObject({ staffNo: 'NK027', group: 'INTERNAL_MEDICINE', posts: expect.arrayContaining(['FRONT_DESK']) });
  });

  it('records a handover with one tag missing as a discrepancy between two staff members, booked on the outgoing clerk’s ledger; lists it until the supervisor resolves it', async () => {
    const handedOver = await call('POST', '/deposits/handovers', {
      token: clerk,
      body: { desk: DESK, incomingClerkId: incomingStaffId, count: 2, tagNos: [1, 2], note: '3号包未找到' },
    });
    expect(handedOver.status).toBe(201);
    expect(handedOver.body).toMatchObject({
      status: 'DISCREPANCY',
      outgoingClerkId: clerkStaffId,
      incomingClerkId: incomingStaffId,
      expectedCount: 3,
      countedCount: 2,
      missingTags: [3],
      extraTags: [],
    });
    const id = handedOver.body.id;

    const [event] = await platform.query<{ envelope: Json }>(
      `SELECT "envelope" FROM "deposit"."outbox" WHERE "aggregate_id" = $1 AND "envelope"->>'type' = 'deposit.handover-discrepancy'`,
      [id],
    );
    expect(event.envelope).toMatchObject({ version: 2, payload: { handoverId: id, desk: DESK, outgoingClerkId: clerkStaffId, expectedCount: 3, countedCount: 2, missingTags: [3] } });

    // The bug this guards: the −2 used to land on the clerk's account id, which no ledger shows.
    const ledger = await eventually('the discrepancy on NK027’s ledger', async () => {
      const res = await call('GET', `/evaluation/staff/${clerkStaffId}/ledger?period=${quarterOf(handedOver.body.createdAt)}`, { token: supervisor });
      return res.status === 200 && res.body.entries.length > 0 ? res.body : undefined;
    });
    expect(ledger.entries).toEqual([expect.objectContaining({ points: -2, source: { type: 'HANDOVER_DISCREPANCY', id } })]);
    expect(ledger.total).toBe(ledger.base - 2);

    const open = async () => (await call('GET', `/deposits/handovers?status=DISCREPANCY&desk=${DESK}`, { token: clerk })).body.items.map((h: Json) => h.id);
    expect(await open()).toEqual([id]);

    // Only an account linked to NK028 could confirm it; the demo accounts are not.
    const byOutgoing = await call('POST', `/deposits/handovers/${id}/confirm`, { token: clerk });
    expect(byOutgoing).toMatchObject({ status: 403, body: { code: 'NOT_INCOMING_CLERK' } });
    const bySupervisor = await call('POST', `/deposits/handovers/${id}/confirm`, { token: supervisor });
    expect(bySupervisor).toMatchObject({ status: 403, body: { code: 'NOT_LINKED_TO_STAFF' } });

    expect((await call('POST', `/deposits/handovers/${id}/resolve`, { token: clerk, body: { resolution: 'x' } })).status).toBe(403);
    const resolved = await call('POST', `/deposits/handovers/${id}/resolve`, { token: supervisor, body: { resolution: '3号包在柜内，漏数' } });
    expect(resolved.status).toBe(200);
    expect(resolved.body).toMatchObject({ status: 'RESOLVED', resolvedBy: supervisorId });
    expect(await open()).toEqual([]);
    expect((await call('GET', `/deposits/handovers/${id}`, { token: clerk })).body.status).toBe('RESOLVED');
  });

  it('refuses a handover from an account linked to no staff member with 403 NOT_LINKED_TO_STAFF, recording nothing', async () => {
    const recorded = async () => (await call('GET', `/deposits/handovers?desk=${DESK}`, { token: supervisor })).body.items.map((h: Json) => h.id);
    const before = await recorded();
    const res = await call('POST', '/deposits/handovers', { token: supervisor, body: { desk: DESK, incomingClerkId: incomingStaffId, count: 0, tagNos: [] } });
    expect(res).toMatchObject({ status: 403, body: { code: 'NOT_LINKED_TO_STAFF' } });
    expect(await recorded()).toEqual(before);
  });

  it('matches a full count, with no event', async () => {
    const res = await call('POST', '/deposits/handovers', { token: clerk, body: { desk: DESK, incomingClerkId: incomingStaffId, count: 3, tagNos: [3, 2, 1] } });
    expect(res.body).toMatchObject({ status: 'MATCHED', missingTags: [], extraTags: [] });
    expect(await platform.query(`SELECT 1 FROM "deposit"."outbox" WHERE "aggregate_id" = $1`, [res.body.id])).toEqual([]);
  });

  it('marks the bags unclaimed in a sweep as of four days later (admins only), and they leave only by disposal, freeing the tag', async () => {
    expect((await call('POST', '/deposits/sweep-overdue', { token: clerk, body: {} })).status).toBe(403);
    const today = await call('POST', '/deposits/sweep-overdue', { token: admin, body: {} });
    expect(today.body).toEqual({ marked: 0, ids: [] });

    const later = await call('POST', '/deposits/sweep-overdue', { token: admin, body: { asOf: new Date(Date.now() + 4 * DAY_MS).toISOString() } });
    expect(later.status).toBe(200);
    expect([...later.body.ids].sort()).toEqual(tickets.map((t) => t.id).sort());
    const [first] = tickets;
    expect((await call('GET', `/deposits/${first.id}`, { token: clerk })).body.status).toBe('UNCLAIMED');

    const claim = await call('POST', `/deposits/${first.id}/claim`, { token: clerk, body: { method: 'PICKUP_CODE', pickupCode: first.pickupCode } });
    expect(claim.status).toBe(409);
    expect(claim.body.code).toBe('INVALID_TRANSITION');

    const disposal = { to: 'LOST_PROPERTY', note: '交失物招领处' };
    expect((await call('POST', `/deposits/${first.id}/dispose`, { token: clerk, body: disposal })).status).toBe(403);
    const disposed = await call('POST', `/deposits/${first.id}/dispose`, { token: supervisor, body: disposal });
    expect(disposed.status).toBe(200);
    expect(disposed.body).toMatchObject({ status: 'DISPOSED', disposedBy: supervisorId, disposalTo: 'LOST_PROPERTY', disposalNote: '交失物招领处' });
    expect((await call('POST', `/deposits/${first.id}/dispose`, { token: supervisor, body: disposal })).status).toBe(409);

    const again = await checkIn({ tagNo: first.tagNo });
    expect(again.status).toBe(201);
    expect(again.body.tagNo).toBe(first.tagNo);
  });
});

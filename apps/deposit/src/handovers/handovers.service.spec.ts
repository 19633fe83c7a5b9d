import {
  Actor,
  CreateHandoverDto,
  DepositStatus,
  Desk,
  ERROR_HTTP_STATUS,
  ErrorCode,
  HandoverDiscrepancyV2,
  HandoverPatterns,
  HandoverStatus,
  Role,
} from '@hospital/contracts';
import { idempotentRequest } from '@hospital/platform';
import { expectDomainError, ServiceUnderTest } from '@hospital/service-testing';
import { actors } from '@hospital/testing';
import { randomUUID } from 'node:crypto';
import { startDepositUnderTest } from '../service.spec-helper';
import { insertDeposit } from '../unclaimed/deposit-rows.spec-helper';
import { HandoversQueryService } from './handovers-query.service';
import { HandoversService } from './handovers.service';

/** Two clerks whose accounts are linked to their staff records: a handover names the staff ids, never the account ids. */
const outgoing = actors.user(Role.DeskClerk, { id: randomUUID(), staffId: randomUUID() });
const incoming = actors.user(Role.DeskClerk, { id: randomUUID(), staffId: randomUUID() });
const outgoingStaffId = outgoing.staffId!;
const incomingStaffId = incoming.staffId!;
/** Not linked to a staff member: resolving is a supervisor's step, recorded by user id. */
const supervisor = actors.user(Role.Supervisor, { id: randomUUID() });

describe('HandoversService: shift handover counts (real Postgres, NATS)', () => {
  let service: ServiceUnderTest;
  let handovers: HandoversService;
  let queries: HandoversQueryService;

  /** The use case as its NATS handler calls it for a request with an Idempotency-Key. */
  const createWithKey = (body: CreateHandoverDto, caller: Actor, key: string) =>
    handovers.create(body, caller, idempotentRequest(key, HandoverPatterns.create, caller, body));

  /** What the outgoing clerk enters, handing over to the incoming one. */
  const handover = (desk: Desk, count: number, tagNos: number[]): CreateHandoverDto => ({ desk, incomingClerkId: incomingStaffId, count, tagNos });
  const discrepancyEvents = async (id: string) =>
    (await service.outbox<HandoverDiscrepancyV2>(id)).filter((r) => r.envelope.type === 'deposit.handover-discrepancy');
  const countRows = async () => {
    const [{ handovers: h, outbox }] = await service.query<{ handovers: number; outbox: number }[]>(
      `SELECT (SELECT count(*)::int FROM "deposit"."handovers") AS "handovers", (SELECT count(*)::int FROM "deposit"."outbox") AS "outbox"`,
    );
    return { handovers: h, outbox };
  };

  beforeAll(async () => {
    service = await startDepositUnderTest({ config: { sweepEveryMs: 3_600_000 } });
    handovers = service.app.get(HandoversService);
    queries = service.app.get(HandoversQueryService);
    const q = service.query.bind(service);
    // The surgery desk holds tags 1-3 (stored, ticket lost, locked) and 4 (unclaimed); 5 went home, 6 was disposed of.
    await insertDeposit(q, { desk: Desk.SurgeryLobby, tagNo: 1 });
    await insertDeposit(q, { desk: Desk.SurgeryLobby, tagNo: 2, status: DepositStatus.TicketLost });
    await insertDeposit(q, { desk: Desk.SurgeryLobby, tagNo: 3, status: DepositStatus.Locked });
    await insertDeposit(q, { desk: Desk.SurgeryLobby, tagNo: 4, status: DepositStatus.Unclaimed });
    await insertDeposit(q, { desk: Desk.SurgeryLobby, tagNo: 5, status: DepositStatus.Released });
    await insertDeposit(q, { desk: Desk.SurgeryLobby, tagNo: 6, status: DepositStatus.Disposed });
    // Another desk's bag is not this desk's business.
    await insertDeposit(q, { desk: Desk.Emergency, tagNo: 7 });
  });

  afterAll(() => service.stop());

  it('records a handover with one tag missing as DISCREPANCY naming it, and announces it for evaluation on the outgoing clerk’s staff id', async () => {
    const recorded = await handovers.create({ ...handover(Desk.SurgeryLobby, 3, [4, 1, 2]), note: '3号包未见' }, outgoing);
    expect(recorded).toMatchObject({
      desk: 'SURGERY_LOBBY',
      status: HandoverStatus.Discrepancy,
      outgoingClerkId: outgoingStaffId,
      incomingClerkId: incomingStaffId,
      countedCount: 3,
      countedTags: [1, 2, 4],
      expectedCount: 4,
      missingTags: [3],
      extraTags: [],
      note: '3号包未见',
      confirmedAt: null,
      resolvedAt: null,
    });

    const events = await discrepancyEvents(recorded.id);
    expect(events).toHaveLength(1);
    // Version 2: the clerks are staff ids, what the evaluation ledger is kept by (version 1 named user accounts).
    expect(events[0].envelope.version).toBe(2);
    expect(events[0].envelope.payload).toEqual({
      handoverId: recorded.id,
      desk: 'SURGERY_LOBBY',
      outgoingClerkId: outgoingStaffId,
      incomingClerkId: incomingStaffId,
      expectedCount: 4,
      countedCount: 3,
      missingTags: [3],
      extraTags: [],
      at: recorded.createdAt,
    });
    await expect(queries.get(recorded.id)).resolves.toEqual(recorded);
  });

  it('records a matching handover as MATCHED, with no event', async () => {
    const recorded = await handovers.create(handover(Desk.SurgeryLobby, 4, [1, 2, 3, 4]), outgoing);
    expect(recorded).toMatchObject({ status: HandoverStatus.Matched, expectedCount: 4, missingTags: [], extraTags: [] });
    expect(await service.outbox(recorded.id)).toEqual([]);
  });

  it('counts a right number with a wrong tag, and a right tag list with a wrong number, as discrepancies', async () => {
    const wrongTag = await handovers.create(handover(Desk.SurgeryLobby, 4, [1, 2, 3, 9]), outgoing);
    expect(wrongTag).toMatchObject({ status: HandoverStatus.Discrepancy, missingTags: [4], extraTags: [9] });
    const wrongCount = await handovers.create(handover(Desk.Emergency, 2, [7]), outgoing);
    expect(wrongCount).toMatchObject({ status: HandoverStatus.Discrepancy, expectedCount: 1, countedCount: 2, missingTags: [], extraTags: [] });
    expect(await discrepancyEvents(wrongCount.id)).toHaveLength(1);
  });

  it('keeps a discrepancy listed until a supervisor resolves it; a clerk cannot', async () => {
    const open = await handovers.create(handover(Desk.SurgeryLobby, 2, [1, 2]), outgoing);
    const unresolved = async () => (await queries.list({ status: HandoverStatus.Discrepancy, limit: 100 })).items.map((h) => h.id);
    expect(await unresolved()).toContain(open.id);

    const byClerk = await expectDomainError(handovers.resolve({ id: open.id, resolution: 'found it' }, incoming));
    expect(byClerk.code).toBe(ErrorCode.SupervisorRequired);
    expect(await unresolved()).toContain(open.id);

    const resolved = await handovers.resolve({ id: open.id, resolution: '3、4号包在柜内，漏数' }, supervisor);
    expect(resolved).toMatchObject({ status: HandoverStatus.Resolved, resolvedBy: supervisor.id, resolution: '3、4号包在柜内，漏数', version: 2 });
    expect(resolved.resolvedAt).toEqual(expect.any(String));
    expect(await unresolved()).not.toContain(open.id);

    const again = await expectDomainError(handovers.resolve({ id: open.id, resolution: 'again' }, supervisor));
    expect(again.code).toBe(ErrorCode.InvalidTransition);
    const matched = await handovers.create(handover(Desk.Emergency, 1, [7]), outgoing);
    expect((await expectDomainError(handovers.resolve({ id: matched.id, resolution: 'nothing to resolve' }, supervisor))).code).toBe(
      ErrorCode.InvalidTransition,
    );
  });

  it('is confirmed by the incoming clerk named on it, by nobody else, and once', async () => {
    const recorded = await handovers.create(handover(Desk.SurgeryLobby, 4, [1, 2, 3, 4]), outgoing);
    const linkedSupervisor = actors.user(Role.Supervisor, { id: randomUUID(), staffId: randomUUID() });
    // An account whose user id happens to be the incoming staff id is still not that staff member.
    const userIdLikeTheStaffId = actors.user(Role.DeskClerk, { id: incomingStaffId, staffId: randomUUID() });
    for (const someoneElse of [outgoing, linkedSupervisor, userIdLikeTheStaffId]) {
      expect((await expectDomainError(handovers.confirm(recorded.id, someoneElse))).code).toBe(ErrorCode.NotIncomingClerk);
    }
    // The incoming clerk's own account, were it not linked to their staff record, cannot say who they are.
    const unlinkedIncoming = actors.user(Role.DeskClerk, { id: incoming.id });
    expect((await expectDomainError(handovers.confirm(recorded.id, unlinkedIncoming))).code).toBe(ErrorCode.NotLinkedToStaff);
    expect((await queries.get(recorded.id)).confirmedAt).toBeNull();
    const confirmed = await handovers.confirm(recorded.id, incoming);
    expect(confirmed.confirmedAt).toEqual(expect.any(String));
    expect(confirmed.status).toBe(HandoverStatus.Matched);
    expect((await expectDomainError(handovers.confirm(recorded.id, incoming))).code).toBe(ErrorCode.InvalidTransition);
  });

  it('refuses a clerk handing over to themselves (their own staff id), naming the field', async () => {
    const error = await expectDomainError(handovers.create({ ...handover(Desk.SurgeryLobby, 4, [1, 2, 3, 4]), incomingClerkId: outgoingStaffId }, outgoing));
    expect(error).toMatchObject({ code: ErrorCode.ValidationFailed, details: { errors: [{ field: 'incomingClerkId' }] } });
  });

  it('refuses a clerk whose account is not linked to a staff member with 403 NOT_LINKED_TO_STAFF, writing nothing', async () => {
    const before = await countRows();
    for (const unlinked of [actors.user(Role.DeskClerk, { id: randomUUID() }), actors.user(Role.DeskClerk, { id: randomUUID(), staffId: null })]) {
      // A count that would be a discrepancy: not even the event is written.
      const error = await expectDomainError(handovers.create(handover(Desk.SurgeryLobby, 1, [1]), unlinked));
      expect(error.code).toBe(ErrorCode.NotLinkedToStaff);
      expect(ERROR_HTTP_STATUS[error.code]).toBe(403);
      const withKey = await expectDomainError(createWithKey(handover(Desk.SurgeryLobby, 1, [1]), unlinked, randomUUID()));
      expect(withKey.code).toBe(ErrorCode.NotLinkedToStaff);
    }
    expect(await countRows()).toEqual(before);
  });

  it('with an Idempotency-Key, records a retried handover once', async () => {
    const key = randomUUID();
    const first = await createWithKey(handover(Desk.Emergency, 0, []), outgoing, key);
    const retry = await createWithKey(handover(Desk.Emergency, 0, []), outgoing, key);
    expect(retry).toEqual(first);
    const [{ n }] = await service.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM "deposit"."handovers" WHERE "id" = $1`, [first.id]);
    expect(n).toBe(1);
    expect(await discrepancyEvents(first.id)).toHaveLength(1);
  });

  it('lists newest first by desk and time range, a page at a time', async () => {
    const before = new Date().toISOString();
    const a = await handovers.create(handover(Desk.InpatientLobby, 0, []), outgoing);
    const b = await handovers.create(handover(Desk.InpatientLobby, 1, [1]), outgoing);
    const first = await queries.list({ desk: Desk.InpatientLobby, limit: 1 });
    expect(first.items.map((h) => h.id)).toEqual([b.id]);
    const second = await queries.list({ desk: Desk.InpatientLobby, limit: 1, cursor: first.nextCursor! });
    expect(second).toEqual({ items: [expect.objectContaining({ id: a.id })], nextCursor: null });

    const recent = await queries.list({ from: before, limit: 100 });
    expect(recent.items.map((h) => h.id)).toEqual([b.id, a.id]);
    expect((await queries.list({ to: before, limit: 100 })).items.map((h) => h.id)).not.toContain(a.id);
    const backwards = await expectDomainError(queries.list({ from: before, to: before }));
    expect(backwards).toMatchObject({ code: ErrorCode.ValidationFailed, details: { errors: [{ field: 'to' }] } });
  });

  it('answers 404 HANDOVER_NOT_FOUND for an unknown id', async () => {
    expect((await expectDomainError(queries.get(randomUUID()))).code).toBe(ErrorCode.HandoverNotFound);
    expect((await expectDomainError(handovers.confirm(randomUUID(), incoming))).code).toBe(ErrorCode.HandoverNotFound);
  });
});

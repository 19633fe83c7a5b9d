import { Actor, CheckInDepositDto, ClaimMethod, DepositCheckedInV1, DepositPatterns, DepositStatus, Desk, ErrorCode, ItemCategory, StoragePlaceKind } from '@hospital/contracts';
import { idempotentRequest } from '@hospital/platform';
import { expectDomainError, ServiceUnderTest } from '@hospital/service-testing';
import { createHmac } from 'node:crypto';
import { startDepositUnderTest } from '../service.spec-helper';
import { DepositCheckInService } from './deposit-check-in.service';
import { DepositClaimsService } from './deposit-claims.service';
import { aCheckIn, clerk, ID_WANG, supervisor } from './deposit.spec-helper';
import { DepositsQueryService } from './deposits-query.service';

const HASH_KEY = 'spec-id-hash-key-0123456789abcdef-0123';
const POOLS = { [Desk.InpatientLobby]: 100, [Desk.SurgeryLobby]: 3, [Desk.Emergency]: 12 };
const hmac = (value: string) => createHmac('sha256', HASH_KEY).update(value).digest('hex');

describe('DepositCheckInService (the whole deposit service in-process: real Postgres, NATS)', () => {
  let service: ServiceUnderTest;
  let checkIns: DepositCheckInService;

  /** The use case as its NATS handler calls it for a request with an Idempotency-Key. */
  const checkInWithKey = (body: CheckInDepositDto, caller: Actor, key: string) =>
    checkIns.checkIn(body, caller, idempotentRequest(key, DepositPatterns.checkIn, caller, body));

  beforeAll(async () => {
    service = await startDepositUnderTest({ config: { idHashKey: HASH_KEY, tagsPerDesk: POOLS } });
    checkIns = service.app.get(DepositCheckInService);
  });

  beforeEach(() => service.query(`TRUNCATE "deposit"."deposits", "deposit"."ticket_day_counters" CASCADE`));

  afterAll(() => service.stop());

  const count = async () => Number(((await service.query(`SELECT count(*) AS n FROM "deposit"."deposits"`)) as { n: string }[])[0].n);

  describe('tags', () => {
    it('hands out the lowest free tag of the desk, and a released tag again', async () => {
      const first = await checkIns.checkIn(aCheckIn(), clerk);
      const second = await checkIns.checkIn(aCheckIn(), clerk);
      const elsewhere = await checkIns.checkIn(aCheckIn({ desk: Desk.Emergency }), clerk);
      expect([first.tagNo, second.tagNo, elsewhere.tagNo]).toEqual([1, 2, 1]);

      await service.app.get(DepositClaimsService).claim({ id: first.id, method: ClaimMethod.PickupCode, pickupCode: first.pickupCode }, clerk);
      expect((await checkIns.checkIn(aCheckIn(), clerk)).tagNo).toBe(1);
      expect((await checkIns.checkIn(aCheckIn(), clerk)).tagNo).toBe(3);
    });

    it('gives the tag the clerk names, and skips it when choosing the lowest free one', async () => {
      expect((await checkIns.checkIn(aCheckIn({ tagNo: 1 }), clerk)).tagNo).toBe(1);
      expect((await checkIns.checkIn(aCheckIn({ tagNo: 3 }), clerk)).tagNo).toBe(3);
      expect((await checkIns.checkIn(aCheckIn(), clerk)).tagNo).toBe(2);
      expect((await checkIns.checkIn(aCheckIn(), clerk)).tagNo).toBe(4);
    });

    it('refuses a tag that is on another bag with 409 TAG_IN_USE, writing nothing', async () => {
      await checkIns.checkIn(aCheckIn({ tagNo: 7 }), clerk);
      const error = await expectDomainError(checkIns.checkIn(aCheckIn({ tagNo: 7 }), clerk));
      expect(error.code).toBe(ErrorCode.TagInUse);
      expect(error.details?.errors).toEqual([{ field: 'tagNo', message: 'tag 7 is in use' }]);
      expect(await count()).toBe(1);
    });

    it('refuses a tag outside the desk’s pool, naming tagNo', async () => {
      const error = await expectDomainError(checkIns.checkIn(aCheckIn({ desk: Desk.SurgeryLobby, tagNo: 4 }), clerk));
      expect(error.code).toBe(ErrorCode.ValidationFailed);
      expect(error.details?.errors?.[0]).toMatchObject({ field: 'tagNo' });
      expect(error.message).toContain('between 1 and 3');
    });

    it('keeps an unclaimed bag’s tag until it is disposed', async () => {
      const bag = await checkIns.checkIn(aCheckIn({ desk: Desk.SurgeryLobby }), clerk);
      await service.query(`UPDATE "deposit"."deposits" SET "status" = $2 WHERE "id" = $1`, [bag.id, DepositStatus.Unclaimed]);
      expect((await checkIns.checkIn(aCheckIn({ desk: Desk.SurgeryLobby }), clerk)).tagNo).toBe(2);
      expect((await expectDomainError(checkIns.checkIn(aCheckIn({ desk: Desk.SurgeryLobby, tagNo: 1 }), clerk))).code).toBe(ErrorCode.TagInUse);

      await service.query(`UPDATE "deposit"."deposits" SET "status" = $2 WHERE "id" = $1`, [bag.id, DepositStatus.Disposed]);
      expect((await checkIns.checkIn(aCheckIn({ desk: Desk.SurgeryLobby }), clerk)).tagNo).toBe(1);
    });

    it('answers 409 NO_FREE_TAG when every tag of the desk is out', async () => {
      for (let i = 0; i < 3; i++) await checkIns.checkIn(aCheckIn({ desk: Desk.SurgeryLobby }), clerk);
      const error = await expectDomainError(checkIns.checkIn(aCheckIn({ desk: Desk.SurgeryLobby }), clerk));
      expect(error.code).toBe(ErrorCode.NoFreeTag);
      expect(error.message).toContain('all 3 tags');
      expect(await count()).toBe(3);
    });

    it('gives 10 simultaneous check-ins 10 different tags, 1 to 10, and 10 different ticket numbers', async () => {
      const tickets = await Promise.all(Array.from({ length: 10 }, () => checkIns.checkIn(aCheckIn({ desk: Desk.Emergency }), clerk)));
      expect(tickets.map((t) => t.tagNo).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      expect(new Set(tickets.map((t) => t.ticketNo)).size).toBe(10);
    });

    it('lets only one of two simultaneous check-ins asking for the same tag have it; the other gets TAG_IN_USE', async () => {
      const outcomes = await Promise.allSettled([
        checkIns.checkIn(aCheckIn({ desk: Desk.Emergency, tagNo: 5 }), clerk),
        checkIns.checkIn(aCheckIn({ desk: Desk.Emergency, tagNo: 5 }), clerk),
      ]);
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      const [refused] = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
      expect(refused.reason).toMatchObject({ code: ErrorCode.TagInUse });
      expect(await count()).toBe(1);
    });
  });

  describe('what is accepted', () => {
    it('refuses food with 422 PROHIBITED_ITEM naming "food", and writes nothing', async () => {
      const eventsBefore = (await service.outbox()).length;
      const error = await expectDomainError(checkIns.checkIn(aCheckIn({ categories: [ItemCategory.Clothing, ItemCategory.Food] }), clerk));
      expect(error.code).toBe(ErrorCode.ProhibitedItem);
      expect(error.message).toContain('food');
      expect(error.details).toMatchObject({ categories: ['FOOD'], errors: [{ field: 'categories', message: 'food is never accepted for storage' }] });
      expect(await count()).toBe(0);
      expect(await service.outbox()).toHaveLength(eventsBefore);
    });

    it('names every prohibited category declared', async () => {
      const error = await expectDomainError(checkIns.checkIn(aCheckIn({ categories: [ItemCategory.Valuables, ItemCategory.Firearms] }), clerk));
      expect(error.message).toContain('valuables, firearms');
    });

    it('records an unsealed bag as "center not liable", on the ticket and the record', async () => {
      const ticket = await checkIns.checkIn(aCheckIn({ sealed: false }), clerk);
      expect(ticket.notLiable).toBe(true);
      const stored = await service.app.get(DepositsQueryService).get(ticket.id, supervisor);
      expect(stored.sealed).toBe(false);
      expect((await checkIns.checkIn(aCheckIn(), clerk)).notLiable).toBe(false);
    });
  });

  describe('the ticket', () => {
    it('carries tag, place, ticket number, an 8-character code and the depositor masked', async () => {
      const ticket = await checkIns.checkIn(aCheckIn({ place: { kind: StoragePlaceKind.ParcelCabinet, label: 'A-03' } }), clerk);
      expect(ticket).toMatchObject({
        desk: Desk.InpatientLobby,
        tagNo: 1,
        place: { kind: 'PARCEL_CABINET', label: 'A-03' },
        depositor: { name: '王**', phone: '138****1234', idLast4: '002X' },
        pieceCount: 1,
      });
      expect(ticket.ticketNo).toMatch(/^ZY\d{8}-0001$/);
      expect(ticket.pickupCode).toMatch(/^[2-9A-HJ-NP-Z]{8}$/);
    });

    it('puts the bag on a shelf slot named after its tag unless told otherwise', async () => {
      const ticket = await checkIns.checkIn(aCheckIn({ tagNo: 12 }), clerk);
      expect(ticket.place).toEqual({ kind: StoragePlaceKind.Shelf, label: '12' });
    });

    it('stores neither the ID number nor the pickup code: only their keyed hashes and the ID’s last four', async () => {
      const ticket = await checkIns.checkIn(aCheckIn(), clerk);
      const [row] = (await service.query(`SELECT d.*, row_to_json(d)::text AS "all" FROM "deposit"."deposits" d WHERE "id" = $1`, [ticket.id])) as {
        id_hash: string;
        id_last4: string;
        pickup_code_hash: string;
        all: string;
      }[];
      expect(row.id_hash).toBe(hmac(ID_WANG));
      expect(row.pickup_code_hash).toBe(hmac(ticket.pickupCode));
      expect(row.id_last4).toBe('002X');
      expect(row.all).not.toContain(ID_WANG.slice(0, 12));
      expect(row.all).not.toContain(ticket.pickupCode);
    });

    it('emits deposit.checked-in with the tag and the clerk, and no personal data', async () => {
      const ticket = await checkIns.checkIn(aCheckIn(), clerk);
      const [event] = await service.outbox<DepositCheckedInV1>(ticket.id);
      expect(event.envelope).toMatchObject({ type: 'deposit.checked-in', aggregateId: ticket.id });
      expect(event.envelope.payload).toEqual({
        id: ticket.id,
        ticketNo: ticket.ticketNo,
        desk: Desk.InpatientLobby,
        tagNo: 1,
        pieceCount: 1,
        clerkId: clerk.id,
        at: ticket.checkedInAt,
      });
      const wire = JSON.stringify(event.envelope);
      for (const secret of ['王小明', '13812341234', ID_WANG, ticket.pickupCode]) expect(wire).not.toContain(secret);
    });
  });

  describe('with an Idempotency-Key', () => {
    it('answers a retry with the same deposit and a new code, which replaces the first', async () => {
      const first = await checkInWithKey(aCheckIn(), clerk, 'key-1');
      const retry = await checkInWithKey(aCheckIn(), clerk, 'key-1');
      expect(retry).toMatchObject({ id: first.id, ticketNo: first.ticketNo, tagNo: first.tagNo });
      expect(retry.pickupCode).toMatch(/^[2-9A-HJ-NP-Z]{8}$/);
      expect(retry.pickupCode).not.toBe(first.pickupCode);
      expect(await count()).toBe(1);
      expect(await service.outbox(first.id)).toHaveLength(1);

      const query = service.app.get(DepositsQueryService);
      await expect(query.lookup(first.pickupCode)).rejects.toMatchObject({ code: ErrorCode.DepositNotFound });
      // The visitor's look-up shows no id: which deposit the code opens is read from the stored hash.
      await expect(query.lookup(retry.pickupCode)).resolves.toMatchObject({ status: DepositStatus.Stored });
      const holders = await service.query<{ id: string }[]>(`SELECT "id" FROM "deposit"."deposits" WHERE "pickup_code_hash" = $1`, [hmac(retry.pickupCode)]);
      expect(holders.map((d) => d.id)).toEqual([first.id]);
    });

    it('keeps neither the code nor the ID number in the idempotency record', async () => {
      const ticket = await checkInWithKey(aCheckIn(), clerk, 'key-2');
      const rows = (await service.query(`SELECT row_to_json(k)::text AS "all" FROM "deposit"."idempotency_keys" k WHERE "key" = 'key-2'`)) as {
        all: string;
      }[];
      expect(rows).toHaveLength(1);
      expect(rows[0].all).not.toContain(ticket.pickupCode);
      expect(rows[0].all).not.toContain(ID_WANG);
    });
  });
});

import { Actor, CreateStaffDto, DispatchEvents, ErrorCode, Group, Post, Role, Shift, StaffDto, StaffPatterns, StaffSnapshotV1 } from '@hospital/contracts';
import { createValidationPipe, DomainError, idempotentRequest } from '@hospital/platform';
import { actors, eventually } from '@hospital/testing';
import { expectDomainError, ServiceUnderTest, startServiceUnderTest } from '@hospital/service-testing';
import { randomUUID } from 'node:crypto';
import { dispatchService } from '../service';
import { StaffQueryService } from './staff-query.service';
import { StaffRecordsService } from './staff-records.service';
import { manager, person } from './staff.spec-helper';

describe('StaffRecordsService (the whole dispatch service in-process: real Postgres, NATS JetStream)', () => {
  let service: ServiceUnderTest;
  let staff: StaffRecordsService;
  let queries: StaffQueryService;

  /** The use case as its NATS handler calls it for a request with an Idempotency-Key. */
  const createWithKey = (body: CreateStaffDto, caller: Actor, key: string) =>
    staff.create(body, caller, idempotentRequest(key, StaffPatterns.create, caller, body));

  // Tasks reference their assignee (tasks.assignee_id → staff.id), so the staff table only empties together with them.
  const clearStaff = () => service.query('TRUNCATE "dispatch"."staff" CASCADE');
  const rowCount = async () => Number(((await service.query('SELECT count(*)::int AS n FROM "dispatch"."staff"')) as [{ n: number }])[0].n);
  const staffNoCount = async (staffNo: string) =>
    Number(((await service.query('SELECT count(*)::int AS n FROM "dispatch"."staff" WHERE "staff_no" = $1', [staffNo])) as [{ n: number }])[0].n);

  beforeAll(async () => {
    service = await startServiceUnderTest(dispatchService);
    staff = service.app.get(StaffRecordsService);
    queries = service.app.get(StaffQueryService);
  }, 60_000);

  // stop() also deletes the suite's stream and closes the JetStream connection: nothing is left on the shared NATS.
  afterAll(() => service?.stop(), 60_000);

  describe('create, get, update', () => {
    beforeAll(() => clearStaff());

    it('creates an active staff member at version 1 and finds it again by id', async () => {
      const created = await staff.create(person(), manager);

      expect(created).toMatchObject({
        staffNo: 'KF0101',
        name: '王芳',
        group: Group.InternalMedicine,
        posts: [Post.ExamEscort],
        phone: '13812341234',
        active: true,
        version: 1,
      });
      expect(created.id).toMatch(/^[0-9a-f-]{36}$/);

      const found = await queries.get(created.id, manager);
      expect(found).toMatchObject({ id: created.id, staffNo: 'KF0101', name: '王芳', posts: [Post.ExamEscort], active: true, version: 1 });
      expect(found.createdAt).toBe(created.createdAt);
      // The answer is the stored row as the caller may see it.
      expect(created).toEqual(found);
    });

    it('answers a caller who may not see phones with the phone masked, and still stores it in full', async () => {
      const created = await staff.create(person({ staffNo: 'KF0105' }), actors.user(Role.DeskClerk));
      expect(created.phone).toBe('138****1234');
      expect((await queries.get(created.id, manager)).phone).toBe('13812341234');
    });

    it('stores a missing phone as null and honours active: false', async () => {
      const { phone: _phone, ...withoutPhone } = person({ staffNo: 'KF0102', active: false });
      const created = await staff.create(withoutPhone, manager);
      const found = await queries.get(created.id, manager);
      expect(found.phone).toBeNull();
      expect(found.active).toBe(false);
    });

    it('updates the given fields, keeps the rest, and increments the version 1 → 2', async () => {
      const created = await staff.create(person({ staffNo: 'KF0103', name: '李伟' }), manager);
      expect(created.version).toBe(1);

      const updated = await staff.update(created.id, { posts: [Post.ExamEscort, Post.OddJobs], phone: '13900001111' }, manager);

      expect(updated.version).toBe(2);
      const found = await queries.get(created.id, manager);
      expect(found).toMatchObject({
        staffNo: 'KF0103',
        name: '李伟',
        group: Group.InternalMedicine,
        posts: [Post.ExamEscort, Post.OddJobs],
        phone: '13900001111',
        active: true,
        version: 2,
      });
      expect(Date.parse(found.updatedAt)).toBeGreaterThanOrEqual(Date.parse(found.createdAt));
    });

    it('tells the other services about an update: dispatch.staff.updated with the new version, after the staff.created', async () => {
      const created = await staff.create(person({ staffNo: 'KF0106', name: '赵敏' }), manager);

      const updated = await staff.update(created.id, { name: '赵敏敏', group: Group.Surgery, phone: '13900002222' }, manager);

      const rows = await service.outbox<StaffSnapshotV1>(created.id);
      expect(rows.map((r) => r.subject)).toEqual([
        `${service.env.NATS_SUBJECT_PREFIX}hospital.dispatch.staff.created`,
        `${service.env.NATS_SUBJECT_PREFIX}hospital.dispatch.staff.updated`,
      ]);
      const [createdEvent, updatedEvent] = rows.map((r) => r.envelope);
      expect(updatedEvent).toMatchObject({
        id: rows[1].id,
        type: DispatchEvents.staffUpdated,
        version: 1,
        source: 'dispatch',
        aggregateId: created.id,
        payload: {
          id: created.id,
          staffNo: 'KF0106',
          name: '赵敏敏',
          group: Group.Surgery,
          posts: [Post.ExamEscort],
          active: true,
          version: 2,
        },
      });
      expect(updatedEvent.payload.version).toBe(updated.version);
      expect(updatedEvent.payload).not.toHaveProperty('phone');
      expect(createdEvent.payload.version).toBe(1);
      // UUIDv7: the later event sorts after the earlier one.
      expect(updatedEvent.id > createdEvent.id).toBe(true);
    });

    it('writes no event for an update that changes nothing or finds nobody', async () => {
      const created = await staff.create(person({ staffNo: 'KF0107' }), manager);
      const before = (await service.outbox()).length;

      expect((await staff.update(created.id, {}, manager)).version).toBe(1);
      expect((await expectDomainError(staff.update(randomUUID(), { name: '张三' }, manager))).code).toBe(ErrorCode.StaffNotFound);

      expect((await service.outbox()).length).toBe(before);
      expect((await service.outbox<StaffSnapshotV1>(created.id)).map((r) => r.envelope.type)).toEqual([DispatchEvents.staffCreated]);
    });

    it('stores the usual shift and capacity given, and changes them on update', async () => {
      const created = await staff.create(person({ staffNo: 'KF0108', shift: Shift.Night, capacity: 4 }), manager);
      expect(created).toMatchObject({ shift: Shift.Night, capacity: 4 });
      await staff.update(created.id, { shift: Shift.SplitDay, capacity: 1 }, manager);
      expect(await queries.get(created.id, manager)).toMatchObject({ shift: Shift.SplitDay, capacity: 1, version: 2 });
    });

    it.each([
      ['capacity', { capacity: 0 }],
      ['capacity', { capacity: 11 }],
      ['capacity', { capacity: 1.5 }],
      ['shift', { shift: 'LATE' }],
    ])('refuses a bad %s at the door (400 naming the field): %j', async (field, bad) => {
      const pipe = createValidationPipe();
      const error = await pipe.transform({ ...person(), ...bad }, { type: 'body', metatype: CreateStaffDto }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(JSON.stringify(error)).toContain(`"field":"${field}"`);
    });

    it('keeps the capacity between 1 and 10 even below the API validation', async () => {
      const created = await staff.create(person({ staffNo: 'KF0109' }), manager);
      await expect(staff.update(created.id, { capacity: 11 }, manager)).rejects.toThrow(/staff_capacity_check/);
      expect((await queries.get(created.id, manager)).capacity).toBe(2);
    });

    it('can deactivate someone who leaves the center', async () => {
      const created = await staff.create(person({ staffNo: 'KF0104' }), manager);
      await staff.update(created.id, { active: false }, manager);
      expect((await queries.get(created.id, manager)).active).toBe(false);
    });

    it('refuses to get or update an unknown id with STAFF_NOT_FOUND', async () => {
      const id = randomUUID();
      expect((await expectDomainError(queries.get(id, manager))).code).toBe(ErrorCode.StaffNotFound);
      expect((await expectDomainError(staff.update(id, { name: '张三' }, manager))).code).toBe(ErrorCode.StaffNotFound);
    });

    it('refuses a staff number already in use with STAFF_NUMBER_TAKEN on the staffNo field, and keeps the first', async () => {
      await staff.create(person({ staffNo: 'WK0201', name: '张伟' }), manager);
      const before = await rowCount();
      const eventsBefore = (await service.outbox()).length;

      const error = await expectDomainError(staff.create(person({ staffNo: 'WK0201', name: '另一个人' }), manager));
      // A create that failed tells nobody anything: the event was in the rolled-back transaction.
      expect((await service.outbox()).length).toBe(eventsBefore);

      expect(error.code).toBe(ErrorCode.StaffNumberTaken);
      expect(error.details?.errors?.[0]?.field).toBe('staffNo');
      expect(error.message).toContain('WK0201');
      expect(await rowCount()).toBe(before);
      const page = await queries.list({ q: 'WK0201' }, manager);
      expect(page.items.map((s) => s.name)).toEqual(['张伟']);
    });

    it('lets exactly one of two simultaneous creates with the same staff number win', async () => {
      const results = await Promise.allSettled([
        staff.create(person({ staffNo: 'JZ0301', name: '刘强' }), manager),
        staff.create(person({ staffNo: 'JZ0301', name: '陈静' }), manager),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(rejected).toHaveLength(1);
      expect(rejected[0].reason).toBeInstanceOf(DomainError);
      expect((rejected[0].reason as DomainError).code).toBe(ErrorCode.StaffNumberTaken);
      // Only the winner's staff.created exists.
      const winner = (results.find((r) => r.status === 'fulfilled') as PromiseFulfilledResult<StaffDto>).value;
      const events = (await service.query(
        `SELECT "aggregate_id" FROM "dispatch"."outbox" WHERE "envelope"->'payload'->>'staffNo' = 'JZ0301'`,
      )) as { aggregate_id: string }[];
      expect(events).toEqual([{ aggregate_id: winner.id }]);
    });
  });

  describe('events (outbox → JetStream)', () => {
    it('writes exactly one staff.created outbox row with the wire envelope, and no phone in it', async () => {
      const created = await staff.create(person({ staffNo: 'EV0001', name: '孙丽', posts: [Post.Delivery, Post.DrugCourier] }), manager);

      const { names } = await service.jetstream();
      const rows = await service.outbox<StaffSnapshotV1>(created.id);
      expect(rows).toHaveLength(1);
      const [row] = rows;
      expect(row.subject).toBe(`${service.env.NATS_SUBJECT_PREFIX}hospital.dispatch.staff.created`);
      expect(row.subject).toBe(names.subject(DispatchEvents.staffCreated));
      expect(row.envelope).toEqual({
        id: row.id,
        type: DispatchEvents.staffCreated,
        version: 1,
        occurredAt: expect.any(String),
        source: 'dispatch',
        correlationId: null,
        aggregateId: created.id,
        payload: {
          id: created.id,
          staffNo: 'EV0001',
          name: '孙丽',
          group: Group.InternalMedicine,
          posts: [Post.Delivery, Post.DrugCourier],
          active: true,
          version: 1,
        },
      });
      expect(row.envelope.payload).not.toHaveProperty('phone');
      expect(JSON.stringify(row.envelope)).not.toContain('13812341234');
      expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/); // UUIDv7
      expect(new Date(row.envelope.occurredAt).toISOString()).toBe(row.envelope.occurredAt);
    });

    it('publishes the row to the suite\'s JetStream stream within a few seconds, with Nats-Msg-Id = event id', async () => {
      const { jsm, names } = await service.jetstream();
      const created = await staff.create(person({ staffNo: 'EV0002' }), manager);
      const [row] = await service.outbox<StaffSnapshotV1>(created.id);

      const published = await eventually('published_at to be set', async () => (await service.outbox<StaffSnapshotV1>(created.id))[0].published_at, 10_000);
      expect(published).toBeInstanceOf(Date);

      const stored = await jsm.streams.getMessage(names.stream, { last_by_subj: row.subject });
      expect(stored.header.get('Nats-Msg-Id')).toBe(row.id);
      expect(stored.json()).toEqual(row.envelope);
    });

    it('publishes every row it wrote, nothing left behind', async () => {
      const { jsm, names } = await service.jetstream();
      await eventually(
        'the outbox to drain',
        async () => (await service.outbox()).every((r) => r.published_at !== null),
        15_000,
      );
      const info = await jsm.streams.info(names.stream);
      expect(info.state.messages).toBe((await service.outbox()).length);
    });
  });

  describe('Idempotency-Key', () => {
    it('answers a retry with the same key and body with the first answer, and creates one person and one event', async () => {
      const key = randomUUID();
      const body = person({ staffNo: 'ID0001', name: '钱进' });

      const first = await createWithKey(body, manager, key);
      const retry = await createWithKey({ ...body }, manager, key);

      expect(retry).toEqual(first);
      expect(await staffNoCount('ID0001')).toBe(1);
      const rows = await service.outbox<StaffSnapshotV1>(first.id);
      expect(rows).toHaveLength(1);
      expect(rows[0].envelope.type).toBe(DispatchEvents.staffCreated);
    });

    it('refuses the same key with a different body with IDEMPOTENCY_KEY_REUSED, and changes nothing', async () => {
      const key = randomUUID();
      await createWithKey(person({ staffNo: 'ID0002' }), manager, key);
      const [people, events] = [await rowCount(), (await service.outbox()).length];

      const error = await expectDomainError(createWithKey(person({ staffNo: 'ID0003' }), manager, key));

      expect(error.code).toBe(ErrorCode.IdempotencyKeyReused);
      expect([await rowCount(), (await service.outbox()).length]).toEqual([people, events]);
      expect(await staffNoCount('ID0003')).toBe(0);
    });

    it('creates once when the same request arrives twice at the same moment', async () => {
      const key = randomUUID();
      const body = person({ staffNo: 'ID0004' });

      const results = await Promise.allSettled([createWithKey(body, manager, key), createWithKey(body, manager, key)]);

      // The second either waits for nothing and replays, or is told the first is still running (409).
      const answers = results.filter((r): r is PromiseFulfilledResult<StaffDto> => r.status === 'fulfilled').map((r) => r.value);
      expect(answers.length).toBeGreaterThanOrEqual(1);
      for (const r of results) {
        if (r.status === 'rejected') expect((r.reason as DomainError).code).toBe(ErrorCode.IdempotencyKeyInUse);
      }
      expect(new Set(answers.map((a) => a.id)).size).toBe(1);
      expect(await staffNoCount('ID0004')).toBe(1);
      expect(await service.outbox<StaffSnapshotV1>(answers[0].id)).toHaveLength(1);
    });

    it('keeps a key private to its caller: another caller with the same key creates their own', async () => {
      const key = randomUUID();
      const mine = await createWithKey(person({ staffNo: 'ID0005' }), manager, key);
      const theirs = await createWithKey(person({ staffNo: 'ID0006' }), actors.user(Role.Admin), key);
      expect(theirs.id).not.toBe(mine.id);
      expect(theirs.staffNo).toBe('ID0006');
    });
  });
});

import {
  Actor,
  CreateStaffDto,
  DispatchEvents,
  ErrorCode,
  Group,
  ListStaffQueryDto,
  Post,
  Role,
  Shift,
  StaffDto,
  StaffPatterns,
  StaffSnapshotV1,
} from '@hospital/contracts';
import { createValidationPipe, DomainError, idempotentRequest } from '@hospital/platform';
import { eventually } from '@hospital/testing';
import { expectDomainError, ServiceUnderTest, startServiceUnderTest } from '@hospital/service-testing';
import { randomUUID } from 'node:crypto';
import { dispatchService } from '../service';
import { StaffEntity } from './staff.entity';
import { toStaffDto } from './staff.mapper';
import { StaffService } from './staff.service';

const person = (overrides: Partial<CreateStaffDto> = {}): CreateStaffDto => ({
  staffNo: 'KF0101',
  name: '王芳',
  group: Group.InternalMedicine,
  posts: [Post.ExamEscort],
  phone: '13812341234',
  ...overrides,
});

const actor = (...roles: Role[]): Actor => ({ id: `user-${roles.join('-')}`, kind: 'user', roles });

/** Who creates and changes staff in these tests: a manager, who sees phones in full. */
const manager = actor(Role.Manager);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('StaffService (the whole dispatch service in-process: real Postgres, NATS JetStream)', () => {
  let service: ServiceUnderTest;
  let staff: StaffService;

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
    staff = service.app.get(StaffService);
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

      const found = await staff.get(created.id);
      expect(found).toMatchObject({ id: created.id, staffNo: 'KF0101', name: '王芳', posts: [Post.ExamEscort], active: true, version: 1 });
      expect(found.createdAt.toISOString()).toBe(created.createdAt);
      // The answer is the stored row as the caller may see it.
      expect(created).toEqual(toStaffDto(found, manager));
    });

    it('answers a caller who may not see phones with the phone masked, and still stores it in full', async () => {
      const created = await staff.create(person({ staffNo: 'KF0105' }), actor(Role.DeskClerk));
      expect(created.phone).toBe('138****1234');
      expect((await staff.get(created.id)).phone).toBe('13812341234');
    });

    it('stores a missing phone as null and honours active: false', async () => {
      const { phone: _phone, ...withoutPhone } = person({ staffNo: 'KF0102', active: false });
      const created = await staff.create(withoutPhone, manager);
      const found = await staff.get(created.id);
      expect(found.phone).toBeNull();
      expect(found.active).toBe(false);
    });

    it('updates the given fields, keeps the rest, and increments the version 1 → 2', async () => {
      const created = await staff.create(person({ staffNo: 'KF0103', name: '李伟' }), manager);
      expect(created.version).toBe(1);

      const updated = await staff.update(created.id, { posts: [Post.ExamEscort, Post.OddJobs], phone: '13900001111' });

      expect(updated.version).toBe(2);
      const found = await staff.get(created.id);
      expect(found).toMatchObject({
        staffNo: 'KF0103',
        name: '李伟',
        group: Group.InternalMedicine,
        posts: [Post.ExamEscort, Post.OddJobs],
        phone: '13900001111',
        active: true,
        version: 2,
      });
      expect(found.updatedAt.getTime()).toBeGreaterThanOrEqual(found.createdAt.getTime());
    });

    it('tells the other services about an update: dispatch.staff.updated with the new version, after the staff.created', async () => {
      const created = await staff.create(person({ staffNo: 'KF0106', name: '赵敏' }), manager);

      const updated = await staff.update(created.id, { name: '赵敏敏', group: Group.Surgery, phone: '13900002222' });

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

      expect((await staff.update(created.id, {})).version).toBe(1);
      expect((await expectDomainError(staff.update(randomUUID(), { name: '张三' }))).code).toBe(ErrorCode.StaffNotFound);

      expect((await service.outbox()).length).toBe(before);
      expect((await service.outbox<StaffSnapshotV1>(created.id)).map((r) => r.envelope.type)).toEqual([DispatchEvents.staffCreated]);
    });

    it('stores the usual shift and capacity given, and changes them on update', async () => {
      const created = await staff.create(person({ staffNo: 'KF0108', shift: Shift.Night, capacity: 4 }), manager);
      expect(created).toMatchObject({ shift: Shift.Night, capacity: 4 });
      await staff.update(created.id, { shift: Shift.SplitDay, capacity: 1 });
      expect(await staff.get(created.id)).toMatchObject({ shift: Shift.SplitDay, capacity: 1, version: 2 });
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
      await expect(staff.update(created.id, { capacity: 11 })).rejects.toThrow(/staff_capacity_check/);
      expect((await staff.get(created.id)).capacity).toBe(2);
    });

    it('can deactivate someone who leaves the center', async () => {
      const created = await staff.create(person({ staffNo: 'KF0104' }), manager);
      await staff.update(created.id, { active: false });
      expect((await staff.get(created.id)).active).toBe(false);
    });

    it('refuses to get or update an unknown id with STAFF_NOT_FOUND', async () => {
      const id = randomUUID();
      expect((await expectDomainError(staff.get(id))).code).toBe(ErrorCode.StaffNotFound);
      expect((await expectDomainError(staff.update(id, { name: '张三' }))).code).toBe(ErrorCode.StaffNotFound);
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
      const page = await staff.list({ q: 'WK0201' });
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
      const theirs = await createWithKey(person({ staffNo: 'ID0006' }), actor(Role.Admin), key);
      expect(theirs.id).not.toBe(mine.id);
      expect(theirs.staffNo).toBe('ID0006');
    });
  });

  describe('list filters', () => {
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      await clearStaff();
      const fixtures: [string, CreateStaffDto][] = [
        ['wangfang', person({ staffNo: 'KF0101', name: '王芳', group: Group.InternalMedicine, posts: [Post.ExamEscort, Post.OddJobs] })],
        ['liwei', person({ staffNo: 'KF0102', name: '李伟', group: Group.InternalMedicine, posts: [Post.SpecimenCourier], active: false })],
        ['zhaomin', person({ staffNo: 'KF0110', name: '赵敏', group: Group.InternalMedicine, posts: [Post.Dispatcher] })],
        ['zhangfangfang', person({ staffNo: 'WK0201', name: '张芳芳', group: Group.Surgery, posts: [Post.Delivery, Post.DrugCourier] })],
        ['liuqiang', person({ staffNo: 'JZ0301', name: '刘强', group: Group.Emergency, posts: [Post.GreenChannel, Post.StretcherBearer] })],
        ['percent', person({ staffNo: 'JZ0302', name: '周_100%', group: Group.Emergency, posts: [Post.FrontDesk] })],
      ];
      for (const [key, dto] of fixtures) {
        ids[key] = (await staff.create(dto, manager)).id;
        await sleep(3); // distinct creation times, so "newest first" has one right answer
      }
    });

    const keyOf = (id: string) => Object.keys(ids).find((key) => ids[key] === id) ?? `unknown:${id}`;
    /** Who the list returns, by fixture key, sorted (order is checked separately). */
    const names = async (query: ListStaffQueryDto) => (await staff.list(query)).items.map((s) => keyOf(s.id)).sort();

    it('lists everyone newest first without filters', async () => {
      const page = await staff.list({});
      expect(page.items.map((s) => s.id)).toEqual(
        ['percent', 'liuqiang', 'zhangfangfang', 'zhaomin', 'liwei', 'wangfang'].map((k) => ids[k]),
      );
      expect(page.nextCursor).toBeNull();
    });

    it('filters by group', async () => {
      expect(await names({ group: Group.Emergency })).toEqual(['liuqiang', 'percent']);
      expect(await names({ group: Group.Surgery })).toEqual(['zhangfangfang']);
    });

    it('filters by post, including a second post someone holds', async () => {
      expect(await names({ post: Post.GreenChannel })).toEqual(['liuqiang']);
      expect(await names({ post: Post.StretcherBearer })).toEqual(['liuqiang']);
      expect(await names({ post: Post.OddJobs })).toEqual(['wangfang']);
      expect(await names({ post: Post.Storeroom })).toEqual([]);
    });

    it('filters by active', async () => {
      expect(await names({ active: false })).toEqual(['liwei']);
      expect(await names({ active: true })).toEqual(['liuqiang', 'percent', 'wangfang', 'zhangfangfang', 'zhaomin']);
    });

    it('searches by staff number prefix, not by any part of the staff number', async () => {
      expect(await names({ q: 'KF01' })).toEqual(['liwei', 'wangfang', 'zhaomin']);
      expect(await names({ q: 'KF011' })).toEqual(['zhaomin']);
      expect(await names({ q: 'kf01' })).toEqual(['liwei', 'wangfang', 'zhaomin']);
      expect(await names({ q: '0201' })).toEqual([]);
    });

    it('searches by any part of the name', async () => {
      expect(await names({ q: '芳' })).toEqual(['wangfang', 'zhangfangfang']);
      expect(await names({ q: '强' })).toEqual(['liuqiang']);
      expect(await names({ q: '张芳芳' })).toEqual(['zhangfangfang']);
    });

    it('treats % and _ in the search literally, not as wildcards', async () => {
      expect(await names({ q: '%' })).toEqual(['percent']);
      expect(await names({ q: '_' })).toEqual(['percent']);
      expect(await names({ q: 'KF%' })).toEqual([]);
      expect(await names({ q: 'KF0_0' })).toEqual([]);
      expect(await names({ q: '100%' })).toEqual(['percent']);
    });

    it('combines filters', async () => {
      expect(await names({ group: Group.InternalMedicine, active: true })).toEqual(['wangfang', 'zhaomin']);
      expect(await names({ group: Group.InternalMedicine, q: '王' })).toEqual(['wangfang']);
      expect(await names({ group: Group.Surgery, post: Post.ExamEscort })).toEqual([]);
    });
  });

  describe('list paging', () => {
    let all: StaffDto[];

    beforeAll(async () => {
      await clearStaff();
      // Created together, so several share a creation time: the id must break the tie.
      all = await Promise.all(
        Array.from({ length: 7 }, (_, i) =>
          staff.create(person({ staffNo: `PG${String(i).padStart(3, '0')}`, group: i < 4 ? Group.Surgery : Group.Emergency }), manager),
        ),
      );
    });

    it('pages 7 people by 3 as 3 + 3 + 1, without skipping or repeating, ending with a null cursor', async () => {
      const first = await staff.list({ limit: 3 });
      const second = await staff.list({ limit: 3, cursor: first.nextCursor! });
      const third = await staff.list({ limit: 3, cursor: second.nextCursor! });

      expect([first.items.length, second.items.length, third.items.length]).toEqual([3, 3, 1]);
      expect(first.nextCursor).toEqual(expect.any(String));
      expect(second.nextCursor).toEqual(expect.any(String));
      expect(third.nextCursor).toBeNull();

      const paged = [...first.items, ...second.items, ...third.items].map((s) => s.id);
      expect(new Set(paged).size).toBe(7);
      expect(new Set(paged)).toEqual(new Set(all.map((s) => s.id)));
      expect(paged).toEqual((await staff.list({ limit: 100 })).items.map((s) => s.id));
    });

    it('pages within a filter and ends with a null cursor when the last page is exactly full', async () => {
      const first = await staff.list({ limit: 2, group: Group.Surgery });
      const second = await staff.list({ limit: 2, group: Group.Surgery, cursor: first.nextCursor! });
      expect(second.nextCursor).toBeNull();
      const paged = [...first.items, ...second.items];
      expect(paged.every((s) => s.group === Group.Surgery)).toBe(true);
      expect(new Set(paged.map((s) => s.id))).toEqual(new Set(all.filter((s) => s.group === Group.Surgery).map((s) => s.id)));
    });

    it('refuses a cursor it did not issue with INVALID_CURSOR', async () => {
      const error = await expectDomainError(staff.list({ cursor: 'bm90LWEtY3Vyc29y' }));
      expect(error.code).toBe(ErrorCode.InvalidCursor);
      expect(error.details?.errors?.[0]?.field).toBe('cursor');
    });
  });

  describe('toStaffDto (phone privacy)', () => {
    let withPhone: StaffEntity;
    let withoutPhone: StaffEntity;

    beforeAll(async () => {
      withPhone = await staff.get((await staff.create(person({ staffNo: 'MP001', phone: '13812341234' }), manager)).id);
      const { phone: _phone, ...noPhone } = person({ staffNo: 'MP002' });
      withoutPhone = await staff.get((await staff.create(noPhone, manager)).id);
    });

    it('masks the phone for a worker', () => {
      expect(toStaffDto(withPhone, actor(Role.Worker)).phone).toBe('138****1234');
    });

    it('shows the full phone to a dispatcher, who rings workers to hand out jobs', () => {
      expect(toStaffDto(withPhone, actor(Role.Dispatcher)).phone).toBe('13812341234');
    });

    it('shows the full phone when any of the caller\'s roles may see it', () => {
      expect(toStaffDto(withPhone, actor(Role.Worker, Role.Supervisor)).phone).toBe('13812341234');
    });

    it('masks the phone for a desk clerk and for an integration key', () => {
      expect(toStaffDto(withPhone, actor(Role.DeskClerk)).phone).toBe('138****1234');
      expect(toStaffDto(withPhone, { id: 'key-his', kind: 'api_key', roles: [Role.Integration] }).phone).toBe('138****1234');
    });

    it('keeps a missing phone null for everyone', () => {
      expect(toStaffDto(withoutPhone, actor(Role.Worker)).phone).toBeNull();
      expect(toStaffDto(withoutPhone, actor(Role.Dispatcher)).phone).toBeNull();
    });

    it('leaves every other field as stored, with ISO times', () => {
      expect(toStaffDto(withPhone, actor(Role.Worker))).toEqual({
        id: withPhone.id,
        staffNo: 'MP001',
        name: '王芳',
        group: Group.InternalMedicine,
        posts: [Post.ExamEscort],
        phone: '138****1234',
        active: true,
        shift: Shift.Early,
        capacity: 2,
        version: 1,
        createdAt: withPhone.createdAt.toISOString(),
        updatedAt: withPhone.updatedAt.toISOString(),
      });
    });
  });
});

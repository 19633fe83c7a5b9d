import { Test, TestingModule } from '@nestjs/testing';
import { Actor, CreateStaffDto, ErrorCode, Group, ListStaffQueryDto, Post, Role } from '@hospital/contracts';
import { DatabaseModule, DomainError } from '@hospital/platform';
import { createTestDatabase, TestDatabase } from '@hospital/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DISPATCH_ENTITIES, DISPATCH_MIGRATIONS } from '../database/schema';
import { StaffEntity } from './staff.entity';
import { toStaffDto } from './staff.mapper';
import { StaffModule } from './staff.module';
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

async function failure(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('StaffService (real Postgres)', () => {
  let db: TestDatabase;
  let moduleRef: TestingModule;
  let staff: StaffService;
  let dataSource: DataSource;

  const clearStaff = () => dataSource.query('TRUNCATE "dispatch"."staff"');
  const rowCount = async () => Number(((await dataSource.query('SELECT count(*)::int AS n FROM "dispatch"."staff"')) as [{ n: number }])[0].n);

  beforeAll(async () => {
    db = await createTestDatabase('dispatchstaff');
    moduleRef = await Test.createTestingModule({
      imports: [
        DatabaseModule.forService({ url: db.url, schema: 'dispatch', entities: DISPATCH_ENTITIES, migrations: DISPATCH_MIGRATIONS }),
        StaffModule,
      ],
    }).compile();
    await moduleRef.init();
    staff = moduleRef.get(StaffService);
    dataSource = moduleRef.get(DataSource);
  });

  afterAll(async () => {
    await moduleRef?.close();
    await db?.drop();
  });

  describe('create, get, update', () => {
    beforeAll(() => clearStaff());

    it('creates an active staff member at version 1 and finds it again by id', async () => {
      const created = await staff.create(person());

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
      expect(found.createdAt.toISOString()).toBe(created.createdAt.toISOString());
    });

    it('stores a missing phone as null and honours active: false', async () => {
      const { phone: _phone, ...withoutPhone } = person({ staffNo: 'KF0102', active: false });
      const created = await staff.create(withoutPhone);
      const found = await staff.get(created.id);
      expect(found.phone).toBeNull();
      expect(found.active).toBe(false);
    });

    it('updates the given fields, keeps the rest, and increments the version 1 → 2', async () => {
      const created = await staff.create(person({ staffNo: 'KF0103', name: '李伟' }));
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

    it('can deactivate someone who leaves the center', async () => {
      const created = await staff.create(person({ staffNo: 'KF0104' }));
      await staff.update(created.id, { active: false });
      expect((await staff.get(created.id)).active).toBe(false);
    });

    it('refuses to get or update an unknown id with STAFF_NOT_FOUND', async () => {
      const id = randomUUID();
      expect((await failure(staff.get(id))).code).toBe(ErrorCode.StaffNotFound);
      expect((await failure(staff.update(id, { name: '张三' }))).code).toBe(ErrorCode.StaffNotFound);
    });

    it('refuses a staff number already in use with STAFF_NUMBER_TAKEN on the staffNo field, and keeps the first', async () => {
      await staff.create(person({ staffNo: 'WK0201', name: '张伟' }));
      const before = await rowCount();

      const error = await failure(staff.create(person({ staffNo: 'WK0201', name: '另一个人' })));

      expect(error.code).toBe(ErrorCode.StaffNumberTaken);
      expect(error.details?.errors?.[0]?.field).toBe('staffNo');
      expect(error.message).toContain('WK0201');
      expect(await rowCount()).toBe(before);
      const page = await staff.list({ q: 'WK0201' });
      expect(page.items.map((s) => s.name)).toEqual(['张伟']);
    });

    it('lets exactly one of two simultaneous creates with the same staff number win', async () => {
      const results = await Promise.allSettled([
        staff.create(person({ staffNo: 'JZ0301', name: '刘强' })),
        staff.create(person({ staffNo: 'JZ0301', name: '陈静' })),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(rejected).toHaveLength(1);
      expect(rejected[0].reason).toBeInstanceOf(DomainError);
      expect((rejected[0].reason as DomainError).code).toBe(ErrorCode.StaffNumberTaken);
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
        ids[key] = (await staff.create(dto)).id;
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
    let all: StaffEntity[];

    beforeAll(async () => {
      await clearStaff();
      // Created together, so several share a creation time: the id must break the tie.
      all = await Promise.all(
        Array.from({ length: 7 }, (_, i) =>
          staff.create(person({ staffNo: `PG${String(i).padStart(3, '0')}`, group: i < 4 ? Group.Surgery : Group.Emergency })),
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
      const error = await failure(staff.list({ cursor: 'bm90LWEtY3Vyc29y' }));
      expect(error.code).toBe(ErrorCode.InvalidCursor);
      expect(error.details?.errors?.[0]?.field).toBe('cursor');
    });
  });

  describe('toStaffDto (phone privacy)', () => {
    let withPhone: StaffEntity;
    let withoutPhone: StaffEntity;

    beforeAll(async () => {
      withPhone = await staff.get((await staff.create(person({ staffNo: 'MP001', phone: '13812341234' }))).id);
      const { phone: _phone, ...noPhone } = person({ staffNo: 'MP002' });
      withoutPhone = await staff.get((await staff.create(noPhone)).id);
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
        version: 1,
        createdAt: withPhone.createdAt.toISOString(),
        updatedAt: withPhone.updatedAt.toISOString(),
      });
    });
  });
});

import { CreateStaffDto, ErrorCode, Group, ListStaffQueryDto, Post, Role, Shift, StaffDto } from '@hospital/contracts';
import { actors } from '@hospital/testing';
import { expectDomainError, ServiceUnderTest, startServiceUnderTest } from '@hospital/service-testing';
import { DataSource } from 'typeorm';
import { dispatchService } from '../service';
import { StaffEntity } from './staff.entity';
import { toStaffDto } from './staff.mapper';
import { StaffQueryService } from './staff-query.service';
import { StaffRecordsService } from './staff-records.service';
import { manager, person } from './staff.spec-helper';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('StaffQueryService (the whole dispatch service in-process: real Postgres, NATS JetStream)', () => {
  let service: ServiceUnderTest;
  let staff: StaffRecordsService;
  let queries: StaffQueryService;

  // Tasks reference their assignee (tasks.assignee_id → staff.id), so the staff table only empties together with them.
  const clearStaff = () => service.query('TRUNCATE "dispatch"."staff" CASCADE');
  /** The row as stored, for the mapper to make what each caller sees of it. */
  const stored = (id: string) => service.app.get(DataSource).getRepository(StaffEntity).findOneByOrFail({ id });

  beforeAll(async () => {
    service = await startServiceUnderTest(dispatchService);
    staff = service.app.get(StaffRecordsService);
    queries = service.app.get(StaffQueryService);
  }, 60_000);

  // stop() also deletes the suite's stream and closes the JetStream connection: nothing is left on the shared NATS.
  afterAll(() => service?.stop(), 60_000);

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
    const names = async (query: ListStaffQueryDto) => (await queries.list(query, manager)).items.map((s) => keyOf(s.id)).sort();

    it('lists everyone newest first without filters', async () => {
      const page = await queries.list({}, manager);
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
      const first = await queries.list({ limit: 3 }, manager);
      const second = await queries.list({ limit: 3, cursor: first.nextCursor! }, manager);
      const third = await queries.list({ limit: 3, cursor: second.nextCursor! }, manager);

      expect([first.items.length, second.items.length, third.items.length]).toEqual([3, 3, 1]);
      expect(first.nextCursor).toEqual(expect.any(String));
      expect(second.nextCursor).toEqual(expect.any(String));
      expect(third.nextCursor).toBeNull();

      const paged = [...first.items, ...second.items, ...third.items].map((s) => s.id);
      expect(new Set(paged).size).toBe(7);
      expect(new Set(paged)).toEqual(new Set(all.map((s) => s.id)));
      expect(paged).toEqual((await queries.list({ limit: 100 }, manager)).items.map((s) => s.id));
    });

    it('pages within a filter and ends with a null cursor when the last page is exactly full', async () => {
      const first = await queries.list({ limit: 2, group: Group.Surgery }, manager);
      const second = await queries.list({ limit: 2, group: Group.Surgery, cursor: first.nextCursor! }, manager);
      expect(second.nextCursor).toBeNull();
      const paged = [...first.items, ...second.items];
      expect(paged.every((s) => s.group === Group.Surgery)).toBe(true);
      expect(new Set(paged.map((s) => s.id))).toEqual(new Set(all.filter((s) => s.group === Group.Surgery).map((s) => s.id)));
    });

    it('refuses a cursor it did not issue with INVALID_CURSOR', async () => {
      const error = await expectDomainError(queries.list({ cursor: 'bm90LWEtY3Vyc29y' }, manager));
      expect(error.code).toBe(ErrorCode.InvalidCursor);
      expect(error.details?.errors?.[0]?.field).toBe('cursor');
    });
  });

  describe('toStaffDto (phone privacy)', () => {
    let withPhone: StaffEntity;
    let withoutPhone: StaffEntity;

    beforeAll(async () => {
      withPhone = await stored((await staff.create(person({ staffNo: 'MP001', phone: '13812341234' }), manager)).id);
      const { phone: _phone, ...noPhone } = person({ staffNo: 'MP002' });
      withoutPhone = await stored((await staff.create(noPhone, manager)).id);
    });

    it('masks the phone for a worker', () => {
      expect(toStaffDto(withPhone, actors.user(Role.Worker)).phone).toBe('138****1234');
    });

    it('shows the full phone to a dispatcher, who rings workers to hand out jobs', () => {
      expect(toStaffDto(withPhone, actors.user(Role.Dispatcher)).phone).toBe('13812341234');
    });

    it('shows the full phone when any of the caller\'s roles may see it', () => {
      expect(toStaffDto(withPhone, actors.user(Role.Worker, { roles: [Role.Worker, Role.Supervisor] })).phone).toBe('13812341234');
    });

    it('masks the phone for a desk clerk and for an integration key', () => {
      expect(toStaffDto(withPhone, actors.user(Role.DeskClerk)).phone).toBe('138****1234');
      expect(toStaffDto(withPhone, actors.apiKey('key-his')).phone).toBe('138****1234');
    });

    it('keeps a missing phone null for everyone', () => {
      expect(toStaffDto(withoutPhone, actors.user(Role.Worker)).phone).toBeNull();
      expect(toStaffDto(withoutPhone, actors.user(Role.Dispatcher)).phone).toBeNull();
    });

    it('leaves every other field as stored, with ISO times', () => {
      expect(toStaffDto(withPhone, actors.user(Role.Worker))).toEqual({
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

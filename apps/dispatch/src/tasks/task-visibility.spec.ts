import { Actor, ErrorCode, Group, Post, Role, TaskType } from '@hospital/contracts';
import { actors } from '@hospital/testing';
import { expectDomainError, ServiceUnderTest, startServiceUnderTest } from '@hospital/service-testing';
import { taskRequest } from './task-fixtures.spec-helper';
import { dispatchService } from '../service';
import { StaffRecordsService } from '../staff/staff-records.service';
import { CreateTaskService } from './create-task.service';
import { TasksQueryService } from './tasks-query.service';

const admin = actors.user(Role.Admin);

describe('who sees which jobs (dispatch service: real Postgres, NATS)', () => {
  let service: ServiceUnderTest;
  let tasks: CreateTaskService;
  let queries: TasksQueryService;
  const ids: Record<'mine' | 'colleagues' | 'surgery' | 'fromWard', string> = { mine: '', colleagues: '', surgery: '', fromWard: '' };
  let worker: Actor;
  let surgeryDispatcher: Actor;
  const ward = actors.apiKey('key-ward-5');

  const listIds = async (actor: Actor, query = {}) => (await queries.list({ limit: 100, ...query }, actor)).items.map((t) => t.id).sort();

  beforeAll(async () => {
    service = await startServiceUnderTest(dispatchService);
    tasks = service.app.get(CreateTaskService);
    queries = service.app.get(TasksQueryService);
    const staff = service.app.get(StaffRecordsService);
    const courier = await staff.create({ staffNo: 'VIS-01', name: '王芳', group: Group.InternalMedicine, posts: [Post.SpecimenCourier] }, admin);
    const colleague = await staff.create({ staffNo: 'VIS-02', name: '李强', group: Group.InternalMedicine, posts: [Post.SpecimenCourier] }, admin);
    const lead = await staff.create({ staffNo: 'VIS-03', name: '赵敏', group: Group.Surgery, posts: [Post.Dispatcher] }, admin);
    worker = actors.user(Role.Worker, { staffId: courier.id });
    surgeryDispatcher = actors.user(Role.Dispatcher, { id: 'user-dispatcher-surgery', staffId: lead.id });

    ids.mine = (await tasks.create(taskRequest(), admin)).id;
    ids.colleagues = (await tasks.create(taskRequest(), admin)).id;
    ids.surgery = (await tasks.create(taskRequest({ group: Group.Surgery, type: TaskType.Linen }), admin)).id;
    ids.fromWard = (await tasks.create(taskRequest({ type: TaskType.Drug }), ward)).id;
    // Assignment has its own rules and tests; here only who holds the job matters.
    await service.query('UPDATE "dispatch"."tasks" SET "assignee_id" = $2, "status" = \'ASSIGNED\' WHERE "id" = $1', [ids.mine, courier.id]);
    await service.query('UPDATE "dispatch"."tasks" SET "assignee_id" = $2, "status" = \'ASSIGNED\' WHERE "id" = $1', [ids.colleagues, colleague.id]);
  }, 60_000);

  afterAll(() => service?.stop(), 60_000);

  it('a worker lists and opens only their own jobs; anyone else’s is 403', async () => {
    expect(await listIds(worker)).toEqual([ids.mine]);
    expect((await queries.get(ids.mine, worker)).id).toBe(ids.mine);
    for (const other of [ids.colleagues, ids.surgery]) {
      const error = await expectDomainError(queries.get(other, worker));
      expect(error.code).toBe(ErrorCode.Forbidden);
    }
  });

  it('a worker account not linked to a staff member sees no jobs', async () => {
    expect(await listIds(actors.user(Role.Worker, { id: 'user-unlinked' }))).toEqual([]);
  });

  it('a dispatcher lists their own group by default, another group when they ask, and opens any job', async () => {
    expect(await listIds(surgeryDispatcher)).toEqual([ids.surgery]);
    expect(await listIds(surgeryDispatcher, { group: Group.InternalMedicine })).toEqual([ids.mine, ids.colleagues, ids.fromWard].sort());
    expect((await queries.get(ids.mine, surgeryDispatcher)).id).toBe(ids.mine);
  });

  it('a ward’s integration key reads the jobs it raised and nothing else', async () => {
    expect(await listIds(ward)).toEqual([ids.fromWard]);
    expect((await queries.get(ids.fromWard, ward)).id).toBe(ids.fromWard);
    expect((await expectDomainError(queries.get(ids.mine, ward))).code).toBe(ErrorCode.Forbidden);
  });

  it('managers and supervisors see every job', async () => {
    const everything = Object.values(ids).sort();
    expect(await listIds(actors.user(Role.Manager))).toEqual(everything);
    expect(await listIds(actors.user(Role.Supervisor))).toEqual(everything);
  });
});

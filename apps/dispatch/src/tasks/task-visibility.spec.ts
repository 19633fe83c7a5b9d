import { Actor, ErrorCode, Group, Post, Role, TaskType } from '@hospital/contracts';
import { expectDomainError, ServiceUnderTest, startServiceUnderTest } from '@hospital/service-testing';
import { taskRequest } from './task-fixtures.spec-helper';
import { dispatchService } from '../service';
import { StaffService } from '../staff/staff.service';
import { TasksService } from './tasks.service';

const admin: Actor = { id: 'user-admin', kind: 'user', roles: [Role.Admin] };

describe('who sees which jobs (dispatch service: real Postgres, NATS)', () => {
  let service: ServiceUnderTest;
  let tasks: TasksService;
  const ids: Record<'mine' | 'colleagues' | 'surgery' | 'fromWard', string> = { mine: '', colleagues: '', surgery: '', fromWard: '' };
  let worker: Actor;
  let surgeryDispatcher: Actor;
  const ward: Actor = { id: 'key-ward-5', kind: 'api_key', roles: [Role.Integration] };

  const listIds = async (actor: Actor, query = {}) => (await tasks.list({ limit: 100, ...query }, actor)).items.map((t) => t.id).sort();

  beforeAll(async () => {
    service = await startServiceUnderTest(dispatchService);
    tasks = service.app.get(TasksService);
    const staff = service.app.get(StaffService);
    const courier = await staff.create({ staffNo: 'VIS-01', name: '王芳', group: Group.InternalMedicine, posts: [Post.SpecimenCourier] }, admin);
    const colleague = await staff.create({ staffNo: 'VIS-02', name: '李强', group: Group.InternalMedicine, posts: [Post.SpecimenCourier] }, admin);
    const lead = await staff.create({ staffNo: 'VIS-03', name: '赵敏', group: Group.Surgery, posts: [Post.Dispatcher] }, admin);
    worker = { id: 'user-worker', kind: 'user', roles: [Role.Worker], staffId: courier.id };
    surgeryDispatcher = { id: 'user-dispatcher-surgery', kind: 'user', roles: [Role.Dispatcher], staffId: lead.id };

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
    expect((await tasks.get(ids.mine, worker)).task.id).toBe(ids.mine);
    for (const other of [ids.colleagues, ids.surgery]) {
      const error = await expectDomainError(tasks.get(other, worker));
      expect(error.code).toBe(ErrorCode.Forbidden);
    }
  });

  it('a worker account not linked to a staff member sees no jobs', async () => {
    expect(await listIds({ id: 'user-unlinked', kind: 'user', roles: [Role.Worker] })).toEqual([]);
  });

  it('a dispatcher lists their own group by default, another group when they ask, and opens any job', async () => {
    expect(await listIds(surgeryDispatcher)).toEqual([ids.surgery]);
    expect(await listIds(surgeryDispatcher, { group: Group.InternalMedicine })).toEqual([ids.mine, ids.colleagues, ids.fromWard].sort());
    expect((await tasks.get(ids.mine, surgeryDispatcher)).task.id).toBe(ids.mine);
  });

  it('a ward’s integration key reads the jobs it raised and nothing else', async () => {
    expect(await listIds(ward)).toEqual([ids.fromWard]);
    expect((await tasks.get(ids.fromWard, ward)).task.id).toBe(ids.fromWard);
    expect((await expectDomainError(tasks.get(ids.mine, ward))).code).toBe(ErrorCode.Forbidden);
  });

  it('managers and supervisors see every job', async () => {
    const everything = Object.values(ids).sort();
    expect(await listIds({ id: 'user-manager', kind: 'user', roles: [Role.Manager] })).toEqual(everything);
    expect(await listIds({ id: 'user-supervisor', kind: 'user', roles: [Role.Supervisor] })).toEqual(everything);
  });
});

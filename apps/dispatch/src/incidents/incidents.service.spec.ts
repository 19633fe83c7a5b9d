import {
  Actor,
  CreateTaskDto,
  ErrorCode,
  EventEnvelope,
  Group,
  IncidentKind,
  IncidentReportedV1,
  IncidentSeverity,
  Post,
  Role,
  TaskPriority,
  TaskType,
} from '@hospital/contracts';
import { DomainError } from '@hospital/platform';
import { ServiceUnderTest, startServiceUnderTest } from '@hospital/service-testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { dispatchService } from '../service';
import { StaffService } from '../staff/staff.service';
import { TaskLifecycleService } from '../tasks/task-lifecycle.service';
import { TasksService } from '../tasks/tasks.service';
import { IncidentsService } from './incidents.service';

const dispatcher: Actor = { id: 'user-dispatcher', kind: 'user', roles: [Role.Dispatcher] };

const specimen: CreateTaskDto = {
  type: TaskType.Specimen,
  priority: TaskPriority.Stat,
  group: Group.Emergency,
  origin: { department: '急诊' },
  destination: { department: '检验科' },
  requester: { department: '急诊' },
};

describe('IncidentsService (the whole dispatch service in-process: real Postgres, NATS)', () => {
  let service: ServiceUnderTest;
  let incidents: IncidentsService;
  let workerId: string;
  let taskId: string;

  beforeAll(async () => {
    service = await startServiceUnderTest(dispatchService);
    incidents = service.app.get(IncidentsService);
    const worker = await service.app
      .get(StaffService)
      .create({ staffNo: 'JZ9001', name: '担架员甲', group: Group.Emergency, posts: [Post.SpecimenCourier] }, dispatcher);
    workerId = worker.id;
    const task = await service.app.get(TasksService).create(specimen, dispatcher);
    taskId = task.id;
    await service.app.get(TaskLifecycleService).assign({ id: taskId, workerId }, dispatcher);
  });

  afterAll(() => service.stop());

  it('records an incident against the assignee by default, and emits it with the staff involved', async () => {
    const reported = await incidents.report(
      { id: taskId, kind: IncidentKind.SpecimenDamaged, severity: IncidentSeverity.Major, description: 'tube cracked in transit' },
      dispatcher,
    );
    expect(reported).toMatchObject({ taskId, kind: 'SPECIMEN_DAMAGED', severity: 'MAJOR', staffIds: [workerId], reportedBy: dispatcher.id });
    expect(reported.taskNumber).toMatch(/^T\d{8}-\d{4}$/);

    const [row] = (await service.query(`SELECT "envelope" FROM "dispatch"."outbox" WHERE "envelope"->'payload'->>'id' = $1`, [reported.id])) as {
      envelope: EventEnvelope<string, IncidentReportedV1>;
    }[];
    expect(row.envelope).toMatchObject({
      type: 'dispatch.incident.reported',
      aggregateId: taskId,
      payload: { taskId, taskType: 'SPECIMEN', group: 'EMERGENCY', kind: 'SPECIMEN_DAMAGED', severity: 'MAJOR', staffIds: [workerId] },
    });
  });

  it('lists a task’s incidents, oldest first', async () => {
    await incidents.report({ id: taskId, kind: IncidentKind.Delay, severity: IncidentSeverity.Minor, description: 'lift out of order', staffIds: [] }, dispatcher);
    const list = await incidents.listForTask(taskId, service.app.get(DataSource).manager);
    expect(list.map((i) => i.kind)).toEqual(['SPECIMEN_DAMAGED', 'DELAY']);
    expect(list[1].staffIds).toEqual([]);
  });

  it('refuses unknown staff by field, and an unknown task, writing nothing', async () => {
    const before = Number((await service.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM "dispatch"."incidents"`))[0].n);
    const badStaff = await incidents
      .report({ id: taskId, kind: IncidentKind.Other, severity: IncidentSeverity.Minor, description: 'x', staffIds: [randomUUID()] }, dispatcher)
      .catch((e: unknown) => e as DomainError);
    expect(badStaff).toMatchObject({ code: ErrorCode.StaffNotFound, details: { errors: [{ field: 'staffIds' }] } });
    const badTask = await incidents
      .report({ id: randomUUID(), kind: IncidentKind.Other, severity: IncidentSeverity.Minor, description: 'x' }, dispatcher)
      .catch((e: unknown) => e as DomainError);
    expect(badTask).toMatchObject({ code: ErrorCode.TaskNotFound });
    expect(Number((await service.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM "dispatch"."incidents"`))[0].n)).toBe(before);
  });
});

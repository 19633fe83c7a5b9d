import { ErrorCode, EventEnvelope, IncidentKind, IncidentReportedV1, IncidentSeverity, Role } from '@hospital/contracts';
import { DomainError } from '@hospital/platform';
import { expectDomainError, ServiceUnderTest } from '@hospital/service-testing';
import { actors } from '@hospital/testing';
import { randomUUID } from 'node:crypto';
import { TaskLifecycleService } from '../tasks/task-lifecycle.service';
import { assignedJob, dispatcher, startWithAssignedJob, workerAccount } from './incidents.spec-helper';
import { ReportIncidentService } from './report-incident.service';

describe('ReportIncidentService (the whole dispatch service in-process: real Postgres, NATS)', () => {
  let service: ServiceUnderTest;
  let incidents: ReportIncidentService;
  let workerId: string;
  let colleagueId: string;
  let taskId: string;

  beforeAll(async () => {
    ({ service, workerId, colleagueId, taskId } = await startWithAssignedJob());
    incidents = service.app.get(ReportIncidentService);
  });

  afterAll(() => service.stop());

  const reportedEvent = async (incidentId: string) => {
    const rows = (await service.query(`SELECT "envelope" FROM "dispatch"."outbox" WHERE "envelope"->'payload'->>'id' = $1 ORDER BY "seq"`, [incidentId])) as {
      envelope: EventEnvelope<string, IncidentReportedV1>;
    }[];
    return rows.map((r) => r.envelope);
  };
  const counts = async () =>
    (
      await service.query<{ incidents: number; events: number }[]>(
        `SELECT (SELECT count(*)::int FROM "dispatch"."incidents") AS "incidents",
                (SELECT count(*)::int FROM "dispatch"."outbox" WHERE "envelope"->>'type' LIKE 'dispatch.incident.%') AS "events"`,
      )
    )[0];
  const fall = { kind: IncidentKind.PatientFall, severity: IncidentSeverity.Critical, description: '转运途中患者跌倒' };

  it('records a dispatcher’s incident against the assignee by default, CONFIRMED at once, and emits it with the staff involved', async () => {
    const reported = await incidents.report(
      { id: taskId, kind: IncidentKind.SpecimenDamaged, severity: IncidentSeverity.Major, description: 'tube cracked in transit' },
      dispatcher,
    );
    expect(reported).toMatchObject({
      taskId,
      kind: 'SPECIMEN_DAMAGED',
      severity: 'MAJOR',
      staffIds: [workerId],
      status: 'CONFIRMED',
      reportedBy: dispatcher.id,
      reportedByStaffId: null,
      reviewedBy: null,
      reviewedAt: null,
    });
    expect(reported.taskNumber).toMatch(/^T\d{8}-\d{4}$/);

    expect(await reportedEvent(reported.id)).toEqual([
      expect.objectContaining({
        type: 'dispatch.incident.reported',
        aggregateId: taskId,
        payload: expect.objectContaining({
          taskId,
          taskType: 'SPECIMEN',
          group: 'EMERGENCY',
          kind: 'SPECIMEN_DAMAGED',
          severity: 'MAJOR',
          staffIds: [workerId],
          status: 'CONFIRMED',
          reportedBy: dispatcher.id,
          reportedByStaffId: null,
        }),
      }),
    ]);
  });

  it('confirms at once what a supervisor or manager reports about anyone', async () => {
    for (const role of [Role.Supervisor, Role.Manager]) {
      const reported = await incidents.report({ id: taskId, ...fall, staffIds: [colleagueId] }, actors.user(role));
      expect(reported).toMatchObject({ status: 'CONFIRMED', staffIds: [colleagueId] });
    }
  });

  it('confirms at once a worker’s report on their own job that names only themselves, with their staff id on the record', async () => {
    const worker = workerAccount(workerId);
    const byDefault = await incidents.report({ id: taskId, ...fall }, worker);
    expect(byDefault).toMatchObject({ status: 'CONFIRMED', staffIds: [workerId], reportedBy: worker.id, reportedByStaffId: workerId });
    const [event] = await reportedEvent(byDefault.id);
    expect(event.payload).toMatchObject({ status: 'CONFIRMED', staffIds: [workerId], reportedBy: worker.id, reportedByStaffId: workerId });
    expect(await incidents.report({ id: taskId, ...fall, staffIds: [workerId] }, worker)).toMatchObject({ status: 'CONFIRMED' });
  });

  it('keeps PENDING a worker’s report on their own job that names a colleague: it goes out as PENDING, for the floor to decide', async () => {
    const worker = workerAccount(workerId);
    for (const staffIds of [[colleagueId], [workerId, colleagueId]]) {
      const reported = await incidents.report({ id: taskId, ...fall, staffIds }, worker);
      expect(reported).toMatchObject({ status: 'PENDING', staffIds, reportedByStaffId: workerId, reviewedBy: null });
      expect((await reportedEvent(reported.id)).map((e) => [e.type, e.payload.status])).toEqual([['dispatch.incident.reported', 'PENDING']]);
    }
  });

  it('refuses a worker reporting on a job that was never theirs, naming the colleague who carries it: 403 NOT_TASK_CARRIER, nothing written', async () => {
    const colleaguesJob = await assignedJob(service, colleagueId);
    const before = await counts();
    const refused = await expectDomainError(incidents.report({ id: colleaguesJob, ...fall }, workerAccount(workerId)));
    expect(refused.code).toBe(ErrorCode.NotTaskCarrier);
    // Naming themselves does not make it their job either.
    const selfNamed = await expectDomainError(incidents.report({ id: colleaguesJob, ...fall, staffIds: [workerId] }, workerAccount(workerId)));
    expect(selfNamed.code).toBe(ErrorCode.NotTaskCarrier);
    expect(await counts()).toEqual(before);
  });

  it('refuses a worker account without a staff record the same way', async () => {
    const before = await counts();
    const unlinked = await expectDomainError(incidents.report({ id: taskId, ...fall }, actors.user(Role.Worker, { staffId: null })));
    expect(unlinked.code).toBe(ErrorCode.NotTaskCarrier);
    const noStaffField = await expectDomainError(incidents.report({ id: taskId, ...fall }, actors.user(Role.Worker)));
    expect(noStaffField.code).toBe(ErrorCode.NotTaskCarrier);
    expect(await counts()).toEqual(before);
  });

  it('lets a worker report on a job they were assigned to before it was reassigned: their report about the new assignee is PENDING', async () => {
    const handedOn = await assignedJob(service, workerId);
    await service.app.get(TaskLifecycleService).assign({ id: handedOn, workerId: colleagueId, reassign: true }, dispatcher);
    const reported = await incidents.report({ id: handedOn, kind: IncidentKind.Delay, severity: IncidentSeverity.Minor, description: '交接延误' }, workerAccount(workerId));
    expect(reported).toMatchObject({ status: 'PENDING', staffIds: [colleagueId] });
  });

  it('refuses unknown staff by field, and an unknown task, writing nothing', async () => {
    const before = await counts();
    const badStaff = await incidents
      .report({ id: taskId, kind: IncidentKind.Other, severity: IncidentSeverity.Minor, description: 'x', staffIds: [randomUUID()] }, dispatcher)
      .catch((e: unknown) => e as DomainError);
    expect(badStaff).toMatchObject({ code: ErrorCode.StaffNotFound, details: { errors: [{ field: 'staffIds' }] } });
    const badTask = await incidents
      .report({ id: randomUUID(), kind: IncidentKind.Other, severity: IncidentSeverity.Minor, description: 'x' }, dispatcher)
      .catch((e: unknown) => e as DomainError);
    expect(badTask).toMatchObject({ code: ErrorCode.TaskNotFound });
    expect(await counts()).toEqual(before);
  });
});

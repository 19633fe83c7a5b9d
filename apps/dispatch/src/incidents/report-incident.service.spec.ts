import { ErrorCode, EventEnvelope, IncidentKind, IncidentReportedV1, IncidentSeverity } from '@hospital/contracts';
import { DomainError } from '@hospital/platform';
import { ServiceUnderTest } from '@hospital/service-testing';
import { randomUUID } from 'node:crypto';
import { dispatcher, startWithAssignedJob } from './incidents.spec-helper';
import { ReportIncidentService } from './report-incident.service';

describe('ReportIncidentService (the whole dispatch service in-process: real Postgres, NATS)', () => {
  let service: ServiceUnderTest;
  let incidents: ReportIncidentService;
  let workerId: string;
  let taskId: string;

  beforeAll(async () => {
    ({ service, workerId, taskId } = await startWithAssignedJob());
    incidents = service.app.get(ReportIncidentService);
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

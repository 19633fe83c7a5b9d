import { Group, IncidentKind, IncidentSeverity, IncidentStatus } from '@hospital/contracts';
import { ServiceUnderTest } from '@hospital/service-testing';
import { IncidentsQueryService } from './incidents-query.service';
import { assignedJob, dispatcher, startWithAssignedJob, workerAccount } from './incidents.spec-helper';
import { ReportIncidentService } from './report-incident.service';

describe('IncidentsQueryService (the whole dispatch service in-process: real Postgres, NATS)', () => {
  let service: ServiceUnderTest;
  let reporting: ReportIncidentService;
  let queries: IncidentsQueryService;
  let taskId: string;
  let workerId: string;
  let colleagueId: string;

  beforeAll(async () => {
    ({ service, taskId, workerId, colleagueId } = await startWithAssignedJob());
    reporting = service.app.get(ReportIncidentService);
    queries = service.app.get(IncidentsQueryService);
    // The task's first incident, reported before the one the case adds.
    await reporting.report(
      { id: taskId, kind: IncidentKind.SpecimenDamaged, severity: IncidentSeverity.Major, description: 'tube cracked in transit' },
      dispatcher,
    );
  });

  afterAll(() => service.stop());

  it('lists a task’s incidents, oldest first', async () => {
    await reporting.report({ id: taskId, kind: IncidentKind.Delay, severity: IncidentSeverity.Minor, description: 'lift out of order', staffIds: [] }, dispatcher);
    const list = (await queries.listForTask({ id: taskId })).items;
    expect(list.map((i) => i.kind)).toEqual(['SPECIMEN_DAMAGED', 'DELAY']);
    expect(list[1].staffIds).toEqual([]);
  });

  it("pages the center's PENDING reports across jobs, newest first, with each job's number, by group", async () => {
    const blame = (id: string, description: string) =>
      reporting.report({ id, kind: IncidentKind.Delay, severity: IncidentSeverity.Minor, description, staffIds: [colleagueId] }, workerAccount(workerId));
    const second = await assignedJob(service, workerId);
    const pending = [await blame(taskId, 'first'), await blame(second, 'second'), await blame(second, 'third')];
    expect(pending.every((i) => i.status === IncidentStatus.Pending)).toBe(true);
    const first = await queries.search({ status: IncidentStatus.Pending, limit: 2 });
    expect(first.items.map((i) => i.description)).toEqual(['third', 'second']);
    expect(first.items[0].taskNumber).toMatch(/^T\d{8}-\d{4}$/);
    const rest = await queries.search({ status: IncidentStatus.Pending, limit: 2, cursor: first.nextCursor! });
    expect(rest).toEqual({ items: [expect.objectContaining({ description: 'first', taskId })], nextCursor: null });
    expect((await queries.search({ status: IncidentStatus.Pending, group: Group.Surgery })).items).toEqual([]);
    expect((await queries.search({ status: IncidentStatus.Confirmed, group: Group.Emergency })).items.map((i) => i.kind)).toEqual(['DELAY', 'SPECIMEN_DAMAGED']);
  });
});

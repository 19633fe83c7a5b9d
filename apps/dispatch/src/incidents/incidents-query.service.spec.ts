import { IncidentKind, IncidentSeverity } from '@hospital/contracts';
import { ServiceUnderTest } from '@hospital/service-testing';
import { IncidentsQueryService } from './incidents-query.service';
import { dispatcher, startWithAssignedJob } from './incidents.spec-helper';
import { ReportIncidentService } from './report-incident.service';

describe('IncidentsQueryService (the whole dispatch service in-process: real Postgres, NATS)', () => {
  let service: ServiceUnderTest;
  let reporting: ReportIncidentService;
  let queries: IncidentsQueryService;
  let taskId: string;

  beforeAll(async () => {
    ({ service, taskId } = await startWithAssignedJob());
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
});

import { ErrorCode, IncidentKind, IncidentSeverity, IncidentStatus, Role } from '@hospital/contracts';
import { expectDomainError, ServiceUnderTest } from '@hospital/service-testing';
import { actors } from '@hospital/testing';
import { randomUUID } from 'node:crypto';
import { dispatcher, startWithAssignedJob, workerAccount } from './incidents.spec-helper';
import { IncidentsQueryService } from './incidents-query.service';
import { ReportIncidentService } from './report-incident.service';
import { ReviewIncidentService } from './review-incident.service';

describe('ReviewIncidentService (the whole dispatch service in-process: real Postgres, NATS)', () => {
  let service: ServiceUnderTest;
  let reporting: ReportIncidentService;
  let review: ReviewIncidentService;
  let workerId: string;
  let colleagueId: string;
  let taskId: string;

  beforeAll(async () => {
    ({ service, workerId, colleagueId, taskId } = await startWithAssignedJob());
    reporting = service.app.get(ReportIncidentService);
    review = service.app.get(ReviewIncidentService);
  });

  afterAll(() => service.stop());

  /** A worker’s report on their own job blaming their colleague: PENDING. */
  const pendingReport = async () => {
    const reported = await reporting.report(
      { id: taskId, kind: IncidentKind.SpecimenLost, severity: IncidentSeverity.Critical, description: '标本遗失', staffIds: [colleagueId] },
      workerAccount(workerId),
    );
    expect(reported.status).toBe(IncidentStatus.Pending);
    return reported;
  };
  const eventsOf = async (incidentId: string) =>
    (
      await service.query<{ type: string; payload: Record<string, unknown> }[]>(
        `SELECT "envelope"->>'type' AS "type", "envelope"->'payload' AS "payload" FROM "dispatch"."outbox" WHERE "envelope"->'payload'->>'id' = $1 ORDER BY "seq"`,
        [incidentId],
      )
    ).map((e) => ({ type: e.type, status: e.payload.status, by: e.payload.confirmedBy ?? e.payload.dismissedBy }));

  it('confirms a PENDING incident once though two dispatchers confirm it at the same moment: one wins, the other gets 409 INCIDENT_NOT_PENDING', async () => {
    const pending = await pendingReport();
    const first = actors.user(Role.Dispatcher, { id: 'user-dispatcher-a' });
    const second = actors.user(Role.Supervisor, { id: 'user-supervisor-b' });
    const outcomes = await Promise.allSettled([
      review.confirm({ id: pending.id, note: '已核实' }, first),
      review.confirm({ id: pending.id, note: '已核实' }, second),
    ]);
    const won = outcomes.filter((o) => o.status === 'fulfilled');
    const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost.map((o) => o.reason.code)).toEqual([ErrorCode.IncidentNotPending]);

    const winner = (won[0] as PromiseFulfilledResult<Awaited<ReturnType<ReviewIncidentService['confirm']>>>).value;
    expect(winner).toMatchObject({ id: pending.id, status: 'CONFIRMED', reviewNote: '已核实', reportedByStaffId: workerId, staffIds: [colleagueId] });
    expect([first.id, second.id]).toContain(winner.reviewedBy);
    expect(winner.reviewedAt).toEqual(expect.any(String));
    // One confirmation, by the winner: the event evaluation counts.
    expect(await eventsOf(pending.id)).toEqual([
      { type: 'dispatch.incident.reported', status: 'PENDING', by: undefined },
      { type: 'dispatch.incident.confirmed', status: undefined, by: winner.reviewedBy },
    ]);
  });

  it('emits the confirmation with what evaluation needs to count it', async () => {
    const pending = await pendingReport();
    await review.confirm({ id: pending.id }, dispatcher);
    const [row] = await service.query<{ payload: Record<string, unknown> }[]>(
      `SELECT "envelope"->'payload' AS "payload" FROM "dispatch"."outbox" WHERE "envelope"->>'type' = 'dispatch.incident.confirmed' AND "envelope"->'payload'->>'id' = $1`,
      [pending.id],
    );
    expect(row.payload).toEqual({
      id: pending.id,
      taskId,
      taskNumber: pending.taskNumber,
      taskType: 'SPECIMEN',
      group: 'EMERGENCY',
      kind: 'SPECIMEN_LOST',
      severity: 'CRITICAL',
      staffIds: [colleagueId],
      confirmedBy: dispatcher.id,
      confirmedAt: expect.any(String),
      reportedAt: pending.reportedAt,
    });
  });

  it('dismisses a PENDING incident with the reason on the record: it is never confirmed afterwards', async () => {
    const pending = await pendingReport();
    const supervisor = actors.user(Role.Supervisor);
    const dismissed = await review.dismiss({ id: pending.id, reason: '监控显示交接时标本完好' }, supervisor);
    expect(dismissed).toMatchObject({ status: 'DISMISSED', reviewedBy: supervisor.id, reviewNote: '监控显示交接时标本完好' });
    expect((await expectDomainError(review.confirm({ id: pending.id }, dispatcher))).code).toBe(ErrorCode.IncidentNotPending);
    expect((await expectDomainError(review.dismiss({ id: pending.id, reason: 'again' }, dispatcher))).code).toBe(ErrorCode.IncidentNotPending);
    expect(await eventsOf(pending.id)).toEqual([
      { type: 'dispatch.incident.reported', status: 'PENDING', by: undefined },
      { type: 'dispatch.incident.dismissed', status: undefined, by: supervisor.id },
    ]);
  });

  it('refuses to confirm or dismiss an incident that stood at once (409), or one that does not exist (404)', async () => {
    const confirmed = await reporting.report({ id: taskId, kind: IncidentKind.Delay, severity: IncidentSeverity.Minor, description: '电梯故障' }, dispatcher);
    expect(confirmed.status).toBe(IncidentStatus.Confirmed);
    const again = await expectDomainError(review.confirm({ id: confirmed.id }, dispatcher));
    expect(again).toMatchObject({ code: ErrorCode.IncidentNotPending, details: { status: 'CONFIRMED' } });
    expect((await expectDomainError(review.dismiss({ id: confirmed.id, reason: 'x' }, dispatcher))).code).toBe(ErrorCode.IncidentNotPending);
    expect(await eventsOf(confirmed.id)).toEqual([{ type: 'dispatch.incident.reported', status: 'CONFIRMED', by: undefined }]);
    expect((await expectDomainError(review.confirm({ id: randomUUID() }, dispatcher))).code).toBe(ErrorCode.IncidentNotFound);
  });

  it('lets no worker decide, not even about a report naming them', async () => {
    const pending = await pendingReport();
    expect((await expectDomainError(review.dismiss({ id: pending.id, reason: '不是我' }, workerAccount(colleagueId)))).code).toBe(ErrorCode.Forbidden);
    expect((await expectDomainError(review.confirm({ id: pending.id }, workerAccount(workerId)))).code).toBe(ErrorCode.Forbidden);
    expect(await eventsOf(pending.id)).toEqual([{ type: 'dispatch.incident.reported', status: 'PENDING', by: undefined }]);
  });

  it('lets no dispatcher or supervisor decide on a report that names them: another one does', async () => {
    const pending = await pendingReport();
    const named = actors.user(Role.Supervisor, { id: 'user-supervisor-named', staffId: colleagueId });
    const error = await expectDomainError(review.dismiss({ id: pending.id, reason: '与我无关' }, named));
    expect(error).toMatchObject({ code: ErrorCode.Forbidden, message: expect.stringContaining('naming you') });
    await expect(review.confirm({ id: pending.id }, dispatcher)).resolves.toMatchObject({ status: 'CONFIRMED' });
  });

  it('lists a task’s incidents by status', async () => {
    const queries = service.app.get(IncidentsQueryService);
    const pending = await pendingReport();
    const all = (await queries.listForTask({ id: taskId })).items;
    const waiting = (await queries.listForTask({ id: taskId, status: IncidentStatus.Pending })).items;
    expect(waiting.map((i) => i.id)).toContain(pending.id);
    expect(waiting.every((i) => i.status === 'PENDING')).toBe(true);
    const byStatus = (s: IncidentStatus) => all.filter((i) => i.status === s).map((i) => i.id);
    expect(waiting.map((i) => i.id)).toEqual(byStatus(IncidentStatus.Pending));
    expect((await queries.listForTask({ id: taskId, status: IncidentStatus.Dismissed })).items.map((i) => i.id)).toEqual(byStatus(IncidentStatus.Dismissed));
    expect(byStatus(IncidentStatus.Dismissed)).toHaveLength(1);
  });
});

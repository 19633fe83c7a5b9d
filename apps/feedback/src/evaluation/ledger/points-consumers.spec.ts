import {
  ComplaintCategory,
  ComplaintResolvedV1,
  ComplaintSeverity,
  DepositEvents,
  Desk,
  DispatchEvents,
  EventEnvelope,
  FeedbackChannel,
  FeedbackEvents,
  Group,
  HandoverDiscrepancyV1,
  HandoverDiscrepancyV2,
  IncidentConfirmedV1,
  IncidentDismissedV1,
  IncidentKind,
  IncidentReportedV1,
  IncidentSeverity,
  IncidentStatus,
  PointsSourceType,
  PraiseReceivedV1,
  Role,
  SurveyAnsweredV1,
  TaskPriority,
  TaskStatus,
  TaskStepV1,
  TaskType,
} from '@hospital/contracts';
import { actors } from '@hospital/testing';
import { randomUUID } from 'node:crypto';
import { EvaluationHarness, manager, startEvaluationHarness } from '../evaluation.spec-helper';
import { LedgerService } from './ledger.service';

/** Late on the last day of November, Shanghai time (15:30 UTC the same day). */
const LATE_NOVEMBER = '2026-11-30T23:30:00+08:00';
/** 2026-12-31 20:00 UTC is already 2027-01-01 in Shanghai: Q1 of 2027 on the hospital's calendar. */
const NEW_YEAR_IN_SHANGHAI = '2026-12-31T20:00:00Z';

describe('points ledger consumers (real JetStream, real Postgres)', () => {
  let h: EvaluationHarness;
  let ledger: LedgerService;

  beforeAll(async () => {
    h = await startEvaluationHarness();
    ledger = h.service.app.get(LedgerService);
  });

  afterAll(() => h?.stop());

  const entriesOf = (subjectId: string) =>
    h.service.query<{ source_type: string; source_id: string; subject_kind: string; points: number; veto: boolean; quarter: string; month: string }[]>(
      `SELECT "source_type", "source_id", "subject_kind", "points", "veto", "quarter", "month" FROM "feedback"."evaluation_points" WHERE "subject_id" = $1 ORDER BY "occurred_at"`,
      [subjectId],
    );

  const incident = (staffIds: string[], severity: IncidentSeverity, at = LATE_NOVEMBER): IncidentReportedV1 => ({
    id: randomUUID(),
    taskId: randomUUID(),
    taskNumber: 'T20261130-0001',
    taskType: TaskType.Specimen,
    group: Group.Emergency,
    kind: IncidentKind.SpecimenDamaged,
    severity,
    staffIds,
    reportedBy: 'user-dispatcher',
    reportedAt: at,
  });

  it('deducts an incident per staff member once, though the event is redelivered and the incident re-sent under a new event id', async () => {
    const a = await h.addStaff('L001');
    const b = await h.addStaff('L002');
    const minor = incident([a, b], IncidentSeverity.Minor);
    const eventId = await h.publish(DispatchEvents.incidentReported, minor);
    await h.publish(DispatchEvents.incidentReported, minor, eventId);
    await h.publish(DispatchEvents.incidentReported, minor);
    await h.settled('onIncident');

    for (const staffId of [a, b]) {
      expect(await entriesOf(staffId)).toEqual([
        { source_type: 'INCIDENT', source_id: minor.id, subject_kind: 'STAFF', points: -2, veto: false, quarter: '2026Q4', month: '2026-11' },
      ]);
    }
    const processed = await h.service.query<unknown[]>(`SELECT 1 FROM "feedback"."processed_events" WHERE "event_id" = $1`, [eventId]);
    expect(processed).toHaveLength(1);
  });

  it('files a source on the hospital calendar, not UTC’s', async () => {
    const a = await h.addStaff('L003');
    await h.publish(DispatchEvents.incidentReported, incident([a], IncidentSeverity.Minor, NEW_YEAR_IN_SHANGHAI));
    await h.settled('onIncident');
    expect(await entriesOf(a)).toMatchObject([{ quarter: '2027Q1', month: '2027-01' }]);
  });

  it('vetoes the staff member for a major error, and their group too for a critical incident', async () => {
    const major = await h.addStaff('L004', Group.Surgery);
    const critical = await h.addStaff('L005', Group.InternalMedicine);
    const majorIncident = incident([major], IncidentSeverity.Major);
    const criticalIncident = incident([critical], IncidentSeverity.Critical);
    await h.publish(DispatchEvents.incidentReported, majorIncident);
    await h.publish(DispatchEvents.incidentReported, criticalIncident);
    await h.settled('onIncident');

    const majorLedger = await ledger.staffLedger({ id: major, period: '2026Q4' }, manager);
    expect(majorLedger).toMatchObject({ total: 90, vetoed: true, vetoes: [{ source: { type: PointsSourceType.Incident, id: majorIncident.id } }] });
    const criticalLedger = await ledger.staffLedger({ id: critical, period: '2026-11' }, manager);
    expect(criticalLedger).toMatchObject({ total: 80, vetoed: true });
    // The group comes from the staff read model, not the job's group (EMERGENCY here).
    expect(await entriesOf(Group.InternalMedicine)).toEqual([
      { source_type: 'INCIDENT', source_id: criticalIncident.id, subject_kind: 'DEPARTMENT', points: 0, veto: true, quarter: '2026Q4', month: '2026-11' },
    ]);
    expect(await entriesOf(Group.Emergency)).toEqual([]);
  });

  /** What dispatch repeats of a PENDING report when the floor decides on it. */
  const decisionOn = ({ id, taskId, taskNumber, taskType, group, kind, severity, staffIds, reportedAt }: IncidentReportedV1) => ({
    id,
    taskId,
    taskNumber,
    taskType,
    group,
    kind,
    severity,
    staffIds,
    reportedAt,
  });
  /** Dispatch's confirmation of a PENDING report, some time after it (here: in the next quarter). */
  const confirmation = (reported: IncidentReportedV1): IncidentConfirmedV1 => ({ ...decisionOn(reported), confirmedBy: 'user-dispatcher', confirmedAt: NEW_YEAR_IN_SHANGHAI });
  const dismissal = (reported: IncidentReportedV1): IncidentDismissedV1 => ({ ...decisionOn(reported), dismissedBy: 'user-dispatcher', dismissedAt: NEW_YEAR_IN_SHANGHAI });

  it('counts nothing for a PENDING report (a worker naming a colleague) until it is confirmed; then once, filed when it was reported, with the veto', async () => {
    const named = await h.addStaff('IC01', Group.Surgery);
    const other = await h.addStaff('IC02', Group.Surgery);
    const pending: IncidentReportedV1 = { ...incident([named], IncidentSeverity.Critical), status: IncidentStatus.Pending, reportedBy: 'user-worker', reportedByStaffId: other };
    // Another PENDING report that the floor dismisses: dispatch then never sends a confirmation.
    const dismissed: IncidentReportedV1 = { ...incident([other], IncidentSeverity.Major), status: IncidentStatus.Pending, reportedBy: 'user-worker', reportedByStaffId: named };
    await h.publish(DispatchEvents.incidentReported, pending);
    await h.publish(DispatchEvents.incidentReported, dismissed);
    await h.publish(DispatchEvents.incidentDismissed, dismissal(dismissed));
    await h.settled('onIncident');
    expect(await entriesOf(named)).toEqual([]);
    expect(await entriesOf(Group.Surgery)).toEqual([]);
    expect(await ledger.staffLedger({ id: named, period: '2026Q4' }, manager)).toMatchObject({ total: 100, vetoed: false });

    const confirmed = confirmation(pending);
    const eventId = await h.publish(DispatchEvents.incidentConfirmed, confirmed);
    await h.publish(DispatchEvents.incidentConfirmed, confirmed, eventId);
    await h.publish(DispatchEvents.incidentConfirmed, confirmed);
    await h.settled('onIncidentConfirmed');
    // Filed under the report's quarter (2026Q4), not the confirmation's (2027Q1).
    expect(await entriesOf(named)).toEqual([
      { source_type: 'INCIDENT', source_id: pending.id, subject_kind: 'STAFF', points: -20, veto: true, quarter: '2026Q4', month: '2026-11' },
    ]);
    expect(await ledger.staffLedger({ id: named, period: '2026Q4' }, manager)).toMatchObject({ total: 80, vetoed: true });
    expect(await entriesOf(Group.Surgery)).toMatchObject([{ source_id: pending.id, subject_kind: 'DEPARTMENT', points: 0, veto: true }]);
    expect(await entriesOf(other)).toEqual([]);
  });

  it('counts a report CONFIRMED when made at once, and never a second time for the same incident though a confirmation of it came too', async () => {
    const a = await h.addStaff('IC03');
    const reported: IncidentReportedV1 = { ...incident([a], IncidentSeverity.Major), status: IncidentStatus.Confirmed, reportedByStaffId: null };
    await h.publish(DispatchEvents.incidentReported, reported);
    await h.settled('onIncident');
    expect(await entriesOf(a)).toMatchObject([{ source_id: reported.id, points: -10, veto: true }]);
    // Dispatch confirms only a PENDING incident, so this never comes; were it to, the ledger still holds one entry.
    await h.publish(DispatchEvents.incidentConfirmed, confirmation(reported));
    await h.settled('onIncidentConfirmed');
    expect(await entriesOf(a)).toEqual([
      { source_type: 'INCIDENT', source_id: reported.id, subject_kind: 'STAFF', points: -10, veto: true, quarter: '2026Q4', month: '2026-11' },
    ]);
  });

  it('counts a version-1 report without a status (emitted before incidents had one) as confirmed', async () => {
    const a = await h.addStaff('IC04');
    const old = incident([a], IncidentSeverity.Major);
    expect(old).not.toHaveProperty('status');
    await h.publish(DispatchEvents.incidentReported, old);
    await h.settled('onIncident');
    expect(await ledger.staffLedger({ id: a, period: '2026Q4' }, manager)).toMatchObject({ total: 90, vetoed: true, vetoes: [{ source: { type: 'INCIDENT', id: old.id } }] });
  });

  it('deducts a late job from its worker, once, and nothing for one on time', async () => {
    const w = await h.addStaff('L006');
    const step = (onTime: boolean): TaskStepV1 => ({
      id: randomUUID(),
      number: 'T20261130-0002',
      type: TaskType.Specimen,
      priority: TaskPriority.Stat,
      group: Group.Emergency,
      status: TaskStatus.Completed,
      workerId: w,
      actorId: 'user-w',
      at: LATE_NOVEMBER,
      dueAt: LATE_NOVEMBER,
      onTime,
    });
    const late = step(false);
    const eventId = await h.publish(DispatchEvents.taskCompleted, late);
    await h.publish(DispatchEvents.taskCompleted, late, eventId);
    await h.publish(DispatchEvents.taskCompleted, late);
    await h.publish(DispatchEvents.taskCompleted, step(true));
    await h.settled('onTaskCompleted');
    expect(await entriesOf(w)).toMatchObject([{ source_type: 'LATE_TASK', source_id: late.id, points: -1, veto: false }]);
  });

  it('deducts and vetoes each staff member at fault in a valid complaint, once; an invalid one changes nothing', async () => {
    const a = await h.addStaff('L007');
    const b = await h.addStaff('L008');
    const complaint = (valid: boolean): ComplaintResolvedV1 => ({
      complaintId: randomUUID(),
      number: 'C20261130-0001',
      valid,
      atFaultStaffIds: [a, b],
      atFaultDepartment: null,
      severity: ComplaintSeverity.Normal,
      category: ComplaintCategory.Attitude,
      resolvedBy: 'user-manager',
      at: LATE_NOVEMBER,
    });
    const valid = complaint(true);
    const eventId = await h.publish(FeedbackEvents.complaintResolved, valid);
    await h.publish(FeedbackEvents.complaintResolved, valid, eventId);
    await h.publish(FeedbackEvents.complaintResolved, valid);
    await h.publish(FeedbackEvents.complaintResolved, complaint(false));
    await h.settled('onComplaintResolved');
    for (const staffId of [a, b]) {
      expect(await entriesOf(staffId)).toMatchObject([{ source_type: 'COMPLAINT', source_id: valid.complaintId, points: -10, veto: true }]);
      expect(await ledger.staffLedger({ id: staffId, period: '2026Q4' }, manager)).toMatchObject({
        total: 90,
        vetoed: true,
        vetoes: [{ reason: 'Valid complaint C20261130-0001: at fault', source: { type: 'COMPLAINT', id: valid.complaintId } }],
      });
    }
  });

  it('adds praise per staff member named, once', async () => {
    const a = await h.addStaff('L009');
    const praise: PraiseReceivedV1 = { praiseId: randomUUID(), staffIds: [a], department: null, channel: FeedbackChannel.Web, at: LATE_NOVEMBER };
    const eventId = await h.publish(FeedbackEvents.praiseReceived, praise);
    await h.publish(FeedbackEvents.praiseReceived, praise, eventId);
    await h.publish(FeedbackEvents.praiseReceived, praise);
    await h.settled('onPraise');
    expect(await entriesOf(a)).toMatchObject([{ source_type: 'PRAISE', points: 2 }]);
  });

  /** Publishes an event of a payload version other than 1, as its service's relay would (`h.publish` sends version 1). */
  const publishVersion = async <P>(type: string, version: number, payload: P, id: string = randomUUID()): Promise<string> => {
    const { jsm, names } = await h.service.jetstream();
    const envelope: EventEnvelope<string, P> = {
      id,
      type,
      version,
      occurredAt: new Date().toISOString(),
      source: type.split('.')[0],
      correlationId: null,
      aggregateId: randomUUID(),
      payload,
    };
    await jsm.jetstream().publish(names.subject(type), new TextEncoder().encode(JSON.stringify(envelope)), { msgID: randomUUID() });
    return id;
  };

  it('books a handover discrepancy on the outgoing clerk’s staff id, once: it is in that staff member’s ledger', async () => {
    const clerk = await h.addStaff('H001');
    const discrepancy: HandoverDiscrepancyV2 = {
      handoverId: randomUUID(),
      desk: Desk.SurgeryLobby,
      outgoingClerkId: clerk,
      incomingClerkId: await h.addStaff('H002'),
      expectedCount: 12,
      countedCount: 11,
      missingTags: [7],
      extraTags: [],
      at: LATE_NOVEMBER,
    };
    const eventId = await publishVersion(DepositEvents.handoverDiscrepancy, 2, discrepancy);
    await publishVersion(DepositEvents.handoverDiscrepancy, 2, discrepancy, eventId);
    await publishVersion(DepositEvents.handoverDiscrepancy, 2, discrepancy);
    await h.settled('onHandoverDiscrepancy');

    // What GET /evaluation/staff/{staffId}/ledger answers, here to the clerk reading their own.
    const own = await ledger.staffLedger({ id: clerk, period: '2026Q4' }, actors.user(Role.DeskClerk, { staffId: clerk }));
    expect(own).toMatchObject({ staffId: clerk, total: 98, vetoed: false });
    expect(own.entries).toEqual([
      expect.objectContaining({
        points: -2,
        reason: 'Handover at SURGERY_LOBBY: counted 11, expected 12',
        source: { type: PointsSourceType.HandoverDiscrepancy, id: discrepancy.handoverId },
      }),
    ]);
    expect(await entriesOf(discrepancy.incomingClerkId)).toEqual([]);
  });

  it('keeps a version-1 handover discrepancy (from before accounts were linked to staff) on the user account it names, once', async () => {
    const clerkUserId = randomUUID();
    const discrepancy: HandoverDiscrepancyV1 = {
      handoverId: randomUUID(),
      desk: Object.values(Desk)[0],
      outgoingClerkId: clerkUserId,
      incomingClerkId: randomUUID(),
      expectedCount: 12,
      countedCount: 11,
      missingTags: [7],
      extraTags: [],
      at: LATE_NOVEMBER,
    };
    const eventId = await h.publish(DepositEvents.handoverDiscrepancy, discrepancy);
    await h.publish(DepositEvents.handoverDiscrepancy, discrepancy, eventId);
    await h.publish(DepositEvents.handoverDiscrepancy, discrepancy);
    await h.settled('onHandoverDiscrepancy');
    expect(await entriesOf(clerkUserId)).toMatchObject([{ source_type: 'HANDOVER_DISCREPANCY', subject_kind: 'USER', points: -2 }]);
  });

  it('keeps each survey response about a staff member once, for the period’s mean', async () => {
    const a = await h.addStaff('L010');
    const answer = (likertMean: number | null): SurveyAnsweredV1 => ({
      responseId: randomUUID(),
      surveyId: randomUUID(),
      channel: FeedbackChannel.Mobile,
      staffId: a,
      department: null,
      likertMean,
      nps: null,
      at: LATE_NOVEMBER,
    });
    const first = answer(5);
    const eventId = await h.publish(FeedbackEvents.surveyAnswered, first);
    await h.publish(FeedbackEvents.surveyAnswered, first, eventId);
    await h.publish(FeedbackEvents.surveyAnswered, first);
    await h.publish(FeedbackEvents.surveyAnswered, answer(4));
    await h.publish(FeedbackEvents.surveyAnswered, answer(null));
    await h.settled('onSurveyAnswered');
    const rows = await h.service.query<{ likert_mean: string; quarter: string }[]>(
      `SELECT "likert_mean", "quarter" FROM "feedback"."evaluation_survey_scores" WHERE "staff_id" = $1 ORDER BY "likert_mean"`,
      [a],
    );
    expect(rows).toEqual([
      { likert_mean: '4.000', quarter: '2026Q4' },
      { likert_mean: '5.000', quarter: '2026Q4' },
    ]);
  });
});

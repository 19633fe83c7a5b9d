import { Inject, Injectable } from '@nestjs/common';
import {
  ComplaintResolvedEvent,
  DepositEvents,
  DispatchEvents,
  EvaluationPointsDto,
  FeedbackEvents,
  HandoverDiscrepancyEvent,
  HandoverDiscrepancyV1Event,
  IncidentConfirmedEvent,
  IncidentConfirmedV1,
  IncidentReportedEvent,
  IncidentReportedV1,
  IncidentStatus,
  PointsSourceType,
  PointsSubjectKind,
  PraiseReceivedEvent,
  SurveyAnsweredEvent,
  TaskStepEvent,
} from '@hospital/contracts';
import { ENV, OnEvent, ServiceEnv } from '@hospital/platform';
import { EntityManager } from 'typeorm';
import { isQuarterClosed } from '../awards/period-lock';
import { periodOf } from '../period';
import { PointsLedger } from './points-ledger';

const INCIDENT_POINTS: Record<string, (r: EvaluationPointsDto) => number> = {
  MINOR: (r) => r.incidentMinor,
  MAJOR: (r) => r.incidentMajor,
  CRITICAL: (r) => r.incidentCritical,
};

/**
 * Turns other contexts' events into ledger entries. Each handler runs inside the consumer's
 * transaction that records the event id, so a redelivered event never applies twice; the
 * ledger's unique (source, subject) covers a source re-sent under a new event id.
 */
@Injectable()
export class PointsConsumers {
  constructor(
    private readonly ledger: PointsLedger,
    @Inject(ENV) private readonly env: ServiceEnv,
  ) {}

  /**
   * Counts an incident that stands when reported (docs/domain.md §3.9): the floor's report, or a
   * worker's naming only themselves. A PENDING one (a worker naming a colleague) counts only when
   * confirmed (`onIncidentConfirmed`); an event without a status predates the rule and stood.
   */
  @OnEvent(DispatchEvents.incidentReported, { versions: [1] })
  async onIncident({ payload: p }: IncidentReportedEvent, manager: EntityManager): Promise<void> {
    if (p.status !== undefined && p.status !== IncidentStatus.Confirmed) return;
    await this.deductIncident(p, manager);
  }

  /**
   * A PENDING incident the floor confirmed: the same entries a report CONFIRMED at once makes, filed
   * when it was reported. Dispatch confirms only a PENDING incident, so a report counted on arrival
   * is never confirmed later; were both to come, the ledger's unique (source, subject) keeps one.
   */
  @OnEvent(DispatchEvents.incidentConfirmed, { versions: [1] })
  async onIncidentConfirmed({ payload: p }: IncidentConfirmedEvent, manager: EntityManager): Promise<void> {
    await this.deductIncident(p, manager);
  }

  private async deductIncident(p: IncidentReportedV1 | IncidentConfirmedV1, manager: EntityManager): Promise<void> {
    const points = INCIDENT_POINTS[p.severity];
    // A severity this code does not know is a contract change: dead-letter it rather than guess the points.
    if (!points) throw new Error(`incident ${p.id}: unknown severity ${p.severity}`);
    const vetoes = p.severity === 'MAJOR' || p.severity === 'CRITICAL';
    const occurredAt = new Date(p.reportedAt);
    const reason = `${p.severity} incident ${p.kind} on job ${p.taskNumber}`;
    await this.ledger.record(
      manager,
      p.staffIds.map((staffId) => ({
        sourceType: PointsSourceType.Incident,
        sourceId: p.id,
        subjectKind: PointsSubjectKind.Staff,
        subjectId: staffId,
        points,
        reason,
        veto: vetoes,
        occurredAt,
      })),
    );
    if (p.severity !== 'CRITICAL') return;
    // An accident vetoes the team too: the staff's own group, as the read model knows it (the job's group as a fallback).
    const rows = (await manager.query(`SELECT DISTINCT "group" FROM "feedback"."staff_directory" WHERE "id" = ANY($1::uuid[])`, [
      p.staffIds,
    ])) as { group: string }[];
    const groups = rows.length > 0 ? rows.map((r) => r.group) : [p.group];
    await this.ledger.record(
      manager,
      groups.map((group) => ({
        sourceType: PointsSourceType.Incident,
        sourceId: p.id,
        subjectKind: PointsSubjectKind.Department,
        subjectId: group,
        points: () => 0,
        reason,
        veto: true,
        occurredAt,
      })),
    );
  }

  @OnEvent(DispatchEvents.taskCompleted, { versions: [1] })
  async onTaskCompleted({ payload: p }: TaskStepEvent, manager: EntityManager): Promise<void> {
    if (p.onTime !== false || !p.workerId) return;
    await this.ledger.record(manager, [
      {
        sourceType: PointsSourceType.LateTask,
        sourceId: p.id,
        subjectKind: PointsSubjectKind.Staff,
        subjectId: p.workerId,
        points: (r) => r.lateTask,
        reason: `Job ${p.number} delivered after its due time`,
        occurredAt: new Date(p.at),
      },
    ]);
  }

  @OnEvent(FeedbackEvents.complaintResolved, { versions: [1] })
  async onComplaintResolved({ payload: p }: ComplaintResolvedEvent, manager: EntityManager): Promise<void> {
    if (!p.valid) return;
    await this.ledger.record(
      manager,
      p.atFaultStaffIds.map((staffId) => ({
        sourceType: PointsSourceType.Complaint,
        sourceId: p.complaintId,
        subjectKind: PointsSubjectKind.Staff,
        subjectId: staffId,
        points: (r: EvaluationPointsDto) => r.complaintAtFault,
        reason: `Valid complaint ${p.number}: at fault`,
        veto: true,
        occurredAt: new Date(p.at),
      })),
    );
  }

  @OnEvent(FeedbackEvents.praiseReceived, { versions: [1] })
  async onPraise({ payload: p }: PraiseReceivedEvent, manager: EntityManager): Promise<void> {
    await this.ledger.record(
      manager,
      p.staffIds.map((staffId) => ({
        sourceType: PointsSourceType.Praise,
        sourceId: p.praiseId,
        subjectKind: PointsSubjectKind.Staff,
        subjectId: staffId,
        points: (r: EvaluationPointsDto) => r.praise,
        reason: `Praise received (${p.channel})`,
        occurredAt: new Date(p.at),
      })),
    );
  }

  /**
   * Booked on the outgoing clerk. Version 2 names them by staff id, so the entry is the staff
   * member's (in their ledger and score); version 1, emitted before accounts were linked to staff,
   * named the user account, and such an event is still kept against that user id (subject USER).
   */
  @OnEvent(DepositEvents.handoverDiscrepancy, { versions: [1, 2] })
  async onHandoverDiscrepancy({ version, payload: p }: HandoverDiscrepancyEvent | HandoverDiscrepancyV1Event, manager: EntityManager): Promise<void> {
    await this.ledger.record(manager, [
      {
        sourceType: PointsSourceType.HandoverDiscrepancy,
        sourceId: p.handoverId,
        subjectKind: version === 1 ? PointsSubjectKind.User : PointsSubjectKind.Staff,
        subjectId: p.outgoingClerkId,
        points: (r) => r.handoverDiscrepancy,
        reason: `Handover at ${p.desk}: counted ${p.countedCount}, expected ${p.expectedCount}`,
        occurredAt: new Date(p.at),
      },
    ]);
  }

  /** Kept per response, not as a running mean: a response re-sent under a new event id then counts once. */
  @OnEvent(FeedbackEvents.surveyAnswered, { versions: [1] })
  async onSurveyAnswered({ payload: p }: SurveyAnsweredEvent, manager: EntityManager): Promise<void> {
    if (!p.staffId || p.likertMean === null) return;
    const { quarter, month } = periodOf(new Date(p.at), this.env.TZ_HOSPITAL);
    // The survey bonus of a frozen quarter is settled; a late answer does not reopen it.
    if (await isQuarterClosed(manager, quarter)) return;
    await manager.query(
      `INSERT INTO "feedback"."evaluation_survey_scores" ("response_id", "staff_id", "quarter", "month", "likert_mean")
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT ("response_id") DO NOTHING`,
      [p.responseId, p.staffId, quarter, month, p.likertMean],
    );
  }
}

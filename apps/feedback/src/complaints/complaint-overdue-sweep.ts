import { Inject, Injectable } from '@nestjs/common';
import { ComplaintDeadline, ComplaintOverdueEvent, ComplaintStatus, ComplaintTimelineAction, FeedbackEvents } from '@hospital/contracts';
import { PeriodicJob, UnitOfWork } from '@hospital/platform';
import { FEEDBACK_CONFIG, FeedbackConfig } from '../config';

const SWEEP_BATCH = 500;

interface OverdueRow {
  id: string;
  number: string;
  status: ComplaintStatus;
  owner_id: string | null;
  overdue_at: Date;
  overdue_deadline: ComplaintDeadline;
  due_at: Date;
}

/**
 * Flags complaints that missed a deadline, once each (acknowledge while RECEIVED, resolve while
 * not yet resolved): one UPDATE ... RETURNING over rows claimed with SKIP LOCKED, so replicas
 * sweeping together never flag or announce a complaint twice. A complaint flagged for a late
 * acknowledgement is not flagged again for a late resolution: "overdue" is one flag.
 */
@Injectable()
export class ComplaintOverdueSweep extends PeriodicJob {
  constructor(
    private readonly uow: UnitOfWork,
    @Inject(FEEDBACK_CONFIG) { complaintSweepMs }: FeedbackConfig,
  ) {
    super(complaintSweepMs, 'complaint overdue sweep');
  }

  protected runOnce(): Promise<string[]> {
    return this.sweep();
  }

  /** Flags what is overdue as of now; returns the complaint ids flagged. */
  sweep(): Promise<string[]> {
    return this.uow.run(async ({ manager, emit }) => {
      const [rows] = (await manager.query(
        `UPDATE "feedback"."complaints" c SET "overdue_at" = now(),
           "overdue_deadline" = CASE WHEN c."status" = 'RECEIVED' AND c."acknowledge_due_at" < now() THEN '${ComplaintDeadline.Acknowledge}' ELSE '${ComplaintDeadline.Resolve}' END
         WHERE c."id" IN (
           SELECT "id" FROM "feedback"."complaints"
           WHERE "overdue_at" IS NULL AND (
             ("status" = 'RECEIVED' AND "acknowledge_due_at" < now())
             OR ("status" IN ('RECEIVED', 'ACKNOWLEDGED', 'INVESTIGATING') AND "resolve_due_at" < now()))
           ORDER BY "created_at" LIMIT ${SWEEP_BATCH} FOR UPDATE SKIP LOCKED)
         RETURNING c."id", c."number", c."status", c."owner_id", c."overdue_at", c."overdue_deadline",
           CASE WHEN c."overdue_deadline" = '${ComplaintDeadline.Acknowledge}' THEN c."acknowledge_due_at" ELSE c."resolve_due_at" END AS "due_at"`,
      )) as [OverdueRow[], number];
      if (rows.length === 0) return [];
      await manager.query(
        `INSERT INTO "feedback"."complaint_events" ("complaint_id", "action", "status", "actor_id", "note", "at")
         SELECT r."id", '${ComplaintTimelineAction.Overdue}', r."status", 'system', r."note", r."at"
         FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::timestamptz[]) AS r("id", "status", "note", "at")`,
        [rows.map((r) => r.id), rows.map((r) => r.status), rows.map((r) => `missed the ${r.overdue_deadline.toLowerCase()} deadline`), rows.map((r) => r.overdue_at)],
      );
      for (const r of rows) {
        emit<ComplaintOverdueEvent>(FeedbackEvents.complaintOverdue, r.id, {
          complaintId: r.id,
          number: r.number,
          status: r.status,
          deadline: r.overdue_deadline,
          dueAt: r.due_at.toISOString(),
          ownerId: r.owner_id,
          at: r.overdue_at.toISOString(),
        });
      }
      this.log.log(`flagged ${rows.length} overdue complaint(s)`);
      return rows.map((r) => r.id);
    });
  }
}

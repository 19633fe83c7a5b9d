import { Inject, Injectable } from '@nestjs/common';
import { DispatchEvents, TaskStatus, TaskStepEvent, TaskTimelineAction } from '@hospital/contracts';
import { PeriodicJob, UnitOfWork } from '@hospital/platform';
import { DISPATCH_CONFIG, DispatchConfig } from '../config';
import { NOT_IN_QUEUE_SQL } from './queue-states';
import { taskStepPayload, TaskStepSubject } from './task-step.event';

const SWEEP_BATCH = 500;

interface OverdueRow {
  id: string;
  number: string;
  type: TaskStepEvent['payload']['type'];
  priority: TaskStepEvent['payload']['priority'];
  group: TaskStepSubject['group'];
  status: TaskStatus;
  assignee_id: string | null;
  due_at: Date;
  overdue_at: Date;
  created_by: string;
}

/**
 * Flags open jobs whose deadline has passed, once each: one UPDATE ... RETURNING, so replicas
 * running the same sweep never flag (or announce) a job twice. Each flag goes on the timeline
 * and out as `dispatch.task.overdue`, which the board and evaluation use.
 */
@Injectable()
export class OverdueSweep extends PeriodicJob {
  constructor(
    private readonly uow: UnitOfWork,
    @Inject(DISPATCH_CONFIG) { overdueSweepMs }: DispatchConfig,
  ) {
    super(overdueSweepMs, 'overdue sweep');
  }

  protected runOnce(): Promise<string[]> {
    return this.sweep();
  }

  /** Flags what is overdue as of now; returns the task ids flagged. */
  sweep(): Promise<string[]> {
    return this.uow.run(async ({ manager, emit }) => {
      // A bounded batch per transaction (the next tick takes the rest); SKIP LOCKED leaves rows a
      // lifecycle step or another replica holds right now to a later sweep instead of waiting.
      const [rows] = (await manager.query(
        `UPDATE "dispatch"."tasks" SET "overdue_at" = now(), "updated_at" = now(), "version" = "version" + 1
         WHERE "id" IN (
           SELECT "id" FROM "dispatch"."tasks"
           WHERE "overdue_at" IS NULL AND "due_at" < now() AND "status" NOT IN (${NOT_IN_QUEUE_SQL})
           ORDER BY "due_at" LIMIT ${SWEEP_BATCH} FOR UPDATE SKIP LOCKED)
         RETURNING "id", "number", "type", "priority", "group", "status", "assignee_id", "due_at", "overdue_at", "created_by"`,
      )) as [OverdueRow[], number];
      if (rows.length === 0) return [];
      // The whole batch's timeline entries in one statement, not one round trip per job.
      await manager.query(
        `INSERT INTO "dispatch"."task_events" ("task_id", "action", "status", "actor_id", "worker_id", "note", "at")
         SELECT r."task_id", '${TaskTimelineAction.Overdue}', r."status", 'system', r."worker_id", NULL, r."at"
         FROM unnest($1::uuid[], $2::varchar[], $3::uuid[], $4::timestamptz[]) AS r("task_id", "status", "worker_id", "at")`,
        [rows.map((r) => r.id), rows.map((r) => r.status), rows.map((r) => r.assignee_id), rows.map((r) => r.overdue_at)],
      );
      for (const row of rows) {
        const task = { id: row.id, number: row.number, type: row.type, priority: row.priority, group: row.group, dueAt: row.due_at, createdBy: row.created_by };
        emit<TaskStepEvent>(
          DispatchEvents.taskOverdue,
          row.id,
          taskStepPayload(task, { status: row.status, workerId: row.assignee_id, actorId: 'system', at: row.overdue_at }),
        );
      }
      if (rows.length) this.log.log(`flagged ${rows.length} overdue task(s)`);
      return rows.map((r) => r.id);
    });
  }
}

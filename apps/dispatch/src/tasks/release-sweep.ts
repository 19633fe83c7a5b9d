import { Inject, Injectable } from '@nestjs/common';
import { DispatchEvents, TaskStatus, TaskStepEvent, TaskTimelineAction } from '@hospital/contracts';
import { PeriodicJob, UnitOfWork } from '@hospital/platform';
import { DISPATCH_CONFIG, DispatchConfig } from '../config';
import { taskStepPayload, TaskStepSubject } from './task-step.event';

/** Big enough that a morning's recurring rounds (2 000 at 06:00 measured, docs/benchmark.md) go in one sweep. */
const SWEEP_BATCH = 2000;

interface ReleasedRow {
  id: string;
  number: string;
  type: TaskStepEvent['payload']['type'];
  priority: TaskStepEvent['payload']['priority'];
  group: TaskStepSubject['group'];
  due_at: Date;
  release_at: Date;
  queued_at: Date;
  created_by: string;
}

/**
 * Puts booked jobs into the queue at their lead time, once each: one UPDATE ... RETURNING over
 * rows locked with SKIP LOCKED, so of two replicas sweeping at once each job is released (and
 * announced) by exactly one, and an edit or a cancellation holding the row wins over the sweep.
 * The instant is the database's clock, the same for every replica.
 */
@Injectable()
export class ReleaseSweep extends PeriodicJob {
  constructor(
    private readonly uow: UnitOfWork,
    @Inject(DISPATCH_CONFIG) { releaseSweepMs }: DispatchConfig,
  ) {
    super(releaseSweepMs, 'release sweep');
  }

  protected runOnce(): Promise<string[]> {
    return this.sweep();
  }

  /** Releases what is due as of now; returns the task ids released. */
  sweep(): Promise<string[]> {
    return this.uow.run(async ({ manager, emit }) => {
      const [rows] = (await manager.query(
        `UPDATE "dispatch"."tasks" SET "status" = '${TaskStatus.Pending}', "queued_at" = now(), "updated_at" = now(), "version" = "version" + 1
         WHERE "id" IN (
           SELECT "id" FROM "dispatch"."tasks"
           WHERE "status" = '${TaskStatus.Scheduled}' AND "release_at" <= now()
           ORDER BY "release_at" LIMIT ${SWEEP_BATCH} FOR UPDATE SKIP LOCKED)
         RETURNING "id", "number", "type", "priority", "group", "due_at", "release_at", "queued_at", "created_by"`,
      )) as [ReleasedRow[], number];
      if (rows.length === 0) return [];
      await manager.query(
        `INSERT INTO "dispatch"."task_events" ("task_id", "action", "status", "actor_id", "worker_id", "note", "at")
         SELECT r."task_id", '${TaskTimelineAction.Released}', '${TaskStatus.Pending}', 'system', NULL, 'released at its lead time', r."at"
         FROM unnest($1::uuid[], $2::timestamptz[]) AS r("task_id", "at")`,
        [rows.map((r) => r.id), rows.map((r) => r.queued_at)],
      );
      for (const row of rows) {
        const task = { id: row.id, number: row.number, type: row.type, priority: row.priority, group: row.group, dueAt: row.due_at, createdBy: row.created_by };
        emit<TaskStepEvent>(
          DispatchEvents.taskReleased,
          row.id,
          taskStepPayload(task, { status: TaskStatus.Pending, workerId: null, actorId: 'system', at: row.queued_at, note: 'released at its lead time' }),
        );
      }
      this.log.log(`released ${rows.length} booked task(s)`);
      return rows.map((r) => r.id);
    });
  }
}

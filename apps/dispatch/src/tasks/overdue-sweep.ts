import { Inject, Injectable, Logger, OnApplicationBootstrap, BeforeApplicationShutdown } from '@nestjs/common';
import { DispatchEvents, TaskStatus, TaskStepEvent, TaskTimelineAction } from '@hospital/contracts';
import { UnitOfWork } from '@hospital/platform';
import { OVERDUE_SWEEP_MS } from './due-minutes.token';

const SWEEP_BATCH = 500;

interface OverdueRow {
  id: string;
  number: string;
  type: TaskStepEvent['payload']['type'];
  priority: TaskStepEvent['payload']['priority'];
  group: string;
  status: string;
  assignee_id: string | null;
  due_at: Date;
  overdue_at: Date;
}

/**
 * Flags open jobs whose deadline has passed, once each: one UPDATE ... RETURNING, so replicas
 * running the same sweep never flag (or announce) a job twice. Each flag goes on the timeline
 * and out as `dispatch.task.overdue`, which the board and evaluation use.
 */
@Injectable()
export class OverdueSweep implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly log = new Logger(OverdueSweep.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly uow: UnitOfWork,
    @Inject(OVERDUE_SWEEP_MS) private readonly everyMs: number,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.sweep()
        .catch((error: unknown) => this.log.warn({ err: error }, 'overdue sweep failed; will retry'))
        .finally(() => (this.running = null));
    }, this.everyMs);
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Flags what is overdue as of now; returns the task ids flagged. */
  sweep(): Promise<string[]> {
    return this.uow.run(async ({ manager, emit }) => {
      // A bounded batch per transaction (the next tick takes the rest); SKIP LOCKED leaves rows a
      // lifecycle step or another replica holds right now to a later sweep instead of waiting.
      const [rows] = (await manager.query(
        `UPDATE "dispatch"."tasks" SET "overdue_at" = now(), "version" = "version" + 1
         WHERE "id" IN (
           SELECT "id" FROM "dispatch"."tasks"
           WHERE "overdue_at" IS NULL AND "due_at" < now() AND "status" NOT IN ('${TaskStatus.Completed}', '${TaskStatus.Cancelled}')
           ORDER BY "due_at" LIMIT ${SWEEP_BATCH} FOR UPDATE SKIP LOCKED)
         RETURNING "id", "number", "type", "priority", "group", "status", "assignee_id", "due_at", "overdue_at"`,
      )) as [OverdueRow[], number];
      for (const row of rows) {
        await manager.query(
          `INSERT INTO "dispatch"."task_events" ("task_id", "action", "status", "actor_id", "worker_id", "note", "at")
           VALUES ($1, $2, $3, 'system', $4, NULL, $5)`,
          [row.id, TaskTimelineAction.Overdue, row.status, row.assignee_id, row.overdue_at],
        );
        emit<TaskStepEvent>(DispatchEvents.taskOverdue, row.id, {
          id: row.id,
          number: row.number,
          type: row.type,
          priority: row.priority,
          group: row.group,
          status: row.status,
          workerId: row.assignee_id,
          actorId: 'system',
          at: row.overdue_at.toISOString(),
          dueAt: row.due_at.toISOString(),
        });
      }
      if (rows.length) this.log.log(`flagged ${rows.length} overdue task(s)`);
      return rows.map((r) => r.id);
    });
  }
}

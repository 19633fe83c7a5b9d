import { Inject, Injectable } from '@nestjs/common';
import { Actor, DispatchEvents, HolidayPolicy, OccurrenceOutcome, TaskStatus, TaskStepEvent, TaskTimelineAction } from '@hospital/contracts';
import { ENV, hospitalDate, hospitalDay, ServiceEnv, Transaction } from '@hospital/platform';
import { DISPATCH_CONFIG, DispatchConfig } from '../config';
import { CreateTaskService } from '../tasks/create-task.service';
import { nextTaskNumber } from '../tasks/task-number';
import { taskStepPayload, TaskStepSubject } from '../tasks/task-step.event';
import { nextOccurrence, Recurrence } from './recurrence';
import { TaskScheduleEntity } from './schedule.entity';

/** A sweep books at most this many occurrences of one schedule at a time; the next sweep goes on. */
const MAX_PER_RUN = 50;

interface WithdrawnRow extends Omit<TaskStepSubject, 'dueAt' | 'createdBy'> {
  due_at: Date;
  created_by: string;
}

export const recurrenceOf = (schedule: TaskScheduleEntity, timeZone: string): Recurrence => ({
  cron: schedule.cron,
  timeZone,
  startsOn: schedule.startsOn,
  endsOn: schedule.endsOn,
});

/**
 * Books a schedule's occurrences and withdraws them, inside a transaction that holds the
 * schedule's row: the one place an occurrence becomes a job, used by the sweep and by changes.
 */
@Injectable()
export class ScheduleBooking {
  constructor(
    private readonly creation: CreateTaskService,
    @Inject(ENV) private readonly env: ServiceEnv,
    @Inject(DISPATCH_CONFIG) private readonly config: DispatchConfig,
  ) {}

  /**
   * Every occurrence up to the look-ahead (SCHEDULE_LOOKAHEAD_HOURS) becomes a SCHEDULED job, or
   * a skipped one on a holiday; `nextOccurrenceAt` moves on past them. Returns how many were booked.
   */
  async bookDue(tx: Transaction, schedule: TaskScheduleEntity, now: Date): Promise<number> {
    const { manager } = tx;
    const horizon = now.getTime() + this.config.scheduleLookaheadMs;
    const recurrence = recurrenceOf(schedule, this.env.TZ_HOSPITAL);
    let booked = 0;
    for (let n = 0; n < MAX_PER_RUN && schedule.nextOccurrenceAt && schedule.nextOccurrenceAt.getTime() <= horizon; n += 1) {
      const at = schedule.nextOccurrenceAt;
      const holiday = schedule.holidays === HolidayPolicy.Skip && (await this.isHoliday(tx, hospitalDate(at, this.env.TZ_HOSPITAL)));
      const [occurrence] = (await manager.query(
        `INSERT INTO "dispatch"."schedule_occurrences" ("schedule_id", "occurs_at", "outcome", "created_at")
         VALUES ($1, $2, $3, $4)
         ON CONFLICT ("schedule_id", "occurs_at") WHERE "outcome" <> '${OccurrenceOutcome.Withdrawn}' DO NOTHING
         RETURNING "id"`,
        [schedule.id, at, holiday ? OccurrenceOutcome.SkippedHoliday : OccurrenceOutcome.Booked, now],
      )) as { id: string }[];
      // No row: this time was booked already (kept when the schedule changed after its release).
      if (occurrence && !holiday) {
        const task = await this.bookOne(tx, schedule, at, now);
        await manager.query(`UPDATE "dispatch"."schedule_occurrences" SET "task_id" = $2 WHERE "id" = $1`, [occurrence.id, task]);
        booked += 1;
      }
      schedule.nextOccurrenceAt = nextOccurrence(recurrence, at);
    }
    return booked;
  }

  private async bookOne(tx: Transaction, schedule: TaskScheduleEntity, at: Date, now: Date): Promise<string> {
    const { scheduledFor: _none, ...template } = schedule.template;
    const draft = this.creation.draft(template, now, [`recurring: ${schedule.name}`], at);
    // Taken in this transaction: the day's counter row stays locked until the sweep commits, a
    // few milliseconds, which a create waits out rather than the sweep leaving gaps.
    const number = await nextTaskNumber(tx.manager, hospitalDay(now, this.env.TZ_HOSPITAL));
    const actor: Actor = { id: schedule.createdBy, kind: 'user', roles: [] };
    const task = await this.creation.write(tx, draft, actor, number, now);
    return task.id;
  }

  private async isHoliday(tx: Transaction, day: string): Promise<boolean> {
    const rows = (await tx.manager.query(`SELECT 1 FROM "dispatch"."hospital_holidays" WHERE "day" = $1`, [day])) as unknown[];
    return rows.length > 0;
  }

  /**
   * Occurrences booked but still SCHEDULED are cancelled (on their timeline and as events, so the
   * ward's system hears of it) and marked WITHDRAWN, so a changed schedule books them afresh;
   * those already in the queue are the floor's and stay.
   */
  async withdrawWaiting(tx: Transaction, scheduleId: string, actorId: string, why: string): Promise<number> {
    const { manager, emit } = tx;
    const [rows] = (await manager.query(
      `UPDATE "dispatch"."tasks" t SET "status" = '${TaskStatus.Cancelled}', "updated_at" = now(), "version" = t."version" + 1
       FROM "dispatch"."schedule_occurrences" o
       WHERE o."schedule_id" = $1 AND o."outcome" = '${OccurrenceOutcome.Booked}' AND o."task_id" = t."id" AND t."status" = '${TaskStatus.Scheduled}'
       RETURNING t."id", t."number", t."type", t."priority", t."group", t."due_at", t."created_by"`,
      [scheduleId],
    )) as [WithdrawnRow[], number];
    if (rows.length === 0) return 0;
    const ids = rows.map((r) => r.id);
    const at = new Date();
    await manager.query(`UPDATE "dispatch"."schedule_occurrences" SET "outcome" = '${OccurrenceOutcome.Withdrawn}' WHERE "task_id" = ANY($1::uuid[])`, [ids]);
    await manager.query(
      `INSERT INTO "dispatch"."task_events" ("task_id", "action", "status", "actor_id", "worker_id", "note", "at")
       SELECT id, '${TaskTimelineAction.Cancelled}', '${TaskStatus.Cancelled}', $2, NULL, $3, $4 FROM unnest($1::uuid[]) AS id`,
      [ids, actorId, why, at],
    );
    for (const row of rows) {
      const task = { id: row.id, number: row.number, type: row.type, priority: row.priority, group: row.group, dueAt: row.due_at, createdBy: row.created_by };
      emit<TaskStepEvent>(DispatchEvents.taskCancelled, row.id, taskStepPayload(task, { status: TaskStatus.Cancelled, workerId: null, actorId, at, note: why }));
    }
    return rows.length;
  }
}

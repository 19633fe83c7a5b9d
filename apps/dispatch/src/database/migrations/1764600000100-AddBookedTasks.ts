import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Booked jobs (docs/dispatch.md, "Booked jobs"): a job registered now for a later time waits as
 * SCHEDULED until `release_at`. `queued_at` is when a job entered the queue — its registration, or
 * a booked job's release — so the KPIs measure response and turnaround from the moment the floor
 * could act, and count a job on the day it was worked, not the day it was booked.
 */
export class AddBookedTasks1764600000100 implements MigrationInterface {
  name = 'AddBookedTasks1764600000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE "dispatch"."tasks"
        ADD COLUMN "scheduled_for" timestamptz(3),
        ADD COLUMN "release_at" timestamptz(3),
        ADD COLUMN "queued_at" timestamptz(3)`);
    await q.query(`UPDATE "dispatch"."tasks" SET "queued_at" = "created_at"`);
    // The release sweep reads only the waiting bookings, earliest first.
    await q.query(`CREATE INDEX "tasks_release_idx" ON "dispatch"."tasks" ("release_at") WHERE "status" = 'SCHEDULED'`);
    // The KPIs' covering index moves from registration to queue entry (see AddStatsCoveringIndex).
    await q.query(`DROP INDEX "dispatch"."tasks_stats_idx"`);
    await q.query(`
      CREATE INDEX "tasks_stats_idx" ON "dispatch"."tasks" ("queued_at")
      INCLUDE ("id", "status", "type", "group", "priority", "assignee_id", "accepted_at", "completed_at", "due_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "dispatch"."tasks_stats_idx"`);
    await q.query(`
      CREATE INDEX "tasks_stats_idx" ON "dispatch"."tasks" ("created_at")
      INCLUDE ("id", "status", "type", "group", "priority", "assignee_id", "accepted_at", "completed_at", "due_at")`);
    await q.query(`DROP INDEX "dispatch"."tasks_release_idx"`);
    await q.query(`ALTER TABLE "dispatch"."tasks" DROP COLUMN "queued_at", DROP COLUMN "release_at", DROP COLUMN "scheduled_for"`);
  }
}

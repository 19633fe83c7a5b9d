import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Recurring jobs (docs/dispatch.md, "Recurring jobs"): a schedule books its occurrences as
 * SCHEDULED jobs a while ahead, which the release sweep puts into the queue like any booking.
 * One live occurrence per schedule and time (a partial unique index), so two replicas booking
 * the same morning round at once book it once; a withdrawn occurrence (the schedule changed)
 * stays as history and the time can be booked again.
 */
export class CreateTaskSchedules1764600000200 implements MigrationInterface {
  name = 'CreateTaskSchedules1764600000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "dispatch"."task_schedules" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "name" varchar(60) NOT NULL,
        "cron" varchar(100) NOT NULL,
        "holidays" varchar(10) NOT NULL,
        "status" varchar(10) NOT NULL,
        "starts_on" date NOT NULL,
        "ends_on" date,
        "template" jsonb NOT NULL,
        "next_occurrence_at" timestamptz(3),
        "created_by" varchar(64) NOT NULL,
        "version" integer NOT NULL,
        "created_at" timestamptz(3) NOT NULL DEFAULT now(),
        "updated_at" timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX "task_schedules_list_idx" ON "dispatch"."task_schedules" ("created_at" DESC, "id" DESC)`);
    // The schedule sweep reads only the active schedules whose next occurrence is near.
    await q.query(`CREATE INDEX "task_schedules_due_idx" ON "dispatch"."task_schedules" ("next_occurrence_at") WHERE "status" = 'ACTIVE'`);
    await q.query(`
      CREATE TABLE "dispatch"."schedule_occurrences" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "schedule_id" uuid NOT NULL REFERENCES "dispatch"."task_schedules" ("id"),
        "occurs_at" timestamptz(3) NOT NULL,
        "outcome" varchar(20) NOT NULL,
        "task_id" uuid REFERENCES "dispatch"."tasks" ("id"),
        "created_at" timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE UNIQUE INDEX "schedule_occurrences_live_key" ON "dispatch"."schedule_occurrences" ("schedule_id", "occurs_at")
      WHERE "outcome" <> 'WITHDRAWN'`);
    await q.query(`CREATE INDEX "schedule_occurrences_list_idx" ON "dispatch"."schedule_occurrences" ("schedule_id", "created_at" DESC, "id" DESC)`);
    await q.query(`
      CREATE TABLE "dispatch"."hospital_holidays" (
        "day" date PRIMARY KEY,
        "name" varchar(40) NOT NULL,
        "updated_by" varchar(64) NOT NULL,
        "updated_at" timestamptz(3) NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "dispatch"."hospital_holidays"`);
    await q.query(`DROP TABLE "dispatch"."schedule_occurrences"`);
    await q.query(`DROP TABLE "dispatch"."task_schedules"`);
  }
}

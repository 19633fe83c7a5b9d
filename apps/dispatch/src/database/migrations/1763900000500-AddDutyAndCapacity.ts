import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddDutyAndCapacity1763900000500 implements MigrationInterface {
  name = 'AddDutyAndCapacity1763900000500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE "dispatch"."staff"
        ADD COLUMN "shift" varchar(20) NOT NULL DEFAULT 'EARLY',
        ADD COLUMN "capacity" smallint NOT NULL DEFAULT 2 CONSTRAINT "staff_capacity_check" CHECK ("capacity" BETWEEN 1 AND 10)`);

    await q.query(`
      CREATE TABLE "dispatch"."duty_sessions" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "staff_id" uuid NOT NULL REFERENCES "dispatch"."staff" ("id"),
        "shift" varchar(20) NOT NULL,
        "shift_start" timestamptz(3) NOT NULL,
        "shift_end" timestamptz(3) NOT NULL,
        "clocked_in_at" timestamptz(3) NOT NULL,
        "clocked_in_by" varchar(64) NOT NULL,
        "clock_in_note" varchar(200),
        "clocked_out_at" timestamptz(3),
        "clocked_out_by" varchar(64),
        "clock_out_note" varchar(200),
        CONSTRAINT "duty_sessions_out_after_in_check" CHECK ("clocked_out_at" IS NULL OR "clocked_out_at" >= "clocked_in_at")
      )`);
    // At most one open session per person: of two simultaneous clock-ins one inserts, the other hits this (409 DUTY_CONFLICT).
    // It is also how the roster and auto-assignment find who is on duty.
    await q.query(`CREATE UNIQUE INDEX "duty_sessions_open_key" ON "dispatch"."duty_sessions" ("staff_id") WHERE "clocked_out_at" IS NULL`);
    // A person's attendance history (evaluation: who, when, on time or late).
    await q.query(`CREATE INDEX "duty_sessions_staff_idx" ON "dispatch"."duty_sessions" ("staff_id", "clocked_in_at" DESC)`);

    // Load: a worker's jobs in hand. Smaller than tasks_assignee_status_idx, which also holds every finished job.
    await q.query(`
      CREATE INDEX "tasks_assignee_open_idx" ON "dispatch"."tasks" ("assignee_id")
      WHERE "status" IN ('ASSIGNED', 'ACCEPTED', 'IN_PROGRESS')`);
    // Idle since: a worker's last delivery is the first entry of this index.
    await q.query(`
      CREATE INDEX "tasks_assignee_completed_idx" ON "dispatch"."tasks" ("assignee_id", "completed_at" DESC)
      WHERE "completed_at" IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "dispatch"."tasks_assignee_completed_idx"`);
    await q.query(`DROP INDEX "dispatch"."tasks_assignee_open_idx"`);
    await q.query(`DROP TABLE "dispatch"."duty_sessions"`);
    await q.query(`ALTER TABLE "dispatch"."staff" DROP COLUMN "capacity", DROP COLUMN "shift"`);
  }
}

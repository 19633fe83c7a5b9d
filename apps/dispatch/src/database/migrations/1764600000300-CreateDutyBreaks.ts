import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateDutyBreaks1764600000300 implements MigrationInterface {
  name = 'CreateDutyBreaks1764600000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "dispatch"."duty_breaks" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "staff_id" uuid NOT NULL REFERENCES "dispatch"."staff" ("id"),
        "duty_session_id" uuid NOT NULL REFERENCES "dispatch"."duty_sessions" ("id") ON DELETE CASCADE,
        "started_at" timestamptz(3) NOT NULL,
        "started_by" varchar(64) NOT NULL,
        "reason" varchar(200),
        "ended_at" timestamptz(3),
        "ended_by" varchar(64),
        CONSTRAINT "duty_breaks_end_after_start_check" CHECK ("ended_at" IS NULL OR "ended_at" >= "started_at")
      )`);
    // At most one open break per person: of two simultaneous starts one inserts, the other hits this
    // (409 ALREADY_ON_BREAK). The roster and auto-assignment find who is on break through it too.
    await q.query(`CREATE UNIQUE INDEX "duty_breaks_open_key" ON "dispatch"."duty_breaks" ("staff_id") WHERE "ended_at" IS NULL`);
    // The breaks of a duty session (attendance, how long the pauses were).
    await q.query(`CREATE INDEX "duty_breaks_session_idx" ON "dispatch"."duty_breaks" ("duty_session_id", "started_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "dispatch"."duty_breaks"`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateComplaints1764100000100 implements MigrationInterface {
  name = 'CreateComplaints1764100000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "feedback"."complaint_day_counters" (
        "day" varchar(8) PRIMARY KEY,
        "last" integer NOT NULL
      )`);
    await q.query(`
      CREATE TABLE "feedback"."complaints" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "number" varchar(20) NOT NULL UNIQUE,
        "status" varchar(20) NOT NULL,
        "channel" varchar(20) NOT NULL,
        "complainant_name" varchar(50),
        "complainant_phone" varchar(20),
        "department" varchar(50),
        "staff_id" uuid,
        "category" varchar(20) NOT NULL,
        "severity" varchar(10) NOT NULL,
        "description" varchar(4000) NOT NULL,
        "owner_id" varchar(64),
        "recorded_by" varchar(64) NOT NULL,
        "created_at" timestamptz(3) NOT NULL,
        "acknowledge_due_at" timestamptz(3) NOT NULL,
        "resolve_due_at" timestamptz(3) NOT NULL,
        "overdue_at" timestamptz(3),
        "overdue_deadline" varchar(20),
        "escalated_at" timestamptz(3),
        "escalation_reason" varchar(1000),
        "valid" boolean,
        "at_fault_staff_ids" uuid[],
        "at_fault_department" varchar(50),
        "corrective_action" varchar(2000),
        "resolved_by" varchar(64),
        "resolved_at" timestamptz(3),
        "reply_message" varchar(2000),
        "reply_channel" varchar(20),
        "replied_at" timestamptz(3),
        "follow_up_id" uuid,
        CONSTRAINT "complaints_subject_chk" CHECK ("department" IS NOT NULL OR "staff_id" IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX "complaints_created_idx" ON "feedback"."complaints" ("created_at" DESC, "id" DESC)`);
    await q.query(`CREATE INDEX "complaints_owner_idx" ON "feedback"."complaints" ("owner_id")`);
    // The sweep scans only complaints not yet flagged and still open.
    await q.query(
      `CREATE INDEX "complaints_sweep_idx" ON "feedback"."complaints" ("resolve_due_at") WHERE "overdue_at" IS NULL AND "status" IN ('RECEIVED', 'ACKNOWLEDGED', 'INVESTIGATING')`,
    );
    await q.query(`
      CREATE TABLE "feedback"."complaint_events" (
        "id" bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        "complaint_id" uuid NOT NULL REFERENCES "feedback"."complaints" ("id"),
        "action" varchar(20) NOT NULL,
        "status" varchar(20) NOT NULL,
        "actor_id" varchar(64) NOT NULL,
        "note" varchar(2000),
        "at" timestamptz(3) NOT NULL
      )`);
    await q.query(`CREATE INDEX "complaint_events_complaint_idx" ON "feedback"."complaint_events" ("complaint_id", "id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "feedback"."complaint_events"`);
    await q.query(`DROP TABLE "feedback"."complaints"`);
    await q.query(`DROP TABLE "feedback"."complaint_day_counters"`);
  }
}

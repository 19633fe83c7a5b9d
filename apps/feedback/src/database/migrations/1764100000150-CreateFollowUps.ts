import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateFollowUps1764100000150 implements MigrationInterface {
  name = 'CreateFollowUps1764100000150';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "feedback"."follow_ups" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "patient_name" varchar(50) NOT NULL,
        "patient_phone" varchar(20) NOT NULL,
        "patient_department" varchar(50),
        "discharged_on" date NOT NULL,
        "due_on" date NOT NULL,
        "channel" varchar(20) NOT NULL,
        "status" varchar(20) NOT NULL,
        "attempts" integer NOT NULL DEFAULT 0,
        "satisfied" boolean,
        "issues" varchar(2000),
        "complaint_id" uuid UNIQUE REFERENCES "feedback"."complaints" ("id"),
        "planned_by" varchar(64) NOT NULL,
        "called_by" varchar(64),
        "called_at" timestamptz(3),
        "created_at" timestamptz(3) NOT NULL,
        CONSTRAINT "follow_ups_due_chk" CHECK ("due_on" >= "discharged_on")
      )`);
    await q.query(`CREATE INDEX "follow_ups_created_idx" ON "feedback"."follow_ups" ("created_at" DESC, "id" DESC)`);
    await q.query(`CREATE INDEX "follow_ups_open_due_idx" ON "feedback"."follow_ups" ("due_on") WHERE "status" <> 'COMPLETED'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "feedback"."follow_ups"`);
  }
}

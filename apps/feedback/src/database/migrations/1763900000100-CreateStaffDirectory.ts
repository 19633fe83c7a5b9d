import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateStaffDirectory1763900000100 implements MigrationInterface {
  name = 'CreateStaffDirectory1763900000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "feedback"."staff_directory" (
        "id" uuid PRIMARY KEY,
        "staff_no" varchar(20) NOT NULL,
        "name" varchar(50) NOT NULL,
        "group" varchar(20) NOT NULL,
        "posts" text[] NOT NULL,
        "active" boolean NOT NULL,
        "version" integer NOT NULL,
        "updated_at" timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX "staff_directory_group_idx" ON "feedback"."staff_directory" ("group")`);
    await q.query(`CREATE INDEX "staff_directory_staff_no_idx" ON "feedback"."staff_directory" ("staff_no")`);
    await q.query(`
      CREATE TABLE "feedback"."staff_directory_changes" (
        "id" bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        "event_id" uuid NOT NULL,
        "staff_id" uuid NOT NULL,
        "event_type" varchar(60) NOT NULL,
        "version" integer NOT NULL,
        "snapshot" jsonb NOT NULL,
        "occurred_at" timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX "staff_directory_changes_staff_idx" ON "feedback"."staff_directory_changes" ("staff_id", "occurred_at")`);
    // A renamed handler is a new durable consumer that replays the stream: history must still hold each event once.
    await q.query(`CREATE UNIQUE INDEX "staff_directory_changes_event_idx" ON "feedback"."staff_directory_changes" ("event_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "feedback"."staff_directory_changes"`);
    await q.query(`DROP TABLE "feedback"."staff_directory"`);
  }
}

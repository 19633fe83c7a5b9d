import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateIncidentsAndOverdue1763900000300 implements MigrationInterface {
  name = 'CreateIncidentsAndOverdue1763900000300';

  async up(q: QueryRunner): Promise<void> {
    // 差错: reported truthfully and at once (docs/domain.md §3.9); evaluation and the accuracy KPI read them.
    await q.query(`
      CREATE TABLE "dispatch"."incidents" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "task_id" uuid NOT NULL REFERENCES "dispatch"."tasks" ("id"),
        "kind" varchar(30) NOT NULL,
        "severity" varchar(10) NOT NULL,
        "description" varchar(2000) NOT NULL,
        "staff_ids" uuid[] NOT NULL DEFAULT '{}',
        "reported_by" varchar(64) NOT NULL,
        "reported_at" timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX "incidents_task_idx" ON "dispatch"."incidents" ("task_id")`);
    await q.query(`CREATE INDEX "incidents_reported_idx" ON "dispatch"."incidents" ("reported_at")`);
    // When the overdue sweep flagged the task (once); null while on time.
    await q.query(`ALTER TABLE "dispatch"."tasks" ADD COLUMN "overdue_at" timestamptz(3)`);
    // The first acceptance, kept on the task: response time is a column read, not a timeline search.
    await q.query(`ALTER TABLE "dispatch"."tasks" ADD COLUMN "accepted_at" timestamptz(3)`);
    await q.query(`
      UPDATE "dispatch"."tasks" t SET "accepted_at" = a."at"
      FROM (SELECT "task_id", min("at") AS "at" FROM "dispatch"."task_events" WHERE "action" = 'ACCEPTED' GROUP BY 1) a
      WHERE a."task_id" = t."id"`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "dispatch"."tasks" DROP COLUMN "accepted_at", DROP COLUMN "overdue_at"`);
    await q.query(`DROP TABLE "dispatch"."incidents"`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddTaskLifecycle1763900000200 implements MigrationInterface {
  name = 'AddTaskLifecycle1763900000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE "dispatch"."tasks"
        ADD COLUMN "assignee_id" uuid REFERENCES "dispatch"."staff" ("id"),
        ADD COLUMN "due_at" timestamptz(3),
        ADD COLUMN "handed_over_by" varchar(100),
        ADD COLUMN "received_by" varchar(100),
        ADD COLUMN "completed_at" timestamptz(3)`);
    // Tasks created before this migration get the default ROUTINE deadline of two hours.
    await q.query(`UPDATE "dispatch"."tasks" SET "due_at" = "created_at" + interval '2 hours' WHERE "due_at" IS NULL`);
    await q.query(`ALTER TABLE "dispatch"."tasks" ALTER COLUMN "due_at" SET NOT NULL`);
    // A worker's open jobs (capacity, "my jobs") and the queue by deadline.
    await q.query(`CREATE INDEX "tasks_assignee_status_idx" ON "dispatch"."tasks" ("assignee_id", "status") WHERE "assignee_id" IS NOT NULL`);
    await q.query(`CREATE INDEX "tasks_open_due_idx" ON "dispatch"."tasks" ("due_at") WHERE "status" NOT IN ('COMPLETED', 'CANCELLED')`);
    await q.query(`ALTER TABLE "dispatch"."task_events" ADD COLUMN "worker_id" uuid`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "dispatch"."task_events" DROP COLUMN "worker_id"`);
    await q.query(`DROP INDEX "dispatch"."tasks_open_due_idx"`);
    await q.query(`DROP INDEX "dispatch"."tasks_assignee_status_idx"`);
    await q.query(`
      ALTER TABLE "dispatch"."tasks"
        DROP COLUMN "completed_at", DROP COLUMN "received_by", DROP COLUMN "handed_over_by",
        DROP COLUMN "due_at", DROP COLUMN "assignee_id"`);
  }
}

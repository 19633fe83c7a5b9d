import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddStatsCoveringIndex1763900000600 implements MigrationInterface {
  name = 'AddStatsCoveringIndex1763900000600';

  async up(q: QueryRunner): Promise<void> {
    // KPIs read tens of thousands of jobs by creation time but only these narrow columns: an
    // index-only scan of them avoids fetching wide rows (jsonb locations, details) from the heap.
    await q.query(`
      CREATE INDEX "tasks_stats_idx" ON "dispatch"."tasks" ("created_at")
      INCLUDE ("id", "status", "type", "group", "priority", "assignee_id", "accepted_at", "completed_at", "due_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "dispatch"."tasks_stats_idx"`);
  }
}

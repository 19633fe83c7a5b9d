import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * GET /dispatch/tasks?updatedSince=: systems poll for what changed, oldest change first, by
 * keyset on (updated_at, id). A hospital system reads only the jobs it raised, so its index
 * leads with created_by; the people who see every job use the second.
 */
export class AddTasksChangedIndex1764500000100 implements MigrationInterface {
  name = 'AddTasksChangedIndex1764500000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "tasks_creator_changed_idx" ON "dispatch"."tasks" ("created_by", "updated_at", "id")`);
    await q.query(`CREATE INDEX "tasks_changed_idx" ON "dispatch"."tasks" ("updated_at", "id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "dispatch"."tasks_changed_idx"`);
    await q.query(`DROP INDEX "dispatch"."tasks_creator_changed_idx"`);
  }
}

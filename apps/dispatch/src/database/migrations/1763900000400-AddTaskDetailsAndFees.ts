import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddTaskDetailsAndFees1763900000400 implements MigrationInterface {
  name = 'AddTaskDetailsAndFees1763900000400';

  async up(q: QueryRunner): Promise<void> {
    // Each job type's own fields (patient, specimen, ...) as one JSON object: they are read
    // with the job, never filtered on, and their shape is validated at the door.
    await q.query(`ALTER TABLE "dispatch"."tasks" ADD COLUMN "details" jsonb NOT NULL DEFAULT '{}'`);
    await q.query(`ALTER TABLE "dispatch"."tasks" ADD COLUMN "fee_fen" integer CHECK ("fee_fen" >= 0)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "dispatch"."tasks" DROP COLUMN "fee_fen", DROP COLUMN "details"`);
  }
}

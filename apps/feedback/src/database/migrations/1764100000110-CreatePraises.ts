import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreatePraises1764100000110 implements MigrationInterface {
  name = 'CreatePraises1764100000110';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "feedback"."praises" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "channel" varchar(20) NOT NULL,
        "staff_ids" uuid[] NOT NULL,
        "department" varchar(50),
        "text" varchar(2000) NOT NULL,
        "recorded_by" varchar(64) NOT NULL,
        "created_at" timestamptz(3) NOT NULL,
        CONSTRAINT "praises_subject_chk" CHECK ("department" IS NOT NULL OR cardinality("staff_ids") > 0)
      )`);
    await q.query(`CREATE INDEX "praises_created_idx" ON "feedback"."praises" ("created_at" DESC, "id" DESC)`);
    await q.query(`CREATE INDEX "praises_staff_idx" ON "feedback"."praises" USING gin ("staff_ids")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "feedback"."praises"`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateHandovers1764000000200 implements MigrationInterface {
  name = 'CreateHandovers1764000000200';

  async up(q: QueryRunner): Promise<void> {
    // 交接班记录: what the outgoing clerk counted against what the records said, kept as recorded.
    await q.query(`
      CREATE TABLE "deposit"."handovers" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "desk" varchar(20) NOT NULL,
        "status" varchar(20) NOT NULL CHECK ("status" IN ('MATCHED', 'DISCREPANCY', 'RESOLVED')),
        "outgoing_clerk_id" varchar(64) NOT NULL,
        "incoming_clerk_id" varchar(64) NOT NULL,
        "counted_count" integer NOT NULL CHECK ("counted_count" >= 0),
        "counted_tags" integer[] NOT NULL,
        "expected_count" integer NOT NULL CHECK ("expected_count" >= 0),
        "missing_tags" integer[] NOT NULL,
        "extra_tags" integer[] NOT NULL,
        "note" varchar(500),
        "confirmed_at" timestamptz(3),
        "resolved_by" varchar(64),
        "resolved_at" timestamptz(3),
        "resolution" varchar(500),
        "version" integer NOT NULL,
        "created_at" timestamptz(3) NOT NULL DEFAULT now(),
        "updated_at" timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT "handovers_two_clerks" CHECK ("incoming_clerk_id" <> "outgoing_clerk_id"),
        CONSTRAINT "handovers_resolved_has_resolution" CHECK (("status" = 'RESOLVED') = ("resolved_at" IS NOT NULL))
      )`);
    // One index per list filter, each ending in the keyset order, so a filtered page is one range scan.
    await q.query(`CREATE INDEX "handovers_list_idx" ON "deposit"."handovers" ("created_at" DESC, "id" DESC)`);
    await q.query(`CREATE INDEX "handovers_desk_idx" ON "deposit"."handovers" ("desk", "created_at" DESC, "id" DESC)`);
    await q.query(`CREATE INDEX "handovers_status_idx" ON "deposit"."handovers" ("status", "created_at" DESC, "id" DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "deposit"."handovers"`);
  }
}

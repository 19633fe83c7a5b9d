import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddIncidentReview1763900000700 implements MigrationInterface {
  name = 'AddIncidentReview1763900000700';

  async up(q: QueryRunner): Promise<void> {
    // A worker's report naming a colleague waits (PENDING) for the floor to confirm or dismiss it;
    // only CONFIRMED counts (docs/domain.md §3.9). Every incident recorded so far stands: CONFIRMED.
    // The defaults stay for rows written outside the service (tools/bench/seed-history.mjs loads
    // history as it stood); ReportIncidentService always says which status a report gets.
    await q.query(`
      ALTER TABLE "dispatch"."incidents"
        ADD COLUMN "status" varchar(10) NOT NULL DEFAULT 'CONFIRMED' CHECK ("status" IN ('PENDING', 'CONFIRMED', 'DISMISSED')),
        ADD COLUMN "reported_by_staff_id" uuid,
        ADD COLUMN "reviewed_by" varchar(64),
        ADD COLUMN "reviewed_at" timestamptz(3),
        ADD COLUMN "review_note" varchar(500),
        ADD COLUMN "version" integer NOT NULL DEFAULT 1,
        ADD COLUMN "created_at" timestamptz(3) NOT NULL DEFAULT now(),
        ADD COLUMN "updated_at" timestamptz(3) NOT NULL DEFAULT now()`);
    await q.query(`UPDATE "dispatch"."incidents" SET "created_at" = "reported_at", "updated_at" = "reported_at"`);
    // A decision is recorded whole or not at all.
    await q.query(`
      ALTER TABLE "dispatch"."incidents" ADD CONSTRAINT "incidents_review_chk"
        CHECK (("reviewed_by" IS NULL) = ("reviewed_at" IS NULL) AND ("status" <> 'DISMISSED' OR "review_note" IS NOT NULL))`);
    // The review queue (GET /dispatch/incidents?status=PENDING) pages newest first.
    await q.query(`CREATE INDEX "ix_incidents_status_created" ON "dispatch"."incidents" ("status", "created_at" DESC, "id" DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "dispatch"."ix_incidents_status_created"`);
    await q.query(`
      ALTER TABLE "dispatch"."incidents"
        DROP CONSTRAINT "incidents_review_chk",
        DROP COLUMN "updated_at",
        DROP COLUMN "created_at",
        DROP COLUMN "version",
        DROP COLUMN "review_note",
        DROP COLUMN "reviewed_at",
        DROP COLUMN "reviewed_by",
        DROP COLUMN "reported_by_staff_id",
        DROP COLUMN "status"`);
  }
}

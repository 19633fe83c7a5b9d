import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateDeposits1764000000100 implements MigrationInterface {
  name = 'CreateDeposits1764000000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "deposit"."deposits" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "ticket_no" varchar(24) NOT NULL CONSTRAINT "deposits_ticket_no_key" UNIQUE,
        "desk" varchar(20) NOT NULL,
        "tag_no" integer NOT NULL CHECK ("tag_no" >= 1),
        "place_kind" varchar(20) NOT NULL,
        "place_label" varchar(20) NOT NULL,
        "status" varchar(20) NOT NULL,
        "depositor_name" varchar(50) NOT NULL,
        "depositor_phone" varchar(20) NOT NULL,
        "id_hash" char(64) NOT NULL,
        "id_last4" varchar(4) NOT NULL,
        "description" varchar(500) NOT NULL,
        "piece_count" integer NOT NULL CHECK ("piece_count" BETWEEN 1 AND 20),
        "sealed" boolean NOT NULL,
        "categories" text[] NOT NULL,
        "pickup_code_hash" char(64) NOT NULL,
        "wrong_code_count" integer NOT NULL DEFAULT 0,
        "checked_in_by" varchar(64) NOT NULL,
        "checked_in_at" timestamptz(3) NOT NULL DEFAULT now(),
        "released_at" timestamptz(3),
        "released_by" varchar(64),
        "claim_method" varchar(20),
        "claimed_by_name" varchar(50),
        "approved_by" varchar(64),
        "lost_reported_at" timestamptz(3),
        "lost_reported_by" varchar(64),
        "locked_at" timestamptz(3),
        "unlocked_at" timestamptz(3),
        "unlocked_by" varchar(64),
        "unclaimed_at" timestamptz(3),
        "disposed_at" timestamptz(3),
        "disposed_by" varchar(64),
        "disposal_to" varchar(30),
        "disposal_note" varchar(500),
        "version" integer NOT NULL,
        "created_at" timestamptz(3) NOT NULL DEFAULT now(),
        "updated_at" timestamptz(3) NOT NULL DEFAULT now()
      )`);
    // A tag is on a bag from check-in until the bag leaves: released, or disposed (an unclaimed bag
    // keeps its tag). Two check-ins asking for the same tag: the second insert fails here.
    await q.query(`
      CREATE UNIQUE INDEX "deposits_tag_in_use_key" ON "deposit"."deposits" ("desk", "tag_no")
      WHERE "status" IN ('STORED', 'TICKET_LOST', 'LOCKED', 'UNCLAIMED')`);
    // The visitor's look-up finds a deposit by the hash of its code.
    await q.query(`CREATE UNIQUE INDEX "deposits_pickup_code_key" ON "deposit"."deposits" ("pickup_code_hash")`);
    // Each list filter gets an index that ends in the keyset order (created_at, set to checked_in_at
    // at check-in), so a filtered page is one range scan.
    await q.query(`CREATE INDEX "deposits_list_idx" ON "deposit"."deposits" ("created_at" DESC, "id" DESC)`);
    await q.query(`CREATE INDEX "deposits_desk_idx" ON "deposit"."deposits" ("desk", "created_at" DESC, "id" DESC)`);
    await q.query(`CREATE INDEX "deposits_status_idx" ON "deposit"."deposits" ("status", "created_at" DESC, "id" DESC)`);
    await q.query(`CREATE INDEX "deposits_tag_idx" ON "deposit"."deposits" ("tag_no", "created_at" DESC, "id" DESC)`);
    // The unclaimed sweep: stored deposits by age.
    await q.query(`CREATE INDEX "deposits_status_checked_in_idx" ON "deposit"."deposits" ("status", "checked_in_at")`);

    // Per desk and hospital day counter behind the ticket number (IP20261123-0001).
    await q.query(`
      CREATE TABLE "deposit"."ticket_day_counters" (
        "desk" varchar(20) NOT NULL,
        "day" char(8) NOT NULL,
        "last" integer NOT NULL,
        PRIMARY KEY ("desk", "day")
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "deposit"."ticket_day_counters"`);
    await q.query(`DROP TABLE "deposit"."deposits"`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateEquipmentAndLedger1764000000300 implements MigrationInterface {
  name = 'CreateEquipmentAndLedger1764000000300';

  async up(q: QueryRunner): Promise<void> {
    // Lending stock per desk (docs/domain.md §4.13: wheelchairs, airline chairs, umbrellas, flat carts).
    await q.query(`
      CREATE TABLE "deposit"."equipment_units" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "code" varchar(20) NOT NULL CONSTRAINT "equipment_units_code_key" UNIQUE,
        "type" varchar(20) NOT NULL,
        "desk" varchar(20) NOT NULL,
        "status" varchar(12) NOT NULL CHECK ("status" IN ('AVAILABLE', 'LENT', 'MAINTENANCE', 'LOST')),
        "note" varchar(500),
        "version" integer NOT NULL,
        "created_at" timestamptz(3) NOT NULL DEFAULT now(),
        "updated_at" timestamptz(3) NOT NULL DEFAULT now()
      )`);
    // The inventory list filters by desk, type and status, paged by (created_at, id).
    await q.query(`CREATE INDEX "equipment_units_list_idx" ON "deposit"."equipment_units" ("created_at" DESC, "id" DESC)`);
    await q.query(`CREATE INDEX "equipment_units_desk_idx" ON "deposit"."equipment_units" ("desk", "type", "status")`);

    await q.query(`
      CREATE TABLE "deposit"."loans" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "unit_id" uuid NOT NULL REFERENCES "deposit"."equipment_units" ("id"),
        "unit_code" varchar(20) NOT NULL,
        "type" varchar(20) NOT NULL,
        "desk" varchar(20) NOT NULL,
        "borrower_name" varchar(50) NOT NULL,
        "borrower_phone" varchar(20) NOT NULL,
        "borrower_id_hash" char(64) NOT NULL,
        "borrower_id_last4" varchar(4) NOT NULL,
        "deposit_fen" integer NOT NULL CHECK ("deposit_fen" >= 0),
        "default_deposit_fen" integer NOT NULL CHECK ("default_deposit_fen" >= 0),
        "payment_method" varchar(20),
        "due_back_at" timestamptz(3) NOT NULL,
        "opened_by" varchar(64) NOT NULL,
        "overdue_at" timestamptz(3),
        "returned_at" timestamptz(3),
        "returned_by" varchar(64),
        "deduction_fen" integer,
        "deduction_reason" varchar(500),
        "refund_fen" integer,
        "refund_method" varchar(20),
        "unit_status_after_return" varchar(12),
        "version" integer NOT NULL,
        "created_at" timestamptz(3) NOT NULL DEFAULT now(),
        "updated_at" timestamptz(3) NOT NULL DEFAULT now(),
        -- The money of a return adds up, whatever code writes it: refund = deposit − deduction, none negative.
        CONSTRAINT "loans_return_adds_up" CHECK (
          ("returned_at" IS NULL AND "deduction_fen" IS NULL AND "refund_fen" IS NULL)
          OR ("returned_at" IS NOT NULL AND "deduction_fen" BETWEEN 0 AND "deposit_fen" AND "refund_fen" = "deposit_fen" - "deduction_fen")
        )
      )`);
    // At most one open loan per unit, even if the row lock on the unit were ever bypassed.
    await q.query(`CREATE UNIQUE INDEX "loans_open_unit_key" ON "deposit"."loans" ("unit_id") WHERE "returned_at" IS NULL`);
    await q.query(`CREATE INDEX "loans_list_idx" ON "deposit"."loans" ("created_at" DESC, "id" DESC)`);
    await q.query(`CREATE INDEX "loans_desk_idx" ON "deposit"."loans" ("desk", "created_at" DESC, "id" DESC)`);
    // Open loans by due time: the OVERDUE filter and the overdue sweep.
    await q.query(`CREATE INDEX "loans_open_due_idx" ON "deposit"."loans" ("due_back_at") WHERE "returned_at" IS NULL`);

    // Every money movement, append-only: nothing may change or remove an entry once written.
    await q.query(`
      CREATE TABLE "deposit"."ledger_entries" (
        "id" bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        "kind" varchar(20) NOT NULL,
        "amount_fen" integer NOT NULL,
        "payment_method" varchar(20) NOT NULL,
        "desk" varchar(20) NOT NULL,
        "clerk_id" varchar(64) NOT NULL,
        "at" timestamptz(3) NOT NULL DEFAULT now(),
        "loan_id" uuid NOT NULL REFERENCES "deposit"."loans" ("id"),
        -- The sign convention (see LedgerEntryKind): money in positive, out negative, kept positive.
        CONSTRAINT "ledger_entries_sign" CHECK (
          ("kind" = 'DEPOSIT_TAKEN' AND "amount_fen" > 0)
          OR ("kind" = 'REFUND' AND "amount_fen" < 0)
          OR ("kind" = 'DEDUCTION' AND "amount_fen" > 0)
        )
      )`);
    // The day's reconciliation reads one day's range.
    await q.query(`CREATE INDEX "ledger_entries_at_idx" ON "deposit"."ledger_entries" ("at")`);
    await q.query(`CREATE INDEX "ledger_entries_loan_idx" ON "deposit"."ledger_entries" ("loan_id")`);
    await q.query(`
      CREATE FUNCTION "deposit"."ledger_entries_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'ledger entries are immutable: % refused (record a new entry instead)', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    await q.query(`
      CREATE TRIGGER "ledger_entries_no_update_or_delete" BEFORE UPDATE OR DELETE ON "deposit"."ledger_entries"
      FOR EACH ROW EXECUTE FUNCTION "deposit"."ledger_entries_immutable"()`);
    await q.query(`
      CREATE TRIGGER "ledger_entries_no_truncate" BEFORE TRUNCATE ON "deposit"."ledger_entries"
      FOR EACH STATEMENT EXECUTE FUNCTION "deposit"."ledger_entries_immutable"()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "deposit"."ledger_entries"`);
    await q.query(`DROP FUNCTION "deposit"."ledger_entries_immutable"()`);
    await q.query(`DROP TABLE "deposit"."loans"`);
    await q.query(`DROP TABLE "deposit"."equipment_units"`);
  }
}

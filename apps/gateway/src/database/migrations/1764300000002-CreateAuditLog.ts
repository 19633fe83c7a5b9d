import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log: who did or saw what, from where, under which request id. Append-only in the
 * database itself: UPDATE and TRUNCATE are always refused, DELETE unless the transaction set
 * `SET LOCAL hospital.audit_sweep = 'on'` (only the retention sweep does). Frozen SQL, like every
 * migration.
 */
export class CreateAuditLog1764300000002 implements MigrationInterface {
  name = 'CreateAuditLog1764300000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "identity"."audit_log" (
        -- a bigint in insert order: small, and with "at" the keyset of newest-first paging
        "id"          bigint      GENERATED ALWAYS AS IDENTITY,
        "at"          timestamptz NOT NULL DEFAULT now(),
        "actor_id"    text        NOT NULL,
        "actor_kind"  text        NOT NULL,
        "actor_name"  text        NOT NULL,
        "action"      text        NOT NULL,
        "target_type" text        NOT NULL,
        "target_id"   text        NULL,
        "details"     jsonb       NOT NULL DEFAULT '{}'::jsonb,
        "ip"          inet        NULL,
        "request_id"  text        NULL,
        CONSTRAINT "pk_audit_log" PRIMARY KEY ("id"),
        CONSTRAINT "ck_audit_log_actor_kind" CHECK ("actor_kind" IN ('user', 'api_key', 'anonymous', 'system')),
        -- 'user.create': resource, dot, verb; the prefix filter ('user.') relies on the dot
        CONSTRAINT "ck_audit_log_action" CHECK ("action" ~ '^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+$'),
        CONSTRAINT "ck_audit_log_details" CHECK (jsonb_typeof("details") = 'object')
      )`);
    // Newest first, the from/to range and the retention sweep's "older than".
    await q.query(`CREATE INDEX "ix_audit_log_at" ON "identity"."audit_log" ("at" DESC, "id" DESC)`);
    // The filters, each followed by the paging order so a filtered page is one index range.
    await q.query(`CREATE INDEX "ix_audit_log_actor" ON "identity"."audit_log" ("actor_id", "at" DESC, "id" DESC)`);
    await q.query(`CREATE INDEX "ix_audit_log_target" ON "identity"."audit_log" ("target_type", "target_id", "at" DESC, "id" DESC)`);
    // text_pattern_ops serves both the exact action and the prefix (LIKE 'user.%') whatever the collation.
    await q.query(`CREATE INDEX "ix_audit_log_action" ON "identity"."audit_log" ("action" text_pattern_ops)`);

    await q.query(`
      CREATE FUNCTION "identity"."audit_log_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' AND current_setting('hospital.audit_sweep', true) = 'on' THEN
          RETURN OLD;
        END IF;
        RAISE EXCEPTION 'identity.audit_log is append-only: % refused', TG_OP
          USING ERRCODE = 'insufficient_privilege',
                HINT = 'only the retention sweep deletes, after SET LOCAL hospital.audit_sweep = ''on''';
      END
      $$`);
    await q.query(`
      CREATE TRIGGER "tr_audit_log_append_only" BEFORE UPDATE OR DELETE ON "identity"."audit_log"
      FOR EACH ROW EXECUTE FUNCTION "identity"."audit_log_append_only"()`);
    // TRUNCATE bypasses row triggers: refuse it with a statement trigger (the function raises for it).
    await q.query(`
      CREATE TRIGGER "tr_audit_log_no_truncate" BEFORE TRUNCATE ON "identity"."audit_log"
      FOR EACH STATEMENT EXECUTE FUNCTION "identity"."audit_log_append_only"()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "identity"."audit_log"`);
    await q.query(`DROP FUNCTION "identity"."audit_log_append_only"()`);
  }
}

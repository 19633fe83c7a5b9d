import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts a hospital can run on: temporary passwords, sessions that end at once, accounts of the
 * hospital's identity provider, one account per staff member, login lock-outs, API keys that
 * belong to a system and rotate. Frozen SQL, like every migration.
 */
export class AccountsAndAccess1764300000001 implements MigrationInterface {
  name = 'AccountsAndAccess1764300000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE "identity"."users"
        ADD COLUMN "must_change_password" boolean     NOT NULL DEFAULT false,
        -- bumped by a password change, reset or disable: tokens carrying an older one are refused
        ADD COLUMN "session_version"      integer     NOT NULL DEFAULT 0,
        ADD COLUMN "auth_source"          varchar(8)  NOT NULL DEFAULT 'local',
        ADD COLUMN "external_issuer"      text        NULL,
        ADD COLUMN "external_subject"     text        NULL,
        ADD COLUMN "password_changed_at"  timestamptz NULL,
        ADD COLUMN "disabled_at"          timestamptz NULL,
        ADD COLUMN "last_login_at"        timestamptz NULL,
        ALTER COLUMN "password_hash" DROP NOT NULL,
        ADD CONSTRAINT "ck_users_auth_source" CHECK ("auth_source" IN ('local', 'oidc')),
        -- a local account has a password; a provider's account has the provider's subject instead
        ADD CONSTRAINT "ck_users_credentials" CHECK (
          ("auth_source" = 'local' AND "password_hash" IS NOT NULL)
          OR ("auth_source" = 'oidc' AND "external_issuer" IS NOT NULL AND "external_subject" IS NOT NULL)
        ),
        ADD CONSTRAINT "uq_users_external" UNIQUE ("external_issuer", "external_subject")`);
    // The provider decides an SSO user's roles and may grant none; a local account needs one.
    await q.query(`ALTER TABLE "identity"."users" DROP CONSTRAINT "ck_users_roles"`);
    await q.query(`
      ALTER TABLE "identity"."users" ADD CONSTRAINT "ck_users_roles" CHECK (
        (cardinality("roles") > 0 OR "auth_source" = 'oidc')
        AND "roles" <@ ARRAY['admin','manager','dispatcher','worker','desk_clerk','supervisor','inspector']::text[]
      )`);
    // One account per staff member: otherwise two people would act as one in jobs and the ledger.
    await q.query(`CREATE UNIQUE INDEX "uq_users_staff_id" ON "identity"."users" ("staff_id") WHERE "staff_id" IS NOT NULL`);
    // The user list filters by role and pages newest first by (created_at, id). Milliseconds, as in
    // every other schema: the page cursor carries a JS date, which cannot hold microseconds.
    await q.query(`CREATE INDEX "ix_users_roles" ON "identity"."users" USING gin ("roles")`);
    await q.query(`ALTER TABLE "identity"."users" ALTER COLUMN "created_at" TYPE timestamptz(3)`);
    await q.query(`CREATE INDEX "ix_users_created_at" ON "identity"."users" ("created_at" DESC, "id" DESC)`);

    await q.query(`
      CREATE TABLE "identity"."login_failures" (
        -- 'user:<username>' or 'address:<ip>': counted whether or not the username exists
        "key"             text        NOT NULL,
        "failures"        integer     NOT NULL,
        "first_failed_at" timestamptz NOT NULL,
        "locked_until"    timestamptz NULL,
        CONSTRAINT "pk_login_failures" PRIMARY KEY ("key")
      )`);

    await q.query(`
      ALTER TABLE "identity"."api_keys"
        -- the hospital system the key belongs to: every rotation of its key keeps the id, and the
        -- services see it as the caller, so what the system created stays its own
        ADD COLUMN "system_id"    uuid        NULL,
        ADD COLUMN "expires_at"   timestamptz NULL,
        ADD COLUMN "rotated_from" uuid        NULL,
        ADD CONSTRAINT "fk_api_keys_rotated_from" FOREIGN KEY ("rotated_from") REFERENCES "identity"."api_keys" ("id")`);
    // Existing keys were their own system: their id is what the services recorded as the creator.
    await q.query(`UPDATE "identity"."api_keys" SET "system_id" = "id"`);
    await q.query(`ALTER TABLE "identity"."api_keys" ALTER COLUMN "system_id" SET NOT NULL`);
    await q.query(`CREATE INDEX "ix_api_keys_system_id" ON "identity"."api_keys" ("system_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "identity"."ix_api_keys_system_id"`);
    await q.query(`
      ALTER TABLE "identity"."api_keys"
        DROP CONSTRAINT "fk_api_keys_rotated_from",
        DROP COLUMN "rotated_from", DROP COLUMN "expires_at", DROP COLUMN "system_id"`);
    await q.query(`DROP TABLE "identity"."login_failures"`);
    await q.query(`DROP INDEX "identity"."ix_users_created_at"`);
    await q.query(`ALTER TABLE "identity"."users" ALTER COLUMN "created_at" TYPE timestamptz`);
    await q.query(`DROP INDEX "identity"."ix_users_roles"`);
    await q.query(`DROP INDEX "identity"."uq_users_staff_id"`);
    // Provider accounts cannot exist without the columns that describe them.
    await q.query(`DELETE FROM "identity"."users" WHERE "auth_source" = 'oidc'`);
    await q.query(`ALTER TABLE "identity"."users" DROP CONSTRAINT "ck_users_roles"`);
    await q.query(`
      ALTER TABLE "identity"."users" ADD CONSTRAINT "ck_users_roles" CHECK (
        cardinality("roles") > 0
        AND "roles" <@ ARRAY['admin','manager','dispatcher','worker','desk_clerk','supervisor','inspector']::text[]
      )`);
    await q.query(`
      ALTER TABLE "identity"."users"
        DROP CONSTRAINT "uq_users_external", DROP CONSTRAINT "ck_users_credentials", DROP CONSTRAINT "ck_users_auth_source",
        ALTER COLUMN "password_hash" SET NOT NULL,
        DROP COLUMN "last_login_at", DROP COLUMN "disabled_at", DROP COLUMN "password_changed_at",
        DROP COLUMN "external_subject", DROP COLUMN "external_issuer", DROP COLUMN "auth_source",
        DROP COLUMN "session_version", DROP COLUMN "must_change_password"`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Users and API keys. The SQL is written out (not generated from entities) so this file stays a
 * frozen snapshot: later changes to the Role enum or the entities never alter what it did.
 */
export class CreateIdentity1763900000001 implements MigrationInterface {
  name = 'CreateIdentity1763900000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "identity"."users" (
        "id"            uuid         NOT NULL DEFAULT gen_random_uuid(),
        "username"      varchar(64)  NOT NULL,
        "password_hash" text         NOT NULL,
        "roles"         text[]       NOT NULL,
        "display_name"  varchar(120) NOT NULL,
        "staff_id"      uuid         NULL,
        "active"        boolean      NOT NULL DEFAULT true,
        "created_at"    timestamptz  NOT NULL DEFAULT now(),
        "updated_at"    timestamptz  NOT NULL DEFAULT now(),
        CONSTRAINT "pk_users" PRIMARY KEY ("id"),
        -- login looks users up by username; the unique index serves it and ON CONFLICT (username)
        CONSTRAINT "uq_users_username" UNIQUE ("username"),
        CONSTRAINT "ck_users_username_lower" CHECK ("username" = lower("username")),
        -- people hold human roles only; "integration" belongs to API keys
        CONSTRAINT "ck_users_roles" CHECK (
          cardinality("roles") > 0
          AND "roles" <@ ARRAY['admin','manager','dispatcher','worker','desk_clerk','supervisor','inspector']::text[]
        )
      )`);

    await q.query(`
      CREATE TABLE "identity"."api_keys" (
        "id"           uuid        NOT NULL DEFAULT gen_random_uuid(),
        "name"         varchar(80) NOT NULL,
        "prefix"       varchar(16) NOT NULL,
        "secret_hash"  char(64)    NOT NULL,
        "roles"        text[]      NOT NULL DEFAULT ARRAY['integration']::text[],
        "created_by"   uuid        NOT NULL,
        "created_at"   timestamptz NOT NULL DEFAULT now(),
        "last_used_at" timestamptz NULL,
        "revoked_at"   timestamptz NULL,
        CONSTRAINT "pk_api_keys" PRIMARY KEY ("id"),
        -- every authenticated request finds its key by prefix
        CONSTRAINT "uq_api_keys_prefix" UNIQUE ("prefix"),
        CONSTRAINT "ck_api_keys_prefix" CHECK ("prefix" ~ '^hsp_[0-9a-f]{8}$'),
        CONSTRAINT "ck_api_keys_secret_hash" CHECK ("secret_hash" ~ '^[0-9a-f]{64}$'),
        CONSTRAINT "ck_api_keys_roles" CHECK ("roles" = ARRAY['integration']::text[]),
        CONSTRAINT "fk_api_keys_created_by" FOREIGN KEY ("created_by") REFERENCES "identity"."users" ("id")
      )`);
    // The admin list shows newest first.
    await q.query(`CREATE INDEX "ix_api_keys_created_at" ON "identity"."api_keys" ("created_at" DESC, "id" DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "identity"."api_keys"`);
    await q.query(`DROP TABLE "identity"."users"`);
  }
}

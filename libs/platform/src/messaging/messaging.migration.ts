import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The tables behind reliable events and idempotent writes, in the service's own schema:
 * - outbox: events written in the same transaction as the change, published by the relay;
 * - processed_events: which event each consumer has applied (the inbox), so redelivery is a no-op;
 * - dead_letters: events a consumer gave up on, with the error, for an operator to replay;
 * - idempotency_keys: the first response to a creating request, replayed for the same key.
 */
export function messagingTablesMigration(schema: string): new () => MigrationInterface {
  const s = `"${schema}"`;
  return class CreateMessagingTables1763900000050 implements MigrationInterface {
    name = 'CreateMessagingTables1763900000050';

    async up(q: QueryRunner): Promise<void> {
      await q.query(`
        CREATE TABLE ${s}."outbox" (
          "seq" bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
          "id" uuid NOT NULL UNIQUE,
          "subject" varchar(200) NOT NULL,
          "aggregate_id" varchar(64) NOT NULL,
          "envelope" jsonb NOT NULL,
          "created_at" timestamptz NOT NULL DEFAULT now(),
          "published_at" timestamptz,
          "attempts" integer NOT NULL DEFAULT 0,
          "last_error" text
        )`);
      // Only unpublished rows are ever searched: a partial index stays tiny however large the table grows.
      await q.query(`CREATE INDEX "outbox_pending_idx" ON ${s}."outbox" ("seq") WHERE "published_at" IS NULL`);
      await q.query(`CREATE INDEX "outbox_pending_aggregate_idx" ON ${s}."outbox" ("aggregate_id", "seq") WHERE "published_at" IS NULL`);
      await q.query(`CREATE INDEX "outbox_published_idx" ON ${s}."outbox" ("published_at") WHERE "published_at" IS NOT NULL`);

      await q.query(`
        CREATE TABLE ${s}."processed_events" (
          "consumer" varchar(120) NOT NULL,
          "event_id" uuid NOT NULL,
          "processed_at" timestamptz NOT NULL DEFAULT now(),
          PRIMARY KEY ("consumer", "event_id")
        )`);

      await q.query(`
        CREATE TABLE ${s}."dead_letters" (
          "id" bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
          "consumer" varchar(120) NOT NULL,
          "event_id" uuid,
          "subject" varchar(200) NOT NULL,
          "envelope" jsonb,
          "raw" text,
          "error" text NOT NULL,
          "deliveries" integer NOT NULL,
          "created_at" timestamptz NOT NULL DEFAULT now(),
          "replayed_at" timestamptz
        )`);
      await q.query(`CREATE INDEX "dead_letters_open_idx" ON ${s}."dead_letters" ("created_at") WHERE "replayed_at" IS NULL`);

      await q.query(`
        CREATE TABLE ${s}."idempotency_keys" (
          "scope" varchar(64) NOT NULL,
          "operation" varchar(120) NOT NULL,
          "key" varchar(255) NOT NULL,
          "request_hash" char(64) NOT NULL,
          "response" jsonb NOT NULL,
          "created_at" timestamptz NOT NULL DEFAULT now(),
          "expires_at" timestamptz NOT NULL,
          PRIMARY KEY ("scope", "operation", "key")
        )`);
      await q.query(`CREATE INDEX "idempotency_keys_expiry_idx" ON ${s}."idempotency_keys" ("expires_at")`);
    }

    async down(q: QueryRunner): Promise<void> {
      await q.query(`DROP TABLE ${s}."idempotency_keys"`);
      await q.query(`DROP TABLE ${s}."dead_letters"`);
      await q.query(`DROP TABLE ${s}."processed_events"`);
      await q.query(`DROP TABLE ${s}."outbox"`);
    }
  };
}

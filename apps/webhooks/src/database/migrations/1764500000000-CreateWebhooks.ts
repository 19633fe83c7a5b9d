import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateWebhooks1764500000000 implements MigrationInterface {
  name = 'CreateWebhooks1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "webhooks"."endpoints" (
        "id" uuid PRIMARY KEY,
        "owner_id" varchar(64) NOT NULL,
        "scope" varchar(10) NOT NULL CHECK ("scope" IN ('OWN_JOBS', 'ALL')),
        "url" varchar(2000) NOT NULL,
        "event_types" varchar(60)[] NOT NULL CHECK (cardinality("event_types") > 0),
        "description" varchar(200),
        "enabled" boolean NOT NULL DEFAULT true,
        "disabled_reason" varchar(200),
        "disabled_at" timestamptz(3),
        "secret_sealed" text NOT NULL,
        "previous_secret_sealed" text,
        "previous_secret_expires_at" timestamptz(3),
        "version" integer NOT NULL,
        "created_at" timestamptz(3) NOT NULL DEFAULT now(),
        "updated_at" timestamptz(3) NOT NULL DEFAULT now()
      )`);
    // The caller's own list (keyset, newest first) and the admins' list of all.
    await q.query(`CREATE INDEX "endpoints_owner_idx" ON "webhooks"."endpoints" ("owner_id", "created_at" DESC, "id" DESC)`);
    await q.query(`CREATE INDEX "endpoints_list_idx" ON "webhooks"."endpoints" ("created_at" DESC, "id" DESC)`);
    // The fan-out: enabled endpoints subscribed to a type.
    await q.query(`CREATE INDEX "endpoints_event_types_idx" ON "webhooks"."endpoints" USING gin ("event_types") WHERE "enabled"`);

    await q.query(`
      CREATE TABLE "webhooks"."deliveries" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "endpoint_id" uuid NOT NULL REFERENCES "webhooks"."endpoints" ("id") ON DELETE CASCADE,
        "event_id" uuid NOT NULL,
        "event_type" varchar(60) NOT NULL,
        "body" text NOT NULL,
        "status" varchar(10) NOT NULL CHECK ("status" IN ('PENDING', 'SUCCEEDED', 'FAILED', 'DEAD')),
        "attempts" integer NOT NULL DEFAULT 0,
        "next_attempt_at" timestamptz(3),
        "locked_until" timestamptz(3),
        "last_attempt_at" timestamptz(3),
        "response_status" integer,
        "duration_ms" integer,
        "last_error" varchar(500),
        "created_at" timestamptz(3) NOT NULL,
        "updated_at" timestamptz(3) NOT NULL,
        CONSTRAINT "deliveries_endpoint_event_key" UNIQUE ("endpoint_id", "event_id")
      )`);
    // What the sender looks for: only open deliveries, so the index stays small however long the log.
    await q.query(`CREATE INDEX "deliveries_due_idx" ON "webhooks"."deliveries" ("next_attempt_at") WHERE "status" IN ('PENDING', 'FAILED')`);
    // An endpoint's log, newest first.
    await q.query(`CREATE INDEX "deliveries_log_idx" ON "webhooks"."deliveries" ("endpoint_id", "created_at" DESC, "id" DESC)`);
    // The retention sweep.
    await q.query(`CREATE INDEX "deliveries_finished_idx" ON "webhooks"."deliveries" ("updated_at") WHERE "status" IN ('SUCCEEDED', 'DEAD')`);

    await q.query(`
      CREATE TABLE "webhooks"."task_creators" (
        "task_id" uuid PRIMARY KEY,
        "created_by" varchar(64) NOT NULL,
        "recorded_at" timestamptz(3) NOT NULL
      )`);
    await q.query(`CREATE INDEX "task_creators_recorded_idx" ON "webhooks"."task_creators" ("recorded_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "webhooks"."task_creators"`);
    await q.query(`DROP TABLE "webhooks"."deliveries"`);
    await q.query(`DROP TABLE "webhooks"."endpoints"`);
  }
}

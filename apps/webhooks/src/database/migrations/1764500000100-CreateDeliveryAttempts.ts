import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateDeliveryAttempts1764500000100 implements MigrationInterface {
  name = 'CreateDeliveryAttempts1764500000100';

  async up(q: QueryRunner): Promise<void> {
    // ON DELETE CASCADE: a delivery's history goes with it, whether the retention sweep prunes the
    // delivery or its endpoint is deleted, so neither has to know this table exists.
    await q.query(`
      CREATE TABLE "webhooks"."delivery_attempts" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "delivery_id" uuid NOT NULL REFERENCES "webhooks"."deliveries" ("id") ON DELETE CASCADE,
        "attempt" integer NOT NULL CHECK ("attempt" >= 1),
        "started_at" timestamptz(3) NOT NULL,
        "duration_ms" integer NOT NULL CHECK ("duration_ms" >= 0),
        "response_status" integer,
        "error" varchar(500),
        "outcome" varchar(10) NOT NULL CHECK ("outcome" IN ('SUCCEEDED', 'RETRY', 'DEAD', 'GONE')),
        CONSTRAINT "delivery_attempts_delivery_attempt_key" UNIQUE ("delivery_id", "attempt")
      )`);
    // The unique key's index is also the one a delivery's history is read by, in attempt order, and
    // the one the cascade from "deliveries" finds its rows by: a second index on the same columns
    // would only cost every attempt another write.
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "webhooks"."delivery_attempts"`);
  }
}

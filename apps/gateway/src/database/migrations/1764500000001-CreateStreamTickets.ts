import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One-time tickets for the live board's stream (`POST /dispatch/board/stream-tickets`): a browser's
 * EventSource cannot send the Authorization header, so it presents a ticket in the URL instead.
 * Kept here rather than in one gateway's memory because the stream request may reach another
 * replica. Only the ticket's SHA-256 is stored; using it deletes the row. Frozen SQL, like every
 * migration.
 */
export class CreateStreamTickets1764500000001 implements MigrationInterface {
  name = 'CreateStreamTickets1764500000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "identity"."stream_tickets" (
        "ticket_hash"     bytea       NOT NULL,
        -- what the ticket opens ('board-stream'): a ticket for one stream opens no other
        "purpose"         text        NOT NULL,
        "user_id"         uuid        NOT NULL,
        -- the account's session version at issue: a password change, reset or disable ends the ticket too
        "session_version" integer     NOT NULL,
        "expires_at"      timestamptz NOT NULL,
        "created_at"      timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_stream_tickets" PRIMARY KEY ("ticket_hash"),
        CONSTRAINT "fk_stream_tickets_user" FOREIGN KEY ("user_id") REFERENCES "identity"."users" ("id") ON DELETE CASCADE,
        CONSTRAINT "ck_stream_tickets_hash" CHECK (octet_length("ticket_hash") = 32)
      )`);
    // Tickets nobody used are deleted once expired, by the next issue.
    await q.query(`CREATE INDEX "ix_stream_tickets_expires_at" ON "identity"."stream_tickets" ("expires_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "identity"."stream_tickets"`);
  }
}

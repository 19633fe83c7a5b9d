import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BoardStreamTicketDto, ErrorCode } from '@hospital/contracts';
import { DomainError } from '@hospital/platform';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { StreamTicketHolder, StreamTicketRedeemer } from '../../identity/access/access.decorators';
import type { GatewayActor } from '../../identity';

/** What the board stream's tickets open (`@AcceptsStreamTicket(BOARD_STREAM_TICKET)`). */
export const BOARD_STREAM_TICKET = 'board-stream';

/** How long a ticket can be used: long enough to open the stream right after asking, not long enough to matter in a log. */
export const STREAM_TICKET_TTL_SECONDS = 60;

/** `bst_` and 32 random bytes: recognisable for secret scanners, and a malformed one never reaches the database. */
const TICKET = /^bst_[A-Za-z0-9_-]{43}$/;

/** SHA-256 is enough: with 256 random bits there is nothing to brute-force. */
const hashOf = (ticket: string): Buffer => createHash('sha256').update(ticket, 'utf8').digest();

/**
 * One-time tickets for opening the board stream where no Authorization header can be sent (the
 * browser's EventSource). Opaque and random, kept as a hash in the gateway's schema so that any
 * replica can take one another issued; the first request that presents one deletes it, so a URL
 * that reached a log opens nothing. The ticket remembers the account's session version, and the
 * AuthGuard checks the account as it does a token's: a disabled account or a changed password
 * ends its tickets too. Times are the gateway's clock, like a token's `exp`.
 */
@Injectable()
export class StreamTickets implements StreamTicketRedeemer {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async issue(actor: GatewayActor, purpose: string): Promise<BoardStreamTicketDto> {
    // Only people read the board; an API key has no account to check the ticket against.
    if (actor.kind !== 'user') throw new DomainError(ErrorCode.Forbidden, 'stream tickets are for people signed in');
    const ticket = `bst_${randomBytes(32).toString('base64url')}`;
    const now = Date.now();
    // Tickets nobody used go with the next issue: the table holds about a minute's worth.
    await this.db.query(`DELETE FROM "identity"."stream_tickets" WHERE "expires_at" < $1`, [new Date(now)]);
    const issued: unknown[] = await this.db.query(
      `INSERT INTO "identity"."stream_tickets" ("ticket_hash", "purpose", "user_id", "session_version", "expires_at")
       SELECT $1, $2, "id", "session_version", $4 FROM "identity"."users" WHERE "id" = $3 AND "active"
       RETURNING "user_id"`,
      [hashOf(ticket), purpose, actor.id, new Date(now + STREAM_TICKET_TTL_SECONDS * 1000)],
    );
    // The guard has just checked the account; it can only have gone in between.
    if (issued.length === 0) throw new DomainError(ErrorCode.Unauthenticated, 'the session has ended: log in again');
    return { ticket, expiresIn: STREAM_TICKET_TTL_SECONDS };
  }

  /** Deletes the ticket in the same statement that reads it, so of two requests presenting it at once only one gets it. */
  async redeem(ticket: string, purpose: string): Promise<StreamTicketHolder | null> {
    if (!TICKET.test(ticket)) return null;
    const rows: { user_id: string; session_version: number; purpose: string; expires_at: Date }[] = await this.db.query(
      `WITH used AS (DELETE FROM "identity"."stream_tickets" WHERE "ticket_hash" = $1 RETURNING *)
       SELECT "user_id", "session_version", "purpose", "expires_at" FROM used`,
      [hashOf(ticket)],
    );
    const row = rows[0];
    if (!row || row.purpose !== purpose || row.expires_at.getTime() <= Date.now()) return null;
    return { userId: row.user_id, sessionVersion: row.session_version };
  }
}

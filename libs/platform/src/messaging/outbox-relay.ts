import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RPC_HEADERS } from '@hospital/contracts';
import { headers as natsHeaders } from 'nats';
import { DataSource } from 'typeorm';
import { MessagingConnection } from './messaging-connection';
import { MessagingMetrics } from './messaging.metrics';
import { MESSAGING_OPTIONS, MessagingOptions } from './messaging.options';

const BATCH = 200;
const IDLE_MS = 250;
const MAX_BACKOFF_MS = 5_000;
const PUBLISH_TIMEOUT_MS = 2_000;
const PURGE_EVERY_MS = 60_000;

/** Failures of the connection, worth a pause; anything else is a problem with that one event. */
function isConnectionFailure(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code ?? '';
  return ['CONNECTION_CLOSED', 'CONNECTION_DRAINING', 'DISCONNECT', 'TIMEOUT', '503', 'CONNECTION_REFUSED'].includes(code);
}

interface PendingRow {
  seq: string;
  id: string;
  subject: string;
  body: string;
  correlation_id: string | null;
}

/**
 * Publishes committed outbox rows to JetStream, oldest first, with `Nats-Msg-Id` = event id.
 * - Replicas share the work without publishing a row twice at once: `FOR UPDATE SKIP LOCKED`.
 * - Per-aggregate order: only the oldest pending event of each aggregate is eligible, so a
 *   later event never overtakes an earlier one; a batch stops at the first connection failure.
 * - While NATS is down it backs off (up to 5 s) and retries; nothing is lost, since the rows stay.
 * - A publish that succeeded but was not marked (crash in between) is re-sent and dropped by
 *   JetStream's duplicate window; consumers would ignore it anyway.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly log = new Logger(OutboxRelay.name);
  private readonly table: string;
  private running = false;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  private nudged = false;
  private lastPurge = 0;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
    private readonly connection: MessagingConnection,
    private readonly metrics: MessagingMetrics,
  ) {
    this.table = `"${options.schema}"."outbox"`;
  }

  onApplicationBootstrap(): void {
    this.running = true;
    this.loop = this.run();
  }

  /** Before the database and NATS connections close: finish the batch in hand, then stop. */
  async beforeApplicationShutdown(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
  }

  /** Called after a commit that wrote events: publish now rather than at the next poll. */
  nudge(): void {
    this.nudged = true;
    this.wake?.();
  }

  private async run(): Promise<void> {
    let backoff = 0;
    while (this.running) {
      this.nudged = false;
      let published = 0;
      try {
        published = await this.publishBatch();
        if (backoff) this.log.log('publishing again');
        backoff = 0;
        await this.purgeOccasionally();
      } catch (error) {
        backoff = Math.min(backoff ? backoff * 2 : 200, MAX_BACKOFF_MS);
        this.metrics.publishFailures.inc({ reason: (error as { code?: string }).code ?? 'error' });
        this.log.warn({ err: error, retryInMs: backoff }, 'outbox publish failed; backing off');
      }
      // More may be eligible now (the next event of each aggregate), or a commit came in meanwhile.
      if (backoff === 0 && (published > 0 || this.nudged)) continue;
      await this.sleep(backoff || IDLE_MS, backoff === 0);
    }
  }

  /** One transaction: lock a batch, publish it in order, mark what went out. Returns how many. */
  private async publishBatch(): Promise<number> {
    let failure: unknown = null;
    const count = await this.db.transaction(async (manager) => {
      const rows = (await manager.query(
        `SELECT o."seq", o."id", o."subject", o."envelope"::text AS body, o."envelope"->>'correlationId' AS correlation_id
         FROM ${this.table} o
         WHERE o."published_at" IS NULL
           AND NOT EXISTS (
             SELECT 1 FROM ${this.table} p
             WHERE p."published_at" IS NULL AND p."aggregate_id" = o."aggregate_id" AND p."seq" < o."seq")
         ORDER BY o."seq"
         LIMIT ${BATCH}
         FOR UPDATE SKIP LOCKED`,
      )) as PendingRow[];
      const done: string[] = [];
      for (const row of rows) {
        try {
          const headers = natsHeaders();
          if (row.correlation_id) headers.set(RPC_HEADERS.requestId, row.correlation_id);
          await this.connection.js.publish(row.subject, Buffer.from(row.body), { msgID: row.id, headers, timeout: PUBLISH_TIMEOUT_MS });
          done.push(row.seq);
        } catch (error) {
          await manager.query(`UPDATE ${this.table} SET "attempts" = "attempts" + 1, "last_error" = $2 WHERE "seq" = $1`, [
            row.seq,
            String((error as Error).message ?? error).slice(0, 500),
          ]);
          if (isConnectionFailure(error)) {
            failure = error;
            break;
          }
          // This event cannot be published (e.g. too large): it stays pending and holds back only
          // its own aggregate; the others go on. Its row says why, for an operator.
          this.metrics.publishFailures.inc({ reason: (error as { code?: string }).code ?? 'rejected' });
          this.log.error({ err: error, eventId: row.id, subject: row.subject }, 'event rejected by NATS; other aggregates continue');
        }
      }
      if (done.length) {
        await manager.query(`UPDATE ${this.table} SET "published_at" = now() WHERE "seq" = ANY($1::bigint[])`, [done]);
      }
      return done.length;
    });
    this.metrics.published.inc(count);
    if (failure) throw failure;
    return count;
  }

  /** Published rows and expired idempotency keys are kept a while for operators, then removed. */
  private async purgeOccasionally(): Promise<void> {
    if (Date.now() - this.lastPurge < PURGE_EVERY_MS) return;
    this.lastPurge = Date.now();
    const schema = this.options.schema;
    await this.db.query(
      `DELETE FROM "${schema}"."outbox" WHERE "published_at" < now() - make_interval(days => $1)`,
      [this.options.env.EVENTS_MAX_AGE_DAYS],
    );
    await this.db.query(`DELETE FROM "${schema}"."idempotency_keys" WHERE "expires_at" < now()`);
  }

  private sleep(ms: number, wakeable: boolean): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = wakeable || !this.running ? done : () => (this.running ? undefined : done());
    });
  }
}
